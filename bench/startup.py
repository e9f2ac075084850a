"""How long the `careerbot` command takes to answer, and what shell completion costs.

    .venv/bin/python bench/startup.py [--repeat 9]

Wall and CPU time of whole processes, the median of ``--repeat`` runs interleaved so a shared
machine's drift hits each alike: a bare Python process (the floor), `careerbot --version`,
`--help`, `completion bash`, and a one-shot `careerbot ask` on a prepared SQLite file. Then
completion: the script `careerbot completion bash` prints is plain bash, so a TAB press runs
no Python at all; it is timed completing "careerbot comp" in bash, beside what a completer
that starts careerbot on every TAB (as argcomplete does) would cost at the least: `--help`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CAREERBOT = [sys.executable, "-m", "careerbot.cli"]
RUNS = {
    "python -c pass (the floor)": [sys.executable, "-c", "pass"],
    "careerbot --version": [*CAREERBOT, "--version"],
    "careerbot --help": [*CAREERBOT, "--help"],
    "careerbot completion bash": [*CAREERBOT, "completion", "bash"],
    'careerbot ask "how much do electricians make?"': [
        *CAREERBOT,
        "ask",
        "how much do electricians make?",
    ],
}


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def completion_seconds(script: Path, repeat: int) -> float:
    """One TAB press in bash, the script already sourced: the median of ``repeat``."""
    program = f"""
source {shlex.quote(str(script))}
for i in $(seq {repeat}); do
  COMP_WORDS=(careerbot comp); COMP_CWORD=1
  start=$EPOCHREALTIME; _careerbot; end=$EPOCHREALTIME
  echo "$start $end"
done
"""
    done = subprocess.run(["bash", "-c", program], check=True, capture_output=True, text=True)
    times = [float(b) - float(a) for a, b in (line.split() for line in done.stdout.splitlines())]
    return statistics.median(times)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--repeat", type=int, default=9)
    repeat = options.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "CAREERBOT_DATABASE_URL": f"sqlite+aiosqlite:///{folder}/c.sqlite3"}
        subprocess.run([*CAREERBOT, "health"], check=True, env=env, stdout=subprocess.DEVNULL)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in RUNS}
        for _ in range(repeat):
            for name, argv in RUNS.items():
                runs[name].append(timed(argv, env))
        script = Path(folder) / "careerbot.bash"
        script.write_bytes(
            subprocess.run(
                [*CAREERBOT, "completion", "bash"], check=True, capture_output=True, env=env
            ).stdout
        )
        tab = completion_seconds(script, repeat * 10)
    print(f"median of {repeat} runs, seconds: wall time, CPU time")
    for name, times in runs.items():
        wall, cpu = (statistics.median(t[i] for t in times) for i in (0, 1))
        print(f"  {name:50} {wall:6.3f} {cpu:6.3f}")
    print(f"  {'a TAB press with the completion script (bash only)':50} {tab:9.6f}")


if __name__ == "__main__":
    main()
