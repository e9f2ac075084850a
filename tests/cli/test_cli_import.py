"""`careerbot import`: a bad file is rejected naming the record and the field, with a non-zero
exit and the database exactly as it was; a good file loads and is then resolvable."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from backends import dump
from seed_pages import REPO_ROOT

from careerbot import cli
from careerbot.careers.catalog import read_catalog_file


def career(slug: str = "ai-prompt-security-engineer", **overrides: object) -> dict[str, Any]:
    record: dict[str, Any] = {
        "slug": slug,
        "title": "AI Prompt Security Engineer",
        "category": "AI Engineering",
        "aliases": ["prompt security engineer", "LLM red teamer"],
        "source_note": "test fixture",
        "salary": {"low": 140_000, "high": 230_000, "source": "test"},
        "demand": {"score": 8.7, "source": "test"},
        "ai_risk": {"measure": "replacement_risk", "percent": 12, "source": "test"},
        "learning_curve": {"months": 9, "source": "test"},
        "entry_barrier": {"level": "High", "source": "test"},
        "remote": {"value": True, "source": "test"},
        "coding": {"value": True, "source": "test"},
        "skills": ["Prompt injection defence", "Red teaming LLM applications"],
    }
    record.update(overrides)
    return record


def catalog(*careers: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": "careerbot-catalog/1",
        "sources": {"test": {"name": "Test source"}},
        "careers": list(careers),
    }


def with_wrong_salary() -> dict[str, Any]:
    good = career()
    return catalog(career("ai-ok-engineer"), {**good, "salary": {"high": "lots", "source": "test"}})


BAD_FILES: list[tuple[str, object, list[str]]] = [
    (
        "invalid JSON",
        '{"format": "careerbot-catalog/1", "careers": [',
        ["not valid JSON", "line 1"],
    ),
    (
        "wrong-typed field",
        with_wrong_salary(),
        ["record #2", "ai-prompt-security-engineer", "salary.high"],
    ),
    (
        "wrong-typed flag",
        catalog(career(remote={"value": "sometimes", "source": "test"})),
        ["ai-prompt-security-engineer", "remote.value"],
    ),
    ("missing field", catalog(career(title=None)), ["ai-prompt-security-engineer", "title"]),
    (
        "low above high",
        catalog(career(salary={"low": 300_000, "high": 100_000, "source": "test"})),
        ["ai-prompt-security-engineer", "salary", "low must not exceed high"],
    ),
    ("bad slug", catalog(career("Not A Slug!")), ["record #1", "slug"]),
    (
        "duplicate slug",
        catalog(career(), career(title="Another Title")),
        ["'ai-prompt-security-engineer'", "slug is used twice"],
    ),
    (
        "unknown source id",
        catalog(career(demand={"score": 8.0, "source": "nowhere"})),
        ["'ai-prompt-security-engineer'", "demand.source", "'nowhere'"],
    ),
    ("not a catalog: a list", [1, 2, 3], ["valid dictionary"]),
    ("not a catalog: other JSON", {"hello": "world"}, ["sources", "careers"]),
    (
        "unknown format",
        {**catalog(career()), "format": "careerbot-catalog/9"},
        ["format"],
    ),
    ("unknown field", catalog(career(salery=1)), ["ai-prompt-security-engineer", "salery"]),
]


def write(path: Path, content: object) -> Path:
    text = content if isinstance(content, str) else json.dumps(content)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("options", [[], ["--replace-all"]], ids=["add or replace", "replace all"])
@pytest.mark.parametrize(
    ("content", "names"), [(c, n) for _, c, n in BAD_FILES], ids=[i for i, _, _ in BAD_FILES]
)
def test_a_bad_file_is_rejected_naming_the_record_and_field_and_nothing_changes(
    cli_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    content: object,
    names: list[str],
    options: list[str],
) -> None:
    before = dump(cli_database)
    path = write(tmp_path / "bad.json", content)
    code = cli.main(["import", str(path), *options])
    out, err = capsys.readouterr()
    assert code != 0
    assert "Imported" not in out
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    for name in names:
        assert name in err, (name, err)
    assert dump(cli_database) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.json.gz", b"\x1f\x8b\x08\x00broken", "cannot be read"),
        ("latin1.json", '{"x": "caf\xe9"}'.encode("latin-1"), "cannot be read"),
        ("empty.json", b"", "not valid JSON"),
    ],
)
def test_an_unreadable_file_is_rejected_and_nothing_changes(
    cli_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    name: str,
    content: bytes,
    message: str,
) -> None:
    before = dump(cli_database)
    path = tmp_path / name
    path.write_bytes(content)
    assert cli.main(["import", str(path)]) != 0
    err = capsys.readouterr().err
    assert message in err
    assert dump(cli_database) == before


def test_a_missing_file_is_rejected(
    cli_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(cli_database)
    assert cli.main(["import", str(tmp_path / "nowhere.json")]) != 0
    assert "no such file" in capsys.readouterr().err
    assert dump(cli_database) == before


def test_a_good_file_imports_and_its_career_is_then_resolvable(
    cli_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(cli_database)
    path = tmp_path / "good.json.gz"
    path.write_bytes(gzip.compress(json.dumps(catalog(career())).encode()))
    assert cli.main(["import", str(path)]) == 0
    assert capsys.readouterr().out.startswith(
        f"Imported 1 careers from {path}: 1 added, 0 replaced;"
    )
    after = dump(cli_database)
    assert len(after["careers"]) == len(before["careers"]) + 1
    kept = {row[1]: row[0] for row in before["careers"]}
    assert {row[1]: row[0] for row in after["careers"] if row[1] in kept} == kept

    assert cli.main(["ask", "tell me about prompt security", "--json"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert (reply["intent"], reply["careers"]) == ("profile", ["ai-prompt-security-engineer"])
    assert "AI Prompt Security Engineer" in reply["text"]

    assert cli.main(["ask", "LLM red teamer vs AI Middleware Engineer", "--json"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["careers"] == ["ai-prompt-security-engineer", "ai-middleware-engineer"]
    salary = reply["comparison"]["attributes"]["salary"]
    # the imported file is a source of its own: its figures are shown, never ranked
    assert (salary["better"], salary["note"]) == (None, "different sources")

    assert cli.main(["list"]) == 0
    assert "ai-prompt-security-engineer" in capsys.readouterr().out


EXAMPLE = REPO_ROOT / "data" / "examples" / "catalog.json"


def slugs_listed(capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert cli.main(["list"]) == 0
    return [line.split()[0] for line in capsys.readouterr().out.splitlines()]


def test_the_example_catalog_is_small_valid_and_says_its_figures_are_made_up() -> None:
    example = read_catalog_file(EXAMPLE)
    assert 3 <= len(example.careers) <= 8
    (source,) = example.sources.values()
    assert "made up" in source.name.lower().replace("-", " ")
    for career in example.careers:
        assert career.slug.startswith("example-")
        assert all(f is None or f.source == "example" for f in career.figures().values())


def test_import_adds_new_careers_replaces_by_slug_keeps_the_rest_and_prints_totals(
    cli_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = slugs_listed(capsys)
    ids_before = {row[1]: row[0] for row in dump(cli_database)["careers"]}
    assert cli.main(["import", str(EXAMPLE)]) == 0
    total = len(before) + 5
    assert capsys.readouterr().out == (
        f"Imported 5 careers from {EXAMPLE}: 5 added, 0 replaced; the catalog now holds {total}.\n"
    )
    # two of the example's careers again and one the catalog had before: nothing added
    mixed = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    mixed["careers"] = [*mixed["careers"][:2], career(slug=before[0], title="Retitled")]
    mixed["sources"]["test"] = {"name": "Test source"}
    path = write(tmp_path / "mixed.json", mixed)
    assert cli.main(["import", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"Imported 3 careers from {path}: 0 added, 3 replaced; the catalog now holds {total}.\n"
    )
    after = slugs_listed(capsys)
    assert set(before) < set(after)
    ids_after = {row[1]: row[0] for row in dump(cli_database)["careers"]}
    assert {slug: ids_after[slug] for slug in ids_before} == ids_before


def test_replace_all_makes_the_file_the_whole_catalog(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(slugs_listed(capsys))
    assert cli.main(["import", str(EXAMPLE), "--replace-all"]) == 0
    assert capsys.readouterr().out == (
        f"Imported 5 careers from {EXAMPLE}: 5 added, 0 replaced, {before} removed; "
        "the catalog now holds 5.\n"
    )
    assert sorted(slugs_listed(capsys)) == sorted(
        c.slug for c in read_catalog_file(EXAMPLE).careers
    )
    assert [row[0] for row in dump(cli_database)["sources"]] == ["example"]
    assert cli.main(["compare", "electrician", "urban beekeeper"]) == 1
    assert "no career called “electrician”" in capsys.readouterr().err
    assert cli.main(["compare", "esports coach", "urban beekeeper"]) == 0


def test_replace_all_refuses_a_file_of_no_careers_and_changes_nothing(
    cli_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(cli_database)
    assert cli.main(["import", str(write(tmp_path / "none.json", catalog())), "--replace-all"]) == 1
    assert "leave the catalog with no careers" in capsys.readouterr().err
    assert dump(cli_database) == before


def test_remove_takes_careers_out_by_slug_all_or_nothing(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import", str(EXAMPLE)]) == 0
    capsys.readouterr()
    total = len(slugs_listed(capsys))
    before = dump(cli_database)
    assert cli.main(["remove", "example-esports-coach", "no-such-career"]) == 1
    out, err = capsys.readouterr()
    assert (out, err.count("\n")) == ("", 1)
    assert "'no-such-career'" in err
    assert "careerbot list" in err
    assert dump(cli_database) == before

    assert cli.main(["remove", "example-esports-coach", "example-urban-beekeeper"]) == 0
    assert capsys.readouterr().out == (
        "Removed 2 careers (example-esports-coach, example-urban-beekeeper); "
        f"the catalog now holds {total - 2}.\n"
    )
    assert "example-esports-coach" not in slugs_listed(capsys)
    cli.main(["ask", "esports coach vs urban beekeeper", "--json"])
    reply = json.loads(capsys.readouterr().out)
    assert not {"example-esports-coach", "example-urban-beekeeper"} & set(reply["careers"])


def test_a_removed_career_imported_again_gets_a_new_id(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A button or share link of the removed career must never open another one."""
    assert cli.main(["import", str(EXAMPLE)]) == 0
    first = {row[1]: row[0] for row in dump(cli_database)["careers"]}["example-esports-coach"]
    assert cli.main(["remove", "example-esports-coach"]) == 0
    assert cli.main(["import", str(EXAMPLE)]) == 0
    again = {row[1]: row[0] for row in dump(cli_database)["careers"]}["example-esports-coach"]
    assert again > first
