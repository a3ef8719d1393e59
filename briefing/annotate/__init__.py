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

import hashlib
import os
from pathlib import Path


def disabled_rule_names() -> frozenset[str]:
    """The rules named in BRIEFING_DISABLE_RULES (comma-separated), to measure what each is worth."""
    return frozenset(n.strip() for n in os.environ.get("BRIEFING_DISABLE_RULES", "").split(",") if n.strip())


def _code_version() -> str:
    """A hash of the annotation code and its data: cached annotations are keyed by it, so any
    change to how briefs are annotated invalidates them without anyone remembering to bump a number."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    # model.py too: it defines what an annotation holds and how its dates are written (IsoDate)
    for path in sorted([*here.rglob("*.py"), here.parent / "model.py", *(here.parent / "data").glob("*")]):
        digest.update(str(path.relative_to(here.parent)).encode() + b"\0" + path.read_bytes())
    # rules switched off for a measurement (see entity_rules/__init__.py) annotate differently
    digest.update(b"disabled\0" + ",".join(sorted(disabled_rule_names())).encode())
    return digest.hexdigest()[:16]


ANNOTATION_VERSION = _code_version()
