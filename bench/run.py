"""Benchmark: Briefing against Pelican and against the floors, in one run. (`make bench`)

    python bench/run.py [--count 1000] [--runs 3] [--skip-cold] [--newsroom]

Makes the corpus (bench/make_corpus.py), then measures each contender --runs times, taking
turns so that no contender gets a quieter machine than another, and writes the medians, peak
memory (max RSS) and the issue's ratios to bench/RESULTS.md. Every contender is a separate
process started from scratch, as a user would run it; "one-brief edit in the preview" times the
rebuild inside a running preview (bench/preview_edit.py), where live editing happens.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PELICAN = BENCH / ".venv" / "bin" / "pelican"
OUT = BENCH / "out"
# Measure as a user's Python runs, with its bytecode cache: some shells and CI images switch it off,
# and then every build compiles Briefing's modules again (a tenth of a second) while Pelican's,
# installed by pip, arrive compiled. Every script here that runs builds imports this module.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def measure(command: list[str], cwd: Path = ROOT) -> tuple[float, float, str]:
    """(seconds, peak RSS in MiB of the process or any child it waited for, stderr). The seconds
    are the process's wall time, unless it prints its own measurement as `seconds: X`."""
    with tempfile.TemporaryFile(mode="w+") as stdout:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE, text=True)
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        stdout.seek(0)
        printed = stdout.read()
        own = re.search(r"^seconds: ([\d.]+)$", printed, flags=re.M)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr[-2000:]}")
    return (float(own.group(1)) if own else seconds), usage.ru_maxrss / 1024, stderr + printed


def pelican_newsroom(meta: dict[str, str]) -> str:
    """The same section, tags and authors as Pelican metadata (its category, tags and authors)."""
    lines = []
    for ours, theirs in (("section", "Category"), ("tags", "Tags"), ("authors", "Authors")):
        if ours in meta:
            lines.append(f"{theirs}: {meta[ours].strip('[]')}\n")
    return "".join(lines)


class Bench:
    def __init__(self, count: int, newsroom: bool = False) -> None:
        self.count = count
        self.newsroom = newsroom  # sections, tags and authors in every brief (and in Pelican's copy)
        self.content = OUT / "content"
        self.site = OUT / "site"
        self.cache = OUT / "cache"
        self.templates = OUT / "templates"
        self.pelican_content = OUT / "pelican-content"
        self.edits = 0

    def prepare(self) -> None:
        subprocess.run(
            [PYTHON, str(BENCH / "make_corpus.py"), "--count", str(self.count), "--out", str(self.content)]
            + ["--newsroom"] * self.newsroom,
            check=True,
        )
        if self.templates.exists():
            shutil.rmtree(self.templates)
        shutil.copytree(ROOT / "templates", self.templates)
        if self.pelican_content.exists():
            shutil.rmtree(self.pelican_content)
        self.pelican_content.mkdir()
        for path in sorted(self.content.glob("*.md")):
            _, front, body = path.read_text(encoding="utf-8").split("---", 2)
            meta = dict(line.split(": ", 1) for line in front.strip().splitlines())
            (self.pelican_content / path.name).write_text(
                f"Title: {meta['title'].strip(chr(34))}\nDate: {meta['date']}\nSlug: {path.stem}\n"
                + pelican_newsroom(meta)
                + f"\n{body.strip()}\n",
                encoding="utf-8",
            )

    def build(self, jobs: int = 2) -> list[str]:
        return [
            PYTHON,
            str(ROOT / "build.py"),
            "build",
            "--content",
            str(self.content),
            "--out",
            str(self.site),
            "--cache-dir",
            str(self.cache),
            "--templates",
            str(self.templates),
            "--jobs",
            str(jobs),
        ]

    # Each contender: (name, function that prepares the state and returns the command).
    def cold(self, jobs: int):
        # as on a fresh clone: no annotation cache, no search index cache, no site to reuse files from
        for folder in (self.cache, self.cache.parent / "search", self.site):
            shutil.rmtree(folder, ignore_errors=True)
        return self.build(jobs)

    def warm(self):
        return self.build()  # nothing changed: the build checks its inputs and stops (see briefing/stamp.py)

    def warm_forced(self):
        return self.build() + ["--force"]  # nothing changed, every stage runs anyway

    def edit_one(self):
        self.edits += 1
        brief = sorted(self.content.glob("*.md"))[self.count // 2]
        text = re.sub(r"\n\nEdit \d+\.\n$", "\n", brief.read_text(encoding="utf-8"))
        brief.write_text(text.rstrip("\n") + f"\n\nEdit {self.edits}.\n", encoding="utf-8")
        return self.build()

    def preview_edit(self):
        return [
            PYTHON,
            str(BENCH / "preview_edit.py"),
            str(self.content),
            str(self.site),
            str(self.cache),
            str(self.templates),
            "--edits",
            "5",
        ]

    def template_only(self):
        self.edits += 1
        base = self.templates / "base.html"
        text = re.sub(r"<!-- edit \d+ -->\n", "", base.read_text(encoding="utf-8"))
        base.write_text(text.replace("<head>", f"<head>\n<!-- edit {self.edits} -->", 1), encoding="utf-8")
        return self.build()

    def pelican(self):
        out = OUT / "pelican-site"
        shutil.rmtree(out, ignore_errors=True)
        return [str(PELICAN), str(self.pelican_content), "-o", str(out), "-s", str(BENCH / "pelicanconf.py"), "-q"]

    def spacy_floor(self, jobs: int):
        return [PYTHON, str(BENCH / "floor.py"), "spacy", str(self.content), "--jobs", str(jobs)]

    def render_floor(self):
        out = OUT / "render-floor"
        shutil.rmtree(out, ignore_errors=True)
        return [PYTHON, str(BENCH / "floor.py"), "render", str(self.content), str(out)]


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    memory = ""
    try:
        kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration):
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{os.cpu_count()} cores ({cpu}){memory}, {system}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-cold", action="store_true", help="leave out the cold builds and the spaCy floor")
    parser.add_argument("--newsroom", action="store_true", help="briefs with sections, tags and authors (both tools)")
    args = parser.parse_args()
    if not PELICAN.exists():
        raise SystemExit("Pelican is not installed: run 'make bench' (it makes bench/.venv)")
    bench = Bench(args.count, args.newsroom)
    bench.prepare()
    contenders = [
        ("cold build, --jobs 1", lambda: bench.cold(1)),
        ("spaCy floor, 1 process", lambda: bench.spacy_floor(1)),
        ("cold build, --jobs 2", lambda: bench.cold(2)),
        ("spaCy floor, 2 processes", lambda: bench.spacy_floor(2)),
        ("warm build", bench.warm),
        ("warm build, --force", bench.warm_forced),
        ("one-brief edit", bench.edit_one),
        ("one-brief edit in the preview", bench.preview_edit),
        ("template-only change", bench.template_only),
        ("Pelican", bench.pelican),
        ("markdown-it + Jinja2 floor", bench.render_floor),
    ]
    if args.skip_cold:
        contenders = [c for c in contenders if not c[0].startswith(("cold", "spaCy"))]
        subprocess.run(bench.build(), check=True, stdout=subprocess.DEVNULL)  # fill the cache
    results: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in contenders}
    search_lines, listing_times = [], []
    for run in range(args.runs):
        for name, prepare in contenders:
            command = prepare()
            seconds, rss, stderr = measure(command)
            results[name].append((seconds, rss))
            search_lines += re.findall(r"Search index: .*", stderr) if name == "warm build, --force" else []
            listing_times += [float(x) for x in re.findall(r"^listings: ([\d.]+)$", stderr, flags=re.M)]
            print(f"run {run + 1}/{args.runs}  {name:28s} {seconds:7.2f} s  {rss:7.0f} MiB", flush=True)
    write_results(args, results, search_lines, listing_times)


def write_results(args, results, search_lines, listing_times=()) -> None:
    median = {name: statistics.median(s for s, _ in runs) for name, runs in results.items()}
    peak = {name: max(r for _, r in runs) for name, runs in results.items()}
    lines = [
        "# Benchmark results",
        "",
        f"{dt.date.today().isoformat()} · {machine()} · {args.count} briefs · median of {args.runs} runs, "
        f"contenders taking turns · `python bench/run.py --count {args.count} --runs {args.runs}"
        f"{' --newsroom' * args.newsroom}`",
        "",
        "| contender | median (s) | runs (s) | peak RSS (MiB) |",
        "| --- | ---: | --- | ---: |",
    ]
    for name, runs in results.items():
        lines.append(f"| {name} | {median[name]:.2f} | {', '.join(f'{s:.2f}' for s, _ in runs)} | {peak[name]:.0f} |")
    ratio_rows = [
        ("warm build / Pelican", "warm build", "Pelican", 0.5),
        ("warm build --force / Pelican", "warm build, --force", "Pelican", None),
        ("cold build --jobs 1 / spaCy floor, 1 process", "cold build, --jobs 1", "spaCy floor, 1 process", 1.25),
        ("cold build --jobs 2 / spaCy floor, 2 processes", "cold build, --jobs 2", "spaCy floor, 2 processes", 1.25),
        ("one-brief edit, new process / Pelican", "one-brief edit", "Pelican", 1.0),  # the archive issue's bar
        ("one-brief edit in the preview / Pelican", "one-brief edit in the preview", "Pelican", 0.15),
        ("template-only change / Pelican", "template-only change", "Pelican", None),
        ("warm build / markdown-it + Jinja2 floor", "warm build", "markdown-it + Jinja2 floor", None),
    ]
    lines += ["", "| ratio | value | target | met |", "| --- | ---: | ---: | --- |"]
    for label, a, b, target in ratio_rows:
        if a in median and b in median:
            value = median[a] / median[b]
            met = "" if target is None else ("yes" if value <= target else "**no**")
            lines.append(f"| {label} | {value:.2f} | {'' if target is None else f'≤ {target}'} | {met} |")
    cold = [name for name in peak if name.startswith("cold")]
    if cold:
        worst = max(peak[name] for name in cold)
        lines.append(
            f"| peak memory of a cold build | {worst:.0f} MiB | < 1536 MiB | {'yes' if worst < 1536 else '**no**'} |"
        )
    if search_lines:
        lines += ["", f"Search index (Pagefind) in the warm build: {search_lines[-1].removeprefix('Search index: ')}."]
    if listing_times:
        lines += [
            "",
            "One-brief edit in the preview: the tab reloads when the edited brief's page and its entities' "
            "pages are on disk (the time above); the pages that list the whole site (home, glossary, quotes, "
            f"timeline, JSON) follow in the background, on disk after {statistics.median(listing_times):.2f} s "
            "(median), when the tab reloads again.",
        ]
    results = BENCH / ("RESULTS-newsroom.md" if args.newsroom else "RESULTS.md")
    old = results.read_text(encoding="utf-8") if results.exists() else ""
    kept = re.search(r"\n## Save to reload.*?(?=\n## |\Z)", old, flags=re.S)  # written by bench/reload.py
    results.write_text("\n".join(lines) + "\n" + (kept.group(0) if kept else ""), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
