"""Sentences drawn from a comparison: "choose A if you…", the conclusion, the verdict.

Every sentence follows from a figure; a tie is said to be a tie, and nothing claims a
winner the data does not give. What is said about each attribute is its row's phrases in
``careers.criteria``; figures that are not ranked (exposure to LLMs, figures from different
sources) are stated side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from careerbot.careers.comparison import Comparison, Unranked
from careerbot.careers.criteria import BY_NAME, RANKED, Attribute, AttributeName
from careerbot.careers.demand import openings, openings_cell
from careerbot.careers.formatting import (
    agreeing,
    joined,
    money,
    risk_label,
    short_names,
    thousands,
    value_text,
)
from careerbot.careers.model import Career, Flag
from careerbot.careers.skills import skill_head
from careerbot.careers.switching import Switch, Transition, harder


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


#: the names careers go by in a sentence, by slug
Names = Mapping[str, str]


def _fields(
    attribute: Attribute, first: Career, second: Career, names: Names | None = None
) -> dict[str, str]:
    winner, loser = (
        (names[first.slug], names[second.slug]) if names else (first.title, second.title)
    )
    return {
        "winner": winner,
        "loser": loser,
        "pair": f"{attribute.say(first)} vs {attribute.say(second)}",
        "value": attribute.say(first),
        "measure": risk_label(first.ai_risk),
    }


def _choose(cmp: Comparison, side: Literal["a", "b"]) -> list[str]:
    mine, theirs = (cmp.a, cmp.b) if side == "a" else (cmp.b, cmp.a)
    reasons = []
    for name in RANKED:
        attribute = BY_NAME[name]
        phrases = attribute.phrasing(attribute.measure(mine), mine)
        if cmp.attributes[name].better == side and phrases:
            reasons.append(phrases.choose.format(**_fields(attribute, mine, theirs)))
    low_mine = mine.salary.low if mine.salary else None
    low_theirs = theirs.salary.low if theirs.salary else None
    tied_pay = cmp.attributes["salary"].better == "tie"
    if tied_pay and low_mine and low_theirs and thousands(low_mine) > thousands(low_theirs):
        reasons.append(f"Want a higher salary floor ({money(low_mine)} vs {money(low_theirs)})")
    if _flag(mine, "remote") and _flag(theirs, "remote") is False:
        reasons.append("Want work that can be done from home")
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
        lines.append("can be done from home")
    if _flag(a, "coding") and _flag(b, "coding"):
        lines.append("require coding")
    if a.category == b.category:
        lines.append(a.category)
    if a.difficulty and b.difficulty and a.difficulty.level == b.difficulty.level:
        lines.append(f"{a.difficulty.level} difficulty")
    return lines


def _side_by_side(cmp: Comparison, name: AttributeName, why: str, names: Names | None) -> str:
    attr = cmp.attributes[name]
    noun = BY_NAME[name].noun
    said_a, said_b = value_text(attr.a, short=False), value_text(attr.b, short=False)
    if name == "ai_risk":
        labels = {risk_label(cmp.a.ai_risk), risk_label(cmp.b.ai_risk)}
        if len(labels) == 1:
            noun = labels.pop()
        else:
            noun = "AI figures"
            said_a = f"{risk_label(cmp.a.ai_risk)} {said_a}"
            said_b = f"{risk_label(cmp.b.ai_risk)} {said_b}"
    noun = noun[:1].upper() + noun[1:]
    name_a, name_b = (names[cmp.a.slug], names[cmp.b.slug]) if names else (cmp.a.title, cmp.b.title)
    return f"{noun}: {name_a} {said_a}; {name_b} {said_b} ({why})."


def attribute_sentence(
    cmp: Comparison, name: AttributeName, *, names: Names | None = None
) -> str | None:
    """What the comparison says about one attribute: who leads, a tie, or both figures side
    by side with why neither is ranked; None where it says nothing. ``names``: the careers
    by the names they go by ("HVAC Mechanics"), by slug, for an answer read on a phone."""
    attr, attribute = cmp.attributes[name], BY_NAME[name]
    match attr.unranked:
        case Unranked.DIFFERENT_SOURCES:
            return _side_by_side(cmp, name, "different sources, so neither is ranked", names)
        case Unranked.DIFFERENT_MEASURES:
            return _side_by_side(cmp, name, "different measures, so neither is ranked", names)
        case Unranked.NOT_RANKED:
            return _side_by_side(cmp, name, EXPOSURE_SHOWN, names)
    if attr.better is None:
        return None
    winner, loser = (cmp.a, cmp.b) if attr.better in ("a", "tie") else (cmp.b, cmp.a)
    phrases = attribute.phrasing(attribute.measure(cmp.a), winner)
    if phrases is None:
        return None
    if attr.better == "tie":
        return phrases.tie.format(**_fields(attribute, cmp.a, cmp.b, names))
    fields = _fields(attribute, winner, loser, names)
    return agreeing(phrases.win.format(**fields), fields["winner"])


#: why exposure to LLMs is shown side by side and never ranked
EXPOSURE_SHOWN = "shown, not ranked: exposure is not replacement"


def openings_sentence(cmp: Comparison) -> str | None:
    """Openings side by side: a count of jobs to fill, which grows with an occupation's size,
    so it is stated and never called higher demand."""
    if all(openings(c) is None for c in (cmp.a, cmp.b)):
        return None
    said = "; ".join(f"{c.title} {openings_cell(c)}" for c in (cmp.a, cmp.b))
    return f"Openings a year (BLS 2024–34, more in larger occupations): {said}."


def switch_text(switch: Switch) -> str:
    if not switch.reasons:
        return switch.difficulty.value
    return f"{switch.difficulty.value} ({'; '.join(switch.reasons)})"


def switch_sentence(cmp: Comparison) -> str:
    there, back = cmp.a_to_b, cmp.b_to_a
    if there.difficulty is Transition.NOT_ESTIMATED:
        return (
            "No switch estimate: the two careers' skills and entry requirements come from "
            "different sources."
        )
    estimated = (
        " Skills of one of them are estimated from related occupations."
        if (there.estimated)
        else ""
    )
    if there == back:
        return f"Switching between them: {switch_text(there)}.{estimated}"
    return (
        f"Switching from {cmp.a.title} to {cmp.b.title}: {switch_text(there)}. "
        f"The other way: {switch_text(back)}.{estimated}"
    )


def switch_label(cmp: Comparison) -> Transition:
    return harder(cmp.a_to_b, cmp.b_to_a)


def verdict(
    cmp: Comparison, names: tuple[str, str] | None = None, ties: bool = True, terse: bool = False
) -> str:
    """One line: who leads on what ("Registered Nurses leads on pay; Electricians on growth
    and entry; tied on time to learn"). ``names`` name the two (their short names unless
    given); without ``ties`` the figures tied go unsaid (the grid marks them =); ``terse``,
    for the least room, says each one's lead as a list ("Nurses: pay; Electricians: growth,
    entry"), the ties unsaid."""
    short_a, short_b = names or short_names(cmp.a, cmp.b)
    if terse:
        leads = [
            f"{name}: {', '.join(BY_NAME[n].verdict(BY_NAME[n].measure(cmp.a)) for n in won)}"
            for name, won in ((short_a, cmp.winners("a")), (short_b, cmp.winners("b")))
            if won
        ]
        return "; ".join(leads) + "." if leads else "No figure sets them apart."

    def said(name: AttributeName) -> str:
        return BY_NAME[name].verdict(BY_NAME[name].measure(cmp.a))

    wins_a = [said(n) for n in cmp.winners("a")]
    wins_b = [said(n) for n in cmp.winners("b")]
    ties_said = [said(n) for n in cmp.winners("tie")]
    parts = []
    if wins_a:
        parts.append(agreeing(f"{short_a} leads on {joined(wins_a)}", short_a))
    if wins_b:
        said_b = f"{short_b} {'on' if wins_a else 'leads on'} {joined(wins_b)}"
        parts.append(agreeing(said_b, short_b))
    if not parts:
        # Figures one side does not publish are not a tie; never call them level.
        if not ties:  # the grid shows what is level (=) and what is not published (—)
            return "No figure sets them apart: decide on the skills and the work."
        if len(ties_said) == len(RANKED):
            return "Level on every ranked figure: decide on the skills and the work itself."
        level = f"Level on {joined(ties_said)}; no" if ties_said else "No"
        return f"{level} other figure can be ranked for both: decide on the skills and the work."
    if ties_said and ties:
        every_other = len(wins_a) + len(wins_b) + len(ties_said) == len(RANKED)
        parts.append(
            f"tied on the other {len(ties_said)}"
            if len(ties_said) > 2 and every_other
            else f"tied on {joined(ties_said)}"
        )
    return "; ".join(parts) + "."


def _skills_sentence(cmp: Comparison) -> str:
    s = cmp.skills
    total = len(s.a_only) + len(s.b_only) + len(s.shared)
    kind = "top skills" if cmp.a.skill_importance and cmp.b.skill_importance else "listed skills"
    return f"They share {len(s.shared)} of {total} {kind}."


def advise(cmp: Comparison) -> Advice:
    sentences = [s for n in RANKED if (s := attribute_sentence(cmp, n))]
    if said := openings_sentence(cmp):
        sentences.append(said)
    sentences.append(_skills_sentence(cmp))
    sentences.append(switch_sentence(cmp))
    return Advice(
        choose_a=tuple(_choose(cmp, "a")),
        choose_b=tuple(_choose(cmp, "b")),
        both=tuple(_both(cmp)),
        conclusion=" ".join(sentences),
        verdict=verdict(cmp),
    )
