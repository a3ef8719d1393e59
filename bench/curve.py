"""The cost curve: how a build's cost grows with the archive. (`make bench-curve`)

    python bench/curve.py --sizes 1000,10000,100000

For each size, a corpus of distinct briefs (bench/make_corpus.py, with 3,000 invented recurring
entities besides those of the source articles) is built cold once (its annotation cache kept in
bench/out-curve/<size>/ with the time it took, so a later run measures only the warm steps),
then, after one unmeasured build that brings the site up to date with the code: a warm build
(nothing changed), a warm build with --force (every stage runs), a one-brief
edit in a new process and in the preview, each a fresh process; and the output: files, size,
the largest HTML page and JSON file, Pagefind's time and index size. Writes bench/RESULTS-curve.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import time
from pathlib import Path

from run import BENCH, PYTHON, Bench, machine, measure

CURVE = BENCH / "out-curve"
CAST = 3000


def sizes_of(site: Path) -> dict:
    """Files, bytes, and the largest HTML page and JSON file of a built site (the search index left out)."""
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if "pagefind" not in p.parts]
    largest = {
        ext: max((p for p in pages if p.suffix == ext), key=lambda p: p.stat().st_size) for ext in (".html", ".json")
    }
    return {
        "files": len(files),
        "mib": sum(p.stat().st_size for p in files) / 2**20,
        **{
            f"largest{ext}": (largest[ext].relative_to(site).as_posix(), largest[ext].stat().st_size / 1024)
            for ext in largest
        },
    }


class CurveBench(Bench):
    def __init__(self, count: int) -> None:
        super().__init__(count)
        folder = CURVE / str(count)
        self.content, self.site, self.cache = folder / "content", folder / "site", folder / "cache"
        self.templates, self.record = BENCH.parent / "templates", folder / "cold.json"
        # the corpus is kept between runs: number the edits so that none repeats an earlier run's
        self.edits = int(time.time())

    def prepare(self) -> None:
        if not self.content.exists():
            subprocess.run(
                [PYTHON, str(BENCH / "make_corpus.py"), "--count", str(self.count), "--out", str(self.content)]
                + ["--cast", str(CAST)],
                check=True,
            )

    def cold_once(self) -> dict:
        """The cold build, measured once per size and kept (with its annotation cache)."""
        if self.record.exists():
            return json.loads(self.record.read_text())
        seconds, rss, stderr = measure(self.build(2))
        annotated = re.findall(r"annotated \d+/\d+ briefs \(.*?([\d.]+) s in all\)", stderr)
        record = {"seconds": seconds, "rss": rss, "annotation": float(annotated[-1]) if annotated else None}
        record["on"] = dt.date.today().isoformat()
        self.record.write_text(json.dumps(record))
        return record


def measure_size(count: int) -> dict:
    bench = CurveBench(count)
    bench.prepare()
    row: dict = {"count": count, "cold": bench.cold_once()}
    # Not measured: a build that brings the site up to date with this code and content (a second
    # or two when it already is), so that "warm" is a build with nothing changed even when the code
    # changed since the cold build or the last run.
    seconds, _, _ = measure(bench.build())
    print(f"{count} briefs, brought up to date first (not measured): {seconds:.2f} s", flush=True)
    for name, command in (("warm", bench.warm), ("forced", bench.warm_forced), ("edit", bench.edit_one)):
        seconds, rss, stderr = measure(command())
        row[name] = (seconds, rss)
        print(f"{count} briefs, {name}: {seconds:.2f} s, {rss:.0f} MiB", flush=True)  # kept if a later step is stopped
        if name == "forced":
            row["search"] = re.findall(r"Search index: (.*)", stderr)[-1:]
    seconds, rss, stderr = measure(bench.preview_edit())
    row["preview"] = (seconds, rss)
    row["output"] = sizes_of(bench.site)
    print(json.dumps(row), flush=True)
    return row


def write(rows: list[dict]) -> None:
    lines = [
        "# The cost curve",
        "",
        f"## Run of {dt.date.today().isoformat()}",
        "",
        f"{dt.date.today().isoformat()} · {machine()} · `python bench/curve.py --sizes "
        f"{','.join(str(r['count']) for r in rows)}` · each figure one run, a fresh process",
        "",
        "| briefs | cold build (annotation) | warm | warm --force | per brief | one-brief edit | in the preview "
        "| peak RSS (--force) | output | largest page | largest JSON | Pagefind |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in rows:
        cold, out = r["cold"], r["output"]
        html, js = out["largest.html"], out["largest.json"]
        annotation = f" ({cold['annotation']:.0f} s)" if cold.get("annotation") else ""
        lines.append(
            f"| {r['count']:,} | {cold['seconds']:.0f} s{annotation}, {cold['on']} | {r['warm'][0]:.2f} s | "
            f"{r['forced'][0]:.2f} s | {1000 * r['forced'][0] / r['count']:.2f} ms | {r['edit'][0]:.2f} s | "
            f"{r['preview'][0]:.2f} s | {r['forced'][1]:.0f} MiB | {out['files']:,} files, {out['mib']:.0f} MiB | "
            f"{html[1]:.0f} KiB ({html[0]}) | {js[1]:.0f} KiB ({js[0]}) | {''.join(r['search'])} |"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        ratio = (last["forced"][0] / last["count"]) / (first["forced"][0] / first["count"])
        lines += ["", f"Warm (--force) cost per brief at {last['count']:,} / at {first['count']:,}: {ratio:.2f} ×."]
    results = BENCH / "RESULTS-curve.md"
    earlier = results.read_text(encoding="utf-8").removeprefix("# The cost curve\n") if results.exists() else ""
    results.write_text("\n".join(lines) + "\n" + earlier, encoding="utf-8")  # the earlier runs kept below
    print("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    write([measure_size(int(size)) for size in args.sizes.split(",")])


if __name__ == "__main__":
    sys.exit(main())
