"""Derived figures read against the raw public files, as a labour economist would check them:
the test reads BLS and O*NET rows itself and restates each rule, never calling the build's
own code for the expectation."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from catalog_build_helpers import onet_code

from careerbot.careers.model import Career, CatalogFile
from careerbot.catalog_build.licences import TABLE as LICENCES

EP = "bls_ep_2024_34/ep_2024_34_table_1_2_occupational_projections.csv"
EDUCATION = "Typical education needed for entry"
EXPERIENCE = "Work experience in a related occupation"
TRAINING = "Typical on-the-job training needed to attain competency in the occupation"
#: the least time each entry credential takes, in months (BLS: an associate's is about two
#: years full time; a bachelor's at least four; a master's one or two more; a doctorate or
#: professional degree at least three beyond the bachelor's)
LEAST_MONTHS = {
    "No formal educational credential": 0,
    "High school diploma or equivalent": 0,
    "Some college, no degree": 0,
    "Postsecondary nondegree award": 0,
    "Associate's degree": 24,
    "Bachelor's degree": 48,
    "Master's degree": 60,
    "Doctoral or professional degree": 84,
}
LEVELS = ("Low", "Medium", "High")
#: the education alone sets at least this barrier
EDUCATION_FLOOR = {
    "No formal educational credential": "Low",
    "High school diploma or equivalent": "Low",
    "Some college, no degree": "Medium",
    "Postsecondary nondegree award": "Medium",
    "Associate's degree": "Medium",
    "Bachelor's degree": "High",
    "Master's degree": "High",
    "Doctoral or professional degree": "High",
}


def _rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


@pytest.fixture(scope="module")
def entry(raw_dir: Path) -> dict[str, dict[str, str]]:
    """BLS EP's entry categories per O*NET-SOC code, through the BLS crosswalk."""
    nem = {
        r["O*NET-SOC Code"]: r["NEM Code"]
        for r in _rows(raw_dir / "crosswalks/bls_onet_soc_to_nem_crosswalk_2023-09-06.csv")
    }
    projections = {r["2024 National Employment Matrix code"]: r for r in _rows(raw_dir / EP)}
    return {code: projections[n] for code, n in nem.items() if n in projections}


@pytest.fixture(scope="module")
def by_code(built: CatalogFile) -> dict[str, Career]:
    return {onet_code(c): c for c in built.careers}


@pytest.fixture(scope="module")
def onet(raw_dir: Path) -> dict[str, dict[str, dict[int, float]]]:
    """O*NET's Education, Training, and Experience answers: code -> scale -> category -> %."""
    found: dict[str, dict[str, dict[int, float]]] = {}
    for row in _rows(raw_dir / "onet_29_3/Education, Training, and Experience.txt", "\t"):
        if row["Scale ID"] in ("RL", "RW", "PT", "OJ"):
            scales = found.setdefault(row["O*NET-SOC Code"], {})
            scales.setdefault(row["Scale ID"], {})[int(row["Category"])] = float(row["Data Value"])
    return found


@pytest.fixture(scope="module")
def licence_rows() -> list[dict[str, str]]:
    return _rows(LICENCES)


#: O*NET RL categories as EP's education categories (certificates after a degree are that
#: degree; post-doctoral training a doctorate)
RL_AS_EP = dict(
    enumerate(
        [
            "No formal educational credential",
            "High school diploma or equivalent",
            "Postsecondary nondegree award",
            "Some college, no degree",
            "Associate's degree",
            "Bachelor's degree",
            "Bachelor's degree",
            "Master's degree",
            "Master's degree",
            "Doctoral or professional degree",
            "Doctoral or professional degree",
            "Doctoral or professional degree",
        ],
        start=1,
    )
)
ORDER = list(LEAST_MONTHS)


def chosen_education(
    code: str, row: dict[str, str], rl: dict[int, float] | None, licences: list[dict[str, str]]
) -> str:
    """The rule, restated: EP's education unless more than half of O*NET's respondents name
    one other level (not a certificate beside an apprenticeship); raised to what a licence
    of the table needs."""
    education = row[EDUCATION]
    shares: dict[str, float] = {}
    for category, share in (rl or {}).items():
        shares[RL_AS_EP[category]] = shares.get(RL_AS_EP[category], 0.0) + share
    if shares:
        top = max(shares, key=lambda level: shares[level])
        apprenticed = row[TRAINING] == "Apprenticeship" and top == "Postsecondary nondegree award"
        if shares[top] > 50 and not apprenticed:
            education = top
    for licence in licences:
        needed = licence["education"]
        if (
            needed
            and re.match(licence["soc"], code)
            and ORDER.index(needed) > ORDER.index(education)
        ):
            education = needed
    return education


def test_no_learning_time_ends_before_its_entry_degree_is_finished(
    by_code: dict[str, Career],
    entry: dict[str, dict[str, str]],
    onet: dict[str, dict[str, dict[int, float]]],
    licence_rows: list[dict[str, str]],
) -> None:
    for code, career in by_code.items():
        curve = career.learning_curve
        assert curve is not None, code
        assert curve.months is not None
        education = chosen_education(code, entry[code], onet.get(code, {}).get("RL"), licence_rows)
        least = LEAST_MONTHS[education]
        assert curve.months >= least, (career.title, curve.label)
        top = curve.months_max if curve.months_max is not None else curve.months
        assert top >= least


def test_learning_time_names_what_it_is_made_of(
    by_code: dict[str, Career],
    entry: dict[str, dict[str, str]],
    onet: dict[str, dict[str, dict[int, float]]],
    licence_rows: list[dict[str, str]],
) -> None:
    for code, career in by_code.items():
        assert career.learning_curve is not None
        stages = {s.kind: s for s in career.learning_curve.stages}
        row, answers = entry[code], onet.get(code, {})
        education = chosen_education(code, row, answers.get("RL"), licence_rows)
        assert stages["education"].category == education, career.title
        training = stages.get("training")
        if row[TRAINING] in ("Apprenticeship", "Internship/residency"):
            assert training is not None
            assert training.category == row[TRAINING]
        elif training is not None and training.source == "onet-29.3":
            assert training.share is not None  # how many of O*NET's respondents said it
        experience = stages.get("experience")
        # experience is a stage of its own and never learning time
        learned = sum(s.months for s in career.learning_curve.stages if s.kind != "experience")
        assert career.learning_curve.months == learned
        if experience is not None and experience.source is None:
            assert experience.category == row[EXPERIENCE]


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("23-1011.00", "about 7 years"),  # lawyers: bachelor's + JD
        ("29-1215.00", "11–15 years"),  # family physicians: + MD + residency
        ("29-1141.00", "about 4 years"),  # registered nurses: bachelor's
        ("47-2111.00", "3–5 years"),  # electricians: apprenticeship
        ("47-2152.00", "3–5 years"),  # plumbers
        ("15-1254.00", "about 4 years"),  # web developers: bachelor's
        ("41-2011.00", "under a month"),  # cashiers
    ],
)
def test_learning_time_examples(by_code: dict[str, Career], code: str, label: str) -> None:
    curve = by_code[code].learning_curve
    assert curve is not None
    assert curve.label == label


def test_the_entry_barrier_is_at_least_what_the_degree_and_experience_set(
    by_code: dict[str, Career],
    entry: dict[str, dict[str, str]],
    onet: dict[str, dict[str, dict[int, float]]],
    licence_rows: list[dict[str, str]],
) -> None:
    for code, career in by_code.items():
        barrier, curve = career.entry_barrier, career.learning_curve
        assert barrier is not None
        assert curve is not None
        row = entry[code]
        floor = EDUCATION_FLOOR[
            chosen_education(code, row, onet.get(code, {}).get("RL"), licence_rows)
        ]
        experience = next((s for s in curve.stages if s.kind == "experience"), None)
        if experience is not None and experience.months >= 60:
            floor = "High"
        elif experience is not None and experience.months_max != 0 and floor == "Low":
            floor = "Medium"
        if row[TRAINING] in ("Apprenticeship", "Internship/residency") and floor == "Low":
            floor = "Medium"
        for licence in licence_rows:
            if licence["required"] == "yes" and re.match(licence["soc"], code):
                floor = max(floor, licence["barrier"], key=LEVELS.index)
        assert LEVELS.index(barrier.level) >= LEVELS.index(floor), (career.title, barrier)


@pytest.mark.parametrize(
    ("code", "level"),
    [
        ("47-2111.00", "Medium"),
        ("47-2152.00", "Medium"),
        ("41-2011.00", "Low"),
        ("23-1011.00", "High"),
    ],
)
def test_entry_barrier_examples(by_code: dict[str, Career], code: str, level: str) -> None:
    barrier = by_code[code].entry_barrier
    assert barrier is not None
    assert barrier.level == level


@pytest.mark.parametrize(
    ("code", "coding"),
    [
        ("15-2011.00", True),  # actuaries: R, Python, SQL, SAS
        ("19-3011.00", True),  # economists
        ("19-2011.00", True),  # astronomers
        ("19-1029.01", True),  # bioinformatics scientists
        ("43-9031.00", False),  # desktop publishers
        ("15-1252.00", True),  # software developers
        ("13-2011.00", False),  # accountants
    ],
)
def test_coding_examples(by_code: dict[str, Career], code: str, coding: bool) -> None:
    flag = by_code[code].coding
    assert flag is not None
    assert flag.value is coding


def test_every_tool_shown_is_one_onet_lists_for_the_occupation(
    raw_dir: Path, by_code: dict[str, Career]
) -> None:
    listed: dict[str, set[str]] = {}
    for row in _rows(raw_dir / "onet_29_3/Technology Skills.txt", "\t"):
        listed.setdefault(row["O*NET-SOC Code"], set()).add(row["Example"])
    for code, career in by_code.items():
        for tool in career.tools:
            assert tool == "Microsoft Office" or tool in listed[code], (career.title, tool)


@pytest.mark.parametrize(
    ("code", "oddity"),
    [
        ("29-1141.00", "Henry Schein Dentrix"),
        ("47-2152.00", "Microsoft Active Server Pages ASP"),
        ("51-4121.00", "Oracle Database"),
        ("23-1011.00", "Google Analytics"),
    ],
)
def test_no_one_vendor_oddity_among_the_tools(
    by_code: dict[str, Career], code: str, oddity: str
) -> None:
    career = by_code[code]
    assert oddity not in career.tools
    assert oddity not in career.skills


def test_skills_are_onet_skills_and_tools_stand_apart(by_code: dict[str, Career]) -> None:
    for career in by_code.values():
        assert set(career.skills) <= set(career.skill_importance)
        assert not set(career.skills) & set(career.tools)


def test_a_career_carrying_a_wider_bls_group_names_it(by_code: dict[str, Career]) -> None:
    testers = by_code["15-1299.04"]  # penetration testers: "Computer Occupations, All Other"
    assert testers.bls_group is not None
    assert "All Other" in testers.bls_group
    assert by_code["29-1141.00"].bls_group is None
    assert sum("All Other" in (c.bls_group or "") for c in by_code.values()) == 64
