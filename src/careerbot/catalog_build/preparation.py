"""How people get into an occupation: the time it takes to learn the work, the experience it
asks for, and how high the barrier is (docs/catalog-build.md, "Learning time").

BLS Employment Projections assign each occupation a typical entry education, related work
experience and on-the-job training; O*NET's *Education, Training, and Experience* file says
how its respondents answered the same questions. Education and experience are EP's unless
more than half of O*NET's respondents give one other answer. Training is EP's band with its
length from O*NET: the most common answer within the band (EP's long-term "over a year" may
be four to ten years), and where EP names a programme of set length (an apprenticeship, a
residency) that programme. A licence or mandatory certificate (``licences``) may raise the
education or the experience and sets a floor of its own for the barrier. Experience is not
learning time: it is a stage of its own, counted apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from careerbot.careers.model import Stage, StageKind
from careerbot.catalog_build.durations import (
    BANDS,
    EDUCATION,
    EXPERIENCE,
    FIELD_DEGREE,
    MONTHS,
    PROFESSIONAL,
    PROGRAMMES,
    RESIDENCY,
    RL_SAID,
    TRAINING,
    duration,
    span,
)
from careerbot.catalog_build.licences import EDUCATION_LEVELS, Licence
from careerbot.catalog_build.onet_education import (
    EXPERIENCE_MONTHS,
    RL_EDUCATION,
    TRAINING_MONTHS,
    Distribution,
)
from careerbot.catalog_build.sources import EP, LICENCES, ONET

#: more than this share of O*NET's respondents must give one other answer to replace EP's
MAJORITY = 50.0
EDUCATION_ORDER = EDUCATION_LEVELS


@dataclass(frozen=True)
class Entry:
    """What the build knows of one occupation's way in."""

    code: str
    #: EP's three categories, verbatim
    education: str
    training: str
    experience: str
    #: O*NET's distributions by scale (RL, RW, PT, OJ); empty where O*NET has none
    onet: Mapping[str, Distribution]
    #: O*NET's category descriptions by (scale, category)
    names: Mapping[tuple[str, int], str]
    licences: tuple[Licence, ...] = ()
    #: SOC minor groups ("25-2") of the occupation and its O*NET related occupations
    related_groups: tuple[str, ...] = ()


def _months(years: float) -> int:
    return round(years * MONTHS)


def _rl_shares(rl: Distribution) -> dict[str, float]:
    """O*NET's RL answers summed by the EP category each one is."""
    shares: dict[str, float] = {}
    for category, share in rl.shares.items():
        named = RL_EDUCATION[category]
        shares[named] = shares.get(named, 0.0) + share
    return shares


def _education_choice(entry: Entry) -> tuple[str, str, float | None]:
    """(EP category, the source that set it, O*NET's share for it)."""
    category, source = entry.education, EP
    rl = entry.onet.get("RL")
    shares = _rl_shares(rl) if rl else {}
    top = max(shares, key=lambda c: shares[c]) if shares else None
    # a registered apprenticeship includes its own classroom instruction (29 CFR 29.5): a
    # certificate its workers name is that instruction, not a second credential
    apprenticed = entry.training == "Apprenticeship" and top == "Postsecondary nondegree award"
    if top and top != category and shares[top] > MAJORITY and not apprenticed:
        category, source = top, ONET
    for licence in entry.licences:
        wanted = licence.education
        if wanted and EDUCATION_ORDER.index(wanted) > EDUCATION_ORDER.index(category):
            category, source = wanted, LICENCES
    return category, source, round(shares[category], 1) if category in shares else None


def _spread(distribution: Distribution | None, said: tuple[str, ...] | None = None) -> str | None:
    if distribution is None or not distribution.wide():
        return None
    low, high = distribution.middle_half()
    months = TRAINING_MONTHS if distribution.scale in ("PT", "OJ") else EXPERIENCE_MONTHS
    words = (said[low], said[high]) if said else (span(*months[low]), span(*months[high]))
    return f"O*NET's answers vary widely: the middle half from {words[0]} to {words[1]}"


def education_stage(entry: Entry) -> Stage:
    category, source, share = _education_choice(entry)
    low, high, text = EDUCATION[category]
    if category == "Doctoral or professional degree":
        for pattern, years, professional in PROFESSIONAL:
            if re.match(pattern, entry.code):
                low = high = 4 + years
                text = professional
                break
    fixed = next((lic.months for lic in entry.licences if lic.months), None)
    if category == "Postsecondary nondegree award":
        if fixed is not None:
            low, high = fixed[0] / MONTHS, fixed[1] / MONTHS
            text += f" ({span(*fixed).replace('12–12 months', 'about a year')})"
        else:
            text += " (a few weeks to 2 years; its length is not published)"
    in_field = category in EDUCATION_ORDER[3:] and (
        category in EDUCATION_ORDER[6:]
        or category == "Postsecondary nondegree award"
        or bool(FIELD_DEGREE.match(entry.code))
        or any(lic.field_degree for lic in entry.licences)
    )
    return Stage(
        kind="education",
        category=category,
        text=text,
        months=_months(low),
        months_max=_months(high),
        source=None if source == EP else source,
        share=share,
        spread=_spread(entry.onet.get("RL"), RL_SAID),
        in_field=in_field,
    )


def _ep_stage(kind: StageKind, category: str, low: float, high: float | None, text: str) -> Stage:
    return Stage(
        kind=kind,
        category=category,
        text=text,
        months=_months(low),
        months_max=None if high is None else _months(high),
    )


#: the share of respondents (%) an answer within EP's band needs to set the training's length
FEW_ANSWERS = 25.0


def _onet_training(entry: Entry) -> int | None:
    """O*NET's on-the-job training answer that sets the length: the most common within
    EP's band (a long-term band of "over a year" is 1–2, 2–4, 4–10 or 10+ years), where at
    least a quarter of respondents give it; where EP
    names none, an answer more than half of respondents give."""
    answers = entry.onet.get("OJ") or entry.onet.get("PT")
    if answers is None:
        return None
    band = BANDS.get(entry.training)
    if band is not None:
        within = {c: answers.share(c) for c in band if answers.share(c) > 0}
        top = max(sorted(within), key=lambda c: within[c]) if within else None
        # an answer few give is no length: where the band's most common answer is given by
        # fewer than a quarter of respondents (musicians: 10+ years from 9.6% of answers,
        # most answering months), the band's own length stands
        return top if top is not None and within[top] >= FEW_ANSWERS else None
    if entry.training == "None":
        top = answers.most_common()
        return top if answers.share(top) > MAJORITY and TRAINING_MONTHS[top][1] != 0 else None
    return None


def training_stage(entry: Entry) -> Stage:
    training = entry.training
    category = None if training in PROGRAMMES else _onet_training(entry)
    if category is None:
        low, high, text = TRAINING[training]
        if training == "Internship/residency":
            for pattern, r_low, r_high, r_text in RESIDENCY:
                if re.match(pattern, entry.code):
                    low, high, text = r_low, r_high, r_text
                    break
        return _ep_stage("training", training, low, high, text)
    scale = "OJ" if "OJ" in entry.onet else "PT"
    answers = entry.onet[scale]
    low_m, high_m = TRAINING_MONTHS[category]
    kind = "on-the-job training" if scale == "OJ" else "employer classroom training"
    return Stage(
        kind="training",
        category=entry.names.get((scale, category), f"{scale} {category}"),
        text=f"{span(low_m, high_m)} of {kind}",
        months=low_m,
        months_max=high_m,
        source=ONET,
        share=round(answers.share(category), 1),
        spread=_spread(answers),
    )


def experience_stage(entry: Entry) -> Stage:
    low, high, text = EXPERIENCE[entry.experience]
    stage = _ep_stage("experience", entry.experience, low, high, text)
    rw = entry.onet.get("RW")
    # in an apprenticeship or a residency the work is the training: experience O*NET's
    # respondents name there is that programme, counted once, as training
    programme = entry.training in PROGRAMMES
    if rw is not None and not programme and rw.share(top := rw.most_common()) > MAJORITY:
        low_m, high_m = EXPERIENCE_MONTHS[top]
        stage = Stage(
            kind="experience",
            category=entry.names.get(("RW", top), f"RW {top}") or "None",
            text=f"{span(low_m, high_m)}' experience in a related job" if high_m != 0 else "",
            months=low_m,
            months_max=high_m,
            source=ONET,
            share=round(rw.share(top), 1),
        )
    for licence in entry.licences:
        needed = licence.experience_months
        if needed and needed > stage.months:
            stage = Stage(
                kind="experience",
                category=stage.category,
                text=f"at least {duration(needed)} of related work, as the licence requires",
                months=needed,
                months_max=None,
                source=LICENCES,
            )
    if stage.months_max == 0:
        return stage
    return stage.model_copy(update={"spread": _spread(rw), "counted_from": entry.related_groups})


def stages(entry: Entry) -> tuple[Stage, ...]:
    """The usual way in, in order; stages that take no time and name nothing are left out
    (a high school diploma is kept: it is the credential asked for)."""
    found = (education_stage(entry), training_stage(entry), experience_stage(entry))
    return tuple(s for s in found if s.months_max != 0 or s.kind == "education")


def total_months(found: tuple[Stage, ...]) -> tuple[int, int | None]:
    """Learning time: education and training, not experience."""
    learning = [s for s in found if s.kind != "experience"]
    low = sum(s.months for s in learning)
    if any(s.months_max is None for s in learning):
        return low, None
    return low, sum(s.months_max or 0 for s in learning)
