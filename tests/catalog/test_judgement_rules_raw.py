"""Demand and preparation read against the raw rows (BLS EP table 1.2, the BLS crosswalk,
O*NET's Education, Training, and Experience), the rules restated here independently of the
build's code; skipped when the public files are absent."""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from catalog_build_helpers import onet_code

from careerbot.careers.model import Career, CatalogFile

EP = "bls_ep_2024_34/ep_2024_34_table_1_2_occupational_projections.csv"
ETE = "onet_29_3/Education, Training, and Experience.txt"
CROSSWALK = "crosswalks/bls_onet_soc_to_nem_crosswalk_2023-09-06.csv"
GROWTH = "Employment change, percent, 2024–34"
OPENINGS = "Occupational openings, 2024–34 annual average"
SELF_EMPLOYED = "Percent self employed, 2024"
TRAINING = "Typical on-the-job training needed to attain competency in the occupation"
#: O*NET's on-the-job and in-plant training categories, as months (the categories' own bounds)
TRAINING_MONTHS = {
    1: (0, 0),
    2: (0, 1),
    3: (1, 3),
    4: (3, 6),
    5: (6, 12),
    6: (12, 24),
    7: (24, 48),
    8: (48, 120),
    9: (120, None),
}


def _rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


@pytest.fixture(scope="module")
def by_code(built: CatalogFile) -> dict[str, Career]:
    return {onet_code(c): c for c in built.careers}


@pytest.fixture(scope="module")
def nem(raw_dir: Path) -> dict[str, str]:
    return {r["O*NET-SOC Code"]: r["NEM Code"] for r in _rows(raw_dir / CROSSWALK)}


@pytest.fixture(scope="module")
def ep(raw_dir: Path) -> dict[str, dict[str, str]]:
    return {r["2024 National Employment Matrix code"]: r for r in _rows(raw_dir / EP)}


@pytest.fixture(scope="module")
def answers(raw_dir: Path) -> dict[str, dict[str, dict[int, float]]]:
    found: dict[str, dict[str, dict[int, float]]] = {}
    for row in _rows(raw_dir / ETE, "\t"):
        if row["Scale ID"] in ("RL", "RW", "PT", "OJ"):
            scale = found.setdefault(row["O*NET-SOC Code"], {}).setdefault(row["Scale ID"], {})
            scale[int(row["Category"])] = float(row["Data Value"])
    return found


def test_demand_is_growth_and_openings_as_published(
    by_code: dict[str, Career], nem: dict[str, str], ep: dict[str, dict[str, str]]
) -> None:
    carried = Counter(nem[code] for code in by_code)
    for code, career in by_code.items():
        row, demand = ep[nem[code]], career.demand
        assert demand is not None
        assert demand.score is None  # no blend of growth and openings
        assert demand.growth_pct == float(row[GROWTH])
        assert demand.annual_openings == int(Decimal(row[OPENINGS]) * 1000)
        published = row[SELF_EMPLOYED].strip()
        expected = None if published in ("—", "-", "") else float(published)
        assert demand.self_employed_pct == expected, career.title
        assert demand.shared_by == carried[nem[code]], career.title


@pytest.mark.parametrize(
    ("code", "column", "raw"),
    [
        ("29-1243.00", OPENINGS, "0"),  # pediatric surgeons: fewer than 50 a year
        ("31-1121.00", OPENINGS, "765.8"),  # home health aides, on the line they share
        ("31-1122.00", OPENINGS, "765.8"),  # personal care aides
        ("41-9022.00", SELF_EMPLOYED, "53.7"),  # real estate sales agents
        ("41-1012.00", GROWTH, "0"),  # non-retail sales supervisors: flat
        ("29-1243.00", GROWTH, "1.5"),
        ("51-2031.00", GROWTH, "-21.1"),  # engine and other machine assemblers
        ("51-4052.00", GROWTH, "-4.7"),  # pourers and casters
    ],
)
def test_the_issues_demand_figures_are_the_raw_rows(
    nem: dict[str, str], ep: dict[str, dict[str, str]], code: str, column: str, raw: str
) -> None:
    assert Decimal(ep[nem[code]][column]) == Decimal(raw)


def _most_common(shares: dict[int, float]) -> int:
    return max(sorted(shares), key=lambda c: (shares[c], -c))


#: O*NET's on-the-job training categories within EP's bands (a month or less; over a month
#: up to a year; over a year)
BANDS = {
    "Short-term on-the-job training": (1, 2),
    "Moderate-term on-the-job training": (3, 4, 5),
    "Long-term on-the-job training": (6, 7, 8, 9),
}


#: the share of respondents an answer within EP's band needs to set the length (restated)
FEW_ANSWERS_PCT = 25.0


def test_training_is_onets_most_common_answer_within_eps_band(
    by_code: dict[str, Career],
    answers: dict[str, dict[str, dict[int, float]]],
    nem: dict[str, str],
    ep: dict[str, dict[str, str]],
) -> None:
    checked = 0
    for code, career in by_code.items():
        found = answers.get(code, {})
        shares = found.get("OJ") or found.get("PT")
        band = BANDS.get(ep[nem[code]][TRAINING])
        if shares is None or band is None:
            continue
        within = {c: shares.get(c, 0.0) for c in band if shares.get(c, 0.0) > 0}
        if not within:
            continue
        top = _most_common(within)
        expected = TRAINING_MONTHS[top]
        assert career.learning_curve is not None
        stage = next((s for s in career.learning_curve.stages if s.kind == "training"), None)
        if within[top] < FEW_ANSWERS_PCT:
            # an answer fewer than a quarter give sets no length: EP's band stands
            assert stage is not None, career.title
            assert stage.source is None, career.title
            assert stage.category == ep[nem[code]][TRAINING], career.title
        elif expected == (0, 0):
            assert stage is None, career.title
        else:
            assert stage is not None, career.title
            assert (stage.months, stage.months_max) == expected, career.title
            assert stage.source == "onet-29.3"
        checked += 1
    assert checked > 400


@pytest.mark.parametrize(
    "example",
    [
        # nurse anesthetists: 56% a doctorate (59% with first professional degrees)
        ("29-1151.00", "RL", 11, 55.56, "Doctoral or professional degree"),
        # power-line installers: EP's "over a year"; 4–10 years, the most common answer (27%)
        ("49-9051.00", "OJ", 8, 26.86, "4–10 years of on-the-job training"),
        # truck drivers: more than half need a high school diploma only
        ("53-3032.00", "RL", 2, 54.34, "High school diploma or equivalent"),
    ],
)
def test_the_issues_preparation_examples_follow_the_raw_rows(
    by_code: dict[str, Career],
    answers: dict[str, dict[str, dict[int, float]]],
    example: tuple[str, str, int, float, str],
) -> None:
    code, scale, category, share, said = example
    assert answers[code][scale][category] == share
    curve = by_code[code].learning_curve
    assert curve is not None
    assert said in {s.category for s in curve.stages} | {s.text for s in curve.stages}


def test_nurse_anesthetists_mostly_ask_for_related_experience(
    answers: dict[str, dict[str, dict[int, float]]], by_code: dict[str, Career]
) -> None:
    """81% of O*NET's respondents name over a year of related work; the COA asks a year."""
    over_a_year = sum(v for c, v in answers["29-1151.00"]["RW"].items() if c >= 6)
    assert over_a_year == pytest.approx(81.48, abs=0.01)
    curve = by_code["29-1151.00"].learning_curve
    assert curve is not None
    assert any(s.kind == "experience" and s.months == 12 for s in curve.stages)
