"""The plain words of O*NET's own prose: every word of five letters or more in the
occupation descriptions, and those in five or more task statements ("factory",
"warehouse", "higher"). A word people type that is one of them is that word, never a
misspelling of a job title's ("factory" is no "Factorer"). Written to
``understanding/lexicon/plain_words.txt``; ``tests/catalog`` checks it against the raw
files.

    python -m careerbot.catalog_build.plain_words ONET_DIR
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

#: shorter words are never corrected to a name, so they need no place here
SHORTEST = 5
#: a task word in this many task statements or more is no oddity of one occupation
TASKS_AT_LEAST = 5
OUT = Path(__file__).resolve().parents[1] / "understanding" / "lexicon" / "plain_words.txt"
_WORD = re.compile(r"[a-z]+")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def plain_words(onet_dir: Path) -> list[str]:
    described = {
        w
        for row in _rows(onet_dir / "Occupation Data.txt")
        for w in _WORD.findall(row["Description"].lower())
    }
    tasks = Counter(
        w
        for row in _rows(onet_dir / "Task Statements.txt")
        for w in set(_WORD.findall(row["Task"].lower()))
    )
    found = described | {w for w, n in tasks.items() if n >= TASKS_AT_LEAST}
    return sorted(w for w in found if len(w) >= SHORTEST)


def main(argv: list[str]) -> int:
    words = plain_words(Path(argv[0]))
    OUT.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words → {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
