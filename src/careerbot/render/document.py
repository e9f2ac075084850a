"""A reply as plain blocks, written out as Telegram HTML or as plain text.

Everything shown passes through here, so escaping and Telegram's 4,096-character limit
are enforced in one place.
"""

from __future__ import annotations

import functools
import html
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

TELEGRAM_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class Heading:
    text: str


@dataclass(frozen=True, slots=True)
class Para:
    text: str
    bold_prefix: str = ""
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Bullets:
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Grid:
    """Monospaced, aligned lines (a <pre> block in Telegram)."""

    lines: tuple[str, ...]


Block = Heading | Para | Bullets | Grid


@dataclass(frozen=True, slots=True)
class Document:
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def html(self) -> str:
        return _fit(self.blocks, _html)

    def plain(self) -> str:
        return _fit(self.blocks, _plain)


def _html(block: Block) -> str:
    e = html.escape
    match block:
        case Heading(text):
            return f"<b>{e(text)}</b>"
        case Para(text, prefix, italic):
            body = f"<i>{e(text)}</i>" if italic else e(text)
            return f"<b>{e(prefix)}</b> {body}" if prefix else body
        case Bullets(title, items):
            return "\n".join([f"<b>{e(title)}</b>", *(f"• {e(i)}" for i in items)])
        case Grid(lines):
            return "<pre>" + e("\n".join(lines)) + "</pre>"


def _plain(block: Block) -> str:
    match block:
        case Heading(text):
            return text
        case Para(text, prefix, _):
            return f"{prefix} {text}" if prefix else text
        case Bullets(title, items):
            return "\n".join([title, *(f"  • {i}" for i in items)])
        case Grid(lines):
            return "\n".join(lines)


_SHORTENED = "…(shortened)"


def utf16_units(text: str) -> int:
    """Telegram counts a message's length in UTF-16 code units: an emoji is two."""
    return len(text.encode("utf-16-le")) // 2


def _gap(before: Block | None, block: Block) -> str:
    """Blocks stand apart by an empty line; a grid needs none, its aligned columns (a box
    of its own in Telegram) set it apart, and a phone's screen has no line to spare."""
    if before is None:
        return ""
    return "\n" if isinstance(before, Grid) or isinstance(block, Grid) else "\n\n"


def _fit(blocks: tuple[Block, ...], render: Callable[[Block], str]) -> str:
    """Whole blocks up to Telegram's limit; an oversized first block is cut down, never
    mid-tag, because it is shortened before it is rendered. The markup is measured, which
    is never shorter than the text Telegram counts once it has read the tags."""
    room = TELEGRAM_LIMIT - len(_SHORTENED) - 2
    parts: list[str] = []
    used = 0
    before: Block | None = None
    for block in blocks:
        text = _gap(before, block) + render(block)
        if used + utf16_units(text) > room:
            if not parts:
                parts.append(_shrink(block, render, room))
            parts.append("\n\n" + _SHORTENED)
            break
        used += utf16_units(text)
        parts.append(text)
        before = block
    return "".join(parts)


def _shrink(block: Block, render: Callable[[Block], str], room: int) -> str:
    while True:
        match block:
            case Para(text, prefix, italic):
                block = Para(text[: len(text) // 2], prefix, italic)
            case Bullets(title, items):
                block = Bullets(title, items[: len(items) // 2])
            case Grid(lines):
                block = Grid(lines[: len(lines) // 2])
            case Heading(text):
                block = Heading(text[: len(text) // 2])
        rendered = render(block)
        if utf16_units(rendered) <= room:
            return rendered


@functools.lru_cache(maxsize=8192)  # a card's labels and figures recur card after card
def width(text: str) -> int:
    """Display columns in a monospaced font: emoji and wide characters take two."""
    if text.isascii():  # no ASCII character is wide
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(columns - width(text), 0)


def wrapped_lines(text: str, columns: int) -> list[str]:
    """The lines ``text`` takes on a screen ``columns`` wide in a monospaced font: a longer
    line broken between words (within a word longer than a line), an empty line kept."""
    out: list[str] = []
    for line in text.split("\n"):
        if width(line) <= columns:
            out.append(line)
            continue
        current = ""
        for word in line.split():
            joined = f"{current} {word}" if current else word
            if width(joined) <= columns:
                current = joined
                continue
            if current:
                out.append(current)
            current = word
            while width(current) > columns:
                fits = (i for i in range(len(current), 0, -1) if width(current[:i]) <= columns)
                cut = next(fits, 1)
                out.append(current[:cut])
                current = current[cut:]
        out.append(current)
    return out
