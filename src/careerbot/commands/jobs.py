"""What each command that answers once does, given its arguments and the settings: careerbot
started, one call into the service, and the outcome to print."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from careerbot.app import bootstrap
from careerbot.app.ports import CatalogChange
from careerbot.app.service import CareerService
from careerbot.app.settings import Settings
from careerbot.careers.catalog import CatalogError
from careerbot.commands.choices import Asked
from careerbot.commands.exits import Exit, Outcome
from careerbot.commands.outcome import one_shot
from careerbot.console import save_picture
from careerbot.dialogue.replies import Reply
from careerbot.render.about import about_document

Job = Callable[[CareerService, argparse.Namespace], Awaitable[Outcome]]


async def run(args: argparse.Namespace, settings: Settings) -> Outcome:
    try:
        async with bootstrap.running(settings) as service:
            return await JOBS[args.command](service, args)
    except CatalogError as exc:
        return Outcome(Exit.NOT_FOUND, err=f"rejected, nothing was changed: {exc}")


async def _answer(service: CareerService, reply: Reply, asked: Asked, as_json: bool) -> Outcome:
    return one_shot(reply, await service.catalog(), asked, as_json=as_json)


async def _ask(service: CareerService, args: argparse.Namespace) -> Outcome:
    reply = await service.message(args.chat, args.message)
    return await _answer(
        service, reply, Asked("ask", chat=None if args.chat is None else str(args.chat)), args.json
    )


async def _compare(service: CareerService, args: argparse.Namespace) -> Outcome:
    reply = await service.compare(args.first, args.second)
    return await _answer(service, reply, Asked("compare", (args.first, args.second)), args.json)


async def _roadmap(service: CareerService, args: argparse.Namespace) -> Outcome:
    names = tuple(args.careers)
    reply = await service.roadmap(names[-1], names[0] if len(names) == 2 else None)
    return await _answer(service, reply, Asked("roadmap", names), args.json)


async def _fit(service: CareerService, args: argparse.Namespace) -> Outcome:
    reply = await service.fit(-1, args.preferences)
    return await _answer(service, reply, Asked("fit"), args.json)


async def _chart(service: CareerService, args: argparse.Namespace) -> Outcome:
    names, out = tuple(args.careers), Path(args.out)
    reply = await service.chart(names)
    if reply.picture is None:  # a name to settle first
        return await _answer(service, reply, Asked("chart", names, str(out)), False)
    try:
        path = await asyncio.to_thread(save_picture, reply, out)
    except (OSError, ValueError) as exc:  # ValueError: a name no file can have (a NUL)
        return Outcome(Exit.USAGE, err=f"cannot write {out}: {getattr(exc, 'strerror', exc)}")
    caption = reply.document.plain()
    return Outcome(Exit.ANSWERED, f"Wrote {path} ({reply.picture.title}).\n{caption}")


async def _list(service: CareerService, _: argparse.Namespace) -> Outcome:
    careers = (await service.catalog()).careers
    return Outcome(Exit.ANSWERED, "\n".join(f"{c.slug:45} {c.title}" for c in careers))


async def _about(service: CareerService, _: argparse.Namespace) -> Outcome:
    return Outcome(Exit.ANSWERED, about_document(await service.catalog()).plain())


async def _health(service: CareerService, _: argparse.Namespace) -> Outcome:
    careers = await service.health()
    return Outcome(Exit.ANSWERED if careers else Exit.NOT_FOUND, f"ok: {careers} careers")


async def _stats(service: CareerService, _: argparse.Namespace) -> Outcome:
    return Outcome(Exit.ANSWERED, (await service.stats()).document.plain())


async def _import(service: CareerService, args: argparse.Namespace) -> Outcome:
    change = await service.import_file(args.path, replace_all=args.replace_all)
    count = change.added + change.replaced
    done = f"{change.added} added, {change.replaced} replaced"
    if args.replace_all:
        done += f", {len(change.removed)} removed"
    return Outcome(
        Exit.ANSWERED, f"Imported {count} careers from {args.path}: {done}; {_holds(change)}"
    )


async def _remove(service: CareerService, args: argparse.Namespace) -> Outcome:
    change = await service.remove_careers(tuple(args.slugs))
    removed = ", ".join(change.removed)
    return Outcome(
        Exit.ANSWERED, f"Removed {len(change.removed)} careers ({removed}); {_holds(change)}"
    )


def _holds(change: CatalogChange) -> str:
    return f"the catalog now holds {change.total}."


JOBS: dict[str, Job] = {
    "ask": _ask,
    "compare": _compare,
    "roadmap": _roadmap,
    "fit": _fit,
    "chart": _chart,
    "list": _list,
    "about": _about,
    "health": _health,
    "stats": _stats,
    "import": _import,
    "remove": _remove,
}
