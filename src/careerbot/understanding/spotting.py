"""Career names inside a message: which runs of words name a career, wherever they sit.

Each word is first read as the catalog would spell it: slang and shorthand expanded ("cop",
"rn", "engg"), a misspelling corrected to a catalog word ("electrcian"), but an everyday
English word is never "corrected" into a job ("being" is not "beijing"). Then the longest
runs that are a career's name exactly are taken, left to right. A single everyday word
("model", "host", "first") never names a career by itself in free text; nor does a single
word that is only some occupation's rare alternate title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from careerbot._utils.text import singular
from careerbot.understanding.lexicon import plain_words, word_list
from careerbot.understanding.message import Message, Word
from careerbot.understanding.name_tables import ALTERNATE, TITLE, deletions
from careerbot.understanding.names import FILLER
from careerbot.understanding.resolution import Match, NameIndex
from careerbot.understanding.slang import ABBREVIATIONS, LONGEST_PHRASE, NO_CAREER, PHRASES
from careerbot.understanding.workers import worker_of

#: the most words a name spans, after shorthand is expanded
LONGEST_NAME = 8
#: words common enough in English (or in how people ask) never to be read as a misspelled
#: catalog word, nor, alone, as a career
EVERYDAY = word_list("everyday")
PLAIN = plain_words()


#: after a single generic word these make it a field, not a career: "engineering jobs"
FIELD_NOUNS = word_list("field_nouns")


#: words for a level or a way of doing the same job, not another job ("senior nurse")
RANKS = word_list("ranks")
#: a word shaped like a verb or an adverb ("thinking", "said", "honestly") says how, not what
_VERB_OR_ADVERB = re.compile(r"(?:ing|ed|ly)$")
#: words that join two careers, never part of either's name
JOINS = word_list("joins")


@dataclass(frozen=True, slots=True)
class Reading:
    """A word as the catalog spells it: one or more catalog words, and how sure it is."""

    words: tuple[str, ...]
    corrected: bool = False
    #: the word as typed (singular), where it was read as something else
    typed: str | None = None
    #: read from the slang table, which names the occupation meant ("lineman" is a power
    #: line installer, though O*NET also lists it as a rare title of electricians)
    slang: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    #: word positions in the message, end exclusive
    start: int
    end: int
    #: the catalog's words for it ("police", "officer")
    words: tuple[str, ...]
    #: where catalog words that qualify the name begin ("radiologic" before
    #: "technologist"): the name may be read with them, when a career's name has them all
    lead: int = -1


def readings(message: Message, index: NameIndex) -> list[Reading]:
    """Each word as the catalog would spell it; a phrase of slang ("18 wheeler") is read on
    its first word and its other words read as nothing."""
    keys = [w.key for w in message.words]
    out: list[Reading | None] = [None] * len(keys)
    i = 0
    while i < len(keys):
        for length in range(min(LONGEST_PHRASE, len(keys) - i), 0, -1):
            said = " ".join(keys[i : i + length])
            phrase = () if said in NO_CAREER else PHRASES.get(said)
            if phrase is not None:
                out[i] = Reading(phrase, typed=" ".join(keys[i : i + length]), slang=True)
                for j in range(i + 1, i + length):
                    out[j] = Reading(())
                i += length
                break
        else:
            out[i] = _reading(message.words[i], index)
            i += 1
    return [r if r is not None else Reading(()) for r in out]


#: the everyday words of a message and each with one letter left out: a word one slip from
#: them shares one of these
_EVERYDAY_SLIPS = frozenset(
    {w for word in EVERYDAY if len(word) >= 5 for w in (word, *deletions(word, 1))}
)


def _slip_of_everyday(key: str) -> bool:
    """A word one letter from an everyday word of five letters or more (a letter left out,
    added or changed): a typo of that word, which a career's name is not read into."""
    return key in _EVERYDAY_SLIPS or any(d in _EVERYDAY_SLIPS for d in deletions(key, 1))


def _reading(word: Word, index: NameIndex) -> Reading:
    key = word.key
    if key in ABBREVIATIONS:
        return Reading(ABBREVIATIONS[key], typed=key)
    if index.knows(key) or key in EVERYDAY or len(key) < 5 or key.isdigit():
        return Reading((key,))
    if key in PLAIN or word.text in PLAIN:  # "factory" is no misspelt "Factorer"
        return Reading((key,))
    if key.endswith("ing") and worker_of(key, index, EVERYDAY) is not None:
        return Reading((key,))  # "trucking" is the truckers' work, no misspelt "tucking"
    if _slip_of_everyday(key):
        return Reading(())  # "actualy" is "actually" mistyped: no word of a career's name
    found = index.vocabulary.fuzzy(key)
    # a misspelling, not a longer word the typed one begins ("astronaut" is no
    # "astronautical"; "carpentr" is "carpentry" with its last letter dropped)
    # ...nor a verb the name of its doer ("write" is no "writer")
    extra = found[0][0][len(key) :] if found and found[0][0].startswith(key) else None
    longer = extra is not None and (len(extra) > 1 or extra == "r")
    # a past tense is no misspelt name: "developed" is no "developer"
    tense = key.endswith("ed") and bool(found) and not found[0][0].endswith("ed")
    if found and found[0][1] >= 0.8 and not longer and not tense:
        return Reading((found[0][0],), corrected=True, typed=key)
    return Reading((key,))


def spot(
    message: Message, index: NameIndex, read: list[Reading], asked: frozenset[int] = frozenset()
) -> list[Span]:
    """The runs of words that are a career's name, longest first, left to right. A name
    with words before it that no career uses and no one says every day ("prompt engineer",
    "crypto trader") keeps them: it is another job, not the one the name alone would be.
    ``asked``: positions of the question's own words ("replace" in "will AI replace
    accountants"), never part of a name."""
    spans: list[Span] = []
    i = 0
    while i < len(read):
        found = _turned_at(i, read, index) or _longest_at(i, read, message, index)
        if found is None:
            i += 1
            continue
        if message.words[found.end - 1].key in STUDYING:
            i = found.end  # "international student": one who studies, no (student) counselor
            continue
        if _said_as_verb(message, found):
            i = found.end  # "i also coach some small group classes": work done, no worker
            continue
        told = spans or _after_job_word(message, found) or _after_other_words(message, found)
        if told and _texting(message, found):
            i = found.end
            continue
        floor = max([spans[-1].end if spans else 0, *(a + 1 for a in asked if a < found.start)])
        if not read[found.start].slang:  # a slang phrase names its occupation whole
            found = _with_modifiers(found, read, message, index, floor)
            found = _qualified(found, read, message, floor)
            if (shared := _sharing_head(found, read, message, index, floor)) is not None:
                spans.append(shared)
        spans.append(found)
        i = found.end
    return spans


#: a worker's one word said as what someone does: a subject before it, an object after
#: ("also coach some small group classes", "i tutor kids on weekends", "we cook the meals")
_SUBJECT = frozenset({"i", "also", "we", "still", "sometimes", "occasionally", "they", "she", "he"})
_OBJECT = frozenset(
    {
        "some",
        "a",
        "an",
        "the",
        "my",
        "our",
        "their",
        "few",
        "kids",
        "children",
        "students",
        "classes",
        "people",
        "youth",
        "little",
        "private",
    }
)


def _said_as_verb(message: Message, span: Span) -> bool:
    if span.end - span.start != 1 or span.start == 0 or span.end >= len(message.words):
        return False
    before, word, after = message.words[span.start - 1 : span.end + 1]
    joined = message.text[before.end : word.start] == " " == message.text[word.end : after.start]
    return joined and before.key in _SUBJECT and after.key in _OBJECT


#: "what does a X do", "what do Xs do", "how much does a X make": one worker asked after
_WORKER_ASKED = re.compile(
    r"^\W*(?:so |ok |and )?(?:what|how much|how long|what kind of work) (?:does|do) (?:an? )?$"
)
_WORKER_DOES = re.compile(r"^\s+(?:do|make|earn|get paid|actually do)\b")
#: a worker said as the person's own: "i'm a foreman", "been a foreman", "worked as a foreman"
_WORKER_OWN = re.compile(
    r"\b(?:i'?m|im|i am|i was|i'?ve been|been|worked as|work as|working as)\s+(?:an?\s+)?$"
)
#: how long they have done it, said right after a worker opening its clause: "foreman the
#: last 15 years", "foreman for 15 yrs"
SERVED_AS = re.compile(
    r"^\s*(?:for |the |in the )?(?:last |past )?(?:\d+|a few|many|several)\+?\s*(?:years?|yrs?)\b"
)

#: a name's last word that says the person studies: no title ends so
STUDYING = word_list("studying")

#: shorthand that, at the end of a sentence naming another career, is texting: "are
#: surgical techs in demand rn" ("right now")
TEXTING = word_list("texting")
_NEVER_LEAD = word_list("never_lead") | word_list("employers")
_SHARED_SHORTHAND = word_list("shared_shorthand")
_BEFORE_A_NAME = word_list("before_a_name")


def _after_job_word(message: Message, span: Span) -> bool:
    """ "the most in demand job rn": shorthand after a word for jobs in general."""
    return span.start > 0 and message.words[span.start - 1].key in _JOB_WORDS


#: words a career's name follows: "a", "an rn", "i'm an rn"; after others shorthand such as
#: "rn" is texting ("social media intern rn, graduating…")
_NAME_LEAD = word_list("name_lead")


def _after_other_words(message: Message, span: Span) -> bool:
    return span.start > 0 and message.words[span.start - 1].key not in _NAME_LEAD


def texting_shorthand(message: Message, i: int) -> bool:
    """Whether word ``i`` is texting shorthand said after a word for jobs in general, or
    after any word no career's name follows, ending the sentence ("what tech jobs pay the
    most rn")."""
    if message.words[i].key not in TEXTING:
        return False
    return message.words[i - 1].key in _JOB_WORDS or (
        _after_other_words(message, Span(i, i + 1, ())) and _texting(message, Span(i, i + 1, ()))
    )


_JOB_WORDS = word_list("job_words")


def _texting(message: Message, span: Span) -> bool:
    if span.end - span.start != 1 or message.words[span.start].key not in TEXTING:
        return False
    # "compare lpn and rn", "become an rn": joined to another career or named, it is a name
    if span.start > 0 and message.words[span.start - 1].key in _BEFORE_A_NAME:
        return False
    last = span.end == len(message.words)
    return (
        last
        or message.words[span.end].key in _TEXTING_AFTER
        or bool(message.text[message.words[span.start].end : message.words[span.end].start].strip())
    )


_TEXTING_AFTER = word_list("texting_after")


def _with_modifiers(
    span: Span, read: list[Reading], message: Message, index: NameIndex, floor: int
) -> Span:
    start = span.start
    while start > floor:
        word = message.words[start - 1]
        if message.text[word.end : message.words[start].start].strip():  # punctuation between
            break
        key = word.key
        if (
            key in EVERYDAY
            or key in FILLER
            or key in JOINS
            or key in RANKS
            or index.knows(key)
            or key in ABBREVIATIONS
            or key in _NEVER_LEAD
            or _VERB_OR_ADVERB.search(key)
        ):
            break
        if not read[start - 1].words or read[start - 1].corrected or key.isdigit():
            break
        if len(key) < 3:  # "y/o", "ok": no word of a job's name
            break
        start -= 1
    if start == span.start:
        return span
    extra = tuple(message.words[i].key for i in range(start, span.start))
    return Span(start, span.end, (*extra, *span.words))


def _qualified(span: Span, read: list[Reading], message: Message, floor: int) -> Span:
    start = span.start
    while start > floor and start > span.start - 3:
        word = message.words[start - 1]
        if message.text[word.end : message.words[start].start].strip():
            break
        key = word.key
        if key in EVERYDAY or key in FILLER or key in JOINS or key in RANKS or key in _NEVER_LEAD:
            break
        if _VERB_OR_ADVERB.search(key) or len(key) < 3:
            break
        if not read[start - 1].words:
            break
        start -= 1
    return span if start == span.start else replace(span, lead=start)


#: words that join two names sharing their last words: "electrical and petroleum engineers"
_HEAD_JOINS = frozenset({"and", "or", "&"})


def _sharing_head(
    span: Span, read: list[Reading], message: Message, index: NameIndex, floor: int
) -> Span | None:
    """The name said before a joining word with this name's last words left unsaid
    ("electrical and petroleum engineers": Electrical Engineers too), where the word before
    and those last words make a career's name and the name with both words makes none."""
    joined, first = span.start - 1, span.start - 2
    if first < floor or len(span.words) < 2 or message.words[joined].key not in _HEAD_JOINS:
        return None
    if message.text[message.words[first].end : message.words[joined].start].strip():
        return None  # "…, and petroleum engineers": punctuation parts them
    before = read[first].words
    if len(before) != 1 or before[0] in FILLER or message.words[first].key in EVERYDAY:
        return None
    if index.standing([*before, *span.words]) is not None:
        return None
    # the fewest last words that make a name with it: "registered and licensed practical
    # nurses" is registered nurses
    for cut in range(len(span.words) - 1, 0, -1):
        if index.standing([before[0], *span.words[cut:]]) is not None:
            return Span(first, joined, (before[0], *span.words[cut:]))
    return None


def _longest_at(i: int, read: list[Reading], message: Message, index: NameIndex) -> Span | None:
    key = message.words[i].key
    if not read[i].words or read[i].words[0] in FILLER or key in JOINS or key in _NEVER_LEAD:
        return None  # "or nurse" is no "OR nurse", "is tech" no "IS Tech"
    typed = read[i].typed
    first = (read[i].words[0], typed.split()[0] if typed else "")
    most = max(index.longest_from(w) for w in first)
    if not most:
        return None  # no name begins with this word, as read or as typed
    for end in range(_furthest(read, i, most), i, -1):
        # a name ends on a word of its own: "tech jobs" is not a technician
        if not read[end - 1].words or all(w in FILLER for w in read[end - 1].words):
            continue
        for said in _ways(read[i:end]):
            standing = index.standing(said)
            if standing is None:
                continue
            single = (len(said) == 1 or end - i == 1) and not read[i].slang
            if single and not _single_ok(message, index, (i, end), said, standing):
                continue
            if read[i].slang and end - i == 1 and _field_noun_after(message, end):
                continue
            if standing != TITLE and _two_names(read[i:end], message.words[i:end], index):
                continue
            last = end
            while last < len(read) and not read[last].words:  # the rest of a slang phrase
                last += 1
            return Span(i, last, tuple(said))
    return None


def _turned_at(i: int, read: list[Reading], index: NameIndex) -> Span | None:
    """ "supervisor of mechanics" as a name says it, "mechanic supervisor": a worker's word,
    "of", and one or two words of what they work at."""
    if i + 2 >= len(read) or read[i + 1].words != ("of",) or not read[i].words:
        return None
    for end in (i + 4, i + 3):
        if end > len(read) or not all(r.words for r in read[i + 2 : end]):
            continue
        said = [singular(w) for r in read[i + 2 : end] for w in r.words] + list(read[i].words)
        if index.standing(said) is not None:
            return Span(i, end, tuple(said))
    return None


def _furthest(read: list[Reading], i: int, most: int) -> int:
    """Where a run from word ``i`` can end and still have at most ``most`` catalog words, in
    the fewest it can be read as (as read, or as typed): a longer run names nothing."""
    end, words = i, 0
    while end < min(len(read), i + LONGEST_NAME):
        reading = read[end]
        as_read = sum(w not in FILLER for w in reading.words)
        as_typed = sum(w not in FILLER for w in reading.typed.split()) if reading.typed else as_read
        words += min(as_read, as_typed)
        if words > most:
            break
        end += 1
    return end


def _two_names(run: list[Reading], words: tuple[Word, ...], index: NameIndex) -> bool:
    """ "Firefighter and paramedic" is two careers, though one alias reads the same."""
    for k, word in enumerate(words[1:-1], start=1):
        if word.key == "and":
            left = [w for r in run[:k] for w in r.words if w not in FILLER]
            right = [w for r in run[k + 1 :] for w in r.words if w not in FILLER]
            if index.standing(left) is not None and index.standing(right) is not None:
                return True
    return False


def _ways(run: list[Reading]) -> list[list[str]]:
    """The run as read (shorthand expanded, misspellings corrected), and as typed where that
    differs ("ux designer" is a catalog name as typed, not as "user experience designer")."""
    read_as = [w for r in run for w in r.words if w not in FILLER]
    ways = [read_as]
    # slang read inside a longer run may be part of a name as typed ("medical coder")
    if any(r.typed is not None and (not r.slang or len(run) > 1) for r in run):
        typed = [
            w
            for r in run
            for w in (tuple(r.typed.split()) if r.typed is not None else r.words)
            if w not in FILLER
        ]
        if typed != read_as:
            ways.insert(0, typed)
        # shorthand as typed, misspellings corrected: "ux desginer" is "ux designer"
        mixed = [
            w
            for r in run
            for w in (
                tuple(r.typed.split()) if r.typed is not None and not r.corrected else r.words
            )
            if w not in FILLER
        ]
        if mixed not in ways:
            ways.insert(1, mixed)
    # slang said with the worker's word its name ends in: "infosec analyst" is an
    # information security analyst, not one "analyst analyst"
    once = [w for k, w in enumerate(read_as) if k == 0 or w != read_as[k - 1]]
    if once != read_as:
        ways.append(once)
    return [said for said in ways if said]


def _single_ok(
    message: Message, index: NameIndex, span: tuple[int, int], said: list[str], standing: int
) -> bool:
    """One word names a career in free text only if it is a job word people use: not an
    everyday word, not only a rare alternate title (unless it is known shorthand, "RN"),
    and not a field ("engineering jobs")."""
    i, end = span
    key = message.words[i].key
    if _everyday(key, said[0]):
        return False
    # a rare alternate title alone is no name, unless a career's own title has the word
    # ("journalist") or it is known shorthand ("RN")
    shorthand = key in ABBREVIATIONS or key in _SHARED_SHORTHAND
    # "what does a sommelier do": a worker asked after in so many words (O*NET files the
    # title under waiters)
    asked = _WORKER_ASKED.match(message.text[: message.words[i].start]) is not None
    asked = asked and _WORKER_DOES.match(message.text[message.words[end - 1].end :]) is not None
    # "been a foreman for 15 years", "foreman the last 15 years": a worker said as theirs
    asked = asked or _WORKER_OWN.search(message.text[: message.words[i].start]) is not None
    asked = asked or (
        (i == 0 or message.text[: message.words[i].start].rstrip()[-1:] in ",.;!?")
        and SERVED_AS.match(message.text[message.words[end - 1].end :]) is not None
    )
    rare = standing == ALTERNATE and not shorthand and not asked and len(said) == 1
    if rare and not index.in_titles(said[0]) and not _titled_alike(index, said[0]):
        return False
    # "engineering jobs" is a field; "radiologists jobs", "electricians work" the jobs of
    # one career, whose whole title the word is
    return standing == TITLE or not _field_noun_after(message, end) or index.in_titles(said[0]) <= 1


#: letters a worker's word shares with its career's title from the start, to be that work
#: said as its worker ("bookkeeper" of Bookkeeping Clerks; a "borer" is no word of
#: Woodworking Machine Setters)
_STEM = 6


def _titled_alike(index: NameIndex, word: str) -> bool:
    """An alternate title that is the career's own title word said as its worker."""
    found = index.resolve(word)
    slugs = [found.slug] if isinstance(found, Match) else []
    return len(word) > _STEM and any(
        w[:_STEM] == word[:_STEM] for slug in slugs for w in index.title_words(slug)
    )


def _field_noun_after(message: Message, end: int) -> bool:
    return end < len(message.words) and message.words[end].key in FIELD_NOUNS


def _everyday(typed: str, read: str) -> bool:
    return typed in EVERYDAY or read in EVERYDAY
