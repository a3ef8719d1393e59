"""What the entity rules share while they work on one brief: the names found so far, the tokens
they cover, the groups made of them, and which rules are switched on."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...model import LocalEntity, Mention
from ..aliases import AliasIndex, AliasRecord, name_key
from ..cues import classifier_type
from ..lexicon import LEXICON
from ..tree import sentences
from .words import looks_like_a_name


@dataclass
class Switches:
    """Which rules are off, and how often each rule that is on changed something."""

    disabled: frozenset[str] = frozenset()
    fired: Counter[str] = field(default_factory=Counter)

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    def fire(self, rule: str, times: int = 1) -> None:
        if times:
            self.fired[rule] += times


@dataclass
class Name:
    """A candidate mention before grouping."""

    start: int  # character offsets of the cleaned name
    end: int
    text: str  # the cleaned name as written
    label: str  # spaCy's label, or the alias table's type
    sentence: int
    record: AliasRecord | None = None
    honorific: bool = False
    how: str = "name"
    first_token: int = 0
    last_token: int = 0
    cue: str | None = None  # the type a classifying noun beside it implies ("the retailer Acme Mart")
    after_the: bool = False  # written after "the" ("the Pacific"), as a firm's short name seldom is
    modifier: bool = False  # before a common noun or an "'s" ("Apple shares", "Wendy's said"): a brand's use
    placed: bool = False  # the text writes these words after "in", "near" … somewhere: a place's use


def words_put_in_a_place(doc: Doc) -> dict[str, list[int]]:
    """Where a word follows a preposition that puts a thing in a place, with at most one adjective
    between ("in Kellow", "near central Kellow"; lexicon place_prepositions): word → token indices.
    Built once per brief, so that each name looks up its own first word."""
    starts: dict[str, list[int]] = {}
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.tag_ == "JJ" and token.i > 1:
            before = doc[token.i - 2]
        if before.lower_ in LEXICON.place_prepositions:
            starts.setdefault(token.text, []).append(token.i)
    return starts


def _a_modifier(span: Span) -> bool:
    """Does the name modify a common noun after it, or own something ("Apple shares", "Wendy's")?"""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" or after is not None and after.tag_ == "POS"


@dataclass
class Group:
    names: list[Name] = field(default_factory=list)
    record: AliasRecord | None = None
    roles: set[tuple[str, ...]] = field(default_factory=set)
    team: bool = False  # a country that plays a match: its national team
    switches: Switches = field(default_factory=Switches, repr=False)

    # Names are only ever added, so a result holds while the number of names is the same
    # (`retype` clears it).
    _memo: dict[str, tuple[int, str]] = field(default_factory=dict, repr=False)

    def retype(self, type_: str) -> None:
        """Make the text's own evidence of the type, a cue on every name, say `type_`."""
        for name in self.names:
            name.cue = type_
        self._memo.clear()

    @property
    def canonical(self) -> str:
        if self.record is not None:
            return self.record.name
        return self._remember("canonical", self._fullest_name)

    @property
    def type(self) -> str:
        if self.team:
            return "ORG"
        if self.record is not None:
            return self.record.type
        return self._remember("type", self._decided_type)

    def _decided_type(self) -> str:
        from .types import decide_type  # types.py reads Name and Group from here

        return decide_type(self.canonical, self.names, self.switches)[0]

    def _remember(self, what: str, compute) -> str:
        known = self._memo.get(what)
        if known is None or known[0] != len(self.names):
            known = self._memo[what] = (len(self.names), compute())
        return known[1]

    def _fullest_name(self) -> str:
        named = [n for n in self.names if n.how == "name"] or self.names
        counts = Counter(n.text for n in named)
        first_seen = {n.text: i for i, n in reversed(list(enumerate(named)))}
        # a spelling in capitals ("SYDNEY" of a dateline) gives way to the text's own ("Sydney")
        return max(counts, key=lambda t: (len(t.split()), not t.isupper(), counts[t], len(t), -first_seen[t]))


@dataclass
class EntityResult:
    entities: list[LocalEntity]
    mentions: list[Mention]
    token_entity: dict[int, int]  # token index → entity index, for quote attribution


@dataclass
class Finding:
    """One brief's entities in the making; each rule reads and extends it."""

    doc: Doc
    index: AliasIndex
    switches: Switches
    matcher: Callable | None = None  # the alias table's phrases, a spaCy PhraseMatcher
    brief_records: dict[str, AliasRecord] = field(default_factory=dict)  # the brief's own aliases
    ignored: set[str] = field(default_factory=set)  # name keys the editor says are no entities
    common_nouns: frozenset[str] = frozenset()  # the model's dictionary of common nouns, lower case
    adjectives: frozenset[str] = frozenset()  # and of adjectives
    names: list[Name] = field(default_factory=list)
    taken: list[bool] = field(default_factory=list)  # tokens already in a name
    introduced: dict[str, Name] = field(default_factory=dict)  # a short form → the name it was defined beside
    definitions: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _placed_words: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.taken = self.taken or [False] * len(self.doc)
        self._sentence_starts = [s.start for s in sentences(self.doc)]
        self._placed_words = words_put_in_a_place(self.doc)

    def sentence_of(self, token_index: int) -> int:
        return bisect.bisect_right(self._sentence_starts, token_index) - 1

    def record_for(self, text: str) -> AliasRecord | None:
        return self.brief_records.get(name_key(text)) or self.index.lookup(text)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def add(
        self,
        start_tok: int,
        end_tok: int,
        label: str,
        honorific: bool = False,
        how: str = "name",
        record: AliasRecord | None = None,
    ) -> None:
        """A name over tokens [start_tok, end_tok), unless the editor or the alias table says it is none."""
        span = self.doc[start_tok:end_tok]
        text = span.text
        if name_key(text) in self.ignored or not looks_like_a_name(text):
            return
        record = record or self.record_for(text)
        if record is not None and record.ignore:
            return
        cue = classifier_type(span, label, self.switches) if record is None and how == "name" else None
        label = record.type if record else label
        name = Name(
            span.start_char, span.end_char, text, label, self.sentence_of(start_tok), record, honorific, how,
            start_tok, end_tok - 1, cue, start_tok > 0 and self.doc[start_tok - 1].lower_ == "the",
            _a_modifier(span), self._written_in_a_place(span),
        )  # fmt: skip
        self.names.append(name)
        self.taken[start_tok:end_tok] = [True] * (end_tok - start_tok)

    def _written_in_a_place(self, span: Span) -> bool:
        """Does the text write these words anywhere after "in", "near" … (`words_put_in_a_place`)?"""
        words = [t.text for t in span]
        found = self._placed_words.get(words[0], [])
        return any([t.text for t in self.doc[i : i + len(words)]] == words for i in found)

    def signature(self) -> tuple[int, ...]:
        """What the rules can change, counted: a rule fired if this differs after it."""
        return (
            len(self.names),
            len(self.introduced),
            len(self.groups),
            sum(len(g.names) for g in self.groups),
            sum(len(g.roles) for g in self.groups),
            sum(g.team for g in self.groups),
            sum(bool(n.cue) for g in self.groups for n in g.names),
        )

    def changes_since(self, signature: tuple[int, ...]) -> int:
        """How many names, groups, short forms, roles, teams and cued names were added or dropped
        since `signature`."""
        return sum(abs(now - then) for now, then in zip(self.signature(), signature, strict=True))
