"""Any bytes in any argument give an answer or a clean error: invalid UTF-8 (as the shell
passes it, surrogate-escaped), lone surrogates, NULs, 20 KB. Through `main()` with
hypothesis-made arguments, and through a real process with real bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerbot import cli

#: what a shell can pass (bytes, decoded as Python decodes argv) and what it cannot
#: (lone surrogates that were never bytes, NULs), long and short
arguments = st.one_of(
    st.binary(max_size=40).map(os.fsdecode),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),
    st.sampled_from(
        ["\x00", "nurse\x00", "\ud800", "\udcff vs \udcfe", "é" * 10_000, "x" * 20_000]
    ),
)
EDGES = settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def clean(code: int, out: str, err: str) -> None:
    assert code in (0, 1, 2, 3), err
    assert "Traceback" not in err
    assert "failed:" not in err, err  # no unexpected exception, however well caught
    if code:
        assert out == "" or out.startswith("{")  # --json writes its document whatever the code
        assert err.startswith("careerbot")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> None:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    clean(code, out, err)


@EDGES
@given(first=arguments, second=arguments)
def test_compare_and_roadmap_take_any_bytes(
    cli_database: str, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    run(capsys, "compare", first, second)
    run(capsys, "roadmap", first, second)
    run(capsys, "roadmap", second)


@EDGES
@given(message=arguments)
def test_ask_and_fit_take_any_bytes(
    cli_database: str, capsys: pytest.CaptureFixture[str], message: str
) -> None:
    run(capsys, "ask", message)
    run(capsys, "ask", message, "--json")
    run(capsys, "fit", message)


@EDGES
@given(name=arguments, file_name=arguments)
def test_chart_and_import_take_any_bytes(
    cli_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    file_name: str,
) -> None:
    run(capsys, "chart", name, "--out", str(tmp_path / f"{file_name[:50]}.png"))
    run(capsys, "import", str(tmp_path / file_name[:50]))
    run(capsys, "import", file_name)


@pytest.mark.parametrize(
    "argv",
    [
        [b"compare", b"\xff\xfe", b"registered nurse"],
        [b"compare", b"caf\xe9", b"caf\xc3\xa9"],
        [b"roadmap", b"\xff", b"\x80electrician"],
        [b"ask", b"nurse or \xed\xa0\x80teacher"],
        [b"ask", b"x" * 20_000],
        [b"fit", b"remote \xff no coding"],
        [b"chart", b"electrician", b"--out", b"{tmp}/\xff\xfe.png"],
        [b"import", b"{tmp}/\xff.json"],
    ],
    ids=["compare", "compare latin-1", "roadmap", "ask", "ask 20 KB", "fit", "chart", "import"],
)
def test_a_real_process_takes_any_bytes(
    cli_database: str, tmp_path: Path, argv: list[bytes]
) -> None:
    args = [arg.replace(b"{tmp}", os.fsencode(tmp_path)) for arg in argv]
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"careerbot.cli", *args],
        check=False,
        capture_output=True,
        timeout=300,
    )
    clean(done.returncode, done.stdout.decode(), done.stderr.decode())
