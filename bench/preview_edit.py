"""Benchmark: a one-brief edit in the live preview, from the save to the pages on disk.

    python bench/preview_edit.py CONTENT SITE CACHE TEMPLATES [--edits 5] [--config FILE]

CACHE is the cache folder the site's builds use (`build.py build --cache-dir CACHE`), so that the
preview starts from their annotations and page memo, as `build.py serve` does after `make site`.

Runs the preview's own rebuild (`briefing.serve.Preview`) in this process, as `build.py serve`
does: one build to start, the model loaded, then EDITS saves to one brief, each with a sentence
no build has seen (so it is annotated again, with spaCy). Prints `seconds: X`, the median time
from the save to the edited brief's page and its entities' pages on disk (when the preview
reloads the tab), and `listings: Y`, the median time until the pages that list the whole site
(home, glossary, quotes, timeline, JSON), which the preview renders right after in the
background, are on disk too. Not counted: the watcher noticing the save (its poll and the
quiet period that groups a burst of saves), the browser's reload, and the search index, which
follows the listings in the background (waited for between edits, so that it never slows the
next one). bench/reload.py measures the whole way to the browser. An archive over the setting
`preview_in_memory_up_to` keeps its pages on disk: then the listings and the search index are
written before the tab reloads, and `listings` is the same time as `seconds`.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.cli import configure_logging  # noqa: E402
from briefing.pipeline import BuildOptions  # noqa: E402
from briefing.serve import Preview  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("content", "site", "cache", "templates"):
        parser.add_argument(name, type=Path)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--config", type=Path, help="a settings file (e.g. with preview_in_memory_up_to = 0)")
    args = parser.parse_args()
    configure_logging(quiet=True)
    options = BuildOptions(
        content=args.content,
        out=args.site,
        cache=args.cache / "annotations",  # as `build.py --cache-dir CACHE` has it: the builds' cache, page memo
        templates=args.templates,
        search_later=True,
        preview=True,  # as `build.py serve` builds: drafts and scheduled briefs shown
    )
    if args.config is not None:
        options = replace(options, pyproject=args.config)
    listed_at: list[float] = []  # when the background wrote the listings (the preview reloads the tab again then)
    preview = Preview(options)
    preview.listings_written = lambda: (listed_at.append(time.perf_counter()), preview.settle())
    brief = sorted(args.content.glob("*.md"))[len(list(args.content.glob("*.md"))) // 2]
    original = brief.read_text(encoding="utf-8")
    first = time.perf_counter()
    if not preview.rebuild():
        raise SystemExit("the first build failed")
    print(f"first build: {time.perf_counter() - first:.1f} s", file=sys.stderr)
    if preview.last_report is not None and preview.last_report.up_to_date:
        # the last preview's stamp matched, so nothing was read: a first save would read, link and
        # digest everything, as the first build does, so it is made here and not timed
        brief.write_text(f"{original.rstrip()}\n\nPreview edit {time.time():.6f}.\n", encoding="utf-8")
        first = time.perf_counter()
        preview.rebuild()
        print(
            f"first build replayed from the stamp; a first edit (not timed): {time.perf_counter() - first:.1f} s",
            file=sys.stderr,
        )
        if preview.indexing is not None:
            preview.indexing.join()
    preview.settle()
    preview.warm_up()
    times, listings = [], []
    started = time.perf_counter()
    try:
        for number in range(args.edits):
            if preview.indexing is not None:
                preview.indexing.join()
                if number and not preview.memory.pages_on_disk:
                    listings.append(listed_at[-1] - started if listed_at and listed_at[-1] > started else float("nan"))
            text = re.sub(r"\n\nPreview edit [\d.]+\.\n$", "\n", original).rstrip("\n")
            brief.write_text(f"{text}\n\nPreview edit {time.time():.6f}.{number}.\n", encoding="utf-8")
            started = time.perf_counter()
            if not preview.rebuild():
                raise SystemExit("a rebuild failed")
            times.append(time.perf_counter() - started)
            if not preview.listings_pending:
                preview.settle()  # as the preview does once the tab has reloaded
            report = preview.last_report
            print(
                f"edit {number + 1}: {times[-1]:.3f} s ({report.pages_rendered} pages rendered, "
                f"{report.pages_kept} kept{', on disk' * preview.memory.pages_on_disk})",
                file=sys.stderr,
            )
            if preview.memory.pages_on_disk:  # written with the pages, and the search index too
                listings.append(times[-1])
        if preview.indexing is not None:
            preview.indexing.join()
        if not preview.memory.pages_on_disk:
            listings.append(listed_at[-1] - started if listed_at and listed_at[-1] > started else float("nan"))
    finally:
        brief.write_text(original, encoding="utf-8")
        if preview.indexing is not None:
            preview.indexing.join()
    print(f"seconds: {statistics.median(times):.3f}")
    print(f"listings: {statistics.median(listings):.3f}")


if __name__ == "__main__":
    main()
