"""The dialogue: what a message asks for, the careers it names (in the order named), and
how follow-ups read the chat's context."""

from __future__ import annotations

import pytest
from seed_pages import COMPRESSION, MIDDLEWARE, MULTI_AGENT, MULTIMODAL, ON_DEVICE, ROUTING

from careerbot.careers.catalog import Catalog
from careerbot.careers.formatting import short_names
from careerbot.dialogue.codec import Compare, Picker, Profile, TypeName, decode, encode
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.keyboards import ROADMAP_LABEL, comparison_keyboard
from careerbot.dialogue.replies import Reply
from careerbot.dialogue.router import Dialogue

PHRASINGS = [
    ("routing vs middleware", "compare", (ROUTING, MIDDLEWARE)),
    ("middleware vs routing", "compare", (MIDDLEWARE, ROUTING)),
    ("Routing VS. Middleware", "compare", (ROUTING, MIDDLEWARE)),
    ("modle routng vs midleware", "compare", (ROUTING, MIDDLEWARE)),
    ("routing versus multimodal", "compare", (ROUTING, MULTIMODAL)),
    ("compare routing and middleware", "compare", (ROUTING, MIDDLEWARE)),
    ("compare compression with on-device", "compare", (COMPRESSION, ON_DEVICE)),
    ("/compare multimodal vs multi-agent", "compare", (MULTIMODAL, MULTI_AGENT)),
    ("routing or middleware?", "compare", (ROUTING, MIDDLEWARE)),
    ("difference between multimodal and multi-agent", "compare", (MULTIMODAL, MULTI_AGENT)),
    (
        "What's the difference between multi agent and multimodal?",
        "compare",
        (MULTI_AGENT, MULTIMODAL),
    ),
    (
        "should I become a multimodal engineer or a multi-agent engineer?",
        "compare",
        (MULTIMODAL, MULTI_AGENT),
    ),
    ("should i become an edge AI engineer or a LLM router", "compare", (ON_DEVICE, ROUTING)),
    ("tell me about on-device", "profile", (ON_DEVICE,)),
    ("tell me about the compression engineer role", "profile", (COMPRESSION,)),
    ("/career routing", "profile", (ROUTING,)),
    ("middleware", "profile", (MIDDLEWARE,)),
    ("AI Multi-Agent Systems Engineer", "profile", (MULTI_AGENT,)),
    ("multimodal", "profile", (MULTIMODAL,)),
    ("list", "list", ()),
    ("/list", "list", ()),
    ("what careers do you know", "list", ()),
    ("What careers do you know?", "list", ()),
    ("hi", "greeting", ()),
    ("Hello!", "greeting", ()),
    ("/start", "greeting", ()),
    ("help", "help", ()),
    ("/help", "help", ()),
    ("what can you do?", "help", ()),
    ("", "help", ()),
]


@pytest.mark.parametrize(("message", "intent", "careers"), PHRASINGS)
def test_message_intent_and_careers_in_the_order_named(
    seed_dialogue: Dialogue, message: str, intent: str, careers: tuple[str, ...]
) -> None:
    reply = seed_dialogue.respond(message, ChatContext())
    assert (reply.kind, reply.careers) == (intent, careers)


@pytest.mark.parametrize("message", ["routing vs middleware", "compare multimodal and multi-agent"])
def test_a_comparison_reply_carries_the_comparison_and_remembers_the_pair(
    seed_dialogue: Dialogue, message: str
) -> None:
    reply = seed_dialogue.respond(message, ChatContext())
    assert reply.comparison is not None
    assert (reply.comparison.a.slug, reply.comparison.b.slug) == reply.careers
    assert (reply.context.last_a, reply.context.last_b) == reply.careers


@pytest.mark.parametrize("message", ["compare routing with", "compare routing", "routing vs"])
def test_a_comparison_naming_one_career_asks_for_the_second(
    seed_dialogue: Dialogue, message: str
) -> None:
    reply = seed_dialogue.respond(message, ChatContext())
    assert reply.kind == "clarify"
    assert reply.careers == (ROUTING,)
    assert reply.context.awaiting_second == ROUTING
    offered = {
        action.b
        for row in reply.buttons
        for button in row
        if isinstance(action := decode(button.data), Compare)
    }
    catalog = seed_dialogue.catalog
    others = {catalog.ids[s] for s in (MULTIMODAL, MULTI_AGENT, ON_DEVICE, COMPRESSION, MIDDLEWARE)}
    assert offered == others


def test_the_second_name_typed_after_a_clarify_completes_the_comparison(
    seed_dialogue: Dialogue,
) -> None:
    asked = seed_dialogue.respond("compare routing with", ChatContext())
    reply = seed_dialogue.respond("multimodal", asked.context)
    assert (reply.kind, reply.careers) == ("compare", (ROUTING, MULTIMODAL))
    assert reply.context.awaiting_second is None


def test_pressing_a_career_offered_by_the_clarify_compares_it(seed_dialogue: Dialogue) -> None:
    asked = seed_dialogue.respond("compare routing with", ChatContext())
    button = next(b for row in asked.buttons for b in row if b.text == "AI Middleware Engineer")
    reply = seed_dialogue.press(button.data, asked.context)
    assert (reply.kind, reply.careers) == ("compare", (ROUTING, MIDDLEWARE))


@pytest.mark.parametrize(
    "message",
    ["plumber", "xyzzy vs routing", "routing vs xyzzy", "tell me about astronaut chefs"],
)
def test_an_unknown_name_gets_did_you_mean_or_unknown(
    seed_dialogue: Dialogue, message: str
) -> None:
    reply = seed_dialogue.respond(message, ChatContext())
    assert reply.kind in {"clarify", "unknown"}
    assert reply.comparison is None
    text = reply.document.plain()
    assert "Did you mean" in text or "I don't know" in text or "Which one" in text


@pytest.mark.parametrize("message", ["???x", "asdfghjkl", "zzzz qqqq"])
def test_gibberish_gets_help_not_a_guess(seed_dialogue: Dialogue, message: str) -> None:
    reply = seed_dialogue.respond(message, ChatContext())
    assert reply.kind == "help"
    assert "Did you mean" not in reply.document.plain()


def test_a_near_miss_gets_did_you_mean_buttons_that_work(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.respond("engineer", ChatContext())
    assert reply.kind == "clarify"
    assert len(reply.careers) >= 2
    for row in reply.buttons:
        for button in row:
            assert isinstance(decode(button.data), Profile)
            assert seed_dialogue.press(button.data, reply.context).kind == "profile"


FOLLOW_UPS = [
    (["routing vs middleware", "what about multimodal?"], (ROUTING, MULTIMODAL)),
    (["routing vs middleware", "and on-device?"], (ROUTING, ON_DEVICE)),
    (["routing vs middleware", "how about compression"], (ROUTING, COMPRESSION)),
    (["routing vs middleware", "multi-agent instead"], (ROUTING, MULTI_AGENT)),
    (["routing vs middleware", "swap"], (MIDDLEWARE, ROUTING)),
    (["routing vs middleware", "swap", "swap"], (ROUTING, MIDDLEWARE)),
    (["routing vs middleware", "what about multimodal?", "swap"], (MULTIMODAL, ROUTING)),
    (["routing vs middleware", "swap", "and on-device?"], (MIDDLEWARE, ON_DEVICE)),
]
# After one career on its own, "what about X?" asks the same question of X.
PROFILE_FOLLOW_UPS = [
    (["tell me about compression", "what about on-device?"], ON_DEVICE),
    (["routing vs multimodal", "tell me about compression", "what about routing?"], ROUTING),
]


@pytest.mark.parametrize(("messages", "careers"), FOLLOW_UPS)
def test_follow_ups_read_the_chat_context(
    seed_dialogue: Dialogue, messages: list[str], careers: tuple[str, str]
) -> None:
    context = ChatContext()
    reply: Reply | None = None
    for message in messages:
        reply = seed_dialogue.respond(message, context)
        context = reply.context
    assert reply is not None
    assert (reply.kind, reply.careers) == ("compare", careers)


@pytest.mark.parametrize(("messages", "career"), PROFILE_FOLLOW_UPS)
def test_what_about_after_one_career_asks_the_same_of_another(
    seed_dialogue: Dialogue, messages: list[str], career: str
) -> None:
    context = ChatContext()
    for message in messages:
        reply = seed_dialogue.respond(message, context)
        context = reply.context
    assert (reply.kind, reply.careers) == ("profile", (career,))


def test_swap_before_any_comparison_explains_instead_of_failing(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.respond("swap", ChatContext())
    assert reply.kind == "help"
    assert "compare two careers first" in reply.document.plain().lower()


def test_a_follow_up_with_nothing_to_follow_is_a_profile(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.respond("what about multimodal?", ChatContext())
    assert (reply.kind, reply.careers) == ("profile", (MULTIMODAL,))


def test_skills_after_a_comparison_shows_the_skills_analysis(seed_dialogue: Dialogue) -> None:
    compared = seed_dialogue.respond("routing vs multimodal", ChatContext())
    reply = seed_dialogue.respond("skills", compared.context)
    assert (reply.kind, reply.careers) == ("skills", (ROUTING, MULTIMODAL))
    assert "Vector Databases & Embedding Models" in reply.document.plain()


def test_two_names_of_one_career_show_its_card_said_so(seed_dialogue: Dialogue) -> None:
    """ "routing vs llm router": one career by two of its names, its card and no comparison
    of it with itself."""
    reply = seed_dialogue.respond("routing vs llm router", ChatContext())
    assert reply.kind == "profile"
    assert reply.comparison is None
    assert reply.document.plain().startswith("Both names are one occupation")


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (Compare(1, 6), "compare"),
        (Profile(2), "profile"),
        (Picker(1, 6, 0), "pick"),
        (Picker(1, 6, 99), "pick"),
        (TypeName(1, 6), "clarify"),
        (Compare(1, 999), "stale"),
        (Profile(999), "stale"),
    ],
)
def test_each_button_action_has_a_reply(
    seed_dialogue: Dialogue, action: object, intent: str
) -> None:
    reply = seed_dialogue.press(encode(action), ChatContext())  # type: ignore[arg-type]
    assert reply.kind == intent


def test_a_forged_button_is_refused_without_changing_the_message(seed_dialogue: Dialogue) -> None:
    reply = seed_dialogue.press("drop table careers", ChatContext(last_a=ROUTING))
    assert reply.kind == "unknown"
    assert reply.edits is False
    assert reply.notice
    assert reply.context.last_a == ROUTING


def test_a_stale_share_link_says_so_and_a_valid_one_compares(seed_dialogue: Dialogue) -> None:
    assert seed_dialogue.start("cmp_1_6", ChatContext()).careers == (ROUTING, MIDDLEWARE)
    assert seed_dialogue.start("cmp_1_zz", ChatContext()).kind == "unknown"
    assert seed_dialogue.start("", ChatContext()).kind == "greeting"


def test_a_long_roadmap_label_names_the_goal_in_whole_words(
    bundled_catalog: Catalog,
) -> None:
    careers = bundled_catalog.careers
    for a, b in zip(careers[::7], careers[3::7], strict=False):
        rows = comparison_keyboard(bundled_catalog, a, b)
        label = next(k.text for row in rows for k in row if k.text.startswith("🗺"))
        assert len(label) <= ROADMAP_LABEL
        short_a, short_b = short_names(a, b)
        if label.endswith("…"):
            shown = label.removeprefix("🗺 Roadmap to ").removesuffix("…")
            assert short_b.startswith(shown)
            assert short_b[len(shown)] == " "  # cut between words
        else:
            assert label in (f"🗺 Roadmap {short_a} → {short_b}", f"🗺 Roadmap to {short_b}")


@pytest.mark.parametrize(
    "message", ["what does a sonographer do", "what do electricians do all day"]
)
def test_what_the_work_is_gives_its_core_tasks_once(
    bundled_dialogue: Dialogue, message: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    career = bundled_dialogue.catalog.by_slug[reply.context.subject or ""]
    assert career.descriptors is not None
    assert career.descriptors.tasks
    text = reply.document.plain()
    for task in career.descriptors.tasks:
        assert f"• {task}" in text
    # the description is said once, on the card, not again as the answer
    assert career.description is not None
    assert text.count(career.description) == 1


def test_the_skills_three_share_are_said_not_the_grid_alone(bundled_dialogue: Dialogue) -> None:
    first = bundled_dialogue.respond("electrician vs plumber vs hvac", ChatContext())
    reply = bundled_dialogue.respond("what skills do they share", first.context)
    careers = [bundled_dialogue.catalog.by_slug[s] for s in reply.careers]
    assert len(careers) == 3
    text = reply.document.plain()
    assert "Skills all 3 share:" in text
    said = text.split("Skills all 3 share: ")[1].split(". Each one's own")[0]
    for skill in said.split(", "):  # each is a skill all three list
        assert all(skill in c.skills for c in careers)


def test_a_pay_doubt_says_what_it_stands_on_and_where_area_pay_is(
    bundled_dialogue: Dialogue,
) -> None:
    first = bundled_dialogue.respond("how much do dental hygienists make", ChatContext())
    reply = bundled_dialogue.respond("that seems high for salary tbh", first.context)
    assert reply.careers == ("dental-hygienists",)
    text = reply.document.plain()
    assert "what the figures stand on" in text
    assert "bls.gov/oes" in text


@pytest.mark.parametrize(
    "message", ["is being a dental hygienist worth it", "should i become a plumber"]
)
def test_worth_it_gives_the_figures_beside_all_occupations_first(
    bundled_dialogue: Dialogue, message: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "profile"
    first = reply.document.plain().split("\n\n")[0]
    assert first.startswith("By the figures:")
    assert "(all occupations: $" in first
    assert "Whether it is worth it turns on what you want" in first


def test_too_old_said_to_a_card_gives_the_licences_age_rule(bundled_dialogue: Dialogue) -> None:
    """No source rates careers by age, but the FAA's hiring age is a rule of entry: said to
    the air traffic controllers' card, "am i too old" quotes it with its source; said of
    careers with no such rule, it says none sets one."""
    card = bundled_dialogue.respond("do air traffic controllers make 150k", ChatContext())
    reply = bundled_dialogue.respond("damn im 33, am i too old?", card.context)
    assert reply.careers == ("air-traffic-controllers",)
    text = reply.document.plain()
    assert "under 31" in text
    assert "5 U.S.C. 3307" in text
    pair = bundled_dialogue.respond("nurse vs electrician", ChatContext())
    reply = bundled_dialogue.respond("am i too old for these at 45", pair.context)
    assert reply.careers == pair.careers
    assert reply.document.plain().count("none of the licences its entry needs sets an age") == 2


def test_a_lone_word_heading_a_career_on_screen_is_that_career(bundled_dialogue: Dialogue) -> None:
    """ "inspector" said beside Fire Inspectors and Investigators is them, not the factory
    inspectors the word alone names; "landscape" beside "Architects, Except Landscape and
    Naval" is not them."""
    context = bundled_dialogue.respond("fire inspector", ChatContext()).context
    reply = bundled_dialogue.respond("how much does an inspector make", context)
    assert reply.careers == ("fire-inspectors-and-investigators",)
    context = bundled_dialogue.respond("architect vs civil engineer", ChatContext()).context
    reply = bundled_dialogue.respond("what about landscape", context)
    assert "architects-except-landscape-and-naval" not in reply.careers


def test_a_column_whose_figures_are_a_wider_groups_says_so(bundled_dialogue: Dialogue) -> None:
    """Three careers on one card: one whose pay and demand BLS publishes only for a wider
    group (midwives, among "all other" practitioners) is named with that group."""
    first = bundled_dialogue.respond("nurse practitioner vs physician assistant", ChatContext())
    reply = bundled_dialogue.respond("add midwife", first.context)
    assert reply.careers == ("nurse-practitioners", "physician-assistants", "midwives")
    plain = reply.document.plain()
    assert "Midwives: pay and demand are BLS figures for Healthcare Practitioners" in plain
    assert "Nurse Practitioners: pay and demand" not in plain
