"""The name index as flat typed arrays: built once per catalog version, kept as one blob.

53,000 names held as Python objects (a frozenset of words per name, dicts keyed by name,
lists of postings) take about 70 MB and a second of CPU to build in every process. Here the
same facts are arrays of numbers over two string tables: a name is a run of word ids, a
word's postings are a run of name ids, exact names are found by a 64-bit hash of their key
in a sorted array. The blob is a few MB, loads without parsing (``memoryview.cast`` over
the bytes), and is stored beside the catalog version it was built from.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields

from careerbot._utils.text import singular, words
from careerbot.understanding.names import tokens_of

#: bump when the layout or the rules that fill it change: a stored blob of another format
#: is rebuilt, never read
FORMAT = 4
_MAGIC = b"careerbot-names"

#: How a name is known: a career's own title, a title its workers report, an alternate.
TITLE, REPORTED, ALTERNATE = 0, 1, 2
Entry = tuple[str, str] | tuple[str, str, int]
Numbers = Sequence[int]
Reals = Sequence[float]


def key_of(tokens: Iterable[str]) -> str:
    # Spaces and hyphens are dropped so "multi-agent", "multi agent" and "multiagent" meet.
    return "".join(tokens)


def stable_hash(text: str) -> int:
    """The same 64-bit number for the same text in every process (``hash`` is salted)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def deletions(word: str, most: int) -> set[str]:
    """``word`` with one, or up to ``most``, of its letters left out."""
    found: set[str] = set()
    layer = {word}
    for _ in range(most):
        layer = {w[:i] + w[i + 1 :] for w in layer if len(w) > 2 for i in range(len(w))}
        found |= layer
    return found


@dataclass(frozen=True)
class NameTables:
    """Every array the index reads. Per name: ``career_of``, ``standing``, ``name_weight``,
    its words at ``token_ids[token_start[n]:token_start[n + 1]]`` and its display text at
    ``display_bytes[display_start[n]:display_start[n + 1]]``. Per word (ids in sorted
    order): ``weight``, ``careers_with``, ``longest_from`` and its postings (names, the
    best-covered first). Per career: ``title_name`` and ``openings``."""

    slugs: tuple[str, ...]
    words: tuple[str, ...]
    display_bytes: bytes
    display_start: Numbers
    career_of: Numbers
    standing: Numbers
    name_weight: Reals
    token_start: Numbers
    token_ids: Numbers
    weight: Reals
    careers_with: Numbers
    longest_from: Numbers
    posting_start: Numbers
    postings: Numbers
    title_name: Numbers
    openings: Reals
    #: names sorted by the hash of their key (``key_hash``), for exact lookups
    key_hash: Numbers
    key_name: Numbers
    #: each word under the hash of each of its one-letter deletions, sorted by hash
    near_hash: Numbers
    near_word: Numbers

    def display(self, name: int) -> str:
        start, end = self.display_start[name], self.display_start[name + 1]
        return self.display_bytes[start:end].decode()

    def tokens(self, name: int) -> Numbers:
        return self.token_ids[self.token_start[name] : self.token_start[name + 1]]

    def posted(self, word: int) -> Numbers:
        return self.postings[self.posting_start[word] : self.posting_start[word + 1]]

    def names_keyed(self, key: str) -> tuple[int, ...]:
        """The names whose words join to ``key``, in catalog order."""
        wanted = stable_hash(key)
        at = bisect_left(self.key_hash, wanted)
        found = []
        while at < len(self.key_hash) and self.key_hash[at] == wanted:
            name = self.key_name[at]
            if key_of(self.words[w] for w in self.tokens(name)) == key:
                found.append(name)
            at += 1
        return tuple(found)

    @property
    def deletions(self) -> Deletions:
        return Deletions(self.near_hash, self.near_word)

    def to_bytes(self) -> bytes:
        """One blob: a header line (format, byte order, each part's type and length), then
        each part's bytes on an 8-byte boundary."""
        parts: dict[str, tuple[str, bytes]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                parts[f.name] = ("s", "\n".join(value).encode())
            elif isinstance(value, bytes):
                parts[f.name] = ("B", value)
            else:
                typecode = _TYPECODES[f.name]
                parts[f.name] = (typecode, array(typecode, value).tobytes())
        header = {
            "format": FORMAT,
            "byteorder": sys.byteorder,
            "parts": [[name, code, len(data)] for name, (code, data) in parts.items()],
        }
        out = bytearray(_MAGIC + b" " + json.dumps(header).encode() + b"\n")
        for _, data in parts.values():
            out += bytes(-len(out) % 8) + data
        return bytes(out)

    @classmethod
    def from_bytes(cls, blob: bytes) -> NameTables | None:
        """The tables a blob holds, read in place; None when it is of another format or
        byte order, or not a name-table blob (it is rebuilt then)."""
        end = blob.find(b"\n")
        if not blob.startswith(_MAGIC + b" ") or end < 0:
            return None
        try:
            header = json.loads(blob[len(_MAGIC) + 1 : end])
        except ValueError:
            return None
        if header.get("format") != FORMAT or header.get("byteorder") != sys.byteorder:
            return None
        view = memoryview(blob)
        at = end + 1
        values: dict[str, object] = {}
        for name, code, size in header["parts"]:
            at += -at % 8
            data = view[at : at + size]
            at += size
            if code == "s":
                text = bytes(data).decode()
                values[name] = tuple(text.split("\n")) if text else ()
            elif code == "B":
                values[name] = bytes(data)
            else:
                values[name] = data.cast(code)
        if set(values) != {f.name for f in fields(cls)}:
            return None
        return cls(**values)  # type: ignore[arg-type]


_TYPECODES: dict[str, str] = {
    f.name: ("d" if f.type == "Reals" else "Q" if f.name.endswith("_hash") else "I")
    for f in fields(NameTables)
}


def build(entries: Iterable[Entry], priors: Mapping[str, float] | None = None) -> NameTables:
    """The tables of every (slug, name[, standing]) entry; a career's first name is its
    title. ``priors``: annual openings by slug."""
    slug_ids: dict[str, int] = {}
    title_name: list[int] = []
    names: list[tuple[int, tuple[str, ...], str, int]] = []
    for entry in entries:
        slug, name = entry[0], entry[1]
        # A name made only of filler words keeps them.
        tokens = tuple(tokens_of(name) or (singular(t) for t in words(name)))
        if not tokens:
            continue
        sid = slug_ids.setdefault(slug, len(slug_ids))
        if sid == len(title_name):  # a career's first name is its title
            title_name.append(len(names))
            standing = TITLE
        else:
            standing = entry[2] if len(entry) == 3 else REPORTED
        names.append((sid, tokens, name, standing))
    vocabulary = sorted({t for _, tokens, _, _ in names for t in tokens})
    word_id = {w: i for i, w in enumerate(vocabulary)}
    token_ids = [[word_id[t] for t in tokens] for _, tokens, _, _ in names]
    careers = [set[int]() for _ in vocabulary]
    posted: list[list[int]] = [[] for _ in vocabulary]
    longest = [0] * len(vocabulary)
    for n, (ids, (sid, _, _, _)) in enumerate(zip(token_ids, names, strict=True)):
        longest[ids[0]] = max(longest[ids[0]], len(ids))
        for w in dict.fromkeys(ids):
            careers[w].add(sid)
            posted[w].append(n)
    total = max(len(slug_ids), 1)
    weight = [math.log((total + 1) / (len(c) + 0.5)) + 0.05 for c in careers]
    name_weight = [sum(weight[w] for w in set(ids)) for ids in token_ids]
    # the best-covered names first: a query's rarest word brings those before the rest
    postings = [sorted(ids, key=name_weight.__getitem__) for ids in posted]
    displays = [name.encode() for _, _, name, _ in names]
    keyed = sorted(range(len(names)), key=lambda n: (stable_hash(key_of(names[n][1])), n))
    near = Deletions.of(vocabulary)
    slugs = tuple(slug_ids)
    return NameTables(
        slugs=slugs,
        words=tuple(vocabulary),
        display_bytes=b"".join(displays),
        display_start=_starts(len(d) for d in displays),
        career_of=[sid for sid, _, _, _ in names],
        standing=[standing for _, _, _, standing in names],
        name_weight=name_weight,
        token_start=_starts(len(ids) for ids in token_ids),
        token_ids=[w for ids in token_ids for w in ids],
        weight=weight,
        careers_with=[len(c) for c in careers],
        longest_from=longest,
        posting_start=_starts(len(p) for p in postings),
        postings=[n for p in postings for n in p],
        title_name=title_name,
        openings=[float((priors or {}).get(slug, 0.0)) for slug in slugs],
        key_hash=[stable_hash(key_of(names[n][1])) for n in keyed],
        key_name=keyed,
        near_hash=near.hashes,
        near_word=near.words,
    )


@dataclass(frozen=True)
class Deletions:
    """Each word of three letters or more under the hash of each of its one-letter
    deletions, sorted by hash: a typo's own deletions meet them by bisection."""

    hashes: Numbers
    words: Numbers

    @classmethod
    def of(cls, vocabulary: Sequence[str]) -> Deletions:
        pairs = sorted(
            (stable_hash(variant), w)
            for w, word in enumerate(vocabulary)
            if len(word) >= 3
            for variant in deletions(word, 1)
        )
        return cls([h for h, _ in pairs], [w for _, w in pairs])

    def near(self, variant: str) -> list[int]:
        """The ids of the words that become ``variant`` with one letter left out."""
        wanted = stable_hash(variant)
        at = bisect_left(self.hashes, wanted)
        found = []
        while at < len(self.hashes) and self.hashes[at] == wanted:
            found.append(self.words[at])
            at += 1
        return found


def _starts(lengths: Iterable[int]) -> list[int]:
    starts = [0]
    for length in lengths:
        starts.append(starts[-1] + length)
    return starts
