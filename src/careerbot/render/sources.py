"""Source lines: every figure shown names where it comes from."""

from __future__ import annotations

from collections.abc import Mapping

from careerbot.careers.model import Career, Source


def source_ids(*careers: Career) -> list[str]:
    ids: list[str] = []
    for career in careers:
        for figure in career.figures().values():
            if figure is not None and figure.source not in ids:
                ids.append(figure.source)
    return ids


def source_line(sources: Mapping[str, Source], *careers: Career) -> str:
    names = []
    for sid in source_ids(*careers):
        source = sources.get(sid)
        label = (source.short or source.name) if source else sid
        year = (
            f" ({source.year})" if source and source.year and str(source.year) not in label else ""
        )
        names.append(label + year)
    return "Sources: " + "; ".join(names) if names else "Sources: none published"
