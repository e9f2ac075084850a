"""A person in crisis gets care, never careers; a vent gets an acknowledgement; a message in
another language gets one line in it; a question about another country gets US figures,
said to be so first."""

from __future__ import annotations

from dataclasses import replace

import pytest

from careerbot._utils.text import fold
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.router import Dialogue
from careerbot.understanding.places import other_country


@pytest.mark.parametrize(
    "message",
    [
        "i want to kill myself my career is over",
        "honestly thinking about ending it all, nothing works out",
        "i don't want to be alive anymore, no job will take me",
        "been self harming since i lost my job",
        "what's the point, i'm better off dead than a cashier forever",
        "i dont really see the point of anything anymore, sometimes i think about ending it. "
        "anyway i need a job, what should i look for",
        "im killing myself over this job",
        "not trying to kill myself. but i want out of this job",
    ],
)
def test_self_harm_gets_care_and_crisis_lines_never_careers(
    bundled_dialogue: Dialogue, message: str
) -> None:
    context = ChatContext(screen="compare", last_a="cashiers", last_b="registered-nurses")
    reply = bundled_dialogue.respond(message, context)
    assert reply.kind == "care"
    text = reply.document.plain()
    assert "988" in text
    assert "116 123" in text
    assert "findahelpline.com" in text
    assert reply.careers == ()
    assert reply.buttons == ()
    assert reply.context.feeling == "care"  # an unsure answer next is met with care again
    assert replace(reply.context, feeling=None) == context  # what was on screen stays


@pytest.mark.parametrize(
    "message",
    [
        "honestly whats the point anymore. got laid off again and i cant see a way out",
        "there's no way out, I'm so trapped",
        "i failed my nursing boards for the second time. i dont think i can do this anymore, "
        "everyone is disappointed in me",
        "did you even read what i said. i feel like giving up on everything",
        "sorry. im just really sad and tired",
    ],
)
def test_hopelessness_said_softly_is_met_with_care_and_the_lines(
    bundled_dialogue: Dialogue, message: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "care"
    text = reply.document.plain()
    assert "988" in text
    assert "findahelpline.com" in text
    assert reply.careers == ()


@pytest.mark.parametrize(
    ("message", "current"),
    [
        (
            "I'm 55 and was just laid off as manager of a commercial print shop after 22 years. "
            "The industry is dying. What can I do now that isn't going to disappear in 5 years?",
            "first-line-supervisors-of-production-and-operating-workers",
        ),
        ("no im not suicidal lol i just need a job. i was a cashier for 10 years", "cashiers"),
        (
            "im a truck dispatcher, good at juggling drivers breaking down and late loads. "
            "what pays more",
            "dispatchers-except-police-fire-and-ambulance",
        ),
        (
            "im a warehouse worker, i spend all day breaking down boxes. what else could i do",
            "stockers-and-order-fillers",
        ),
    ],
)
def test_a_job_that_may_disappear_or_being_suicidal_denied_is_no_crisis(
    bundled_dialogue: Dialogue, message: str, current: str
) -> None:
    """A job or an industry said to die or disappear, "not suicidal", and trucks or boxes
    "breaking down" are no crisis: the person gets careers. Said of oneself ("i just want
    to disappear", "i keep breaking down at work") it stays one."""
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "recommend"
    assert reply.shortlist is not None
    assert reply.shortlist.person.current == current
    assert "988" not in reply.document.plain()
    assert bundled_dialogue.respond("i just want to disappear", ChatContext()).kind == "care"
    hurting = bundled_dialogue.respond(
        "i keep breaking down at work, what job is calmer", ChatContext()
    )
    assert "988" in hurting.document.plain()


@pytest.mark.parametrize(
    "message",
    [
        "work-life balance. I'm not trying to kill myself for a job",
        "i dont want to keep killing myself for this company, what else",
        "done killing myself at work for a paycheck. what jobs are there",
    ],
)
def test_overwork_refused_in_words_of_self_harm_asks_for_balance(
    bundled_dialogue: Dialogue, message: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "recommend"
    assert "work-life balance" in reply.document.plain()


@pytest.mark.parametrize(
    "message",
    [
        "f*** this job market honestly",
        "ugh i give up",
        "fml",
        "no one is hiring, this is hopeless",
        "this job is killing me",
    ],
)
def test_a_vent_gets_one_line_and_an_offer(bundled_dialogue: Dialogue, message: str) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "vent"
    assert reply.document.plain().count("\n") == 0
    assert "what fits me" in reply.document.plain()


@pytest.mark.parametrize(
    ("message", "told"),
    [
        ("no more customer service. I'm done with angry customers", "not much talking"),
        ("so tired of sitting at a desk all day ugh", "active work"),
        ("so done with retail", "Retail Salespersons"),
        ("retail is gonna be the death of me lol", "Retail Salespersons"),
    ],
)
def test_a_vent_that_tells_of_their_work_is_heard_then_answered_with_a_shortlist(
    bundled_dialogue: Dialogue, message: str, told: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "recommend"
    text = reply.document.plain()
    assert text.startswith("That sounds really frustrating.")
    assert told in text.split("\n\n1.")[0]  # said back before the list
    assert reply.careers


@pytest.mark.parametrize(
    ("message", "start"),
    [
        ("¿Cuánto gana una enfermera?", "Por ahora solo leo inglés"),
        ("Quanto ganha um professor no Brasil?", "Por enquanto só leio inglês"),
        ("Combien gagne une infirmière ?", "Pour l’instant je ne lis que l’anglais"),
        ("Wie viel verdient ein Lehrer?", "Im Moment lese ich nur Englisch"),
        ("Сколько зарабатывает медсестра?", "Пока я читаю только по-английски"),
        ("Скільки заробляє вчитель?", "Поки що я читаю лише англійською"),
        ("яка зарплата у вчителя", "Поки що я читаю лише англійською"),
        ("какая зарплата у учителя", "Пока я читаю только по-английски"),
    ],
)
def test_another_language_gets_one_line_in_it(
    bundled_dialogue: Dialogue, message: str, start: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind == "language"
    assert reply.document.plain().startswith(start)
    assert "nurse or teacher?" in reply.document.plain()


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("how much do nurses make in the uk", "the UK"),
        ("electrician salary in canada?", "Canada"),
        ("is software engineering in demand in india", "India"),
        ("nurse vs electrician pay in australia", "Australia"),
        ("mechanic vs electrician salary uk", "the UK"),
    ],
)
def test_another_country_gets_us_figures_said_to_be_so_first(
    bundled_dialogue: Dialogue, message: str, place: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind in {"profile", "compare"}
    first = reply.document.plain().splitlines()[0]
    assert first.startswith("These are US figures")
    assert place in first


@pytest.mark.parametrize(
    ("message", "region"),
    [
        ("how much do welders make in texas", "Texas"),
        ("nurse vs electrician pay in california", "California"),
        ("best paying jobs in new york city", "New York City"),
        ("is plumbing in demand in ohio?", "Ohio"),
        ("whats a plumber make in socal", "SoCal"),
        ("welder pay in philly", "Philadelphia"),
        ("how much do electricians make in like nyc or la", "NYC"),
    ],
)
def test_a_us_state_or_city_gets_national_figures_said_to_be_so_first(
    bundled_dialogue: Dialogue, message: str, region: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind in {"profile", "compare", "rank"}
    first = reply.document.plain().splitlines()[0]
    assert first.startswith("These are national US figures")
    assert f"none for {region} alone" in first


def test_places_named_together_are_places_not_careers(bundled_dialogue: Dialogue) -> None:
    """ "in like nyc or la": the first place is said, the others are set aside with it, and
    none is read as a career ("la" is no teacher of language arts)."""
    reply = bundled_dialogue.respond(
        "how much do electricians make in like nyc or la", ChatContext()
    )
    assert reply.kind == "profile"
    assert reply.careers == ("electricians",)
    reply = bundled_dialogue.respond("nurse salary in texas, ohio or florida", ChatContext())
    assert reply.careers == ("registered-nurses",)


def test_a_state_said_alone_asks_the_question_before_there(bundled_dialogue: Dialogue) -> None:
    asked = bundled_dialogue.respond("how much do electricians make", ChatContext())
    reply = bundled_dialogue.respond("and in florida?", asked.context)
    assert reply.kind == "profile"
    assert reply.careers == asked.careers
    assert reply.document.plain().startswith("These are national US figures")


@pytest.mark.parametrize(
    "message",
    [
        "I speak spanish and french",
        "how much do electricians make",
        "nurse or teacher",
        # a money's word inside a career's ("eur" in neurologist, "aud" in audiologist)
        "how much do neurologists make",
        "audiologist or speech pathologist",
    ],
)
def test_english_with_foreign_words_is_read_as_english(
    bundled_dialogue: Dialogue, message: str
) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.kind != "language"
    assert not reply.document.plain().startswith("These are US figures")


@pytest.mark.parametrize("message", ["thanks mate", "cheers bro", "lol ok", "you're useless"])
def test_small_talk_is_small_talk(bundled_dialogue: Dialogue, message: str) -> None:
    assert bundled_dialogue.respond(message, ChatContext()).kind in {"smalltalk", "greeting"}


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("ok bye", "Good luck"),
        ("thanks, bye", "Good luck"),
        ("are you a real person", "not a person"),
        ("who made you", "automated assistant"),
    ],
)
def test_goodbyes_and_questions_about_the_bot_get_their_own_answer(
    bundled_dialogue: Dialogue, message: str, said: str
) -> None:
    context = ChatContext(screen="compare", last_a="cashiers", last_b="registered-nurses")
    reply = bundled_dialogue.respond(message, context)
    assert said in reply.document.plain()
    assert "only know about careers" not in reply.document.plain()
    assert reply.context == context  # what was on screen stays


def test_a_message_with_no_question_offers_the_guided_profile(bundled_dialogue: Dialogue) -> None:
    reply = bundled_dialogue.respond("im 16 help", ChatContext())
    assert reply.kind == "help"
    assert [b.text for row in reply.buttons for b in row] == ["🧭 Help me choose a career"]


def test_distress_beside_a_question_of_work_gets_care_then_the_answer(
    bundled_dialogue: Dialogue,
) -> None:
    """Hurting and asking (no word of self-harm): a word of care with where to turn, then
    what was asked; said without a question, care alone."""
    reply = bundled_dialogue.respond(
        "want a job that actually helps people, i feel empty doing marketing", ChatContext()
    )
    assert reply.kind == "recommend"
    assert reply.careers
    text = reply.document.plain()
    assert text.startswith("I'm sorry you're going through this")
    assert "988" in text
    assert reply.shortlist is not None
    assert "selling" in reply.shortlist.person.dislikes  # the trait of selling and marketing
    alone = bundled_dialogue.respond("working at mcdonalds. i hate my life", ChatContext())
    assert alone.kind == "care"
    assert alone.careers == ()


def test_another_country_is_pointed_to_its_own_official_figures(
    bundled_dialogue: Dialogue,
) -> None:
    """ "how much does a plumber earn in the uk": US figures, said so, and where the UK
    publishes its own; "so like 50k quid then?" is the same question, no list of careers
    paying $50k."""
    first = bundled_dialogue.respond("how much does a plumber earn in the uk", ChatContext())
    text = first.document.plain()
    assert text.startswith("These are US figures")
    assert "Office for National Statistics" in text
    again = bundled_dialogue.respond("so like 50k quid then?", first.context)
    assert again.careers == ("plumbers-pipefitters-and-steamfitters",)


@pytest.mark.parametrize(
    ("message", "country"),
    [
        ("im 40 and i finish secundaria in mexico, now i work in the fields. ideas?", None),
        ("im from brazil, how much do nurses make here", None),
        ("i was a pharmacist in syria. now i work in a warehouse", None),
        ("how much do nurses make in mexico", "Mexico"),
        ("i live in the uk, what should i do", "the UK"),
    ],
)
def test_a_country_told_as_the_persons_past_is_no_question_of_its_figures(
    message: str, country: str | None
) -> None:
    assert other_country(fold(message)) == country


@pytest.mark.parametrize(
    "message",
    [
        "my wife passed away last year",
        "lost my dad in march, trying to figure out what to do now",
        "my late husband ran a shop, i never worked",
    ],
)
def test_a_loss_told_gets_sympathy_first(bundled_dialogue: Dialogue, message: str) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert reply.document.plain().startswith("I'm so sorry for your loss.")
    assert "988" not in reply.document.plain()  # no crisis lines unasked


def test_a_loss_told_beside_a_question_answers_it_after_sympathy(
    bundled_dialogue: Dialogue,
) -> None:
    shown = bundled_dialogue.respond("cop or firefighter, which is the better gig", ChatContext())
    reply = bundled_dialogue.respond(
        "my dad was a firefighter, he passed a few yrs ago. kinda want to honor him",
        shown.context,
    )
    assert reply.document.plain().startswith("I'm so sorry for your loss.")
    assert reply.careers == ("firefighters",)


@pytest.mark.parametrize(
    "message", ["she passed the bar exam last year", "he passed his boards, should i be a nurse"]
)
def test_an_exam_passed_is_no_loss(bundled_dialogue: Dialogue, message: str) -> None:
    reply = bundled_dialogue.respond(message, ChatContext())
    assert "sorry for your loss" not in reply.document.plain()
