"""The end of a build: the listings, the search index, the write and the stamp.

A one-off build writes each page into the new output folder as it is rendered, then the search
index, then swaps the folder in (`write_as_rendered`): the whole site is never held in memory,
which on an archive of 100,000 briefs would be gigabytes. The preview writes the brief and
entity pages first (`Finishing.pages_first`), with the last build's home, glossary, quotes,
timeline and JSON, which list the whole site and cost more than the pages an edit changes;
then, in the background, `Finishing.run` renders those listings, builds the search index
(seconds on a large site) and swaps each in, unless a newer build has started meanwhile.
A preview of more than `preview_in_memory_up_to` briefs keeps no pages in memory and writes
as a one-off build does (`memory.BuildMemory.fit_to`).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from . import search, write
from .errors import BuildError, Warnings
from .memory import NoMemory
from .model import Site
from .page_memo import KeptFile, PageFile, RememberedPages, StoredPageMemo
from .processes import without_gc_pauses
from .progress import WRITING, Stopwatch, counting
from .render import Renderer, render_listings, rendered_listings, rendered_pages
from .stamp import Stamp, output_state

if TYPE_CHECKING:
    from .pipeline import BuildReport

log = logging.getLogger(__name__)
_ONE_INDEXER = threading.Lock()  # one Pagefind run at a time in the preview; a later one checks it is still wanted


@dataclass
class Finishing:
    """The preview's write stage (a one-off build has `write_as_rendered`), holding what it needs
    from the stages before."""

    site: Site
    renderer: Renderer
    memory: NoMemory
    files: dict[str, bytes]  # the rendered pages, with the listings unless `listings_later`
    listings_later: bool  # the listings wait for `run`, the last build's stand in for them
    out: Path
    search_cache: Path | None
    stamp: Stamp | None
    report: BuildReport
    stopwatch: Stopwatch

    def __post_init__(self) -> None:
        # the memory's page memo and record of the output as of this build: `run` goes on in the
        # background, and the next build may replace them (`BuildMemory.fit_to`)
        self.pages, self.written = self.memory.pages, self.memory.output

    def pages_first(self) -> None:
        """Write the pages, keeping the last build's listings (if they wait) and search index."""
        shown = {**self.memory.last_listings(), **self.files} if self.listings_later else self.files
        write.write_site(shown, self.out, carry=(search.FOLDER,), written=self.written)
        log.info("Wrote %d files; %sthe search index follow", len(shown), "the listings and " * self.listings_later)
        self.stopwatch.lap("write")
        self.stopwatch.say()

    def run(self, still_current: Callable[[], bool], listings_written: Callable[[], None] = lambda: None) -> None:
        """In the background, after `pages_first`: render and write the listings if they waited
        (then call `listings_written()`), then build the search index and swap it in. Stops
        wherever `still_current()` says a newer build has started. A problem (a template's, a
        file it cannot write) is logged: this runs on a thread of its own, after the build."""
        with _ONE_INDEXER:
            try:
                self._finish(still_current, listings_written)
            except BuildError as err:
                for item in err.problems:
                    log.error("%s", item)

    def _finish(self, still_current: Callable[[], bool], listings_written: Callable[[], None]) -> None:
        if not still_current():
            return
        files = self.files
        if self.listings_later:
            with without_gc_pauses():
                files = {**files, **render_listings(self.site, self.renderer, self.pages)}
            if not write.write_site(
                files, self.out, carry=(search.FOLDER,), proceed=still_current, written=self.written
            ):
                return
            listings_written()
        warnings = Warnings()
        try:
            pages, templates = search.SearchPages.of(files), self.renderer.templates
            index = build_search_index(
                pages, self.site, warnings, self.search_cache, templates, lambda: not still_current()
            )
        except search.SearchCancelled:
            return
        for warning in warnings.items:
            log.warning("%s", warning)
        made = cast(dict[str, bytes], index.files)
        assert not index.kept  # no `kept` shards were offered: every file is bytes
        if write.write_site({**files, **made}, self.out, proceed=still_current, written=self.written):
            self._stamp()

    def _stamp(self) -> None:
        if self.stamp is not None:
            output = output_state(self.out)
            self.stamp.write(self.report, output)


@dataclass
class OneOffBuild:
    """What a one-off build's last stages need from the ones before."""

    site: Site
    renderer: Renderer
    media_files: dict[str, bytes]  # the pictures, resized
    jobs: int
    out: Path
    search_cache: Path | None
    stamp: Stamp | None
    report: BuildReport
    memo: StoredPageMemo | None = None  # what the last build rendered each page from; saved for the next


def write_as_rendered(build: OneOffBuild, warnings: Warnings, strict: bool, stopwatch: Stopwatch) -> None:
    """Render the pages and listings straight into a new output folder (a page the memo shows
    unchanged is linked from the old one instead), index them for search (reading back only the
    shards that changed), then swap the folder in and write the stamp and the memo. An error
    anywhere leaves the previous site whole."""
    if strict and warnings.items:  # before rendering: rendering adds no warnings
        raise BuildError(warnings.items)
    with write.Staging(build.out) as staging:
        pages = search.SearchPages(read=staging.read)

        def put(name: str, data: PageFile) -> None:
            if isinstance(data, KeptFile):
                staging.put(name, None)
                pages.known(name, data.search)
            else:
                staging.put(name, data)
                pages.offer(name, data)

        with without_gc_pauses():
            remembered = RememberedPages(build.site, build.renderer, build.memo)  # digests of every brief and entity
            rendering = rendered_pages(build.site, build.renderer, build.memo, build.jobs, remembered)
            with contextlib.closing(rendering) as made:
                for name, data in itertools.chain(made, build.media_files.items()):
                    put(name, data)
            stopwatch.lap("pages")
            for name, data in rendered_listings(build.site, build.renderer, remembered=remembered):
                put(name, data)
            stopwatch.lap("listings")
        pages_counted(build.report, sum(name.endswith(".html") for name in staging.names))
        memo = build.memo
        build.report.pages_rendered = memo.rendered if memo is not None else build.report.pages
        build.report.pages_kept = memo.reused if memo is not None else 0
        kept = memo.kept_shard if memo is not None else search.no_shard_kept
        index = build_search_index(pages, build.site, warnings, build.search_cache, build.renderer.templates, kept=kept)
        stopwatch.lap("search")
        if strict and warnings.items:  # the search index's
            raise BuildError(warnings.items)
        files = index.files
        for name in counting(sorted(files), len(files), WRITING):  # hundreds of thousands on an archive
            staging.put(name, files[name])
        staging.swap()
        log.info("Wrote %d files", len(staging.names))
        # Still holding the output's lock: no other build's files can be recorded as this one's
        if build.stamp is not None:
            build.stamp.write(build.report, output_state(build.out))
        if memo is not None:
            memo.save(pages.digests, index.shard_files())
    stopwatch.lap("write")
    stopwatch.say()


def pages_counted(report: BuildReport, pages: int) -> None:
    """The number of HTML pages, into the report and the log."""
    report.pages = pages
    log.info(
        "Rendered %d pages: %d entities, %d quotes, %d events", pages, report.entities, report.quotes, report.events
    )


def build_search_index(
    pages: search.SearchPages,
    site: Site,
    warnings: Warnings,
    cache: Path | None,
    templates: Path,
    cancelled: Callable[[], bool] = lambda: False,
    kept: search.KeptShard = search.no_shard_kept,
) -> search.SearchIndex:
    """Pagefind's index for the rendered pages; without it the site still works, just without
    search. `kept`: shards the previous output holds unchanged (a one-off build's memo)."""
    started = time.perf_counter()
    try:
        for name, page in search.quote_pages(site, templates).items():
            pages.add(name, page, keep=True)  # never written: they exist for the indexer only
        index = search.search_index(pages, search.page_shards(site), cache, cancelled, kept)
    except search.SearchUnavailable as err:
        warnings.add(
            "search",
            None,
            f"no search index: {err}",
            "the site works without search; run 'make site' to install Pagefind",
        )
        return search.SearchIndex()
    size = sum(len(data) for data in index.files.values() if data is not None)
    log.info(
        "Search index: %d files in %d parts (%d indexed, %d from the cache%s), %.0f KiB%s in %.1f s",
        len(index.files),
        len(index.keys),
        len(index.indexed),
        len(index.cached),
        f", {len(index.kept)} unchanged in the site" if index.kept else "",
        size / 1024,
        " of them new" if index.kept else "",
        time.perf_counter() - started,
    )
    return index
