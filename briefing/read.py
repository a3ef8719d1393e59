"""Stage 1, read: content files → `Brief` and `GlossaryEntry`, with every mistake caught here.

A brief is `content/<id>.md`: YAML front matter between `---` lines, then Markdown.
A glossary entry is `content/entities/<slug>.md` in the same form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .errors import BuildError, Problem, display_path, problem
from .images import read_image
from .model import ENTITY_TYPES, Brief, Corrections, GlossaryEntry, IsoDate, parse_day
from .slugs import slugify

MAX_BYTES = 2_000_000  # a brief longer than this is almost surely a paste gone wrong


class FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: dates stay text until `parse_date` checks them, so
    "2015-02-30" is our clear message and not a YAML library error."""


FrontMatterLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# The same rules on libyaml's parser, several times faster; errors are reported by the pure
# Python loader above, whose messages are clearer.
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FastFrontMatterLoader(FAST_SAFE_LOADER):  # type: ignore[misc,valid-type]  # chosen at run time
    pass


FastFrontMatterLoader.yaml_implicit_resolvers = FrontMatterLoader.yaml_implicit_resolvers


def _load_front_matter(yaml_text: str, loader_class) -> tuple[Any, Any]:
    """(node, data): parsed once; the node gives each key's line."""
    loader = loader_class(yaml_text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


BRIEF_KEYS = {"title", "date", "source", "summary", "aliases", "ignore", "speakers", "dates", "image"}
ENTRY_KEYS = {"name", "type", "aliases", "ignore", "description", "links"}


def read_content(
    content_dir: Path,
    keep_going: bool = False,
    memo: dict | None = None,
) -> tuple[list[Brief], list[GlossaryEntry], list[Problem]]:
    """Every brief and glossary entry in `content_dir`, sorted by id, and the problems found.

    All problems are raised together, unless `keep_going`: then the good files are returned
    with the problems, for the caller to report at the end. `memo` ({path: (bytes, Brief or
    GlossaryEntry)}), kept by a long-running process, gives back the very object read last
    time for a file whose bytes are unchanged."""
    if not content_dir.is_dir():
        raise problem(content_dir, None, "no such content folder", "create it, or pass --content DIR")
    problems: list[Problem] = []
    briefs: list[Brief] = []
    entries: list[GlossaryEntry] = []
    seen_ids: dict[str, str] = {}
    for path in sorted(content_dir.glob("*.md")):
        try:
            brief = read_brief(path) if memo is None else _remembered(path, memo, read_brief)
        except BuildError as err:
            problems.extend(err.problems)
            continue
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
    entity_dir = content_dir / "entities"
    for path in sorted(entity_dir.glob("*.md")) if entity_dir.is_dir() else []:
        try:
            entries.append(read_entry(path) if memo is None else _remembered(path, memo, read_entry))
        except BuildError as err:
            problems.extend(err.problems)
    if problems and not keep_going:
        raise BuildError(problems)
    return briefs, entries, problems


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


def read_text(path: Path) -> str:
    """The file as text: UTF-8 (a BOM is dropped), line endings made `\\n`."""
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise problem(
            path,
            None,
            f"file is {len(raw):,} bytes, more than the {MAX_BYTES:,} a brief may have",
            "split it into several briefs",
        )
    if b"\x00" in raw:
        raise problem(
            path,
            raw[: raw.index(b"\x00")].count(b"\n") + 1,
            "file is binary, not Markdown text",
            "remove it from content/ or save it as UTF-8 text",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise problem(path, line, f"not UTF-8 text (byte 0x{raw[err.start]:02x})", "save the file as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], dict[str, int], str, int]:
    """(front matter, line of each key, body, line where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise problem(
            path, 1, "no front matter", "start the file with a '---' line, then 'title:' and 'date:', then '---'"
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise problem(path, 1, "front matter is not closed", "add a '---' line after the front matter") from None
    yaml_text = "\n".join(lines[1:end])
    try:
        node, data = _load_front_matter(yaml_text, FastFrontMatterLoader)
    except yaml.YAMLError:
        node, data = None, None  # the pure loader below says what is wrong
    try:
        if node is None and yaml_text.strip():
            node, data = _load_front_matter(yaml_text, FrontMatterLoader)
    except yaml.reader.ReaderError as err:  # a character YAML does not allow, e.g. a pasted control code
        line = yaml_text[: err.position].count("\n") + 2
        raise problem(
            path,
            line,
            f"front matter has a character YAML does not allow ({err.character!r})",
            "delete it; it may have come with pasted text",
        ) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        reason = getattr(err, "problem", None) or str(err)
        raise problem(
            path, line, f"front matter is not valid YAML: {reason}", "check the quoting and indentation on that line"
        ) from None
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict):
        raise problem(path, 2, "front matter must be 'key: value' lines", "write e.g. 'title: My brief'")
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
    body = "\n".join(lines[end + 1 :])
    return data, key_lines, body, end + 2


def check_keys(path: Path, data: dict, key_lines: dict[str, int], allowed: set[str]) -> None:
    for key in data:
        if key not in allowed:
            guess = next((k for k in sorted(allowed) if k[:3] == str(key)[:3]), None)
            hint = f"did you mean {guess!r}?" if guess else f"use only: {', '.join(sorted(allowed))}"
            raise problem(path, key_lines.get(str(key)), f"unknown front matter key {key!r}", hint)


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
    date = parse_date(path, key_lines.get("date", 1), data.get("date"))
    if not body.strip():
        raise problem(path, body_line, "the brief has no text after its front matter", "write the article body")
    brief_id = slugify(path.stem, fallback="brief")
    corrections = Corrections(
        aliases=_mapping_of_lists(path, key_lines, data, "aliases"),
        ignore=_list_of_str(path, key_lines, data, "ignore"),
        speakers=_list_of_dicts(path, key_lines, data, "speakers", required=("quote",), allowed={"quote", "speaker"}),
        dates=_list_of_dicts(
            path, key_lines, data, "dates", required=("expression", "date"), allowed={"expression", "context", "date"}
        ),
    )
    for fix in corrections.dates:
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
    source = data.get("source")
    summary = data.get("summary")
    return Brief(
        id=brief_id,
        path=display_path(path),
        title=title.strip(),
        date=date,
        body=body,
        body_line=body_line,
        source=str(source) if source else None,
        summary=str(summary) if summary else None,
        corrections=corrections,
        image=read_image(path, key_lines.get("image", 1), data.get("image")),
    )


def parse_date(path: Path, line: int, value: Any) -> dt.date:
    if value is None:
        raise problem(
            path,
            line,
            "front matter needs a 'date'",
            "add the publication date as 'date: 2015-11-24'; relative dates are resolved against it",
        )
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return parse_day(str(value).strip())
    except ValueError:
        raise problem(path, line, f"date {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2015-11-24") from None


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
    links = data.get("links") or []
    if not isinstance(links, list) or not all(isinstance(x, dict) and "url" in x for x in links):
        raise problem(
            path,
            key_lines.get("links"),
            "'links' must be a list of {title, url}",
            "write '- {title: Wikipedia, url: https://…}'",
        )
    for link in links:
        scheme = urlsplit(str(link["url"]).strip()).scheme.lower()
        if scheme not in ("http", "https", "mailto", ""):
            raise problem(
                path,
                key_lines.get("links"),
                f"link {str(link['url'])[:60]!r} is not a web address",
                "use an http(s):// or mailto: address",
            )
    description = data.get("description")
    return GlossaryEntry(
        slug=slugify(path.stem, fallback="entity"),
        path=display_path(path),
        name=name.strip(),
        type=entity_type,
        aliases=_list_of_str(path, key_lines, data, "aliases"),
        ignore=bool(data.get("ignore", False)),
        description=str(description) if description else None,
        links=[{"title": str(x.get("title", x["url"])), "url": str(x["url"])} for x in links],
        body=body.strip(),
    )


def _list_of_str(path: Path, key_lines: dict, data: dict, key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise problem(
            path, key_lines.get(key), f"'{key}' must be a list of names", f"write '{key}: [Name, Other name]'"
        )
    return [str(v).strip() for v in value if str(v).strip()]


def _mapping_of_lists(path: Path, key_lines: dict, data: dict, key: str) -> dict[str, list[str]]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise problem(
            path,
            key_lines.get(key),
            f"'{key}' must map a name to its aliases",
            f"write '{key}: {{Islamic State: [IS, Daesh]}}'",
        )
    return {str(k): _list_of_str(path, key_lines, {key: v}, key) for k, v in value.items()}


def _list_of_dicts(path: Path, key_lines: dict, data: dict, key: str, required: tuple, allowed: set) -> list[dict]:
    value = data.get(key) or []
    ok = isinstance(value, list) and all(
        isinstance(v, dict) and set(required) <= set(v) and set(v) <= allowed for v in value
    )
    if not ok:
        raise problem(
            path,
            key_lines.get(key),
            f"'{key}' must be a list of entries with {', '.join(sorted(allowed))}",
            f"each entry needs {', '.join(required)}",
        )
    return [dict(v) for v in value]
