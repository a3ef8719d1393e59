"""Direct quotes with their speakers: the quotes `quotes.py` finds in the text, each given the
speech verb or phrase that reports it (its cue) and the speaker `speakers.RULES` decide."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Block, LocalEntity, Quote
from .entities import EntityResult
from .lexicon import LEXICON
from .quotes import QuoteSpan, find_quote_spans, is_title_like
from .speakers import RULE_NAMES, QuoteContext, attribute, is_passive, speaker_given_where_it_runs_on
from .tree import in_subtree, near, sentence_of, sentences, text_of


class QuoteFinder:
    def __init__(self, disabled: frozenset[str] | set[str] = frozenset()) -> None:
        unknown = set(disabled) - set(RULE_NAMES)
        if unknown:
            raise ValueError(f"unknown quote rule {sorted(unknown)} — known rules: {', '.join(RULE_NAMES)}")
        self.disabled = frozenset(disabled)
        self.last_fired: dict[str, int] = {}  # which rule attributed how many quotes of the last brief

    def __call__(self, doc: Doc, blocks: list[Block], found: EntityResult, entities: list[LocalEntity]) -> list[Quote]:
        text = text_of(doc)
        spans = find_quote_spans(text, blocks)
        inside = [False] * len(doc)
        token_spans = []
        for span in spans:
            tokens = doc.char_span(span.inner_start, span.inner_end, alignment_mode="expand")
            token_spans.append(tokens)
            if tokens is not None:
                for t in tokens:
                    inside[t.i] = True
            for i in {span.start, span.end - 1} - {span.inner_start, span.inner_end - 1}:  # the marks themselves
                mark = doc.char_span(i, i + 1, alignment_mode="expand")
                if mark is not None:
                    for t in mark:
                        inside[t.i] = True
        sentence_index = {s.start: n for n, s in enumerate(sentences(doc))}
        quotes: list[Quote] = []
        quoted_spans: list[QuoteSpan] = []
        previous = None
        self.last_fired = {}
        for span, tokens in zip(spans, token_spans, strict=False):
            if tokens is None or len(tokens) == 0:
                continue
            inner = text[span.inner_start : span.inner_end].strip()
            words = re.findall(r"[\w'’-]+", inner)
            if not words or is_title_like(words):
                continue
            first, last = tokens[0], tokens[-1]
            cue = find_cue(window(doc, first, last), first, last, inside, short=len(words) <= 2)
            short = len(words) == 1 or len(words) == 2 and cue is None
            if short and not is_a_sentence_of_its_own(text, span.start, inner):
                continue  # scare quotes and terms: a word or two in quotation marks, not speech
            context = QuoteContext(doc, text, found, entities, quotes, inside, span, first, last, cue, previous)
            speaker, method = attribute(context, self.disabled, self.last_fired) or (None, "none")
            quote = Quote(
                start=span.start,
                end=span.end,
                text=inner,
                speaker=speaker,
                method=method,
                sentence=sentence_index[sentence_of(first).start],
                cue=cue_text(cue),
            )
            quotes.append(quote)
            quoted_spans.append(span)
            previous = (quote, span)
        if speaker_given_where_it_runs_on.__name__ not in self.disabled:
            speaker_given_where_it_runs_on(quotes, quoted_spans, blocks, text, self.last_fired)
        return quotes


def is_a_sentence_of_its_own(text: str, start: int, inner: str) -> bool:
    """A quote that opens a sentence, begins with a capital and ends with its own full stop is
    words said, however short: "We are writing by hand," she said. "It's chaos." A term in
    quotation marks sits inside a sentence ("the plan, dubbed "Project Fear.", failed")."""
    before = text[:start].rstrip()
    return inner[:1].isupper() and inner.rstrip()[-1:] in ".!?" and (not before or before[-1] in ".!?:\"\u201d\u2019'")


def cue_text(cue: Token | None) -> str | None:
    if cue is None:
        return None
    return {"according": "according to", "words": "in the words of"}.get(cue.lower_, cue.text)


def window(doc: Doc, first: Token, last: Token) -> list[Token]:
    """The sentences the quote touches, plus a short attribution sentence just after it in the
    same paragraph ("… ." he said.) or an introducing sentence just before it, ending in a colon, or in a comma
    where a paragraph break cut it ("Jane Roe stated,¶"…""). Of a run-on sentence, only the
    part near the quote (`near`)."""
    start_sent, end_sent = sentence_of(first), sentence_of(last)
    tokens = list(near(doc[start_sent.start : end_sent.end], first.i, last.i))
    if end_sent.end < len(doc):
        nxt = sentence_of(doc[end_sent.end])
        if len(nxt) <= 12 and not any("\n\n" in t.text for t in doc[last.i : nxt.start + 1]):
            tokens += list(nxt)  # not from the next paragraph, which attributes its own quotes
    if start_sent.start > 0:
        prev = sentence_of(doc[start_sent.start - 1])
        ending = [t for t in prev if not t.is_space][-2:]
        if any(t.text in (":", ",") for t in ending):
            tokens = list(near(prev, prev.end - 1, prev.end - 1)) + tokens
    return tokens


def is_phrase_cue(token: Token) -> bool:
    """ "according to", "in the words of"."""
    doc = token.doc
    if token.lower_ == "according":
        return token.i + 1 < len(doc) and token.nbor().lower_ == "to"
    return (
        token.lower_ == "words"
        and 2 <= token.i < len(doc) - 1
        and (doc[token.i - 2].lower_, doc[token.i - 1].lower_, doc[token.i + 1].lower_) == ("in", "the", "of")
    )


def find_cue(tokens: list[Token], first: Token, last: Token, inside: list[bool], short: bool) -> Token | None:
    """The speech verb or phrase nearest the quote; a passive speech verb ("she was told") only
    when no "according to" reports the quote too. Weak verbs count only with the quote as object;
    a participle describing a noun ("in a written statement") not at all."""
    candidates = []
    for token in tokens:
        if inside[token.i]:
            continue
        phrase = is_phrase_cue(token)
        if not phrase and (not is_speech_verb(token) or token.dep_ == "amod"):
            continue  # "said in a written statement": a participle describing a noun tells nothing
        if not phrase and token.lemma_.lower() in LEXICON.weak_speech_verbs and not governs_quote(token, first, last):
            continue
        if short and not phrase and not governs_quote(token, first, last):
            continue
        if not phrase and speech_declined(token, inside):
            continue
        distance = first.i - token.i if token.i < first.i else token.i - last.i
        passive = not phrase and is_passive(token) and token.lemma_.lower() != "quote"
        after_it = token.i > last.i and not phrase and not in_subtree(first, token)
        candidates.append((passive, distance, token.i, token, after_it))
    if not candidates:
        return None
    if any(c[0] for c in candidates) and not any(is_phrase_cue(c[3]) for c in candidates):
        candidates = [(False, *c[1:]) for c in candidates]  # no better cue: the passive one will do
    if any(c[3].i < first.i and in_subtree(first, c[3]) for c in candidates):
        candidates = [c for c in candidates if not c[4]]  # "X said the firm was "…" and urged …"
    return min(candidates)[3]


def speech_declined(verb: Token, inside: list[bool]) -> bool:
    """ "Alves declined to comment", "she did not say": speech that did not happen says nothing
    (a "not" the quote says, "Absolutely not," he replied, is the quote's)."""
    declined = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in LEXICON.declining_verbs
    return declined or any(c.dep_ == "neg" and c.i < verb.i and not inside[c.i] for c in verb.children)


def is_speech_verb(token: Token) -> bool:
    """A speech verb, also where the tagger took "notes" or "states" in "Acme notes, "…"" for a
    plural noun: a word ending in -s, a speech verb without it, that heads its sentence or is
    followed by a comma or colon and a quotation mark."""
    if token.lemma_.lower() in LEXICON.speech_verbs and token.pos_ in ("VERB", "AUX"):
        return True
    if token.tag_ != "NNS" or token.lower_[:-1] not in LEXICON.speech_verbs:
        return False
    following = token.doc[token.i + 1 : token.i + 3]
    return token.dep_ == "ROOT" or [t.text for t in following][:1] in ([","], [":"]) and len(following) == 2


def governs_quote(verb: Token, first: Token, last: Token) -> bool:
    """The quote is in the verb's subtree, or beside the verb under one head."""
    overlap = first.doc[max(first.i, verb.left_edge.i) : min(last.i, verb.right_edge.i) + 1]
    return any(in_subtree(t, verb) for t in overlap) or verb.head.i == first.head.i
