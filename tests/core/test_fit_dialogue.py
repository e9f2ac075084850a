""" "Which role fits me?" in the dialogue: free text, follow-ups that refine, the button
quiz, and career names that still win over the words that happen to be in them."""

from __future__ import annotations

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.dialogue.codec import Compare, Fit, Profile, decode, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply, reply_json
from careerbot.dialogue.router import Dialogue
from careerbot.recommend.preferences import Preferences

MULTI_AGENT = "ai-multi-agent-systems-engineer"


@pytest.fixture(scope="module")
def dialogue(bundled_dialogue: Dialogue) -> Dialogue:
    return bundled_dialogue


def data(reply: Reply) -> list[str]:
    return [b.data for row in reply.buttons for b in row if b.data]


def labelled(reply: Reply, starts: str) -> str:
    found = [b.data for row in reply.buttons for b in row if b.text.startswith(starts) and b.data]
    assert found, [b.text for row in reply.buttons for b in row]
    return found[0]


def test_a_superlative_is_answered_with_a_ranking(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.respond("which pays the most?", ChatContext())
    assert reply.kind == "rank"
    assert reply.careers[0] == MULTI_AGENT
    text = reply.document.plain()
    assert text.startswith("Best paid")
    assert "#1 AI Multi-Agent Systems Engineer — $120k–$280k (midpoint $200k)" in text


def test_stated_preferences_get_ranked_picks_with_buttons_for_the_top_two(
    dialogue: Dialogue, bundled_catalog: Catalog
) -> None:
    reply = dialogue.respond(
        "I want remote work and the lowest AI risk, which role fits me?", ChatContext()
    )
    assert reply.kind == "recommend"
    first, second = (bundled_catalog.ids[s] for s in reply.careers[:2])
    assert decode(labelled(reply, "⚖️ Compare #1 vs #2")) == Compare(first, second)
    assert decode(labelled(reply, "ℹ️ Tell me about #1")) == Profile(first)
    assert "You asked for: remote work · low AI risk" in reply.document.plain()


def test_a_follow_up_refines_the_last_answer(dialogue: Dialogue) -> None:
    first = dialogue.respond("salary matters most", ChatContext())
    refined = dialogue.respond("and no coding too", first.context)
    assert refined.kind == "recommend"
    preferences = Preferences.decode(refined.context.preferences)
    assert {p.criterion for p in preferences.active} == {"salary", "coding"}
    assert refined.ranking is not None
    assert all(
        p.career.coding is not None and not p.career.coding.value for p in refined.ranking.picks
    )


def test_a_fresh_request_replaces_the_old_preferences(dialogue: Dialogue) -> None:
    first = dialogue.respond("salary matters most", ChatContext())
    fresh = dialogue.respond("I want remote work", first.context)
    preferences = Preferences.decode(fresh.context.preferences)
    assert [p.criterion for p in preferences.items] == ["remote"]


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("tell me about remote sensing technicians", "profile"),
        ("computer programmer", "profile"),
        ("accountant or data scientist?", "compare"),
        ("routing vs middleware", "compare"),
    ],
)
def test_career_names_still_win_over_preference_words(
    dialogue: Dialogue, message: str, intent: str
) -> None:
    assert dialogue.respond(message, ChatContext()).kind == intent


def test_what_about_after_a_recommendation_compares_with_the_top_pick(
    seed_dialogue: Dialogue,
) -> None:
    ranked = seed_dialogue.respond("which pays the most", ChatContext())
    reply = seed_dialogue.respond("what about middleware?", ranked.context)
    assert reply.kind == "compare"
    assert reply.careers == (MULTI_AGENT, "ai-middleware-engineer")


def test_only_doesnt_matter_asks_what_does(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.respond("no remote needed", ChatContext())
    assert reply.kind == "clarify"
    assert "Noted: remote work: doesn't matter" in reply.document.plain()
    assert all(decode(d) is not None for d in data(reply))


def test_the_quiz_toggles_moves_on_and_ends_in_a_ranking(seed_dialogue: Dialogue) -> None:
    context = ChatContext()
    quiz = seed_dialogue.respond("/fit", context)
    assert quiz.kind == "fit"
    pay = labelled(quiz, "▫️ 💰 Pay")
    picked = seed_dialogue.press(pay, context)
    assert labelled(picked, "✅ 💰 Pay")
    musts = seed_dialogue.press(labelled(picked, "Next"), context)
    assert "must-haves" in musts.document.plain()
    remote = seed_dialogue.press(labelled(musts, "▫️ Remote-friendly"), context)
    answer = seed_dialogue.press(labelled(remote, "Show my matches"), context)
    assert answer.kind == "recommend"
    assert answer.careers[0] == MULTI_AGENT
    assert "can be done from home (must)" in answer.document.plain()
    wants, musts_mask = 1, 1
    assert decode(labelled(answer, "🎯 Change my answers")) == Fit(0, wants, musts_mask)


def test_the_quiz_with_nothing_picked_says_so_and_stays(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.press(encode(Fit(2, 0, 0)), ChatContext())
    assert reply.kind == "fit"
    assert reply.notice == "Pick at least one thing that matters to you first."


@pytest.mark.parametrize("forged", ["f:0:999:0", "f:3:0:0", "f:1:0:64", "f:0:1"])
def test_forged_quiz_buttons_are_refused(seed_dialogue: Dialogue, forged: str) -> None:
    reply = seed_dialogue.press(forged, ChatContext())
    assert reply.kind in {"stale", "unknown"}
    assert not reply.edits


def test_fit_json_has_preferences_and_explained_picks(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.fit("easiest to get into, remote a little", ChatContext())
    out = reply_json(reply)
    assert out["intent"] == "recommend"
    assert out["careers"][0] == "ai-middleware-engineer"
    assert {
        "criterion": "remote",
        "want": "high",
        "weight": 0.5,
        "hard": False,
        "limit": None,
    } in out["preferences"]
    assert out["picks"][0]["reasons"] == ["medium entry barrier", "can be done from home"]


def test_inline_mode_offers_the_recommendation_for_stated_preferences(
    dialogue: Dialogue,
) -> None:
    replies = dialogue.inline("remote work and low AI risk")
    assert replies
    assert replies[0].kind == "recommend"
    assert replies[0].title == "Careers that fit: remote work · low AI risk"
    assert replies[0].summary.startswith("#1 ")


def test_unmet_must_haves_are_said_and_each_pick_shows_what_it_misses(
    dialogue: Dialogue,
) -> None:
    text = dialogue.respond("must be remote, at least $900k", ChatContext()).document.plain()
    assert "No career meets all of your must-haves" in text
    assert text.count("Misses: at least $900k typical pay") == 5


def test_a_question_about_being_replaced_gets_what_the_sources_can_and_cannot_say(
    dialogue: Dialogue,
) -> None:
    """Issue 22, 4: no list ranked by exposure; the exposure caveat, and growth beside it."""
    reply = dialogue.respond(
        "which jobs have the lowest risk of being replaced by AI", ChatContext()
    )
    text = reply.document.plain()
    assert reply.kind == "rank"
    assert reply.ranking is not None
    assert not reply.ranking.picks
    assert "The sources cannot say whether or when a job will be replaced" in text
    assert "LLM task exposure" in text
    assert "not replacement" in text
    assert "#1" not in text
    assert "more of it is not worse" not in text


def test_the_quiz_back_button_keeps_the_answers(seed_dialogue: Dialogue) -> None:
    musts = seed_dialogue.press(encode(Fit(1, 0b101, 0b1)), ChatContext())
    back = seed_dialogue.press(labelled(musts, "◀ Back"), ChatContext())
    assert decode(labelled(back, "✅ 💰 Pay")) == Fit(0, 0b100, 0b1)
    assert decode(labelled(back, "Next")) == Fit(1, 0b101, 0b1)
