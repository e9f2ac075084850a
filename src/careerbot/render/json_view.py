"""Comparisons and rankings as JSON (``careerbot ask --json``, ``careerbot compare --json``)."""

from __future__ import annotations

from typing import Any

from careerbot.careers.advice import advise, switch_label
from careerbot.careers.comparison import Comparison
from careerbot.careers.model import Figure
from careerbot.careers.roadmap import Roadmap
from careerbot.careers.switching import Switch
from careerbot.recommend.ranking import Ranking
from careerbot.recommend.reasons import miss_text, must_text, reasons, wish_text
from careerbot.recommend.shortlist import Shortlist
from careerbot.render.grid import glance_rows
from careerbot.render.notes import card_notes
from careerbot.render.sources import source_ids


def _figure(figure: Figure | None) -> dict[str, Any] | None:
    return figure.model_dump(exclude_none=True) if figure is not None else None


def _switch(switch: Switch) -> dict[str, Any]:
    return {
        "difficulty": switch.difficulty.value,
        "reasons": list(switch.reasons),
        "credential_years": switch.years,
        "skills_to_build": list(switch.skills_to_build),
        "skills_estimated": switch.estimated,
    }


def comparison_json(cmp: Comparison) -> dict[str, Any]:
    advice = advise(cmp)
    skills = cmp.skills
    return {
        "a": cmp.a.slug,
        "b": cmp.b.slug,
        "titles": {"a": cmp.a.title, "b": cmp.b.title},
        "categories": {"a": cmp.a.category, "b": cmp.b.category},
        "attributes": {
            name: {
                "a": _figure(attr.a),
                "b": _figure(attr.b),
                "better": attr.better,
                "note": attr.unranked.value if attr.unranked else None,
            }
            for name, attr in cmp.attributes.items()
        },
        "glance": [
            {"attribute": r.attribute, "label": r.label, "a": r.a, "b": r.b, "mark": r.mark}
            for r in glance_rows(cmp)
        ],
        "a_only": list(skills.a_only),
        "shared": [{"a": s.a, "b": s.b, "similarity": s.similarity} for s in skills.shared],
        "b_only": list(skills.b_only),
        "overlap": skills.overlap,
        "skills_similarity_pct": skills.similarity_pct,
        "transition_difficulty": switch_label(cmp).value,
        "switch": {"a_to_b": _switch(cmp.a_to_b), "b_to_a": _switch(cmp.b_to_a)},
        "choose_a": list(advice.choose_a),
        "choose_b": list(advice.choose_b),
        "both": list(advice.both),
        "conclusion": advice.conclusion,
        "verdict": advice.verdict,
        "notes": card_notes(cmp),
        "sources": source_ids(cmp.a, cmp.b),
    }


def ranking_json(ranking: Ranking) -> dict[str, Any]:
    preferences = ranking.preferences
    return {
        "preferences": [
            {
                "criterion": p.criterion,
                "want": p.want,
                "weight": p.weight,
                "hard": p.hard,
                "limit": p.bound(),
            }
            for p in preferences.items
        ],
        "matching": ranking.matching,
        "relaxed": ranking.relaxed,
        # criteria asked for that weighed nothing: their measure is never ranked
        "unranked": list(ranking.unranked),
        "picks": [
            {
                "slug": pick.career.slug,
                "title": pick.career.title,
                "place": pick.place,
                "tied_with": pick.tied_with,
                "score": pick.score,
                "reasons": list(reasons(pick.career, preferences)),
                "misses": [miss_text(pick.career, m) for m in pick.misses],
            }
            for pick in ranking.picks
        ],
    }


def roadmap_json(plan: Roadmap) -> dict[str, Any]:
    return {
        "steps": [{"text": s.text, "source": s.source} for s in plan.steps],
        "months": list(plan.months) if plan.months is not None else None,
        "stepping_stones": [c.slug for c in plan.stepping_stones],
        "route": [
            {"career": hop.career.slug, "switch": hop.switch.difficulty.value, "years": hop.years}
            for hop in plan.route
        ],
        "route_months": list(plan.route_months) if plan.route_months is not None else None,
    }


def shortlist_json(result: Shortlist, scope: tuple[str, ...] = ()) -> dict[str, Any]:
    person = result.person
    return {
        "suggestions": [
            {
                "slug": s.career.slug,
                "title": s.career.title,
                "fit": s.fit,
                "meets": s.met,
                "reasons": [{"text": r.text, "source": r.source} for r in s.reasons],
                **(
                    {
                        "move": {
                            "from": s.move.source.slug,
                            "switch": _switch(s.move.switch),
                            "pay_change": s.move.pay_change,
                        }
                    }
                    if s.move is not None
                    else {}
                ),
                **({"misses": [must_text(m) for m in s.misses]} if s.misses else {}),
            }
            for s in result.suggestions
        ],
        "person": {
            "current": person.current,
            "likes": list(person.likes),
            "dislikes": list(person.dislikes),
            "limits": [must_text(p) for p in result.preferences.hard] + list(scope),
            "values": list(person.values),
            "wishes": [wish_text(p) for p in result.preferences.active if not p.hard],
            "not_judged": list(person.not_judged),
            **({"paid_now": person.paid} if person.paid else {}),
        },
        "order": result.order,
        "considered": result.considered,
    }
