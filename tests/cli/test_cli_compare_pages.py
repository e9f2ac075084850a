"""`careerbot compare A B --json` for each source page's pair reproduces every figure on the
page, and `better` follows the rules. Runs the real command on the full bundled catalog."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from seed_pages import (
    CAREERS,
    PAGES,
    SKILL_SAMPLES,
    UNRANKED,
    Figures,
    page_text,
    parse_page,
    seed_dir_present,
)

from careerbot import cli

BARRIER = {"Low": 0, "Medium": 1, "High": 2}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code = cli.main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def side_figures(attributes: dict[str, Any], side: str, title: str) -> Figures:
    def figure(name: str) -> dict[str, Any]:
        value: dict[str, Any] = attributes[name][side]
        return value

    return Figures(
        title,
        figure("salary")["low"],
        figure("salary")["high"],
        figure("demand")["score"],
        figure("ai_risk")["percent"],
        figure("learning_curve")["months"],
        figure("difficulty")["level"],
        figure("entry_barrier")["level"],
        figure("remote")["value"],
        figure("coding")["value"],
    )


def rule_better(name: str, a: Figures, b: Figures) -> str | None:
    keys = {
        "salary": lambda f: f.salary_high,
        "demand": lambda f: f.demand,
        "ai_risk": lambda f: -f.ai_risk_percent,
        "learning_curve": lambda f: -f.learning_months,
        "entry_barrier": lambda f: -BARRIER[f.entry_barrier],
    }
    if name not in keys:
        return None
    key_a, key_b = keys[name](a), keys[name](b)
    return "tie" if key_a == key_b else ("a" if key_a > key_b else "b")


def expectations(page: str) -> list[tuple[str, Figures, Figures]]:
    """The committed table always; the page itself too when ../shared is present."""
    slug_a, slug_b, _ = PAGES[page]
    found = [("committed table", CAREERS[slug_a], CAREERS[slug_b])]
    if seed_dir_present():
        parsed_a, parsed_b = parse_page(page_text(page))
        found.append((f"page {page}", parsed_a, parsed_b))
    return found


@pytest.mark.parametrize("page", sorted(PAGES))
def test_compare_json_reproduces_every_figure_on_the_page(
    cli_database: str, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    slug_a, slug_b, better = PAGES[page]
    result = run_json(capsys, "compare", CAREERS[slug_a].title, CAREERS[slug_b].title)
    assert result["intent"] == "compare"
    assert result["careers"] == [slug_a, slug_b]
    comparison = result["comparison"]
    attributes = comparison["attributes"]
    titles = comparison["titles"]
    got_a = side_figures(attributes, "a", titles["a"])
    got_b = side_figures(attributes, "b", titles["b"])
    shared = comparison["shared"]
    skills_a = sorted([*comparison["a_only"], *(s["a"] for s in shared)])
    skills_b = sorted([*comparison["b_only"], *(s["b"] for s in shared)])

    for origin, want_a, want_b in expectations(page):
        assert got_a == dataclasses.replace(want_a, skills=()), origin
        assert got_b == dataclasses.replace(want_b, skills=()), origin
        if want_a.skills:
            assert skills_a == sorted(want_a.skills), origin
            assert skills_b == sorted(want_b.skills), origin
        for name, attribute in attributes.items():
            assert attribute["better"] == rule_better(name, want_a, want_b), (origin, name)

    assert {name: attributes[name]["better"] for name in better} == better
    for name in UNRANKED:
        assert attributes[name]["better"] is None
    assert len(skills_a) == len(skills_b) == 8
    assert set(SKILL_SAMPLES[slug_a]) <= set(skills_a)
    assert set(SKILL_SAMPLES[slug_b]) <= set(skills_b)
