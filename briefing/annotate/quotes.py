"""Direct quotes and who said them.

Extraction works on the text alone, block by block, so that an unbalanced quotation mark is
dropped at the end of its paragraph instead of swallowing the rest of the article. A
paragraph that opens a quote and does not close it continues into the next paragraph when
that one reopens the quote (the newspaper convention for long quotes).

Attribution works on spaCy's parse: a speech verb near the quote ("said", "told", "according
to"), its subject, and that subject's entity: named, a role ("the US President"), or a pronoun
resolved to the person most recently in subject position. A quote with no speech verb of its
own continues the quote just before it when nothing intervenes; otherwise it stays unattributed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Block, LocalEntity, Quote
from .entities import EntityResult
from .tree import climb, sentence_of, sentences, text_of

SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "warn",
    "state",
    "explain",
    "claim",
    "insist",
    "note",
    "argue",
    "announce",
    "declare",
    "write",
    "ask",
    "reply",
    "respond",
    "comment",
    "confirm",
    "deny",
    "admit",
    "acknowledge",
    "suggest",
    "report",
    "describe",
    "urge",
    "predict",
    "stress",
    "emphasise",
    "emphasize",
    "conclude",
    "recall",
    "remark",
    "reiterate",
    "tweet",
    "post",
    "testify",
    "quip",
    "joke",
    "continue",
    "observe",
    "caution",
    "complain",
    "concede",
    "contend",
    "assert",
    "maintain",
    "promise",
    "vow",
    "pledge",
    "threaten",
    "boast",
    "lament",
    "point",
    "mention",
    "call",
    "question",
    "wonder",
    "shout",
    "scream",
    "whisper",
    "recount",
    "remind",
    "believe",
    "think",
    "accuse",
    "criticise",
    "criticize",
    "praise",
    "read",
    "proclaim",
    "estimate",
    "agree",
    "demand",
    "advise",
    "exclaim",
}
PRONOUN_PEOPLE = {"he", "she", "him", "her"}
GROUP_NOUNS = {
    "company",
    "firm",
    "ministry",
    "department",
    "agency",
    "government",
    "group",
    "organisation",
    "organization",
    "office",
    "party",
    "court",
    "police",
    "team",
    "union",
    "bank",
    "carmaker",
    "automaker",
    "airline",
    "manufacturer",
    "retailer",
    "club",
    "council",
    "board",
    "committee",
    "administration",
    "church",
    "newspaper",
    "magazine",
    "website",
    "statement",
    "report",
}
OPENERS = {"\u201c": "\u201d", '"': '"', "\u201e": "\u201d"}
CLOSERS = {"\u201d", '"'}


@dataclass
class QuoteSpan:
    start: int  # at the opening mark
    end: int  # after the closing mark (or the end of the block for an open multi-paragraph quote)
    inner_start: int
    inner_end: int
    block: int


def find_quote_spans(text: str, blocks: list[Block]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    for b, block in enumerate(blocks):
        if block.kind in ("heading", "table"):
            continue
        open_at: int | None = None
        for i in range(block.start, block.end):
            ch = text[i]
            if ch not in OPENERS and ch not in CLOSERS:
                continue
            prev = text[i - 1] if i > block.start else " "
            if ch == '"':
                is_open = prev.isspace() or prev in "([{\u2014\u2013-/:" or i == block.start
                is_close = not is_open
            else:
                is_open, is_close = ch in OPENERS, ch in CLOSERS
            if is_open:
                open_at = i  # a second opener before a closer: the first was unbalanced, recover here
            elif is_close and open_at is not None:
                spans.append(QuoteSpan(open_at, i + 1, open_at + 1, i, b))
                open_at = None
        if open_at is not None:
            # continued in the next paragraph, which reopens the quote: a multi-paragraph quote
            nxt = blocks[b + 1] if b + 1 < len(blocks) else None
            if nxt is not None and text[nxt.start] in OPENERS and block.end - open_at > 1:
                spans.append(QuoteSpan(open_at, block.end, open_at + 1, block.end, b))
    return spans


def is_title_like(words: list[str]) -> bool:
    """ "Dreams of the Lighthouse Keepers", "Hope": a name in quotation marks, not speech."""
    content = [w for w in words if w.lower() not in {"of", "the", "and", "a", "an", "for", "in", "on", "to"}]
    return bool(content) and len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in content)


class QuoteFinder:
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
            for i in (span.start, span.end - 1):  # the marks themselves
                mark = doc.char_span(i, i + 1, alignment_mode="expand")
                if mark is not None:
                    for t in mark:
                        inside[t.i] = True
        sentence_index = {s.start: n for n, s in enumerate(sentences(doc))}
        quotes: list[Quote] = []
        previous: tuple[Quote, QuoteSpan] | None = None
        for span, tokens in zip(spans, token_spans, strict=False):
            if tokens is None or len(tokens) == 0:
                continue
            inner = text[span.inner_start : span.inner_end].strip()
            words = re.findall(r"[\w'’-]+", inner)
            if not words or is_title_like(words):
                continue
            first, last = tokens[0], tokens[-1]
            window = self._window(doc, first, last)
            cue = self._cue(window, first, last, inside, short=len(words) <= 2)
            if len(words) == 1 or len(words) == 2 and cue is None:
                continue  # scare quotes and terms: a word or two in quotation marks, not speech
            sentence = sentence_index[sentence_of(first).start]
            speaker, method = None, "none"
            cue_text = None
            if cue is not None:
                cue_text = cue.text if cue.lower_ != "according" else "according to"
                speaker, method = self._speaker(doc, cue, found, entities, quotes, inside)
            if (
                speaker is None
                and previous is not None
                and previous[0].speaker is not None
                and self._continues(previous[1], span, text)
            ):
                speaker, method = previous[0].speaker, "continuation"
            if speaker is None:
                speaker, method = self._from_context(doc, first, found, entities, quotes, inside)
            quote = Quote(
                start=span.start,
                end=span.end,
                text=inner,
                speaker=speaker,
                method=method,
                sentence=sentence,
                cue=cue_text,
            )
            quotes.append(quote)
            previous = (quote, span)
        return quotes

    def _window(self, doc: Doc, first: Token, last: Token) -> list[Token]:
        """The sentences the quote touches, plus a short attribution sentence just after it
        ("… ." he said.) or an introducing sentence ending in a colon just before it."""
        start_sent, end_sent = sentence_of(first), sentence_of(last)
        lo, hi = start_sent.start, end_sent.end
        if hi < len(doc):
            nxt = sentence_of(doc[hi])
            if len(nxt) <= 12:
                hi = nxt.end
        if lo > 0:
            prev = sentence_of(doc[lo - 1])
            if prev[-1].text == ":" or (len(prev) > 1 and prev[-2].text == ":"):
                lo = prev.start
        return [doc[i] for i in range(lo, hi)]

    def _cue(self, window: list[Token], first: Token, last: Token, inside: list[bool], short: bool) -> Token | None:
        best, best_distance = None, None
        for token in window:
            if inside[token.i]:
                continue
            is_verb = token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")
            is_according = token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"
            if not (is_verb or is_according):
                continue
            if token.lemma_.lower() in (
                "think",
                "believe",
                "agree",
                "read",
                "call",
                "question",
                "point",
                "continue",
            ) and not self._governs_quote(token, first, last):
                continue  # weak cues count only when the quote is their object
            if short and not self._governs_quote(token, first, last) and not is_according:
                continue
            distance = first.i - token.i if token.i < first.i else token.i - last.i
            if best_distance is None or distance < best_distance:
                best, best_distance = token, distance
        return best

    @staticmethod
    def _governs_quote(verb: Token, first: Token, last: Token) -> bool:
        return any(first.i <= t.i <= last.i for t in verb.subtree) or verb.head.i == first.head.i

    def _speaker(
        self,
        doc: Doc,
        cue: Token,
        found: EntityResult,
        entities: list[LocalEntity],
        quotes: list[Quote],
        inside: list[bool],
    ):
        if cue.lower_ == "according":
            to = cue.nbor()
            objects = [c for c in to.children if c.dep_ == "pobj"] or [t for t in doc[to.i + 1 : to.i + 8]]
            subject = objects[0] if objects else None
        else:
            subject = self._subject(cue)
        if subject is None or inside[subject.i]:
            return None, "none"
        entity = self._entity_of(subject, found, entities)
        if entity is not None:
            how = next((m.how for m in found.mentions if m.entity == entity and m.start <= subject.idx < m.end), "name")
            return entity, "role" if how == "role" else "named"
        if subject.lower_ in PRONOUN_PEOPLE:
            person = self._recent_person(doc, subject, found, entities, quotes, inside)
            return (person, "pronoun") if person is not None else (None, "none")
        if subject.lemma_.lower() in GROUP_NOUNS and subject.pos_ == "NOUN":
            org = self._recent_entity(doc, subject, found, entities, inside, {"ORG"})
            if org is not None:
                return org, "role"
        if subject.lower_ in ("it", "they"):
            org = self._recent_entity(doc, subject, found, entities, inside, {"ORG"})
            if org is not None:
                return org, "pronoun"
        return None, "none"

    def _from_context(
        self,
        doc: Doc,
        first: Token,
        found: EntityResult,
        entities: list[LocalEntity],
        quotes: list[Quote],
        inside: list[bool],
    ):
        """No speech verb: the person the sentence is about ("Ingram dubbed the conflict …: "…""),
        or, for a quote that stands as a sentence of its own, the person the sentence before was
        about ("Medvedev went on television. "There is no more important task …"")."""
        sentence = sentence_of(first)
        root = sentence.root
        standalone = all(inside[t.i] or t.is_punct for t in sentence)
        if standalone and sentence.start > 0:
            root = sentence_of(doc[sentence.start - 1]).root
            if inside[root.i]:
                return None, "none"
        elif inside[root.i]:
            return None, "none"
        subject = self._subject(root)
        if subject is None or inside[subject.i]:
            return None, "none"
        entity = self._entity_of(subject, found, entities)
        method = "continuation" if standalone else "named"
        if entity is not None and entities[entity].type == "PERSON":
            return entity, method
        if subject.lower_ in PRONOUN_PEOPLE:
            person = self._recent_person(doc, subject, found, entities, quotes, inside)
            if person is not None:
                return person, "pronoun"
        return None, "none"

    @staticmethod
    def _subject(verb: Token) -> Token | None:
        for candidate in (verb, verb.head if verb.dep_ in ("conj", "xcomp", "advcl") else None):
            if candidate is None:
                continue
            for child in candidate.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if child.lower_ in ("who", "which", "that") and candidate.dep_ == "relcl":
                        return candidate.head
                    return child
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "acl":  # "a statement reading …", "the report, saying …"
            return verb.head
        return None

    @staticmethod
    def _entity_of(subject: Token, found: EntityResult, entities: list[LocalEntity]) -> int | None:
        if subject.i in found.token_entity:
            return found.token_entity[subject.i]
        in_subtree = [found.token_entity[t.i] for t in subject.subtree if t.i in found.token_entity]
        people = [e for e in in_subtree if entities[e].type == "PERSON"]
        if people:
            return people[-1]
        speakers = [e for e in in_subtree if entities[e].type in ("ORG", "GPE", "NORP")]
        return speakers[-1] if speakers else None

    def _recent_person(
        self,
        doc: Doc,
        pronoun: Token,
        found: EntityResult,
        entities: list[LocalEntity],
        quotes: list[Quote],
        inside: list[bool],
    ) -> int | None:
        """The person a "he"/"she" most likely refers to. Sentence by sentence back from the
        pronoun (three at most, quotes skipped): a person who speaks (subject of a speech verb,
        or "according to" them), else a person in subject position; else the last speaker."""
        sentence = sentence_of(pronoun)
        for _ in range(4):
            people = []
            for token in sentence:
                if token.i >= pronoun.i or inside[token.i]:
                    continue
                e = found.token_entity.get(token.i)
                if e is None or entities[e].type != "PERSON":
                    continue
                people.append((self._person_weight(token), token.i, e))
            if people:
                weight, _, e = max(people)
                if weight > 0:
                    return e
            if sentence.start == 0:
                break
            sentence = sentence_of(doc[sentence.start - 1])
        for quote in reversed(quotes):
            if quote.speaker is not None and entities[quote.speaker].type == "PERSON":
                return quote.speaker
        return None

    @staticmethod
    def _person_weight(token: Token) -> int:
        """2 for a speaker, 1 for a subject, 0 otherwise."""
        head = climb(token, lambda t: t.dep_ in ("compound", "flat", "appos"))
        governor = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and governor.lemma_.lower() in SPEECH_VERBS:
            return 2
        if (
            head.dep_ == "pobj"
            and governor.lower_ == "to"
            and governor.i > 0
            and governor.nbor(-1).lower_ == "according"
        ):
            return 2
        if head.dep_ in ("nsubj", "nsubjpass"):
            return 1
        return 0

    @staticmethod
    def _recent_entity(
        doc: Doc, token: Token, found: EntityResult, entities: list[LocalEntity], inside: list[bool], types: set[str]
    ) -> int | None:
        for i in range(token.i - 1, -1, -1):
            e = found.token_entity.get(i)
            if e is not None and not inside[i] and entities[e].type in types:
                return e
        return None

    @staticmethod
    def _continues(previous: QuoteSpan, span: QuoteSpan, text: str) -> bool:
        """Does this quote carry on the previous one: same paragraph, or the next paragraph
        opening with it, with no other named person or speech in between?"""
        if span.block - previous.block > 1:
            return False
        if span.block != previous.block:
            block_text_before = text[span.start - 1 : span.start] if span.start else ""
            if not (block_text_before in ("\n", "") or text[span.start - 2 : span.start] == "\n\n"):
                return False
        between = text[previous.end : span.start]
        return len(between.split()) <= 40 and not re.search(r"[.!?]\s+[A-Z][^.!?]*\b(said|says|told)\b", between)


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
