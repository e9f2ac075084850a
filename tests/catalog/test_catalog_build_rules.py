"""The documented rules, on their own (no data needed)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from careerbot.catalog_build import barrier, figures
from careerbot.catalog_build import preparation as prep
from careerbot.catalog_build.durations import duration_label, span
from careerbot.catalog_build.licences import licence_evidence, licences_for, load_licences
from careerbot.catalog_build.onet import dedupe_aliases, short_zone_name
from careerbot.catalog_build.onet_education import Distribution
from careerbot.catalog_build.output import run_build
from careerbot.catalog_build.projections import Projection
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
CERTIFICATE = "Postsecondary nondegree award"


def _entry(
    code: str,
    education: str,
    training: str = "None",
    experience: str = "None",
    onet: dict[str, dict[int, float]] | None = None,
) -> prep.Entry:
    distributions = {scale: Distribution(scale, shares) for scale, shares in (onet or {}).items()}
    return prep.Entry(
        code,
        education,
        training,
        experience,
        onet=distributions,
        names={},
        licences=licences_for(code),
    )


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
    entry = _entry("11-9199.00", education, training, experience)
    found = barrier.entry_barrier(prep.stages(entry), training, licensed, ())
    assert found.level == level
    assert ("a licence or certification" in found.reasons) is licensed


@pytest.mark.parametrize(
    ("code", "level", "named"),
    [
        ("33-3051.00", "Medium", "POST certification"),  # police: the academy
        ("33-3051.04", "Medium", "CBP screening and academy"),
        ("53-2031.00", "Medium", "FAA flight attendant certificate"),
        ("49-9021.00", "Medium", "EPA 608 certification"),
    ],
)
def test_a_licence_of_the_table_sets_its_floor_and_is_named(
    code: str, level: str, named: str
) -> None:
    entry = _entry(code, HS, "Moderate-term on-the-job training")
    found = barrier.entry_barrier(prep.stages(entry), entry.training, False, entry.licences)
    assert found.level == level
    assert named in found.reasons
    assert all("(" in said for said in found.licences)  # each with its source


def test_an_unknown_category_makes_no_preparation() -> None:
    projection = Projection("11-1011", "Chief executives", True, None, None, None, HS, "—", "None")
    assert figures.categories(projection) is None


PHYSICIANS = ("29-1215.00", "Doctoral or professional degree", "Internship/residency", "None")
CASHIERS = ("41-2011.00", "No formal educational credential", "Short-term on-the-job training")


@pytest.mark.parametrize(
    ("categories", "months", "label"),
    [
        (("23-1011.00", "Doctoral or professional degree"), (84, 84), "about 7 years"),
        (PHYSICIANS, (132, 180), "11–15 years"),
        (("29-1141.00", BACHELORS), (48, 48), "about 4 years"),
        (("47-2111.00", HS, "Apprenticeship"), (36, 60), "3–5 years"),
        (CASHIERS, (0, 1), "under a month"),
        # experience is not learning time: chief executives learn in a bachelor's
        (("11-1011.00", BACHELORS, "None", "5 years or more"), (48, 48), "about 4 years"),
        (("29-2061.00", CERTIFICATE), (12, 12), "about a year"),  # LPN: the table's year
        (("31-9091.00", CERTIFICATE), (1, 24), "1 month–2 years"),  # no length published
    ],
)
def test_learning_time_adds_education_and_training_not_experience(
    categories: tuple[str, ...], months: tuple[int, int | None], label: str
) -> None:
    stages = prep.stages(_entry(*categories))
    assert prep.total_months(stages) == months
    assert duration_label(*months) == label


def test_a_majority_of_onet_respondents_replaces_eps_education() -> None:
    # nurse anesthetists: EP says a master's, 59% of O*NET's respondents a doctorate
    rl = {8: 40.74, 10: 3.70, 11: 55.56}
    entry = _entry("29-1151.00", "Master's degree", onet={"RL": rl})
    education = prep.education_stage(entry)
    assert education.category == "Doctoral or professional degree"
    assert education.share == 59.3
    # a plurality is not enough: dental assistants, 46% a certificate
    rl = {2: 28.61, 3: 46.04, 4: 17.06, 5: 8.29}
    assert prep.education_stage(_entry("31-9091.00", HS, onet={"RL": rl})).category == HS


def test_an_apprenticeships_certificate_is_the_apprenticeship() -> None:
    rl = {1: 2.0, 2: 31.0, 3: 62.0, 4: 2.0, 5: 2.0, 10: 1.0}  # electricians
    entry = _entry("47-2111.00", HS, "Apprenticeship", onet={"RL": rl})
    assert prep.education_stage(entry).category == HS


def test_training_is_onets_most_common_answer_within_eps_band() -> None:
    # power-line installers: 27% of answers say 4–10 years on the job, a wide spread
    oj = {1: 6.88, 2: 25.21, 3: 18.66, 4: 0.58, 5: 10.82, 7: 10.98, 8: 26.86}
    pt = {1: 14.6, 2: 18.08, 4: 18.08, 5: 11.99, 6: 2.81, 7: 10.62, 8: 16.69, 9: 7.14}
    entry = _entry("49-9051.00", HS, "Long-term on-the-job training", onet={"OJ": oj, "PT": pt})
    training = prep.training_stage(entry)
    assert (training.months, training.months_max) == (48, 120)
    assert training.share == 26.9
    assert training.spread is not None
    assert "up to a month" in training.spread
    # flight attendants: EP's moderate band (over a month, up to a year) holds O*NET's 1–3
    # months, though more answer "up to a month"
    moderate = "Moderate-term on-the-job training"
    entry = _entry("53-2031.00", HS, moderate, onet={"OJ": {2: 47.0, 3: 31.0, 5: 11.0}})
    assert prep.training_stage(entry).text == "1–3 months of on-the-job training"
    # EP names no training: only an answer more than half give counts
    assert (
        prep.training_stage(_entry("31-9091.00", HS, onet={"OJ": {5: 41.9, 3: 29.0}})).months_max
        == 0
    )
    assert prep.training_stage(_entry("31-9091.00", HS, onet={"OJ": {5: 51.0}})).months == 6


def test_a_licence_may_raise_the_experience_and_experience_is_apart() -> None:
    entry = _entry("29-1151.00", "Master's degree")
    stages = prep.stages(entry)
    experience = next(s for s in stages if s.kind == "experience")
    assert (experience.months, experience.months_max) == (12, None)  # COA: a year as an RN
    assert prep.total_months(stages) == (84, 84)  # a nursing bachelor's + the doctorate


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
    found = licence_evidence(**{**given, **evidence})  # type: ignore[arg-type]
    assert bool(found) is licensed


def test_every_licence_row_names_its_source() -> None:
    rows = load_licences()
    assert len(rows) >= 25
    for row in rows:
        assert row.source, row.name
        assert row.url.startswith("https://"), row.name


def test_a_distribution_says_its_most_common_answer_and_its_middle_half() -> None:
    spread = Distribution("OJ", {1: 10.0, 2: 40.0, 3: 20.0, 8: 30.0})
    assert spread.most_common() == 2
    assert spread.middle_half() == (2, 8)
    assert spread.wide()
    assert not Distribution("OJ", {4: 30.0, 5: 50.0, 6: 20.0}).wide()


def test_job_zone_names() -> None:
    assert short_zone_name("Job Zone Four: Considerable Preparation Needed") == (
        "Considerable preparation"
    )
    assert short_zone_name("Job Zone One: Little or No Preparation Needed") == (
        "Little or no preparation"
    )


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


@pytest.mark.parametrize(
    ("low", "high", "said"),
    [
        (18, 30, "18–30 months"),
        (12, 48, "1–4 years"),
        (6, 24, "6 months–2 years"),
        (3, 6, "3–6 months"),
    ],
)
def test_a_span_of_months_is_said_without_rounding_it_down(low: int, high: int, said: str) -> None:
    # (an FAA A&P certificate's 18–30 months is no "1–2 years")
    assert span(low, high) == said
