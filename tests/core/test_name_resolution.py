"""What people type → one career, a short list to choose from, or nothing.

The index here holds only the six seed careers' titles and aliases.
"""

from __future__ import annotations

import pytest
from seed_pages import COMPRESSION, MIDDLEWARE, MULTI_AGENT, MULTIMODAL, ON_DEVICE, ROUTING

from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, NotFound

TYPOS = [
    ("modle routng", ROUTING),
    ("modle routing engneer", ROUTING),
    ("compresion", COMPRESSION),
    ("compresion engineer", COMPRESSION),
    ("midleware", MIDDLEWARE),
    ("middlewear", MIDDLEWARE),
    ("multi-agnet", MULTI_AGENT),
    ("multi agnet", MULTI_AGENT),
    ("multimodel", MULTIMODAL),
    ("multimodle", MULTIMODAL),
    ("on-devise", ON_DEVICE),
]
ALIASES = [
    ("LLM router", ROUTING),
    ("llm routing engineer", ROUTING),
    ("routing engineer", ROUTING),
    ("edge AI engineer", ON_DEVICE),
    ("edge ai", ON_DEVICE),
    ("tinyml engineer", ON_DEVICE),
    ("on-device", ON_DEVICE),
    ("on device", ON_DEVICE),
    ("ondevice", ON_DEVICE),
    ("multi agent", MULTI_AGENT),
    ("agentic ai engineer", MULTI_AGENT),
    ("compression engineer", COMPRESSION),
    ("quantization engineer", COMPRESSION),
    ("middleware engineer", MIDDLEWARE),
    ("LLM integration engineer", MIDDLEWARE),
    ("vision-language engineer", MULTIMODAL),
]
HYPHENS = [
    ("multi-agent", MULTI_AGENT),
    ("multiagent", MULTI_AGENT),
    ("multi agent", MULTI_AGENT),
    ("Multi-Agent Systems Engineer", MULTI_AGENT),
    ("multi-modal", MULTIMODAL),
    ("multi modal", MULTIMODAL),
    ("multimodal", MULTIMODAL),
    ("on-device ai", ON_DEVICE),
]
WITHOUT_AI_OR_ENGINEER = [
    ("routing", ROUTING),
    ("model routing", ROUTING),
    ("compression", COMPRESSION),
    ("model compression", COMPRESSION),
    ("middleware", MIDDLEWARE),
    ("multimodal systems", MULTIMODAL),
    ("multi-agent systems", MULTI_AGENT),
    ("AI middleware", MIDDLEWARE),
    ("routing ai engineer", ROUTING),
    ("engineer of model routing", ROUTING),
]
EXACT_TITLES = [
    ("AI Model Routing Engineer", ROUTING),
    ("ai multimodal systems engineer", MULTIMODAL),
    ("AI MULTI-AGENT SYSTEMS ENGINEER", MULTI_AGENT),
    ("AI On-Device AI Engineer", ON_DEVICE),
    ("AI Model Compression Engineer", COMPRESSION),
    ("AI Middleware Engineer", MIDDLEWARE),
    ("  AI   Middleware   Engineer  ", MIDDLEWARE),
    ("Routing Engineer (AI)", ROUTING),
]


@pytest.mark.parametrize(
    ("query", "slug"), TYPOS + ALIASES + HYPHENS + WITHOUT_AI_OR_ENGINEER + EXACT_TITLES
)
def test_resolves_to_the_career_people_mean(seed_index: NameIndex, query: str, slug: str) -> None:
    found = seed_index.resolve(query)
    assert isinstance(found, Match), found
    assert found.slug == slug
    assert 0 < found.best.score <= 1


MULTIMODAL_SPELLINGS = [
    "multimodal",
    "multi modal",
    "multi-modal",
    "multimodel",
    "multimodal systems",
    "multimodal systems engineer",
    "ai multimodal engineer",
    "Multimodal AI",
]
MULTI_AGENT_SPELLINGS = [
    "multi-agent",
    "multiagent",
    "multi agent",
    "multi-agent systems",
    "multi agent systems engineer",
    "ai multi-agent engineer",
    "multi-agents",
]


@pytest.mark.parametrize("query", MULTIMODAL_SPELLINGS)
def test_multimodal_never_resolves_to_multi_agent(seed_index: NameIndex, query: str) -> None:
    found = seed_index.resolve(query)
    assert isinstance(found, Match), found
    assert found.slug == MULTIMODAL


@pytest.mark.parametrize("query", MULTI_AGENT_SPELLINGS)
def test_multi_agent_never_resolves_to_multimodal(seed_index: NameIndex, query: str) -> None:
    found = seed_index.resolve(query)
    assert isinstance(found, Match), found
    assert found.slug == MULTI_AGENT


@pytest.mark.parametrize("query", MULTIMODAL_SPELLINGS + MULTI_AGENT_SPELLINGS)
def test_the_other_one_of_the_trap_is_not_even_a_close_candidate(
    seed_index: NameIndex, query: str
) -> None:
    wanted = MULTIMODAL if query in MULTIMODAL_SPELLINGS else MULTI_AGENT
    other = MULTI_AGENT if wanted == MULTIMODAL else MULTIMODAL
    ranked = seed_index.search(query)
    assert ranked[0].slug == wanted
    runner_up = {c.slug: c.score for c in ranked}.get(other, 0.0)
    assert runner_up < ranked[0].score


@pytest.mark.parametrize(
    "query", ["engineer", "ai engineer", "systems", "AI", "ai systems engineer", "systems engineer"]
)
def test_words_most_titles_share_give_a_choice_not_a_match(
    seed_index: NameIndex, query: str
) -> None:
    found = seed_index.resolve(query)
    assert isinstance(found, Ambiguous), found
    assert len(found.candidates) >= 2
    assert len({c.slug for c in found.candidates}) == len(found.candidates)


@pytest.mark.parametrize(
    "query", ["plumber", "xyzzy", "astronaut chef", "qqqq zzzz", "12345", "¯\\_(ツ)_/¯"]
)
def test_an_unknown_name_is_not_found(seed_index: NameIndex, query: str) -> None:
    found = seed_index.resolve(query)
    assert isinstance(found, NotFound), found
    assert found.query == query


@pytest.mark.parametrize("query", ["", "   ", "the", "a job", "?!", "\u200b\u200b", "\x00"])
def test_nothing_to_look_up_is_not_found_without_suggestions(
    seed_index: NameIndex, query: str
) -> None:
    assert seed_index.resolve(query) == NotFound(query, ())


def test_suggestions_for_a_near_miss_name_real_careers(seed_index: NameIndex) -> None:
    found = seed_index.resolve("modal routing")
    slugs = (
        [found.slug]
        if isinstance(found, Match)
        else [
            c.slug
            for c in (found.candidates if isinstance(found, Ambiguous) else found.suggestions)
        ]
    )
    assert slugs
    assert set(slugs) <= {ROUTING, MULTIMODAL, COMPRESSION, MULTI_AGENT, ON_DEVICE, MIDDLEWARE}


def test_search_ranks_best_first_with_one_entry_per_career(seed_index: NameIndex) -> None:
    ranked = seed_index.search("model engineer", limit=6)
    scores = [c.score for c in ranked]
    assert scores == sorted(scores, reverse=True)
    assert len({c.slug for c in ranked}) == len(ranked)
    assert {c.slug for c in ranked[:2]} == {ROUTING, COMPRESSION}


def test_two_careers_sharing_an_alias_are_ambiguous() -> None:
    index = NameIndex([("first", "Data Engineer"), ("second", "Data Engineer")])
    found = index.resolve("data engineer")
    assert isinstance(found, Ambiguous)
    assert {c.slug for c in found.candidates} == {"first", "second"}


@pytest.mark.parametrize(
    ("query", "slug"),
    TYPOS
    + ALIASES
    + HYPHENS
    + WITHOUT_AI_OR_ENGINEER
    + EXACT_TITLES
    + [(q, MULTIMODAL) for q in MULTIMODAL_SPELLINGS]
    + [(q, MULTI_AGENT) for q in MULTI_AGENT_SPELLINGS],
)
def test_among_all_bundled_occupations_the_seed_career_is_found_or_offered(
    bundled_index: NameIndex, query: str, slug: str
) -> None:
    """With ~900 occupations beside them, a name may need a "did you mean" (routing clerks
    exist), but the career meant is always the match or one of the choices offered."""
    found = bundled_index.resolve(query)
    match found:
        case Match():
            assert found.slug == slug
        case Ambiguous():
            assert slug in [c.slug for c in found.candidates]
        case NotFound():
            assert slug in [c.slug for c in found.suggestions], found
