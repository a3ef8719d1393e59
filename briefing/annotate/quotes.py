"""Direct quotes: the quote layer's word lists, and finding quotes in the text.

Extraction works on the text alone, block by block, so that an unbalanced quotation mark is
dropped at the end of its paragraph instead of swallowing the rest of the article. A
paragraph that opens a quote and does not close it continues into the next paragraph when
that one reopens the quote (the newspaper convention for long quotes). A block quotation
(Markdown `>`) with no marks of its own is a quote as a whole. A paragraph with no double
marks may quote speech in single marks, as British papers do ('We won,' she said); see
`single_quote_spans`.

Who said each quote is decided in `attribution.py` by the ordered rules of `speakers.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, LocalEntity, Quote
from .lexicon import LEXICON

OPENERS = {"\u201c": "\u201d", '"': '"', "\u201e": "\u201d"}
CLOSERS = {"\u201d", '"'}
SINGLE_MARKS = {"'", "\u2018", "\u2019"}
SPEECH_END = ",.!?"  # what ends quoted speech inside its closing mark: 'We won,' she said


@dataclass
class QuoteSpan:
    start: int  # at the opening mark
    end: int  # after the closing mark (or the end of the block for an open multi-paragraph quote)
    inner_start: int
    inner_end: int
    block: int

    @property
    def left_open(self) -> bool:
        """Left open at its paragraph's end, where the next paragraph reopens it: one quote over
        two paragraphs (not a block quotation, which has no marks)."""
        return self.inner_end == self.end and self.inner_start != self.start


def find_quote_spans(text: str, blocks: list[Block]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    for b, block in enumerate(blocks):
        if block.kind in ("heading", "table"):
            continue
        open_at: int | None = None
        found_before = len(spans)
        double_marks = False
        for i in range(block.start, block.end):
            direction = mark_direction(text, i, block.start, open_at is not None)
            double_marks = double_marks or direction is not None
            if direction == "open":
                open_at = i  # a second opener before a closer: the first was unbalanced, recover here
            elif direction == "close" and open_at is not None:
                spans.append(QuoteSpan(open_at, i + 1, open_at + 1, i, b))
                open_at = None
        nxt = blocks[b + 1] if b + 1 < len(blocks) else None
        # continued in the next paragraph, which reopens the quote: a multi-paragraph quote
        if open_at is not None and nxt is not None and text[nxt.start] in OPENERS and block.end - open_at > 1:
            spans.append(QuoteSpan(open_at, block.end, open_at + 1, block.end, b))
        if not double_marks:
            reopened = nxt is not None and opens_single_quote(text, nxt.start, nxt.start, nxt.end)
            spans += single_quote_spans(text, block.start, block.end, b, reopened)
        if block.kind == "blockquote" and len(spans) == found_before:
            spans.append(QuoteSpan(block.start, block.end, block.start, block.end, b))
    return spans


def single_quote_spans(text: str, start: int, end: int, block: int, reopened: bool = False) -> list[QuoteSpan]:
    """Speech in single marks, in a paragraph with no double ones. A single mark is also an
    apostrophe ("don't", "the farmers' union", "the '90s"), so only a mark after a space that a
    word follows opens, and only a mark right after the speech's own , . ! or ? and before a
    space closes: 'We are delighted,' said the coach. A later opener before any closer replaces
    the earlier, which was an apostrophe. A quote still open at the paragraph's end, ending as
    a sentence does, runs on where the next paragraph opens a single quote (`reopened`), as with
    double marks."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(start, end):
        if text[i] not in SINGLE_MARKS:
            continue
        if opens_single_quote(text, i, start, end):
            open_at = i
        elif open_at is not None and (
            ends_speech(text, i, end)
            or ends_partial_quote(text, i, end)
            and inside_a_sentence(text, start, open_at)
            and not text[max(start, open_at - 10) : open_at].rstrip().lower().endswith("so-called")
        ):
            if len(text[open_at + 1 : i].split()) >= 2:
                spans.append(QuoteSpan(open_at, i + 1, open_at + 1, i, block))
            open_at = None
    if open_at is not None and reopened and runs_on(text, start, end, open_at):
        spans.append(QuoteSpan(open_at, end, open_at + 1, end, block))
    return spans


def ends_speech(text: str, i: int, end: int) -> bool:
    """Does the single mark at `i` close speech that ends inside it: 'We won,' she said."""
    nxt = text[i + 1] if i + 1 < end else " "
    return text[i - 1] in SPEECH_END and (nxt.isspace() or nxt in ")]" or i + 1 == end)


def ends_partial_quote(text: str, i: int, end: int) -> bool:
    """Does the single mark at `i` close words quoted inside a sentence, whose punctuation stays
    outside the mark as British copy puts it: called the offer 'an insult to drivers'. Or the
    sentence goes on after it: clubs bought 'on a credit card' by owners, it 'regrets the action'
    and. A plural possessive ("the farmers' union") is followed by the word it owns, so after an
    "s" only a word that joins ("by", "and", "in" …) closes."""
    after = text[i + 1 : i + 3]
    if not text[i - 1].isalnum():
        return False
    if after[:1] in ".,;:!?" and (len(after) < 2 or after[1].isspace()):
        return True
    word = re.match(r" ([a-z]+)\b", text[i + 1 : min(end, i + 16)])
    return word is not None and (text[i - 1] != "s" or word.group(1) in LEXICON.joining_words)


def inside_a_sentence(text: str, start: int, open_at: int) -> bool:
    """Does the quote open inside a sentence ("called it 'a betrayal'."), not at its start,
    where speech is quoted whole and a plural possessive may end a word inside it ('The money
    is the taxpayers', not the government's,' she said)?"""
    before = text[start:open_at].rstrip()
    return bool(before) and before[-1] not in ".!?:"


def runs_on(text: str, start: int, end: int, open_at: int) -> bool:
    """Is a single quote left open at the end of its paragraph speech that runs on? Only one that
    opens the paragraph, a sentence ("'We won,' she said. 'Nobody thought we could.") or follows
    a colon, ends as a sentence does, and holds no mark glued to the end of a word ("the
    so-called 'bedroom tax' in the Commons" closed its quote there)."""
    inner = text[open_at + 1 : end]
    glued_close = re.search(r"\w['\u2019](?=[\s,.;:!?)]|$)", inner) is not None
    return opens_a_sentence(text, start, open_at) and inner.rstrip()[-1:] in ".!?" and not glued_close


def opens_a_sentence(text: str, start: int, mark: int) -> bool:
    """Does the quotation mark at `mark` open its paragraph (which begins at `start`) or a sentence
    of it: after . ! ? or :, past a single mark that closes the speech before?"""
    before = text[start:mark].rstrip().rstrip("'\u2019")
    return not before or before[-1] in ".!?:"


def opens_single_quote(text: str, i: int, start: int, end: int) -> bool:
    """Does the single mark at `i`, in the paragraph from `start` to `end`, open a quote: after a
    space, a bracket, a dash or a colon (or at the paragraph's start), before a word that is no
    elision?"""
    prev = text[i - 1] if i > start else " "
    return (
        i + 1 < end
        and text[i] in SINGLE_MARKS
        and (prev.isspace() or prev in "([\u2014\u2013:")
        and text[i + 1].isalnum()
        and not elided(text, i + 1, end)
    )


def mark_direction(text: str, i: int, block_start: int, is_open: bool) -> str | None:
    """Whether the character at `i` opens a quote, closes one, or is no quotation mark.

    A straight mark opens after a space or bracket and closes otherwise. A curly mark says its
    direction, but typists and converters often close with an opening mark (“…“) or open with a
    closing one (”…”): a mark glued to the word before it while a quote is open closes it, and
    a closing mark after a space, with no quote open and a word right after it, opens one."""
    ch = text[i]
    if ch not in OPENERS and ch not in CLOSERS:
        return None
    prev = text[i - 1] if i > block_start else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    after_space = prev.isspace() or prev in "([{\u2014\u2013-/:" or i == block_start
    if ch == '"':
        return "open" if after_space else "close"
    if ch in OPENERS and is_open and not after_space and not nxt.isalnum():
        return "close"
    if ch in CLOSERS and not is_open and after_space and (nxt.isalnum() or nxt in "'\u2018"):
        return "open"
    return "open" if ch in OPENERS else "close"


def elided(text: str, i: int, end: int) -> bool:
    """Does the word at `i` follow an apostrophe that stands for letters left out: "the '90s", "'08",
    "let 'em go", "rock 'n' roll"?"""
    word = re.match(r"[\w]+", text[i:end])
    return word is not None and (
        re.fullmatch(r"\d\ds?", word.group()) is not None or word.group().lower() in LEXICON.elisions
    )


def is_title_like(words: list[str]) -> bool:
    """ "Dreams of the Lighthouse Keepers", "Hope": a name in quotation marks, not speech."""
    content = [w for w in words if w.lower() not in {"of", "the", "and", "a", "an", "for", "in", "on", "to"}]
    return bool(content) and len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def apply_speaker_overrides(
    quotes: list[Quote], entities: list[LocalEntity], overrides: list[dict], new_entity
) -> list[str]:
    """Editors set or clear a quote's speaker in front matter; returns overrides that matched nothing."""
    unmatched = []
    for override in overrides:
        prefix = normalise(str(override["quote"]))
        matches = [q for q in quotes if normalise(q.text).startswith(prefix)]
        if not matches:
            unmatched.append(f"speaker override for quote {override['quote']!r} matches no quote")
            continue
        speaker_name = override.get("speaker")
        for quote in matches:
            quote.speaker = None if speaker_name is None else new_entity(str(speaker_name))
            quote.method = "override"
    return unmatched


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().strip("\"'\u201c\u201d").casefold()
