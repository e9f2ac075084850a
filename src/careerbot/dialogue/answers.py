"""Replies that answer: a comparison card, the skills side by side, one career's profile, a
roadmap. A question about one figure ("which pays more?") is answered first, above the
card it comes from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from careerbot.careers.advice import advise
from careerbot.careers.catalog import Catalog
from careerbot.careers.comparison import Comparison, compare
from careerbot.careers.credentials import EDUCATION_ORDER, holding, stage
from careerbot.careers.criteria import BY_NAME
from careerbot.careers.demand import ALL_OCCUPATIONS_GROWTH
from careerbot.careers.formatting import (
    NOT_PUBLISHED,
    growth_text,
    money,
    short_names,
    short_title,
    value_text,
)
from careerbot.careers.model import RISK_MEASURE_LABELS, Career
from careerbot.careers.roadmap import months_text, roadmap
from careerbot.dialogue import keyboards as kb
from careerbot.dialogue.context import ChatContext
from careerbot.dialogue.replies import Reply, ReplyKind, text_reply
from careerbot.recommend.explain import standing
from careerbot.recommend.person import Person
from careerbot.render.card import fits_a_phone, render_card
from careerbot.render.chart import picture_of
from careerbot.render.document import Block, Bullets, Document, Heading, Para
from careerbot.render.focus import career_answer, comparison_answer, comparison_answers
from careerbot.render.glossary import how_made
from careerbot.render.notes import said_once
from careerbot.render.profile import bases, profile_document
from careerbot.render.roadmap import roadmap_document, step_text
from careerbot.render.sources import source_line
from careerbot.render.views import skills_document, text_document

STALE = "This button is out of date (the catalog changed). Send your question again."
NOT_MINE = "That button isn't one of mine."
OVERALL = "overall"


def answered_first(document: Document, answer: Para | None) -> Document:
    """The document with the answer to the question asked right under its heading, each
    caveat said once (in the answer, where it says one)."""
    if answer is None:
        return document
    return said_once(Document((*document.blocks[:1], answer, *document.blocks[1:])))


def comparison_reply(
    catalog: Catalog,
    context: ChatContext,
    a: Career,
    b: Career,
    bot_username: str | None,
    *,
    focus: str = OVERALL,
    more: bool = False,
) -> Reply:
    """The condensed card, the answer to what was asked first; with ``more``, the rest of
    it ("More" pressed)."""
    if a.slug == b.slug:
        return text_reply(
            "clarify",
            replace(context, pending=None),
            f"That's {a.title} twice. Pick a different second career.",
            buttons=kb.profile_keyboard(catalog, a),
            careers=(a.slug,),
        )
    cmp = compare(a, b)
    advice = advise(cmp)
    answers = comparison_answers(cmp, focus)
    document = render_card(cmp, advice, catalog.sources, answers=answers, more=more)
    if answers and not more and not fits_a_phone(document):
        # an answer too long to sit above the card ("will AI replace them?"): said alone,
        # the card a button away
        return answer_reply(catalog, context, a, b, focus, cmp=cmp)
    return Reply(
        kind="compare",
        document=document,
        context=_compared(context, cmp, focus),
        buttons=kb.comparison_keyboard(catalog, a, b, bot_username, more=more),
        careers=(a.slug, b.slug),
        comparison=cmp,
        title=f"{a.title} vs {b.title}",
        summary=advice.verdict,
        focus=focus,
    )


def also_answered(catalog: Catalog, reply: Reply, focus: str) -> Reply:
    """A comparison's reply with a second figure's answer beside the first ("which pays
    better and has more jobs?"): above the card where both leave it room on a phone, else
    the answers alone, the card a button away."""
    if reply.kind == "profile" and len(reply.careers) == 1 and focus != reply.focus:
        # "how much do electricians make and how long is the training": both, the first
        # answer first, under the career's name
        career = catalog.by_slug.get(reply.careers[0])
        second = career_answer(career, focus, catalog.sources) if career is not None else None
        if second is None:
            return reply
        blocks = reply.document.blocks
        at = next(
            (i + 1 for i, b in enumerate(blocks) if b is not blocks[0] and isinstance(b, Para)), 1
        )
        return replace(reply, document=Document((*blocks[:at], second, *blocks[at:])))
    cmp = reply.comparison
    answer = comparison_answer(cmp, focus) if cmp is not None else None
    if cmp is None or answer is None or reply.kind != "compare":
        return reply
    blocks = reply.document.blocks
    first = 1 if blocks and isinstance(blocks[0], Para) and blocks[0].bold_prefix else 0
    document = Document((*blocks[:first], answer, *blocks[first:]))
    if fits_a_phone(document):
        return replace(reply, document=document)
    answers = (*blocks[:first], answer)
    return _answered(
        catalog,
        reply.context,
        cmp,
        Document(answers),
        summary=" ".join(a.text for a in answers if isinstance(a, Para)),
        focus=reply.focus or OVERALL,
    )


def answer_reply(
    catalog: Catalog,
    context: ChatContext,
    a: Career,
    b: Career,
    focus: str,
    *,
    cmp: Comparison | None = None,
) -> Reply:
    """A question about the two careers already compared ("which pays more?"), or one whose
    answer leaves no room for the card: the answer alone, the card a button away."""
    cmp = cmp or compare(a, b)
    answer = comparison_answer(cmp, focus)
    if answer is None:
        return comparison_reply(catalog, context, a, b, None, focus=focus)
    return _answered(catalog, context, cmp, Document((answer,)), summary=answer.text, focus=focus)


def verdict_reply(catalog: Catalog, context: ChatContext, a: Career, b: Career) -> Reply:
    """ "Which one is better?" of the two compared: neither is for everyone; what each
    leads on, and whom each suits, the card a button away."""
    cmp = compare(a, b)
    advice = advise(cmp)
    short_a, short_b = short_names(a, b)
    blocks: list[Block] = [
        Para(f"Neither is better for everyone. {advice.verdict}", bold_prefix="⚖️")
    ]
    if advice.choose_a:
        blocks.append(Bullets(f"Choose {short_a} if you…", advice.choose_a[:3]))
    if advice.choose_b:
        blocks.append(Bullets(f"Choose {short_b} if you…", advice.choose_b[:3]))
    return _answered(
        catalog, context, cmp, Document(tuple(blocks)), summary=advice.verdict, focus=OVERALL
    )


#: the lines of "behind the figures" that stand behind each figure asked about
_BASIS = {
    # what getting in asks beside the pay: pay tends to go with it ("why is the pay so
    # different if they're both in the dentist office")
    "salary": ("Pay", "Self-employed", "Entry barrier", "Licence", "Licences"),
    "demand": ("Growth", "Projected"),
    "openings": ("Growth", "Projected"),
    "ai_risk": tuple(RISK_MEASURE_LABELS.values()),
    "learning_curve": ("Time to learn", "Experience"),
    "entry_barrier": ("Entry barrier", "Licence", "Licences"),
}


#: where a figure's causes are written, by the source itself: careerbot carries the figures
_OUTLOOK = (
    "BLS gives its reasons for many occupations' projections in the Occupational Outlook "
    "Handbook (bls.gov/ooh, “Job Outlook”). careerbot carries the figures, not those reasons."
)
_REASONS = {
    "demand": _OUTLOOK,
    # (BLS Employment Projections' method: occupational openings are growth plus the
    # replacement needs of workers who leave the labour force or the occupation)
    "openings": (
        "Openings count the jobs to fill each year: new jobs from growth, and the jobs of "
        "workers who retire or move to other occupations (BLS Projections). Most come from "
        "workers leaving, so openings follow how many people do the work more than how "
        "fast it grows: a small occupation growing fast has fewer openings than a large "
        f"one growing slowly. {_OUTLOOK}"
    ),
    "salary": (
        "OEWS publishes what is paid, not why. Pay tends to go with what getting in asks "
        "(schooling, licences), which the card shows beside it."
    ),
}


def why_reply(
    catalog: Catalog,
    context: ChatContext,
    careers: Sequence[Career],
    focus: str,
    *,
    cause: bool = False,
) -> Reply | None:
    """ "Why?" said after an answer on one figure: what that figure stands on for each
    career on screen, with its sources; None where the answer was on no one figure."""
    starts = _BASIS.get(focus)
    if starts is None or not careers:
        return None
    blocks: list[Block] = [Heading("Why: what the figures stand on")]
    caused = cause and focus in _REASONS
    if caused:  # "why is it shrinking?": what the source says of why, first
        blocks.append(Para(_REASONS[focus]))
    if (yardstick := _yardstick(catalog, careers, focus)) is not None:
        blocks.append(yardstick)  # "is that a lot?": beside all occupations, first
    for career in careers:
        lines = tuple(line for line in bases(career) if line.startswith(starts))
        blocks.append(Bullets(career.title, lines or (f"{NOT_PUBLISHED} for this figure",)))
    if not caused and (made := how_made(focus)):  # and the rule that makes the figure
        blocks.append(made)
    blocks.append(Para(source_line(catalog.sources, *careers), italic=True))
    return Reply(
        kind="profile" if len(careers) == 1 else "compare",
        document=Document(tuple(blocks)),
        context=context,
        careers=tuple(c.slug for c in careers),
        focus=focus,
    )


def at_a_glance(catalog: Catalog, career: Career) -> Para:
    """ "Is it worth it?": no source says so for a person, so the career's figures beside
    all occupations' (from the same sources), and what would weigh them."""
    pay, growth = BY_NAME["salary"].reason(career), BY_NAME["demand"].reason(career)
    salary = career.salary
    source = catalog.sources.get(salary.source) if salary is not None else None
    if source is not None and salary is not None and salary.source.startswith("bls-"):
        wages = source.all_occupations
        if wages is not None and wages.median is not None:
            pay += f" (all occupations: {money(wages.median)})"
        growth += f" (all occupations: {growth_text(ALL_OCCUPATIONS_GROWTH)})"
    said = [
        pay,
        growth,
        BY_NAME["learning_curve"].reason(career),
        BY_NAME["entry_barrier"].reason(career),
    ]
    return Para(
        f"{'; '.join(said)}. Whether it is worth it turns on what you want: say what matters "
        "most (pay, time to learn, stress, no degree) and I will weigh it.",
        bold_prefix="By the figures:",
    )


def _yardstick(catalog: Catalog, careers: Sequence[Career], focus: str) -> Para | None:
    """The figure across all occupations, from the same source: the OEWS median wage of all
    occupations for pay, BLS's projected growth of all employment for growth."""
    if focus == "salary":
        salary = careers[0].salary if careers else None
        source = catalog.sources.get(salary.source) if salary is not None else None
        wages = source.all_occupations if source is not None else None
        if source is None or wages is None or wages.median is None:
            return None
        return Para(
            f"{_pay_standing(catalog, careers)}a median of {money(wages.median)} across "
            f"{wages.label.lower()} ({source.short or source.name}): half of all workers earn "
            "more, half less. These are national figures; pay differs by state and metro area, "
            "which BLS publishes at bls.gov/oes.",
            bold_prefix="Beside all occupations:",
        )
    if focus == "demand":
        return Para(
            f"BLS projects {growth_text(ALL_OCCUPATIONS_GROWTH)} for all occupations, 2024–34.",
            bold_prefix="Beside all occupations:",
        )
    if focus == "ai_risk":
        return _exposure_standing(catalog, careers)
    return None


#: a career's figure and what makes two of them alike (source, measure, rater), or None
Figure = Callable[[Career], tuple[object, float] | None]


def _pay_of(career: Career) -> tuple[object, float] | None:
    salary = career.salary
    return None if salary is None or salary.median is None else (salary.source, salary.median)


def _exposure_of(career: Career) -> tuple[object, float] | None:
    risk = career.ai_risk
    if risk is None or risk.percent is None:
        return None
    return (risk.measure, risk.rater), risk.percent


def _alike(catalog: Catalog, career: Career, figure: Figure) -> list[float]:
    """Every career's figure of the same kind as the career's, sorted: where it stands."""
    own = figure(career)
    if own is None:
        return []
    return sorted(
        float(found[1])
        for other in catalog.careers
        if (found := figure(other)) is not None and found[0] == own[0]
    )


def _pay_standing(catalog: Catalog, careers: Sequence[Career]) -> str:
    """Each career's median among the medians of all careers from the same source: "Network
    Support Specialists' $76k is higher than 78% of careers'; "."""
    said = []
    for career in careers:
        salary = career.salary
        if salary is None or salary.median is None:
            continue
        if where := standing(salary.median, _alike(catalog, career, _pay_of)):
            said.append(f"{short_title(career)}' {money(salary.median)} is {where}'")
    return "; ".join(said) + "; " if said else ""


def _exposure_standing(catalog: Catalog, careers: Sequence[Career]) -> Para | None:
    """ "should I be worried?" of an exposure: where it stands among the careers rated on the
    same measure by the same rater, and what BLS projects for the career's employment (the
    projection is about jobs; exposure is not)."""
    said = []
    for career in careers:
        risk = career.ai_risk
        if risk is None or risk.percent is None:
            continue
        where = standing(risk.percent, _alike(catalog, career, _exposure_of))
        growth = career.demand.growth_pct if career.demand is not None else None
        projected = (
            f"; BLS projects its employment {growth_text(growth)}, 2024–34"
            if growth is not None
            else ""
        )
        if where:
            said.append(f"{short_title(career)}: {risk.percent:g}%, {where}{projected}")
    if not said:
        return None
    return Para(
        "; ".join(said) + f" (all occupations: {growth_text(ALL_OCCUPATIONS_GROWTH)}).",
        bold_prefix="Beside the other careers:",
    )


def _answered(
    catalog: Catalog,
    context: ChatContext,
    cmp: Comparison,
    document: Document,
    *,
    summary: str,
    focus: str,
) -> Reply:
    """An answer about the two careers compared, said alone: the card a button away."""
    a, b = cmp.a, cmp.b
    return Reply(
        kind="compare",
        document=document,
        context=_compared(context, cmp, focus),
        buttons=kb.answer_keyboard(catalog, a, b),
        careers=(a.slug, b.slug),
        comparison=cmp,
        title=f"{a.title} vs {b.title}",
        summary=summary,
        focus=focus,
    )


def _compared(context: ChatContext, cmp: Comparison, focus: str) -> ChatContext:
    return replace(
        context,
        last_a=cmp.a.slug,
        last_b=cmp.b.slug,
        shown=f"{cmp.a.slug},{cmp.b.slug}",
        subject=_leader(cmp, focus) or cmp.a.slug,
        awaiting_second=None,
        screen="compare",
        asked=focus,
        pending=None,
    )


def skills_reply(catalog: Catalog, context: ChatContext, a: Career, b: Career) -> Reply:
    cmp = compare(a, b)
    return Reply(
        kind="skills",
        document=skills_document(cmp),
        context=replace(
            context,
            last_a=a.slug,
            last_b=b.slug,
            shown=f"{a.slug},{b.slug}",
            screen="compare",
            pending=None,
        ),
        buttons=kb.back_keyboard(catalog, a, b),
        careers=(a.slug, b.slug),
        comparison=cmp,
    )


def _leader(cmp: Comparison, focus: str) -> str | None:
    """The career that leads on the figure asked about ("which pays more?"): what "that one"
    means next ("tell me more about that one")."""
    attr = cmp.attributes.get(focus) if focus in BY_NAME else None
    if attr is None or attr.better not in ("a", "b"):
        return None
    return cmp.a.slug if attr.better == "a" else cmp.b.slug


def profile_reply(
    catalog: Catalog, context: ChatContext, career: Career, focus: str = OVERALL
) -> Reply:
    answer = career_answer(career, focus, catalog.sources)
    # a profile after another keeps that one in mind: "compare them", "which pays more?"
    before = context.subject if context.screen == "profile" else None
    shown = f"{before},{career.slug}" if before and before != career.slug else career.slug
    buttons = kb.profile_keyboard(catalog, career)
    if answer is not None and before == career.slug:
        # "how long would it take" of the card on screen: the answer alone, the card a tap
        # away, as a comparison answers
        document = Document((Heading(career.title), answer))
        buttons = kb.profile_answer_keyboard(catalog, career)
    else:
        document = answered_first(profile_document(career, catalog.sources), answer)
    return Reply(
        kind="profile",
        document=document,
        context=replace(
            context,
            subject=career.slug,
            shown=shown,
            screen="profile",
            asked=focus,
            pending=None,
        ),
        buttons=buttons,
        careers=(career.slug,),
        title=career.title,
        summary=f"{career.category} · {value_text(career.salary)}",
        focus=focus,
    )


def notes_alone(catalog: Catalog, context: ChatContext, career: Career, notes: list[str]) -> Reply:
    """What the sources say of a wish asked of the card on screen ("is it stressful?"): the
    answer alone under the career's name, the card a tap away."""
    return Reply(
        kind="profile",
        document=Document((Heading(career.title), *(Para(n) for n in notes))),
        context=replace(context, pending=None),
        buttons=kb.profile_answer_keyboard(catalog, career),
        careers=(career.slug,),
        title=career.title,
        focus=OVERALL,
    )


def roadmap_reply(
    catalog: Catalog,
    context: ChatContext,
    target: Career,
    source: Career | None,
    told: str | None = None,
) -> Reply:
    """The way into ``target`` from ``source``, or from the schooling they hold (``told``
    with the question, or before)."""
    if source is not None and source.slug == target.slug:
        return profile_reply(catalog, context, target)
    person = Person.decode(context.person)
    # their own job's way on starts from the schooling they told they hold ("an english
    # degree" at a call center): no move asks that degree of them again; with no job,
    # the way in from nothing starts from it ("i have a psych degree")
    own = source is None or source.slug == person.current
    held = (told or person.schooling_held) if own else None
    start = holding(source, held) if source and held else source
    plan = roadmap(target, start, catalog.careers, held=held if source is None else None)
    careers = (source.slug, target.slug) if source else (target.slug,)
    if source is not None and person.current is None:  # "from cashier to nurse": their job
        context = replace(context, person=replace(person, current=source.slug).encode())
    said = f" · {months_text(plan.months)}" if plan.months else ""
    document = roadmap_document(plan, catalog.sources)
    if held and (brought := _held_counts(target, held)):
        document = Document((Para(brought, italic=True), *document.blocks))
    return Reply(
        kind="roadmap",
        document=document,
        context=replace(
            context,
            subject=target.slug,
            shown=",".join(careers),
            screen="roadmap",
            pending=None,
        ),
        buttons=kb.roadmap_keyboard(catalog, target, source),
        careers=careers,
        roadmap=plan,
        title=f"Roadmap to {target.title}",
        summary=f"{len(plan.steps)} steps{said}",
    )


def _held_counts(target: Career, held: str) -> str | None:
    """What the schooling they hold brings to the way in: the typical entry education it
    meets (BLS), said; None where it does not meet it."""
    wanted = stage(target, "education")
    if wanted is None or held not in EDUCATION_ORDER or wanted.category not in EDUCATION_ORDER:
        return None
    if EDUCATION_ORDER.index(held) < EDUCATION_ORDER.index(wanted.category):
        return None
    yours = f"From your {held[:1].lower()}{held[1:]}: BLS gives {wanted.text} as the typical entry"
    if wanted.in_field:
        return f"{yours} education, in its own field: the level is met, the field's study is not."
    return f"{yours} education, so the way in counts it as done."


def time_reply(catalog: Catalog, way: Reply) -> Reply:
    """A question about the time of the roadmap on screen: its time in all, with its source,
    the roadmap's buttons kept; nothing else said again."""
    plan = way.roadmap
    step = next((s for s in plan.steps if s.text.startswith("Time in all")), None) if plan else None
    if step is None:
        return way
    document = Document((Para(f"⏱ {step_text(step, catalog.sources)}"),))
    return replace(way, document=document, focus="learning_curve", summary=step.text)


def button_notice_reply(kind: ReplyKind, context: ChatContext, notice: str) -> Reply:
    """A press that changes nothing on screen: the notice says why (a toast in Telegram)."""
    return Reply(
        kind=kind, document=text_document(notice), context=context, notice=notice, edits=False
    )


def chart_reply(catalog: Catalog, context: ChatContext, careers: tuple[Career, ...]) -> Reply:
    """A picture of one career or of a comparison; its caption says the figures in words."""
    picture = picture_of(careers, catalog.sources)
    return Reply(
        kind="chart",
        document=text_document(picture.caption),
        context=context,
        careers=tuple(c.slug for c in careers),
        picture=picture,
        title=picture.title,
        edits=False,
    )
