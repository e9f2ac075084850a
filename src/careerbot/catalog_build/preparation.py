"""How people get into an occupation: the time it takes and how high the barrier is.

Both come from BLS Employment Projections' three entry categories — typical education
needed for entry, work experience in a related occupation, typical on-the-job training —
read through BLS's own definitions of those categories (docs/catalog-build.md, "Learning
time"), with O*NET job zones as a cross-check that narrows the wide ones. The barrier also
rises for a licence, which no file records directly: it is read from the evidence O*NET and
BLS do publish (see ``licence_evidence``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerbot.careers.model import Level, Stage, StageKind

MONTHS = 12
#: typical full-time years after high school, low and high (BLS EP category definitions)
EDUCATION: dict[str, tuple[float, float, str]] = {
    "No formal educational credential": (0, 0, "no formal credential"),
    "High school diploma or equivalent": (0, 0, "a high school diploma"),
    "Some college, no degree": (0.5, 2, "some college courses"),
    "Postsecondary nondegree award": (0.25, 2, "a postsecondary certificate"),
    "Associate's degree": (2, 2, "an associate's degree"),
    "Bachelor's degree": (4, 5, "a bachelor's degree"),
    "Master's degree": (5, 6, "a bachelor's + master's degree"),
    "Doctoral or professional degree": (8, 10, "a bachelor's + doctorate"),
}
#: professional doctorates of a fixed length after the bachelor's, by O*NET-SOC prefix
#: (ABA: JD 3 years; LCME/COCA MD/DO, CODA DDS/DMD, AVMA DVM, ACOE OD, CPME DPM, ACPE
#: PharmD, AuD: 4 years; CAPTE DPT: 3 years)
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
)
#: on top of the education: BLS's bands (short-term: a month or less; moderate: over a
#: month, up to a year; long-term: over a year; apprenticeship: 3–5 years of 2,000 hours)
TRAINING: dict[str, tuple[float, float, str]] = {
    "None": (0, 0, ""),
    "Short-term on-the-job training": (0, 1 / 12, "a few weeks of on-the-job training"),
    "Moderate-term on-the-job training": (1 / 12, 1, "1–12 months of on-the-job training"),
    "Long-term on-the-job training": (1, 2, "over a year of on-the-job training"),
    "Apprenticeship": (3, 5, "an apprenticeship (3–5 years)"),
    "Internship/residency": (1, 2, "a supervised internship (1–2 years)"),
}
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
#: O*NET job zones' SVP ranges in years: a wide certificate or "some college" range is
#: narrowed to the occupation's zone where the two overlap
ZONE_YEARS: dict[int, tuple[float, float]] = {
    1: (0, 0.25),
    2: (0.25, 1),
    3: (1, 2),
    4: (2, 4),
    5: (4, 99),
}
NARROWED = frozenset({"Some college, no degree", "Postsecondary nondegree award"})


def _months(years: float) -> int:
    return round(years * MONTHS)


def _stage(kind: StageKind, category: str, low: float, high: float | None, text: str) -> Stage:
    return Stage(
        kind=kind,
        category=category,
        text=text,
        months=_months(low),
        months_max=None if high is None else _months(high),
    )


def education_stage(code: str, education: str, zone: int) -> Stage:
    low, high, text = EDUCATION[education]
    if education == "Doctoral or professional degree":
        for pattern, years, professional in PROFESSIONAL:
            if re.match(pattern, code):
                low = high = 4 + years
                text = professional
                break
    elif education in NARROWED:
        zone_low, zone_high = ZONE_YEARS[zone]
        if max(low, zone_low) <= min(high, zone_high):
            low, high = max(low, zone_low), min(high, zone_high)
    return _stage("education", education, low, high, text)


def training_stage(code: str, training: str) -> Stage:
    low, high, text = TRAINING[training]
    if training == "Internship/residency":
        for pattern, r_low, r_high, r_text in RESIDENCY:
            if re.match(pattern, code):
                low, high, text = r_low, r_high, r_text
                break
    return _stage("training", training, low, high, text)


def experience_stage(experience: str) -> Stage:
    low, high, text = EXPERIENCE[experience]
    return _stage("experience", experience, low, high, text)


def stages(
    code: str, zone: int, education: str, training: str, experience: str
) -> tuple[Stage, ...]:
    """The usual way in, in order; stages that take no time and name nothing are left out
    (a high school diploma is kept: it is the credential asked for)."""
    found = (
        education_stage(code, education, zone),
        training_stage(code, training),
        experience_stage(experience),
    )
    return tuple(s for s in found if s.months_max != 0 or s.kind == "education")


def total_months(found: tuple[Stage, ...]) -> tuple[int, int | None]:
    low = sum(s.months for s in found)
    if any(s.months_max is None for s in found):
        return low, None
    return low, sum(s.months_max or 0 for s in found)


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
        return f"{max(low, 1)}–{high} months" if low != high else f"about {high} months"
    if low < MONTHS:
        return f"{max(low, 1)} months–{years(high)}"
    if round(low / MONTHS) == round(high / MONTHS) or (high - low <= MONTHS and low >= 2 * MONTHS):
        return f"about {years(low)}"
    return f"{round(low / MONTHS)}–{years(high)}"


# Licences: no file records them, so the rule reads the evidence the files do publish.
#: "Licensed <occupation>" as a title the occupation goes by, or a CDL driver title
LICENSED_TITLE = re.compile(r"^(?:[A-Z][a-z]+ )?Licensed\b|\bCDL\b.*\b(?:Driver|Operator)\b")
LICENCE_TASK = re.compile(
    r"\b(?:maintain|renew|hold|obtain|keep)\b[^.;,]{0,40}\b(?:license|licence|licensure)\b", re.I
)
LICENCE_DESCRIPTION = re.compile(
    r"\b(?:must be licensed|licensing or registration required|licensure required|"
    r"licensed (?:to|by the state))\b",
    re.I,
)
#: "under the supervision of licensed…", "issues permits and licenses": someone else's
OTHERS_LICENCE = re.compile(
    r"(?:supervision|direction) of [^.]{0,40}licensed|permits? (?:or|and) licenses", re.I
)
#: O*NET "Job-Related Professional Certification" importance at "very important" or above
CERTIFICATION_IMPORTANT = 4.0


def licence_evidence(
    *,
    training: str,
    certification: float | None,
    titles: list[str],
    tasks: list[str],
    description: str,
) -> list[str]:
    """Why the occupation counts as licensed; empty when nothing says so."""
    found = []
    if training == "Internship/residency":
        found.append("BLS: internship/residency, which licensure usually requires")
    if certification is not None and certification >= CERTIFICATION_IMPORTANT:
        found.append(f"O*NET: professional certification importance {certification:.2f}")
    if licensed := next((t for t in titles if LICENSED_TITLE.search(t)), None):
        found.append(f"O*NET title: {licensed}")
    if any(LICENCE_TASK.search(t) and not OTHERS_LICENCE.search(t) for t in tasks):
        found.append("O*NET task: keeps a licence")
    if LICENCE_DESCRIPTION.search(description) and not OTHERS_LICENCE.search(description):
        found.append("O*NET description: licensing required")
    return found


EDUCATION_LEVEL: dict[str, Level] = {
    "No formal educational credential": "Low",
    "High school diploma or equivalent": "Low",
    "Some college, no degree": "Medium",
    "Postsecondary nondegree award": "Medium",
    "Associate's degree": "Medium",
    "Bachelor's degree": "High",
    "Master's degree": "High",
    "Doctoral or professional degree": "High",
}
EXPERIENCE_LEVEL: dict[str, Level] = {
    "None": "Low",
    "Less than 5 years": "Medium",
    "5 years or more": "High",
}
#: training a newcomer cannot simply be hired into
TRAINING_LEVEL: dict[str, Level] = {"Apprenticeship": "Medium", "Internship/residency": "Medium"}
_ORDER: tuple[Level, ...] = ("Low", "Medium", "High")


@dataclass(frozen=True)
class Barrier:
    level: Level
    reasons: tuple[str, ...]


def entry_barrier(
    education: str, training: str, experience: str, licensed: bool, found: tuple[Stage, ...]
) -> Barrier | None:
    """The highest floor set by the degree, related experience, an apprenticeship or a
    residency, and a licence; None when an EP value is not one of the known categories."""
    if education not in EDUCATION_LEVEL or experience not in EXPERIENCE_LEVEL:
        return None
    floors: list[Level] = [
        EDUCATION_LEVEL[education],
        EXPERIENCE_LEVEL[experience],
        TRAINING_LEVEL.get(training, "Low"),
        "Medium" if licensed else "Low",
    ]
    level = max(floors, key=_ORDER.index)
    reasons = [s.text for s in found if s.months_max != 0 and s.kind != "training"]
    reasons += [s.text for s in found if s.category in TRAINING_LEVEL]
    if licensed:
        reasons.append("a licence or certification")
    return Barrier(level, tuple(reasons))
