"""`careerbot fit` and `careerbot ask` for preferences, on the full bundled catalog."""

from __future__ import annotations

import json
from typing import Any

import pytest

from careerbot import cli


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code = cli.main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    result: dict[str, Any] = json.loads(out)
    return code, result


def test_fit_ranks_careers_with_parsed_preferences_and_reasons(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, reply = run(capsys, "fit", "must be remote, no coding, salary matters most")
    assert code == 0
    assert reply["intent"] == "recommend"
    assert reply["careers"] == [s["slug"] for s in reply["suggestions"]]
    assert set(reply["person"]["limits"]) == {"can be done from home", "no coding"}
    assert reply["person"]["wishes"] == ["higher pay, above all"]
    for suggestion in reply["suggestions"]:
        reasons = [r["text"] for r in suggestion["reasons"]]
        assert "can be done from home" in reasons
        assert "no coding" in reasons
        assert all(r["source"] for r in suggestion["reasons"])


def test_ask_with_a_superlative_answers_with_a_ranking(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, reply = run(capsys, "ask", "which job is quickest to lern?")
    assert code == 0
    assert reply["intent"] == "rank"
    places = [pick["place"] for pick in reply["picks"]]
    assert places == sorted(places)
    assert reply["text"].startswith("Quickest to learn")


def test_fit_with_nothing_understood_offers_the_quiz(
    cli_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, reply = run(capsys, "fit", "purple elephants")
    assert code == 1  # nothing understood: the quiz, which a one-shot command cannot hold
    assert reply["intent"] == "fit"
    assert reply["text"].startswith("Let's find careers that fit you")
