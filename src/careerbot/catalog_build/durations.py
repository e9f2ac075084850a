"""The categories of the way into an occupation, as lengths of time, and how a length is
said: BLS EP's education, training and experience categories read through BLS's own
definitions, the professional degrees and residencies whose length their accreditors fix,
and the SOC groups whose degrees are in the occupation's own field (docs/catalog-build.md,
"Learning time")."""

from __future__ import annotations

import re

MONTHS = 12

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
#: O*NET's on-the-job training categories within each of EP's bands: short-term up to a
#: month, moderate-term over a month up to a year, long-term over a year
BANDS: dict[str, tuple[int, ...]] = {
    "Short-term on-the-job training": (1, 2),
    "Moderate-term on-the-job training": (3, 4, 5),
    "Long-term on-the-job training": (6, 7, 8, 9),
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


def span(low: int, high: int | None) -> str:
    """Months as people say them: "up to a month", "3–6 months", "4–10 years", "10+ years"."""
    if high is None:
        return f"{low // MONTHS}+ years"
    if low == 0:
        return "up to a month" if high <= 1 else f"up to {high} months"
    if high <= MONTHS:
        return f"{low}–{high} months"
    if high % MONTHS:  # "18–30 months", never "1–2 years"
        return f"{low}–{high} months"
    if low < MONTHS:
        return f"{low} months–{high // MONTHS} years"
    if low % MONTHS:
        return f"{low}–{high} months"
    return f"{low // MONTHS}–{high // MONTHS} years"


def duration(months: int) -> str:
    """12 -> "a year", 24 -> "2 years", 6 -> "6 months"."""
    if months % MONTHS:
        return f"{months} months"
    years = months // MONTHS
    return "a year" if years == 1 else f"{years} years"


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
    if round(low / MONTHS) == round(high / MONTHS):
        return f"about {years(low)}"
    return f"{round(low / MONTHS)}–{years(high)}"
