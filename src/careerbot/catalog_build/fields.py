"""Which occupations belong to each field of ``careers.fields``: rules over what O*NET and
BLS publish (docs/catalog-build.md, "Fields"). SOC group prefixes decide most; O*NET
Interests (RIASEC), Work Styles and skills decide the ones no group captures."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from careerbot.careers.fields import NAMES
from careerbot.catalog_build.onet import Interests


@dataclass(frozen=True)
class Facts:
    code: str
    title: str
    text: str  # the description and the task statements
    education: str | None
    training: str | None
    interests: Interests | None
    concern_for_others: float | None
    importance: dict[str, float]
    level: dict[str, float]
    tools: frozenset[str]
    coding: bool
    remote: str | None  # "yes", "partly", "no"
    #: needs a licence or certification to practise (the entry barrier's rule); None: no
    #: entry figures to judge by
    licence: bool | None = None

    def under(self, *prefixes: str) -> bool:
        return self.code.startswith(prefixes)

    def first_interest(self, name: str, at_least: float) -> bool:
        interests = self.interests
        return bool(
            interests
            and interests.high_points[:1] == (name,)
            and interests.scores.get(name, 0) >= at_least
        )


AI_TOOLS = re.compile(
    r"TensorFlow|PyTorch|Keras|Scikit-learn|XGBoost|Hugging Face|Apache Mahout|OpenAI|"
    r"Neural network|Artificial intelligence",
    re.I,
)
AI_TEXT = re.compile(
    r"artificial intelligence|machine learning|\bAI\b|neural network|deep learning", re.I
)
ANIMAL_TITLE = re.compile(
    r"animal|veterinar|zoolog|wildlife|fish and game|ranchers|farmworkers, farm", re.I
)
ANIMAL_TEXT = re.compile(
    r"\banimals?\b|veterinar|livestock|\bpets?\b|wildlife|\bzoos?\b|\bhorses?\b|\bdogs?\b|"
    r"\bcattle\b|\bherds?\b|kennel|\bbees\b",
    re.I,
)
OUTDOOR_TEXT = re.compile(
    r"outdoors?|forests?|wildlife|farms?\b|crops?\b|orchards?|gardens?|landscap\w*|logging|"
    r"timber|trees\b|rangelands?|\bsoils?\b|weather|terrain|hunting|fishing|lawns?\b",
    re.I,
)
PSYCHOLOGY_TITLE = re.compile(
    r"psycholog|psychiatr|mental health|behavioral disorder|substance abuse|marriage and "
    r"family|rehabilitation counselors|guidance, and career counselors|art therapists|"
    r"music therapists",
    re.I,
)
#: production jobs that are operating, tending or assisting rather than a trade
OPERATIVE = re.compile(
    r"Operators|Tenders|Helpers|Assemblers|Laborers|Packers|Batchmakers|Feeders|Sorters|"
    r"Cleaners|Inspectors, Testers|Graders|Samplers|Weighers|Packaging|Offbearers|Supervisors|"
    r"Laundry|Pressers|Hand\b|Trimmers"
)
TRADE_TRAINING = frozenset(
    {"Apprenticeship", "Long-term on-the-job training", "Moderate-term on-the-job training"}
)
NO_DEGREE = frozenset(
    {
        "No formal educational credential",
        "High school diploma or equivalent",
        "Some college, no degree",
        "Postsecondary nondegree award",
    }
)


def _trades(f: Facts) -> bool:
    if f.under("47-1", "49-1"):  # first-line supervisors manage the trades
        return False
    if f.under("47-", "49-"):
        return True
    return (
        f.under("51-")
        and not OPERATIVE.search(f.title)
        and (f.training in TRADE_TRAINING or f.education == "Postsecondary nondegree award")
    )


RULES: dict[str, Callable[[Facts], bool]] = {
    "ai": lambda f: (
        f.coding
        and (sum(bool(AI_TOOLS.search(t)) for t in f.tools) >= 2 or bool(AI_TEXT.search(f.text)))
    ),
    "tech": lambda f: f.under("15-12", "15-2051", "11-3021", "17-2061", "25-1021"),
    "healthcare": lambda f: f.under("29-", "31-", "11-9111"),
    "engineering": lambda f: f.under("17-2", "17-3", "11-9041"),
    "trades": _trades,
    "creative": lambda f: (
        (
            f.under("27-")
            and not f.under("27-202")
            and bool(f.interests and f.interests.scores.get("Artistic", 0) >= 4.0)
        )
        or f.first_interest("Artistic", 5.0)
    ),
    "education": lambda f: f.under("25-", "11-9031", "11-9032", "11-9033", "21-1012"),
    "business": lambda f: (
        f.under("11-", "13-1")
        and not f.under("11-9111", "11-9031", "11-9032", "11-9033", "11-9041", "11-9121")
    ),
    "legal": lambda f: f.under("23-"),
    "outdoors": lambda f: (
        (
            f.under(
                "45-",
                # farmers and ranchers manage the farm they work on (O*NET 11-9013: "plant,
                # cultivate, and harvest… raise livestock")
                "11-9013",
                "37-3",
                "47-5",
                "33-3031",
                "19-1031",
                "19-1032",
                "19-4071",
                "53-5",
                "17-1022",
                "49-9051",
                "49-9052",
                "49-9081",
            )
            # (miners underground are extraction workers, not outdoors: continuous mining
            # machine operators, roof bolters, the other mining machine operators)
            and "underground" not in f.title.lower()
            and not f.under("47-5041", "47-5043", "47-5049")
        )
        or (
            f.first_interest("Realistic", 5.0)
            and len({m.lower() for m in OUTDOOR_TEXT.findall(f.text)}) >= 2
        )
    ),
    "hands_on": lambda f: f.first_interest("Realistic", 4.5),
    "helping": lambda f: bool(
        f.interests
        and "Social" in f.interests.high_points[:2]
        and f.interests.scores.get("Social", 0) >= 5.0
        and (f.concern_for_others is None or f.concern_for_others >= 4.0)
    ),
    "animals": lambda f: (
        not f.under("35-", "51-")
        and bool(ANIMAL_TITLE.search(f.title) or len(ANIMAL_TEXT.findall(f.text)) >= 3)
    ),
    # farming, fishing and forestry (45), farmers and ranchers, agricultural scientists,
    # engineers, technicians, inspectors and farm advisers
    "agriculture": lambda f: f.under(
        "45-", "11-9013", "19-1011", "19-1012", "19-1013", "17-2021", "19-4012", "25-9021"
    ),
    "science": lambda f: (
        f.under("19-", "15-2")
        or (
            f.first_interest("Investigative", 0)
            and f.importance.get("Science", 0) >= 3.5
            and not f.under("17-", "29-", "31-")
        )
    ),
    "finance": lambda f: f.under("13-2", "11-3031", "41-3031", "43-3", "15-2011"),
    "sales": lambda f: f.under("41-", "11-2022") and not f.under("41-2011", "41-2012", "41-9012"),
    "transport": lambda f: f.under("53-", "11-3071", "43-5032", "43-5011") and not f.under("53-7"),
    "hospitality": lambda f: f.under(
        "35-", "11-9051", "11-9081", "43-4081", "39-6", "39-7", "39-3", "41-3041"
    ),
    "public_safety": lambda f: f.under("33-", "29-2042", "29-2043", "11-9161", "43-5031"),
    "psychology": lambda f: bool(PSYCHOLOGY_TITLE.search(f.title)),
    # counselors, social workers and other community and social service specialists, and
    # their managers (religious work, 21-2, is not social services)
    "social_services": lambda f: f.under("21-1", "11-9151"),
    "low_math": lambda f: (
        bool(f.importance)
        and f.importance.get("Mathematics", 5) <= 2.5
        and f.level.get("Mathematics", 7) <= 2.5
    ),
    "no_degree": lambda f: f.education in NO_DEGREE,
    "no_licence": lambda f: f.licence is False,
    "office": lambda f: f.remote == "yes" or f.under("43-"),
}
if set(RULES) != set(NAMES):  # every field a question can name has a rule, and only those
    raise RuntimeError(f"field rules and careers.fields differ: {set(RULES) ^ set(NAMES)}")


def fields_of(facts: Facts) -> tuple[str, ...]:
    return tuple(name for name in NAMES if RULES[name](facts))
