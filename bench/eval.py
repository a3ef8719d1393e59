"""Score the annotation on ../shared/eval/dev/, its two halves, and each rule switched off. (`make eval`)

    python bench/eval.py [--dev DIR] [--no-ablation] [--markdown FILE] [--jobs N]

The articles are parsed by spaCy once; for each rule, only the annotation steps run again with
that rule switched off, then linking and the JSON export, in this process, scored by
../shared/eval/score.py's own functions (imported from there, not copied). Prints, for each rule
(of entities, quote attribution and tense), how often it fires on dev and on how many articles,
and every measure with the rule off (a change from all rules on is marked); then the two halves
of dev (articles in sorted order, even and odd positions); last, the overall line exactly as
`score.py` prints it. A rule that helps one half and hurts the other is fitting these articles,
not the language.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import os
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.annotate.aliases import build_alias_table  # noqa: E402
from briefing.annotate.annotator import Annotator, all_rule_names, with_block_boundaries  # noqa: E402
from briefing.annotate.nlp import load_model, resolve_model_name  # noqa: E402
from briefing.errors import Warnings  # noqa: E402
from briefing.export import export_json  # noqa: E402
from briefing.link import link  # noqa: E402
from briefing.parse import parse  # noqa: E402
from briefing.read import read_content  # noqa: E402
from briefing.render import Renderer  # noqa: E402
from briefing.settings import load_settings  # noqa: E402

MEASURES = [
    "ent_recall",
    "ent_precision",
    "ent_typed",
    "merge",
    "spurious",
    "site_merge",
    "quote_recall",
    "quote_precision",
    "quote_attr",
    "time_recall",
    "time_value",
]
LOWER_IS_BETTER = {"spurious"}

_STATE: dict = {}  # the parsed articles, shared with worker processes by fork


def load_score_module(path: Path):
    spec = importlib.util.spec_from_file_location("eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepare(dev: Path, score: Path | None = None) -> None:
    """Read, parse and run spaCy on every article of `dev` once; `score`: score.py (default: beside `dev`)."""
    settings = load_settings(ROOT / "pyproject.toml")
    briefs, entries, _, _ = read_content(dev)
    documents = [parse(b.body, settings.allow_html) for b in briefs]
    nlp = with_block_boundaries(load_model(resolve_model_name(settings.model)))  # as Annotator parses
    index = build_alias_table(None, entries).index
    docs = list(nlp.pipe((d.text for d in documents), batch_size=16))
    golds = {p.name.removesuffix(".gold.json"): p for p in sorted(dev.glob("*.gold.json"))}
    _STATE.update(
        settings=settings, briefs=briefs, entries=entries, documents=documents, nlp=nlp, index=index, docs=docs
    )
    _STATE.update(golds=golds, score=load_score_module(score or dev.parent / "score.py"))


def run(disabled: frozenset[str]) -> tuple[dict[str, str], dict[str, str], dict[str, str], Counter, Counter, str]:
    """Scores (all, even half, odd half; three decimals) with `disabled` rules off, each rule's
    firings and articles, and score.py's own summary line."""
    s = _STATE
    annotator = Annotator(s["nlp"], s["index"], disabled)  # splits `disabled` between the three layers
    fired: Counter = Counter()
    articles: Counter = Counter()
    annotations = []
    layers = (annotator.find_entities, annotator.find_quotes, annotator.find_dates)
    for brief, document, doc in zip(s["briefs"], s["documents"], s["docs"], strict=True):
        annotation, _ = annotator(brief, document, doc)
        annotations.append(annotation)
        for last_fired in (layer.last_fired for layer in layers):
            fired.update(last_fired)
            articles.update(last_fired.keys())
    renderer = Renderer(ROOT / "templates", s["settings"])
    items = list(zip(s["briefs"], s["documents"], annotations, strict=True))
    site = link(s["settings"].title, items, s["entries"], renderer.markdown, Warnings())
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "briefing.json"
        export.write_bytes(export_json(site))
        golds = [str(p) for p in s["golds"].values()]
        scores = [score_line(export, part, precise=True) for part in (golds, golds[0::2], golds[1::2])]
        scores.append(score_line(export, golds))
    return scores[0], scores[1], scores[2], fired, articles, scores[3][""]


def score_line(export: Path, golds: list[str], precise: bool = False) -> dict[str, str]:
    """score.py's summary line for these gold files, as {measure: value}, and the line itself
    under "". `precise`: three decimals instead of two, so that small changes show."""
    score = _STATE["score"]
    plain = score.fmt
    if precise:
        score.fmt = lambda v: f"{v:.3f}" if isinstance(v, float) else plain(v)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            score.main(["score.py", str(export), *golds])
    finally:
        score.fmt = plain
    line = out.getvalue().strip().splitlines()[-1]
    values = dict(part.split("=", 1) for part in line.split(": ", 1)[1].split())
    return {"": line, **values}


def as_number(value: str) -> float:
    if "/" in value:
        kept, total = value.split("/")
        return int(kept) / int(total) if int(total) else 0.0
    return float(value) if value not in ("n/a", "") else 0.0


def better(measure: str, base: str, other: str) -> int:
    """+1 if `base` is better than `other` on `measure`, -1 if worse, 0 if the same."""
    a, b = as_number(base), as_number(other)
    if measure in LOWER_IS_BETTER:
        a, b = -a, -b
    return (a > b) - (a < b)


def ablation_table(base, runs: dict[str, tuple]) -> list[str]:
    """Markdown rows: a rule, its firings, articles, each measure with it off, and what it does per half."""
    header = ["rule", "fires", "articles", *MEASURES, "rule on: even half +/−", "odd half +/−"]
    rows = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    base_all, base_even, base_odd, fired, articles, _ = base
    rows.append("| (all rules on) | | | " + " | ".join(base_all[m] for m in MEASURES) + " | | |")
    for name, (off_all, off_even, off_odd, *_) in runs.items():
        cells = [f"**{off_all[m]}**" if off_all[m] != base_all[m] else off_all[m] for m in MEASURES]
        halves = []
        for base_half, off_half in ((base_even, off_even), (base_odd, off_odd)):
            verdicts = [better(m, base_half[m], off_half[m]) for m in MEASURES]
            halves.append(f"+{verdicts.count(1)}/−{verdicts.count(-1)}")
        rows.append(
            f"| {name} | {fired[name]} | {articles[name]} | " + " | ".join(cells) + f" | {' | '.join(halves)} |"
        )
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    parser.add_argument("--score", type=Path, help="the scorer (default: score.py beside the --dev folder)")
    parser.add_argument("--no-ablation", action="store_true", help="only the scores with every rule on")
    parser.add_argument("--markdown", type=Path, help="also write the ablation table to this file")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    prepare(args.dev.resolve(), args.score)
    base = run(frozenset())
    runs: dict[str, tuple] = {}
    if not args.no_ablation:
        names = all_rule_names()
        with ProcessPoolExecutor(args.jobs) as pool:  # forked: the parsed articles are inherited
            for name, result in zip(names, pool.map(run, [frozenset({n}) for n in names]), strict=True):
                runs[name] = result
        table = ablation_table(base, runs)
        print("Each rule switched off (bold: differs from all rules on; +/−: measures the rule improves/worsens):")
        print("\n".join(table))
        if args.markdown:
            args.markdown.write_text("\n".join(table) + "\n", encoding="utf-8")
    print(f"even half: {base[1]['']}")
    print(f"odd half: {base[2]['']}")
    print(base[5])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
