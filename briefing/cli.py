"""The command line: thin shells over `build()`. Problems become messages and exit status 1."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from dataclasses import replace
from pathlib import Path

from .errors import BuildError, display_path, system_hint
from .pipeline import PROJECT, BuildOptions, build, default_jobs

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Briefing: annotated news briefs as a static site.",
        epilog="Run '%(prog)s COMMAND --help' for a command's options.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("build", help="build the site from content/ into site/")
    _build_arguments(p)
    p.add_argument("--keep-going", action="store_true", help="build the good briefs; list every problem at the end")

    p = commands.add_parser("serve", help="build, serve with live reload, rebuild on every change")
    _build_arguments(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    p = commands.add_parser("import", help="turn a plain-text article into a Markdown brief in content/")
    p.add_argument("source", type=Path, help="text file: the headline on the first line, then one paragraph a line")
    p.add_argument("--date", help="publication date, YYYY-MM-DD (default: today)")
    p.add_argument("--content", type=Path, default=PROJECT / "content", help="content folder (default content/)")

    p = commands.add_parser("check", help="build, then verify every link, anchor and page")
    _build_arguments(p)
    p.add_argument(
        "--no-validate",
        action="store_true",
        help="check links and anchors only, without the HTML validator (which needs Java)",
    )

    p = commands.add_parser("clean", help="remove the annotation and resized image caches")
    p.add_argument("--cache-dir", type=Path, default=PROJECT / ".cache", help="cache folder (default .cache/)")

    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    configure_logging(quiet=getattr(args, "quiet", False), verbose=getattr(args, "verbose", False))
    try:
        return COMMANDS[args.command](args)
    except BuildError as err:
        for item in err.problems:
            log.error("%s", item)
        return 1
    except KeyboardInterrupt:
        log.error("interrupted: the previous site is unchanged")
        return 130
    except OSError as err:  # a full disk or a missing permission outside the site's own files: one line
        where = display_path(err.filename) if err.filename else f"briefing {args.command}"
        log.error("%s: %s — %s", where, err.strerror or err, system_hint(err))
        log.debug("Where it happened:", exc_info=True)  # with --verbose, for a bug report
        return 1


class _ToStderr(logging.StreamHandler):
    """Writes to `sys.stderr` as it is at the time of each message (a caller may redirect it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class _Prefixed(logging.Formatter):
    """Progress as it is; problems as `warning: …` and `error: …`."""

    PREFIXES = {logging.WARNING: "warning: ", logging.ERROR: "error: ", logging.CRITICAL: "error: "}

    def format(self, record: logging.LogRecord) -> str:
        return self.PREFIXES.get(record.levelno, "") + super().format(record)


def configure_logging(quiet: bool = False, verbose: bool = False) -> None:
    """Briefing's messages ("briefing" and its children, one per module) go to stderr: progress
    unless --quiet, more detail with --verbose, warnings and errors always."""
    logger = logging.getLogger("briefing")
    for handler in [h for h in logger.handlers if isinstance(h, _ToStderr)]:
        logger.removeHandler(handler)
    handler = _ToStderr()
    handler.setFormatter(_Prefixed("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False


def _build_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--content", type=Path, default=PROJECT / "content", help="content folder (default content/)")
    p.add_argument("--out", type=Path, default=PROJECT / "site", help="output folder (default site/)")
    p.add_argument("--templates", type=Path, default=PROJECT / "templates", help=argparse.SUPPRESS)
    p.add_argument(
        "--config",
        type=Path,
        default=PROJECT / "pyproject.toml",
        help="settings file with [tool.briefing] (default pyproject.toml)",
    )
    p.add_argument(
        "--base-url",
        help="the address the site is published at, e.g. https://user.github.io/repo/ "
        "(overrides base_url in the settings; needed only for the feed, sitemap, canonical links and og:image)",
    )
    p.add_argument(
        "--no-cache", action="store_true", help="annotate every brief and resize every image again, ignoring the caches"
    )
    p.add_argument(
        "--cache-dir",
        type=Path,
        default=PROJECT / ".cache",
        help="where annotations and resized images are cached (default .cache/)",
    )
    p.add_argument("--jobs", type=int, default=default_jobs(), help="processes for annotation (default: cores)")
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="annotate on the workers of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (overrides the "
        "dask setting; --dask '' annotates here). Same output as a local build; workers need the same lock "
        "file and project installed (README: 'Annotating on a Dask cluster')",
    )
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument(
        "--future",
        action="store_true",
        help="publish scheduled briefs (dated in the future) now; drafts are never published",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="build even if nothing changed since the last build (which is otherwise skipped)",
    )
    loudness = p.add_mutually_exclusive_group()
    loudness.add_argument("--quiet", action="store_true", help="print only problems")
    loudness.add_argument("--verbose", action="store_true", help="say more about each step (timings, caches)")


def options_from(args) -> BuildOptions:
    return BuildOptions(
        content=args.content,
        out=args.out,
        templates=args.templates,
        pyproject=args.config,
        cache=None if args.no_cache else args.cache_dir / "annotations",
        jobs=max(1, args.jobs),
        dask=args.dask,
        strict=args.strict,
        keep_going=getattr(args, "keep_going", False),
        base_url=args.base_url,
        force=getattr(args, "force", False),
        future=args.future,
    )


def cmd_build(args) -> int:
    options = options_from(args)
    report = build(options)
    for warning in report.warnings:
        log.warning("%s", warning)
    for item in report.problems:
        log.error("%s", item)
    if not args.quiet:
        print(report.summary(options.out))
        print(f"Open {options.out / 'index.html'} in a browser, or preview with: make serve")
    return 1 if report.problems else 0


def cmd_serve(args) -> int:
    from .serve import serve

    return serve(replace(options_from(args), search_later=True, preview=True), args.host, args.port)


def cmd_import(args) -> int:
    from .importer import import_article

    path = import_article(args.source, args.content, args.date)
    print(f"Wrote {path}")
    return 0


def cmd_check(args) -> int:
    from .check import ValidatorMissing, check_site, validate_html

    options = options_from(args)
    report = build(options)
    if not args.quiet:
        print(report.summary(options.out))
    found = check_site(options.out, report.base_path)
    if not args.no_validate:
        try:
            found += validate_html(options.out)
        except ValidatorMissing as err:
            log.error("%s (or pass --no-validate)", err)
            return 1
    for item in found:
        print(f"problem: {item}", file=sys.stderr)
    print(f"check: {len(found)} problem{'s' * (len(found) != 1)} in {options.out}")
    return 1 if found else 0


def cmd_clean(args) -> int:
    for cache, what in (("annotations", "annotation"), ("images", "resized image")):
        folder = args.cache_dir / cache
        if folder.exists():
            shutil.rmtree(folder)
            print(f"Removed {folder}")
        else:
            print(f"No {what} cache at {folder}")
    return 0


COMMANDS = {"build": cmd_build, "serve": cmd_serve, "import": cmd_import, "check": cmd_check, "clean": cmd_clean}
