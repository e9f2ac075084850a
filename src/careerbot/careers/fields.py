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
    #: phrases that name the field, as regular expressions over folded text (a match must
    #: be whole words; the longest match wins where phrases overlap)
    words: tuple[str, ...]


_JOBS = (
    r"(?:jobs?|careers?|roles?|fields?|work|positions?|industry|sector|professions?|options|branch)"
)

FIELDS: tuple[Field, ...] = (
    Field(
        "ai",
        "AI",
        (
            rf"ai (?:engineering )?{_JOBS}",
            r"ai engineering",
            r"(?:in|into) ai",
            rf"for ai {_JOBS}",
            r"artificial intelligence",
            r"machine learning",
            r"gen ?ai",
            r"llms?",
        ),
    ),
    Field(
        "tech",
        "tech",
        (
            rf"tech {_JOBS}",
            rf"it {_JOBS}",
            r"(?:in|into) (?:tech|it)",
            r"tech",
            r"technology",
            r"computers?",
            r"software",
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
    Field(
        "engineering",
        "engineering",
        (r"engineering", rf"engg?(?: {_JOBS})?", rf"engineers? {_JOBS}"),
    ),
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
            r"music",
            r"media",
            r"entertainment",
        ),
    ),
    Field(
        "education",
        "education",
        # "how much school", "less schooling", "go to school": time in school, not a field
        (
            r"(?<!much )(?<!less )(?<!more )(?<!least )(?<!of )(?<!to )(?<!need )(?<!needs )"
            r"(?:education|schools?)",
            r"teaching",
            r"academic",
            r"academia",
        ),
    ),
    Field(
        "business",
        "business",
        (r"business", r"management", r"corporate", r"entrepreneur\w*", r"consulting"),
    ),
    Field("legal", "law", (r"legal", r"law", r"courts?", r"justice")),
    Field(
        "outdoors",
        "outdoor work",
        (
            r"outdoors?",
            r"outside",
            r"nature",
            r"open air",
            r"fresh air",
            r"forests?",
            r"farms?",
            r"farming",
        ),
    ),
    Field(
        "hands_on",
        "hands-on work",
        (
            r"(?:with|using) (?:my|your|their|our|one'?s)? ?hands",
            r"hands[- ]on",
            r"manual work",
            r"physical work",
            r"build(?:ing)? (?:things|stuff)",
            r"fix(?:ing)? (?:things|stuff)",
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
        (r"science", r"sciences", r"scientific", r"research", r"labs?", r"laboratory"),
    ),
    Field(
        "finance",
        "finance",
        (r"finance", r"financial", r"banking", r"investment", r"accounting"),
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
            # "job security" is a wish for steady work, not a field
            rf"security {_JOBS}",
            r"(?:in|into) security",
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
            r"(?:hates?|bad at|not good at|"
            r"(?:terrible|awful|horrible|suck|not great|rubbish|crap|useless|hopeless|poor) at|no|"
            r"without|avoid|dislikes?|less|little|not much|"
            r"don'?t (?:\w+ )?(?:involve|need|require|use|like)(?: a lot of| much)?|"
            r"(?:are|am|is) bad at) (?:doing )?(?:math|maths|mathematics|numbers)",
            r"math(?:s)? (?:is|isn'?t) (?:not )?my (?:thing|strength)",
        ),
    ),
    Field(
        "no_degree",
        "jobs without a degree",
        (
            r"(?:no|without an?|without|don'?t need an?|(?:don'?t|doesn'?t) want an?|"
            r"don'?t have an?|not needing an?|"
            r"doesn'?t need an?|don'?t require an?|doesn'?t require an?|not requiring an?|"
            r"never went to) (?:college |[a-z]+ )?(?:college|university|degree|diploma)s?",
            r"no (?:college|uni|university)",
            r"high school (?:only|diploma|graduate)",
            r"without (?:going to )?(?:college|uni|university)",
            r"(?:skip|skipping) college",
            r"(?:don'?t|doesn'?t|do not|does not|not|never) (?:want|wanna|going|plan|planning) "
            r"to go to (?:college|uni|university)",
        ),
    ),
    Field("office", "office work", (r"office", r"desk", r"admin(?:istrative)?", r"clerical")),
)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
#: kinds of work rather than industries ("without a degree", "with my hands"): one adds to a
#: field asked before, where another industry replaces the one before
TRAITS = frozenset({"hands_on", "helping", "low_math", "no_degree", "outdoors", "office"})
NAMES: tuple[str, ...] = tuple(BY_NAME)
