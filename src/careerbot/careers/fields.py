"""Fields of work a question can be about: "which AI job pays the most", "healthcare jobs
without a degree", "I like working with my hands".

This table names each field and the words people use for it; which careers belong to it is
decided when the catalog is built, from what O*NET and BLS publish (SOC groups, interests,
skills, typical education; the rules are in docs/catalog-build.md) and stored on each
career as ``Career.fields``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    #: how a reply names it ("healthcare", "jobs without a degree")
    label: str
    #: phrases that name the field, as regular expressions over folded text
    words: tuple[str, ...]


FIELDS: tuple[Field, ...] = (
    Field(
        "ai",
        "AI",
        (
            r"ai",
            r"a\.i\.?",
            r"artificial intelligence",
            r"machine learning",
            r"ml",
            r"llms?",
            r"deep learning",
            r"gen ?ai",
        ),
    ),
    Field(
        "tech",
        "tech",
        (
            r"tech",
            r"technology",
            r"it",
            r"computers?",
            r"software",
            r"programming",
            r"coding",
            r"cyber ?security",
            r"information technology",
            r"computer science",
        ),
    ),
    Field(
        "healthcare",
        "healthcare",
        (
            r"health ?care",
            r"health",
            r"medical",
            r"medicine",
            r"hospitals?",
            r"clinical",
            r"nursing",
            r"patients?",
        ),
    ),
    Field("engineering", "engineering", (r"engineering", r"engineers?")),
    Field(
        "trades",
        "the trades",
        (
            r"trades?",
            r"skilled trades?",
            r"blue[- ]collar",
            r"construction",
            r"vocational",
            r"apprenticeships?",
        ),
    ),
    Field(
        "creative",
        "creative work",
        (
            r"creative",
            r"creativity",
            r"arts?",
            r"artistic",
            r"design",
            r"music",
            r"writing",
            r"media",
            r"entertainment",
        ),
    ),
    Field(
        "education",
        "education",
        (r"education", r"teaching", r"schools?", r"teach", r"academic", r"academia"),
    ),
    Field(
        "business",
        "business",
        (r"business", r"management", r"corporate", r"entrepreneur\w*", r"consulting"),
    ),
    Field("legal", "law", (r"legal", r"law", r"laws", r"courts?", r"justice")),
    Field(
        "outdoors",
        "outdoor work",
        (
            r"outdoors?",
            r"outside",
            r"nature",
            r"open air",
            r"fresh air",
            r"not (?:in|at) a desk",
            r"forests?",
            r"farms?",
            r"farming",
        ),
    ),
    Field(
        "hands_on",
        "hands-on work",
        (
            r"(?:with|using) my hands",
            r"hands[- ]on",
            r"manual work",
            r"physical work",
            r"build(?:ing)? things",
            r"fix(?:ing)? things",
            r"making things",
        ),
    ),
    Field(
        "helping",
        "helping people",
        (
            r"help(?:ing)? (?:people|others|the community|kids|children)",
            r"make a difference",
            r"caring",
            r"care for (?:people|others)",
            r"social work",
            r"serv(?:e|ing) (?:people|others|the community)",
        ),
    ),
    Field("animals", "working with animals", (r"animals?", r"pets?", r"wildlife", r"dogs?")),
    Field(
        "science",
        "science",
        (r"science", r"sciences", r"scientific", r"research", r"lab", r"laboratory"),
    ),
    Field(
        "finance",
        "finance",
        (r"finance", r"financial", r"banking", r"investment", r"accounting", r"money management"),
    ),
    Field("sales", "sales", (r"sales", r"selling", r"retail")),
    Field(
        "transport",
        "transport",
        (
            r"transport(?:ation)?",
            r"driving",
            r"logistics",
            r"trucking",
            r"aviation",
            r"shipping",
        ),
    ),
    Field(
        "hospitality",
        "hospitality",
        (r"hospitality", r"restaurants?", r"hotels?", r"food service", r"tourism", r"cooking"),
    ),
    Field(
        "public_safety",
        "public safety",
        (
            r"public safety",
            r"law enforcement",
            r"police",
            r"firefight\w*",
            r"emergency services",
            r"security",
            r"military",
        ),
    ),
    Field(
        "psychology",
        "psychology",
        (r"psychology", r"psych", r"mental health", r"counsel(?:l)?ing", r"therapy"),
    ),
    Field(
        "low_math",
        "little math",
        (
            r"(?:hate|bad at|not good at|no|without|avoid|dislike|less|little|not much) "
            r"(?:doing )?(?:math|maths|mathematics|numbers)",
            r"math(?:s)? (?:is|isn'?t) (?:not )?my (?:thing|strength)",
        ),
    ),
    Field(
        "no_degree",
        "jobs without a degree",
        (
            r"(?:no|without an?|without|don'?t need an?|don'?t have an?|not needing an?|"
            r"never went to) (?:college )?(?:college|university|degree|diploma)",
            r"no (?:college|uni|university)",
            r"high school (?:only|diploma|graduate)",
            r"without (?:going to )?college",
        ),
    ),
    Field("office", "office work", (r"office", r"desk", r"admin(?:istrative)?", r"clerical")),
)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
NAMES: tuple[str, ...] = tuple(BY_NAME)
