"""`build()`: the whole pipeline, one stage per line.

read → parse → annotate → link → render → write
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .annotate.nlp import model_version, resolve_model_name
from .annotate.parallel import CHUNK
from .errors import BuildError, Problem, Warnings
from .progress import ANNOTATING, Stopwatch, counting
from .schedule import build_day, current_time, plan
from .settings import Settings, check_base_url, load_settings
from .stamp import Stamp, problems_from, unchanged_since_last_build

if TYPE_CHECKING:  # the stages themselves are imported by _build_site(), after the up-to-date check
    from .annotate.aliases import AliasTable
    from .annotate.parallel import ModelAhead
    from .finish import Finishing
    from .images import Media
    from .memory import NoMemory
    from .model import Annotation, AuthorEntry, Brief, Document, Site
    from .page_memo import StoredPageMemo
    from .render import Renderer

__all__ = ["BuildOptions", "BuildReport", "build"]

PROJECT = Path(__file__).resolve().parent.parent
log = logging.getLogger(__name__)


@dataclass
class BuildOptions:
    content: Path = PROJECT / "content"
    out: Path = PROJECT / "site"
    templates: Path = PROJECT / "templates"
    pyproject: Path = PROJECT / "pyproject.toml"
    cache: Path | None = PROJECT / ".cache" / "annotations"
    jobs: int = 1
    dask: str | None = None  # a Dask scheduler's address to annotate on; None: the `dask` setting, "": here
    chunk: int = CHUNK  # briefs per task, with several processes or on Dask
    strict: bool = False  # warnings fail the build
    keep_going: bool = False  # build the good briefs, report the bad ones at the end
    base_url: str | None = None  # overrides the setting, e.g. from the GitHub Pages workflow
    force: bool = False  # build even when the inputs are those of the site on disk (see stamp.py)
    search_later: bool = False  # write the pages first, keeping the old search index; see BuildReport.finishing
    future: bool = False  # publish scheduled briefs now (`--future`); drafts never (see schedule.py)
    preview: bool = False  # the live preview: drafts and scheduled briefs too, each with a banner
    now: dt.datetime | None = None  # what is scheduled is measured from this; None: $BRIEFING_NOW, or the clock


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
    # pages rendered again, and kept from the last build by the page memo (work done, not a result)
    pages_rendered: int = field(default=0, compare=False)
    pages_kept: int = field(default=0, compare=False)
    # With BuildOptions.search_later: the rest of the write stage, for the preview to run in the
    # background (work to do, not a result: left out of comparisons and of the stamp)
    finishing: Finishing | None = field(default=None, repr=False, compare=False)

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


def build(options: BuildOptions, settings: Settings | None = None, memory: NoMemory | None = None) -> BuildReport:
    """read → parse → annotate → link → render → write.

    `memory` is what the preview keeps from one build to the next (`BuildMemory`), so that a
    rebuild redoes only what an edit changed; a one-off build has `NoMemory`, which remembers
    nothing. With `options.search_later` the pages are written first and the rest of the write
    stage is left to `report.finishing.run()`, which the preview runs in the background."""
    started = time.perf_counter()
    settings, options = _settings(options, settings)
    model = resolve_model_name(settings.model, options.pyproject)  # the installed package, once per build
    now = current_time(options.now)
    if not options.force and (last := unchanged_since_last_build(options, settings, model, now)) is not None:
        for line in last.get("said", []):
            log.info("%s", line)
        return _replayed(last["report"], started, options)
    return _build_site(options, settings, model, now, memory, started)


def _build_site(
    options: BuildOptions, settings: Settings, model: str, now: dt.datetime, memory: NoMemory | None, started: float
) -> BuildReport:
    """Every stage, once no stamp has shown the site on disk to be this build's already. A one-off
    build starts loading the model in another process first (`_model_ahead`), before importing
    the stages: the two take turns on neither core."""
    from .gazetteer import keep_in

    keep_in(options.cache.parent / "kept" if options.cache is not None else None)  # before any fork
    ahead = _model_ahead(options, memory, model)
    # Imported here, not at the top: a build with nothing to do (above) stops before paying for
    # Jinja, markdown-it, NumPy and Pillow, which is most of what it would cost.
    from .memory import NoMemory

    memory = memory if memory is not None else NoMemory()
    try:
        return _stages(options, settings, model, now, memory, started, ahead)
    finally:
        if ahead is not None:
            ahead.stop()


def _model_ahead(options: BuildOptions, memory: NoMemory | None, model: str) -> ModelAhead | None:
    """The model loading in a forked process while this one reads (`annotate.parallel.ModelAhead`):
    for a one-off build annotating here; the preview keeps its model loaded."""
    from .annotate.parallel import ModelAhead
    from .processes import can_fork

    if (memory is not None and memory.keeps_model) or options.dask or not can_fork():
        return None
    return ModelAhead(model)


def _stages(
    options: BuildOptions,
    settings: Settings,
    model: str,
    now: dt.datetime,
    memory: NoMemory,
    started: float,
    ahead: ModelAhead | None,
) -> BuildReport:
    from .link import link
    from .newsroom import arrange
    from .processes import without_gc_pauses

    stopwatch = Stopwatch()
    with without_gc_pauses():  # reading and parsing make many objects and no cycles
        briefs, entries, authors, problems = memory.read(options.content, options.keep_going)
    memory.fit_to(len(briefs), settings.preview_in_memory_up_to)
    schedule = plan(briefs, now, options.preview, options.future)
    schedule.say()
    briefs = schedule.shown
    stamp = Stamp.of(options, settings, model, memory.files_read(), schedule)
    if stamp is not None and not options.force and (previous := stamp.last_report()) is not None:
        return _replayed(previous, started, options)
    log.debug("Read the content: briefs %d, glossary entries %d", len(briefs), len(entries))
    stopwatch.lap("read")
    with without_gc_pauses():
        documents = memory.documents(briefs, settings.allow_html)
    stopwatch.lap("parse")
    briefs, documents, media = _pictures(briefs, documents, authors, options, memory, problems)
    stopwatch.lap("images")
    aliases = memory.alias_table(options.pyproject.parent / settings.aliases if settings.aliases else None, entries)
    report, warnings = BuildReport(base_path=settings.base_path, problems=problems), Warnings()
    warnings.items.extend(schedule.warnings)
    renderer = memory.renderer(options.templates, settings)
    if ahead is not None:
        ahead.while_waiting = renderer.compile_templates  # what rendering would do first anyway
    annotations = annotate_all(briefs, documents, model, aliases, options, report, warnings, memory, ahead)
    stopwatch.lap("annotate")
    with without_gc_pauses():
        items = list(zip(briefs, documents, annotations, strict=True))
        kept_data = options.cache.parent / "kept" if options.cache is not None else None
        site = link(settings.title, items, entries, renderer.markdown, warnings, memory.links, kept_data)
        site.built_on = build_day(options.now)
        stopwatch.lap("link")
        related_of = partial(memory.related_briefs, kept=kept_data)
        arrange(site, authors, renderer.markdown, warnings, schedule.states, media.authors, related_of)
        for page in site.briefs:
            page.media = media.by_brief[page.brief.id]
        stopwatch.lap("arrange")
        # unpickled with the site in memory
        memo = memory.with_page_memo(_page_memo(options)) if memory.page_memo() is None else None
    _count(report, briefs, site)
    report.warnings = warnings.items
    _render_and_write(site, renderer, memory, options, media.files, stamp, report, warnings, memo, stopwatch)
    report.seconds = time.perf_counter() - started
    return report


def _render_and_write(
    site: Site,
    renderer: Renderer,
    memory: NoMemory,
    options: BuildOptions,
    media_files: dict[str, bytes],
    stamp: Stamp | None,
    report: BuildReport,
    warnings: Warnings,
    memo: StoredPageMemo | None,
    stopwatch: Stopwatch,
) -> None:
    """The preview's way while its memory holds the pages, else a one-off build's (`memo`: the
    page memo read from disk)."""
    from .finish import OneOffBuild, write_as_rendered

    search_cache = options.cache.parent / "search" if options.cache is not None else None
    if memory.page_memo() is not None:  # the preview's (or a test's) memory of the last build
        _preview_finish(site, renderer, memory, options, media_files, search_cache, stamp, report, stopwatch)
    else:
        one_off = OneOffBuild(site, renderer, media_files, options.jobs, options.out, search_cache, stamp, report, memo)
        write_as_rendered(one_off, warnings, options.strict, stopwatch)


def _preview_finish(
    site: Site,
    renderer: Renderer,
    memory: NoMemory,
    options: BuildOptions,
    media_files: dict[str, bytes],
    search_cache: Path | None,
    stamp: Stamp | None,
    report: BuildReport,
    stopwatch: Stopwatch,
) -> None:
    """The preview's last stages: the pages rendered in memory (only those an edit changed) and
    written; the listings and the search index left to `report.finishing`, in the background
    (with `options.search_later`; else done here and now)."""
    from .finish import Finishing, pages_counted
    from .processes import without_gc_pauses

    with without_gc_pauses():
        files, listings_later = _rendered(site, renderer, memory, options, media_files, stopwatch)
    counted = memory.page_memo()
    assert counted is not None  # this path is taken only while the memory holds the pages
    report.pages_rendered, report.pages_kept = counted.rendered, counted.reused  # so far: listings may follow
    shown = {**memory.last_listings(), **files} if listings_later else files
    pages_counted(report, sum(name.endswith(".html") for name in shown))
    if options.strict and report.warnings:
        raise BuildError(report.warnings)
    finishing = Finishing(
        site, renderer, memory, files, listings_later, options.out, search_cache, stamp, report, stopwatch
    )
    finishing.pages_first()
    if options.search_later:
        report.finishing = finishing
    else:
        finishing.run(lambda: True)


def _rendered(
    site: Site,
    renderer: Renderer,
    memory: NoMemory,
    options: BuildOptions,
    media_files: dict[str, bytes],
    stopwatch: Stopwatch,
) -> tuple[dict[str, bytes], bool]:
    """Every page of the site and its pictures, with the listings unless the preview leaves them
    for later (then the second value is True)."""
    from .render import render_listings, render_pages

    pages = memory.page_memo()
    files = {**render_pages(site, renderer, pages), **media_files}
    stopwatch.lap("pages")
    listings_later = options.search_later and memory.may_defer_listings(options.out)
    if not listings_later:
        files.update(render_listings(site, renderer, pages))
        stopwatch.lap("listings")
    return files, listings_later


def _page_memo(options: BuildOptions) -> StoredPageMemo | None:
    """What the last build into the output folder rendered each page from, kept beside its stamp
    (none without a cache folder). `--force` starts afresh, and keeps a new one for the next build."""
    from .page_memo import StoredPageMemo
    from .stamp import code_version, page_memo_path

    if options.cache is None:
        return None
    file, out = page_memo_path(options.cache, options.out), options.out.resolve()
    if options.force:
        return StoredPageMemo(file, out, code_version())
    return StoredPageMemo.load(file, out, code_version())


def _pictures(
    briefs: list[Brief],
    documents: list[Document],
    authors: list[AuthorEntry],
    options: BuildOptions,
    memory: NoMemory,
    problems: list[Problem],
) -> tuple[list[Brief], list[Document], Media]:
    """The briefs' and the author files' pictures (images.py), and the briefs' documents, which
    a one-off build keeps from now on without their Markdown tokens (`memory.without_tokens`). A
    problem with a picture stops the build, or with --keep-going leaves its brief (or the author's
    photo) out and joins `problems`."""
    images_cache = options.cache.parent / "images" if options.cache is not None else None
    media = memory.media(briefs, documents, options.content, images_cache, authors)
    if media.problems and not options.keep_going:
        raise BuildError(media.problems)
    problems.extend(media.problems)
    kept = [i for i, brief in enumerate(briefs) if brief.id not in media.failed]
    return [briefs[i] for i in kept], memory.without_tokens([documents[i] for i in kept]), media


def _count(report: BuildReport, briefs: list[Brief], site: Site) -> None:
    report.briefs = len(briefs)
    report.entities, report.quotes, report.events = len(site.entities), len(site.quotes), len(site.events)


def _settings(options: BuildOptions, settings: Settings | None) -> tuple[Settings, BuildOptions]:
    """The site's settings, with the command line's --base-url; the options, with the `dask` setting
    unless --dask was given."""
    settings = settings or load_settings(options.pyproject)
    if options.base_url is not None:
        check_base_url(options.base_url, "--base-url")
        settings = replace(settings, base_url=options.base_url)
    if options.dask is None:
        options = replace(options, dask=settings.dask)
    return settings, options


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


def annotate_all(
    briefs: list[Brief],
    documents: list[Document],
    model: str,
    aliases: AliasTable,
    options: BuildOptions,
    report: BuildReport,
    warnings: Warnings,
    memory: NoMemory,
    ahead: ModelAhead | None = None,
) -> list[Annotation]:
    """Each brief's annotation, from the cache where it is current, else from spaCy (loaded only
    then, or `ahead`)."""
    from .annotate import ANNOTATION_VERSION
    from .cache import annotation_key
    from .processes import without_gc_pauses

    version = model_version(model)
    report.model = f"{model} {version}"
    fingerprint = aliases.fingerprint()
    keys = memory.annotation_keys(
        list(zip(briefs, documents, strict=True)),
        lambda b, d: annotation_key(b, d, model, version, ANNOTATION_VERSION, fingerprint),
        salt=(fingerprint, model, version),
    )
    cache = memory.annotation_cache(options.cache, keys)
    with without_gc_pauses():  # thousands of annotations read back: many objects, no cycles
        results: list[tuple[Annotation, list[str]] | None] = [cache.get(key) for key in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    report.cache_hits = len(briefs) - len(todo)
    log.debug("Annotations: %d from the cache, %d to make", report.cache_hits, len(todo))
    if todo:
        _say_annotating(len(todo), report, options)
        try:
            made_all = _annotate(briefs, documents, todo, model, aliases, options, ahead)
            for i, made in zip(todo, made_all, strict=True):
                results[i] = cache.put(keys[i], *made)
        finally:
            cache.close()
        report.annotated = len(todo)
    if ahead is not None:
        ahead.stop()  # no longer needed: free its memory before rendering
    annotations = []
    for brief, result in zip(briefs, results, strict=True):
        assert result is not None
        annotation, notes = result
        for note in notes:
            warnings.add(brief.path, None, note, "fix or remove it in the front matter")
        annotations.append(annotation)
    return annotations


def _say_annotating(count: int, report: BuildReport, options: BuildOptions) -> None:
    where = f"on the Dask cluster at {options.dask}" if options.dask else f"{options.jobs} process"
    log.info(
        "Annotating %d brief%s with spaCy model %s (%d from the cache, %s%s)",
        count,
        "s" * (count != 1),
        report.model,
        report.cache_hits,
        where,
        "es" * (not options.dask and options.jobs != 1),
    )


def _annotate(
    briefs: list[Brief],
    documents: list[Document],
    todo: list[int],
    model: str,
    aliases: AliasTable,
    options: BuildOptions,
    ahead: ModelAhead | None,
) -> Iterator[tuple[Annotation, list[str]]]:
    """spaCy's annotation of the briefs numbered in `todo`, in that order, here, in the process
    loaded `ahead` (a few briefs), or on a Dask cluster, saying how far it got."""
    from .annotate.parallel import annotate_many, too_few_to_share

    items = [(briefs[i], documents[i]) for i in todo]
    if options.dask:
        from .annotate.cluster import annotate_on_cluster

        made = annotate_on_cluster(items, model, aliases, options.dask, options.chunk)
    elif ahead is not None and too_few_to_share(len(items), options.chunk):
        made = ahead.annotate(items, aliases.index)
    else:
        if ahead is not None:
            ahead.stop()  # the processes of `annotate_many` load their own
        made = annotate_many(items, model, aliases.index, options.jobs, options.chunk)
    return counting(made, len(todo), ANNOTATING)


def default_jobs() -> int:
    return os.cpu_count() or 1
