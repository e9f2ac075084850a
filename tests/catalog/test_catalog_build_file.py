"""Checks on the committed data/occupations.json.gz alone (no raw data needed)."""

from __future__ import annotations

import struct

from catalog_build_helpers import onet_code

from careerbot.careers.model import Career, CatalogFile

EXPECTED_SOURCES = {
    "careerbot-licences",
    "onet-29.3",
    "bls-oews-2025",
    "bls-ep-2024-34",
    "eloundou-2024",
    "dingel-neiman-2020",
}


def test_every_rated_occupation_is_a_career(committed: CatalogFile) -> None:
    assert len(committed.careers) == 923
    codes = [onet_code(c) for c in committed.careers]
    assert len(set(codes)) == 923
    assert codes == sorted(codes)


def test_gzip_header_is_deterministic(committed_bytes: bytes) -> None:
    assert committed_bytes[:3] == b"\x1f\x8b\x08"
    flags, mtime = committed_bytes[3], struct.unpack("<I", committed_bytes[4:8])[0]
    assert flags == 0, "no file name or other optional header fields"
    assert mtime == 0
    assert len(committed_bytes) < 3_000_000


def test_sources_are_complete_and_every_figure_names_one(committed: CatalogFile) -> None:
    assert set(committed.sources) == EXPECTED_SOURCES
    for source in committed.sources.values():
        assert source.attribution
        assert source.url
        assert source.licence
        assert source.year
    onet = committed.sources["onet-29.3"].attribution or ""
    assert "Used under the CC BY 4.0 license" in onet
    assert "has not approved, endorsed, or tested these modifications" in onet
    for career in committed.careers:
        for name, figure in career.figures().items():
            assert figure is None or figure.source in committed.sources, (career.slug, name)


def test_stable_slugs(by_code: dict[str, Career]) -> None:
    assert by_code["29-1141.00"].slug == "registered-nurses"
    assert by_code["13-2011.00"].slug == "accountants-and-auditors"
    assert by_code["15-2051.00"].slug == "data-scientists"
    assert by_code["33-3051.00"].slug == "police-and-sheriffs-patrol-officers"


def test_sampled_figures(by_code: dict[str, Career]) -> None:
    # values read off the raw files (see test_catalog_build_raw.py for the live comparison)
    expected = {
        "15-2051.00": ((67240, 120230, 199130), 33.5, 23400, (59.4, 75.0), 4),
        "13-2011.00": ((56020, 83680, 144090), 4.6, 124200, (52.0, 56.0), 4),
        "29-1141.00": ((68940, 97550, 137470), 4.9, 189100, (38.1, 33.3), 4),
    }
    for code, (pay, growth, openings, exposure, zone) in expected.items():
        career = by_code[code]
        assert career.salary is not None
        assert career.demand is not None
        assert (career.salary.low, career.salary.median, career.salary.high) == pay
        assert (career.demand.growth_pct, career.demand.annual_openings) == (growth, openings)
        assert career.ai_risk is not None
        assert career.ai_risk.measure == "llm_exposure"
        assert (career.ai_risk.percent, career.ai_risk.other_percent) == exposure
        assert career.difficulty is not None
        assert career.difficulty.rank == zone
        assert career.difficulty.level == "Considerable preparation"
    assert by_code["15-2051.00"].category == "Computer and Mathematical"
    assert "RN" in by_code["29-1141.00"].aliases


def test_aggregate_crosswalk_shares_nem_53_1047(by_code: dict[str, Career]) -> None:
    for code in ("53-1042.00", "53-1043.00", "53-1044.00"):
        career = by_code[code]
        assert "BLS NEM 53-1047" in career.source_note
        assert career.salary is not None
        assert career.demand is not None
        assert (career.salary.low, career.salary.median, career.salary.high) == (
            43360,
            62890,
            96150,
        )
        assert (career.demand.growth_pct, career.demand.annual_openings) == (3.7, 61300)


def test_unpublished_wages_are_absent_not_zero(
    committed: CatalogFile, by_code: dict[str, Career]
) -> None:
    assert by_code["11-1031.00"].salary is None  # Legislators: no OEWS row
    assert by_code["27-2011.00"].salary is None  # Actors: hourly wages only
    assert "hourly wages only" in by_code["27-2011.00"].source_note
    for career in committed.careers:
        salary = career.salary
        if salary is None:
            continue
        assert 0 not in (salary.low, salary.median, salary.high), career.slug
        assert salary.low is not None
        assert salary.high is not None
        assert salary.median is not None
        assert salary.low <= salary.median <= salary.high, career.slug


def test_records_are_well_formed(committed: CatalogFile) -> None:
    slugs = {c.slug for c in committed.careers}
    for career in committed.careers:
        assert set(career.related) <= slugs
        assert career.slug not in career.related
        assert 0 < len(career.related) <= 10
        folded = [a.casefold() for a in career.aliases]
        assert len(folded) == len(set(folded))
        assert career.title.casefold() not in folded
        assert len(career.skill_importance) in (0, 35)
        assert len(career.skills) <= 16
        assert career.demand is not None
        assert career.demand.score is None  # no blend of growth and openings is made
        assert career.demand.growth_pct is not None
        assert career.demand.annual_openings is not None
        lc = career.learning_curve
        assert lc is not None
        assert lc.months is not None
        assert lc.months_max is None or lc.months <= lc.months_max
    assert sum(len(c.aliases) for c in committed.careers) > 50_000
