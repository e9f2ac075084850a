"""The guided profile for someone who doesn't know what to name: ten tappable questions, in
the manner of O*NET's Interest Profiler short form (one question per RIASEC interest), then
what matters, schooling, remote work and a pay floor; it ends in a shortlist.

It keeps no state of its own: each button carries the answers so far (``codec.Guide``), and
the chat's context keeps the last step shown, so it can be resumed, skipped or cut short
in any process, in Telegram (one message edited in place) and in the console.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from careerbot.dialogue.codec import Guide, encode
from careerbot.dialogue.replies import Button, Keyboard
from careerbot.recommend.person import Person
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.understanding.lexicon import load

LIKERT = ("👍 I'd enjoy it", "🤷 Not sure", "👎 Not for me")
DIGITS = "0123456789abcdefghijklmnopqrstuv"


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    options: tuple[str, ...]
    #: pick any number (a bit mask), then Next
    many: bool = False


#: the six interests, in RIASEC order, and the trait each stands for
INTERESTS = (
    ("building", "🔧 Building or fixing things with your hands: houses, machines, cars?"),
    ("science", "🔬 Working out how things work: science, numbers, research, puzzles?"),
    ("art", "🎨 Creating: drawing, design, writing, music, performing?"),
    ("helping", "🤝 Helping, teaching or caring for people?"),
    ("leading", "📣 Leading people, persuading, selling, starting something of your own?"),
    ("organizing", "🗂 Organising: records, numbers, schedules, keeping things in order?"),
)
#: what matters, each a trait or a figure wish
MATTERS = (
    ("💰 Pay", "pay"),
    ("🔒 Stability", "stability"),
    ("🧭 Independence", "independence"),
    ("🏆 Recognition", "recognition"),
    ("😌 Low stress", "calm"),
)
SCHOOLING_MONTHS = (6, 12, 24, None)
PAY_FLOORS = (None, 40_000, 60_000, 80_000)
QUESTIONS: tuple[Question, ...] = (
    *(Question(f"Would you enjoy this? {text}", LIKERT) for _, text in INTERESTS),
    Question(
        "What matters most to you in work? Pick any, then Next.",
        tuple(label for label, _ in MATTERS),
        True,
    ),
    Question(
        "How much more schooling or training are you up for?",
        ("None: start soon", "Up to a year", "Up to two years", "A degree or more is fine"),
    ),
    Question("Working from home?", ("A must", "Would be nice", "Don't mind")),
    Question("The least pay you would take?", ("Any", "$40k+", "$60k+", "$80k+")),
)
STEPS = len(QUESTIONS)
BLANK = "-" * STEPS
MATTERS_STEP = len(INTERESTS)
SCHOOLING_STEP, REMOTE_STEP, PAY_STEP = MATTERS_STEP + 1, MATTERS_STEP + 2, MATTERS_STEP + 3


def valid(action: Guide) -> bool:
    if not 0 <= action.step <= STEPS or len(action.answers) != STEPS:
        return False
    return all(
        a == "-" or (DIGITS.index(a) < (1 << len(q.options) if q.many else len(q.options)))
        for a, q in zip(action.answers, QUESTIONS, strict=True)
    )


def answer(state: Guide, choice: int) -> Guide:
    """The state after a tap on option ``choice`` of the question shown: a toggle stays
    on its question, any other answer moves on."""
    question = QUESTIONS[state.step]
    old = state.answers[state.step]
    if question.many:
        mask = (DIGITS.index(old) if old != "-" else 0) ^ (1 << choice)
        return Guide(state.step, _set(state.answers, state.step, DIGITS[mask]))
    return Guide(state.step + 1, _set(state.answers, state.step, DIGITS[choice]))


def _set(answers: str, step: int, value: str) -> str:
    return answers[:step] + value + answers[step + 1 :]


def keyboard(state: Guide) -> Keyboard:
    question = QUESTIONS[state.step]
    rows: list[tuple[Button, ...]] = []
    chosen = state.answers[state.step]
    for i, label in enumerate(question.options):
        mark = ""
        if question.many:
            on = chosen != "-" and DIGITS.index(chosen) >> i & 1
            mark = "✅ " if on else "▫️ "
        rows.append((Button(mark + label, encode(answer(state, i))),))
    nav = []
    if state.step:
        nav.append(Button("◀ Back", encode(Guide(state.step - 1, state.answers))))
    nav.append(
        Button(
            "Next ▶" if question.many else "Skip ▶", encode(Guide(state.step + 1, state.answers))
        )
    )
    rows.append(tuple(nav))
    rows.append((Button("✅ Show my matches now", encode(Guide(STEPS, state.answers))),))
    return tuple(rows)


def question_text(state: Guide) -> str:
    return f"Question {state.step + 1} of {STEPS}. {QUESTIONS[state.step].text}"


def profile(answers: str) -> tuple[Person, Preferences]:
    """What the answers say: interests as liked or disliked traits, what matters as valued
    traits or a pay wish, and the limits."""
    likes, dislikes, values = [], [], []
    preferences = Preferences()
    for (trait, _), said in zip(INTERESTS, answers, strict=False):
        if said == "0":
            likes.append(trait)
        elif said == "2":
            dislikes.append(trait)
    if (matters := answers[MATTERS_STEP]) != "-":
        mask = DIGITS.index(matters)
        for i, (_, name) in enumerate(MATTERS):
            if mask >> i & 1:
                if name == "pay":
                    preferences = preferences.with_item(Preference("salary", "high"))
                elif name == "calm":
                    likes.append(name)
                else:
                    values.append(name)
    if (schooling := answers[SCHOOLING_STEP]) != "-" and (
        months := SCHOOLING_MONTHS[int(schooling)]
    ) is not None:
        preferences = preferences.with_item(
            Preference("learning_curve", "low", hard=True, limit=months)
        )
    if (remote := answers[REMOTE_STEP]) in "01":
        preferences = preferences.with_item(Preference("remote", "high", hard=remote == "0"))
    if (pay := answers[PAY_STEP]) != "-" and (floor := PAY_FLOORS[int(pay)]) is not None:
        preferences = preferences.with_item(Preference("salary", "high", hard=True, limit=floor))
    person = Person(likes=tuple(likes), dislikes=tuple(dislikes), values=tuple(values))
    return person, preferences


def answered(answers: str) -> int:
    return sum(a != "-" for a in answers)


@cache
def _typed_words() -> dict[str, re.Pattern[str]]:
    table = load("guide")
    found = {
        key: re.compile(rf"^(?:{'|'.join(words)})$")
        for key, words in table.items()
        if key != "choices"
    }
    found["finish_last"] = re.compile(rf"(?:^|[.,;!?]\s*)(?:{'|'.join(table['finish'])})$")
    # "skip the questions, im 20 and i like being outside": said first, then what they tell
    found["finish_first"] = re.compile(rf"^(?:{'|'.join(table['finish'])})\s*[.,;!?]")
    found["hedge_before"] = re.compile(rf"^(?:{'|'.join(table['hedge_before'])})\b[\s,]*")
    found["hedge_after"] = re.compile(rf"[\s,]*\b(?:{'|'.join(table['hedge_after'])})$")
    return found


@cache
def _choices() -> dict[int, tuple[re.Pattern[str], ...]]:
    """Each later question's options as typed: the words that pick each one."""
    table = load("guide")["choices"]
    steps = {"matters": MATTERS_STEP, "schooling": SCHOOLING_STEP, "remote": REMOTE_STEP}
    steps["pay"] = PAY_STEP
    return {
        steps[name]: tuple(re.compile(rf"\b(?:{words})\b") for words in options)
        for name, options in table.items()
    }


_AMOUNT = re.compile(r"\$?\s*(\d{2,3})(?:[,.]?\d{3}|\s*k\b|\s*(?:thousand|grand)\b)?")


def _typed_choice(said: str, state: Guide) -> Guide | None:
    """A typed answer to a question of options: "pay and stability" ticks both and moves
    on; "maybe a year" is up to a year; "50k" is the $40k+ floor; the longest words
    that name an option pick it."""
    step = state.step
    patterns = _choices().get(step, ())
    if step == PAY_STEP and (amount := _AMOUNT.search(said)):
        pay = int(amount.group(1)) * 1000
        floors = [i for i, floor in enumerate(PAY_FLOORS) if floor is None or floor <= pay]
        return answer(state, floors[-1])
    if QUESTIONS[step].many:
        mask = sum(1 << i for i, pattern in enumerate(patterns) if pattern.search(said))
        return Guide(step + 1, _set(state.answers, step, DIGITS[mask])) if mask else None
    found = [(len(m.group(0)), -i, i) for i, p in enumerate(patterns) if (m := p.search(said))]
    return answer(state, max(found)[2]) if found else None


@cache
def _ends() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Each answer of liking as the first words of a longer reply, and as the last."""
    table = load("guide")
    return tuple(
        (
            re.compile(rf"^(?:{'|'.join(table[key])})\b"),
            re.compile(rf"\b(?:{'|'.join(table[key])})$"),
        )
        for key in ("like", "unsure", "dislike")
    )


#: a reply longer than this tells more than an answer ("no im not suicidal lol i just need
#: a job. i ran the shop…"): read as a message, never as its first or last word
_LONGEST_ANSWER = 8


def _said_first_or_last(said: str) -> int | None:
    """The answer a longer reply starts with ("not really no", "yes definitely"), else ends
    with ("im good with people yeah"); the unsure answers before the others, so "not sure"
    is no "no"."""
    ends = _ends()
    for side in (0, 1):
        for choice in (1, 2, 0):
            if ends[choice][side].search(said):
                return choice
    return None


def _unhedged(said: str) -> str:
    """The answer without the words around it that change nothing: "actually yeah" is
    "yeah", "yeah i like that" is "yeah"."""
    words = _typed_words()
    while (shorter := words["hedge_before"].sub("", said, count=1)) != said and shorter:
        said = shorter
    while (shorter := words["hedge_after"].sub("", said, count=1)) != said and shorter:
        said = shorter
    return said


def typed(text: str, state: Guide) -> Guide | None:
    """A typed answer to the question shown ("skip", "yes", "2", "just show results"): the
    state it leads to; None when the message is no answer to it."""
    said = re.sub(r"^[^\w]+|[^\w]+$", "", text.casefold()).strip()
    words = _typed_words()
    if not any(words[key].match(said) for key in ("like", "unsure", "dislike", "skip")):
        said = _unhedged(said)
    question = QUESTIONS[state.step]
    finished = words["finish"].match(said) or words["finish_last"].search(said)
    if finished or words["finish_first"].match(said):
        return Guide(STEPS, state.answers)  # "ugh no. just show me what u got"
    if words["back"].match(said):
        return Guide(max(state.step - 1, 0), state.answers)
    if said.isascii() and said.isdigit() and 1 <= int(said) <= len(question.options):
        return answer(state, int(said) - 1)
    if question.options == LIKERT:
        for choice, key in enumerate(("like", "unsure", "dislike")):
            if words[key].match(said):
                return answer(state, choice)
        skipped = words["skip"].match(said)
        short = len(said.split()) <= _LONGEST_ANSWER
        if not skipped and short and (first := _said_first_or_last(said)) is not None:
            return answer(state, first)  # "yes i love science stuff"
    if words["skip"].match(said):
        return Guide(state.step + 1, state.answers)
    if question.options != LIKERT:
        return _typed_choice(said, state)
    return None
