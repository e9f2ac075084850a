"""Shared skills are the same skill in other words; every listed skill lands in exactly one
column of the analysis."""

from __future__ import annotations

from itertools import combinations

import pytest
from seed_pages import COMPRESSION, MIDDLEWARE, MULTIMODAL, ON_DEVICE, ROUTING, SEED_SLUGS

from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import compare
from careerbot.careers.model import Career
from careerbot.careers.skills import SkillsAnalysis, analyse_skills, skill_similarity
from careerbot.careers.switching import Transition, page_switch

VECTOR_ROUTING = "Vector database management for semantic routing based on query embeddings"
VECTOR_MULTIMODAL = "Vector Databases & Embedding Models"


def test_routing_and_multimodal_share_the_vector_database_skill(
    seed_careers: dict[str, Career],
) -> None:
    """The page claims 0 shared skills; this one is plainly the same skill."""
    skills = compare(seed_careers[ROUTING], seed_careers[MULTIMODAL]).skills
    assert (VECTOR_ROUTING, VECTOR_MULTIMODAL) in {(s.a, s.b) for s in skills.shared}
    assert VECTOR_ROUTING not in skills.a_only
    assert VECTOR_MULTIMODAL not in skills.b_only


@pytest.mark.parametrize(
    ("first", "second", "shared_pair"),
    [
        (ROUTING, MULTIMODAL, (VECTOR_ROUTING, VECTOR_MULTIMODAL)),
        (
            ROUTING,
            MIDDLEWARE,
            (
                "Observability and monitoring - building dashboards for model performance, "
                "drift detection, and SLA compliance",
                "Observability and monitoring for AI pipelines (tracing, token usage, "
                "latency budgets)",
            ),
        ),
        (
            ON_DEVICE,
            COMPRESSION,
            (
                "Quantization mastery: INT8, INT4, mixed-precision, calibration datasets, "
                "and per-channel vs. per-tensor schemes",
                "Quantization (post-training, quantization-aware training)",
            ),
        ),
    ],
)
def test_the_same_skill_in_other_words_is_shared(
    seed_careers: dict[str, Career], first: str, second: str, shared_pair: tuple[str, str]
) -> None:
    skills = compare(seed_careers[first], seed_careers[second]).skills
    assert shared_pair in {(s.a, s.b) for s in skills.shared}
    swapped = compare(seed_careers[second], seed_careers[first]).skills
    assert shared_pair[::-1] in {(s.a, s.b) for s in swapped.shared}


@pytest.mark.parametrize(("first", "second"), list(combinations(SEED_SLUGS, 2)))
def test_every_skill_lands_in_exactly_one_column(
    seed_careers: dict[str, Career], first: str, second: str
) -> None:
    a, b = seed_careers[first], seed_careers[second]
    skills = compare(a, b).skills
    a_side = [*skills.a_only, *(s.a for s in skills.shared)]
    b_side = [*skills.b_only, *(s.b for s in skills.shared)]
    assert sorted(a_side) == sorted(a.skills)
    assert sorted(b_side) == sorted(b.skills)
    total = len(skills.a_only) + len(skills.shared) + len(skills.b_only)
    assert skills.overlap == pytest.approx(len(skills.shared) / total, abs=1e-3)
    cmp = compare(a, b)
    assert cmp.a_to_b == cmp.b_to_a == page_switch(skills)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Knowledge Distillation", "Multi-agent orchestration and topology design"),
        ("Tool use and function calling integration", "Model Pruning (unstructured & structured)"),
        ("C/C++/CUDA for low-level optimization", "Agent memory architectures"),
    ],
)
def test_unrelated_skills_are_not_shared(a: str, b: str) -> None:
    assert skill_similarity(a, b) < 0.5
    assert analyse_skills((a,), (b,)).shared == ()


def test_identical_skill_lists_share_everything() -> None:
    skills = ("Knowledge Distillation", "ONNX and Model Conversion")
    analysis = analyse_skills(skills, skills)
    assert [s.a for s in analysis.shared] == list(skills)
    assert analysis.a_only == analysis.b_only == ()
    assert analysis.overlap == 1.0
    assert page_switch(analysis).difficulty is Transition.EASY


def test_no_skills_is_no_overlap_and_a_hard_switch() -> None:
    analysis = analyse_skills((), ())
    assert analysis.shared == ()
    assert analysis.overlap == 0.0
    assert page_switch(analysis).difficulty is Transition.HARD


@pytest.mark.parametrize(
    ("overlap", "difficulty"),
    [
        (0.0, "hard"),
        (0.09, "hard"),
        (0.1, "moderate"),
        (0.34, "moderate"),
        (0.35, "easy"),
        (1.0, "easy"),
    ],
)
def test_between_page_careers_the_switch_follows_the_share_of_listed_skills(
    overlap: float, difficulty: str
) -> None:
    listed = SkillsAnalysis(("x",), (), ("y",), overlap, None)
    assert page_switch(listed).difficulty.value == difficulty


def test_no_switch_estimate_between_a_page_career_and_an_occupation(
    bundled_catalog: Catalog,
) -> None:
    accountants = bundled_catalog.by_slug["accountants-and-auditors"]
    cmp = compare(accountants, bundled_catalog.by_slug[ROUTING])
    assert cmp.a_to_b.difficulty is cmp.b_to_a.difficulty is Transition.NOT_ESTIMATED


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Monitoring", "Operations Monitoring"),
        ("Management of Financial Resources", "Management of Personnel Resources"),
        ("Management of Material Resources", "Management of Personnel Resources"),
        ("Management of Financial Resources", "Management of Material Resources"),
    ],
)
def test_two_onet_skills_are_shared_only_when_they_are_the_same_element(
    first: str, second: str
) -> None:
    """The word matcher paired "Monitoring" with "Operations Monitoring" and merged the three
    "Management of … Resources" skills: 4.3% of 20,000 random pairs overcounted
    (bench/skills_overlap.py)."""
    rated = {first: 3.0, second: 3.0}
    analysis = analyse_skills((first,), (second,), rated, rated)
    assert analysis.shared == ()
    same = analyse_skills((first, second), (second,), rated, rated)
    assert [(s.a, s.b) for s in same.shared] == [(second, second)]


def test_shared_onet_skills_are_exactly_the_common_elements(bundled_catalog: Catalog) -> None:
    rated = [c for c in bundled_catalog.careers if c.skill_importance and c.skills]
    for a, b in zip(rated, reversed(rated), strict=True):
        shared = compare(a, b).skills.shared
        assert {s.a for s in shared} == set(a.skills) & set(b.skills)
        assert all(s.a == s.b for s in shared)
