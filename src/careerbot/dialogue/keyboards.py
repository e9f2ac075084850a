"""Inline keyboards, built in one place and encoded by the one codec."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from careerbot.careers.catalog import Catalog
from careerbot.careers.formatting import short_names, short_title
from careerbot.careers.model import Career
from careerbot.dialogue.codec import (
    Action,
    Card,
    Chart,
    Choose,
    Compare,
    Picker,
    Profile,
    Roadmap,
    ShowSkills,
    TypeName,
    encode,
    share_payload,
)
from careerbot.dialogue.context import Then
from careerbot.dialogue.replies import Button, Keyboard

PAGE_SIZE = 8
PER_ROW = 2


def _rows(buttons: list[Button], per_row: int = PER_ROW) -> list[tuple[Button, ...]]:
    return [tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]


#: a label longer than this is cut on a phone's two-button row
ROADMAP_LABEL = 40


def _roadmap_label(source: str, target: str) -> str:
    """ "🗺 Roadmap A → B"; where that is too long, only the goal, cut between words."""
    label = f"🗺 Roadmap {source} → {target}"
    if len(label) <= ROADMAP_LABEL:
        return label
    label = f"🗺 Roadmap to {target}"
    if len(label) <= ROADMAP_LABEL:
        return label
    return label[: ROADMAP_LABEL - 1].rsplit(" ", 1)[0] + "…"


def profile_button(catalog: Catalog, career: Career) -> Button:
    """ "ℹ️ Human Resources Managers": the card of one career."""
    return Button(f"ℹ️ {short_title(career)}"[:60], encode(Profile(catalog.id_of(career))))


def share_button(catalog: Catalog, a: Career, b: Career, bot_username: str | None) -> Button | None:
    if not bot_username:
        return None
    payload = share_payload(catalog.id_of(a), catalog.id_of(b))
    return Button("📤 Share", url=f"https://t.me/{bot_username}?start={payload}")


MORE, LESS = "➕ More", "➖ Less"


def more_button(catalog: Catalog, a: Career, b: Career, more: bool) -> Button:
    """ "More" opens the rest of the card in place; "Less" closes it again."""
    ia, ib = catalog.id_of(a), catalog.id_of(b)
    return Button(LESS if more else MORE, encode(Card(ia, ib, not more)))


def comparison_keyboard(
    catalog: Catalog, a: Career, b: Career, bot_username: str | None = None, more: bool = False
) -> Keyboard:
    ia, ib = catalog.id_of(a), catalog.id_of(b)
    short_a, short_b = short_names(a, b)
    rows: list[tuple[Button, ...]] = [
        (
            more_button(catalog, a, b, more),
            Button("⇄ Swap", encode(Compare(ib, ia))),
            Button("🧩 Skills", encode(ShowSkills(ia, ib))),
        ),
        (Button(f"🔁 Compare {short_a} with another", encode(Picker(ia, ib, 0))),),
        (Button(f"🔁 Compare {short_b} with another", encode(Picker(ib, ia, 0))),),
        (
            Button("📊 Chart", encode(Chart(ia, ib))),
            Button(_roadmap_label(short_a, short_b), encode(Roadmap(ib, ia))),
        ),
    ]
    share = share_button(catalog, a, b, bot_username)
    if share:
        rows.append((share,))
    return tuple(rows)


CARD = "⚖️ The card"


def answer_keyboard(catalog: Catalog, a: Career, b: Career) -> Keyboard:
    """Under an answer about careers already compared: their card, a tap away."""
    ia, ib = catalog.id_of(a), catalog.id_of(b)
    return ((Button(CARD, encode(Compare(ia, ib))), more_button(catalog, a, b, more=False)),)


INTERACTIVE = "⚡ Interactive comparison"


def interactive_keyboard(buttons: Keyboard, webapp_url: str, slugs: tuple[str, ...]) -> Keyboard:
    """A card's keyboard with a last row opening the interactive tool on its comparison."""
    parts = urlsplit(webapp_url)
    pairs = [*parse_qsl(parts.query), *zip("abcd", slugs, strict=False)]
    url = urlunsplit(parts._replace(query=urlencode(pairs)))
    return (*buttons, (Button(INTERACTIVE, web_app=url),))


def picker_options(catalog: Catalog, keep: Career, other: Career | None) -> list[Career]:
    """Related occupations first, then the same category, then the rest of the catalog."""
    excluded = {keep.slug, other.slug if other else ""}
    related = [c for c in catalog.related(keep) if c.slug not in excluded]
    seen = {c.slug for c in related} | excluded
    kin = [c for c in catalog.careers if c.category == keep.category and c.slug not in seen]
    seen |= {c.slug for c in kin}
    return related + kin + [c for c in catalog.careers if c.slug not in seen]


def picker_keyboard(catalog: Catalog, pick: Picker, keep: Career, other: Career | None) -> Keyboard:
    options = picker_options(catalog, keep, other)
    pages = max((len(options) + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    page = min(pick.page, pages - 1)
    shown = options[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    kid = catalog.id_of(keep)
    rows = _rows([Button(c.title, encode(Compare(kid, catalog.id_of(c)))) for c in shown])
    nav: list[Button] = []
    if page > 0:
        nav.append(Button("◀", encode(Picker(pick.keep, pick.other, page - 1))))
    if page + 1 < pages:
        nav.append(Button("▶", encode(Picker(pick.keep, pick.other, page + 1))))
    if nav:
        rows.append(tuple(nav))
    back = Compare(pick.keep, pick.other) if other else Profile(pick.keep)
    rows.append(
        (
            Button("⌨ Type a name", encode(TypeName(pick.keep, pick.other))),
            Button("↩ Back", encode(back)),
        )
    )
    return tuple(rows)


def profile_keyboard(catalog: Catalog, career: Career) -> Keyboard:
    cid = catalog.id_of(career)
    return (
        (Button("🔁 Compare with another career", encode(Picker(cid, cid, 0))),),
        (
            Button("📊 Chart", encode(Chart(cid))),
            Button("🗺 Roadmap: how to become one", encode(Roadmap(cid))),
        ),
    )


PROFILE_CARD = "ℹ️ The card"


def profile_answer_keyboard(catalog: Catalog, career: Career) -> Keyboard:
    """Under an answer about the career whose card is on screen: the card, a tap away."""
    card = (Button(PROFILE_CARD, encode(Profile(catalog.id_of(career)))),)
    return (card, *profile_keyboard(catalog, career))


def roadmap_keyboard(catalog: Catalog, target: Career, source: Career | None) -> Keyboard:
    tid = catalog.id_of(target)
    rows: list[tuple[Button, ...]] = []
    if source is not None:
        rows.append((Button("⚖️ Compare the two", encode(Compare(catalog.id_of(source), tid))),))
    rows.append((Button(f"ℹ️ About {target.title}"[:60], encode(Profile(tid))),))
    return tuple(rows)


def choices_keyboard(
    catalog: Catalog,
    careers: Sequence[Career],
    then: Then,
    partner: Career | None,
    partner_first: bool,
) -> Keyboard:
    """Buttons for "which one?" and "did you mean…": each opens what the question would
    have (the comparison with the other side kept, the profile, the roadmap); where more
    is to be asked, the answer goes back to the question (``Choose``)."""
    buttons = []
    for career in careers:
        cid = catalog.id_of(career)
        if partner is None:
            action: Action = (
                Profile(cid)
                if then == "profile"
                else Roadmap(cid)
                if then == "roadmap"
                else Choose(cid)
            )
        elif then == "roadmap":
            target, source = (career, partner) if partner_first else (partner, career)
            action = Roadmap(catalog.id_of(target), catalog.id_of(source))
        else:
            pair = (partner, career) if partner_first else (career, partner)
            action = Compare(catalog.id_of(pair[0]), catalog.id_of(pair[1]))
        buttons.append(Button(career.title, encode(action)))
    return tuple(_rows(buttons, 1))


def back_keyboard(catalog: Catalog, a: Career, b: Career) -> Keyboard:
    ia, ib = catalog.id_of(a), catalog.id_of(b)
    return ((Button("↩ Back to the comparison", encode(Compare(ia, ib))),),)
