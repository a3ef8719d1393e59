"""`build.py check`: every internal link and anchor in a built site resolves, and every page is valid HTML."""

from __future__ import annotations

import json
import shutil
import subprocess
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
            # a canonical link is the page's public address; an alternate one (a feed) must exist here
            if value is not None and not (tag == "link" and attributes.get("rel") == "canonical"):
                self.links.append((value, self.getpos()[0]))
        for candidate in (attributes.get("srcset") or "").split(","):  # "a.jpg 480w, b.jpg 800w"
            if candidate.strip():
                self.links.append((candidate.split()[0], self.getpos()[0]))


def page_links(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def check_site(site: Path, base_path: str = "/") -> list[str]:
    """Problems as 'site/page.html:LINE: message'. `base_path` is the URL path the site is served
    under ("/repo/"): a link starting with it points into the site."""
    pages = {p.relative_to(site).as_posix(): page_links(p) for p in sorted(site.rglob("*.html"))}
    problems = []
    for name, parsed in pages.items():
        for link, line in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("mailto:"):
                continue
            path = unquote(parts.path)
            if path.startswith("/"):
                path = path[len(base_path) :] if path.startswith(base_path) else "/.."
                name_for_join = "index.html"
            else:
                name_for_join = name
            target = name if not path else _join(name_for_join, path)
            if target is None:
                problems.append(f"{site.name}/{name}:{line}: link {link!r} leaves the site")
                continue
            if target.endswith("/") or target == "":
                target += "index.html"
            if not (site / target).exists():
                problems.append(f"{site.name}/{name}:{line}: link {link!r} points to a missing file")
                continue
            if parts.fragment and target.endswith(".html") and unquote(parts.fragment) not in pages[target].ids:
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


# --- HTML validation with the Nu HTML Checker ---------------------------------------------

VNU_JAR = Path(__file__).resolve().parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


class ValidatorMissing(Exception):
    """The Nu HTML Checker or Java is not installed; the message says how to get it."""


def validate_html(site: Path, jar: Path = VNU_JAR) -> list[str]:
    """Every page and stylesheet through the Nu HTML Checker: problems as 'site/page.html:LINE: message'."""
    java = shutil.which("java")
    if java is None:
        raise ValidatorMissing(
            "HTML validation needs Java — install a Java runtime (Debian: apt-get install default-jre-headless)"
        )
    if not jar.exists():
        raise ValidatorMissing(f"HTML validation needs the Nu HTML Checker at {jar} — run 'npm ci' (or 'make check')")
    messages = []
    # Pages and stylesheets in separate runs: mixing them shifts the HTML line numbers (vnu 26.9).
    for flag, suffix in (("--html", ".html"), ("--css", ".css")):
        files = sorted(str(p) for p in site.rglob(f"*{suffix}") if p.is_file())
        if files:
            messages += _run_vnu(java, jar, flag, files)
    problems = []
    root = site.resolve()
    for message in messages:
        url = message.get("url", "")
        path = Path(unquote(urlsplit(url).path)) if url.startswith("file:") else None
        name = path.resolve().relative_to(root).as_posix() if path else "?"
        line = message.get("lastLine", message.get("firstLine", 0))
        problems.append(f"{site.name}/{name}:{line}: {message.get('message', 'invalid')} (HTML validator)")
    return problems


def _run_vnu(java: str, jar: Path, flag: str, files: list[str]) -> list[dict]:
    result = subprocess.run(
        [java, "-jar", str(jar), "--errors-only", "--format", "json", flag, *files],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    try:
        return json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        raise ValidatorMissing(
            f"the Nu HTML Checker did not run: {(result.stderr or result.stdout).strip()[:300]}"
        ) from None
