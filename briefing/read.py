"""Stage 1, read: content files → `Brief`, `GlossaryEntry` and `AuthorEntry`, with every
mistake caught here.

A brief is `content/<id>.md`: YAML front matter between `---` lines, then Markdown.
A glossary entry is `content/entities/<slug>.md`, an author's `content/authors/<slug>.md`, in
the same form. The newsroom's keys (bylines, sections, tags, schedule, corrections) and the
author files are read in read_newsroom.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .errors import BuildError, Problem, display_path, problem
from .front_matter import (
    check_keys,
    check_links,
    list_of_dicts,
    list_of_str,
    mapping_of_lists,
    read_text,
    split_front_matter,
)
from .images import read_image
from .model import ENTITY_TYPES, AnnotationFixes, AuthorEntry, Brief, GlossaryEntry, IsoDate, parse_day
from .read_newsroom import NEWSROOM_KEYS, newsroom_fields, read_author
from .slugs import slugify

BRIEF_KEYS = {"title", "date", "source", "summary", "aliases", "ignore", "speakers", "dates", "image", *NEWSROOM_KEYS}
ENTRY_KEYS = {"name", "type", "aliases", "ignore", "description", "links"}


def read_content(
    content_dir: Path,
    keep_going: bool = False,
    memo: dict | None = None,
) -> tuple[list[Brief], list[GlossaryEntry], list[AuthorEntry], list[Problem]]:
    """Every brief, glossary entry and author entry in `content_dir`, sorted by id, and the
    problems found.

    All problems are raised together, unless `keep_going`: then the good files are returned
    with the problems, for the caller to report at the end. `memo` ({path: (bytes, Brief or
    GlossaryEntry or AuthorEntry)}), kept by a long-running process, gives back the very object read last
    time for a file whose bytes are unchanged."""
    if not content_dir.is_dir():
        raise problem(content_dir, None, "no such content folder", "create it, or pass --content DIR")
    problems: list[Problem] = []
    briefs: list[Brief] = []
    entries: list[GlossaryEntry] = []
    seen_ids: dict[str, str] = {}
    for brief in _each_read(sorted(content_dir.glob("*.md")), read_brief, memo, problems):
        if brief.id in seen_ids:
            problems.append(
                Problem(
                    brief.path,
                    1,
                    f"brief id {brief.id!r} is also the id of {seen_ids[brief.id]}",
                    "rename one of the two files",
                )
            )
            continue
        seen_ids[brief.id] = brief.path
        briefs.append(brief)
    entries.extend(_each_read(_files(content_dir / "entities"), read_entry, memo, problems))
    authors = _read_authors(content_dir / "authors", memo, problems)
    if problems and not keep_going:
        raise BuildError(problems)
    return briefs, entries, authors, problems


def _read_authors(folder: Path, memo: dict | None, problems: list[Problem]) -> list[AuthorEntry]:
    """The author entries in `folder`, one per slug; the problems go to `problems`."""
    authors: dict[str, AuthorEntry] = {}
    for author in _each_read(_files(folder), read_author, memo, problems):
        if author.slug in authors:
            other = authors[author.slug].path
            problems.append(Problem(author.path, 1, f"author {author.slug!r} also has {other}", "keep one of the two"))
            continue
        authors[author.slug] = author
    return list(authors.values())


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


def _each_read(
    paths: list[Path], reader: Callable[[Path], Any], memo: dict | None, problems: list[Problem]
) -> Iterator:
    """`reader(path)` of each path that reads without a problem; the problems go to `problems`."""
    for path in paths:
        try:
            yield reader(path) if memo is None else _remembered(path, memo, reader)
        except BuildError as err:
            problems.extend(err.problems)


def _remembered(path: Path, memo: dict[str, tuple[bytes, Any]], reader: Callable[[Path], Any]) -> Any:
    try:
        raw = path.read_bytes()
    except OSError:
        raw = None  # the reader says what is wrong
        memo.pop(str(path), None)
    known = memo.get(str(path))
    if known is not None and raw is not None and known[0] == raw:
        return known[1]
    item = reader(path)
    if raw is not None:
        memo[str(path)] = (raw, item)
    return item


def read_brief(path: Path) -> Brief:
    text = read_text(path)
    data, key_lines, body, body_line = split_front_matter(path, text)
    check_keys(path, data, key_lines, BRIEF_KEYS)
    title = data.get("title")
    if isinstance(title, (int, float)) and not isinstance(title, bool):
        title = str(title)  # "title: 1984" is a title, not a number
    if title is not None and not isinstance(title, str):
        raise problem(
            path,
            key_lines["title"],
            f"'title' must be text, not {type(title).__name__} {title!r}",
            'put it in quotes, like title: "2015: the year in review"',
        )
    if not isinstance(title, str) or not title.strip():
        raise problem(
            path,
            key_lines.get("title", 1),
            "front matter needs a 'title' (text)",
            "add a line like 'title: France and US step up strikes'",
        )
    date, published = parse_date(path, key_lines.get("date", 1), data.get("date"))
    if not body.strip():
        raise problem(path, body_line, "the brief has no text after its front matter", "write the article body")
    source = data.get("source")
    summary = data.get("summary")
    return Brief(
        id=slugify(path.stem, fallback="brief"),
        path=display_path(path),
        title=title.strip(),
        date=date,
        body=body,
        body_line=body_line,
        source=str(source) if source else None,
        summary=str(summary) if summary else None,
        fixes=_annotation_fixes(path, key_lines, data),
        published=published,
        lines=key_lines,
        **newsroom_fields(path, key_lines, data, date),
        image=read_image(path, key_lines.get("image", 1), data.get("image")),
    )


def _annotation_fixes(path: Path, key_lines: dict[str, int], data: dict) -> AnnotationFixes:
    fixes = AnnotationFixes(
        aliases=mapping_of_lists(path, key_lines, data, "aliases"),
        ignore=list_of_str(path, key_lines, data, "ignore"),
        speakers=list_of_dicts(path, key_lines, data, "speakers", required=("quote",), allowed={"quote", "speaker"}),
        dates=list_of_dicts(
            path, key_lines, data, "dates", required=("expression", "date"), allowed={"expression", "context", "date"}
        ),
    )
    for fix in fixes.dates:
        fix["date"] = str(fix["date"])
        try:
            IsoDate.parse(fix["date"])
        except ValueError:
            raise problem(
                path,
                key_lines.get("dates"),
                f"date override {fix['date']!r} is not an ISO value",
                "use 2015-11-24, 2015-11, 2015-W48 or 2015",
            ) from None
    return fixes


def parse_date(path: Path, line: int, value: Any) -> tuple[dt.date, dt.datetime | None]:
    """(the publication day, the time with its zone if one is given): `2015-11-24`, or
    `2015-11-24T09:30:00+01:00` (whose day is the 24th, as written)."""
    if value is None:
        raise problem(
            path,
            line,
            "front matter needs a 'date'",
            "add the publication date as 'date: 2015-11-24'; relative dates are resolved against it",
        )
    if isinstance(value, dt.datetime | dt.date):
        value = value.isoformat()
    text = str(value).strip()
    if len(text) > 10:
        return _date_time(path, line, text)
    try:
        return parse_day(text), None
    except ValueError:
        raise problem(
            path,
            line,
            f"date {value!r} is not a date",
            "write it as YYYY-MM-DD, e.g. 2015-11-24",
        ) from None


def _date_time(path: Path, line: int, text: str) -> tuple[dt.date, dt.datetime]:
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        when = None
    if when is None or len(text) < 16:
        raise problem(
            path, line, f"date {text!r} is not a date and time", "write it like 2015-11-24T09:30:00+01:00"
        ) from None
    if when.tzinfo is None:
        raise problem(
            path, line, f"date {text!r} has a time but no time zone", f"add the zone, like {text}+01:00 or {text}Z"
        )
    return when.date(), when


def read_entry(path: Path) -> GlossaryEntry:
    text = read_text(path)
    data, key_lines, body, _ = split_front_matter(path, text)
    check_keys(path, data, key_lines, ENTRY_KEYS)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise problem(path, key_lines.get("name", 1), "a glossary entry needs a 'name'", "add 'name: Islamic State'")
    entity_type = str(data.get("type", "")).upper()
    if entity_type not in ENTITY_TYPES:
        raise problem(
            path,
            key_lines.get("type", 1),
            f"type {data.get('type')!r} is not an entity type",
            f"use one of: {', '.join(ENTITY_TYPES)}",
        )
    links = check_links(path, key_lines, data)
    description = data.get("description")
    return GlossaryEntry(
        slug=slugify(path.stem, fallback="entity"),
        path=display_path(path),
        name=name.strip(),
        type=entity_type,
        aliases=list_of_str(path, key_lines, data, "aliases"),
        ignore=bool(data.get("ignore", False)),
        description=str(description) if description else None,
        links=links,
        body=body.strip(),
    )
