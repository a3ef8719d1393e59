"""Shared fixtures: the real spaCy model, loaded once, and the seed site, built once."""
from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.annotate import Annotator  # noqa: E402
from briefing.annotate.aliases import build_alias_table  # noqa: E402
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
        brief = Brief(id="test", path="test.md", title="Test", date=dt.date.fromisoformat(date), body=markdown,
                      body_line=5)
        for key, value in front.items():
            setattr(brief.corrections, key, value)
        return annotator(brief, parse(markdown))

    return run


def write_brief(folder: Path, name: str, body: str, title: str = "A brief", date: str = "2015-11-24",
                extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: {title}\ndate: {date}\n{extra}---\n\n{body}\n", encoding="utf-8")
    return path


def options(tmp: Path, content: Path | None = None, out: Path | None = None) -> BuildOptions:
    return BuildOptions(content=content or ROOT / "content", out=out or tmp / "site", cache=tmp / "cache",
                        quiet=True)


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("seed")
    build(options(tmp))
    return tmp / "site"


@pytest.fixture()
def small_content(tmp_path) -> Path:
    content = tmp_path / "content"
    write_brief(content, "2020-01-02-one.md", "Angela Merkel met Emmanuel Macron in Paris on Tuesday. "
                "“We agree on the budget,” Merkel said.", title="One", date="2020-01-02")
    return content


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
