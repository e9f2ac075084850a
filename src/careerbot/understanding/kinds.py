"""A kind of job asked to be ranked: "which technician job pays best", "highest paying
nursing jobs", "which engineer makes the most". The word names many careers' titles; the
ranking is of those careers alone, written in the scope as ``kind:WORD``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import cast

from careerbot._utils.text import singular
from careerbot.careers.fields import KIND
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.recommend.weighing import Criterion
from careerbot.understanding import cues
from careerbot.understanding.parsed import Parsed
from careerbot.understanding.requests import Mention, ProfileAsk, Request, WishAsk
from careerbot.understanding.resolution import Ambiguous
from careerbot.understanding.scope import fields_in
from careerbot.understanding.workers import worker_of

#: a word names a kind of job when this many careers' own titles have it
KIND_TITLES = 3
#: the figures a kind's careers are ranked on, the most first ("which engineer makes the most")
_RANKED = frozenset({"salary", "demand", "openings"})

#: a word for a worker, as titles end ("technician", "nurse"), not one for where or what
#: the work is ("home", "safety")
_WORKER = re.compile(
    r"(?:er|or|ist|ian|ant|ent|ic)$|^(?:nurse|aide|clerk|cook|chef|pilot|guard|nanny|medic)$"
)

#: where a kind's word sits: before a word for jobs, after "which", after "best paid"
_SAID = (
    re.compile(r"\b([a-z]+) (?:jobs?|careers?|roles?|positions?|fields?|work)\b"),
    re.compile(r"\b(?:which|what) (?:kind of |type of |sort of )?([a-z]+)\b"),
    re.compile(r"\b(?:best|highest|top|most)[- ](?:paid|paying|earning) ([a-z]+)\b"),
)


def kind_word(parsed: Parsed) -> str | None:
    """The word for a kind of job the message names, as the catalog's titles say it; not
    one a field already names ("science jobs": the science field) or one a field's words
    qualify ("AI engineering role": the AI field's)."""
    text = parsed.text
    said = [(m.group(1), m.start(1)) for pattern in _SAID for m in pattern.finditer(text)]
    said += [
        (f.mention.said, parsed.message.words[f.start].start)
        for f in parsed.found
        if isinstance(f.mention.found, Ambiguous)
    ]
    fields = fields_in(text)
    for word, at in said:
        if " " in word.strip():
            continue
        key = singular(word.strip())
        for kind in (key, worker_of(key, parsed.index)):
            if not kind or not _WORKER.search(kind) or parsed.index.in_titles(kind) < KIND_TITLES:
                continue
            if any(f.start <= at < f.end and _same(f.name, kind) for f in fields):
                return None  # "science jobs": the field itself
            if any(
                f.start < at < f.end or (f.end <= at and not text[f.end : at].strip())
                for f in fields
            ):
                return None  # "AI engineering role": the field's own words say which
            return kind
    return None


def _same(field: str, kind: str) -> bool:
    """A field and a kind of worker named alike ("science", "scientist")."""
    return field[:_ALIKE] == kind[:_ALIKE]


#: letters a field and a kind share from the start when they name one thing
_ALIKE = 5


def ranked_kind(parsed: Parsed, request: Request) -> Request:
    """A ranking asked of a kind of job: the kind added to the scope; "which engineer makes
    the most", asked of a name several careers share, ranks them on that figure."""
    superlative = cues.SUPERLATIVE.search(parsed.text) is not None
    if not superlative:
        return request
    if isinstance(request, WishAsk) and request.superlative and not request.personal:
        kind = kind_word(parsed)
        # a field named by the same word is the kind already ("which AI job", "engineering")
        if kind is None or any(kind in f or f in kind for f in request.scope):
            return request
        return replace(request, scope=(*request.scope, f"{KIND}{kind}"))
    if (
        isinstance(request, ProfileAsk)
        and isinstance(request.subject, Mention)
        and (isinstance(request.subject.found, Ambiguous) or _which_kind(parsed, request.subject))
        and request.focus in _RANKED
    ):
        kind = kind_word(parsed)
        if kind is None:
            return request
        wish = Preferences((Preference(cast(Criterion, request.focus), "high"),))
        return WishAsk(preferences=wish, scope=(f"{KIND}{kind}",), superlative=True)
    return request


#: "what kind of nurse", "which type of engineer": a kind asked to be chosen among
_WHICH_KIND = re.compile(r"\b(?:which|what) (?:kind|type|sort)s? of ([a-z]+)\b|\bwhich ([a-z]+)\b")


def _which_kind(parsed: Parsed, subject: Mention) -> bool:
    """The name said is asked of as a kind to choose among ("what kind of nurse makes the
    most": nurses of every kind, not registered nurses alone, whom "nurse" names)."""
    said = singular(subject.said.strip())
    return any(
        singular(m.group(1) or m.group(2)) == said for m in _WHICH_KIND.finditer(parsed.text)
    )
