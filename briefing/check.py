"""`build.py check`: every internal link and anchor in a built site resolves."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes and attributes["id"]:
            self.ids.add(attributes["id"])
        for name in ("href", "src"):
            value = attributes.get(name)
            if value is not None and not (tag == "link" and attributes.get("rel") in ("canonical", "alternate")):
                self.links.append((value, self.getpos()[0]))


def page_links(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def check_site(site: Path) -> list[str]:
    """Problems as 'site/page.html:LINE: message'."""
    pages = {p.relative_to(site).as_posix(): page_links(p) for p in sorted(site.rglob("*.html"))}
    problems = []
    for name, parsed in pages.items():
        for link, line in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("mailto:"):
                continue
            target = name if not parts.path else _join(name, unquote(parts.path))
            if target is None:
                problems.append(f"{site.name}/{name}:{line}: link {link!r} leaves the site")
                continue
            if target.endswith("/") or target == "":
                target += "index.html"
            if not (site / target).exists():
                problems.append(f"{site.name}/{name}:{line}: link {link!r} points to a missing file")
                continue
            if parts.fragment and target.endswith(".html"):
                if unquote(parts.fragment) not in pages[target].ids:
                    problems.append(f"{site.name}/{name}:{line}: anchor #{parts.fragment} not found in {target}")
    return problems


def _join(page: str, path: str) -> str | None:
    parts: list[str] = list(PurePosixPath(page).parent.parts)
    for part in PurePosixPath(path).parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in (".", "/"):
            parts.append(part)
    return "/".join(parts)
