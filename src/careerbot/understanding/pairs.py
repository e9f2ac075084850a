"""Two careers asked about together: joined by "or", "vs", "than", "compared to"; or by
"and"/"with" after "compare" or "difference between"; or by "to" in "from A to B". Where the
words on one side are not a catalog name as typed ("welding vs hvac", "nursing or dental
hygiene"), the side is read as the career those words stand for.
"""

from __future__ import annotations

import re
from itertools import pairwise

from careerbot.understanding import cues
from careerbot.understanding.followups import Named
from careerbot.understanding.lexicon import shape, word_list
from careerbot.understanding.many import whole_list
from careerbot.understanding.message import Message
from careerbot.understanding.resolution import Match, NameIndex
from careerbot.understanding.scope import scope_in
from careerbot.understanding.spotting import JOINS, Reading
from careerbot.understanding.subjects import is_activity, slot

_PUNCTUATION = re.compile(r"[,.;:!?()]")
#: a career's name said as theirs, right before it: "with my cdl"
HELD = r"(?:w|w/|with|using|and|plus) (?:my|our)"
_THEIRS = re.compile(rf"\b{HELD}\s*$")
#: a clause about one career ending in the word that sets it against the next
_SET_AGAINST_AT_END = re.compile(
    r",\s*(?:compared (?:to|with)|vs\.?|versus|as opposed to)(?:\s+(?:an?|the))?\s*$"
)
#: the most words a leading "from" or "between" may stand before the word joining the pair
_LED_WORDS = 8
_LEAD = re.compile(
    r"\b(?:compare|comparison(?: of)?|differences? between|differences? of|between|cmp|from)\b"
)
#: a question asked of what follows
_ASKED = re.compile(r"^\W*(?:how|what|whats|what's|which|do|does|are|is|can|should)\b")
#: words that lead a message and say nothing ("hmm", "ok so")
_PADDING = word_list("padding")
#: the words that may lead a career's name on a side of "or": "being a ref", "maybe nursing"
_SIDE_LEAD = word_list("side_lead")
#: the words beside two careers that ask a figure of each and nothing more
_FIGURE_WORDS = word_list("figure_words")
_OF_EACH = word_list("figure_of_each") | _FIGURE_WORDS
#: words that end a career's side of "or"/"vs"
_BOUNDARY = word_list("boundary")
Pair = tuple[Named, Named, bool]
_LED_JOINS = word_list("led_joins")


#: the first named, then set against the second: "help desk tech. compare that with
#: infosec analyst", "nursing - how does it compare to teaching"; said right after it or
#: after more of what they think of it ("the forest tech thing, im outside hiking every wknd
#: anyway. compare that w vet tech")
def compare_that(before: str) -> bool:
    """Whether the words before a name set it beside what is shown: "compare that to…"."""
    return _COMPARE_THAT.search(before) is not None


_COMPARE_THAT = re.compile(
    r"(?:^|[.!?;])\W*(?:(?:ok|okay|so|and|now|then|pls|please|also|but|plus)\s+)*"
    r"(?:compare|how does|how do|stack)\s+(?:that|it|this|them|those|the two|both)\s*"
    r"(?:one\s+)?(?:compare\s+|stack up\s+)?"
    r"(?:with|w/?|to|against|vs\.?|versus)(?:\s+(?:an?|the))?\W*$"
)


def pair_of(
    message: Message, read_as: list[Reading], found: list[Named], index: NameIndex
) -> Pair | None:
    """The two careers compared (or the start and end of a way in, the flag says), if any."""
    options = [f for f in found if f.role == "option"]
    lead = _LEAD.search(message.text)
    for a, b in reversed(list(pairwise(options))):
        between = message.between(a.end, b.start)
        if _THEIRS.search(between):
            continue  # "a garbage truck w my cdl": what they hold, not a side
        if _joins(between) or _COMPARE_THAT.search(between):
            return a, b, False
        if _SET_AGAINST_AT_END.search(between) and not re.search(r"[.!?]", between):
            # "would part time EMT work make sense, what does it pay, compared to the
            # inspector": what is asked of the first, set against the second
            return a, b, False
        # the word that leads this pair: the last before it ("I am from Brazil… the
        # difference between civil engineer and architect" is led by "between")
        led_by = _last_lead(message, message.words[a.start].start)
        if led_by is not None and _led(between):
            return a, b, led_by.group(0) == "from"
        # "from cashier to nurse"; but "used to be a hygienist" is the job they did
        used = message.words[a.end - 1].key == "used"
        if re.fullmatch(r"\W*(?:to|into)(?:\s+(?:an?|the))?\W*", between) and not used:
            return a, b, True
    if (slotted := _slotted(message, read_as, found, index, lead)) is not None:
        return slotted
    if (
        len(options) == 2
        and cues.COMPARE_CUE.search(message.text)
        # "…chef life is brutal. Line cook now. Any food careers with better hours?": two
        # careers told of in sentences of their own are not set side by side
        and not re.search(
            r"[.!?]",
            message.text[
                message.words[options[0].end - 1].end : message.words[options[1].start].start
            ],
        )
    ):
        return options[0], options[1], False
    if (
        len(options) == 2
        and _led(message.between(options[0].end, options[1].start))
        and (whole_list(message, options) or _ASKED.match(message.text))
    ):
        # "accountant and financial analyst", "how much do nurses and teachers make": both
        # asked of, neither dropped
        return options[0], options[1], False
    if len(options) == 2 and _figure_of_each(message, options):
        # "drywall installer pay? and forklift operator pay": one figure asked of each
        return options[0], options[1], False
    if len(options) < 2 and cues.COMPARE_CUE.search(message.text):
        pool = [f for f in found if f.role in ("option", "context")]
        if len(pool) == 1:  # "…do accounting… being an air traffic controller? how do they compare"
            pool += _activities(message, read_as, found, index)
        pool = sorted(pool, key=lambda f: f.start)
        # ("arthritis in both thumbs": a word of two things, no two careers)
        if len(pool) == 2 and _BOTH_OF_THEM.search(message.text):
            return pool[0], pool[1], False
    return None


#: the two careers said as a pair: "how do they compare", "those two", "both"; not "both
#: thumbs", "two kids"
_BOTH_OF_THEM = re.compile(
    r"\b(?:those|these|them|both|two)\b(?!\s+(?!of\b|are\b|is\b|pay\b|jobs\b|careers\b)"
    r"[a-z]+s\b)"
)


def _activities(
    message: Message, read_as: list[Reading], found: list[Named], index: NameIndex
) -> list[Named]:
    """Careers named by the work they do ("accounting", "nursing") outside the names found."""
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    for i, word in enumerate(message.words):
        if i in taken or not is_activity(word.key):
            continue
        named = slot(message, read_as, i, i + 1, index, plain=False)
        if named is not None and isinstance(named.found, Match):
            out.append(Named(named, i, i + 1, "option"))
    return out


def _last_lead(message: Message, before: int) -> re.Match[str] | None:
    leads = [m for m in _LEAD.finditer(message.text) if m.end() <= before]
    return leads[-1] if leads else None


def _joins(between: str) -> bool:
    words = re.findall(r"[a-z]+", between)
    if _PUNCTUATION.search(between.strip(" ?!.,")) and len(words) > 3:
        return False
    return bool(JOINS & set(words)) or bool(
        re.search(r"\bcompared (?:to|with)\b|\binstead of\b", between)
    )


def _led(between: str) -> bool:
    return bool(
        re.fullmatch(r"\W*(?:and|with|to|into|vs\.?|versus|or|&)(?:\s+(?:an?|the))?\W*", between)
    )


def _slotted(
    message: Message,
    read_as: list[Reading],
    found: list[Named],
    index: NameIndex,
    lead: re.Match[str] | None,
) -> Pair | None:
    words = message.words
    wished: frozenset[int] | None = None  # read once, when a side is first filled
    for k, word in enumerate(words):
        # after "from", only "to" joins ("from cashier to nurse")
        led = {"to", "into"} if lead is not None and lead.group(0) == "from" else _LED_JOINS
        # (and near it: "a BA from a state school… which was supposed to be temporary"
        # joins nothing)
        same_sentence = (
            lead is not None
            and not re.search(r"[.!?]", message.text[lead.end() : word.start])
            and len(message.text[lead.end() : word.start].split()) <= _LED_WORDS
        )
        joining = (
            word.key in JOINS
            and (word.key != "than" or shape("than_asked").search(message.text[: word.start]))
        ) or (word.key in led and lead is not None and lead.end() <= word.start and same_sentence)
        if not joining or k == 0 or k == len(words) - 1:
            continue
        if words[k + 1].key in {"my", "our"} and word.key not in {"or", "vs", "versus"}:
            continue  # "a garbage truck w my cdl": what they hold, not a side
        # "welding more dangerous than plumbing": the side ends before its comparison
        shift = _compared_before(message, k) if word.key == "than" else 0
        floor = lead.end() if lead else None
        if (
            lead is not None
            and lead.group(0) == "compare"
            and not message.text[lead.end() : word.start].strip()
        ):
            floor = None  # "how does nursing compare to teaching": the first side before it
        left = _side(message, found, k - shift, -1, floor)
        right = _side(message, found, k, +1, None)
        if left is not None and word.key == "or" and _ANYTHING_ELSE.match(message.text, word.end):
            # "nursing, PA, or something else entirely": the two listed before it
            left, right = _side(message, found, left[0], -1, floor), left
        if left is None or right is None:
            continue
        # "xyzzy vs routing" says a career stands on each side; "or" may join anything
        # ("held against you or…": "against" joins careers only where each side names one)
        stated = word.key not in {"or", "against"} or same_sentence
        wished = wished if wished is not None else _wish_words(message)
        first = _fill(message, read_as, found, left, index, stated=stated, wished=wished)
        second = _fill(message, read_as, found, right, index, stated=stated, wished=wished)
        if (
            first is not None
            and word.key == "or"
            and _THINGS_WITH.search(message.text[: words[first.end - 1].start])
        ):
            continue  # "something with plants or food": what the work is with, no careers
        if first is not None and second is not None:
            by_to = lead is not None and lead.group(0) == "from" and word.key in {"to", "into"}
            return first, second, by_to
    return None


#: the last of options that is none: "or something else", "or anything else entirely"
_ANYTHING_ELSE = re.compile(r"\s+" + shape("anything_else").pattern)


def _compared_before(message: Message, k: int) -> int:
    """How many words before word ``k`` ("than") say the comparison: "more dangerous" 2,
    "better" 1."""
    words = message.words
    if k >= 2 and words[k - 2].key in {"more", "less"}:
        return 2
    return 1 if k >= 1 and _COMPARATIVE.fullmatch(words[k - 1].key) else 0


_COMPARATIVE = re.compile(r"better|worse|\w{3,}er")


#: work asked for by what it is with: "something with plants or food", "maybe with books
#: or writing", "a job working with kids or animals"
_THINGS_WITH = re.compile(
    r"\b(?:something|anything|jobs?|careers?|work|stuff|roles?|fields?)\b[^.?!]{0,30}?\b(?:with|"
    r"involving|around|using)\s+(?:my\s+|the\s+)?$"
)


def _side(
    message: Message, found: list[Named], k: int, step: int, floor: int | None
) -> tuple[int, int] | None:
    words = message.words
    i = k + step
    taken: list[int] = []
    while 0 <= i < len(words) and len(taken) < 6:
        if step < 0:
            gap = message.text[words[i].end : words[i + 1].start]
        else:
            gap = message.text[words[i - 1].end : words[i].start]
        # punctuation ends a side, but for a comma right before the join ("a farmer, or…")
        next_to_join = i == k + step and gap.strip() == ","
        if _PUNCTUATION.search(gap) and (step < 0 or taken) and not next_to_join:
            break
        if floor is not None and words[i].start < floor:
            break
        if words[i].key in _BOUNDARY and not any(f.start <= i < f.end for f in found):
            if taken:
                break
            i += step
            continue
        taken.append(i)
        i += step
    if not taken:
        return None
    return min(taken), max(taken) + 1


def _fill(
    message: Message,
    read_as: list[Reading],
    found: list[Named],
    side: tuple[int, int],
    index: NameIndex,
    *,
    stated: bool,
    wished: frozenset[int],
) -> Named | None:
    first, last = side
    inside = [f for f in found if f.start >= first and f.end <= last]
    if inside:
        return inside[-1] if first < inside[-1].start else inside[0]
    if set(range(first, last)) <= wished:
        return None  # "remote or part time?": wishes joined, no careers
    if all(message.words[i].key in _PADDING for i in range(first, last)):
        return None  # "hmm vs food scientist?": no career on that side, the one shown is
    named = slot(message, read_as, first, last, index, unknown=stated)
    if named is None:
        return None
    if not stated:
        # where nothing says a career stands on the side, its name is the side, but for a
        # few words leading it ("being a ref"): "don't want to be on my feet all day or
        # climbing ladders" names no Pigs Feet Cleaner
        said = set(named.said.split())
        typed = [message.text[w.start : w.end] for w in message.words[first:last]]
        if any(w not in said and w not in _SIDE_LEAD for w in typed):
            return None
    return Named(named, first, last, "option")


def _wish_words(message: Message) -> frozenset[int]:
    """Words of the figures asked about and the wishes said ("remote", "part time")."""
    text = message.text
    spans = cues.cue_spans(text)
    spans += [(f.start, f.end) for f in scope_in(text) if not f.judged]  # not "nursing"
    return frozenset(i for i, w in enumerate(message.words) for a, b in spans if a <= w.start < b)


def _figure_of_each(message: Message, options: list[Named]) -> bool:
    """Whether the message is two careers, each with a figure asked ("drywall installer pay?
    and forklift operator pay"), and nothing else."""
    named = {i for f in options for i in range(f.start, f.end)}
    rest = [w.key for i, w in enumerate(message.words) if i not in named]
    return bool(rest) and all(k in _OF_EACH for k in rest) and any(k in _FIGURE_WORDS for k in rest)
