"""Entities within one brief: spaCy's names, cleaned, grouped into one entity per real thing.

The work is done by the named rules of `entity_rules/` in the order listed there: find names
(the model's, cut to the name itself, and those it missed), group them (the alias table,
surnames, short forms, acronyms, demonyms), type each group by a vote, then find later
mentions and roles. This module runs them on a parsed brief and returns plain data.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..model import AnnotationFixes, LocalEntity, Mention
from .aliases import AliasIndex, AliasRecord, name_key
from .entity_rules import DOC_RULES
from .entity_rules.state import EntityResult, Finding, Group, Switches
from .entity_rules.types import decide_type, place_type

__all__ = ["EntityFinder", "EntityResult", "place_type"]


def model_dictionary(nlp, part: str) -> frozenset[str]:
    """The words of one part of speech ("noun", "adj") the model's rule lemmatizer knows (WordNet's,
    in English pipelines); none for a pipeline without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get(part, ()))


class EntityFinder:
    """Finds and groups a brief's entities; built once per spaCy model, alias table and set of
    rules switched off. `last_fired` counts what each rule did on the last brief."""

    def __init__(
        self,
        nlp,
        index: AliasIndex,
        disabled: frozenset[str] = frozenset(),
        common_nouns: frozenset[str] | None = None,
        adjectives: frozenset[str] | None = None,
    ) -> None:
        """`common_nouns`, `adjectives`: lower-case words (default: the dictionary of the model's
        lemmatizer)."""
        self.index = index
        self.disabled = disabled
        self.common_nouns = model_dictionary(nlp, "noun") if common_nouns is None else common_nouns
        self.adjectives = model_dictionary(nlp, "adj") if adjectives is None else adjectives
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("ALIAS", [nlp.make_doc(p) for p in index.phrases()])
        self.last_fired: dict[str, int] = {}

    def __call__(self, doc: Doc, fixes: AnnotationFixes) -> EntityResult:
        switches = Switches(self.disabled)
        found = Finding(
            doc,
            self.index,
            switches,
            matcher=self.matcher,
            brief_records=self._brief_records(fixes),
            ignored={name_key(n) for n in fixes.ignore},
            common_nouns=self.common_nouns,
            adjectives=self.adjectives,
        )
        for rule_name, rule in DOC_RULES:
            if switches.on(rule_name):
                before = found.signature()
                rule(found)
                switches.fire(rule_name, found.changes_since(before))
        result = self._result(found.groups)
        for group in found.groups:  # which type rule decided each entity's type
            if group.names and group.record is None and not group.team:
                switches.fire(decide_type(group.canonical, group.names, switches)[1] or "", 1)
        switches.fired.pop("", None)
        self.last_fired = dict(switches.fired)
        return result

    def _brief_records(self, fixes: AnnotationFixes) -> dict[str, AliasRecord]:
        records: dict[str, AliasRecord] = {}
        for name, aliases in fixes.aliases.items():
            base = self.index.lookup(name)
            record = AliasRecord(
                base.name if base else name, base.type if base else "ORG", set(aliases), source="front matter"
            )
            if base is not None:
                record.aliases |= base.aliases
            for alias in [name, *aliases]:
                records[name_key(alias)] = record
        return records

    def _result(self, groups: list[Group]) -> EntityResult:
        groups = sorted((g for g in groups if g.names), key=lambda g: min(n.start for n in g.names))
        entities: list[LocalEntity] = []
        mentions: list[Mention] = []
        token_entity: dict[int, int] = {}
        for index, group in enumerate(groups):
            canonical = group.canonical
            spellings = {n.text for n in group.names if n.how in ("name", "alias", "demonym")}
            if group.record is not None:
                spellings |= {a for a in group.record.aliases}
            words = canonical.split()
            if len(words) > 2 and self.index.demonym(words[0]) and group.type != "PERSON":
                spellings.add(" ".join(words[1:]))  # "Eastlandic Court of Audit" is also "Court of Audit"
            aliases = sorted({s for s in spellings if name_key(s) != name_key(canonical)})
            roles = sorted(" ".join(w.lstrip("@") for w in role) for role in group.roles)
            entities.append(LocalEntity(name=canonical, type=group.type, aliases=aliases, roles=roles))
            for n in group.names:
                mentions.append(Mention(n.start, n.end, n.text, index, n.sentence, n.how))
                for t in range(n.first_token, n.last_token + 1):
                    token_entity[t] = index
        mentions.sort(key=lambda m: (m.start, m.end))
        return EntityResult(entities, mentions, token_entity)
