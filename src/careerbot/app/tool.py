"""The interactive tool's questions, answered from the catalog the service answers with.

What a question's answer cannot change within one catalog version (a comparison, a
roadmap, a ranking, a typeahead) is kept per version, so a tool moving its sliders asks the
core once per state. Answers are plain JSON-ready data; a question that names no career is
refused with a value, never an exception."""

from __future__ import annotations

import gzip
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from typing import Any, Literal, Protocol

import orjson

from careerbot.app.admission import Admission
from careerbot.app.service import CareerService
from careerbot.careers.catalog import Catalog
from careerbot.careers.criteria import ATTRIBUTES
from careerbot.careers.fields import FIELDS
from careerbot.careers.formatting import money, value_text
from careerbot.careers.model import Career
from careerbot.dialogue.answers import comparison_reply, profile_reply, roadmap_reply
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply, reply_json
from careerbot.recommend.explore import EDUCATION_KEYS, Exploration, explore, schooling
from careerbot.recommend.ranking import Scale
from careerbot.recommend.weighing import WEIGHED
from careerbot.render.json_view import ranking_json
from careerbot.understanding.resolution import Ambiguous, Match, NotFound

#: answers kept per catalog version, the least recently asked dropped first
KEPT = 4096
MOST_CAREERS = 4
SCALES_KEPT = 64
Json = dict[str, Any]


@dataclass(frozen=True)
class Answer:
    version: int
    body: Json

    @cached_property
    def json(self) -> bytes:
        """The answer as JSON, made once however often it is asked for."""
        return orjson.dumps(self.body)

    @cached_property
    def gzipped(self) -> bytes:
        return gzip.compress(self.json, compresslevel=6, mtime=0)


@dataclass(frozen=True, slots=True)
class Refused:
    reason: Literal["unknown_career", "same_career", "rate_limited", "undeliverable"]
    detail: str
    retry_in: int = 0


class Delivery(Protocol):
    """Posts a reply into the chat a web app was opened from (the bot implements it)."""

    async def deliver(self, user_id: int, query_id: str | None, reply: Reply) -> bool:
        """True when Telegram took it; False when it refused (the user never opened a chat
        with the bot, or blocked it)."""


class Tool:
    def __init__(self, service: CareerService, kept: int = KEPT) -> None:
        self.service = service
        self._kept: OrderedDict[Hashable, Answer] = OrderedDict()
        self._size = kept
        self._version: int | None = None
        #: the rankings' scales, per criterion and careers ranked (about 90 KB each, so only
        #: a few kept)
        self._scales: dict[Hashable, Scale] = {}

    async def _answer(self, key: Hashable, make: Callable[[Catalog], Json]) -> Answer:
        catalog = await self.service.catalog()
        if catalog.version != self._version:
            self._kept.clear()
            self._scales.clear()
            self._version = catalog.version
        answer = self._kept.get(key)
        if answer is None:
            answer = self._kept[key] = Answer(catalog.version, make(catalog))
            if len(self._kept) > self._size:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        return answer

    async def meta(self) -> Answer:
        return await self._answer("meta", _meta)

    async def suggest(self, query: str, limit: int = 8) -> Answer:
        index = (await self.service.dialogue()).index

        def suggestions(catalog: Catalog) -> Json:
            # what the bot would take the name to mean comes first, typos corrected
            match index.resolve(query, limit):
                case Match(best=best):
                    found = [best]
                case Ambiguous(candidates=candidates):
                    found = list(candidates)
                case NotFound(suggestions=suggestions):
                    found = list(suggestions)
            seen: dict[str, str] = {}
            for candidate in [*found, *index.search(query, limit)]:
                seen.setdefault(candidate.slug, candidate.name)
            careers = [catalog.by_slug[slug] for slug in list(seen)[:limit]]
            return {"query": query, "careers": [_summary(c, seen[c.slug]) for c in careers]}

        return await self._answer(("suggest", query.casefold(), limit), suggestions)

    async def career(self, slug: str) -> Answer | Refused:
        if (unknown := await self._unknown((slug,))) is not None:
            return unknown
        return await self._answer(("career", slug), lambda c: _career(c, c.by_slug[slug]))

    async def compare(self, slugs: tuple[str, ...]) -> Answer | Refused:
        """Two careers: exactly ``careerbot compare --json``. Three or four: that JSON for
        every pair, in order."""
        if (refused := await self._unknown(slugs) or _repeated(slugs)) is not None:
            return refused
        bot = self.service.bot_username

        def pair(catalog: Catalog, a: str, b: str) -> Json:
            a_, b_ = catalog.by_slug[a], catalog.by_slug[b]
            # the whole card, "More" open, as ``careerbot compare`` prints it
            return reply_json(comparison_reply(catalog, ChatContext(), a_, b_, bot, more=True))

        def made(catalog: Catalog) -> Json:
            if len(slugs) == 2:
                return pair(catalog, *slugs)
            pairs = [pair(catalog, a, b) for a, b in combinations(slugs, 2)]
            return {"careers": list(slugs), "pairs": pairs}

        return await self._answer(("compare", slugs), made)

    async def roadmap(self, target: str, source: str | None) -> Answer | Refused:
        """The way into ``target``, from ``source`` or afresh: ``careerbot roadmap --json``."""
        asked = (target,) if source is None else (source, target)
        if (refused := await self._unknown(asked) or _repeated(asked)) is not None:
            return refused

        def made(catalog: Catalog) -> Json:
            start = catalog.by_slug[source] if source is not None else None
            reply = roadmap_reply(catalog, ChatContext(), catalog.by_slug[target], start)
            return reply_json(reply)

        return await self._answer(("roadmap", target, source), made)

    async def explore(self, exploration: Exploration) -> Answer:
        def made(catalog: Catalog) -> Json:
            if len(self._scales) > SCALES_KEPT:
                self._scales.clear()
            ranking = explore(catalog.careers, exploration, self._scales)
            body = ranking_json(ranking)
            for pick, shown in zip(ranking.picks, body["picks"], strict=True):
                shown.update(_summary(pick.career))
            body["left_out"] = [
                {"source": source, "measure": measure, "careers": n}
                for (source, measure), n in ranking.left_out.items()
            ]
            body["sort"] = exploration.sort
            return body

        return await self._answer(("explore", exploration), made)

    async def share(
        self, user_id: int, query_id: str | None, slugs: tuple[str, ...], delivery: Delivery
    ) -> Answer | Refused:
        """Post the comparison on screen into the chat the tool was opened from; counted
        against the user's rate as a message is."""
        if (refused := await self._unknown(slugs) or _repeated(slugs)) is not None:
            return refused
        admission: Admission = await self.service.admit_action(user_id)
        if not admission.answered:
            return Refused("rate_limited", admission.notice(), admission.retry_in)
        catalog = await self.service.catalog()
        a, b = (catalog.by_slug[s] for s in slugs[:2])
        reply = comparison_reply(catalog, ChatContext(), a, b, self.service.bot_username)
        reply = self.service.linked(reply)
        if not await delivery.deliver(user_id, query_id, reply):
            return Refused("undeliverable", "Telegram would not deliver it: start the bot first.")
        return Answer(catalog.version, {"sent": True, "careers": list(reply.careers)})

    async def _unknown(self, slugs: tuple[str, ...]) -> Refused | None:
        by_slug = (await self.service.catalog()).by_slug
        missing = [s for s in slugs if s not in by_slug]
        return Refused("unknown_career", f"no career {missing[0]!r}") if missing else None


def _repeated(slugs: tuple[str, ...]) -> Refused | None:
    if len(set(slugs)) != len(slugs):
        return Refused("same_career", "each career may be picked once")
    return None


def _summary(career: Career, name: str | None = None) -> Json:
    found: Json = {"slug": career.slug, "title": career.title, "category": career.category}
    if name is not None and name != career.title:
        found["name"] = name
    salary = career.salary
    median = salary.median if salary is not None else None
    found["pay"] = f"{money(median)} median" if median is not None else value_text(salary)
    return found


def _career(catalog: Catalog, career: Career) -> Json:
    body = reply_json(profile_reply(catalog, ChatContext(), career))
    body["career"] = {
        **_summary(career),
        "description": career.description,
        "fields": list(career.fields),
        "education": schooling(career),
        "figures": {
            a.name: f.model_dump(exclude_none=True) if (f := a.figure(career)) else None
            for a in ATTRIBUTES
        },
        "skills": list(career.skills),
        "tools": list(career.tools),
    }
    return body


def _meta(catalog: Catalog) -> Json:
    return {
        "version": catalog.version,
        "careers": len(catalog.careers),
        "most_careers": MOST_CAREERS,
        "fields": [{"name": f.name, "label": f.label} for f in FIELDS],
        "education": [{"key": k, "label": v} for k, v in EDUCATION_KEYS.items()],
        "criteria": [
            {"name": name, "label": a.label, "noun": a.noun, "bare": a.bare, "wishes": a.wishes}
            for name, a in WEIGHED.items()
        ],
        "sources": {
            sid: source.model_dump(exclude_none=True, exclude={"all_occupations"})
            for sid, source in catalog.sources.items()
        },
    }
