"""Shared fixtures: the real spaCy model, loaded once, and the seed site, built once."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.annotate.aliases import build_alias_table  # noqa: E402
from briefing.annotate.annotator import Annotator  # noqa: E402
from briefing.annotate.nlp import load_model, resolve_model_name  # noqa: E402
from briefing.model import Brief  # noqa: E402
from briefing.parse import parse  # noqa: E402
from briefing.pipeline import BuildOptions, build  # noqa: E402


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    return Annotator(load_model(resolve_model_name("auto")), build_alias_table(None, []).index)


@pytest.fixture(scope="session")
def annotate(annotator):
    """annotate(markdown, date="2015-11-24") → (annotation, notes) with the real model."""

    def run(markdown: str, date: str = "2015-11-24", **front):
        brief = Brief(
            id="test", path="test.md", title="Test", date=dt.date.fromisoformat(date), body=markdown, body_line=5
        )
        for key, value in front.items():
            setattr(brief.fixes, key, value)
        return annotator(brief, parse(markdown))

    return run


def write_brief(
    folder: Path, name: str, body: str, title: str = "A brief", date: str = "2015-11-24", extra: str = ""
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: {title}\ndate: {date}\n{extra}---\n\n{body}\n", encoding="utf-8")
    return path


def options(tmp: Path, content: Path | None = None, out: Path | None = None) -> BuildOptions:
    return BuildOptions(content=content or ROOT / "content", out=out or tmp / "site", cache=tmp / "cache")


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("seed")
    build(options(tmp))
    return tmp / "site"


@pytest.fixture()
def small_content(tmp_path) -> Path:
    content = tmp_path / "content"
    write_brief(
        content,
        "2020-01-02-one.md",
        "Angela Merkel met Emmanuel Macron in Paris on Tuesday. “We agree on the budget,” Merkel said.",
        title="One",
        date="2020-01-02",
    )
    return content


def build_command(content: Path, out: Path, *extra: str) -> list[str]:
    """`build.py build` of `content` into `out`, quiet and on one core, for a process of its own."""
    command = [sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--out", str(out)]
    return [*command, *extra, "--quiet", "--jobs", "1"]


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path: for comparing sites byte for byte."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def cli_site(tmp_path: Path, brief: str, *extra: str) -> tuple[Path, Path, list[str]]:
    """A site of one good brief built by the command line: (content, site, the build's arguments)."""
    from briefing.cli import main

    content = tmp_path / "content"
    content.mkdir()
    (content / "good.md").write_text(brief)
    out = tmp_path / "site"
    args = ["build", "--content", str(content), "--out", str(out), "--quiet", "--jobs", "1", *extra]
    assert main(args) == 0
    return content, out, args


def refused(args: list[str], content: Path, out: Path, capsys) -> str:
    """What a build that must fail printed to stderr, once its exit status is 1 and it has left the
    site and the content as they were."""
    from briefing.cli import main

    site_before, content_before = tree(out), tree(content)
    capsys.readouterr()
    assert main(args) == 1
    err = capsys.readouterr().err
    assert tree(out) == site_before and tree(content) == content_before
    return err


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


# --- a real browser: Debian's Chromium driven by Playwright ---------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "browser tests need Debian's chromium: apt-get install chromium (.ci/run does)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def serious_axe_violations(page, axe: str, label: str) -> list[str]:
    """axe-core's serious and critical violations on the open `page`, each named with `label`."""
    page.add_script_tag(content=axe)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{label}: {v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def axe_serious(page, where: str) -> list[str]:
    """The same, with the axe-core that `npm ci` installed."""
    return serious_axe_violations(page, (ROOT / "node_modules/axe-core/axe.min.js").read_text(), where)


class StaticHost:
    """The built site served like GitHub Pages: under `prefix`, with 404.html for any missing path."""

    def __init__(self, root: Path, prefix: str = "/") -> None:
        import functools
        import http.server
        import threading

        self.root, self.prefix = root, prefix
        host = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def translate_path(self, path):
                path = path.split("?", 1)[0].split("#", 1)[0]
                if not path.startswith(host.prefix):
                    return str(host.root / "__outside__")
                return super().translate_path("/" + path[len(host.prefix) :])

            def send_error(self, code, message=None, explain=None):
                page = host.root / "404.html"
                if code != 404 or not page.exists():
                    return super().send_error(code, message, explain)
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{self.prefix}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="session")
def hosted_seed(tmp_path_factory):
    """The seed site built for, and served under, http://127.0.0.1:PORT/briefing/ like a project page."""
    tmp = tmp_path_factory.mktemp("hosted")
    www = tmp / "www"
    www.mkdir()
    host = StaticHost(www / "briefing", prefix="/briefing/")
    opts = options(tmp, out=www / "briefing")
    opts.base_url = host.url
    build(opts)
    yield host
    host.close()
