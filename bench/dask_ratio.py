"""A cold annotation with `--jobs 2` against `--dask` on a local two-worker Dask cluster.

    python bench/dask_ratio.py --count 200 --runs 2

Starts `dask scheduler` and `dask worker --nworkers 2 --nthreads 1` on 127.0.0.1, then builds
the same synthetic corpus (make_corpus.py) with no annotation cache, taking turns. Each build
is a fresh process; the seconds are those of its annotation stage (its last "annotated N/N"
line) and of the whole build. The first `--dask` build finds its workers fresh (they load the
model then), later ones find the model loaded, as on a cluster kept for many builds.
"""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_corpus import make

ROOT = Path(__file__).resolve().parent.parent
DASK = str(Path(sys.executable).parent / "dask")


def timed_build(content: Path, out: Path, *extra: str) -> tuple[float, float]:
    """(annotation seconds, build seconds) of one cold build in a process of its own."""
    command = [sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--out", str(out)]
    started = time.perf_counter()
    run = subprocess.run([*command, "--no-cache", "--force", "--jobs", "2", *extra], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if run.returncode:
        raise SystemExit(run.stderr)
    annotation = re.findall(r"annotated \d+/\d+ briefs \([\d.]+/s, ([\d.]+) s in all\)", run.stderr)
    return float(annotation[-1]), seconds


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dask-ratio-"))
    content = tmp / "content"
    make(args.count, content)
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet
    )
    workers = subprocess.Popen(
        [DASK, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"], **quiet
    )
    rows = []
    try:
        time.sleep(5)  # the workers join
        for run in range(args.runs):
            rows.append(("--jobs 2", *timed_build(content, tmp / "site", "--dask", "")))
            label = "--dask (fresh workers)" if run == 0 else "--dask (model loaded)"
            rows.append((label, *timed_build(content, tmp / "site", "--dask", address)))
    finally:
        for process in (workers, scheduler):
            process.terminate()
            process.wait()
    print(f"{args.count} briefs, cold annotation (no cache), {args.runs} turns\n")
    print("| build | annotation s | whole build s |\n|---|---|---|")
    for label, annotation, seconds in rows:
        print(f"| {label} | {annotation:.0f} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
