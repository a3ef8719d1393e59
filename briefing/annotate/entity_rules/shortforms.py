"""Rules for short forms a text defines beside a name, in brackets either way round:
"the Federation of Northern Vintners (FNV)", "FNV (Federation of Northern Vintners)"."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import missed
from ..datelines import dateline_place
from ..lexicon import LEXICON
from ..tree import text_of
from .state import Finding, Name
from .words import is_short_form

# A name written out in brackets after its short form: "FNV (Federation of Northern Vintners)"
_JOINERS = "|".join(re.escape(w) for w in sorted(LEXICON.connectors - {"&"}, key=lambda w: (-len(w), w)))
BRACKETED_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|" + _JOINERS + r")){1,8}"


def defined_short_forms(found: Finding) -> None:
    """A name the model missed or cut up, defined with its short form: "Lista 3 Valli (L3V)"
    where the model saw only a person "Valli". The name and its short form become names of the
    kind the model gave the short form ("Vexo Browser 9 (VB9)" is a product), else organisations."""
    doc, taken = found.doc, found.taken
    for (start, end), (short_start, short_end) in missed.defined_short_forms(doc):
        names = found.names
        inside = [n for n in names if start <= n.first_token and n.last_token < end]
        across = [n for n in names if n not in inside and n.first_token < end and n.last_token >= start]
        if across or any(n.record is not None or (n.first_token, n.last_token) == (start, end - 1) for n in inside):
            continue  # the model's own name for it, or a known one: bracketed_short_forms handles it
        found.names = [n for n in names if n not in inside]
        taken[start:end] = [False] * (end - start)
        short_name = next(
            (n for n in found.names if (n.first_token, n.last_token) == (short_start, short_end - 1)), None
        )
        label = short_name.label if short_name is not None else "ORG"
        if found.free(start, end):
            found.add(start, end, label)
            if found.free(short_start, short_end):
                found.add(short_start, short_end, label)
            found.definitions.append(((start, end), doc[short_start:short_end].text))


def bracketed_short_forms(found: Finding) -> None:
    """Short forms defined in brackets beside a name, either way round: "Vintners
    Trade Office (VTO)", "FNV (Federation of Northern Vintners)". A short form or long
    name the model missed becomes a name of its own, so the two are grouped together."""
    doc, names = found.doc, found.names
    text = text_of(doc)
    covered = [False] * (len(text) + 1)
    for name in names:
        covered[name.start : name.end] = [True] * (name.end - name.start)
    dateline = dateline_place(doc)
    for name in list(names):
        if name.label == "PERSON" or dateline is not None and name.first_token < dateline[1]:
            continue  # "NEW YORK (Reuters) -": a dateline's brackets hold the agency, not a short form
        after = text[name.end : name.end + 80]
        short = re.match(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)", after)
        long = re.match(r"\s*\((" + BRACKETED_NAME + r")\)", after)
        if short and len(name.text.split()) > 1:
            found.introduced[short.group(1)] = name
            start = name.end + short.start(1)
            extra = _name_at(found, start, start + len(short.group(1)), name.label, covered)
        elif long and is_short_form(name.text):
            start = name.end + long.start(1)
            end = start + len(long.group(1))
            existing = next((n for n in names if (n.start, n.end) == (start, end)), None)
            extra = None if existing else _name_at(found, start, end, name.label, covered)
            if (definer := existing or extra) is not None:
                found.introduced[name.text] = definer
        else:
            continue
        if extra is not None:
            names.append(extra)
    for (start, end), short_form in found.definitions:
        defined = next((n for n in names if (n.first_token, n.last_token) == (start, end - 1)), None)
        if defined is not None:
            found.introduced.setdefault(short_form, defined)


def _name_at(found: Finding, start: int, end: int, label: str, covered: list[bool]) -> Name | None:
    doc: Doc = found.doc
    span = doc.char_span(start, end, alignment_mode="strict")
    if span is None or any(covered[start:end]) or not found.free(span.start, span.end):
        return None
    covered[start:end] = [True] * (end - start)
    found.taken[span.start : span.end] = [True] * len(span)
    return Name(
        start, end, span.text, label, found.sentence_of(span.start), first_token=span.start, last_token=span.end - 1
    )
