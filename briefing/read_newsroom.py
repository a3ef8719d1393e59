"""The newsroom's front matter: bylines, section, tags, drafts, updates and corrections on a
brief, and the author files (`content/authors/<slug>.md`). None of it changes a brief's
annotation, so none of it is part of the annotation cache key.

Every field is optional: a brief without them reads exactly as before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import display_path, problem
from .front_matter import check_keys, check_links, list_of_str, read_text, split_front_matter
from .model import AuthorEntry, Correction, parse_day
from .slugs import slugify

NEWSROOM_KEYS = {"authors", "section", "tags", "draft", "updated", "corrections"}
AUTHOR_KEYS = {"name", "role", "photo", "links"}


def newsroom_fields(path: Path, key_lines: dict[str, int], data: dict, date: dt.date) -> dict[str, Any]:
    """The `Brief` fields of the newsroom's keys, checked; `date` is the brief's publication day."""
    updated = _day(path, key_lines.get("updated"), data.get("updated"), "updated")
    if updated is not None and updated < date:
        raise problem(
            path,
            key_lines.get("updated"),
            f"'updated' {updated.isoformat()} is before the brief's date {date.isoformat()}",
            "an update comes after publication: fix either date",
        )
    draft = data.get("draft", False)
    if not isinstance(draft, bool):
        raise problem(
            path, key_lines.get("draft"), f"'draft' must be true or false, not {draft!r}", "write 'draft: true'"
        )
    return dict(
        authors=_authors(path, key_lines, data),
        section=_text(path, key_lines, data, "section"),
        tags=_distinct(list_of_str(path, key_lines, data, "tags")),
        draft=draft,
        updated=updated,
        corrections=_corrections(path, key_lines.get("corrections"), data.get("corrections")),
    )


def _authors(path: Path, key_lines: dict[str, int], data: dict) -> list[str]:
    """`authors: [Jane Roe, John Poe]`, or one name as text; numbers and lists in lists are refused."""
    value = data.get("authors") or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise problem(
            path,
            key_lines.get("authors"),
            f"'authors' must be a list of names, not {value!r}"[:120],
            "write 'authors: [Jane Roe, John Poe]'",
        )
    return _distinct([name.strip() for name in value if name.strip()])


def _distinct(names: list[str]) -> list[str]:
    """Names in their order, less those whose slug an earlier one has ("Jo Roe", "jo roe")."""
    seen: set[str] = set()
    kept = []
    for name in names:
        slug = slugify(name)
        if slug not in seen:
            seen.add(slug)
            kept.append(name)
    return kept


def _text(path: Path, key_lines: dict[str, int], data: dict, key: str) -> str | None:
    value = data.get(key)
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)  # "section: 2016" is a name
    if value is not None and not isinstance(value, str):
        raise problem(
            path, key_lines.get(key), f"'{key}' must be one name, not {value!r}"[:120], f"write '{key}: World'"
        )
    return value.strip() or None if value is not None else None


def _day(path: Path, line: int | None, value: Any, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_day(str(value).strip())
    except ValueError:
        raise problem(
            path, line, f"{what} date {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2015-11-25"
        ) from None


def _corrections(path: Path, line: int | None, value: Any) -> list[Correction]:
    """`corrections: [{date: 2015-11-25, text: "…"}]`, oldest first."""
    value = value or []
    if not isinstance(value, list):
        value = [value]
    corrections = []
    for entry in value:
        if not isinstance(entry, dict) or set(entry) != {"date", "text"}:
            raise problem(
                path,
                line,
                f"a correction needs a 'date' and a 'text' and nothing else, not {entry!r}"[:160],
                "write '- {date: 2015-11-25, text: \"An earlier version misnamed the air base.\"}'",
            )
        text = entry["text"]
        if not isinstance(text, str) or not text.strip():
            raise problem(
                path, line, f"a correction's text must be a sentence, not {text!r}", "write what was corrected"
            )
        day = _day(path, line, entry["date"], "correction")
        assert day is not None
        corrections.append(Correction(day, text.strip()))
    return sorted(corrections, key=lambda c: c.date)


def read_author(path: Path) -> AuthorEntry:
    """`content/authors/<slug>.md`: name, role, photo, links, and the bio as Markdown below."""
    data, key_lines, body, _ = split_front_matter(path, read_text(path))
    check_keys(path, data, key_lines, AUTHOR_KEYS)
    photo = _text(path, key_lines, data, "photo")
    if photo is not None and urlsplit(photo).scheme not in ("", "http", "https"):
        raise problem(
            path,
            key_lines.get("photo"),
            f"photo {photo[:60]!r} is neither a web address nor a file",
            "give the photo's https:// address, or its path beside the author file (jane-roe.jpg)",
        )
    return AuthorEntry(
        slug=slugify(path.stem, fallback="author"),
        path=display_path(path),
        name=_text(path, key_lines, data, "name"),
        role=_text(path, key_lines, data, "role"),
        photo=photo,
        photo_line=key_lines.get("photo"),
        links=check_links(path, key_lines, data),
        body=body.strip(),
    )
