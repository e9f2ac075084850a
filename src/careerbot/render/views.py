"""Documents for everything that is not the comparison card."""

from __future__ import annotations

from careerbot.careers.comparison import Comparison
from careerbot.careers.model import Career
from careerbot.render.card import skills_line
from careerbot.render.document import Block, Bullets, Document, Heading, Para

EXAMPLES = (
    "routing vs middleware",
    "accountant or data scientist?",
    "I want remote work and low AI risk, which role fits me?",
    "which job pays the most?",
    "tell me about on-device AI",
)


def help_document(greeting: bool = False) -> Document:
    intro = (
        "Hi! I compare careers side by side: salary, demand, AI risk, time to learn, "
        "entry barrier, remote work, coding and the skills they share."
        if greeting
        else "Ask me to compare two careers, or about one, in your own words."
    )
    return Document(
        (
            Para(intro),
            Bullets("Try:", EXAMPLES),
            Para(
                "/compare A vs B · /career A · /fit (a short quiz) · /list · /help. "
                "After a comparison, “what about …?” swaps in another career and “swap” "
                "flips the sides; after a recommendation, “and remote too” refines it."
            ),
        )
    )


def list_document(careers: tuple[Career, ...], limit: int = 60) -> Document:
    by_category: dict[str, list[str]] = {}
    for career in careers:
        by_category.setdefault(career.category, []).append(career.title)
    blocks: list[Block] = [Heading(f"I know {len(careers)} careers")]
    shown = 0
    for category, titles in by_category.items():
        if shown >= limit:
            break
        take = titles[: max(limit - shown, 0)]
        shown += len(take)
        more = f" (+{len(titles) - len(take)} more)" if len(take) < len(titles) else ""
        blocks.append(Bullets(category + more, tuple(take)))
    if shown < len(careers):
        blocks.append(Para(f"…and {len(careers) - shown} more: type any job title to find it."))
    return Document(tuple(blocks))


def skills_document(cmp: Comparison) -> Document:
    s = cmp.skills
    blocks: list[Block] = [
        Heading(f"Skills: {cmp.a.title} vs {cmp.b.title}"),
        Para(skills_line(cmp), bold_prefix="🧩"),
    ]
    blocks.append(Bullets(f"Only {cmp.a.title} ({len(s.a_only)})", s.a_only or ("none",)))
    shared = tuple(pair.a if pair.a == pair.b else f"{pair.a} ≈ {pair.b}" for pair in s.shared)
    blocks.append(Bullets(f"Shared ({len(s.shared)})", shared or ("No shared skills",)))
    blocks.append(Bullets(f"Only {cmp.b.title} ({len(s.b_only)})", s.b_only or ("none",)))
    blocks.append(
        Para(
            "Shared means the same skill, even in other words. "
            f"Overlap {s.overlap:.0%} of all listed skills.",
            italic=True,
        )
    )
    return Document(tuple(blocks))


def text_document(*paragraphs: str) -> Document:
    return Document(tuple(Para(p) for p in paragraphs))
