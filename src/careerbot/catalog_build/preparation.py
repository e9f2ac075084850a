"""How people get into an occupation: the time it takes to learn the work, the experience it
asks for, and how high the barrier is (docs/catalog-build.md, "Learning time").

BLS Employment Projections assign each occupation a typical entry education, related work
experience and on-the-job training; O*NET's *Education, Training, and Experience* file says
how its respondents answered the same questions. Education and experience are EP's unless
more than half of O*NET's respondents give one other answer. Training is O*NET's most common
answer (the longer of on-the-job and employer classroom training), since EP gives only bands,
except where EP names a programme of set length (an apprenticeship, a residency). A licence
or mandatory certificate (``licences``) may raise the education or the experience and sets a
floor of its own for the barrier. Experience is not learning time: it is a stage of its own,
counted apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from careerbot.careers.model import Stage, StageKind
from careerbot.catalog_build.licences import EDUCATION_LEVELS, Licence
from careerbot.catalog_build.onet_education import (
    EXPERIENCE_MONTHS,
    RL_EDUCATION,
    TRAINING_MONTHS,
    Distribution,
)
from careerbot.catalog_build.sources import EP, LICENCES, ONET

MONTHS = 12
#: more than this share of O*NET's respondents must give one other answer to replace EP's
MAJORITY = 50.0
EDUCATION_ORDER = EDUCATION_LEVELS
#: typical full-time years after high school, low and high (BLS EP category definitions:
#: a certificate "from a few weeks to 2 years", a bachelor's "usually 4 years")
EDUCATION: dict[str, tuple[float, float, str]] = {
    "No formal educational credential": (0, 0, "no formal credential"),
    "High school diploma or equivalent": (0, 0, "a high school diploma"),
    "Some college, no degree": (0.5, 2, "some college courses"),
    "Postsecondary nondegree award": (1 / 12, 2, "a postsecondary certificate"),
    "Associate's degree": (2, 2, "an associate's degree"),
    "Bachelor's degree": (4, 4, "a bachelor's degree"),
    "Master's degree": (5, 6, "a bachelor's + master's degree"),
    "Doctoral or professional degree": (8, 10, "a bachelor's + doctorate"),
}
#: professional doctorates of a fixed length after the bachelor's, by O*NET-SOC prefix
#: (ABA: JD 3 years; LCME/COCA MD/DO, CODA DDS/DMD, AVMA DVM, ACOE OD, CPME DPM, ACPE
#: PharmD, AuD: 4 years; CAPTE DPT: 3 years; COA nurse anesthesia doctorate: 36 months)
PROFESSIONAL: tuple[tuple[str, float, str], ...] = (
    ("23-1011|23-1012|23-1021|23-1023", 3, "a bachelor's + law degree (JD)"),
    ("29-12[1-4]", 4, "a bachelor's + medical degree (MD/DO)"),
    ("29-1011", 4, "a bachelor's + chiropractic degree"),
    ("29-1081", 4, "a bachelor's + podiatric degree"),
    ("29-102", 4, "a bachelor's + dental degree"),
    ("29-1131", 4, "a bachelor's + veterinary degree"),
    ("29-1041", 4, "a bachelor's + optometry degree"),
    ("29-1051", 4, "a bachelor's + pharmacy degree (PharmD)"),
    ("29-1181", 4, "a bachelor's + audiology doctorate"),
    ("29-1123", 3, "a bachelor's + physical therapy doctorate"),
    ("29-1151", 3, "a nursing bachelor's + nurse anesthesia doctorate"),
)
#: SOC groups whose degrees are in the occupation's own discipline: computing and
#: mathematics, architecture and engineering, the sciences, counselling and social work,
#: health practitioners and technologists (a licence row may say so for others)
FIELD_DEGREE = re.compile(r"15-[12]|17-[12]|19-|21-1|29-[12]")
#: BLS's bands (short-term: a month or less; moderate: over a month, up to a year; long-term:
#: over a year), used where O*NET publishes no distribution
TRAINING: dict[str, tuple[float, float, str]] = {
    "None": (0, 0, ""),
    "Short-term on-the-job training": (0, 1 / 12, "a few weeks of on-the-job training"),
    "Moderate-term on-the-job training": (1 / 12, 1, "1–12 months of on-the-job training"),
    "Long-term on-the-job training": (1, 2, "over a year of on-the-job training"),
    "Apprenticeship": (3, 5, "an apprenticeship (3–5 years)"),
    "Internship/residency": (1, 2, "a supervised internship (1–2 years)"),
}
#: programmes of set length: EP's category decides over O*NET's answers
PROGRAMMES = frozenset({"Apprenticeship", "Internship/residency"})
#: internships and residencies whose length the profession fixes (ACGME residencies 3–7
#: years; CODA dental specialties 2–6; CPME podiatry 3; NCARB's experience program ~3)
RESIDENCY: tuple[tuple[str, float, float, str], ...] = (
    ("29-12[1-4]", 3, 7, "a residency (3–7 years)"),
    ("29-102[234]", 2, 6, "a specialty residency (2–6 years)"),
    ("29-1081", 3, 3, "a residency (3 years)"),
    ("17-1011|17-1012|17-1022", 2, 3, "supervised practice (2–3 years)"),
)
#: None: open-ended
EXPERIENCE: dict[str, tuple[float, float | None, str]] = {
    "None": (0, 0, ""),
    "Less than 5 years": (1, 4, "1–4 years' experience in a related job"),
    "5 years or more": (5, None, "5+ years' experience in a related job"),
}
#: O*NET's RL categories as a spread is said
RL_SAID = (
    "",
    "less than high school",
    "high school",
    "a certificate",
    "some college",
    "an associate's",
    "a bachelor's",
    "a post-bachelor's certificate",
    "a master's",
    "a post-master's certificate",
    "a first professional degree",
    "a doctorate",
    "post-doctoral training",
)


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


def _span(low: int, high: int | None) -> str:
    """Months as people say them: "up to a month", "3–6 months", "4–10 years", "10+ years"."""
    if high is None:
        return f"{low // MONTHS}+ years"
    if low == 0:
        return "up to a month" if high <= 1 else f"up to {high} months"
    if high <= MONTHS:
        return f"{low}–{high} months"
    if low < MONTHS:
        return f"{low} months–{high // MONTHS} years"
    return f"{low // MONTHS}–{high // MONTHS} years"


def _duration(months: int) -> str:
    """12 -> "a year", 24 -> "2 years", 6 -> "6 months"."""
    if months % MONTHS:
        return f"{months} months"
    years = months // MONTHS
    return "a year" if years == 1 else f"{years} years"


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
    words = (said[low], said[high]) if said else (_span(*months[low]), _span(*months[high]))
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
            text += f" ({_span(*fixed).replace('12–12 months', 'about a year')})"
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


def training_stage(entry: Entry) -> Stage:
    training = entry.training
    if training in PROGRAMMES or not ({"OJ", "PT"} & entry.onet.keys()):
        low, high, text = TRAINING[training]
        if training == "Internship/residency":
            for pattern, r_low, r_high, r_text in RESIDENCY:
                if re.match(pattern, entry.code):
                    low, high, text = r_low, r_high, r_text
                    break
        return _ep_stage("training", training, low, high, text)
    # the longer of O*NET's two kinds of training, each its most common answer: they may
    # run side by side, so they are not added
    found = [(scale, d, d.most_common()) for scale in ("OJ", "PT") if (d := entry.onet.get(scale))]
    scale, distribution, category = max(
        found, key=lambda f: (TRAINING_MONTHS[f[2]][1] or 10_000, TRAINING_MONTHS[f[2]][0])
    )
    low_m, high_m = TRAINING_MONTHS[category]
    kind = "on-the-job training" if scale == "OJ" else "employer classroom training"
    return Stage(
        kind="training",
        category=entry.names.get((scale, category), f"{scale} {category}"),
        text=f"{_span(low_m, high_m)} of {kind}",
        months=low_m,
        months_max=high_m,
        source=ONET,
        share=round(distribution.share(category), 1),
        spread=_spread(distribution),
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
            text=f"{_span(low_m, high_m)}' experience in a related job" if high_m != 0 else "",
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
                text=f"at least {_duration(needed)} of related work, as the licence requires",
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


def duration_label(low: int, high: int | None) -> str:
    """As people say it: "under a month", "1–12 months", "about 4 years", "3–5 years",
    "5+ years"."""

    def years(months: int) -> str:
        count = round(months / MONTHS)
        return f"{count} year{'s' if count != 1 else ''}"

    if high is None:
        return f"{round(low / MONTHS)}+ years"
    if high <= 1:
        return "under a month"
    if high <= MONTHS:
        if low == high:
            return "about a year" if high == MONTHS else f"about {high} months"
        return f"{max(low, 1)}–{high} months"
    if low < MONTHS:
        start = max(low, 1)
        return f"{start} month{'s' if start != 1 else ''}–{years(high)}"
    if round(low / MONTHS) == round(high / MONTHS) or (high - low <= MONTHS and low >= 2 * MONTHS):
        return f"about {years(low)}"
    return f"{round(low / MONTHS)}–{years(high)}"
