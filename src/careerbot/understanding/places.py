"""Where a message is from, as far as careerbot must say so: a message in another language
(answered with one line in that language, saying careerbot reads English for now), and a
question about another country's figures (answered with US figures, said to be so first).
The words are ``lexicon/languages.toml`` and ``lexicon/countries.toml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from careerbot.understanding.lexicon import load, word_list
from careerbot.understanding.word_gate import Gated, Holding

#: everyday words of a language a message must have to be read as written in it
LEAST_WORDS = 2


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    words: frozenset[str]
    script: str
    reply: str


@cache
def languages() -> tuple[Language, ...]:
    return tuple(
        Language(code, frozenset(row["words"]), row.get("script", ""), row["reply"])
        for code, row in load("languages").items()
    )


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: English words that are also everyday words of the languages read (never counted)
_ENGLISH = word_list("also_english")


def language_of(text: str) -> Language | None:
    """The language a message is written in, when it is not English: its own letters
    (Cyrillic), or enough of its everyday words and more of them than any other's."""
    lowered = text.lower()
    words = [w for w in _WORD.findall(lowered) if w not in _ENGLISH]
    if not words:
        return None
    cyrillic = any("а" <= ch <= "я" or ch in "іїєґё" for ch in lowered)
    best, best_count = None, 0
    for language in languages():
        count = len(language.words.intersection(words))
        if cyrillic and language.script and any(ch in lowered for ch in language.script):
            count += LEAST_WORDS
        if count > best_count:
            best, best_count = language, count
    if cyrillic:  # a script of its own: never English, Russian unless Ukrainian shows
        if best is None or not best.script:
            best = next((lang for lang in languages() if lang.code == "ru"), None)
        best_count = max(best_count, LEAST_WORDS)
    # a message mostly of English words ("nurse vs profesor") is English
    share = best_count / len(words)
    return best if best is not None and best_count >= LEAST_WORDS and share >= 0.3 else None


_ASKED = (
    r"(?:in|for|across|within|to|from|(?:what|how) about|(?:is|are) (?:that|this|it|those|"
    r"these|they)) (?:the )?"
    # "in like nyc", "in say texas", "in a place like boston": words that name no place
    r"(?:(?:like|say|somewhere like|a (?:place|city|state) like|places like) )?"
)


def _asked_of(names: str) -> re.Pattern[str]:
    """A place asked about: "in the uk", "what about texas", "uk salary"; group ``at`` or
    ``named`` holds its name."""
    pay = r"(?:salar\w*|pay|wages?|market|figures|jobs|data|numbers|stats|statistics|info)"
    # "mechanic vs electrician salary uk": a place said last, after a figure
    last = rf"\b(?:salary|pay|wages|paid|money|make|earn|demand|jobs|outlook) (?P<end>{names})\W*$"
    # "in nyc or la", "in texas, ohio and florida": the first one named, the others set aside
    more = rf"(?:(?:,|,? or|,? and|/) ?(?:the )?(?:{names})\b)*"
    return re.compile(rf"\b{_ASKED}(?P<at>{names})\b{more}|\b(?P<named>{names}) {pay}\b|{last}")


#: the length of a currency's code ("cad", "aud", "gbp")
_CODE = 3


@cache
def _places() -> Gated[str]:
    """Each country and each currency, gated on its own names (a currency on its code or
    sign anywhere: it may follow an amount within a word, "80kcad")."""
    table = load("countries")
    out = [(_asked_of("|".join(words)), name) for name, *words in table["places"]]
    anchors: list[str | Holding | None] = [
        rf"\b(?:{'|'.join(words)})\b" for _, *words in table["places"]
    ]
    for name, *words in table["currencies"]:
        # a money's word is a whole word ("aud" is no part of "audiologist"); its sign is not;
        # a three-letter code is money only beside an amount ("80k cad", not "less cad")
        said = (
            rf"\d[\d,.]*\s?k?\s?{w}\b|\b{w}\s?\$?\d|\b(?:in|to) {w}\b"
            if len(w) == _CODE and w.isalpha()
            else rf"\b{w}\b"
            if w[0].isalpha()
            else w
            for w in words
        )
        out.append((re.compile(f"(?:{'|'.join(said)})"), name))
        # every match holds the code, the sign or the word's letters before any optional one
        anchors.append(Holding(tuple(re.split(r".\?|[\\(\[]", w)[0] for w in words)))
    return Gated(out, anchors)


#: words around a place that ask nothing more: "and in the uk?", "what about canada tho"
_ONLY = word_list("place_only")


_US = re.compile(r"\b(?:in|for) (?:the )?(?:us|usa|u\.s\.?|united states|america|states)\b")


@cache
def _region_names() -> dict[str, str]:
    """Each way a US state, city or region is written, with the name to show for it: a
    lexicon row is a name, or a list of the name to show and how people write it."""
    names: dict[str, str] = {}
    for row in load("countries")["regions"]:
        shown, *written = [row, row] if isinstance(row, str) else row
        for said in written:
            names[said] = (
                shown
                if not isinstance(row, str)
                else shown.upper()
                if len(shown) <= _CODE
                else shown.title().replace("St ", "St. ")
            )
    return names


@cache
def _regions() -> Gated[None]:
    """Every US state and large city, as it is asked about, longest first ("new york city")."""
    regions = "|".join(re.escape(name) for name in sorted(_region_names(), key=len, reverse=True))
    return Gated([(_asked_of(regions), None)], [rf"\b(?:{regions})\b"])


def us_region(folded: str) -> str | None:
    """The US state or city a question asks about ("welder pay in texas"): careerbot's
    figures are national."""
    found = next((p.search(folded) for p, _ in _regions().over(folded)), None)
    if found is None:
        return None
    name = found.group("at") or found.group("named") or found.group("end")
    return _region_names().get(name, name)


@lru_cache(maxsize=256)
def _said(folded: str) -> tuple[re.Match[str], ...]:
    """Every place the message says, pattern by pattern (read once for both questions)."""
    patterns = (*(p for p, _ in (*_places().over(folded), *_regions().over(folded))), _US)
    return tuple(m for pattern in patterns for m in pattern.finditer(folded))


def only_a_place(folded: str) -> bool:
    """Whether the message names a country and asks nothing else ("and in canada?", "ok and
    in the us"): the question before, asked there."""
    found = next(iter(_said(folded)), None)
    if found is None:
        return False
    rest = folded[: found.start()] + " " + folded[found.end() :]
    rest = _LIVES_IN.sub(" ", rest)  # "…, im in manchester": where they are, said besides
    rest = _AMOUNT.sub(" ", rest)  # "so like 50k quid then?": an amount in that money
    return all(word in _ONLY for word in re.findall(r"\w+", rest))


_AMOUNT = re.compile(r"\b\d[\d,.]*\s?k?\b")


#: where the asker lives, said beside the place asked about ("im in manchester")
_LIVES_IN = re.compile(
    r"\b(?:i'?m|im|i am|i live|living|based|we'?re|we live|i'?m based|im based|i'?m from|im from)"
    r" (?:in|from|out of)? ?\w+(?: \w+)?\W*$|"
    # where they may go: "we might move to ontario"
    r"\b(?:we|i|im|i'?m|we'?re)\s+(?:might|may|will|could|are|am|plan to|want to|wanna|"
    r"hope to|are going to|gonna|thinking of|thinking about)?\s*(?:be\s+)?(?:move|moving|"
    r"relocat\w+|emigrat\w+|immigrat\w+)(?:\s+(?:over\s+)?(?:to|there))?(?:\s+\w+){0,2}\W*$"
)


def where_to_look(place: str) -> str | None:
    """Where a place's own official pay figures are published ("the Office for National
    Statistics' …" for the UK); None where the lexicon names none."""
    found = load("countries").get("where_to_look", {})
    return found.get(place) if isinstance(found, dict) else None


def other_country(folded: str) -> str | None:
    """The country a question asks about, when it is not the United States; not one told of
    as where the person is from or studied ("i finish secundaria in mexico, now i work in
    the fields")."""
    for pattern, name in _places().over(folded):
        found = pattern.search(folded)
        if found is None:
            continue
        told = _CLAUSE_START.split(folded[: found.start()])[-1] + found.group(0)
        if not _ORIGIN.search(told):
            return name
    return None


_CLAUSE_START = re.compile(r"[.,;!?()]")
#: a country told of as the person's past: where they are from, were born, studied, worked
_ORIGIN = re.compile(
    r"\b(?:i'?m from|im from|i am from|from|born|grew up|raised|finish(?:ed)?|graduat\w*|"
    r"stud(?:ied|y)|school|secundaria|moved|came|immigrat\w*|was|were|used to|back home|"
    r"my country|worked|diploma|degree)\b"
)


def place_words(folded: str) -> list[tuple[int, int]]:
    """Where the message says a place ("in ohio", "uk salary": its name only), so no place
    is read as part of a career's name or a field."""
    spans = []
    for found in _said(folded):
        said = [g for g in ("named", "end") if found.groupdict().get(g)]
        spans.append(found.span(said[0]) if said else found.span())
    return spans


def clear_places() -> None:
    """Forget the texts read (for a benchmark of reading from cold)."""
    _said.cache_clear()
