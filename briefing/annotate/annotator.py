"""The annotation steps over one spaCy parse: entities, then quotes, then dated expressions.

Paragraphs, headings and list items are sentence boundaries: the parse is told so before the
parser runs (`block_boundaries`), so no sentence, and no dependency, crosses a paragraph break
("NORTHTOWN, May 4" stays apart from the lead that follows it)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import BuildError, Problem
from ..model import Annotation, Brief, Document, IsoDate, LocalEntity, Timex
from . import disabled_rule_names
from .aliases import AliasIndex, name_key
from .attribution import QuoteFinder
from .datelines import block_starts, dateline_end
from .dates import find_expressions, range_shares_its_year, resolve, said_on_the_day, tense
from .entities import EntityFinder
from .entity_rules import rule_names
from .entity_rules.state import Switches
from .lexicon import LEXICON
from .quotes import OPENERS, apply_speaker_overrides
from .speakers import RULE_NAMES as QUOTE_RULES
from .tense import TENSE_RULE_NAMES
from .tree import climb, in_subtree, near, sentence_of, sentences

CLAUSE_LIMIT = 24  # words in an event summary
BLOCK_BOUNDARIES = "block_boundaries"


@Language.component(BLOCK_BOUNDARIES)
def block_boundaries(doc: Doc) -> Doc:
    """Start a sentence at the first word of each block and after a dateline, and never right
    after an opening quotation mark, nor after the full stop of a title written short before a
    name ("Sgt. Marie Lapointe", which the tokenizer splits). Blocks are joined by a blank line
    (`parse.BLOCK_SEPARATOR`), which no block's own text contains; spaCy's parser keeps the
    sentence starts it is given."""
    starts = block_starts(doc)
    first_words = set(starts)
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.i in first_words:
            token.is_sent_start = True
        elif _right_after_an_opener(doc, before) or _after_a_short_title(doc, token):
            token.is_sent_start = False
    for start in starts:
        end = dateline_end(doc, start)
        if end is not None:
            doc[end].is_sent_start = True
    return doc


def _right_after_an_opener(doc: Doc, before: Token) -> bool:
    """Is `before` an opening quotation mark (one with a space or nothing before it)?"""
    if before.text not in OPENERS:
        return False
    return before.i == 0 or doc[before.i - 1].whitespace_ != "" or doc[before.i - 1].is_space


def _after_a_short_title(doc: Doc, token: Token) -> bool:
    """Does a proper noun follow a title's full stop ("Sgt" + "." + "Marie")?"""
    if token.i < 2 or token.tag_ != "NNP" or doc[token.i - 1].text != ".":
        return False
    title = doc[token.i - 2]
    return title.whitespace_ == "" and title.is_title and title.lower_ in LEXICON.short_titles


def with_block_boundaries(nlp):
    """The pipeline, with `block_boundaries` in front of its parser (once)."""
    if "parser" in nlp.pipe_names and BLOCK_BOUNDARIES not in nlp.pipe_names:
        nlp.add_pipe(BLOCK_BOUNDARIES, before="parser")
    return nlp


def all_rule_names() -> list[str]:
    """Every rule that can be switched off: the entity layer's, quote attribution's, then the tense rules'."""
    return [*rule_names(), *QUOTE_RULES, *TENSE_RULE_NAMES]


def disabled_rules() -> frozenset[str]:
    """The rules named in BRIEFING_DISABLE_RULES (comma-separated), for measuring what each is
    worth (`make eval`); the annotation cache key includes them. An unknown name is an error."""
    names = disabled_rule_names()
    unknown = sorted(names - set(all_rule_names()))
    if unknown:
        hint = f"use one of {', '.join(all_rule_names())}"
        raise BuildError(Problem("BRIEFING_DISABLE_RULES", None, f"no rule {unknown[0]!r}", hint))
    return names


class Annotator:
    """The annotation steps, set up once per process for one model and alias table."""

    def __init__(self, nlp, index: AliasIndex, disabled: frozenset[str] | None = None) -> None:
        """`disabled`: entity, quote and tense rules to switch off, to measure them (default: those
        named in BRIEFING_DISABLE_RULES)."""
        disabled = disabled_rules() if disabled is None else disabled
        self.nlp = with_block_boundaries(nlp)
        self.find_entities = EntityFinder(nlp, index, disabled - set(QUOTE_RULES) - set(TENSE_RULE_NAMES))
        self.find_quotes = QuoteFinder(disabled & set(QUOTE_RULES))
        self.find_dates = DateFinder(disabled & set(TENSE_RULE_NAMES))

    def __call__(self, brief: Brief, document: Document, doc: Doc | None = None) -> tuple[Annotation, list[str]]:
        """The annotation and the editorial overrides that matched nothing."""
        doc = doc if doc is not None else self.nlp(document.text)
        return annotate_doc(doc, brief, document, self)

    def pipe(self, items: list[tuple[Brief, Document]], n_process: int = 1, batch_size: int = 16):
        texts = (document.text for _, document in items)
        for (brief, document), doc in zip(
            items, self.nlp.pipe(texts, n_process=n_process, batch_size=batch_size), strict=False
        ):
            yield annotate_doc(doc, brief, document, self)


def annotate_doc(doc: Doc, brief: Brief, document: Document, annotator: Annotator) -> tuple[Annotation, list[str]]:
    notes: list[str] = []
    found = annotator.find_entities(doc, brief.fixes)
    entities = found.entities
    quotes = annotator.find_quotes(doc, document.blocks, found, entities)

    def entity_named(name: str) -> int:
        for index, entity in enumerate(entities):
            if name_key(name) in {name_key(entity.name), *(name_key(a) for a in entity.aliases)}:
                return index
        entities.append(LocalEntity(name=name, type="PERSON", aliases=[]))
        return len(entities) - 1

    notes += apply_speaker_overrides(quotes, entities, brief.fixes.speakers, entity_named)
    quoted = [(q.start, q.end) for q in quotes]
    timexes = annotator.find_dates(doc, brief.date, found.token_entity, document, quoted)
    notes += apply_date_overrides(timexes, doc, brief.fixes.dates)
    sentence_offsets = [(s.start_char, s.end_char) for s in sentences(doc)]
    annotation = Annotation(
        sentences=sentence_offsets, entities=entities, mentions=found.mentions, quotes=quotes, timexes=timexes
    )
    return annotation, notes


class DateFinder:
    """The brief's dated expressions (`find_timexes`), with the tense rules `disabled` switched
    off; `last_fired`: which tense rule decided how many dates of the last brief."""

    def __init__(self, disabled: frozenset[str] | set[str] = frozenset()) -> None:
        unknown = set(disabled) - set(TENSE_RULE_NAMES)
        if unknown:
            raise ValueError(f"unknown tense rule {sorted(unknown)} — known rules: {', '.join(TENSE_RULE_NAMES)}")
        self.disabled = frozenset(disabled)
        self.last_fired: dict[str, int] = {}

    def __call__(
        self, doc: Doc, brief_date: dt.date, token_entity: dict[int, int], document: Document, quoted
    ) -> list[Timex]:
        switches = Switches(self.disabled)
        timexes = find_timexes(doc, brief_date, token_entity, document, quoted, switches)
        self.last_fired = dict(switches.fired)
        return timexes


def find_timexes(
    doc: Doc,
    brief_date: dt.date,
    token_entity: dict[int, int],
    document: Document,
    quoted: list[tuple[int, int]],
    switches: Switches | None = None,
) -> list[Timex]:
    """The brief's dated expressions; `quoted` are the quotes' character spans; `switches`: the
    tense rules that are on."""
    sentence_number = {s.start: n for n, s in enumerate(sentences(doc))}
    text = document.text  # the same string as doc.text, which spaCy rebuilds on every use
    timexes = []
    resolved = []
    for found in find_expressions(doc):
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is not None:
            resolve(found, text, brief_date, tense(span.root, switches))
            resolved.append((found, span))
    lead = next(((b.start, b.end) for b in document.blocks if b.kind == "paragraph"), (0, 0))
    said_on_the_day(resolved, quoted, brief_date, lead)
    range_shares_its_year(resolved, text)
    for found, span in resolved:
        value = found.value
        if value is None or not plausible_year(value, brief_date):
            continue
        sentence = sentence_of(span.root)
        entity_ids = sorted(
            {token_entity[t.i] for t in near(sentence, span.start, span.end - 1) if t.i in token_entity}
        )
        timexes.append(
            Timex(
                start=found.start,
                end=found.end,
                expression=text[found.start : found.end],
                value=value.text,
                granularity=value.granularity,
                sentence=sentence_number[sentence.start],
                summary=clause_summary(span.root),
                entities=entity_ids,
            )
        )
    return timexes


def plausible_year(value: IsoDate, brief_date: dt.date) -> bool:
    """Dates more than two centuries from the brief are almost surely misreadings."""
    return abs(value.year - brief_date.year) <= 200


def clause_summary(token: Token) -> str:
    """What happened: the clause around the expression, trimmed to a readable length."""
    verb = climb(token, lambda t: t.pos_ not in ("VERB", "AUX"))
    around = near(sentence_of(verb), token.i, token.i)
    if verb.pos_ not in ("VERB", "AUX"):  # no verb in the parse: the clauses cannot be told apart
        return _trimmed(around.text)
    keep = {verb.i}
    for child in verb.children:
        if child.dep_ in (
            "advcl",
            "relcl",
            "conj",
            "cc",
            "parataxis",
            "ccomp",
            "mark",
            "appos",
            "npadvmod",
        ) and not in_subtree(token, child):
            continue
        keep.update(_subtree_within(child, around))
    tokens = [verb.doc[i] for i in sorted(keep)]  # all in the verb's sentence
    words = "".join(_with_gap(t, tokens[n + 1] if n + 1 < len(tokens) else None) for n, t in enumerate(tokens))
    words = re.sub(r"[\s,;:]+([.!?])$", r"\1", words.strip())  # "resigned on Monday, ." (a clause cut off)
    words = re.sub(r"^[\W_]+|[\s,;:\u2013\u2014-]+$", "", words)
    return _trimmed(words) or sentence_of(verb).text.strip()


def _trimmed(words: str) -> str:
    parts = words.split()
    return " ".join(parts[:CLAUSE_LIMIT]) + " …" if len(parts) > CLAUSE_LIMIT else words.strip()


def _subtree_within(child: Token, around: Span) -> list[int]:
    """The indices of `child`'s subtree inside `around`; a subtree wider than `around` (a run-on
    sentence) is tested token by token by ancestry instead of walked whole."""
    if child.right_edge.i < around.start or child.left_edge.i >= around.end:
        return []
    if child.right_edge.i - child.left_edge.i < len(around):
        return [t.i for t in child.subtree if around.start <= t.i < around.end]
    return [t.i for t in around if in_subtree(t, child)]


def _with_gap(token: Token, following: Token | None) -> str:
    """The token's text and, where the summary leaves words out after it, a space: "The strike,
    the union said, would end" is "The strike would end", not "The strikewould end"."""
    if following is None or following.i == token.i + 1:
        return token.text_with_ws
    return token.text + " "


def apply_date_overrides(timexes: list[Timex], doc: Doc, overrides: list[dict]) -> list[str]:
    unmatched = []
    spans = sentences(doc)
    for override in overrides:
        expression = str(override["expression"]).casefold()
        context = str(override.get("context") or "").casefold()
        hits = [
            t for t in timexes if t.expression.casefold() == expression and context in spans[t.sentence].text.casefold()
        ]
        if not hits:
            unmatched.append(f"date override for {override['expression']!r} matches no dated expression")
            continue
        try:
            value = IsoDate.parse(str(override["date"]))
        except ValueError:
            unmatched.append(
                f"date override {override['date']!r} for {override['expression']!r} is not a calendar date"
            )
            continue
        for t in hits:
            t.value, t.granularity = value.text, value.granularity
    return unmatched
