"""From words to the career they name: a spotted name, or the words in a career's place
("is nursing a good career", "welding vs hvac") read as the job they stand for.

A resolution is only a match when every word asked for is in the name matched: "crypto
trader" is not quietly Securities Sales Agents. Work with no occupation of its own is said
to be so, with the nearest occupations offered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careerbot._utils.text import singular, words
from careerbot.understanding.lexicon import word_list
from careerbot.understanding.message import Message
from careerbot.understanding.names import FILLER
from careerbot.understanding.requests import Mention
from careerbot.understanding.resolution import Ambiguous, Match, NameIndex, NotFound, Resolution
from careerbot.understanding.slang import (
    ABBREVIATIONS,
    NO_CAREER,
    UNLISTED,
    Unlisted,
    phrase,
    unlisted,
)
from careerbot.understanding.spotting import EVERYDAY, Reading
from careerbot.understanding.workers import worker_of

#: a word for the work read as the worker: design → designer, plumb → plumber, art →
#: artist, music → musician, account → accountant (tried after the words as typed)
_WORKER: tuple[str, ...] = ("er", "r", "ist", "ian", "ant", "or", "yer")
#: the endings of a word for a field of work rather than a worker
_ACTIVITY = re.compile(
    r"(?:ing|ry|ri|ology|ologi|acy|aci|ancy|anci|omy|omi|ics|ience|iene|ism|ure|ment)$"
)
#: words around a career's place that are not part of its name
#: (nor is an everyday doing: "staying calm" is no shoe trade's "Stayer", nor a surveyor's
#: "Staker")
_NOT_NAME = word_list("not_name") | word_list("everyday_doing")
#: the shape of a job title: an agent noun ("streamer", "magician", "artist") or a role word
_JOB_SHAPED = re.compile(
    r"(?:er|or|ist|ian|ant|man|men|person|employee|trainee|eur|ier|naut|tuber|toker|grapher)$|"
    r"^(?:manager|engineer|analyst|coach|owner|artist|hacker|trader|master|agent|specialist|"
    r"officer|technician|assistant|consultant|director|clerk|worker|model|host|annotation|"
    r"moderator|influencer|public|creator)$"
)
_CLAUSE = re.compile(r"[,;:!?()]")
#: words shaped like an agent noun that name no worker
_NOT_AGENT = word_list("not_agent")
NO_OCCUPATION = "no O*NET title or alternate title has those words together"


def mention(name: str, index: NameIndex, exact: bool = True, said: str | None = None) -> Mention:
    """The career ``name`` names: a match, a choice of several, work with no occupation of
    its own, or nothing found. ``said``: the words as typed, where they were read as others."""
    key = tuple(singular(w) for w in words(name) if w not in FILLER)
    typed = name if said is None else said
    if (gap := unlisted(key)) is not None:
        return Mention(typed, gap, exact)
    if " ".join(key) in NO_CAREER:  # "team lead", "army vet": no occupation's name
        return Mention(typed, NotFound(name, ()), exact)
    if (stands_for := phrase(key)) is not None:  # "cop", "factory worker"
        name, key = " ".join(stands_for), stands_for
    found = index.resolve(name)
    if not exact:
        found = _covering(found, list(key), index)
    return Mention(typed, found, exact)


def _covering(found: Resolution, asked: list[str], index: NameIndex) -> Resolution:
    """Only careers with a name that has every word asked: words read from free text are
    not a name until the catalog says so."""
    if isinstance(found, Match):
        return (
            found if index.covers(found.slug, asked) else NotFound(found.best.name, (found.best,))
        )
    if isinstance(found, Ambiguous):
        fitting = tuple(c for c in found.candidates if index.covers(c.slug, asked))
        if len(fitting) == 1:
            return Match(fitting[0])
        return (
            Ambiguous(found.query, fitting)
            if fitting
            else NotFound(found.query, found.candidates[:3])
        )
    return found


def disambiguated(named: Mention, others: Iterable[str], index: NameIndex) -> Mention:
    """A name several careers share, settled by the words around it: a line cook "at a
    restaurant" is a restaurant cook."""
    found = named.found
    if not isinstance(found, Ambiguous):
        return named
    said = [singular(w) for w in others if w not in FILLER and len(w) > 2]
    near = {w for w in said if w not in EVERYDAY}
    # the work said as its worker too: "an artist (painting…)" is a painter
    near |= {worker for w in near if (worker := worker_of(w, index)) is not None}
    candidates = found.candidates
    fitting = [c for c in candidates if near & index.title_words(c.slug)]
    # the worker said stays the worker: a "warehouse supervisor at a distribution center" is
    # none of the distribution managers, whose title has the place but not the supervisor
    head = singular(named.said.split()[-1]) if named.said.split() else ""
    if (
        len(fitting) == 1
        and head not in index.title_words(fitting[0].slug)
        and any(head in index.title_words(c.slug) for c in candidates)
    ):
        return named
    if len(fitting) == 1:
        return Mention(named.said, Match(fitting[0]), named.exact)
    # everyday words settle it only two at once: "middle school" for middle school teachers
    shared = {c: len(set(said) & index.title_words(c.slug)) for c in found.candidates}
    most = max(shared.values(), default=0)
    best = [c for c, n in shared.items() if n == most]
    if most >= 2 and len(best) == 1:
        return Mention(named.said, Match(best[0]), named.exact)
    return named


def unlisted_wider(message: Message, start: int, end: int) -> tuple[Mention, int] | None:
    """Work with no occupation of its own whose name begins a word or two before these
    words ("ai product manager" beside "product manager"), and the word it begins at."""
    for back in (2, 1):
        if start - back < 0:
            continue
        said = tuple(message.words[i].key for i in range(start - back, end))
        if (gap := UNLISTED.get(" ".join(said))) is not None:
            return Mention(message.between(start - back, end), gap, exact=False), start - back
    return None


def slot(
    message: Message,
    read: list[Reading],
    first: int,
    last: int,
    index: NameIndex,
    *,
    ignored: set[int] | None = None,
    unknown: bool = False,
    plain: bool = True,
) -> Mention | None:
    """The career named by words ``first``..``last``, which stand where a career is expected;
    None when they name none. ``unknown``: the message says a career stands here ("xyzzy vs
    routing", "tell me about basket weaving"), so words that name none are an unknown name."""
    # an everyday word that opens a name with the next word is the name's ("real estate")
    opening = {
        i
        for i in range(first, last - 1)
        if index.opens_with(message.words[i].key, message.words[i + 1].key)
    }
    kept = [
        i
        for i in range(first, last)
        if read[i].words
        and i not in (ignored or ())
        and (
            message.words[i].key not in _NOT_NAME
            or _inside(i, first, last, message)
            or message.hyphenated(i)
            or i in opening
        )
    ]
    if not kept:
        return None
    # what was typed, without everyday words at its edges ("and on-device" is "on-device")
    edges = [
        i
        for i in kept
        if message.hyphenated(i) or i in opening or message.words[i].key not in EVERYDAY
    ]
    said = message.between(*((edges[0], edges[-1] + 1) if edges else (kept[0], kept[-1] + 1)))
    if _CLAUSE.search(
        message.between(kept[0], kept[-1] + 1)
    ):  # one name does not run across a comma
        return None
    typed = [w for i in kept for w in read[i].words]
    as_typed = tuple(message.words[i].key for i in kept)
    if (wider := unlisted_wider(message, kept[0], kept[-1] + 1)) is not None:
        return wider[0]  # "ai safety researcher": the words before it, a field's, are its too
    if (gap := unlisted(as_typed) or unlisted(tuple(singular(w) for w in typed))) is not None:
        return Mention(said, gap, exact=False)
    if (whole := _whole_with_and(message, kept, index)) is not None:
        return Mention(said, whole, exact=False)  # "tool and die", whose "die" is everyday
    # every word of a hyphenated compound counts ("on-device")
    content = [
        w
        for i in kept
        for w in read[i].words
        if message.hyphenated(i) or i in opening or (w not in EVERYDAY and not w.isdigit())
    ]
    if not content:
        return None
    activity = _ACTIVITY.search(content[-1]) is not None
    derived = _derived(content, index) or _worker(content, index)
    # "social work", "construction work": the work said (just after, when a question's
    # words end the slot there), its worker meant
    after = kept[-1] + 1
    if (
        after < len(message.words)
        and message.words[after].key == "work"
        and index.standing([*content, "worker"])
    ):
        content = derived = [*content, "worker"]
        said = message.between(edges[0] if edges else kept[0], after + 1)
    tries = [derived, content] if activity else [content, derived]
    # ``plain`` False: one word names a career only as a name of its own, a job word or a
    # word of a career's title ("welders", "middleware"), not by likeness ("looking")
    if not plain and len(content) == 1 and not _named_by(content[0], index):
        tries = [derived]
    for words_ in (t for t in tries if t):
        found = mention(" ".join(words_), index, exact=False)
        if isinstance(found.found, (Match, Unlisted)):
            return Mention(said, found.found, exact=False)
    # "teaching": the work's workers (teachers, of several kinds) before the titles that
    # merely hold the word (teaching assistants)
    worded = derived if activity and derived else content
    found = mention(" ".join(worded), index, exact=False)
    # several careers fit: worth asking which only when the words end on a job word
    # ("school counselor"), not on any word some title has ("high")
    if isinstance(found.found, Ambiguous) and (
        worded is derived or _job_shaped(content) or index.in_titles(content[-1]) > 1
    ):
        return Mention(said, found.found, exact=False)
    if unknown or _job_shaped(content):  # a job no career is called: the nearest, if any
        suggestions = tuple(c for c in index.search(" ".join(content), limit=3) if c.score >= 0.3)
        return Mention(said, NotFound(said, suggestions), exact=False)
    return None


def not_name(key: str) -> bool:
    """Whether a word is one of a question's own words, never part of a career's name."""
    return key in _NOT_NAME or key in EVERYDAY


def _whole_with_and(message: Message, kept: list[int], index: NameIndex) -> Match | None:
    """The words whole, "and" inside them, where a title has them so ("tool and die")."""
    inner = [message.words[i].key for i in kept[1:-1]]
    if len(kept) < 3 or not {"and", "of"} & set(inner):
        return None
    found = index.resolve(" ".join(message.words[i].key for i in kept))
    phrase = message.between(kept[0], kept[-1] + 1)
    return found if isinstance(found, Match) and phrase in found.best.name.casefold() else None


def _inside(i: int, first: int, last: int, message: Message) -> bool:
    # "of" and "and" inside a name ("heating air conditioning and refrigeration") stay
    return first < i < last - 1 and message.words[i].key in {"and", "of"}


def _derived(typed: list[str], index: NameIndex) -> list[str] | None:
    """The words with the last one read as the job its field names (nursing → nurse)."""
    # words arrive in their index form, where a final "y" is "i" ("phlebotomi")
    heads = [typed[-1], typed[-1][:-1] + "y"] if typed[-1].endswith("i") else [typed[-1]]
    for head in heads:
        if (worker := worker_of(head, index, EVERYDAY)) is not None:
            return [*typed[:-1], worker]
    return None


def is_activity(word: str) -> bool:
    """Whether a word names a kind of work rather than a worker ("nursing", "dentistry")."""
    return _ACTIVITY.search(word) is not None and word not in EVERYDAY and len(word) > 4


def _named_by(word: str, index: NameIndex) -> bool:
    return index.standing([word]) is not None or _job_shaped([word]) or index.in_titles(word) > 0


def _worker(typed: list[str], index: NameIndex) -> list[str] | None:
    head = typed[-1]
    if len(head) < 3 or _JOB_SHAPED.search(head):
        return None
    for ending in _WORKER:
        candidate = singular(head + ending)
        if index.knows(candidate) and candidate not in EVERYDAY:
            return [*typed[:-1], candidate]
    return None


def _job_shaped(typed: list[str]) -> bool:
    head = typed[-1]
    if head in EVERYDAY or head in ABBREVIATIONS or head in _NOT_AGENT:
        return False
    return bool(_JOB_SHAPED.search(head))
