"""`careerbot import`: a bad file is rejected naming the record and the field, with a non-zero
exit and the database exactly as it was; a good file loads and is then resolvable."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from backends import dump

from careerbot import cli


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


@pytest.mark.parametrize(
    ("content", "names"), [(c, n) for _, c, n in BAD_FILES], ids=[i for i, _, _ in BAD_FILES]
)
def test_a_bad_file_is_rejected_naming_the_record_and_field_and_nothing_changes(
    cli_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: object,
    names: list[str],
) -> None:
    before = dump(cli_database)
    path = write(tmp_path / "bad.json", content)
    code = cli.main(["import", str(path)])
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
    assert "Imported 1 careers" in capsys.readouterr().out
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
