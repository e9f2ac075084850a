"""O*NET 29.3 *Education, Training, and Experience*: for each occupation, how its respondents
answered four questions, as the share answering each category.

- RL, required level of education (categories 1–12, ``Education, Training, and Experience
  Categories.txt``: less than high school … post-doctoral training);
- RW, related work experience (1–11: none … over 10 years);
- PT, on-site or in-plant training, organized classroom study the employer provides (1–9);
- OJ, on-the-job training under a more experienced worker (1–9).

Rows flagged *Recommend Suppress* are kept: a category's share is imprecise there, but the
categories still make up the whole distribution.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from careerbot.catalog_build.onet import CODE, ONET_DIR
from careerbot.catalog_build.tables import read_tsv

ETE_FILE = "Education, Training, and Experience.txt"
CATEGORIES_FILE = "Education, Training, and Experience Categories.txt"
SCALES = ("RL", "RW", "PT", "OJ")

#: RL category -> the BLS EP education category it is (O*NET's certificates after a
#: degree and post-doctoral training are the degree they follow)
RL_EDUCATION: dict[int, str] = {
    1: "No formal educational credential",
    2: "High school diploma or equivalent",
    3: "Postsecondary nondegree award",
    4: "Some college, no degree",
    5: "Associate's degree",
    6: "Bachelor's degree",
    7: "Bachelor's degree",
    8: "Master's degree",
    9: "Master's degree",
    10: "Doctoral or professional degree",
    11: "Doctoral or professional degree",
    12: "Doctoral or professional degree",
}
#: RW, PT and OJ categories as months (low, high); high None: open-ended ("over 10 years").
#: The bounds are the categories' own ("Over 1 month, up to and including 3 months").
EXPERIENCE_MONTHS: dict[int, tuple[int, int | None]] = {
    1: (0, 0),
    2: (0, 1),
    3: (1, 3),
    4: (3, 6),
    5: (6, 12),
    6: (12, 24),
    7: (24, 48),
    8: (48, 72),
    9: (72, 96),
    10: (96, 120),
    11: (120, None),
}
TRAINING_MONTHS: dict[int, tuple[int, int | None]] = {
    1: (0, 0),
    2: (0, 1),
    3: (1, 3),
    4: (3, 6),
    5: (6, 12),
    6: (12, 24),
    7: (24, 48),
    8: (48, 120),
    9: (120, None),
}
#: the middle half of the answers is "wide" when it spans this many categories or more
WIDE_SPAN = 3


@dataclass(frozen=True)
class Distribution:
    """One scale's answers: category -> percent of respondents."""

    scale: str
    shares: dict[int, float]

    def most_common(self) -> int:
        """The category most respondents gave (the lower one on an exact tie)."""
        return max(sorted(self.shares), key=lambda c: (self.shares[c], -c))

    def share(self, category: int) -> float:
        return self.shares.get(category, 0.0)

    def quantile(self, fraction: float) -> int:
        """The category where the running share of respondents reaches ``fraction``."""
        running = 0.0
        for category in sorted(self.shares):
            running += self.shares[category]
            if running >= fraction * 100 - 1e-9:
                return category
        return max(self.shares)

    def middle_half(self) -> tuple[int, int]:
        return self.quantile(0.25), self.quantile(0.75)

    def wide(self) -> bool:
        low, high = self.middle_half()
        return high - low >= WIDE_SPAN


def load_distributions(source_dir: Path) -> dict[str, dict[str, Distribution]]:
    """code -> scale -> distribution, for the RL, RW, PT and OJ scales."""
    rows = read_tsv(source_dir / ONET_DIR / ETE_FILE, CODE, "Scale ID", "Category", "Data Value")
    shares: dict[str, dict[str, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
    for row in rows:
        if row["Scale ID"] in SCALES and row["Category"]:
            shares[row[CODE]][row["Scale ID"]][int(row["Category"])] = float(row["Data Value"])
    return {
        code: {scale: Distribution(scale, found) for scale, found in scales.items()}
        for code, scales in shares.items()
    }


def load_category_names(source_dir: Path) -> dict[tuple[str, int], str]:
    """(scale, category) -> O*NET's description, for checking the month bounds above."""
    rows = read_tsv(
        source_dir / ONET_DIR / CATEGORIES_FILE, "Scale ID", "Category", "Category Description"
    )
    return {(r["Scale ID"], int(r["Category"])): r["Category Description"] for r in rows}
