"""The tool in a real browser: Debian's headless Chromium, driven by Playwright, at a phone's
size. A deep link opens a comparison, a typo in the typeahead still finds the career, a
slider reorders the ranking, Telegram's theme colours the page, and no request leaves
127.0.0.1.

Set CAREERBOT_SCREENSHOTS=docs to keep a screenshot of each state for the README."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import aiohttp
import pytest
from playwright.async_api import BrowserContext, Page, async_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
SHOTS = os.environ.get("CAREERBOT_SCREENSHOTS")

if not CHROMIUM.exists() and os.geteuid() != 0:
    pytest.skip(
        "the browser test needs Debian's chromium: run ./scripts/check as root, or "
        "`sudo apt-get install chromium`",
        allow_module_level=True,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def tool(database_url: str) -> AsyncIterator[str]:
    """``careerbot web`` as a person runs it, on a private copy of the database."""
    port = free_port()
    env = {**os.environ, "CAREERBOT_DATABASE_URL": database_url}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "careerbot.cli", "web", "--port", str(port), env=env
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(300):
                try:
                    async with http.get(f"{base}/api/meta") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            else:
                pytest.fail("careerbot web did not answer within 30 s")
        yield base
    finally:
        process.terminate()
        await process.wait()


@pytest.fixture
async def browser(tmp_path: Path) -> AsyncIterator[BrowserContext]:
    assert CHROMIUM.is_file(), "chromium is missing: ./scripts/check installs it (apt-get)"  # noqa: ASYNC240
    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            tmp_path / "profile",  # a fresh user-data dir
            executable_path=CHROMIUM,
            args=ARGS,
            headless=True,
            viewport=PHONE,
            device_scale_factor=2,
            is_mobile=True,
            has_touch=True,
            color_scheme="light",
        )
        try:
            yield context
        finally:
            await context.close()


async def shoot(page: Page, name: str, tmp_path: Path) -> None:
    folder = Path(SHOTS) if SHOTS else tmp_path
    await page.screenshot(path=folder / f"web-{name}.png")


async def titles(page: Page) -> list[str]:
    return await page.locator("#ranking > li strong").all_inner_texts()


async def test_the_tool_compares_finds_typos_ranks_and_stays_on_this_host(
    tool: str, browser: BrowserContext, tmp_path: Path
) -> None:
    page = browser.pages[0] if browser.pages else await browser.new_page()
    hosts: list[str] = []
    page.on("request", lambda request: hosts.append(urlsplit(request.url).hostname or ""))
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))

    await page.goto(f"{tool}/?a=registered-nurses&b=electricians")
    card = page.locator("#card article")
    await card.locator("table.glance").wait_for()
    assert await card.locator("h3").first.inner_text() == "Registered Nurses vs Electricians"
    pay = card.locator("tr", has=page.locator("th", has_text="Median pay"))
    cells = await pay.locator("td").all_inner_texts()
    assert cells[0].startswith("$98k")
    assert cells[2] == "$63k"
    assert await card.locator(".pay svg[role=img] circle.median").count() == 2
    await shoot(page, "compare", tmp_path)

    search = page.get_by_role("combobox", name="Add a career")
    await search.fill("plumbr")
    first = page.locator("#suggestions [role=option]").first
    await first.wait_for()
    assert (await first.inner_text()).startswith("Plumbers, Pipefitters, and Steamfitters")
    await shoot(page, "typeahead", tmp_path)
    await search.press("Enter")
    await page.get_by_role("tab").nth(2).wait_for()
    assert await page.locator("#chosen li").count() == 3
    assert "c=plumbers-pipefitters-and-steamfitters" in page.url

    await page.locator("#ranking > li").first.wait_for()
    before = await titles(page)
    await page.locator("#w_salary").focus()
    await page.keyboard.press("Home")  # pay: not at all
    await page.locator("#w_learning_curve").focus()
    await page.keyboard.press("End")  # time to learn: above all
    # the ranking follows the sliders: each career now says how long it takes to learn
    await page.wait_for_function(
        "() => [...document.querySelectorAll('#ranking > li .why')].every("
        "why => why.textContent.includes('learn in') && !why.textContent.includes('median'))"
    )
    after = await titles(page)
    assert after != before
    await page.locator("#explore").scroll_into_view_if_needed()
    await shoot(page, "ranking", tmp_path)

    assert problems == []
    assert set(hosts) == {"127.0.0.1"}, hosts


async def test_inside_telegram_the_page_takes_its_theme_and_start_parameter(
    tool: str, browser: BrowserContext, tmp_path: Path
) -> None:
    page = browser.pages[0] if browser.pages else await browser.new_page()
    hosts: list[str] = []
    page.on("request", lambda request: hosts.append(urlsplit(request.url).hostname or ""))
    theme = (
        '{"bg_color":"#17212b","secondary_bg_color":"#232e3c","text_color":"#f5f5f5",'
        '"hint_color":"#aab7c4","link_color":"#6ab3f3","button_color":"#5288c1",'
        '"button_text_color":"#ffffff"}'
    )
    launch = (
        "tgWebAppThemeParams=" + quote(theme) + "&tgWebAppStartParam=cashiers_retail-salespersons"
    )
    await page.goto(f"{tool}/#tgWebAppPlatform=android&{launch}")
    await page.locator("#card table.glance").wait_for()
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(23, 33, 43)"
    heading = await page.locator("#card h3").first.inner_text()
    assert heading == "Cashiers vs Retail Salespersons"
    await shoot(page, "telegram-dark", tmp_path)
    assert set(hosts) == {"127.0.0.1"}, hosts
