"""Each stage of understanding on its own: reading, chat, spotting names, reading a career's
place, fields and unjudged wishes, pairs, follow-ups, and the request that comes out."""

from __future__ import annotations

import pytest

from careerbot.understanding.chat import chat_topic
from careerbot.understanding.lexicon import load
from careerbot.understanding.message import read
from careerbot.understanding.pairs import pair_of
from careerbot.understanding.requests import (
    Chat,
    CompareAsk,
    FocusAsk,
    Mention,
    OnScreen,
    OtherAsk,
    ProfileAsk,
    RoadmapAsk,
    WishAsk,
)
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, NotFound
from careerbot.understanding.schooling import read_schooling
from careerbot.understanding.scope import scope_in
from careerbot.understanding.slang import PHRASES, UNLISTED, Unlisted
from careerbot.understanding.spotting import readings, spot
from careerbot.understanding.subjects import slot
from careerbot.understanding.understand import understand

# -- reading --------------------------------------------------------------------------------


def test_reading_folds_and_keeps_word_positions() -> None:
    message = read("  Électricien\u200b's   PAY?\n")
    assert message.text == "electricien's pay?"
    assert [w.key for w in message.words] == ["electricien", "pay"]
    assert message.between(0, 2) == "electricien's pay"


def test_an_invisible_character_inside_a_word_does_not_split_it() -> None:
    assert [w.text for w in read("elec\u200btrician").words] == ["electrician"]
    assert [w.text for w in read("nurse\nteacher").words] == ["nurse", "teacher"]


def test_a_hyphen_joins_a_compound() -> None:
    message = read("and on-device?")
    assert [message.hyphenated(i) for i in range(3)] == [False, True, True]


def test_plural_keys_meet_singular_but_not_words_that_only_end_in_s() -> None:
    keys = [w.key for w in read("nurses status analysis does this").words]
    assert keys == ["nurse", "status", "analysis", "does", "this"]


# -- chat -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("hi", "greeting"),
        ("/start", "greeting"),
        ("/start@careerbot", "greeting"),
        ("thanks!", "thanks"),
        ("thank you so much", "thanks"),
        ("tell me a joke", "smalltalk"),
        ("you're useless", "complaint"),
        ("this is useless lol", "complaint"),
        ("gracias!", "thanks"),
        ("thanks anyway", "thanks"),
        ("ok this was actually helpful, thx", "thanks"),
        ("cheers mate", "thanks"),
        ("what can u do", "help"),
        ("what's the weather like today", "smalltalk"),
        ("/help", "help"),
        ("swap", "swap"),
        ("/list", "list"),
        ("ok thx lol ur pretty helpful", "thanks"),
        ("any tips for a job interview?", "beyond"),
    ],
)
def test_whole_messages_of_chat_are_chat(text: str, topic: str) -> None:
    assert chat_topic(read(text).text) == topic


@pytest.mark.parametrize("text", ["thanks, and how much do welders make?", "hi, nurse or teacher"])
def test_chat_words_before_a_question_leave_it_a_question(text: str) -> None:
    assert chat_topic(read(text).text) is None


# -- spotting -------------------------------------------------------------------------------


def spotted(text: str, index: NameIndex) -> list[str]:
    message = read(text)
    return [message.between(s.start, s.end) for s in spot(message, index, readings(message, index))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("how much does a welder make", ["welder"]),
        ("is being a lawyer better than being a doctor", ["lawyer", "doctor"]),
        ("should i become a police officer?", ["police officer"]),
        ("real estate agent vs insurance agent", ["real estate agent", "insurance agent"]),
        ("thanks for driving me to the first job", []),
        ("tech jobs that don't require coding", []),
        ("engineering jobs with good pay", []),
        ("IT support or help desk", ["it support", "help desk"]),
    ],
)
def test_career_names_are_found_where_they_sit(
    bundled_index: NameIndex, text: str, names: list[str]
) -> None:
    assert spotted(text, bundled_index) == names


def test_a_word_before_a_name_that_no_career_has_makes_another_job(
    bundled_index: NameIndex,
) -> None:
    # "crypto trader" is not a securities sales agent with a word ignored
    assert spotted("is crypto trader a real job", bundled_index) == ["crypto trader"]
    # ...but a word of the question is no part of a name
    request = understand("will ai replace accountants", bundled_index)
    assert isinstance(request, ProfileAsk)
    assert isinstance(request.subject, Mention)
    assert request.subject.said == "accountants"


def test_slang_names_its_occupation_whole(bundled_index: NameIndex) -> None:
    request = understand("what do you think about becoming a lineman", bundled_index)
    assert isinstance(request, ProfileAsk)
    assert isinstance(request.subject, Mention)
    found = request.subject.found
    assert isinstance(found, Match)
    assert found.slug == "electrical-power-line-installers-and-repairers"
    assert request.subject.said == "lineman"


# -- a career's place -----------------------------------------------------------------------


def slotted(text: str, index: NameIndex, unknown: bool = False) -> Mention | None:
    message = read(text)
    return slot(message, readings(message, index), 0, len(message.words), index, unknown=unknown)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("welding", "welders-cutters-solderers-and-brazers"),
        ("nursing", "registered-nurses"),
        ("graphic design", "graphic-designers"),
        ("data science", "data-scientists"),
        ("technical writing", "technical-writers"),
        ("medical coding", "medical-records-specialists"),
    ],
)
def test_a_field_of_work_is_read_as_the_job_that_does_it(
    bundled_index: NameIndex, text: str, slug: str
) -> None:
    named = slotted(text, bundled_index)
    assert named is not None
    assert isinstance(named.found, Match)
    assert named.found.slug == slug


def test_words_that_name_no_career_are_nothing_unless_a_career_is_said_to_stand_there(
    bundled_index: NameIndex,
) -> None:
    assert slotted("high salary and high", bundled_index) is None
    assert slotted("matters most", bundled_index) is None
    named = slotted("basket weaving wizard", bundled_index, unknown=True)
    assert named is not None
    assert isinstance(named.found, NotFound)


def test_work_without_an_occupation_of_its_own_is_said_to_be_so(bundled_index: NameIndex) -> None:
    named = slotted("twitch streamer", bundled_index)
    assert named is not None
    assert isinstance(named.found, Unlisted)
    assert named.found.nearest  # with the nearest occupations offered


# -- fields and unjudged wishes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields", "unjudged"),
    [
        ("which ai job pays the most", ["ai"], []),
        ("healthcare jobs without a degree", ["healthcare", "no_degree"], []),
        ("law enforcement careers", ["public_safety"], []),
        ("art jobs with creative freedom", ["creative"], ["creative freedom"]),
        ("good tech jobs with flexible hours", ["tech"], ["flexible hours"]),
        ("jobs with job security", [], []),
        ("i hate math", ["low_math"], []),
        (
            "can i still work in healthcare without passing the nclex",
            ["healthcare", "no_licence"],
            [],
        ),
        ("jobs that don't require a license", ["no_licence"], []),
        ("highest paying jobs in agriculture", ["agriculture"], []),
    ],
)
def test_fields_and_wishes_no_figure_judges(
    text: str, fields: list[str], unjudged: list[str]
) -> None:
    found = scope_in(text)
    assert [f.name for f in found if f.judged] == fields
    assert [f.name for f in found if not f.judged] == unjudged


# -- pairs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "welding vs hvac",
            (
                "welders-cutters-solderers-and-brazers",
                "heating-air-conditioning-and-refrigeration-mechanics-and-installers",
            ),
        ),
        ("compare nurse and teacher", ("registered-nurses", None)),
        ("from cashier to registered nurse", ("cashiers", "registered-nurses")),
    ],
)
def test_two_careers_asked_about_together(
    bundled_index: NameIndex, text: str, expected: tuple[str, str | None]
) -> None:
    request = understand(text, bundled_index)
    assert isinstance(request, (CompareAsk, RoadmapAsk))
    sides = (
        (request.first, request.second)
        if isinstance(request, CompareAsk)
        else (request.source, request.target)
    )
    first = sides[0]
    assert isinstance(first, Mention)
    assert isinstance(first.found, Match)
    assert first.found.slug == expected[0]
    if expected[1] is not None:
        second = sides[1]
        assert isinstance(second, Mention)
        assert isinstance(second.found, Match)
        assert second.found.slug == expected[1]


@pytest.mark.parametrize(
    ("text", "likes", "dislikes"),
    [
        # the careers' own words are no wish: "tech" of a technologist, "repair" of a repairer
        ("sonographer or radiologic tech?", (), ()),
        ("elevator repair guy vs wind turbine tech, which has better future", (), ()),
        ("carpenter or plumber, i hate heights", (), ("heights",)),
    ],
)
def test_a_pair_is_weighed_on_what_is_said_beside_the_names(
    bundled_index: NameIndex, text: str, likes: tuple[str, ...], dislikes: tuple[str, ...]
) -> None:
    request = understand(text, bundled_index)
    assert isinstance(request, CompareAsk)
    person = request.wish.person if request.wish is not None else None
    assert (person.likes if person else ()) == likes
    assert (person.dislikes if person else ()) == dislikes


def test_or_joins_careers_but_not_anything(bundled_index: NameIndex) -> None:
    message = read("should i study or work")
    assert pair_of(message, readings(message, bundled_index), [], bundled_index) is None


# -- requests -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "focus"),
    [
        ("how much do electricians make", ProfileAsk, "salary"),
        ("how long does it take to learn welding", ProfileAsk, "learning_curve"),
        ("do data scientists need to code?", ProfileAsk, "coding"),
        ("job outlook for radiologic technologists", ProfileAsk, "demand"),
        ("will ai replace accountants", ProfileAsk, "ai_risk"),
        ("what does an actuary do", ProfileAsk, "duties"),
        ("is nursing a good career", ProfileAsk, "overall"),
        ("nurse or teacher", CompareAsk, None),
        ("which pays more?", FocusAsk, "salary"),
        ("is it hard to get into?", FocusAsk, "entry_barrier"),
        ("what about plumbers?", OtherAsk, None),
        ("how do i become an electrician", RoadmapAsk, None),
        ("remote work, low ai risk, no degree", WishAsk, None),
        ("'; DROP TABLE careers; --", Chat, None),
    ],
)
def test_a_message_becomes_a_typed_request(
    bundled_index: NameIndex, text: str, kind: type, focus: str | None
) -> None:
    request = understand(text, bundled_index)
    assert isinstance(request, kind)
    if focus is not None:
        assert request.focus == focus  # type: ignore[union-attr]


def test_the_first_one_is_left_to_the_conversation(bundled_index: NameIndex) -> None:
    request = understand("tell me more about the first one", bundled_index)
    assert request == ProfileAsk(OnScreen("first"), "overall")


def test_a_name_several_careers_share_stays_a_choice(bundled_index: NameIndex) -> None:
    request = understand("engineer", bundled_index)
    assert isinstance(request, ProfileAsk)
    assert isinstance(request.subject, Mention)
    assert isinstance(request.subject.found, Ambiguous)


def test_wishes_keep_fields_traits_and_unjudged_apart_from_preferences(
    bundled_index: NameIndex,
) -> None:
    request = understand(
        "good tech jobs for introverts, night shifts, that pay well", bundled_index
    )
    assert isinstance(request, WishAsk)
    assert request.scope == ("tech",)
    assert request.person.likes == ("quiet",)
    assert request.not_judged == ("night shifts",)
    assert [p.criterion for p in request.preferences.active] == ["salary"]


def test_a_number_about_the_asker_is_no_limit(bundled_index: NameIndex) -> None:
    request = understand(
        "I worked in retail for 6 years and want something better paid", bundled_index
    )
    assert isinstance(request, WishAsk)
    assert [(p.criterion, p.hard) for p in request.preferences.items] == [("salary", False)]
    assert request.scope == ()


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("i was in sales, what else can i do", "sales-representatives-of-services"),
        ("10 years in construction and my back is shot", "construction-laborers"),
        ("my background is in HR, how do i get into tech", "human-resources-specialists"),
    ],
)
def test_a_line_of_work_said_as_theirs_is_its_main_job(
    bundled_index: NameIndex, text: str, job: str
) -> None:
    request = understand(text, bundled_index)
    assert isinstance(request, WishAsk)
    assert (request.person.current or "").startswith(job)
    assert not {"sales", "construction"} & set(request.scope)


def test_every_line_of_work_names_a_career(bundled_index: NameIndex) -> None:
    for said, slug in load("slang")["own_work"].items():
        assert bundled_index.title_words(slug), said


def test_every_slang_phrase_names_one_occupation(bundled_index: NameIndex) -> None:
    for said, words in PHRASES.items():
        found = bundled_index.resolve(" ".join(words))
        assert isinstance(found, Match), said
    for said, gap in UNLISTED.items():
        for slug in gap.nearest:
            assert bundled_index.title_words(slug), (said, slug)  # a real career


@pytest.mark.parametrize(
    ("said", "most", "held"),
    [
        ("cant afford 4 more years of school", "Associate's degree", None),
        ("what could i do without finishing the degree?", "Associate's degree", None),
        ("dropped out of uni, now what", None, "Some college, no degree"),
        ("i did two years of college then quit", None, "Some college, no degree"),
        (
            "i have like half an associates in IT from community college",
            None,
            "Some college, no degree",
        ),
        ("i didnt finish the associates", None, "Some college, no degree"),
        ("never finished my degree", None, "Some college, no degree"),
        (
            "half a bachelors in psych, 2 year degree max",
            "Associate's degree",
            "Some college, no degree",
        ),
        ("i want a job that needs at most an associates", "Associate's degree", None),
        (
            "i cant afford to go back for a full 4 year degree",
            "Associate's degree",
            None,
        ),
        ("i cant do a 4 year degree", "Associate's degree", None),
        ("im not going back for a phd in microbiology at 45 lol. any ideas", None, None),
    ],
)
def test_schooling_said_as_people_say_it(said: str, most: str | None, held: str | None) -> None:
    """A bound on more schooling and what has been begun and left are read as said."""
    found = read_schooling(read(said).text)
    # (a credential turned down is neither a bound nor held: nothing is read)
    assert ((found.most, found.held) if found is not None else (None, None)) == (most, held)


def test_careers_joined_and_turned_down_after_are_both_out(bundled_index: NameIndex) -> None:
    request = understand(
        "um.. commercial pilot and surgical assistant, in a wheelchair? no. what else is there",
        bundled_index,
    )
    assert isinstance(request, WishAsk)
    assert {"commercial-pilots", "surgical-assistants"} <= set(request.person.excluded)
