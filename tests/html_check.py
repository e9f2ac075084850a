"""A strict checker for the Telegram HTML the core emits: only <b>, <i> and <pre>, balanced
and properly nested, nothing inside <pre>, and only entities Telegram understands."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

ALLOWED = frozenset({"b", "i", "pre"})
_TAG = re.compile(r"<(/?)([a-z]+)>")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED or attrs:
            self.problems.append(f"tag <{tag}> with {attrs}")
        if "pre" in self.stack:
            self.problems.append(f"<{tag}> inside <pre>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"self-closing <{tag}/>")

    def handle_comment(self, data: str) -> None:
        self.problems.append("a comment")

    def handle_decl(self, decl: str) -> None:
        self.problems.append("a declaration")

    def handle_pi(self, data: str) -> None:
        self.problems.append("a processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.problems.append("an unknown declaration")


def telegram_html_problems(text: str) -> list[str]:
    checker = _Checker()
    checker.feed(text)
    checker.close()
    problems = checker.problems
    if checker.stack:
        problems.append(f"unclosed {checker.stack}")
    # HTMLParser forgives a stray "<" or ">" in text; Telegram does not.
    outside_tags = _TAG.sub("", text)
    if "<" in outside_tags or ">" in outside_tags:
        problems.append("a bare < or > in text")
    if _ENTITY.sub("", outside_tags).count("&"):
        problems.append("a bare & or an unknown entity")
    return problems


def visible_text(text: str) -> str:
    """What a reader sees of the HTML: tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", text))
