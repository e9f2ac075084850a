"""The O*NET ratings a person's words are matched against (``Career.descriptors``):
interests, knowledge, work styles, work values, and task statements by topic
(docs/catalog-build.md, "Which career fits me?")."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from careerbot.careers.model import Descriptors, TopicTasks
from careerbot.careers.traits import topic_patterns
from careerbot.catalog_build.onet import CODE, ONET_DIR, Interests
from careerbot.catalog_build.sources import ONET
from careerbot.catalog_build.tables import parse_decimal, read_tsv, round_half_up

#: (file, scale) of each family of ratings
RATINGS = {
    "knowledge": ("Knowledge.txt", "IM"),
    "styles": ("Work Styles.txt", "IM"),
    "values": ("Work Values.txt", "EX"),
}

Ratings = dict[str, dict[str, float]]


@dataclass(frozen=True)
class RatingTables:
    knowledge: Ratings
    styles: Ratings
    values: Ratings


def load_ratings(source_dir: Path, name: str, scale: str) -> Ratings:
    """code → element → value on one scale. A value O*NET recommends suppressing (too few
    respondents or too wide an error) is left out, as not published."""
    rows = read_tsv(source_dir / ONET_DIR / name, CODE, "Element Name", "Scale ID", "Data Value")
    out: Ratings = defaultdict(dict)
    for row in rows:
        if row["Scale ID"] != scale or row.get("Recommend Suppress") == "Y":
            continue
        value = parse_decimal(row["Data Value"])
        if value is not None:
            out[row[CODE]][row["Element Name"]] = round_half_up(value, 2)
    return dict(out)


def load_rating_tables(source_dir: Path) -> RatingTables:
    return RatingTables(**{key: load_ratings(source_dir, *where) for key, where in RATINGS.items()})


def topics(tasks: list[str]) -> dict[str, TopicTasks]:
    """Each topic the tasks mention: how many of them do, and the first that does."""
    found: dict[str, TopicTasks] = {}
    for name, pattern in topic_patterns().items():
        hits = [t for t in tasks if pattern.search(t)]
        if hits:
            found[name] = TopicTasks(count=len(hits), of=len(tasks), example=hits[0][:500])
    return found


def descriptors(
    code: str,
    tables: RatingTables,
    interests: Interests | None,
    tasks: list[str],
    core: list[str],
) -> Descriptors | None:
    values: dict[str, object] = {
        "interests": dict(interests.scores) if interests else {},
        "knowledge": tables.knowledge.get(code, {}),
        "styles": tables.styles.get(code, {}),
        "values": tables.values.get(code, {}),
        "topics": topics(tasks),
        "tasks": tuple(core),
    }
    if not any(values.values()):
        return None
    return Descriptors(source=ONET, **values)
