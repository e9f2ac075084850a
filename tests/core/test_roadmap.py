"""Roadmaps: every step names a source the catalog holds; credentials and time follow the
switch rule; stepping stones are related occupations, offered only when they save time."""

from __future__ import annotations

import itertools

import pytest

from careerbot.careers.catalog import Catalog
from careerbot.careers.roadmap import months_text, roadmap
from careerbot.careers.routes import hop_years
from careerbot.careers.switching import Transition, switch

LPN = "licensed-practical-and-licensed-vocational-nurses"


def test_cashier_to_registered_nurse_names_the_degree_the_licence_and_the_total_time(
    bundled_catalog: Catalog,
) -> None:
    by = bundled_catalog.by_slug
    plan = roadmap(by["registered-nurses"], by["cashiers"], bundled_catalog.careers)
    texts = [s.text for s in plan.steps]
    assert any("bachelor's degree" in t for t in texts)
    assert "Needs RN licence" in texts
    # a bachelor's (BLS: four years); EP names no training after it
    assert plan.months == (48, 48)
    assert any(t.startswith("Time in all: about 4 years") for t in texts)
    assert plan.direct is not None
    assert plan.direct.difficulty is Transition.HARD


def test_a_stepping_stone_appears_only_when_it_saves_time(bundled_catalog: Catalog) -> None:
    """Issue 22, 3: cashier → RN went through pharmacy aide and medical assistant. Each
    credential is whole: via nursing assistant and practical nurse the way takes longer than
    the bachelor's alone, so no stepping stone is offered."""
    by = bundled_catalog.by_slug
    path = ["cashiers", "nursing-assistants", LPN, "registered-nurses"]
    hops = [
        hop_years(by[a], by[a], by[b], first=i == 0)
        for i, (a, b) in enumerate(itertools.pairwise(path))
    ]
    direct = switch(by["cashiers"], by["registered-nurses"])
    assert direct.years == 4.0
    assert sum(hops) > direct.years  # 1 month + a year + four years
    plan = roadmap(by["registered-nurses"], by["cashiers"], bundled_catalog.careers)
    assert not plan.stepping_stones


def test_every_step_stands_on_a_source_the_catalog_holds(bundled_catalog: Catalog) -> None:
    by = bundled_catalog.by_slug
    pairs = [
        ("electricians", None),
        ("data-scientists", "registered-nurses"),
        ("lawyers", "paralegals-and-legal-assistants"),
        ("ai-middleware-engineer", "web-developers"),
        ("ai-middleware-engineer", "ai-model-routing-engineer"),
    ]
    for target, source in pairs:
        plan = roadmap(by[target], by[source] if source else None, bundled_catalog.careers)
        assert plan.steps
        assert all(step.source in bundled_catalog.sources for step in plan.steps), target
        assert not set(plan.carries_over) & set(plan.to_build)


def test_from_nothing_the_way_in_is_the_careers_own_preparation(bundled_catalog: Catalog) -> None:
    electricians = bundled_catalog.by_slug["electricians"]
    plan = roadmap(electricians, None, bundled_catalog.careers)
    curve = electricians.learning_curve
    assert curve is not None
    assert plan.months == (curve.months, curve.months_max)
    assert any("apprenticeship" in s.text for s in plan.steps)
    assert plan.route == ()
    assert plan.direct is None


@pytest.mark.parametrize(
    ("target", "held", "saved_years"),
    [
        # a graduate programme admits from any bachelor's: the master's and the rest
        ("speech-language-pathologists", "Bachelor's degree", 4),
        ("lawyers", "Bachelor's degree", 4),
        # a bachelor's that must be in the field: its coursework, 2 years, not 4
        ("registered-nurses", "Bachelor's degree", 2),
        # schooling that meets none of it saves nothing
        ("speech-language-pathologists", "High school diploma or equivalent", 0),
    ],
)
def test_from_the_schooling_they_hold_the_way_in_drops_the_years_it_saves(
    bundled_catalog: Catalog, target: str, held: str, saved_years: int
) -> None:
    career = bundled_catalog.by_slug[target]
    fresh = roadmap(career, None, bundled_catalog.careers)
    plan = roadmap(career, None, bundled_catalog.careers, held=held)
    assert fresh.months is not None
    assert plan.months is not None
    saved = [a - b for a, b in zip(fresh.months, plan.months, strict=True) if a is not None]
    assert saved == [saved_years * 12] * len(saved)
    education = next(s.text for s in plan.steps if s.text.startswith("Education:"))
    assert ("counts toward it" in education) == bool(saved_years)
    time = next(s.text for s in plan.steps if s.text.startswith("Time in all:"))
    if saved_years:  # the career's own learning time from nothing is no part of a shorter way
        assert "to learn" not in time


def test_a_page_career_from_an_occupation_says_what_cannot_be_estimated(
    bundled_catalog: Catalog,
) -> None:
    by = bundled_catalog.by_slug
    plan = roadmap(by["ai-middleware-engineer"], by["web-developers"], bundled_catalog.careers)
    texts = " ".join(s.text for s in plan.steps)
    assert "not estimated" in texts
    assert "the pages publish none" in texts
    assert plan.months is not None  # the pages' own learning time


@pytest.mark.parametrize(
    ("months", "said"),
    [
        ((0, 1), "under a month"),
        ((6, 12), "6–12 months"),
        ((48, 60), "4–5 years"),
        ((84, 84), "about 7 years"),
        ((1, 24), "1 month–2 years"),
        ((3, 36), "3 months–3 years"),
    ],
)
def test_months_are_said_as_people_say_them(months: tuple[int, int], said: str) -> None:
    assert months_text(months) == said


def test_a_field_degree_is_not_skipped_by_passing_through_related_jobs(
    bundled_catalog: Catalog,
) -> None:
    """Environmental economists → remote sensing technicians needs the field's coursework;
    a chain of related jobs (data scientists, cartographers) does not supply it."""
    by = bundled_catalog.by_slug
    source, target = by["environmental-economists"], by["remote-sensing-technicians"]
    plan = roadmap(target, source, bundled_catalog.careers)
    assert plan.direct is not None
    assert "needs coursework or a degree in the field: about 2 years" in plan.direct.reasons
    assert not plan.stepping_stones


def test_an_assistant_s_field_degree_and_licence_are_needed_from_another_field(
    bundled_catalog: Catalog,
) -> None:
    """An accountant's bachelor's is no occupational therapy assistant's accredited
    associate's: the switch needs that degree and the OTA licence (NBCOT)."""
    found = switch(
        bundled_catalog.by_slug["accountants-and-auditors"],
        bundled_catalog.by_slug["occupational-therapy-assistants"],
    )
    assert found.difficulty.value != "easy"
    assert any("associate's" in r for r in found.reasons)
    assert any("OTA licence" in r for r in found.reasons)


@pytest.mark.parametrize(
    ("source", "target", "needed"),
    [
        ("pharmacists", "physician-assistants", "PA licence"),
        ("pharmacists", "critical-care-nurses", "RN licence"),
        ("physician-assistants", "registered-nurses", "RN licence"),
        (
            "veterinary-technologists-and-technicians",
            "radiologic-technologists-and-technicians",
            "radiography licence",
        ),
    ],
)
def test_another_licensed_profession_s_degree_does_not_make_this_one(
    bundled_catalog: Catalog, source: str, target: str, needed: str
) -> None:
    """A pharmacist's doctorate is no physician assistant's master's and no RN licence:
    the move needs the profession's own degree and licence, however high the degree held."""
    by = bundled_catalog.by_slug
    found = switch(by[source], by[target])
    assert found.difficulty.value != "easy"
    assert any(needed in r for r in found.reasons) or any(
        "degree" in r or "coursework" in r for r in found.reasons
    )
    assert "no new credential" not in " ".join(found.reasons)


def test_a_licence_covers_the_work_its_scope_takes_in(bundled_catalog: Catalog) -> None:
    """An RN may do a practical nurse's work and a dentist a hygienist's: no licence to add."""
    by = bundled_catalog.by_slug
    for source, target in [
        ("registered-nurses", "licensed-practical-and-licensed-vocational-nurses"),
        ("family-medicine-physicians", "pediatricians-general"),
    ]:
        reasons = " ".join(switch(by[source], by[target]).reasons)
        assert "licence" not in reasons


def test_the_time_in_all_says_its_parts_only_when_there_are_several(
    bundled_catalog: Catalog,
) -> None:
    """From nothing, the time to learn alone is the whole time: said once, not "1–4 years
    (1–4 years to learn)"."""
    for slug in ("firefighters", "electricians", "registered-nurses"):
        plan = roadmap(bundled_catalog.by_slug[slug], None, bundled_catalog.careers)
        total = next(s.text for s in plan.steps if s.text.startswith("Time in all"))
        said = total.removeprefix("Time in all: ").split(" (", 1)[0]
        assert f"({said} to learn)" not in total
