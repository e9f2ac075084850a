"""The dialogue over the full catalog: questions back keep what is settled, buttons and typed
answers complete them, what is on screen answers follow-ups, and all of it survives a
restart (the context round-trips through its stored form)."""

from __future__ import annotations

import re
import statistics

import pytest

from careerbot.careers.measures import typical_pay
from careerbot.dialogue.codec import Compare, Roadmap, decode, encode
from careerbot.dialogue.context import ChatContext, Pending
from careerbot.dialogue.keyboards import CARD, MORE
from careerbot.dialogue.replies import Reply
from careerbot.dialogue.router import Dialogue
from careerbot.dialogue.wishes import merged_scope
from careerbot.render.card import CARD_LINES
from careerbot.render.document import Grid, wrapped_lines
from careerbot.render.grid import PHONE_COLUMNS
from careerbot.understanding.subjects import mention

RN = "registered-nurses"
HIGH_SCHOOL = "secondary-school-teachers-except-special-and-career-technical-education"


def restarted(context: ChatContext) -> ChatContext:
    """The context as a new process reads it back from the database."""
    return ChatContext.from_dict(context.to_dict())


def actions(reply: Reply) -> list[object]:
    return [decode(b.data) for row in reply.buttons for b in row if b.data]


ELEMENTARY = "elementary-school-teachers-except-special-education"


def test_a_shared_name_in_a_comparison_is_the_kind_most_people_do(
    bundled_dialogue: Dialogue,
) -> None:
    reply = bundled_dialogue.respond("nurse or teacher", ChatContext())
    assert (reply.kind, reply.careers) == ("compare", (RN, ELEMENTARY))
    assert "“teacher” can mean several careers" in reply.document.plain()
    rn, high_school = bundled_dialogue.catalog.ids[RN], bundled_dialogue.catalog.ids[HIGH_SCHOOL]
    other_kinds = [b for row in reply.buttons for b in row if b.text.startswith("↔")]
    assert other_kinds
    assert Compare(rn, high_school) in [decode(b.data) for b in other_kinds if b.data]
    compared = bundled_dialogue.press(encode(Compare(rn, high_school)), reply.context)
    assert (compared.kind, compared.careers) == ("compare", (RN, HIGH_SCHOOL))


def test_a_typed_kind_after_a_restart_swaps_the_shared_side(bundled_dialogue: Dialogue) -> None:
    shown = bundled_dialogue.respond("nurse or teacher", ChatContext())
    reply = bundled_dialogue.respond("high school", restarted(shown.context))
    assert (reply.kind, reply.careers) == ("compare", (RN, HIGH_SCHOOL))
    assert reply.context.pending is None


def test_a_lone_shared_name_with_no_clear_kind_asks_which(bundled_dialogue: Dialogue) -> None:
    first = bundled_dialogue.respond("tell me about teachers", ChatContext())
    assert first.kind == "clarify"
    assert HIGH_SCHOOL in first.careers
    done = bundled_dialogue.respond("high school", restarted(first.context))
    assert (done.kind, done.careers) == ("profile", (HIGH_SCHOOL,))


def test_a_side_with_no_occupation_is_compared_as_its_nearest_the_others_a_tap_away(
    bundled_dialogue: Dialogue,
) -> None:
    reply = bundled_dialogue.respond("product manager vs nurse", ChatContext())
    assert (reply.kind, reply.careers) == ("compare", ("marketing-managers", RN))
    said = reply.document.plain()
    assert "no occupation called “product manager”" in said
    assert "Showing Marketing Managers, the nearest" in said
    instead = [b for row in reply.buttons for b in row if "IT Managers instead" in b.text]
    assert len(instead) == 1
    assert isinstance(decode(instead[0].data or ""), Compare)


def test_a_follow_up_with_nothing_on_screen_asks_which_career(bundled_dialogue: Dialogue) -> None:
    reply = bundled_dialogue.respond("which pays more?", ChatContext())
    assert reply.kind == "help"
    assert "Which career?" in reply.document.plain()


def test_the_figure_asked_about_comes_first(bundled_dialogue: Dialogue) -> None:
    reply = bundled_dialogue.respond("cop or firefighter, which pays more?", ChatContext())
    assert (reply.kind, reply.focus) == ("compare", "salary")
    lines = reply.document.plain().splitlines()
    assert lines[0].startswith("💰 Pay:")  # the answer, then the card
    assert any(line.startswith("Med. pay") for line in lines)
    assert len(wrapped_lines(reply.document.plain(), PHONE_COLUMNS)) <= CARD_LINES


def test_a_question_about_the_careers_on_screen_is_answered_without_the_card_again(
    bundled_dialogue: Dialogue,
) -> None:
    compared = bundled_dialogue.respond("cop vs firefighter", ChatContext())
    for question, head in (
        ("which pays more", "💰 Pay:"),
        ("which one is easier to get into?", "🚪 Getting in:"),
    ):
        reply = bundled_dialogue.respond(question, restarted(compared.context))
        assert (reply.kind, reply.careers) == ("compare", compared.careers)
        text = reply.document.plain()
        assert text.startswith(head)
        # the answer alone: a few lines on a phone (the way in names what each needs)
        assert len(wrapped_lines(text, PHONE_COLUMNS)) <= 8
        assert not any(isinstance(block, Grid) for block in reply.document.blocks)
        # the card is a button away, and it is the card first sent
        (card_button, more_button), *_ = reply.buttons
        assert card_button.text == CARD
        assert more_button.text == MORE
        card = bundled_dialogue.press(card_button.data, reply.context)
        assert card.document.plain() == compared.document.plain()


def test_small_talk_keeps_what_is_on_screen(bundled_dialogue: Dialogue) -> None:
    compared = bundled_dialogue.respond("nurse vs pharmacist", ChatContext())
    thanks = bundled_dialogue.respond("thanks", compared.context)
    assert thanks.kind == "smalltalk"
    reply = bundled_dialogue.respond("and which pays more?", thanks.context)
    assert (reply.kind, reply.careers, reply.focus) == ("compare", (RN, "pharmacists"), "salary")


def test_a_ranking_is_limited_to_the_field_asked_and_refined_in_steps(
    bundled_dialogue: Dialogue,
) -> None:
    ranked = bundled_dialogue.respond("best paying healthcare jobs", ChatContext())
    assert (ranked.kind, ranked.scope) == ("rank", ("healthcare",))
    catalog = bundled_dialogue.catalog
    assert all("healthcare" in catalog.by_slug[s].fields for s in ranked.careers)
    refined = bundled_dialogue.respond("only ones without a degree", restarted(ranked.context))
    assert refined.scope == ("healthcare", "no_degree")
    assert all("no_degree" in catalog.by_slug[s].fields for s in refined.careers)
    moved = bundled_dialogue.respond("what about the trades?", restarted(refined.context))
    assert moved.scope == ("no_degree", "trades")


def test_a_wish_no_figure_judges_is_named_in_the_reply(bundled_dialogue: Dialogue) -> None:
    reply = bundled_dialogue.respond(
        "good tech jobs for introverts with no night shifts", ChatContext()
    )
    assert reply.not_judged == ("night shifts",)
    assert "Not judged: night shifts" in reply.document.plain()
    assert reply.shortlist is not None
    assert reply.shortlist.person.likes == ("quiet",)


def test_another_industry_replaces_the_one_before_and_a_kind_of_work_adds() -> None:
    assert merged_scope(("trades",), ("healthcare",)) == ("healthcare",)
    assert merged_scope(("no_degree", "trades"), ("healthcare",)) == ("no_degree", "healthcare")
    assert merged_scope(("healthcare",), ("no_degree",)) == ("healthcare", "no_degree")


def test_a_pending_question_survives_a_damaged_row() -> None:
    damaged = {"pending": {"then": "teleport", "options": ["x"]}, "screen": "nowhere"}
    assert ChatContext.from_dict(damaged) == ChatContext()
    kept = ChatContext(pending=Pending("compare", ("a", "b"), kept="c", next_said="teacher"))
    assert restarted(kept) == kept


def test_a_roadmap_is_asked_in_words_and_by_button(bundled_dialogue: Dialogue) -> None:
    reply = bundled_dialogue.respond(
        "how do i switch from cashier to registered nurse?", ChatContext()
    )
    assert (reply.kind, reply.careers) == ("roadmap", ("cashiers", RN))
    assert reply.roadmap is not None
    assert reply.roadmap.months is not None
    profile = bundled_dialogue.respond("tell me about electricians", ChatContext())
    button = next(a for a in actions(profile) if isinstance(a, Roadmap))
    pressed = bundled_dialogue.press(encode(button), profile.context)
    assert (pressed.kind, pressed.careers) == ("roadmap", ("electricians",))


def test_the_way_into_a_career_on_screen_starts_from_the_job_the_person_said(
    bundled_dialogue: Dialogue,
) -> None:
    told = bundled_dialogue.respond("im a waiter and i want more money", ChatContext())
    second = bundled_dialogue.respond("the second one", restarted(told.context))
    way = bundled_dialogue.respond("how do i get into it", restarted(second.context))
    assert way.kind == "roadmap"
    assert way.careers == ("waiters-and-waitresses", second.careers[0])
    fresh = bundled_dialogue.respond("how do i become a nurse", ChatContext())
    assert fresh.careers == ("registered-nurses",)


def test_a_digit_of_another_script_typed_to_the_guide_is_no_choice(
    bundled_dialogue: Dialogue,
) -> None:
    guide = bundled_dialogue.respond("what should i do with my life", ChatContext())
    assert guide.kind == "fit"
    reply = bundled_dialogue.respond("¹", restarted(guide.context))  # "1".isdigit() is "¹"'s too
    assert reply.document.plain()


def test_a_long_message_to_the_guide_is_read_not_taken_for_its_first_word(
    bundled_dialogue: Dialogue,
) -> None:
    """ "no im not suicidal lol… i ran a warehouse" is no "no" to the question shown: what it
    tells (a job) gives the shortlist from that job."""
    guide = bundled_dialogue.respond("what should i do with my life", ChatContext())
    assert guide.kind == "fit"
    said = "no honestly i just need a job. i was a cashier for 10 years, what pays more"
    reply = bundled_dialogue.respond(said, restarted(guide.context))
    assert reply.kind == "recommend"
    assert reply.shortlist is not None
    assert reply.shortlist.person.current == "cashiers"
    short = bundled_dialogue.respond("no not really", restarted(guide.context))
    assert short.kind == "fit"
    assert "Question 2" in short.document.plain()


@pytest.mark.parametrize(
    "turns",
    [
        ["pharmacist, physician assistant or doctor"],
        ["nurse vs pharmacist", "add doctor"],
        ["electrician, plumber or engineer"],
    ],
)
def test_other_kinds_said_to_be_below_are_below(
    bundled_dialogue: Dialogue, turns: list[str]
) -> None:
    context = ChatContext()
    for said in turns:
        reply = bundled_dialogue.respond(said, context)
        context = reply.context
    assert "other kinds below" in reply.document.plain()
    labels = [b.text for row in reply.buttons for b in row]
    kinds = [t for t in labels if t.startswith("ℹ️ ") and len(t) > len("ℹ️ A")]
    assert kinds, labels


def test_how_long_of_a_roadmap_on_screen_says_the_time_alone(bundled_dialogue: Dialogue) -> None:
    """The roadmap is already on screen: its time in all, with its source, not the roadmap
    sent again."""
    first = bundled_dialogue.respond("how do i go from waiter to restaurant manager", ChatContext())
    assert first.kind == "roadmap"
    reply = bundled_dialogue.respond("how long does that take", first.context)
    assert reply.kind == "roadmap"
    assert reply.careers == first.careers
    assert reply.focus == "learning_curve"
    assert len(reply.document.blocks) == 1
    assert reply.document.plain().startswith("⏱ Time in all: ")
    assert reply.buttons == first.buttons


@pytest.mark.parametrize("name", ["engineer", "teacher", "doctor", "manager", "technician"])
def test_the_kind_shown_of_a_shared_name_has_the_most_openings(
    bundled_dialogue: Dialogue, name: str
) -> None:
    """ "the kind with the most openings a year" holds against every kind's own BLS line: an
    occupation's line counts its O*NET specialties (Industrial Engineers, 25,200), it is not
    split among them below a kind with fewer (Electrical Engineers, 11,700)."""
    reply = bundled_dialogue.respond(f"{name} or architect?", ChatContext())
    assert "the kind with the most openings a year" in reply.document.plain()
    catalog = bundled_dialogue.catalog
    shown = catalog.by_slug[reply.careers[0]]
    found = mention(name, bundled_dialogue.index, exact=False).found
    kinds = [catalog.by_slug[c.slug] for c in getattr(found, "candidates", ())]
    assert shown in kinds
    assert shown.demand is not None
    assert shown.demand.annual_openings is not None
    for kind in kinds:
        if kind.soc.endswith(".00") and kind.demand and kind.demand.annual_openings:
            assert shown.demand.annual_openings >= kind.demand.annual_openings, kind.slug


@pytest.mark.parametrize(
    ("asked", "more"),
    [("which one has more jobs tho", "Tellers"), ("which 1 has more openings", "Tellers")],
)
def test_more_jobs_asked_of_a_comparison_is_answered_with_openings(
    bundled_dialogue: Dialogue, asked: str, more: str
) -> None:
    """A count of jobs to fill is asked: the openings, which has more, said as a count that
    grows with an occupation's size, and growth beside it; not growth alone."""
    shown = bundled_dialogue.respond("postal clerk vs bank teller", ChatContext())
    reply = bundled_dialogue.respond(asked, shown.context)
    assert reply.kind == "compare"
    assert reply.careers == shown.careers
    text = reply.document.plain()
    assert text.startswith(f"🔢 Openings: {more} have more a year: 29,800 vs 6,100")
    assert "larger occupations have more" in text
    assert "Growth: " in text


@pytest.mark.parametrize(
    ("pair", "needs"),
    [
        ("pharmacist vs physical therapist", ("PharmD", "physical therapy doctorate")),
        (
            "retail supervisor vs bank teller",
            ("high school diploma", "experience in a related job"),
        ),
    ],
)
def test_what_it_takes_asked_of_a_comparison_names_each_side_s_schooling(
    bundled_dialogue: Dialogue, pair: str, needs: tuple[str, ...]
) -> None:
    """ "what degree do they need": the level, then what it rests on for each career (BLS
    typical entry education and related experience, the licence table's licences)."""
    shown = bundled_dialogue.respond(pair, ChatContext())
    reply = bundled_dialogue.respond("what degree do they need", shown.context)
    assert reply.kind == "compare"
    text = reply.document.plain()
    assert text.startswith("🚪 Getting in:")
    assert all(need in text for need in needs), text
    assert "(BLS" in text


@pytest.mark.parametrize(
    "asked", ["which one is better", "which should i pick", "im 35 with a family, which is better"]
)
def test_which_is_better_of_a_comparison_says_whom_each_suits(
    bundled_dialogue: Dialogue, asked: str
) -> None:
    """Not the same card again: neither is better for everyone, and the reasons to choose
    each, the card a button away."""
    shown = bundled_dialogue.respond("paramedic vs firefighter", ChatContext())
    reply = bundled_dialogue.respond(asked, shown.context)
    assert reply.kind == "compare"
    assert reply.careers == shown.careers
    text = reply.document.plain()
    assert text.startswith("⚖️ Neither is better for everyone.")
    assert "Choose Paramedics if you…" in text
    assert not any(isinstance(block, Grid) for block in reply.document.blocks)
    assert reply.buttons[0][0].text == CARD


def test_a_shared_name_with_no_bls_openings_claims_none(bundled_dialogue: Dialogue) -> None:
    """The careers of the AI pages publish no BLS openings: the kind shown is said to be the
    nearest name, never the one with the most openings; a side found by another of O*NET's
    titles says so."""
    reply = bundled_dialogue.respond(
        "whats the difference between ml engineer and llm engineer", ChatContext()
    )
    assert reply.kind == "compare"
    text = reply.document.plain()
    assert "“llm engineer” can mean several careers" in text
    assert "whose name is nearest" in text
    assert "the most openings" not in text
    assert "one of O*NET's titles for Data Scientists" in text


def test_most_openings_asked_of_four_careers_names_the_one_with_most(
    bundled_dialogue: Dialogue,
) -> None:
    shown = bundled_dialogue.respond("plumber vs electrician vs hvac tech vs welder", ChatContext())
    reply = bundled_dialogue.respond("which has the most openings", shown.context)
    assert reply.careers == shown.careers
    text = reply.document.plain()
    assert text.startswith("Electricians have the most openings a year")
    assert "larger occupations have more" in text


def test_what_it_takes_asked_of_one_career_names_its_schooling(
    bundled_dialogue: Dialogue,
) -> None:
    """ "do you need a degree to be a cop": the level, then BLS's typical entry education and
    the licence it rests on, not the level alone."""
    reply = bundled_dialogue.respond("do you need a degree to be a cop", ChatContext())
    assert reply.kind == "profile"
    first = reply.document.plain().splitlines()[2]
    assert first.startswith("🚪 Getting in: medium entry barrier: high school diploma")
    assert "POST certification" in first


def test_compare_them_with_one_card_on_screen_asks_for_the_other(
    bundled_dialogue: Dialogue,
) -> None:
    """One career's card is on screen: "compare the first two" asks which career to set
    beside it, never that nothing is on screen."""
    shown = bundled_dialogue.respond("how much do phlebotomists make", ChatContext())
    reply = bundled_dialogue.respond("compare the first two", shown.context)
    assert reply.kind == "clarify"
    assert reply.document.plain().startswith("Only Phlebotomists is on screen.")
    assert reply.context.awaiting_second == "phlebotomists"


def test_adding_a_career_counted_in_one_on_screen_says_so(bundled_dialogue: Dialogue) -> None:
    """ "add ml engineer" with data scientists compared: O*NET counts machine learning
    engineers there; said so, never ignored in silence."""
    first = bundled_dialogue.respond("data scientist vs software developer", ChatContext())
    reply = bundled_dialogue.respond("add ml engineer", first.context)
    assert "is counted in Data Scientists, already on screen" in reply.document.plain()
    assert reply.careers == first.careers


def test_shared_skills_are_named_and_less_schooling_is_said(bundled_dialogue: Dialogue) -> None:
    """ "what skills do they share" names them, not only their count; "which needs less
    school" says which, where BLS's typical entry education differs."""
    compared = bundled_dialogue.respond("electrician vs plumber", ChatContext())
    skills = bundled_dialogue.respond("what skills do they share", compared.context)
    text = skills.document.plain()
    assert "in common" in text
    assert "Both: " in text
    assert "Electricians only: " in text
    dental = bundled_dialogue.respond("dental assistant vs dental hygienist", ChatContext())
    less = bundled_dialogue.respond("which needs less school", dental.context)
    assert "Less schooling: Dental Assistants." in less.document.plain()


def test_the_same_schooling_says_which_takes_less_time(bundled_dialogue: Dialogue) -> None:
    """Physicians and dentists both need a professional degree; a residency makes the
    physicians' way longer: "which one has less school" says so, not only "both High"."""
    compared = bundled_dialogue.respond("family doctor vs dentist", ChatContext())
    less = bundled_dialogue.respond("which one has less school", compared.context)
    said = less.document.plain()
    assert "Both have a High entry barrier." in said
    assert "General Dentists are quicker to learn" in said


def test_what_kind_of_person_does_well_is_answered_from_onet_styles_and_interests(
    bundled_dialogue: Dialogue,
) -> None:
    """ "What kind of person does well in it" after a career: its skills with the work styles
    O*NET rates most important in it and the interests it suits most, with their scales."""
    card = bundled_dialogue.respond("actuary", ChatContext())
    reply = bundled_dialogue.respond("what kind of person does well in it", restarted(card.context))
    said = reply.document.plain()
    career = bundled_dialogue.catalog.by_slug["actuaries"]
    assert career.descriptors is not None
    styles = sorted(career.descriptors.styles.items(), key=lambda kv: -kv[1])[:3]
    assert reply.careers == ("actuaries",)
    assert "Who does well in it" in said
    for name, value in styles:
        assert f"{name} {value:.1f}/5" in said
    top = max(career.descriptors.interests.items(), key=lambda kv: kv[1])
    assert f"{top[0]} {top[1]:.1f}/7" in said


def test_the_careers_shown_before_survive_a_restart(bundled_dialogue: Dialogue) -> None:
    """ "Compare all three" after "what about X instead" brings back the side replaced, also
    when the context was stored and read back in between."""
    first = bundled_dialogue.respond("dental hygienist vs radiology tech", ChatContext())
    second = bundled_dialogue.respond("what about sonographer instead", restarted(first.context))
    third = bundled_dialogue.respond("compare all three", restarted(second.context))
    assert set(third.careers) == {
        "dental-hygienists",
        "diagnostic-medical-sonographers",
        "radiologic-technologists-and-technicians",
    }


def test_why_after_an_answer_on_one_figure_says_what_it_stands_on(
    bundled_dialogue: Dialogue,
) -> None:
    """ "Which is safer from AI?", then "why?": each career's exposure with who rated it,
    and the sources, not the same answer again nor "no career question"."""
    card = bundled_dialogue.respond("software developer vs auto mechanic", ChatContext())
    asked = bundled_dialogue.respond("which is safer from ai", restarted(card.context))
    why = bundled_dialogue.respond("why?", restarted(asked.context))
    said = why.document.plain()
    assert why.careers == card.careers
    assert said.startswith("Why: what the figures stand on")
    assert said.count("• LLM task exposure") == 2
    assert "human annotators" in said
    assert "How “LLM task exposure” is made:" in said  # and the rule behind the figure


def test_which_of_three_needs_less_school_says_which(bundled_dialogue: Dialogue) -> None:
    """Three careers all of a high entry barrier: "which needs less school" names those of
    the least typical entry education (BLS), not "none leads"."""
    first = bundled_dialogue.respond("np vs pa vs doctor", ChatContext())
    reply = bundled_dialogue.respond("which needs less school", restarted(first.context))
    said = reply.document.plain()
    assert said.startswith("Less schooling: Nurse Practitioners and Physician Assistants")
    assert "clearly leads" not in said


def said_to(dialogue: Dialogue, *messages: str) -> Reply:
    """The reply to the last message, each said after the one before, across restarts."""
    context, reply = ChatContext(), None
    for message in messages:
        reply = dialogue.respond(message, restarted(context))
        context = reply.context
    assert reply is not None
    return reply


def said_after(dialogue: Dialogue, *messages: str) -> str:
    """The last reply's text, each message said after the one before in one chat."""
    return said_to(dialogue, *messages).document.plain()


def test_which_is_more_exposed_is_answered_in_the_measures_own_words(
    bundled_dialogue: Dialogue,
) -> None:
    said = said_after(
        bundled_dialogue, "software developer vs data scientist", "which is more exposed to ai"
    )
    assert "More of Data Scientists' tasks are exposed to LLMs than Software Developers'" in said
    assert "Exposure is not replacement" in said


def test_exposure_shares_a_few_tenths_apart_are_said_to_be_about_level(
    bundled_dialogue: Dialogue,
) -> None:
    said = said_after(
        bundled_dialogue,
        "hr specialist vs training and development specialist",
        "which one is more likely to get replaced by ai",
    )
    assert "58.9%" in said  # the shares themselves, as published
    assert "59.2%" in said
    assert "About as much of each one's tasks is exposed to LLMs." in said
    assert "More of" not in said


def test_experience_o_net_respondents_name_is_cited_to_them_beside_what_bls_lists(
    bundled_dialogue: Dialogue,
) -> None:
    said = said_after(bundled_dialogue, "how hard is it to become an hr specialist")
    # BLS Projections list no related experience for HR specialists; over half of O*NET's
    # respondents name 4-6 years: said as theirs, never as BLS's
    assert "4–6 years' experience in a related job (O*NET: " in said
    assert "% of respondents; BLS Projections list none)" in said


def test_a_bound_a_month_under_whole_years_is_said_in_years(bundled_dialogue: Dialogue) -> None:
    said = said_after(
        bundled_dialogue,
        "fastest growing healthcare jobs",
        "any of those that dont need 6+ years of school",
    )
    assert "learnable in under 6 years (must)" in said


def test_why_a_pay_range_is_wide_says_what_the_range_is(bundled_dialogue: Dialogue) -> None:
    said = said_after(bundled_dialogue, "how much do electricians make", "why so wide a range")
    assert said.startswith("The range is where most workers' pay falls")
    assert "💰 Pay: median $63k" in said


def test_more_pay_asked_of_the_career_shown_says_it_is_the_career_shown(
    bundled_dialogue: Dialogue,
) -> None:
    said = said_after(
        bundled_dialogue, "how much do chefs make", "whats something in food that pays better"
    )
    assert "close to Chefs and Head Cooks" in said
    assert "you work as" not in said


def test_why_a_place_on_the_list_says_where_it_stands(bundled_dialogue: Dialogue) -> None:
    said = said_after(bundled_dialogue, "i love plants and being outside", "why the first one")
    assert said.startswith("Why Landscaping and Groundskeeping Workers?")


def test_what_is_said_beside_a_typed_answer_to_the_guide_is_kept(
    bundled_dialogue: Dialogue,
) -> None:
    said = said_after(
        bundled_dialogue,
        "honestly no idea what i want to do",
        "idk something chill that pays ok",
        "just show me my matches",
    )
    assert "you want low stress" in said


def test_a_figure_asked_of_the_card_on_screen_is_answered_alone_the_card_a_tap_away(
    bundled_dialogue: Dialogue,
) -> None:
    """ "how long would it take" after a career's card: that answer under its name, not the
    whole card again; the card's button brings it back."""
    card = bundled_dialogue.respond("how much do mail carriers make", ChatContext())
    assert "Behind the figures" in card.document.plain()
    asked = bundled_dialogue.respond("how long would it take me", card.context)
    text = asked.document.plain()
    assert asked.kind == "profile"
    assert asked.careers == card.careers
    assert "Time to learn" in text
    assert "Behind the figures" not in text
    button = next(b for row in asked.buttons for b in row if b.text == "ℹ️ The card")
    again = bundled_dialogue.press(button.data, asked.context)
    assert "Behind the figures" in again.document.plain()
    other = bundled_dialogue.respond("how long to become a plumber", asked.context)
    assert "Behind the figures" in other.document.plain()  # another career: its whole card


def test_more_pay_than_a_list_is_at_least_what_its_careers_typically_pay(
    bundled_dialogue: Dialogue,
) -> None:
    """ "something that pays more than that" said to a person's list: a floor at the median
    of the typical pay of the careers on it, the liking kept."""
    first = bundled_dialogue.respond("i love plants", ChatContext())
    assert first.shortlist is not None
    pays = sorted(p for s in first.shortlist.suggestions if (p := typical_pay(s.career)))
    more = bundled_dialogue.respond("something that pays more than that", first.context)
    assert more.shortlist is not None
    pay = more.shortlist.preferences.get("salary")
    assert pay is not None
    assert pay.hard
    assert pay.limit == round(statistics.median(pays), -3)
    assert more.shortlist.person.likes == ("plants",)
    assert all((typical_pay(s.career) or 0) >= pay.limit for s in more.shortlist.suggestions)


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("what does LLM tasks mean", "LLM task exposure"),
        ("what do you mean by openings", "Openings a year"),
        ("whats the median mean", "Pay"),
        ("what does partly mean", "Remote"),
        ("what does level 4/5 mean", "Level"),
        ("explain what entry barrier means", "Entry barrier"),
    ],
)
def test_a_figure_s_meaning_is_said_with_its_source_and_the_screen_stays(
    bundled_dialogue: Dialogue, said: str, named: str
) -> None:
    """ "What does LLM tasks mean?" after a card: what the figure measures and where it is
    from, the comparison still on screen for the next question."""
    shown = bundled_dialogue.respond("nurse vs teacher", ChatContext())
    reply = bundled_dialogue.respond(said, shown.context)
    assert reply.kind == "about"
    text = reply.document.plain()
    assert text.startswith(f"What “{named}” means")
    assert any(source in text for source in ("BLS", "O*NET", "Eloundou", "Dingel"))
    assert reply.context.screen == "compare"
    after = bundled_dialogue.respond("which pays more", reply.context)
    assert after.careers == shown.careers


def test_a_nod_gets_a_nod_and_what_can_follow_from_the_screen(bundled_dialogue: Dialogue) -> None:
    shown = bundled_dialogue.respond("nurse vs teacher", ChatContext())
    for said in ("ok", "k", "lol fair", "alright makes sense"):
        reply = bundled_dialogue.respond(said, shown.context)
        assert reply.kind == "smalltalk"
        assert reply.document.plain().startswith("👍 Ask which suits you better")
        assert reply.context.screen == "compare"
    alone = bundled_dialogue.respond("cool", ChatContext())
    assert "I only know about careers" not in alone.document.plain()


@pytest.mark.parametrize(
    ("first", "doubt", "named"),
    [
        ("nurse salary", "98k?? really", "Pay"),
        ("how long to become an hvac tech", "4-12 years?? thats not right", "Time to learn"),
        ("nurse vs teacher", "wait how is teaching remote lol", "Remote"),
    ],
)
def test_a_doubted_figure_is_answered_with_how_it_is_made(
    bundled_dialogue: Dialogue, first: str, doubt: str, named: str
) -> None:
    """A figure shown and doubted is the same figure again, with what it measures, its
    source and its rule under it; the careers stay."""
    shown = bundled_dialogue.respond(first, ChatContext())
    reply = bundled_dialogue.respond(doubt, shown.context)
    assert reply.careers == shown.careers
    assert f"How “{named}” is made:" in reply.document.plain()


def test_a_wish_asked_of_the_card_on_screen_is_answered_alone(bundled_dialogue: Dialogue) -> None:
    """ "Is it stressful?" of the card on screen: what the sources say of it, under the
    career's name, the card a tap away, never the whole card again."""
    shown = bundled_dialogue.respond("paramedic", ChatContext())
    reply = bundled_dialogue.respond("is it stressful", shown.context)
    text = reply.document.plain()
    assert reply.careers == shown.careers
    assert "Stress Tolerance" in text
    assert "Salary" not in text
    assert any(b.text == "ℹ️ The card" for row in reply.buttons for b in row)


def test_a_figure_asked_of_three_is_named_for_what_it_measures(
    bundled_dialogue: Dialogue,
) -> None:
    """ "What's the AI risk for them?" of three occupations: their LLM task exposure, named
    as such at the head of the answer, never "AI risk"."""
    shown = bundled_dialogue.respond("phlebotomist vs medical assistant vs cna", ChatContext())
    reply = bundled_dialogue.respond("whats the ai risk for them", shown.context)
    text = reply.document.plain()
    assert text.startswith("LLM task exposure — ")
    assert "Ai risk" not in text


def test_a_yes_or_no_figure_asked_of_a_list_says_which_of_it_have_it(
    bundled_dialogue: Dialogue,
) -> None:
    """ "any of those i could do remote?": which of the careers shown can be done from home,
    before the list refined to it."""
    ranked = bundled_dialogue.respond("best paying jobs without a degree", ChatContext())
    shown = [bundled_dialogue.catalog.by_slug[s] for s in ranked.careers]
    remote = [c for c in shown if c.remote is not None and (c.remote.value or c.remote.partly)]
    said = said_after(
        bundled_dialogue, "best paying jobs without a degree", "any of those i could do remote?"
    )
    first = said.split("\n\n")[0]
    if remote:
        assert first.startswith(f"Of the {len(shown)} on screen: ")
        assert all(c.title in first for c in remote)
    else:
        assert (
            first == f"None of the {len(shown)} on screen can be done from home, wholly or partly."
        )
    assert all(c.title not in first for c in shown if c not in remote)


def test_schooling_told_or_asked_of_a_card_is_set_against_its_entry_education(
    bundled_dialogue: Dialogue,
) -> None:
    """ "and if i dont have any college at all?" said to a roadmap, and "do i need a masters"
    said to it or to a comparison: each career's BLS typical entry education, said against
    what they hold or the credential asked, with the way in kept on screen."""
    held = said_to(
        bundled_dialogue,
        "how do i become a respiratory therapist",
        "and if i have no college at all?",
    ).document.plain()
    assert held.startswith("Not straight away:")
    assert "Respiratory Therapists is “Associate's degree” (BLS)" in held
    enough = said_to(
        bundled_dialogue, "how do i become a truck driver", "i only have a high school diploma"
    ).document.plain()
    assert enough.startswith("Yes:")
    asked = said_to(bundled_dialogue, "how do i become a data scientist", "do i need a masters tho")
    assert asked.careers == ("data-scientists",)
    assert (
        "“Bachelor's degree”: a master's degree is not typically needed" in asked.document.plain()
    )
    # asked the other way round, as the most they have, the answer says no as plainly
    for pair, asked_of_both, answer in (
        (
            "nurse practitioner vs physician assistant",
            "do you need a masters for both",
            "“Master's degree”: a master's degree is what it typically takes",
        ),
        (
            "accountant vs fraud examiner",
            "i cant afford college tho. any of these doable w/o a degree?",
            "more than a high school diploma or equivalent is typically needed",
        ),
    ):
        both = said_to(bundled_dialogue, pair, asked_of_both).document.plain()
        assert both.count(answer) == 2
        assert "yes, typically" not in both


def test_more_of_a_list_is_its_next_careers_and_of_a_card_its_rest(
    bundled_dialogue: Dialogue,
) -> None:
    """ "more" to a ranking: the next five, each keeping its place; "tell me more" to a
    comparison of two: the whole card; "what else" to a list again goes further down it."""
    first = said_to(bundled_dialogue, "highest paying jobs")
    shown = said_to(bundled_dialogue, "highest paying jobs", "more")
    assert not set(first.careers) & set(shown.careers)
    assert first.ranking is not None
    assert shown.ranking is not None  # places go on from the list before (ties share one)
    assert shown.ranking.picks[0].place >= first.ranking.picks[-1].place > 1
    again = said_to(bundled_dialogue, "highest paying jobs", "more", "what else")
    assert not set(again.careers) & {*first.careers, *shown.careers}
    whole = said_to(bundled_dialogue, "nurse vs electrician", "tell me more").document.plain()
    assert "Choose Registered Nurses if you" in whole


@pytest.mark.parametrize(
    ("said", "asked", "answer"),
    [
        (
            "physical therapist vs occupational therapist",
            "ok so which do i pick if i really hate chem",
            "On that measure, Occupational Therapists come nearer (lower).",
        ),
        (
            "actuary or financial analyst",
            "which is better if im bad at coding",
            "Wanting no coding: Financial Analysts.",
        ),
        (
            "actuary or financial analyst",
            "which one could i do if i want to code",
            "Wanting coding: Actuaries.",
        ),
    ],
)
def test_a_wish_asked_of_a_comparison_is_answered_the_way_it_is_wished(
    bundled_dialogue: Dialogue, said: str, asked: str, answer: str
) -> None:
    """A dislike weighs as the least of it, and a yes-or-no figure the card never ranks is
    said the way the person wants it; each across a restart."""
    first = bundled_dialogue.respond(said, ChatContext())
    reply = bundled_dialogue.respond(asked, restarted(first.context))
    assert answer in reply.document.plain()
    assert reply.careers == first.careers


def test_a_career_offered_a_tap_away_is_named_by_its_word(bundled_dialogue: Dialogue) -> None:
    """ "the marketing one" after a card that offered marketing managers instead is that
    career, though no career shown has the word; the offer survives a restart."""
    first = bundled_dialogue.respond("ml engineer vs ai product manager", ChatContext())
    assert first.careers == ("data-scientists", "computer-and-information-systems-managers")
    assert "marketing-managers" in (first.context.offered or "")
    swapped = bundled_dialogue.respond(
        "swap the it managers for the marketing one", restarted(first.context)
    )
    assert swapped.careers == ("data-scientists", "marketing-managers")


def test_which_one_to_pick_of_three_says_whom_each_suits(bundled_dialogue: Dialogue) -> None:
    """ "which one would you pick" of three compared: the careers each leads on, by the
    grid's own marks, and what to say to weigh them, not the grid alone."""
    first = bundled_dialogue.respond("radiology tech vs sonographer vs mri tech", ChatContext())
    reply = bundled_dialogue.respond("which one would you pick", restarted(first.context))
    text = reply.document.plain()
    assert "None is best for everyone. Pick Diagnostic Medical Sonographers if you want" in text
    assert "the fastest growth" in text
    assert reply.careers == first.careers


def test_a_figure_asked_with_why_of_two_leads_with_the_answer(bundled_dialogue: Dialogue) -> None:
    """ "which one has more openings n why": which has more, said first, then what the
    figures stand on."""
    first = bundled_dialogue.respond("chemist vs biochemist which pays more", ChatContext())
    reply = bundled_dialogue.respond("which one has more openings n why", restarted(first.context))
    text = reply.document.plain()
    assert text.startswith("🔢 Openings: Chemists have more a year")
    assert "Why: what the figures stand on" in text


def test_why_a_career_codes_says_the_rating_the_flag_stands_on(
    bundled_dialogue: Dialogue,
) -> None:
    """ "why does mechanical need coding tho": each side's O*NET Programming importance,
    the figure the coding flag is drawn from, with the flag itself."""
    first = bundled_dialogue.respond("mech engineer vs electrical engineer", ChatContext())
    reply = bundled_dialogue.respond(
        "why does mechanical need coding tho", restarted(first.context)
    )
    text = reply.document.plain()
    assert "O*NET rates how important programming is to the work:" in text
    assert re.search(r"Mechanical Engineers \d\.\d/5; Electrical Engineers \d\.\d/5", text)


def test_two_requests_in_one_message_are_both_done_and_said(bundled_dialogue: Dialogue) -> None:
    """ "drop the audiologist. how do i get into RT": the comparison changed, said first,
    then the way into the one asked of; a ranking asked over two sentences stays one."""
    reply = said_to(
        bundled_dialogue,
        "slp vs audiologist vs respiratory therapist",
        "drop the audiologist. how do i get into RT",
    )
    assert reply.kind == "roadmap"
    assert reply.careers[-1] == "respiratory-therapists"
    said = reply.document.plain()
    assert said.startswith("Done first: Speech-Language Pathologists vs Respiratory Therapists")
    ranked = said_to(bundled_dialogue, "i'm 30. what jobs pay the most?")
    assert ranked.kind == "rank"
    assert "Done first" not in ranked.document.plain()


def test_a_way_on_from_their_job_starts_from_the_degree_they_hold(
    bundled_dialogue: Dialogue,
) -> None:
    """An English graduate at a call center asks the way into technical writing: the
    bachelor's BLS gives as its entry education is theirs already, said so, and not asked
    again; a nursing degree, in its own field, still is."""
    told = bundled_dialogue.respond(
        "graduated w an english degree 2 yrs ago and now i work at a call center. i like writing",
        ChatContext(),
    )
    way = bundled_dialogue.respond("how do i get into technical writing", restarted(told.context))
    assert way.careers == ("customer-service-representatives", "technical-writers")
    assert way.roadmap is not None
    assert not any("bachelor" in step.text for step in way.roadmap.credentials)
    assert "From your bachelor's degree" in way.document.plain()
    nurse = bundled_dialogue.respond(
        "how would i become a registered nurse", restarted(told.context)
    )
    assert nurse.roadmap is not None
    assert any("in the field" in step.text for step in nurse.roadmap.credentials)


def test_a_career_dropped_from_a_ranking_is_named(bundled_dialogue: Dialogue) -> None:
    """ "drop the first one" said to a ranking: the career taken off is said by name, and
    the next one comes first."""
    first = bundled_dialogue.respond("best paying jobs without degree", ChatContext())
    dropped = bundled_dialogue.respond("drop the first one", restarted(first.context))
    gone = bundled_dialogue.catalog.by_slug[first.careers[0]]
    assert dropped.kind == "rank"
    assert gone.slug not in dropped.careers
    assert dropped.careers[0] == first.careers[1]
    assert f"Left out, as you asked: {gone.title} taken off the list." in dropped.document.plain()


@pytest.mark.parametrize(
    ("message", "heads"),
    [
        ("firefighter or cop, which pays better and has more jobs?", ("💰 Pay", "🔢 Openings")),
        ("pharmacist vs pharmacy tech, pay and schooling", ("💰 Pay", "⏱ Time to learn")),
    ],
)
def test_two_figures_asked_of_a_comparison_are_both_answered(
    bundled_dialogue: Dialogue, message: str, heads: tuple[str, ...]
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "compare"
    text = reply.document.plain()
    assert all(head in text for head in heads)


def test_freelancing_asked_of_a_comparison_is_the_self_employed_share(
    bundled_dialogue: Dialogue,
) -> None:
    """ "which one is better for freelancing": no source rates it, but BLS publishes the share
    of workers self-employed, said for each."""
    shown = bundled_dialogue.respond("graphic designer vs ux designer", ChatContext())
    reply = bundled_dialogue.respond("which one is better for freelancing", shown.context)
    assert reply.careers == shown.careers
    assert "self-employed" in reply.document.plain()


def test_what_about_said_to_two_compared_says_which_it_took_the_place_of(
    bundled_dialogue: Dialogue,
) -> None:
    reply = said_to(bundled_dialogue, "xray tech vs ultrasound tech", "what about mri tech")
    assert reply.careers == (
        "radiologic-technologists-and-technicians",
        "magnetic-resonance-imaging-technologists",
    )
    said = reply.document.plain()
    assert said.startswith("In place of Diagnostic Medical Sonographers;")
    # the way to keep all three, as said, does so
    added = said_to(
        bundled_dialogue,
        "xray tech vs ultrasound tech",
        "what about mri tech",
        "add diagnostic medical sonographers",
    )
    assert len(added.careers) == 3


def test_the_side_kept_sharing_a_worker_word_does_not_hide_which_was_replaced(
    bundled_dialogue: Dialogue,
) -> None:
    said = said_after(
        bundled_dialogue, "software developer vs web developer", "what about data scientist"
    )
    assert said.startswith("In place of Web Developers;")


def test_time_to_learn_asked_of_two_counts_the_degree_they_told(
    bundled_dialogue: Dialogue,
) -> None:
    """Told "i have an associates", then "how long would it take me" of two compared: the
    schooling each still asks from it, with the half of a bachelor's an associate's can
    stand for where its credits transfer."""
    told = bundled_dialogue.respond(
        "im a preschool teacher with an associates in early childhood ed, what pays more",
        ChatContext(),
    )
    reply = bundled_dialogue.respond(
        "kindergarten teacher vs preschool teacher, and how long would it take me",
        told.context,
    )
    text = reply.document.plain()
    assert reply.kind == "compare"
    assert "From your associate's degree" in text
    assert "about 2 years where the associate's credits transfer" in text


@pytest.mark.parametrize(
    ("pair", "asked", "kept", "past"),
    [
        (
            "occupational therapist vs physical therapist vs speech pathologist",
            "honestly which would u pick if i want good pay but not 7 years of school",
            ("occupational-therapists",),
            "Physical Therapists, learn in about 7 years",
        ),
        (
            "insurance agent vs underwriter which is better",
            "so if i dont have a degree which one should i do",
            ("insurance-sales-agents",),
            "Insurance Underwriters, high entry barrier (a bachelor's degree)",
        ),
    ],
)
def test_a_choice_with_a_limit_among_those_compared_leaves_out_those_past_it(
    bundled_dialogue: Dialogue, pair: str, asked: str, kept: tuple[str, ...], past: str
) -> None:
    """A choice among those compared, with a limit said: those past it named with their
    figure, the rest answered."""
    shown = bundled_dialogue.respond(pair, ChatContext())
    reply = bundled_dialogue.respond(asked, shown.context)
    assert reply.careers == kept
    assert past in reply.document.plain()
