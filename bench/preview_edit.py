"""Benchmark: a one-brief edit in the live preview, from the save to the pages on disk.

    python bench/preview_edit.py CONTENT SITE CACHE TEMPLATES [--edits 5]

Runs the preview's own rebuild (`briefing.serve.Preview`) in this process, as `build.py serve`
does: one build to start, the model loaded, then EDITS saves to one brief, each with a sentence
no build has seen (so it is annotated again, with spaCy). Prints `seconds: X`, the median time
from the save to the rebuilt pages on disk. Not counted: the watcher noticing the save (its
poll and the quiet period that groups a burst of saves), the browser's reload, and the search
index, which the preview rebuilds afterwards in the background (waited for between edits, so
that it never slows the next one). bench/reload.py measures the whole way to the browser.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.pipeline import BuildOptions  # noqa: E402
from briefing.serve import Preview  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("content", "site", "cache", "templates"):
        parser.add_argument(name, type=Path)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    options = BuildOptions(content=args.content, out=args.site, cache=args.cache, templates=args.templates,
                           quiet=True, search_later=True)
    preview = Preview(options)
    if not preview.rebuild():
        raise SystemExit("the first build failed")
    preview.settle()
    preview.warm_up()
    brief = sorted(args.content.glob("*.md"))[len(list(args.content.glob("*.md"))) // 2]
    original = brief.read_text(encoding="utf-8")
    times = []
    try:
        for number in range(args.edits):
            if preview.indexing is not None:
                preview.indexing.join()
            text = re.sub(r"\n\nPreview edit [\d.]+\.\n$", "\n", original).rstrip("\n")
            brief.write_text(f"{text}\n\nPreview edit {time.time():.6f}.{number}.\n", encoding="utf-8")
            started = time.perf_counter()
            if not preview.rebuild():
                raise SystemExit("a rebuild failed")
            times.append(time.perf_counter() - started)
            preview.settle()  # as the preview does once the tab has reloaded
            print(f"edit {number + 1}: {times[-1]:.3f} s "
                  f"({preview.memory.pages.rendered} pages rendered, {preview.memory.pages.reused} reused)",
                  file=sys.stderr)
    finally:
        brief.write_text(original, encoding="utf-8")
        if preview.indexing is not None:
            preview.indexing.join()
    print(f"seconds: {statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
