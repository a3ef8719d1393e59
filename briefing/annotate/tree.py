"""Walking spaCy's parse safely and fast: up the dependency tree, and from a token to its sentence."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token


def climb(token: Token, keep_climbing: Callable[[Token], bool], limit: int | None = None) -> Token:
    """Follow heads from `token` while `keep_climbing(current)` holds, at most `limit` steps.

    Stops at the root, and never loops: odd input (control characters, stray symbols) can give
    a parse whose heads form a cycle, so each token is visited once.
    """
    seen = {token.i}
    steps = 0
    while keep_climbing(token) and token.head.i not in seen and (limit is None or steps < limit):
        token = token.head
        seen.add(token.i)
        steps += 1
    return token


def in_subtree(token: Token, root: Token) -> bool:
    """`token in root.subtree`, by climbing from `token` (spaCy's `is_ancestor`) instead of
    walking the subtree, which in a run-on sentence is most of the sentence."""
    return token == root or root.is_ancestor(token)


_SENTENCES = "briefing.sentences"
_TEXT = "briefing.text"


def text_of(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token's text again on each use."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def capitalised_beside(words: Span) -> bool:
    """Is there a capitalised word right before (in the sentence) or right after these words, so
    that they are part of a longer name?"""
    doc, start, end = words.doc, words.start, words.end
    return (start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start) or (
        end < len(doc) and doc[end].is_title
    )


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, worked out once per doc."""
    return _sentence_table(doc)[0]


def sentence_of(token: Token) -> Span:
    """`token.sent` in constant time; spaCy's own walks the doc's sentences on every call."""
    spans, index = _sentence_table(token.doc)
    return spans[index[token.i]]


NEAR = 100  # tokens: how far from a quote or a date its sentence is read, in a run-on sentence


def near(sentence: Span, first: int, last: int) -> Span:
    """The part of `sentence` within `NEAR` tokens of tokens `first`..`last`: all of a sentence
    of up to `NEAR` + 1 tokens (nearly every sentence of news), a bounded part of a paragraph with
    no full stop (thousands of words pasted from a table), so that a rule run for each quote or
    date in it stays linear."""
    return sentence.doc[max(sentence.start, first - NEAR) : min(sentence.end, last + 1 + NEAR)]


def _sentence_table(doc: Doc) -> tuple[list[Span], list[int]]:
    table = doc.user_data.get(_SENTENCES)
    if table is None:
        spans = list(doc.sents)
        index = [0] * len(doc)
        for number, span in enumerate(spans):
            index[span.start : span.end] = [number] * len(span)
        table = doc.user_data[_SENTENCES] = (spans, index)
    return table
