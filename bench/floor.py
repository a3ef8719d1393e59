"""The floors a Briefing build cannot beat, measured on the same briefs:

python bench/floor.py spacy --jobs N CONTENT   # stock spaCy nlp.pipe over the texts, nothing else
python bench/floor.py render CONTENT OUT       # markdown-it-py + Jinja2, one page per brief
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bodies(content: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(content.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---", 2)
        title = next(
            (line.split(":", 1)[1].strip().strip('"') for line in front.splitlines() if line.startswith("title:")),
            path.stem,
        )
        out.append((title, body.strip()))
    return out


def spacy_floor(content: Path, jobs: int) -> None:
    """spaCy as it comes: the stock pipeline of the model the build uses, none of Briefing's changes
    to it (a tokenizer rule, the attribute ruler's table-driven match step)."""
    sys.path.insert(0, str(ROOT))
    import spacy

    from briefing.annotate.nlp import resolve_model_name

    nlp = spacy.load(resolve_model_name("auto"))
    texts = [body for _, body in bodies(content)]
    count = sum(len(doc) for doc in nlp.pipe(texts, n_process=jobs, batch_size=32))
    print(f"{len(texts)} texts, {count} tokens", file=sys.stderr)


PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="stylesheet" href="style.css"></head><body><main><h1>{{ title }}</h1>{{ body }}</main></body></html>"""


def render_floor(content: Path, out: Path) -> None:
    import jinja2
    from markdown_it import MarkdownIt
    from markupsafe import Markup

    md = MarkdownIt("commonmark")
    template = jinja2.Environment(autoescape=True).from_string(PAGE)
    out.mkdir(parents=True, exist_ok=True)
    for n, (title, body) in enumerate(bodies(content)):
        html = template.render(title=title, body=Markup(md.render(body)))
        (out / f"{n}.html").write_text(html, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=["spacy", "render"])
    parser.add_argument("content", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    if args.kind == "spacy":
        spacy_floor(args.content, args.jobs)
    else:
        render_floor(args.content, args.out)


if __name__ == "__main__":
    main()
