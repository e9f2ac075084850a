"""The documented rules, on their own (no data needed)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from careerbot.catalog_build.onet import dedupe_aliases, short_zone_name
from careerbot.catalog_build.onet_skills import Technology, coding_flag, hot_technologies
from careerbot.catalog_build.output import run_build
from careerbot.catalog_build.projections import percentile_ranks
from careerbot.catalog_build.rules import (
    PREPARATION,
    entry_barrier,
    shorten_description,
    slugify,
    unique_slugs,
)
from careerbot.catalog_build.tables import parse_decimal, to_int


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


def test_entry_barrier_rule() -> None:
    assert entry_barrier("High school diploma or equivalent", "None") == "Low"
    assert entry_barrier("No formal educational credential", "Less than 5 years") == "Medium"
    assert entry_barrier("Associate's degree", "None") == "Medium"
    assert entry_barrier("Bachelor's degree", "None") == "High"
    assert entry_barrier("High school diploma or equivalent", "5 years or more") == "High"
    assert entry_barrier(None, "None") is None
    assert entry_barrier("Bachelor's degree", "—") is None


def test_job_zone_mapping() -> None:
    assert [PREPARATION[z].months for z in range(1, 6)] == [0, 3, 12, 24, 48]
    assert PREPARATION[5].months_max is None
    assert short_zone_name("Job Zone Four: Considerable Preparation Needed") == (
        "Considerable preparation"
    )
    assert short_zone_name("Job Zone One: Little or No Preparation Needed") == (
        "Little or no preparation"
    )


def test_percentile_ranks_are_mid_ranks() -> None:
    ranks = percentile_ranks({"a": Decimal(1), "b": Decimal(2), "c": Decimal(2), "d": Decimal(5)})
    assert [float(ranks[k]) for k in "abcd"] == [0.125, 0.5, 0.5, 0.875]


def test_coding_rule() -> None:
    tool = [
        Technology(f"Lang{i}", "Development environment software", False, False) for i in range(10)
    ]
    assert coding_flag({"Programming": Decimal("3.0")}, []) is True
    assert coding_flag({"Programming": Decimal("2.5")}, tool[:5]) is True
    assert coding_flag({"Programming": Decimal("2.5")}, tool[:4]) is False
    assert coding_flag({"Programming": Decimal("2.4")}, tool) is False
    assert coding_flag(None, tool) is True
    assert coding_flag(None, tool[:9]) is None


def test_hot_technology_order() -> None:
    items = [
        Technology("Excel", "x", True, False),
        Technology("Epic", "x", True, False),
        Technology("Python", "x", True, True),
        Technology("Cold", "x", False, True),
    ]
    spread = Counter({"Excel": 900, "Epic": 3, "Python": 200})
    assert hot_technologies(items, spread) == ["Python", "Epic", "Excel"]


def test_aliases_dedupe() -> None:
    names = ["RN", "Staff Nurse", "staff nurse", "Registered Nurses", " RN "]
    assert dedupe_aliases("Registered Nurses", names) == ("RN", "Staff Nurse")


def test_run_build_reports_missing_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_build(tmp_path / "nowhere", tmp_path / "out.json.gz") == 2
    assert "catalog build failed" in capsys.readouterr().err
    assert not (tmp_path / "out.json.gz").exists()
