"""Reading preferences from a message: lexicon phrases, negation, weight, must-haves,
numbers, and misspellings, with no network and no language model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from careerbot._utils.text import clean_display, fold
from careerbot.careers.criteria import BY_NAME, AttributeName, flipped
from careerbot.careers.model import Direction
from careerbot.recommend.preferences import Preference, Preferences
from careerbot.understanding import wish_words as lx
from careerbot.understanding.amounts import DOUBLED_MARK, Limit, find_limit
from careerbot.understanding.lexicon import shape
from careerbot.understanding.message import MAX_MESSAGE
from careerbot.understanding.vocabulary import Vocabulary

# ("2 years or less", "or under", "or more" bound the number before them: no new clause)
_CONJUNCTIONS = (
    "and|but|also|plus|while|though|although|however|yet|or(?! (?:less|under|sooner|more|"
    "fewer|so|above|over)\\b)|nor|as well as|then"
)
_SPLIT = re.compile(rf"\s*(?:[;!?]+|,(?!\d{{3}})|\.(?!\d)|\s(?:{_CONJUNCTIONS})\s)\s*")
_REFINE = re.compile(
    r"^(?:and|also|plus|but|now|only|what if|make it|ok(?:ay)?|too|as well)\b"
    r"|\b(?:too|as well|also)$"
)
#: "at least" is a comparison, not a wish for the least of something.
_NOT_MODIFIERS = re.compile(r"\bat (?:least|most)\b")
#: what negates no wish: not knowing ("no idea what i should be asking for pay wise"), a
#: question asked to agree ("isnt that like a ton of openings?")
_UNSURE = re.compile(
    r"\b(?:no (?:idea|clue)|not (?:sure|certain)|(?:don'?t|do not|dont) (?:really )?know|dunno|"
    r"idk|(?:isn'?t|isnt) (?:that|it|this|there)|(?:aren'?t|arent) (?:they|there|those|these)|"
    r"(?:don'?t|dont) (?:they|those|these)|(?:doesn'?t|doesnt) (?:it|that|this))\b"
)


@dataclass(frozen=True, slots=True)
class Wishes:
    preferences: Preferences = field(default_factory=Preferences)
    #: asks for the top of one scale ("which pays the most")
    superlative: bool = False
    #: worded as a request for advice, so a stray career word does not win
    asking: bool = False
    #: worded as a change to earlier preferences ("and remote too")
    refining: bool = False

    @property
    def ranking(self) -> bool:
        """One criterion and a superlative: answer with a ranking on that scale."""
        active = self.preferences.active
        return self.superlative and len(active) == 1 and not active[0].hard


#: the words a preference is said with, as the one typo corrector knows them ("salery",
#: "remot"); four-letter words against the few that are that short
_KEYWORDS = Vocabulary(lx.KEYWORDS)
_SHORT_KEYWORDS = Vocabulary(lx.SHORT_KEYWORDS)


def _correct(word: str) -> str:
    if len(word) < 4 or word in lx.NOT_TYPOS:
        return word
    known = _SHORT_KEYWORDS if len(word) == 4 else _KEYWORDS
    return word if known.knows(word) else known.corrected(word) or word


@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    text = fold(clean_display(text, MAX_MESSAGE))  # the one folding step every reading shares
    return re.sub(r"[a-z']+", lambda m: _correct(m.group(0)), text)


#: a complaint carried over "and" to what follows it with no verb of its own
_FED_UP = re.compile(
    r"\b(?:sick of|tired of|fed up with|done with|hate|hated|can'?t stand)\b(?! it\b)"
)
_OWN_VERB = re.compile(
    r"\b(?:i|i'?m|im|i'?d|want|wanna|need|love|like|enjoy|would|prefer|looking|hoping|is|are)\b"
)


def _clauses(text: str) -> list[str]:
    """Clauses, with a refusal carried over "or"/"nor" ("I don't want to code or travel")."""
    parts = _SPLIT.split(text)
    separators = _SPLIT.findall(text)
    out = [parts[0]]
    for separator, part in zip(separators, parts[1:], strict=True):
        if DOUBLED_MARK.match(separator):
            out[-1] += " ??"  # "but 2-4 yrs training??": said back, doubted, kept so
        carried = lx.REFUSAL.search(_UNSURE.sub(" ", out[-1]))  # not "no idea what…"
        if separator.strip() in {"or", "nor"} and carried and not lx.NEGATION.search(part):
            out.append(f"{carried.group(0)} {part}")
        elif (
            separator.strip() == "and"
            and (fed_up := _FED_UP.search(out[-1]))
            and not (lx.NEGATION.search(part) or _OWN_VERB.search(part))
        ):
            # "tired of long hours and low pay": the low pay is complained of too
            out.append(f"{fed_up.group(0)} {part}")
        else:
            out.append(part)
    return [c for c in out if c.strip()]


def _weight(clause: str) -> tuple[float, str]:
    if lx.INDIFFERENT.search(clause):
        return 1.0, clause  # "money isn't the main thing": no weight, and it doesn't matter
    for pattern, weight in lx.WEIGHTS:
        if pattern.search(clause):
            return weight, pattern.sub(" ", clause)
    return 1.0, clause


#: a low amount said right before a phrase: "less coding", "minimal programming"
_LESS_OF = re.compile(r"\b(?:less|fewer|minimal|minimum|little|least|lower|reduced|zero)\s+$")


def _direction(phrase: lx.Phrase, before: str, after: str) -> Direction | None:
    """Direction from the phrase, a modifier beside it, or the criterion's default; then
    turned round by a negation before it. ``None``: the negation means "doesn't matter"."""
    modifier: Direction | None = None
    for side in (_NOT_MODIFIERS.sub(" ", before), _NOT_MODIFIERS.sub(" ", after)):
        high, low = lx.HIGH_WORDS.search(side), lx.LOW_WORDS.search(side)
        if high or low:
            modifier = "high" if high and (not low or high.start() > low.start()) else "low"
            break
    negated = bool(lx.NEGATION.search(_UNSURE.sub(" ", before)))
    if phrase.criterion == "salary" and modifier is None and _FED_UP.search(before):
        return "high"  # "hate the publish or perish grind and the 40k salary": pay they have
    stated = phrase.direction or modifier
    if stated == "high" and modifier == "low" and _LESS_OF.search(before):
        stated = "low"  # "less coding": the phrase's own direction, turned down right before it
    if stated is None:
        attribute = BY_NAME[phrase.criterion]
        return attribute.negated if negated else attribute.bare
    return flipped(stated) if negated else stated


#: a time asked right before a figure's words: a question, no wish for long or short
_HOW_LONG = re.compile(
    r"\bhow (?:long|many (?:years|yrs|months))(?: (?:does|do|would|will|did) (?:it|that|they|you)"
    r"(?: take| need)?(?: (?:me|us|you|someone|a person))?)?(?: (?:to|for|until|till|before))?"
    r"(?: (?:i|you) (?:can|could))?\s*$"
)
#: the figure asked of what is named or shown, no wish of it: "whats the pay on them", "what
#: does it pay starting out", "how much pay"; not "what pays the most", "what jobs pay well"
_FIGURE_ASKED = re.compile(
    r"\b(?:what(?:'?s| is| are| was| does| do| did| would| will| could)?|how much|hows|how'?s)"
    r"(?: (?:the|it|they|that|this|those|these|them|he|she|one|ones|a|an|their|its|usually|"
    r"typically|actually|really|realistically|starting|start|entry|level|entry-level|average|"
    r"typical|median|normal|base|annual|yearly|hourly|kind of|sort of|like|does|do|would|will|"
    r"can|could|you|i|u|make|get))*\s*$"
)
#: what makes a figure asked a wish after all: "what pays well", "what pays the most"
_WISHED_AFTER = re.compile(
    r"^\s*(?:well|best|most|the most|more|better|good|great|decent|over|above|at least)\b"
)
#: a figure's words that grade it, so a wish: "fastest growing", "highest paying"
_GRADED = re.compile(
    r"\b(?:fast|high|most|best|more|better|top|low|least|good|great|well|big|large|strong|rapid)"
)
_ASKED_CRITERIA = frozenset({"salary", "demand"})
#: a stretch of time said of the figure's words: "need 7-8 more yrs of income"
_TIME_OF = re.compile(r"\b\d+(?:\s*[-–]\s*\d+)?\s+(?:more\s+)?(?:yrs?|years?|months?)\s+of\s*$")
#: what someone has or lacks, said before a figure's words: no wish of it either way
_MEANS_TOLD = re.compile(
    r"\b(?:don'?t|do not|dont|doesn'?t|didn'?t|never|we'?re|i'?m|im)\s+(?:really\s+|even\s+)?"
    r"(?:have|has|had|got|own|short on|low on|tight on)\s+(?:much\s+|any\s+|enough\s+|a lot of\s+|"
    r"lots of\s+|the\s+)?$"
)


#: every phrase at once: most clauses hold none, and one search says so
_ANY_PHRASE = re.compile("|".join(f"(?:{p.pattern.pattern})" for p in lx.PHRASES))


@lru_cache(maxsize=2048)
def _read_clause(clause: str) -> tuple[Preference, ...]:
    weight, clause = _weight(clause)
    found: list[tuple[int, int, lx.Phrase]] = []
    taken = [False] * len(clause)
    # the longest phrase wins where phrases overlap ("hardest for AI to replace" is about AI
    # risk, not difficulty); among equals, the lexicon's order
    matches = (
        [
            (match.span(), order, phrase)
            for order, phrase in enumerate(lx.PHRASES)
            for match in phrase.pattern.finditer(clause)
        ]
        if _ANY_PHRASE.search(clause)
        else []
    )
    matches.sort(key=lambda m: (m[0][0] - m[0][1], m[1]))
    for (start, end), _, phrase in matches:
        if any(taken[start:end]) or any(f[2].criterion == phrase.criterion for f in found):
            continue
        if _MEANS_TOLD.search(clause[:start]):
            continue  # "we dont have much money": what they have, no wish of pay
        if _HOW_LONG.search(clause[:start]) or _TIME_OF.search(clause[:start]):
            continue  # "how long to learn", "7-8 more yrs of income": a time, no wish
        if _PAYS_LESS.match(clause, start):
            continue  # "CNA pays less too": what a career pays, said of it, no wish
        if shape("figure_remarked").match(clause, end):
            continue  # "84% llm exposure is scary": a figure shown, remarked on, no wish
        if (
            phrase.criterion in _ASKED_CRITERIA
            and _FIGURE_ASKED.search(clause[:start])
            and not _WISHED_AFTER.match(clause[end:])
            and not _GRADED.search(clause[start:end])
        ):
            continue  # "whats the pay on them": the figure asked, no wish of it
        taken[start:end] = [True] * (end - start)
        found.append((start, end, phrase))
    found.sort(key=lambda f: f[0])
    criteria = {f[2].criterion for f in found}
    limits = _limits(clause, criteria)
    indifferent = bool(lx.INDIFFERENT.search(clause))
    soft = bool(lx.SOFT.search(clause))
    out: list[Preference] = []
    for i, (start, end, phrase) in enumerate(found):
        before = clause[found[i - 1][1] if i else 0 : start]
        after = clause[end : found[i + 1][0] if i + 1 < len(found) else len(clause)]
        out.append(
            _preference(
                phrase,
                before=before,
                after=after,
                weight=weight,
                indifferent=indifferent,
                soft=soft,
                limit=next((m for m in limits if m.criterion == phrase.criterion), None)
                or (limits[0] if limits else None),
                clause=clause,
            )
        )
    for limit in limits:
        if limit.criterion not in criteria:  # "under a year" alone says enough
            out.append(Preference(limit.criterion, limit.want, weight, not soft, limit.value))
    if any(p.criterion == "learning_curve" and p.limit is not None for p in out):
        # "jobs i can get into in under a year": the time bound is the must; an easy way in
        # only orders
        out = [replace(p, hard=False) if p.criterion == "entry_barrier" else p for p in out]
    return tuple(out)


def _limits(clause: str, criteria: set[AttributeName]) -> list[Limit]:
    """The bounds a clause sets: its first number's, and where that is pay, a time beside
    it ("jobs i can learn in under a year that pay 50k+")."""
    first = find_limit(clause, criteria)
    if first is not None and shape("figure_remarked").match(clause, first.span[1]):
        return []  # "84% llm exposure is scary": a figure shown, remarked on, no bound
    if first is None or first.criterion != "salary":
        return [first] if first else []
    start, end = first.span
    second = find_limit(clause[:start] + " " * (end - start) + clause[end:], criteria - {"salary"})
    return [first, second] if second is not None and second.criterion != "salary" else [first]


def _preference(
    phrase: lx.Phrase,
    *,
    before: str,
    after: str,
    weight: float,
    indifferent: bool,
    soft: bool,
    limit: Limit | None,
    clause: str,
) -> Preference:
    criterion: AttributeName = phrase.criterion
    direction = None if indifferent else _direction(phrase, before, after)
    measure = phrase.measure
    if direction is None:
        return Preference(criterion, BY_NAME[criterion].bare, 0.0, measure=measure)
    if limit is not None and limit.criterion == criterion:
        return Preference(criterion, limit.want, weight, not soft, limit.value, measure)
    if limit is not None:  # "over" in "pays over 100k" is the salary's, not everyone's
        clause = clause[: limit.span[0]] + clause[limit.span[1] :]
    refusal = criterion in {"remote", "coding"} and bool(lx.REFUSAL.search(before))
    # "which needs the least training": the career's need, an order asked for, no must
    said_of_career = _CAREER_NEEDS.search(clause) is not None
    hard = not soft and not said_of_career and (bool(lx.HARD.search(clause)) or refusal)
    # "need something that pays better than walmart": more than now, no bound of its own
    hard = hard and not (limit is None and shape("more_than").search(clause))
    return Preference(criterion, direction, weight, hard, measure=measure)


#: what something pays, told: "CNA pays less too", "it pays way less"
_PAYS_LESS = re.compile(r"(?:pays|paid|earns|makes) (?:way |much |a lot |even |so |a bit )?less\b")
_CAREER_NEEDS = re.compile(
    r"\b(?:needs?|requires?|takes?)\s+(?:the\s+)?(?:least|most|fewest|shortest|less|fewer)\b"
)


def clear_caches() -> None:
    """Forget every text read (for measuring the reading of new messages)."""
    normalise.cache_clear()
    _read_clause.cache_clear()


#: what may be said beside an amount in a clause of its own: "a bit", "but only a little tho"
_BARE_AMOUNT = re.compile(r"\s*(?:(?:but|and|only|just|maybe|tho|though|i guess|really|like)\s*)*")


def read_wishes(message: str) -> Wishes:
    text = normalise(message)
    preferences = Preferences()
    last: Preference | None = None
    for clause in _clauses(text):
        read = _read_clause(clause)
        weight, rest = _weight(clause)
        # "remote would be nice, a bit": an amount said alone, of the wish right before it
        # ("money isn't the main thing. … did a lot of training": of no wish)
        if (
            not read
            and last is not None
            and last.weight
            and weight != 1
            and _BARE_AMOUNT.fullmatch(rest)
        ):
            read = (replace(last, weight=weight),)
        last = None
        for preference in read:
            last = preference
            if preferences.get(preference.criterion) is None or preference.active:
                preferences = preferences.with_item(preference)
    plain = text
    for pattern, _ in lx.WEIGHTS:
        plain = pattern.sub(" ", plain)
    asking = any(p.search(text) for p in (lx.ASKING, lx.SOFT, lx.HARD, lx.NEGATION, lx.INDIFFERENT))
    return Wishes(
        preferences,
        superlative=bool(lx.SUPERLATIVE.search(plain)),
        asking=asking or plain != text,
        refining=bool(_REFINE.search(text.strip(" ?!."))),
    )
