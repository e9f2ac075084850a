"""The tool's API answers with the core's own figures: the typeahead is the bot's resolver,
a comparison is ``careerbot compare --json``, a ranking is ``recommend.ranking``'s."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from careerbot.app.service import CareerService
from careerbot.dialogue.replies import reply_json

Client = TestClient  # type: ignore[type-arg]


async def get_json(client: Client, path: str, status: int = 200) -> Any:
    response = await client.get(path)
    assert response.status == status, await response.text()
    assert response.content_type == "application/json"
    return await response.json()


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("elctrician", "electricians"),
        ("registerd nurse", "registered-nurses"),
        ("plumber", "plumbers-pipefitters-and-steamfitters"),
        ("Electricians", "electricians"),
    ],
)
async def test_the_typeahead_reads_names_as_the_bot_does_typos_included(
    client: Client, typed: str, first: str
) -> None:
    found = await get_json(client, f"/api/careers?q={typed}")
    assert found["careers"][0]["slug"] == first
    assert len(found["careers"]) <= 8
    assert all({"slug", "title", "category", "pay"} <= set(c) for c in found["careers"])


async def test_a_comparison_is_exactly_what_careerbot_compare_json_prints(
    client: Client, service: CareerService
) -> None:
    # as the CLI prints it: through JSON
    printed = json.loads(
        json.dumps(reply_json(await service.compare("registered nurse", "electrician")))
    )
    served = await get_json(client, "/api/compare?a=registered-nurses&b=electricians")
    assert served == printed
    glance = {row["label"]: row for row in served["comparison"]["glance"]}
    assert (glance["Median pay"]["a"], glance["Median pay"]["b"]) == ("$98k", "$63k")
    assert glance["Median pay"]["mark"] == "a"
    assert glance["Learning"]["mark"] == "tie"
    assert "Sources: BLS OEWS May 2025" in served["text"]


async def test_three_careers_are_compared_pair_by_pair(client: Client) -> None:
    served = await get_json(
        client,
        "/api/compare?a=registered-nurses&b=electricians&c=plumbers-pipefitters-and-steamfitters",
    )
    pairs = [(p["comparison"]["a"], p["comparison"]["b"]) for p in served["pairs"]]
    assert pairs == [
        ("registered-nurses", "electricians"),
        ("registered-nurses", "plumbers-pipefitters-and-steamfitters"),
        ("electricians", "plumbers-pipefitters-and-steamfitters"),
    ]


async def test_an_answer_carries_an_etag_per_catalog_version_and_304s_when_unchanged(
    client: Client, service: CareerService
) -> None:
    first = await client.get("/api/compare?a=registered-nurses&b=electricians")
    etag = first.headers["ETag"]
    assert etag.startswith(f'"{service.catalog_version}-')
    again = await client.get(
        "/api/compare?a=registered-nurses&b=electricians", headers={"If-None-Match": etag}
    )
    assert again.status == 304
    assert await again.read() == b""
    other = await client.get("/api/meta", headers={"If-None-Match": '"0-stale"'})
    assert other.status == 200


async def test_the_page_is_served_light_and_from_this_host_only(client: Client) -> None:
    response = await client.get("/", headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "connect-src 'self'" in policy
    html = await response.text()
    assert "telegram.org" not in html
    assert "app.js" in html
    sizes = 0
    for asset in ("/", "/app.js", "/app.css"):
        raw = await client.get(asset, headers={"Accept-Encoding": "gzip"}, auto_decompress=False)
        sizes += len(await raw.read())
        assert "http://" not in (await (await client.get(asset)).text()).replace(
            "http://www.w3.org/2000/svg", ""
        )
    assert sizes <= 60 * 1024


async def test_priorities_change_the_ranking_and_each_pick_says_why(client: Client) -> None:
    pay = await get_json(client, "/api/rank?w_salary=3&limit=5")
    quick = await get_json(client, "/api/rank?w_learning_curve=3&w_entry_barrier=2&limit=5")
    assert [p["slug"] for p in pay["picks"]] != [p["slug"] for p in quick["picks"]]
    assert all(p["reasons"] and p["reasons"][0].startswith("median $") for p in pay["picks"])
    assert quick["matching"] == 929  # two priorities weigh every career
    assert pay["left_out"]  # one ranks a single source and measure, and says what it left out
    growth = await get_json(client, "/api/rank?w_demand=3&limit=3")
    assert all(p["reasons"][0].startswith("growth +") for p in growth["picks"])
    assert all("% 2024–34" in p["reasons"][0] for p in growth["picks"])


async def test_filters_limit_the_careers_ranked(client: Client) -> None:
    remote = await get_json(client, "/api/rank?w_salary=1&remote=1&limit=100")
    assert 0 < remote["matching"] < 929
    floor = await get_json(client, "/api/rank?w_openings=1&pay_min=100000&limit=100")
    assert all(int(p["pay"].split("k")[0].lstrip("$")) >= 100 for p in floor["picks"])
    field = await get_json(client, "/api/rank?w_salary=1&field=healthcare&limit=100")
    assert field["matching"] < 200
    schooling = await get_json(client, "/api/rank?w_salary=1&education=high-school&limit=3")
    nursing = {p["slug"] for p in schooling["picks"]}
    assert "registered-nurses" not in nursing


async def test_sorting_by_one_figure_ranks_one_source_and_measure_and_says_what_it_left_out(
    client: Client,
) -> None:
    ranked = await get_json(client, "/api/rank?sort=salary&limit=3")
    assert ranked["sort"] == "salary"
    assert ranked["left_out"] == [{"source": "ai-career-pages", "measure": "range", "careers": 6}]
    lowest = await get_json(client, "/api/rank?sort=salary&order=low&limit=1")
    assert lowest["picks"][0]["slug"] != ranked["picks"][0]["slug"]
    assert ranked["unranked"] == []
    exposure = await get_json(client, "/api/rank?sort=ai_risk&order=low")
    assert exposure["unranked"] == ["ai_risk"]
    assert exposure["picks"] == []  # LLM exposure is never ranked as a risk


async def test_a_roadmap_is_careerbot_roadmap_json(client: Client, service: CareerService) -> None:
    printed = json.loads(
        json.dumps(reply_json(await service.roadmap("registered nurse", "cashier")))
    )
    served = await get_json(client, "/api/roadmap?from=cashiers&to=registered-nurses")
    assert served == printed


async def test_a_career_has_its_figures_and_sources(client: Client) -> None:
    served = await get_json(client, "/api/career/electricians")
    assert served["career"]["title"] == "Electricians"
    assert served["career"]["figures"]["salary"]["source"] == "bls-oews-2025"
    assert served["career"]["education"] == "High school diploma or equivalent"
