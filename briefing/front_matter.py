"""Front matter, the part every content file shares: the file read as text, the YAML between
its `---` lines parsed (with each key's line, for messages), and the checks of its common shapes
(lists of names, mappings, lists of entries, links). read.py and read_newsroom.py build on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .errors import problem

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


def list_of_str(path: Path, key_lines: dict, data: dict, key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise problem(
            path, key_lines.get(key), f"'{key}' must be a list of names", f"write '{key}: [Name, Other name]'"
        )
    return [str(v).strip() for v in value if str(v).strip()]


def mapping_of_lists(path: Path, key_lines: dict, data: dict, key: str) -> dict[str, list[str]]:
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise problem(
            path,
            key_lines.get(key),
            f"'{key}' must map a name to its aliases",
            f"write '{key}: {{Islamic State: [IS, Daesh]}}'",
        )
    return {str(k): list_of_str(path, key_lines, {key: v}, key) for k, v in value.items()}


def list_of_dicts(path: Path, key_lines: dict, data: dict, key: str, required: tuple, allowed: set) -> list[dict]:
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


def check_links(path: Path, key_lines: dict, data: dict) -> list[dict[str, str]]:
    """`links: [{title, url}]`, each a web or mail address."""
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
    return [{"title": str(x.get("title", x["url"])), "url": str(x["url"])} for x in links]
