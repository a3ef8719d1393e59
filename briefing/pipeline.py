"""`build()`: the whole pipeline, one stage per line.

read → parse → annotate → link → render → write
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import search
from .annotate.aliases import AliasTable, build_alias_table
from .annotate.nlp import model_version, resolve_model_name
from .cache import AnnotationCache, annotation_key
from .errors import BuildError, Problem, Warnings
from .link import link
from .model import Annotation, Brief, Document
from .parse import parse
from .read import read_content
from .render import LISTINGS, PageMemo, Renderer, render_listings, render_pages
from .settings import Settings, check_base_url, load_settings
from .stamp import input_hash, problems_from, stamp_path, still_current, write_stamp
from .write import Written, write_site

PROJECT = Path(__file__).resolve().parent.parent
_ONE_INDEXER = threading.Lock()  # one Pagefind run at a time in the preview; a later one checks it is still wanted


@dataclass
class BuildOptions:
    content: Path = PROJECT / "content"
    out: Path = PROJECT / "site"
    templates: Path = PROJECT / "templates"
    pyproject: Path = PROJECT / "pyproject.toml"
    cache: Path | None = PROJECT / ".cache" / "annotations"
    jobs: int = 1
    quiet: bool = False
    strict: bool = False  # warnings fail the build
    keep_going: bool = False  # build the good briefs, report the bad ones at the end
    base_url: str | None = None  # overrides the setting, e.g. from the GitHub Pages workflow
    force: bool = False  # build even when the inputs are those of the site on disk (see stamp.py)
    search_later: bool = False  # write the pages first, keeping the old search index; see BuildReport.index_search


@dataclass
class BuildMemory:
    """What a long-running process (the preview) keeps from one build to the next, so that a
    rebuild after one save redoes only what the save changed. Every entry is keyed by the bytes
    it was made from, so none can be stale; a one-off build has none."""

    briefs: dict = field(default_factory=dict)  # path → (file bytes, Brief or GlossaryEntry)
    documents: dict = field(default_factory=dict)  # (Markdown, allow_html) → Document
    annotations: dict = field(default_factory=dict)  # annotation cache key → (Annotation, notes)
    links: dict = field(default_factory=dict)  # each brief's share of the linked site (see link.link)
    keys: dict = field(default_factory=dict)  # (brief, document, alias table, model) → annotation cache key
    pages: PageMemo = field(default_factory=PageMemo)
    renderers: dict = field(default_factory=dict)  # (templates, settings, their files) → Renderer
    alias_tables: dict = field(default_factory=dict)  # (site table's bytes, glossary entries) → AliasTable
    output: Written = field(default_factory=Written)  # what the last build wrote, to change only what differs

    def renderer(self, templates: Path, settings: Settings) -> Renderer:
        """The last build's renderer, with its compiled templates, while they are unchanged."""
        key = (templates, repr(settings), tuple(Renderer.sources(templates)))
        if key not in self.renderers:
            self.renderers = {key: Renderer(templates, settings)}
        return self.renderers[key]

    def alias_table(self, extra_table: Path | None, entries: list) -> AliasTable:
        """The last build's alias table while the site's table and the glossary entries are the
        same (an unchanged entry file gives the very same entry object, see read_content)."""
        extra = extra_table.read_bytes() if extra_table is not None and extra_table.is_file() else None
        key = (extra_table, extra, tuple(map(id, entries)))
        remembered = self.alias_tables.get(key)
        if remembered is None or any(a is not b for a, b in zip(remembered[0], entries, strict=False)):
            remembered = (list(entries), build_alias_table(extra_table, entries))
            self.alias_tables = {key: remembered}
        return remembered[1]


@dataclass
class BuildReport:
    briefs: int = 0
    entities: int = 0
    quotes: int = 0
    events: int = 0
    pages: int = 0
    seconds: float = 0.0
    cache_hits: int = 0
    annotated: int = 0
    model: str = ""
    base_path: str = "/"  # the URL path the site was built for ("/repo/"), for checking its links
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # files left out by --keep-going
    up_to_date: bool = False  # nothing changed since the last build: nothing was written
    listings_later: bool = False  # the listings are left to `index_search` (with BuildOptions.search_later)
    # With BuildOptions.search_later: renders the listings if the build left them for later (then
    # calls `listings_written()`), builds the new search index and swaps it in, unless
    # `still_current()` says a newer build has started. The preview runs it in the background.
    index_search: Callable[..., None] | None = field(default=None, repr=False, compare=False)

    def summary(self, out: Path) -> str:
        if self.up_to_date:
            return (
                f"Up to date: {self.briefs} brief{'s' * (self.briefs != 1)}, {self.pages} pages, unchanged since "
                f"the last build ({self.seconds:.1f} s to check) → {out}"
            )
        return (
            f"Built {self.briefs} brief{'s' * (self.briefs != 1)}: {self.entities} entities, {self.quotes} quotes, "
            f"{self.events} dated events, {self.pages} pages in {self.seconds:.1f} s "
            f"(annotated {self.annotated}, cache hits {self.cache_hits}) → {out}"
        )


def build(options: BuildOptions, settings: Settings | None = None, memory: BuildMemory | None = None) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    warnings = Warnings()
    settings = settings or load_settings(options.pyproject)
    if options.base_url is not None:
        check_base_url(options.base_url, "--base-url")
        settings = replace(settings, base_url=options.base_url)
    say = (lambda message: None) if options.quiet else (lambda message: print(message, file=sys.stderr))

    content = None
    if memory is not None:  # read first, so that the stamp's hash is of the very bytes this build reads
        content = read_content(options.content, keep_going=options.keep_going, memo=memory.briefs)
    stamp = stamp_path(options.cache, options.out) if options.cache is not None else None
    inputs = ""
    if stamp is not None:
        inputs = input_hash(
            options, settings, resolve_model_name(settings.model), known=memory.briefs if memory is not None else None
        )
    if stamp is not None and not options.force:
        previous = still_current(stamp, inputs, options.out.resolve())
        if previous is not None:
            return _replayed(previous, started, options)

    briefs, entries, problems = content or read_content(options.content, keep_going=options.keep_going)
    documents = parse_all(briefs, settings, memory)
    extra_aliases = (options.pyproject.parent / settings.aliases) if settings.aliases else None
    aliases = (
        build_alias_table(extra_aliases, entries) if memory is None else memory.alias_table(extra_aliases, entries)
    )
    annotations = annotate_all(briefs, documents, settings, aliases, options, report, warnings, say, memory)
    renderer = Renderer(options.templates, settings) if memory is None else memory.renderer(options.templates, settings)
    memo = memory.pages if memory is not None else None
    with _without_gc_pauses():
        site = link(
            settings.title,
            list(zip(briefs, documents, annotations, strict=False)),
            entries,
            renderer.markdown,
            warnings,
            memory.links if memory is not None else None,
        )
        files = render_pages(site, renderer, memo)
        # The preview writes the brief and entity pages first, with the last build's home,
        # glossary, quotes, timeline and JSON, and renders those in the background right after
        # (`BuildReport.index_search`): they list the whole site and cost more than the pages an
        # edit changes. Not after a template or settings change: those must fail here, loudly.
        listings_later = (
            options.search_later
            and memory is not None
            and not memo.setup_changed
            and memory.output.folder == options.out.resolve()
            and all(path in memory.output.files for path in ("index.html", "api/briefing.json"))
        )
        if listings_later:
            last_listings = {path: data for path, data in memory.output.files.items() if path in LISTINGS}
        else:
            files.update(render_listings(site, renderer, memo))
    shown = {**last_listings, **files} if listings_later else files
    pages = sum(1 for name in shown if name.endswith(".html"))
    say(f"Rendered {pages} pages: {len(site.entities)} entities, {len(site.quotes)} quotes, {len(site.events)} events")
    search_cache = options.cache.parent / "search" if options.cache is not None else None
    if options.strict and warnings.items:
        raise BuildError(warnings.items)
    if options.search_later:
        written = memory.output if memory is not None else None
        write_site(shown, options.out, carry=(search.FOLDER,), written=written)
        say(f"Wrote {len(shown)} files; {'the listings and ' if listings_later else ''}the search index follow")

        def index_search(
            still_current: Callable[[], bool], listings_written: Callable[[], None] = lambda: None
        ) -> None:
            with _ONE_INDEXER:
                if not still_current():
                    return
                full = files
                if listings_later:
                    try:
                        with _without_gc_pauses():
                            full = {**files, **render_listings(site, renderer, memo)}
                    except BuildError as err:
                        for item in err.problems:
                            print(f"error: {item}", file=sys.stderr)
                        return
                    if not write_site(
                        full, options.out, carry=(search.FOLDER,), proceed=still_current, written=written
                    ):
                        return
                    listings_written()
                later = Warnings()
                try:
                    index = build_search_index(
                        full, site, later, say, search_cache, cancelled=lambda: not still_current()
                    )
                except search.SearchCancelled:
                    return
                for warning in later.items:
                    print(f"warning: {warning}", file=sys.stderr)
                if (
                    write_site({**full, **index}, options.out, proceed=still_current, written=written)
                    and stamp is not None
                ):
                    write_stamp(stamp, inputs, options.out.resolve(), report)

        report.index_search = index_search
        report.listings_later = listings_later
    else:
        files.update(build_search_index(files, site, warnings, say, search_cache))
        if options.strict and warnings.items:
            raise BuildError(warnings.items)
        write_site(files, options.out, written=memory.output if memory is not None else None)
        say(f"Wrote {len(files)} files")

    report.briefs, report.entities, report.quotes = len(briefs), len(site.entities), len(site.quotes)
    report.events, report.pages = len(site.events), pages
    report.base_path = settings.base_path
    report.warnings = warnings.items
    report.problems = problems
    report.seconds = time.perf_counter() - started
    if stamp is not None and not options.search_later:  # else once the search index is in place
        write_stamp(stamp, inputs, options.out.resolve(), report)
    return report


@contextmanager
def _without_gc_pauses():
    """Linking and rendering make hundreds of thousands of short-lived objects and no cycles
    worth collecting; Python's cycle collector would stop again and again to scan every object
    of a large site (a third of a preview rebuild). Reference counting still frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _replayed(previous: dict, started: float, options: BuildOptions) -> BuildReport:
    """The last build's report, for a build that found nothing to do."""
    report = BuildReport(
        **{**previous, "warnings": problems_from(previous["warnings"]), "problems": problems_from(previous["problems"])}
    )
    report.up_to_date = True
    report.annotated = report.cache_hits = 0
    report.seconds = time.perf_counter() - started
    if options.strict and report.warnings:
        raise BuildError(report.warnings)
    return report


def build_search_index(
    files: dict[str, bytes],
    site,
    warnings: Warnings,
    say,
    cache: Path | None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, bytes]:
    """Pagefind's index for the rendered pages; without it the site still works, just without search."""
    started = time.perf_counter()
    try:
        index = search.search_index(files, search.quote_pages(site), cache, cancelled)
    except search.SearchUnavailable as err:
        warnings.add(
            "search",
            None,
            f"no search index: {err}",
            "the site works without search; run 'make site' to install Pagefind",
        )
        return {}
    size = sum(len(data) for data in index.values())
    say(f"Search index: {len(index)} files, {size / 1024:.0f} KiB in {time.perf_counter() - started:.1f} s")
    return index


def parse_all(briefs: list[Brief], settings: Settings, memory: BuildMemory | None) -> list[Document]:
    if memory is None:
        return [parse(brief.body, settings.allow_html) for brief in briefs]
    previous, memory.documents = memory.documents, {}
    for brief in briefs:
        key = (brief.body, settings.allow_html)
        memory.documents[key] = previous.get(key) or memory.documents.get(key) or parse(*key)
    return [memory.documents[(brief.body, settings.allow_html)] for brief in briefs]


def annotate_all(
    briefs: list[Brief],
    documents: list[Document],
    settings: Settings,
    aliases,
    options: BuildOptions,
    report: BuildReport,
    warnings: Warnings,
    say,
    memory: BuildMemory | None = None,
) -> list[Annotation]:
    """Each brief's annotation, from the cache where it is current, else from spaCy (loaded only then)."""
    from .annotate import ANNOTATION_VERSION

    model = resolve_model_name(settings.model)
    version = model_version(model)
    report.model = f"{model} {version}"
    fingerprint = aliases.fingerprint()
    if memory is None:
        keys = [
            annotation_key(b, d, model, version, ANNOTATION_VERSION, fingerprint)
            for b, d in zip(briefs, documents, strict=False)
        ]
    else:  # the same brief and document objects as last time have the same key
        known, memory.keys = memory.keys, {}
        keys = []
        for b, d in zip(briefs, documents, strict=False):
            remembered = known.get((id(b), id(d), fingerprint, model, version))
            if remembered is None or remembered[0] is not b or remembered[1] is not d:
                remembered = (b, d, annotation_key(b, d, model, version, ANNOTATION_VERSION, fingerprint))
            memory.keys[(id(b), id(d), fingerprint, model, version)] = remembered
            keys.append(remembered[2])
    if memory is not None:  # forget the annotations of briefs that have since changed
        memory.annotations = {key: memory.annotations[key] for key in keys if key in memory.annotations}
    cache = AnnotationCache(options.cache, memory.annotations if memory is not None else None)
    results: list[tuple[Annotation, list[str]] | None] = [cache.get(key) for key in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    report.cache_hits = len(briefs) - len(todo)
    if todo:
        from .annotate.parallel import annotate_many

        say(
            f"Annotating {len(todo)} brief{'s' * (len(todo) != 1)} with spaCy model {model} {version}"
            f" ({report.cache_hits} from the cache, {options.jobs} process{'es' * (options.jobs != 1)})"
        )
        items = [(briefs[i], documents[i]) for i in todo]
        step = max(1, len(todo) // 10)
        try:
            for done, (i, result) in enumerate(
                zip(todo, annotate_many(items, model, aliases.index, options.jobs), strict=False), start=1
            ):
                results[i] = result
                cache.put(keys[i], *result)
                if len(todo) >= 20 and (done % step == 0 or done == len(todo)):
                    say(f"  annotated {done}/{len(todo)}")
        finally:
            cache.close()
        report.annotated = len(todo)
    annotations = []
    for brief, result in zip(briefs, results, strict=False):
        assert result is not None
        annotation, notes = result
        for note in notes:
            warnings.add(brief.path, None, note, "fix or remove it in the front matter")
        annotations.append(annotation)
    return annotations


def default_jobs() -> int:
    return os.cpu_count() or 1
