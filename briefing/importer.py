"""`build.py import`: a plain-text article (headline, then one paragraph a line) → a Markdown brief."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from .errors import problem
from .front_matter import read_text
from .model import parse_day
from .slugs import slugify


def import_article(source: Path, content_dir: Path, date: str | None = None) -> Path:
    if not source.is_file():
        raise problem(source, None, "no such file", "give the path of a plain-text article")
    lines = [line.strip() for line in read_text(source).split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        raise problem(
            source,
            1,
            "an article needs a headline line and at least one paragraph",
            "put the headline on the first line, then one paragraph a line",
        )
    try:
        published = parse_day(date) if date else dt.date.today()
    except ValueError:
        raise problem(source, None, f"--date {date!r} is not a date", "write it as YYYY-MM-DD") from None
    title, paragraphs = lines[0], lines[1:]
    target = content_dir / f"{published.isoformat()}-{slugify(title, fallback='brief')[:60].strip('-')}.md"
    if target.exists():
        raise problem(
            target, None, "a brief with this name exists already", "edit it, or delete it first to import again"
        )
    front = yaml.safe_dump(
        {"title": title, "date": published, "source": source.name}, sort_keys=False, allow_unicode=True, width=1000
    )
    content_dir.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as f:  # "x": never overwrite, even in a race
        f.write(f"---\n{front}---\n\n" + "\n\n".join(paragraphs) + "\n")
    return target
