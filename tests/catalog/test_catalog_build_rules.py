"""The documented rules, on their own (no data needed)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from careerbot.catalog_build import preparation as prep
from careerbot.catalog_build.onet import dedupe_aliases, short_zone_name
from careerbot.catalog_build.output import run_build
from careerbot.catalog_build.projections import percentile_ranks
from careerbot.catalog_build.rules import shorten_description, slugify, unique_slugs
from careerbot.catalog_build.tables import parse_decimal, to_int
from careerbot.catalog_build.technology import Technology, ToolChooser, coding_flag
from careerbot.catalog_build.telework import Telework


def test_slugs() -> None:
    assert slugify("Accountants and Auditors") == "accountants-and-auditors"
    assert (
        slugify("Computer Systems Engineers/Architects") == "computer-systems-engineers-architects"
    )
    assert slugify("Police and Sheriff's Patrol Officers") == "police-and-sheriffs-patrol-officers"
    slugs = unique_slugs({"11-1011.00": "Chief Executives", "11-1011.03": "Chief  Executives!"})
    assert slugs == {
        "11-1011.00": "chief-executives-11101100",
        "11-1011.03": "chief-executives-11101103",
    }


def test_not_published_is_none_never_zero() -> None:
    for mark in ("-", "—", "", "#", "*", "**"):
        assert parse_decimal(mark) is None
    assert parse_decimal("1,234.5") == Decimal("1234.5")
    assert to_int(parse_decimal("-")) is None


def test_description_is_cut_at_sentence_boundaries() -> None:
    text = "First sentence here. " + "Second sentence. " * 30
    short = shorten_description(text, limit=60)
    assert short == "First sentence here. Second sentence. Second sentence."
    assert shorten_description("One. Two.", limit=300) == "One. Two."
    assert shorten_description("A" * 400 + ". B.", limit=300) == "A" * 400 + "."


HS = "High school diploma or equivalent"
BACHELORS = "Bachelor's degree"


@pytest.mark.parametrize(
    ("education", "training", "experience", "licensed", "level"),
    [
        (HS, "Short-term on-the-job training", "None", False, "Low"),
        (HS, "Apprenticeship", "None", False, "Medium"),  # electricians, plumbers
        (HS, "Moderate-term on-the-job training", "None", True, "Medium"),  # a licence
        ("No formal educational credential", "None", "Less than 5 years", False, "Medium"),
        ("Associate's degree", "None", "None", False, "Medium"),
        (BACHELORS, "None", "None", False, "High"),
        (HS, "None", "5 years or more", False, "High"),
        ("Doctoral or professional degree", "Internship/residency", "None", True, "High"),
    ],
)
def test_the_entry_barrier_rises_with_degree_training_licence_and_experience(
    education: str, training: str, experience: str, licensed: bool, level: str
) -> None:
    stages = prep.stages("47-2111.00", 3, education, training, experience)
    barrier = prep.entry_barrier(education, training, experience, licensed, stages)
    assert barrier is not None
    assert barrier.level == level
    assert ("a licence or certification" in barrier.reasons) is licensed


def test_an_unknown_category_is_no_barrier() -> None:
    assert prep.entry_barrier("Bachelor's degree", "None", "—", False, ()) is None


PHYSICIANS = ("29-1215.00", 5, "Doctoral or professional degree", "Internship/residency", "None")
CASHIERS = (
    "41-2011.00",
    2,
    "No formal educational credential",
    "Short-term on-the-job training",
    "None",
)


@pytest.mark.parametrize(
    ("categories", "months", "label"),
    [
        (
            ("23-1011.00", 5, "Doctoral or professional degree", "None", "None"),
            (84, 84),
            "about 7 years",
        ),
        (PHYSICIANS, (132, 180), "11–15 years"),
        (("29-1141.00", 4, BACHELORS, "None", "None"), (48, 60), "about 4 years"),
        (("47-2111.00", 3, HS, "Apprenticeship", "None"), (36, 60), "3–5 years"),
        (CASHIERS, (0, 1), "under a month"),
        (("11-1011.00", 5, BACHELORS, "None", "5 years or more"), (108, None), "9+ years"),
        (("29-2061.00", 3, "Postsecondary nondegree award", "None", "None"), (12, 24), "1–2 years"),
    ],
)
def test_learning_time_adds_education_training_and_experience(
    categories: tuple[str, int, str, str, str], months: tuple[int, int | None], label: str
) -> None:
    stages = prep.stages(*categories)
    assert prep.total_months(stages) == months
    assert prep.duration_label(*months) == label


def test_a_certificate_is_narrowed_to_its_job_zone() -> None:
    (education,) = prep.stages("29-2061.00", 3, "Postsecondary nondegree award", "None", "None")
    assert (education.months, education.months_max) == (12, 24)  # zone 3: 1–2 years
    (short,) = prep.stages("31-1131.00", 2, "Postsecondary nondegree award", "None", "None")
    assert (short.months, short.months_max) == (3, 12)  # zone 2: a few months to a year


@pytest.mark.parametrize(
    ("evidence", "licensed"),
    [
        ({"training": "Internship/residency"}, True),
        ({"certification": 4.2}, True),
        ({"certification": 3.9}, False),
        ({"titles": ["Licensed Electrician"]}, True),
        ({"titles": ["Journeyman Electrician"]}, False),
        ({"tasks": ["Maintain current electrician's license."]}, True),
        ({"tasks": ["Work under the supervision of licensed nurses."]}, False),
        ({"description": "Licensing or registration required."}, True),
    ],
)
def test_a_licence_needs_evidence_in_the_files(evidence: dict[str, object], licensed: bool) -> None:
    given = {
        "training": "None",
        "certification": None,
        "titles": [],
        "tasks": [],
        "description": "",
    }
    found = prep.licence_evidence(**{**given, **evidence})  # type: ignore[arg-type]
    assert bool(found) is licensed


def test_job_zone_names() -> None:
    assert short_zone_name("Job Zone Four: Considerable Preparation Needed") == (
        "Considerable preparation"
    )
    assert short_zone_name("Job Zone One: Little or No Preparation Needed") == (
        "Little or no preparation"
    )


def test_percentile_ranks_are_mid_ranks() -> None:
    ranks = percentile_ranks({"a": Decimal(1), "b": Decimal(2), "c": Decimal(2), "d": Decimal(5)})
    assert [float(ranks[k]) for k in "abcd"] == [0.125, 0.5, 0.5, 0.875]


def _tools(*names: str) -> list[Technology]:
    return [
        Technology(n, "Object or component oriented development software", False, False)
        for n in names
    ]


DATA = _tools("Python", "R", "Structured query language SQL", "SAS")


@pytest.mark.parametrize(
    ("importance", "tools", "estimated", "coding"),
    [
        ({"Programming": 3.0}, [], False, True),  # programming "important"
        ({"Programming": 2.1, "Mathematics": 4.2}, DATA, False, True),  # actuaries
        ({"Programming": 2.1, "Mathematics": 4.2}, DATA[:3], False, False),
        ({"Programming": 2.6, "Mathematics": 2.0}, DATA, False, False),  # desktop publishers
        ({"Programming": 1.9, "Mathematics": 4.5}, DATA, False, False),
        ({"Programming": 3.5}, _tools(*(f"L{i}" for i in range(12))), True, False),
        ({}, DATA, False, None),
    ],
)
def test_coding_rule(
    importance: dict[str, float], tools: list[Technology], estimated: bool, coding: bool | None
) -> None:
    assert coding_flag(importance, tools, estimated) is coding


def test_tools_come_from_the_field_not_a_vendor_nobody_near_it_uses() -> None:
    def tech(name: str, kind: str = "Medical software", in_demand: bool = False) -> Technology:
        return Technology(name, kind, hot=True, in_demand=in_demand)

    chooser = ToolChooser(
        {
            "nurse": [
                tech("Epic"),
                tech("Dentrix"),
                tech("Microsoft Excel", "Spreadsheet software"),
                tech("Mozilla Firefox", "Internet browser software"),
                tech("Meditech", in_demand=True),
            ],
            "peer1": [tech("Epic"), tech("Cerner")],
            "peer2": [tech("Epic"), tech("Cerner")],
            "peer3": [tech("Cerner")],
            # the rest of a catalog, so the field's tools are rare across all of it
            **{f"other{i}": [tech(f"Tool{i}", "Other software")] for i in range(20)},
        }
    )
    assert chooser.tools("nurse", ["peer1", "peer2", "peer3"]) == [
        "Epic",
        "Meditech",
        "Microsoft Office",
    ]


@pytest.mark.parametrize(
    ("algorithmic", "manual", "verdict"),
    [
        ("1", "1", "yes"),
        ("1", "0.75", "yes"),
        ("1", "0", "partly"),  # nannies, athletes: the two classifications disagree
        ("0", "1", "partly"),
        ("0", "0.25", "no"),
        ("0.5", "0.5", "partly"),
        (None, "1", "yes"),
        ("1", None, "partly"),
    ],
)
def test_remote_is_yes_only_when_both_classifications_say_so(
    algorithmic: str | None, manual: str | None, verdict: str
) -> None:
    telework = Telework(
        mean=None if algorithmic is None else Decimal(algorithmic),
        codes_2010=(),
        manual=None if manual is None else Decimal(manual),
    )
    assert telework.verdict == verdict


def test_aliases_dedupe() -> None:
    names = ["RN", "Staff Nurse", "staff nurse", "Registered Nurses", " RN "]
    assert dedupe_aliases("Registered Nurses", names) == ("RN", "Staff Nurse")


def test_run_build_reports_missing_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_build(tmp_path / "nowhere", tmp_path / "out.json.gz") == 2
    assert "catalog build failed" in capsys.readouterr().err
    assert not (tmp_path / "out.json.gz").exists()
