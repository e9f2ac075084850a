"""Sentences drawn from a comparison: "choose A if you…", the conclusion, the verdict.

Every sentence follows from a figure; a tie is said to be a tie, and nothing claims a
winner the data does not give. What is said about each attribute is its row's phrases in
``careers.criteria``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from careerbot.careers.comparison import Comparison, Unranked
from careerbot.careers.criteria import BY_NAME, RANKED, Attribute, AttributeName
from careerbot.careers.formatting import joined, money, risk_label, short_names, value_text
from careerbot.careers.model import Career, Flag
from careerbot.careers.skills import Transition, skill_head, unrated_note


@dataclass(frozen=True, slots=True)
class Advice:
    choose_a: tuple[str, ...]
    choose_b: tuple[str, ...]
    both: tuple[str, ...]
    conclusion: str
    verdict: str


def _flag(career: Career, name: Literal["remote", "coding"]) -> bool | None:
    figure = getattr(career, name)
    return figure.value if isinstance(figure, Flag) else None


def _fields(attribute: Attribute, winner: Career, loser: Career) -> dict[str, str]:
    return {
        "winner": winner.title,
        "loser": loser.title,
        "pair": f"{attribute.say(winner)} vs {attribute.say(loser)}",
        "measure": risk_label(winner.ai_risk),
    }


def _choose(cmp: Comparison, side: Literal["a", "b"]) -> list[str]:
    mine, theirs = (cmp.a, cmp.b) if side == "a" else (cmp.b, cmp.a)
    reasons = [
        phrases.choose.format(**_fields(BY_NAME[name], mine, theirs))
        for name in RANKED
        if cmp.attributes[name].better == side and (phrases := BY_NAME[name].phrases)
    ]
    low_mine = mine.salary.low if mine.salary else None
    low_theirs = theirs.salary.low if theirs.salary else None
    tied_ceiling = cmp.attributes["salary"].better == "tie"
    if tied_ceiling and low_mine and low_theirs and low_mine > low_theirs:
        reasons.append(f"Want a higher salary floor ({money(low_mine)} vs {money(low_theirs)})")
    if _flag(mine, "remote") and _flag(theirs, "remote") is False:
        reasons.append("Want to work remotely")
    coding_mine, coding_theirs = _flag(mine, "coding"), _flag(theirs, "coding")
    if coding_mine and coding_theirs is False:
        reasons.append("Enjoy writing and debugging code")
    if coding_mine is False and coding_theirs:
        reasons.append("Would rather not write code")
    if mine.category != theirs.category:
        reasons.append(f"Are drawn to {mine.category}")
    only = cmp.skills.a_only if side == "a" else cmp.skills.b_only
    if only:
        reasons.append(f"Like the sound of: {skill_head(only[0])}")
    return reasons


def _both(cmp: Comparison) -> list[str]:
    a, b = cmp.a, cmp.b
    lines = []
    if _flag(a, "remote") and _flag(b, "remote"):
        lines.append("remote-friendly")
    if _flag(a, "coding") and _flag(b, "coding"):
        lines.append("require coding")
    if a.category == b.category:
        lines.append(a.category)
    if a.difficulty and b.difficulty and a.difficulty.level == b.difficulty.level:
        lines.append(f"{a.difficulty.level} difficulty")
    return lines


def _sentence(cmp: Comparison, name: AttributeName) -> str | None:
    attr, attribute = cmp.attributes[name], BY_NAME[name]
    if attr.unranked is Unranked.DIFFERENT_MEASURES:
        na, nb = cmp.a.title, cmp.b.title
        return (
            f"Their AI figures are different measures ({na}: {risk_label(cmp.a.ai_risk)} "
            f"{value_text(attr.a)}; {nb}: {risk_label(cmp.b.ai_risk)} {value_text(attr.b)}), "
            "so neither is called lower."
        )
    phrases = attribute.phrases
    if attr.better is None or phrases is None:
        return None
    if attr.better == "tie":
        return phrases.tie.format(value=attribute.say(cmp.a), measure=risk_label(cmp.a.ai_risk))
    winner, loser = (cmp.a, cmp.b) if attr.better == "a" else (cmp.b, cmp.a)
    return phrases.win.format(
        **{**_fields(attribute, winner, loser), "measure": risk_label(cmp.a.ai_risk)}
    )


def _skills_sentence(cmp: Comparison) -> str:
    s = cmp.skills
    total = len(s.a_only) + len(s.b_only) + len(s.shared)
    measure = (
        f"a {s.similarity_pct:g}% skills similarity"
        if s.similarity_pct is not None
        else f"{len(s.shared)} of {total} skills in common"
    )
    if s.transition is Transition.NOT_ESTIMATED:
        return f"They have {measure}; {unrated_note(cmp.a, cmp.b)}."
    return f"They have {measure}, so switching between them is {s.transition.value}."


def _verdict(cmp: Comparison) -> str:
    short_a, short_b = short_names(cmp.a, cmp.b)
    wins_a = [BY_NAME[n].verdict for n in cmp.winners("a")]
    wins_b = [BY_NAME[n].verdict for n in cmp.winners("b")]
    ties = [BY_NAME[n].verdict for n in cmp.winners("tie")]
    parts = []
    if wins_a:
        parts.append(f"{short_a} leads on {joined(wins_a)}")
    if wins_b:
        parts.append(f"{short_b} {'on' if wins_a else 'leads on'} {joined(wins_b)}")
    if not parts:
        # Figures one side does not publish are not a tie; never call them level.
        if len(ties) == len(RANKED):
            return "Level on every ranked figure: decide on the skills and the work itself."
        level = f"Level on {joined(ties)}; no" if ties else "No"
        return f"{level} other figure can be ranked for both: decide on the skills and the work."
    if ties:
        every_other = len(wins_a) + len(wins_b) + len(ties) == len(RANKED)
        parts.append(
            f"tied on the other {len(ties)}"
            if len(ties) > 2 and every_other
            else f"tied on {joined(ties)}"
        )
    return "; ".join(parts) + "."


def advise(cmp: Comparison) -> Advice:
    sentences = [s for n in RANKED if (s := _sentence(cmp, n))]
    sentences.append(_skills_sentence(cmp))
    return Advice(
        choose_a=tuple(_choose(cmp, "a")),
        choose_b=tuple(_choose(cmp, "b")),
        both=tuple(_both(cmp)),
        conclusion=" ".join(sentences),
        verdict=_verdict(cmp),
    )
