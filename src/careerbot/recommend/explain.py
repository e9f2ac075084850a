"""Why a career is on a person's shortlist: one to three reasons, each from a named source."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from math import floor

from careerbot.careers.criteria import BY_NAME
from careerbot.careers.demand import BORROWED, borrowed
from careerbot.careers.fields import BY_NAME as FIELDS
from careerbot.careers.formatting import agreeing, short_title
from careerbot.careers.model import Career
from careerbot.careers.traits import FAMILIES, Test, Trait, descriptor_label, descriptor_value
from careerbot.recommend.moves import Move
from careerbot.recommend.preferences import Preferences

MOST = 3
EXAMPLE_CHARS = 70


@dataclass(frozen=True, slots=True)
class Reason:
    text: str
    #: the source's id in the catalog ("onet-29.3", "bls-oews-2025")
    source: str


def said(trait: Trait) -> str:
    """How the person's wish is named in a reason: "you like animals"."""
    if trait.kind == "value":
        return f"you value {trait.label}"
    if trait.measure.wants_low:
        return f"you want {trait.label}"
    return f"you like {trait.label}"


def evidence(career: Career, test: Test) -> str | None:
    """What the descriptor says of the career, when the test passes: "Biology knowledge
    4.4/5", "9 of 21 O*NET tasks mention animals, e.g. “Examine animals…”"."""
    if not test.passes(career):
        return None
    if test.family == "field":
        if test.name == "office" and not (career.soc or "").startswith("43-"):
            # office work is BLS's office group, or work that can be done from home
            return "work that can be done from home (Dingel & Neiman)"
        field = FIELDS.get(test.name)
        return f"filed under {field.label if field else test.name} (O*NET and BLS groups)"
    if test.family in _BLS:
        shown = _shown(test, descriptor_value(career, test.family))
        return {
            "growth": f"growth {shown} 2024–34 (BLS Projections)",
            "openings": f"{shown} openings a year (BLS Projections)",
            "self_employed": f"{shown} of its workers are self-employed (BLS Projections, 2024)",
        }[test.family]
    descriptors = career.descriptors
    if test.family == "topic" and test.wants_low:
        return None  # a topic wanted (nearly) absent is no reason to show a career
    if test.family == "topic" and descriptors is not None:
        topic = descriptors.topics[test.name]
        example = topic.example
        if len(example) > EXAMPLE_CHARS:
            example = example[:EXAMPLE_CHARS].rsplit(" ", 1)[0] + "…"
        return f"{topic.count} of {topic.of} O*NET tasks mention {test.subject}, e.g. “{example}”"
    family = FAMILIES.get(test.family)
    value = test.value(career)
    if family is None or value is None:
        return None
    # a rating wanted low says which way it reads: "Stress Tolerance 3.2/5" alone reads as
    # the stress, not how much the work asks of one's tolerance for it
    low = " (O*NET; lower: the work asks less of it)" if test.wants_low else " (O*NET)"
    return f"{family[0].format(name=test.name)} {value:.1f}{family[1]}{low}"


def trait_reason(career: Career, trait: Trait) -> Reason | None:
    found = [e for t in trait.tests if (e := evidence(career, t)) is not None]
    if not found or not trait.has(career):
        return None
    source = career.descriptors.source if career.descriptors else "onet-29.3"
    if trait.measure.family in _BLS and career.demand is not None:
        source = career.demand.source
    extra = [e for t in trait.require if (e := evidence(career, t)) is not None]
    shown = list(dict.fromkeys([*found[:2], *extra]))  # a requirement may repeat a test
    return Reason(f"{said(trait)}: {'; '.join(shown)}", source)


#: how much lower than the job's a rating must be to be clearly less of it: about twice the
#: standard error O*NET publishes for a work style's importance (0.1 to 0.15)
CLEARLY_LESS = 0.3


def clearly_less(career: Career, trait: Trait, current: Career) -> bool:
    """Whether a career has clearly less than the job held of a condition wished low
    ("burnt out, want something calmer": a 911 dispatcher's Stress Tolerance 4.8, at most
    4.5)."""
    now, value = trait.measure.value(current), trait.measure.value(career)
    return now is not None and value is not None and value <= now - CLEARLY_LESS


def less_than_now(career: Career, trait: Trait, current: Career) -> Reason | None:
    """A condition wished low that a move has clearly less of than the job held, though
    not little of it: "you want low stress, less than now: Stress Tolerance (work style)
    4.5/5 vs 4.8 for Emergency Dispatchers (O*NET; lower: the work asks less of it)"."""
    if trait.has(career) or not clearly_less(career, trait, current):
        return None
    family = FAMILIES.get(trait.measure.family)
    value, now = trait.measure.value(career), trait.measure.value(current)
    if family is None or value is None or now is None:
        return None
    name = family[0].format(name=trait.measure.name)
    source = career.descriptors.source if career.descriptors else "onet-29.3"
    return Reason(
        f"{said(trait)}, less than now: {name} {value:.1f}{family[1]} vs {now:.1f} for "
        f"{short_title(current)} (O*NET; lower: the work asks less of it)",
        source,
    )


def lacking(career: Career, trait: Trait) -> str:
    """What the descriptor that fails says of a career that does not have the trait: the
    main one, or where that passes, the requirement that does not (graphic designers are
    17.7% self-employed, but their Independence value is under the 5.5 being one's own
    boss also asks)."""
    test = trait.measure
    if any(t.passes(career) for t in trait.tests):
        test = next((t for t in trait.require if not t.passes(career)), test)
    value = test.value(career)
    label = descriptor_label(test)
    if value is None:
        return f"{label} not published"
    if test.family == "topic":
        return f"{value:g} O*NET tasks mention {test.subject}"
    if test.family == "field":
        return f"not filed under {label}"
    family = FAMILIES.get(test.family)
    scale = family[1] if family else ("%" if test.family in _BLS_PERCENT else "")
    bound = test.low if test.low is not None else test.high
    side = "at least" if test.low is not None else "at most"
    # 3.96 is said so, not as 4.0 beside "it counts from at least 4"
    near = bound is not None and abs(round(value, 1) - bound) < 1e-9
    shown = f"{value:.2f}" if near else f"{value:.1f}"
    return f"{label} {shown}{scale} (it counts from {side} {bound:g})"


#: BLS Employment Projections' descriptors that are percentages
_BLS_PERCENT = frozenset({"growth", "self_employed"})
#: the descriptors BLS's Employment Projections publish, not O*NET
_BLS = frozenset({"growth", "openings", "self_employed"})
#: what a descriptor's value says, for a reader who does not know O*NET's scales
_MEANS = {
    "style": ", how important it is in the work",
    "knowledge": ", how important it is in the work",
    "skill": ", how important it is in the work",
    "value": ", how far the work offers it",
    "interest": ", how much the work suits that interest",
}


def asked_of(
    careers: list[Career],
    traits: list[Trait],
    unjudged: tuple[str, ...],
    everyone: Sequence[Career] = (),
    disliked: frozenset[str] = frozenset(),
) -> list[str]:
    """A wish asked of careers on screen ("which is less stressful?"): what the descriptor the
    wish is judged on says of each, named as that descriptor, and where it stands among
    ``everyone`` ("is being a vet stressful?": higher than most); or that no source rates
    it. A trait ``disliked`` ("for someone who hates chem") is wished for the least of."""
    lines = []
    for trait in traits:
        test = trait.measure
        against = trait.name in disliked
        if test.family == "field":  # careerbot's own field, in it or not: said so
            held = ", ".join(
                f"{short_title(c)} {'yes' if test.value(c) else 'no'}" for c in careers
            )
            lines.append(
                f"{trait.label[:1].upper()}{trait.label[1:]}: no source rates it as such; the "
                f"nearest is careerbot's field of {FIELDS[test.name].label} (drawn from SOC "
                f"groups and O*NET; the rules: /about): {held}."
            )
            continue
        all_values = sorted(v for c in everyone if (v := test.value(c)) is not None)
        values = [
            f"{short_title(c)} {_shown(test, test.value(c))}"
            f"{_in_brackets(standing(test.value(c), all_values))}"
            for c in careers
        ]
        meaning = _MEANS.get(test.family, "")
        source = "BLS Projections'" if test.family in _BLS else "O*NET's"
        label = f"not {trait.label}" if against else trait.label
        line = (
            f"{label[:1].upper()}{label[1:]}: no source rates it as such; the "
            f"nearest published measure is {source} {descriptor_label(test)}{meaning}: "
            f"{', '.join(values)}."
        )
        lines.append(" ".join([line, *_nearer(careers, trait, against)]))
    lines.extend(
        f"No source we use rates {name}: the card shows what is published."
        for name in dict.fromkeys(unjudged)  # "better hours, like work life balance": once
    )
    return lines


def _nearer(careers: list[Career], trait: Trait, against: bool = False) -> list[str]:
    """Which of the careers that measure puts nearest the wish (``against``: the wish to be
    away from the trait), in plain words; level where their values show the same once
    rounded."""
    test = trait.measure
    valued = [(c, v) for c in careers if (v := test.value(c)) is not None]
    if len(valued) < 2 or len(valued) != len(careers):
        return []
    shown = {c.slug: _shown(test, v) for c, v in valued}
    if len(set(shown.values())) == 1:
        return ["On that measure they are level."]
    low = test.wants_low != against
    best = min(valued, key=lambda cv: cv[1]) if low else max(valued, key=lambda cv: cv[1])
    ties = [c for c, _ in valued if shown[c.slug] == shown[best[0].slug]]
    if len(ties) > 1:
        return []
    close = [c for c, v in valued if abs(v - best[1]) < CLEARLY_LESS]
    if test.family not in _BLS and len(close) == len(valued):
        # 4.6 against 4.7 is within O*NET's margin: no career is nearer
        return [f"On that measure they are within {CLEARLY_LESS} of each other: about level."]
    if test.family not in _BLS and len(close) > 1:
        named = " and ".join(short_title(c) for c in close)
        return [f"On that measure, {named} come nearest, within {CLEARLY_LESS} of each other."]
    named = short_title(best[0])
    if len(valued) == 2:
        way = "lower" if low else "higher"
        return [agreeing(f"On that measure, {named} comes nearer ({way}).", named)]
    way = "lowest" if low else "highest"
    return [agreeing(f"On that measure, {named} comes nearest ({way}).", named)]


def standing(value: float | None, everyone: list[float]) -> str:
    """Where a value stands among all careers' ("higher than 85% of careers"); ``everyone``
    sorted; "" where it says little."""
    if value is None or len(everyone) < _FEW_CAREERS:
        return ""
    below = bisect_left(everyone, value) / len(everyone)
    above = 1 - bisect_right(everyone, value) / len(everyone)
    # rounded down: the highest of 929 is higher than 99% of careers, never 100%
    if below >= above:
        return f"higher than {floor(below * 100)}% of careers"
    return f"lower than {floor(above * 100)}% of careers"


def _in_brackets(said: str) -> str:
    return f" ({said})" if said else ""


#: fewer careers with the measure than this, and where one stands says little
_FEW_CAREERS = 20


def _shown(test: Test, value: float | None) -> str:
    """A descriptor's value in its own units."""
    if value is None:
        return "not published"
    if test.family == "growth":
        return f"{value:+g}%"
    if test.family == "openings":
        return f"{value:,.0f}"
    if test.family == "self_employed":
        return f"{value:g}%"
    if test.family == "topic":
        return f"{value:g} task{'' if value == 1 else 's'}"
    family = FAMILIES.get(test.family)
    return f"{value:.1f}{family[1] if family else ''}"


def move_reason(career: Career, found: Move) -> Reason:
    """A move's reason: the pay change and the switch ("from Waiters: pay $35k → $69k
    (+97%); switch moderate: …")."""
    parts = [found.switch_text()]
    if (pay := found.pay_text(career)) is not None:
        parts.insert(0, pay)
    source = career.salary.source if career.salary else "bls-ep-2024-34"
    return Reason(f"from {short_title(found.source)}: {'; '.join(parts)}", source)


def reasons_for(
    career: Career,
    wishes: list[Trait],
    preferences: Preferences,
    found: Move | None,
) -> tuple[Reason, ...]:
    out: list[Reason] = []
    #: the reasons that show pay or demand (a wider BLS line's, for some careers)
    figures: list[int] = []
    if found is not None:
        if found.pay_text(career) is not None:
            figures.append(len(out))
        out.append(move_reason(career, found))
    for trait in wishes:
        reason = trait_reason(career, trait)
        if reason is None and found is not None and trait.measure.wants_low:
            reason = less_than_now(career, trait, found.source)
        if reason is not None:
            out.append(reason)
    for preference in preferences.active:
        attribute = BY_NAME[preference.criterion]
        figure = attribute.figure(career)
        if figure is not None and not (found and preference.criterion == "salary"):
            if preference.criterion in BORROWED:
                figures.append(len(out))
            out.append(Reason(attribute.reason(career), figure.source))
    if not out:
        out.extend(_default_reasons(career))
        figures = list(range(len(out)))
    out = out[:MOST]
    # "$98k → $167k" to clinical research coordinators is the managers' line: said so
    shown = [i for i in figures if i < len(out)]
    if shown and (basis := borrowed(career)):
        first = out[shown[0]]
        out[shown[0]] = replace(first, text=first.text + basis)
    return tuple(out)


def _default_reasons(career: Career) -> list[Reason]:
    found = []
    for name in ("demand", "salary"):
        attribute = BY_NAME[name]
        figure = attribute.figure(career)
        if figure is not None:
            found.append(Reason(attribute.reason(career), figure.source))
    return found
