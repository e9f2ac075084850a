"""The built catalog against the raw public files (skipped when they are absent)."""

from __future__ import annotations

import csv
import gzip
from decimal import Decimal
from pathlib import Path

import pytest
from catalog_build_helpers import onet_code

from careerbot import cli
from careerbot.careers.model import Career, CatalogFile
from careerbot.catalog_build.assemble import build_catalog
from careerbot.catalog_build.output import catalog_bytes, catalog_json, run_build

SAMPLES = ("15-2051.00", "13-2011.00", "29-1141.00", "53-1042.00", "11-1021.00", "47-2111.00")
GROWTH = "Employment change, percent, 2024–34"
OPENINGS = "Occupational openings, 2024–34 annual average"


def _rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def _int_or_none(text: str) -> int | None:
    return None if text.strip() in {"-", "", "#", "*"} else int(text)


@pytest.fixture(scope="module")
def by_code_built(built: CatalogFile) -> dict[str, Career]:
    return {onet_code(c): c for c in built.careers}


@pytest.fixture(scope="module")
def nem(raw_dir: Path) -> dict[str, str]:
    rows = _rows(raw_dir / "crosswalks/bls_onet_soc_to_nem_crosswalk_2023-09-06.csv")
    return {r["O*NET-SOC Code"]: r["NEM Code"] for r in rows}


def test_careers_are_exactly_the_rated_codes(
    raw_dir: Path, by_code_built: dict[str, Career]
) -> None:
    zones = _rows(raw_dir / "onet_29_3/Job Zones.txt", "\t")
    assert set(by_code_built) == {r["O*NET-SOC Code"] for r in zones}
    for row in zones:
        difficulty = by_code_built[row["O*NET-SOC Code"]].difficulty
        assert difficulty is not None
        assert difficulty.rank == int(row["Job Zone"])


def test_salaries_match_oews(
    raw_dir: Path, by_code_built: dict[str, Career], nem: dict[str, str]
) -> None:
    oews = {
        r["soc_code"]: r
        for r in _rows(raw_dir / "bls_oews_2025/oews_2025_national_all_industries.csv")
    }
    for code in SAMPLES:
        row = oews[nem[code]]
        salary = by_code_built[code].salary
        assert salary is not None
        assert salary.source == "bls-oews-2025"
        assert salary.low == _int_or_none(row["a_pct10"])
        assert salary.median == _int_or_none(row["a_median"])
        assert salary.high == _int_or_none(row["a_pct90"])
    assert nem["53-1043.00"] == "53-1047"
    for code in ("11-1031.00", "45-3031.00"):
        assert nem[code] not in oews
        assert by_code_built[code].salary is None
    assert oews["27-2011"]["a_median"] == "-"
    assert by_code_built["27-2011.00"].salary is None


def test_demand_matches_ep(
    raw_dir: Path, by_code_built: dict[str, Career], nem: dict[str, str]
) -> None:
    path = raw_dir / "bls_ep_2024_34/ep_2024_34_table_1_2_occupational_projections.csv"
    ep = {r["2024 National Employment Matrix code"]: r for r in _rows(path)}
    for code in SAMPLES:
        row, demand = ep[nem[code]], by_code_built[code].demand
        assert demand is not None
        assert demand.growth_pct == float(row[GROWTH])
        assert demand.annual_openings == int(Decimal(row[OPENINGS]) * 1000)
        barrier = by_code_built[code].entry_barrier
        assert barrier is not None
        assert barrier.raw == (
            f"{row['Typical education needed for entry']}; "
            f"{row['Work experience in a related occupation']}"
        )
    for code in ("53-1042.00", "53-1043.00", "53-1044.00"):
        assert nem[code] == "53-1047"
        assert by_code_built[code].demand == by_code_built["53-1042.00"].demand


def test_exposure_is_the_human_rated_beta_with_gpt4_beside_it(
    raw_dir: Path, by_code_built: dict[str, Career]
) -> None:
    rows = _rows(raw_dir / "ai_exposure/eloundou_gpts_are_gpts/occ_level.csv")
    for row in rows:
        risk = by_code_built[row["O*NET-SOC Code"]].ai_risk
        assert risk is not None
        assert risk.measure == "llm_exposure"
        assert risk.rater == "human annotators"
        assert risk.percent == pytest.approx(float(row["human_rating_beta"]) * 100, abs=0.0501)
        assert risk.other_rater == "GPT-4"
        assert risk.other_percent == pytest.approx(float(row["dv_rating_beta"]) * 100, abs=0.0501)
    developers = by_code_built["15-1252.00"].ai_risk
    assert developers is not None
    assert (developers.percent, developers.other_percent) == (44.7, 86.8)


def _remote(career: Career) -> str | None:
    flag = career.remote
    return None if flag is None else "yes" if flag.value else "partly" if flag.partly else "no"


def test_remote_is_yes_only_where_both_dingel_neiman_classifications_agree(
    raw_dir: Path, by_code_built: dict[str, Career]
) -> None:
    """Restated from the raw files: the algorithmic 0/1 per O*NET-SOC 2010 code (mean over
    the codes the crosswalk merges) and the authors' manual judgement per broad group."""
    folder = raw_dir / "remote_work_dingel_neiman"
    algorithmic = {
        r["onetsoccode"]: float(r["teleworkable"])
        for r in _rows(folder / "occupations_workathome.csv")
    }
    with (folder / "Teleworkable_BNJDopinion.csv").open(newline="", encoding="utf-8-sig") as handle:
        manual = {
            r["BroadGroupCode"].strip(): float(r["Teleworkable"])
            for r in csv.DictReader(handle, skipinitialspace=True)
        }
    crosswalk: dict[str, set[str]] = {}
    for row in _rows(raw_dir / "crosswalks/onet_soc_2010_to_2019_crosswalk.csv"):
        crosswalk.setdefault(row["O*NET-SOC 2019 Code"], set()).add(row["O*NET-SOC 2010 Code"])
    checked = 0
    for code, career in sorted(by_code_built.items()):
        olds = crosswalk.get(code, set())
        algo = [algorithmic[o] for o in olds if o in algorithmic]
        groups = {o[:6] + "0" for o in olds} & manual.keys()
        if not algo or not groups:
            continue
        said = sum(algo) / len(algo) >= 0.5
        judged = sum(manual[g] for g in groups) / len(groups)
        expected = (
            "yes" if said and judged >= 0.75 else "no" if not said and judged <= 0.25 else "partly"
        )
        assert _remote(career) == expected, code
        checked += 1
    assert checked > 850


@pytest.mark.parametrize(
    ("code", "remote"),
    [
        ("39-9011.01", "partly"),  # nannies: the algorithm says yes, the authors no
        ("39-9011.00", "partly"),  # childcare workers
        ("39-3011.00", "partly"),  # gambling dealers
        ("39-3031.00", "partly"),  # ushers
        ("27-2021.00", "partly"),  # athletes
        ("25-2021.00", "yes"),  # elementary school teachers: feasible, both agree
        ("29-1141.00", "no"),
        ("15-1252.00", "yes"),
    ],
)
def test_remote_examples(by_code_built: dict[str, Career], code: str, remote: str) -> None:
    assert _remote(by_code_built[code]) == remote


def test_skills_match_onet(raw_dir: Path, by_code_built: dict[str, Career]) -> None:
    rows = _rows(raw_dir / "onet_29_3/Skills.txt", "\t")
    nurse = {
        r["Element Name"]: float(r["Data Value"])
        for r in rows
        if r["O*NET-SOC Code"] == "29-1141.00" and r["Scale ID"] == "IM"
    }
    career = by_code_built["29-1141.00"]
    assert career.skill_importance == nurse
    top = sorted(nurse.values(), reverse=True)[:8]
    assert [nurse[name] for name in career.skills[:8]] == top
    assert career.coding is not None
    assert career.coding.value is False
    assert by_code_built["15-1252.00"].coding is not None  # no skill ratings, many languages


def test_build_is_deterministic(raw_dir: Path, built: CatalogFile) -> None:
    again = build_catalog(raw_dir)
    assert catalog_bytes(again) == catalog_bytes(built)


def test_committed_file_equals_fresh_build(built: CatalogFile, committed_bytes: bytes) -> None:
    # Compared decompressed: the JSON is the contract; compressed bytes also depend on zlib.
    assert gzip.decompress(committed_bytes) == catalog_json(built)


def test_run_build_writes_and_summarises(
    raw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], built: CatalogFile
) -> None:
    out = tmp_path / "occupations.json.gz"
    assert run_build(raw_dir, out) == 0
    assert out.read_bytes() == catalog_bytes(built)
    assert "923 careers" in capsys.readouterr().out


def test_the_build_command_with_its_defaults_reproduces_the_committed_catalog(
    raw_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    committed_bytes: bytes,
    built: CatalogFile,
) -> None:
    """`careerbot catalog build --from DIR`, run at the top of a checkout, writes
    data/occupations.json.gz: the committed file's content, and the same bytes every run."""
    monkeypatch.chdir(tmp_path)
    assert cli.main(["catalog", "build", "--from", str(raw_dir)]) == 0
    written = (tmp_path / "data" / "occupations.json.gz").read_bytes()
    assert gzip.decompress(written) == gzip.decompress(committed_bytes)
    assert written == catalog_bytes(built)


def test_core_tasks_are_the_first_core_task_statements(
    raw_dir: Path, by_code_built: dict[str, Career]
) -> None:
    core: dict[str, list[str]] = {}
    for row in _rows(raw_dir / "onet_29_3/Task Statements.txt", "\t"):
        if row["Task Type"] == "Core":
            core.setdefault(row["O*NET-SOC Code"], []).append(row["Task"])
    for code in SAMPLES:
        career = by_code_built[code]
        assert career.descriptors is not None
        assert list(career.descriptors.tasks) == core.get(code, [])[:5]
    carried = sum(1 for c in by_code_built.values() if c.descriptors and c.descriptors.tasks)
    assert carried == sum(1 for code in by_code_built if core.get(code))
