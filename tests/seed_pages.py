"""The five source pages in ../shared/seeds, read into figures, and a committed copy of them.

The committed table keeps the tests honest when ../shared is absent (the page-parsing
tests then skip); when the pages are present, a test checks the table against them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = REPO_ROOT / ".." / "shared" / "seeds"

ROUTING = "ai-model-routing-engineer"
MULTIMODAL = "ai-multimodal-systems-engineer"
MULTI_AGENT = "ai-multi-agent-systems-engineer"
ON_DEVICE = "ai-on-device-ai-engineer"
COMPRESSION = "ai-model-compression-engineer"
MIDDLEWARE = "ai-middleware-engineer"
SEED_SLUGS = (ROUTING, MULTIMODAL, MULTI_AGENT, ON_DEVICE, COMPRESSION, MIDDLEWARE)


@dataclass(frozen=True)
class Figures:
    title: str
    salary_low: int
    salary_high: int
    demand: float
    ai_risk_percent: float
    learning_months: int
    difficulty: str
    entry_barrier: str
    remote: bool
    coding: bool
    skills: tuple[str, ...] = ()


# Every figure as the pages print it (page 003's title sentences assign its salary rows).
CAREERS: dict[str, Figures] = {
    ROUTING: Figures(
        "AI Model Routing Engineer", 135_000, 210_000, 9.0, 15, 8, "Advanced", "High", True, True
    ),
    MULTIMODAL: Figures(
        "AI Multimodal Systems Engineer",
        130_000,
        200_000,
        9.2,
        15,
        9,
        "Advanced",
        "High",
        True,
        True,
    ),
    MULTI_AGENT: Figures(
        "AI Multi-Agent Systems Engineer",
        120_000,
        280_000,
        9.2,
        15,
        10,
        "Advanced",
        "High",
        True,
        True,
    ),
    ON_DEVICE: Figures(
        "AI On-Device AI Engineer", 130_000, 220_000, 9.1, 15, 10, "Advanced", "High", True, True
    ),
    COMPRESSION: Figures(
        "AI Model Compression Engineer",
        120_000,
        200_000,
        9.0,
        20,
        12,
        "Advanced",
        "High",
        True,
        True,
    ),
    MIDDLEWARE: Figures(
        "AI Middleware Engineer", 120_000, 210_000, 9.2, 15, 8, "Advanced", "Medium", True, True
    ),
}

# page -> (A, B, better per ranked attribute), worked out by hand from the rules:
# higher salary ceiling, higher demand, lower AI risk, shorter learning, lower entry barrier.
PAGES: dict[str, tuple[str, str, dict[str, str]]] = {
    "000": (
        ROUTING,
        MULTIMODAL,
        {
            "salary": "a",
            "demand": "b",
            "ai_risk": "tie",
            "learning_curve": "a",
            "entry_barrier": "tie",
        },
    ),
    "001": (
        ROUTING,
        MULTI_AGENT,
        {
            "salary": "b",
            "demand": "b",
            "ai_risk": "tie",
            "learning_curve": "a",
            "entry_barrier": "tie",
        },
    ),
    "002": (
        ROUTING,
        ON_DEVICE,
        {
            "salary": "b",
            "demand": "b",
            "ai_risk": "tie",
            "learning_curve": "a",
            "entry_barrier": "tie",
        },
    ),
    "003": (
        COMPRESSION,
        ROUTING,
        {
            "salary": "b",
            "demand": "tie",
            "ai_risk": "b",
            "learning_curve": "b",
            "entry_barrier": "tie",
        },
    ),
    "004": (
        MIDDLEWARE,
        ROUTING,
        {
            "salary": "tie",
            "demand": "a",
            "ai_risk": "tie",
            "learning_curve": "tie",
            "entry_barrier": "a",
        },
    ),
}
UNRANKED = ("difficulty", "remote", "coding")

# A few skills per career, word for word from the pages, so the committed table checks
# skills too when ../shared is absent.
SKILL_SAMPLES: dict[str, tuple[str, ...]] = {
    ROUTING: ("Vector database management for semantic routing based on query embeddings",),
    MULTIMODAL: ("Vector Databases & Embedding Models",),
    MULTI_AGENT: ("RAG (Retrieval-Augmented Generation) system design",),
    ON_DEVICE: (
        "Python ML ecosystem fluency for model training, fine-tuning, and benchmarking pipelines",
    ),
    COMPRESSION: ("C/C++/CUDA for low-level optimization",),
    MIDDLEWARE: ("API and SDK design for AI service abstraction layers",),
}


def seed_dir_present() -> bool:
    return SEED_DIR.is_dir() and any(SEED_DIR.glob("*.txt"))


def page_text(page: str) -> str:
    (path,) = SEED_DIR.glob(f"{page}_*.txt")
    return path.read_text(encoding="utf-8")


_MONEY = r"\$([\d,]+)-\$([\d,]+)/yr"
_NAME = r"([A-Z][\w\- ]+?)"
_OFFERS = re.compile(rf"{_NAME} offers {_MONEY} while {_NAME} offers {_MONEY}\.")


def _money(text: str) -> int:
    return int(text.replace(",", ""))


def _after(lines: list[str], label: str) -> tuple[str, str]:
    at = lines.index(label)
    return lines[at + 1], lines[at + 2]


def _bullets(lines: list[str], start: int) -> tuple[str, ...]:
    found = []
    for line in lines[start + 1 :]:
        if not line.startswith("•"):
            if found:
                break
            continue
        found.append(line.removeprefix("•").strip())
    return tuple(found)


def parse_page(text: str) -> tuple[Figures, Figures]:
    """The two careers of a page, A first. Salaries come from the title sentence, which
    names each career; the table's rows are checked against it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title_a, title_b = lines[lines.index("Career Comparison") + 1].split(" vs ")
    offers = _OFFERS.search(text)
    assert offers, "the page's title sentence about salaries is missing"
    assert (offers.group(1), offers.group(4)) == (title_a, title_b)
    salaries = (
        (_money(offers.group(2)), _money(offers.group(3))),
        (_money(offers.group(5)), _money(offers.group(6))),
    )
    table_salaries = tuple(
        tuple(_money(m) for m in re.fullmatch(_MONEY, cell).groups())  # type: ignore[union-attr]
        for cell in _after(lines, "Salary Range")
    )
    assert table_salaries == salaries, "the table's salary rows disagree with the title sentence"
    demand = [float(v.removesuffix("/10")) for v in _after(lines, "Demand Score")]
    risk = [float(v.removesuffix("%")) for v in _after(lines, "AI Replacement Risk")]
    months = [int(v.removesuffix(" months")) for v in _after(lines, "Learning Curve")]
    difficulty = _after(lines, "Difficulty")
    barrier = _after(lines, "Entry Barrier")
    remote = [v == "✅ Yes" for v in _after(lines, "Remote Friendly")]
    coding = [v == "✅ Yes" for v in _after(lines, "Requires Coding")]
    skills_a = _bullets(lines, lines.index(f"A {title_a} Only"))
    skills_b = _bullets(lines, lines.index(f"B {title_b} Only"))
    return tuple(  # type: ignore[return-value]
        Figures(
            title,
            salaries[i][0],
            salaries[i][1],
            demand[i],
            risk[i],
            months[i],
            difficulty[i],
            barrier[i],
            remote[i],
            coding[i],
            skills,
        )
        for i, (title, skills) in enumerate(((title_a, skills_a), (title_b, skills_b)))
    )
