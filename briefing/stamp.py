"""Skipping a build that would change nothing.

A build is a pure function of its inputs: the content folder, the templates, the settings, the
options that shape the output, Briefing's own code, the libraries that render, and the spaCy
model. After a successful build a stamp beside the cache records a hash of all of them, the
build's report, and the size and modification time of every file in the output folder. The
next build hashes its inputs again; if the hash matches and the output folder still holds
exactly those files, the site on disk is byte for byte what the build would write, so it stops
there and repeats the last report, warnings included. `build --force` builds anyway.

Which briefs are published depends on the time too (schedule.py), so the stamp also keeps a
second hash, of the files alone, and the window of time in which the published briefs stay the
same. A build in that window whose files are unchanged stops before it reads a brief
(`unchanged_since_last_build`); any other build reads the briefs and compares the full hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from dataclasses import fields as dataclass_fields
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .errors import Problem
from .schedule import build_day

PACKAGE = Path(__file__).resolve().parent
# Libraries whose upgrade can change the bytes of the output.
OUTPUT_LIBRARIES = (
    "markdown-it-py",
    "jinja2",
    "markupsafe",
    "pagefind",
    "pagefind-bin",
    "cbor2",
    "spacy",
    "pyyaml",
    "pillow",
)


def input_hash(options, settings, model: str, known: dict[str, tuple[bytes, object]] | None = None) -> str:
    """The hash of everything the build reads, the time aside (see `keyed`). `known` ({path:
    (bytes, …)}) holds files this build has already read: their bytes are used rather than read
    again (and so are exactly those built)."""
    digest = hashlib.sha256()
    known = known or {}

    def add(*parts) -> None:
        for part in parts:
            digest.update(part if isinstance(part, bytes) else str(part).encode())
            digest.update(b"\0")

    add(repr(settings), options.out.resolve(), options.base_url, options.strict, options.keep_going, model)
    add(build_day(options.now) if settings.site_url else "")  # the news sitemap's window moves with the day
    add("code", code_version())
    for label, folder in (("content", options.content), ("templates", options.templates)):
        add(label)
        for path in _files(folder):
            read = known.get(str(path))
            add(path.relative_to(folder).as_posix(), read[0] if read is not None else path.read_bytes())
    if settings.aliases:
        extra = options.pyproject.parent / settings.aliases
        add("aliases", extra.read_bytes() if extra.is_file() else b"-")
    return digest.hexdigest()


def keyed(files: str, part: str) -> str:
    """`input_hash`'s hash with one more part: what of the build depends on the time (which
    briefs are still to come), or only the options that decide it (`_flags`)."""
    return hashlib.sha256(f"{files}\0{part}".encode()).hexdigest()


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts), key=lambda p: p.parts)


def output_state(out: Path) -> dict[str, list[int]]:
    """Every file under `out` with its size and modification time."""
    state: dict[str, list[int]] = {}

    def visit(folder: str, prefix: str) -> None:  # os.scandir: the cheapest walk, thousands of files
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    visit(entry.path, prefix + entry.name + "/")
                else:
                    info = entry.stat(follow_symlinks=False)
                    state[prefix + entry.name] = [info.st_size, info.st_mtime_ns]

    if out.is_dir():
        visit(str(out), "")
    return state


def stamp_path(cache: Path, out: Path) -> Path:
    return cache.parent / f"build-{_output_id(out)}.json"


def page_memo_path(cache: Path, out: Path) -> Path:
    """Where the last build into `out` keeps what it rendered each page from (page_memo.py)."""
    return cache.parent / f"pages-{_output_id(out)}.pickle"


def _output_id(out: Path) -> str:
    return hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:12]


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of Briefing's own code and of the versions of the libraries that render."""
    digest = hashlib.sha256()
    for library in OUTPUT_LIBRARIES:
        try:
            digest.update(f"{library} {version(library)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{library} -\0".encode())
    for path in _files(PACKAGE):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _read_stamp(stamp: Path) -> dict | None:
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def still_current(stamp: Path, inputs: str, out: Path) -> dict | None:
    """The last build's report if its stamp matches these inputs and the output is untouched."""
    data = _read_stamp(stamp)
    if data is None or data.get("inputs") != inputs or not out.is_dir():
        return None
    if output_state(out) != data.get("output"):
        return None
    return data.get("report")


def unchanged_since_last_build(options, settings, model: str, now: dt.datetime) -> dict | None:
    """The last build's stamp, if no file it read has changed, `now` is within the window in which
    its briefs stay published as they were, and its output is untouched. Checked before a brief is
    read: an unchanged site of 1,000 briefs costs a hash of its files, not a parse of each."""
    data = _read_stamp(stamp_path(options.cache, options.out)) if options.cache is not None else None
    if data is None or not data.get("quick") or not _within(now, *data.get("window", ("", ""))):
        return None
    if data["quick"] != keyed(input_hash(options, settings, model), _flags(options)):
        return None
    if not options.out.is_dir() or output_state(options.out) != data.get("output"):
        return None
    return data


def _within(now: dt.datetime, start: str, end: str) -> bool:
    """Whether `now` is in [start, end) ("" for no end); the briefs published change at `end`."""
    try:
        return (
            bool(start)
            and dt.datetime.fromisoformat(start) <= now
            and (not end or now < dt.datetime.fromisoformat(end))
        )
    except ValueError:
        return False


def _flags(options) -> str:
    """The options that decide which briefs are published, for the hash of the files alone."""
    return repr((options.preview, options.future))


def write_stamp(
    stamp: Path, inputs: str, out: Path, report, output: dict[str, list[int]] | None = None, extra: dict | None = None
) -> None:
    """Record the build: the report's fields, less those left out of its comparison (work for
    later, not a result), `output`, the output folder's state (`output_state`), and `extra`."""
    fields = {f.name: getattr(report, f.name) for f in dataclass_fields(report) if f.compare}
    fields["warnings"] = [asdict(p) for p in report.warnings]
    fields["problems"] = [asdict(p) for p in report.problems]
    data = {"inputs": inputs, "output": output if output is not None else output_state(out), "report": fields}
    data.update(extra or {})
    stamp.parent.mkdir(parents=True, exist_ok=True)
    temporary = stamp.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    temporary.replace(stamp)


def problems_from(items: list[dict]) -> list[Problem]:
    return [Problem(**item) for item in items]


@dataclass
class Stamp:
    """One build's stamp: where it is kept, the hash of the build's inputs, the output folder, and
    for `unchanged_since_last_build`: the hash of the files alone, the window of time in which the
    same briefs are published, and what the build said of its schedule (said again when replayed)."""

    path: Path
    inputs: str
    out: Path
    quick: str = ""
    window: tuple[str, str] = ("", "")
    said: tuple[str, ...] = ()

    @classmethod
    def of(cls, options, settings, model: str, known: dict[str, tuple[bytes, object]] | None, schedule) -> Stamp | None:
        """The stamp of a build with these options at this time (`schedule`, a schedule.Schedule);
        None without a cache (nowhere to keep it)."""
        if options.cache is None:
            return None
        files = input_hash(options, settings, model, known)
        inputs, quick = keyed(files, schedule.stamp), keyed(files, _flags(options))
        path, out = stamp_path(options.cache, options.out), options.out.resolve()
        return cls(path, inputs, out, quick, schedule.window, tuple(schedule.lines()))

    def last_report(self) -> dict | None:
        """The last build's report, if it had these very inputs and its output is untouched."""
        return still_current(self.path, self.inputs, self.out)

    def write(self, report, output: dict[str, list[int]] | None = None) -> None:
        extra = {"quick": self.quick, "window": list(self.window), "said": list(self.said)}
        write_stamp(self.path, self.inputs, self.out, report, output, extra)
