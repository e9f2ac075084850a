"""The Docker image, read from its files (no Docker engine needed): the build context holds
only what the image is built from; the image holds careerbot once, installed, exposes no
port the default `run` does not use, turns metrics on by a setting, and checks its health."""

from __future__ import annotations

import fnmatch
import re
import subprocess

import pytest
from seed_pages import REPO_ROOT

from careerbot.app.settings import VARIABLES


def ignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last pattern matching the path or a folder above it decides; ``!``
    lets back in; ``**/`` matches at any depth."""
    parts = path.split("/")
    folders = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    verdict = False
    for pattern in patterns:
        glob = pattern.removeprefix("!").rstrip("/")
        if glob.startswith("**/"):
            hit = any(fnmatch.fnmatchcase(part, glob[3:]) for part in parts)
        else:
            hit = any(fnmatch.fnmatchcase(folder, glob) for folder in folders)
        if hit:
            verdict = not pattern.startswith("!")
    return verdict


def dockerignore() -> list[str]:
    text = (REPO_ROOT / ".dockerignore").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@pytest.mark.parametrize(
    "path",
    [
        ".venv/lib/python3.11/site-packages/x.py",
        ".git/HEAD",
        "src/careerbot/__pycache__/cli.cpython-311.pyc",
        ".pytest_cache/v/cache",
        ".mypy_cache/3.11/x.json",
        ".ruff_cache/x",
        ".hypothesis/examples/x",
        "tests/cli/test_cli_ask.py",
        "bench/footprint.py",
        "careerbot.sqlite3",
        "data/careerbot.sqlite3-wal",
    ],
)
def test_the_build_context_leaves_out(path: str) -> None:
    assert ignored(path, dockerignore())


@pytest.mark.parametrize(
    "path",
    [
        "pyproject.toml",
        "README.md",
        "src/careerbot/cli.py",
        "bot/app.py",
        "data/occupations.json.gz",
        "data/careers.json",
        "data/examples/catalog.json",
    ],
)
def test_the_build_context_holds(path: str) -> None:
    assert not ignored(path, dockerignore())


def stages() -> list[list[str]]:
    """The Dockerfile's instructions, continuation lines joined, by stage."""
    text = (REPO_ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    found: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("FROM "):
            found.append([])
        found[-1].append(line.strip())
    return found


def test_the_image_holds_careerbot_once_installed_from_a_wheel() -> None:
    *builds, final = stages()
    sources = [i for i in final if re.match(r"COPY\b.*\b(src|bot|data)\b", i)]
    assert sources == [], "the source is copied into the image"
    assert any("pip wheel" in i for stage in builds for i in stage)
    install = [i for i in final if "pip install" in i and ".whl" in i]
    assert len(install) == 1
    assert "--mount=type=bind,from=build" in install[0]  # the wheel leaves no layer behind


def test_no_port_is_exposed_that_the_default_run_does_not_use() -> None:
    final = stages()[-1]
    assert [i for i in final if i.startswith("CMD")] == ['CMD ["run"]']  # polling: no port
    assert not [i for i in final if i.startswith("EXPOSE")]


def test_metrics_are_turned_on_by_a_setting_and_the_image_says_how() -> None:
    assert "CAREERBOT_METRICS_PORT" in {v.name for v in VARIABLES}
    text = (REPO_ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "-e CAREERBOT_METRICS_PORT=9100 -p 9100:9100" in text


def test_it_runs_as_a_user_and_checks_its_health() -> None:
    final = stages()[-1]
    assert "USER 10001" in final
    assert any(i.startswith("HEALTHCHECK") and '"careerbot", "health"' in i for i in final)


def test_hadolint_finds_nothing() -> None:
    hadolint = REPO_ROOT / ".venv" / "bin" / "hadolint"
    if not hadolint.exists():
        pytest.skip("hadolint is installed by scripts/check")
    done = subprocess.run(
        [str(hadolint), str(REPO_ROOT / "Dockerfile")], check=False, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
