"""Preferences read from plain words: direction, negation, weight, must-haves, numbers and
misspellings. Each row: a message and what it must be read as.

Notation: ``criterion+`` wants more, ``criterion-`` wants less (for remote and coding:
yes / no), ``!`` a must-have, ``x3`` / ``x2`` / ``x0.5`` a weight, ``=N`` the number it is
held to, ``~`` "doesn't matter".
"""

from __future__ import annotations

import pytest

from careerbot.recommend.preferences import Preferences
from careerbot.understanding.amounts import find_limit, paid_now
from careerbot.understanding.wish_reading import read_wishes


def notation(preferences: Preferences) -> str:
    parts = []
    for p in preferences.items:
        if not p.active:
            parts.append(f"{p.criterion}~")
            continue
        text = p.criterion + ("+" if p.want == "high" else "-") + ("!" if p.hard else "")
        if p.weight != 1:
            text += f"x{p.weight:g}"
        if p.limit is not None:
            text += f"={p.limit:g}"
        parts.append(text)
    return " ".join(sorted(parts))


PHRASINGS = [
    # The issue's own examples
    ("I want remote work and the lowest AI risk, which role fits me?", "ai_risk- remote+"),
    ("what pays best?", "salary+"),
    ("I'm switching careers, what's easiest to get into?", "entry_barrier-"),
    ("I don't want to code", "coding-!"),
    (
        "salary matters most, but I need to be working within a year",
        "learning_curve-!=12 salary+x3",
    ),
    # Negation
    ("hate coding", "coding-!"),
    ("I'd rather not code", "coding-"),
    ("no coding please", "coding-!"),
    ("without programming", "coding-"),
    ("non-technical role", "coding-"),
    ("I don't want to work remotely", "remote-!"),
    ("not remote", "remote-"),
    ("I don't want to code or work in an office", "coding-! remote+!"),
    ("no remote needed", "remote~"),
    ("remote work doesn't matter to me", "remote~"),
    ("I don't care about salary, just want job security", "demand+ salary~"),
    ("not too hard", "difficulty-"),
    ("nothing too stressful", "difficulty-"),
    ("I don't want a long training", "learning_curve-"),
    ("easy to break into", "entry_barrier-"),
    ("I don't want to be replaced by AI", "ai_risk-"),
    # Weight
    ("most important is salary", "salary+x3"),
    ("salary matters most", "salary+x3"),
    ("above all I want remote work", "remote+x3"),
    ("remote would be nice, a bit", "remote+x0.5"),
    ("a little coding is fine", "coding~"),
    ("demand is really important", "demand+x2"),
    ("low AI risk matters most, remote a little", "ai_risk-x3 remote+x0.5"),
    # Hard versus soft
    ("must be remote", "remote+!"),
    ("prefer remote", "remote+"),
    ("remote is a must", "remote+!"),
    ("ideally remote", "remote+"),
    ("it has to be remote and must not involve coding", "coding-! remote+!"),
    ("I need a job with high demand", "demand+!"),
    # Numbers
    ("at least $150k", "salary+!=150000"),
    ("salary over 100k", "salary+!=100000"),
    ("pay at least 80,000 a year", "salary+!=80000"),
    ("under a year to learn", "learning_curve-!=12"),
    ("I want to start working in 6 months", "learning_curve-!=6"),
    ("less than two years of training", "learning_curve-!=24"),
    ("risk below 20%", "ai_risk-!=20"),
    ("AI exposure under 30 percent", "ai_risk-!=30"),
    ("demand above 7", "demand+!=7"),
    ("growth above 5%", "demand+!=5"),
    ("something challenging that pays over 100k", "difficulty+ salary+!=100000"),
    ("ideally at least $120k", "salary+=120000"),
    # Money wanted soon, and a worry that work does not pay, are wishes for pay
    ("want to make money fast after school", "salary+"),
    ("my parents say art doesnt pay", "salary+"),
    ("i want to write but its hard to make a living", "salary+"),
    # A place to work from that is no home office is still remote
    ("i work from my bed these days", "remote+"),
    # Superlatives and plain asks
    ("which pays the most", "salary+"),
    ("lowest AI risk", "ai_risk-"),
    ("quickest to learn", "learning_curve-"),
    ("easiest to get into", "entry_barrier-"),
    ("most in demand jobs", "demand+"),
    ("fastest growing jobs", "demand+"),
    ("which jobs have the most openings", "openings+"),
    ("lots of job openings and good pay", "openings+ salary+"),
    ("which job is safest from AI", "ai_risk-"),
    ("best paid job that is easy to get into", "entry_barrier- salary+"),
    ("high demand, low stress", "demand+ difficulty-"),
    ("future-proof job working from home", "ai_risk- remote+"),
    ("low entry barrier, fast start", "entry_barrier- learning_curve-"),
    ("I love coding and want good money", "coding+ salary+"),
    ("I want to work outdoors", "remote-"),
    ("hands-on work, no computers all day", "remote-"),
    # Misspellings
    ("I want remot work and low AI rsik", "ai_risk- remote+"),
    ("salery matters most", "salary+x3"),
    ("i dont want to codeing", "coding-!"),
    ("whcih pays the most mony", "salary+"),
    ("lowest automaton risk", "ai_risk-"),
    ("easiest to get into, no programing", "coding-! entry_barrier-"),
    ("high deamnd and remote", "demand+ remote+"),
    ("quickest to lern", "learning_curve-"),
    ("must be remtoe", "remote+!"),
]


@pytest.mark.parametrize(("message", "expected"), PHRASINGS, ids=[m for m, _ in PHRASINGS])
def test_a_phrasing_reads_as_these_preferences(message: str, expected: str) -> None:
    assert notation(read_wishes(message).preferences) == expected


def test_the_table_covers_at_least_sixty_phrasings() -> None:
    assert len(PHRASINGS) >= 60


@pytest.mark.parametrize(
    "message",
    ["which pays the most", "lowest AI risk", "quickest to learn", "easiest to get into"],
)
def test_a_superlative_on_one_criterion_asks_for_a_ranking(message: str) -> None:
    assert read_wishes(message).ranking


@pytest.mark.parametrize(
    "message",
    ["most important is salary and remote", "at least $150k", "lowest AI risk, must be remote"],
)
def test_weights_numbers_and_several_wishes_are_not_a_ranking(message: str) -> None:
    assert not read_wishes(message).ranking


@pytest.mark.parametrize("message", ["and remote too", "also no coding", "remote as well"])
def test_a_follow_up_is_read_as_a_refinement(message: str) -> None:
    assert read_wishes(message).refining


@pytest.mark.parametrize(
    "message", ["tell me about remote sensing technicians", "computer programmer", "nurse"]
)
def test_a_career_name_is_not_worded_as_a_request(message: str) -> None:
    assert not read_wishes(message).asking


def test_preferences_survive_the_chat_context_round_trip() -> None:
    preferences = read_wishes("salary matters most, at least $90k, must be remote").preferences
    assert Preferences.decode(preferences.encode()) == preferences


@pytest.mark.parametrize("junk", ["", "salary", "x.h.1.0.", "salary.q.1.0.", None, 7, "a" * 500])
def test_an_unreadable_stored_context_reads_as_no_preferences_rather_than_failing(
    junk: object,
) -> None:
    assert Preferences.decode(junk) == Preferences()


TWINS = [
    (
        "I want remote work and the lowest AI risk, which role fits me?",
        "I wnat remot work and the lowest AI rsik, whcih role fits me?",
    ),
    ("what pays best?", "waht pays bset?"),
    (
        "I'm switching careers, what's easiest to get into?",
        "I'm swithcing careers, what's easiest to get itno?",
    ),
    ("I don't want to code", "I dont wnat to cdoe"),
    (
        "salary matters most, but I need to be working within a year",
        "salery maters most, but I ned to be working within a yaer",
    ),
    ("lowest risk of automation", "lowest risk of automaiton"),
    ("quickest to learn", "quikest to lern"),
    ("must be remote, at least $150k", "must be remoet, at leats $150k"),
    ("high demand and no coding", "high deamnd and no codng"),
]


@pytest.mark.parametrize(("right", "misspelled"), TWINS, ids=[m for _, m in TWINS])
def test_a_misspelled_twin_reads_the_same(right: str, misspelled: str) -> None:
    assert notation(read_wishes(misspelled).preferences) == notation(read_wishes(right).preferences)
    assert read_wishes(misspelled).ranking == read_wishes(right).ranking


@pytest.mark.parametrize(
    ("message", "months"),
    [
        ("i dont want 12 yrs of school, what else", 143.0),
        ("i won't do 4 years of training", 47.0),
        ("max 2 years of school", 24.0),
    ],
)
def test_a_time_turned_down_is_a_bound_under_it(message: str, months: float) -> None:
    """ "Don't want 12 yrs of school" asks for less than twelve years, not up to twelve."""
    found = find_limit(message, {"learning_curve"})
    assert found is not None
    assert found.criterion == "learning_curve"
    assert found.value == months


@pytest.mark.parametrize(
    ("message", "floor"),
    [
        ("i dont need to make 165 but like 70-80k min because mortgage", 70_000.0),
        ("need 60 to 70 grand", 60_000.0),
        ("at least 50k", 50_000.0),
    ],
)
def test_a_pay_floor_said_as_a_range_is_its_low_end(message: str, floor: float) -> None:
    """ "70-80k min": a job paying 75k meets it, so the floor is 70k, not 80k."""
    pay = read_wishes(message).preferences.get("salary")
    assert pay is not None
    assert pay.hard
    assert pay.limit == floor


def test_money_for_school_said_as_a_range_is_no_pay_floor() -> None:
    assert read_wishes("budget 20-30k for school").preferences.get("salary") is None


@pytest.mark.parametrize(
    "message",
    ["i cant really go below 55k", "nothing under 55k", "i wont take less than 55k"],
)
def test_pay_below_an_amount_refused_is_a_floor_at_it(message: str) -> None:
    """ "I can't go below 55k" asks for at least 55k, never for at most."""
    pay = read_wishes(message).preferences.get("salary")
    assert pay is not None
    assert (pay.want, pay.limit) == ("high", 55_000.0)


def test_pay_wished_under_an_amount_is_still_a_ceiling() -> None:
    pay = read_wishes("jobs under 50k").preferences.get("salary")
    assert pay is not None
    assert (pay.want, pay.limit) == ("low", 50_000.0)


@pytest.mark.parametrize(
    ("message", "pay"),
    [
        ("i make closer to 55 w tips", 55_000.0),
        ("currently around 70k", 70_000.0),
        ("i make 4k a month", 48_000.0),
        ("i make 20 bucks an hour", 41_600.0),
        ("my salary is 58,000", 58_000.0),
    ],
)
def test_the_pay_they_earn_now_is_read_as_a_year(message: str, pay: float) -> None:
    assert paid_now(message) == pay


@pytest.mark.parametrize("message", ["i make 3 sales a day", "i have 2 kids and make 30"])
def test_numbers_that_are_no_pay_now_are_not_read_as_pay(message: str) -> None:
    assert paid_now(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "his school calls me like twice a week to come get him",
        "got out with a 40% VA rating, what jobs",
    ],
)
def test_a_frequency_or_a_rating_of_their_own_sets_no_limit(message: str) -> None:
    """ "twice a week" is no time to learn; "a 40% VA rating" no bound on AI exposure."""
    assert not read_wishes(message).preferences.hard
