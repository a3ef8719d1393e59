"""Two versions of Briefing side by side: warm builds with --force of one corpus, taking turns.

    python bench/ab.py BEFORE_CHECKOUT AFTER_CHECKOUT CONTENT [--runs 4]

Each checkout (e.g. a `git worktree` of an older commit) builds CONTENT into its own folder with
its own copy of the annotation cache (both must key annotations alike: the annotation code and
types unchanged between them). One warm-up build each, then --runs builds each, alternating, each
a fresh process; prints each build's CPU time (user + system) and wall time, and the ratio of
the medians. How bench/README measured what the map and the graph add to a warm build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from run import PYTHON


def build(checkout: Path, content: Path, work: Path) -> tuple[float, float]:
    """(CPU seconds of the build and its children, wall seconds)."""
    command = [PYTHON, "build.py", "build", "--force", "--quiet", "--jobs", "2", "--content", str(content)]
    command += ["--out", str(work / "site"), "--cache-dir", str(work / "cache")]
    before, started = os.times(), time.perf_counter()
    subprocess.run(command, cwd=checkout, check=True)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return cpu, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("content", type=Path)
    parser.add_argument("--cache", type=Path, help="an annotation cache to start both from")
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--work", type=Path, default=Path(__file__).parent / "out-ab")
    args = parser.parse_args()
    sides = {"before": args.before.resolve(), "after": args.after.resolve()}
    for name in sides:
        if args.cache and not (args.work / name / "cache").exists():
            shutil.copytree(args.cache, args.work / name / "cache")
        build(sides[name], args.content.resolve(), args.work / name)  # warm-up: fills the other caches
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    for run in range(args.runs):
        for name, checkout in sides.items():
            times[name].append(build(checkout, args.content.resolve(), args.work / name))
            print(
                f"run {run + 1} {name:6s} cpu {times[name][-1][0]:6.2f} s  wall {times[name][-1][1]:6.2f} s", flush=True
            )
    cpu = {name: statistics.median(c for c, _ in runs) for name, runs in times.items()}
    ratio = cpu["after"] / cpu["before"]
    print(f"median CPU: before {cpu['before']:.2f} s, after {cpu['after']:.2f} s, ratio {ratio:.2f}")


if __name__ == "__main__":
    sys.exit(main())
