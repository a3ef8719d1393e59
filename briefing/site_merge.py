"""Across briefs: which of each brief's entities are one entity of the site.

The glossary is the site's, so a company, body or person named differently in different briefs
is one page. Each brief's entity brings every name its brief knows it by: its name (a company's
without its legal form or company word: "Acme Inc." and "Acme Group" are "Acme") and its aliases
("Acme" for "Acme Computer", "Senate" for "Eastland Senate"), and a person named in full brings
the surname; a place brings only its name. Names are keys of one type family, so a city and a
person sharing a name stay apart.

A name an entity is known by (a company's short name, a surname, an initialism, a kind word like
"Church", a body without the country its brief names before it: "Senate" of "Eastland Senate")
joins the entity that has it as its own name only when one entity of the site claims it: two
people called Roe keep "Roe" apart, and so do two companies whose names begin "Acme" ("Acme
Computer", "Acme Foods"). Linear in the number of names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .annotate.aliases import initials, name_key
from .annotate.lexicon import LEXICON
from .model import Annotation

PLACE_TYPES = {"GPE", "LOC", "FAC"}

Key = tuple[str, str]  # (name key, type family)

# A place's short name is often another place's full name ("Eastfield" the county, "Eastfield City"):
# only people and organisations bring their other names to the site.
CLAIMING_FAMILIES = {"PERSON", "ORG"}


def type_family(entity_type: str) -> str:
    return "PLACE" if entity_type in PLACE_TYPES else entity_type


@dataclass
class BriefEntities:
    """One brief's entities as merging sees them."""

    keys: list[Key]  # (name key, type family) of each
    weights: list[int]  # its mentions, at least 1
    claims: list[tuple[int, Key]]  # (index of an entity, the key of another name it is known by)
    doubtful: list[tuple[int, Key]] = field(default_factory=list)  # (a doubtful person, its name as a company's)


def company_key(key: str) -> str:
    """A company's name key without the legal form or company word that ends it:
    "acme computer inc." → "acme computer", "acme group" → "acme"."""
    words = key.split()
    while len(words) > 1 and words[-1].replace(".", "").strip(",") in _SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


_SUFFIXES = LEXICON.legal_forms | LEXICON.company_words
_KIND_WORDS = LEXICON.org_nouns | LEXICON.org_type_heads | LEXICON.org_name_heads


@lru_cache(maxsize=65536)  # a site names the same entities again and again
def entity_key(name: str, family: str) -> Key:
    key = name_key(name)
    return (company_key(key) if family == "ORG" else key, family)


def brief_entities(annotation: Annotation, is_a_place: Callable[[str], bool] = lambda name: False) -> BriefEntities:
    """`is_a_place` tells whether a name is a known place's (a company's name without its trade
    may be one: "Derby Homes" is not Derby County)."""
    mentions = Counter(mention.entity for mention in annotation.mentions)
    places = {
        name_key(name)
        for entity in annotation.entities
        if entity.type in PLACE_TYPES
        for name in [entity.name, *entity.aliases]
    }
    summary = BriefEntities([], [], [])
    for index, entity in enumerate(annotation.entities):
        family = type_family(entity.type)
        key = entity_key(entity.name, family)
        summary.keys.append(key)
        summary.weights.append(mentions[index] or 1)
        if family not in CLAIMING_FAMILIES:
            continue
        words = entity.name.split()
        others = list(entity.aliases)
        if family == "PERSON" and _a_doubtful_person(words):
            summary.doubtful.append((index, entity_key(entity.name, "ORG")))
        if family == "PERSON" and len(words) > 1:
            others.append(words[-1])
            if len(words) > 2:  # "Tariq bin Sultan Al-Harithi" is "Tariq Al-Harithi" elsewhere
                others.append(f"{words[0]} {words[-1]}")
        elif family == "ORG":
            others.extend(_without_place(key[0], places))
            others.extend(_without_industry(key[0], is_a_place))
            others.extend(_initialisms(entity.name))
        for other in others:
            other_key = entity_key(other, family)
            if other_key != key:
                summary.claims.append((index, other_key))
    return summary


def _a_doubtful_person(words: list[str]) -> bool:
    """A person the model saw that may be a company its brief names short: one word with no
    given name ("Castellan was the biggest faller"), or a name ending in a trade or company word
    ("Marrick Ferries")."""
    return len(words) == 1 or words[-1].lower().strip(".,") in _SUFFIXES | LEXICON.industry_words


def _initialisms(name: str) -> list[str]:
    """What a body of three or more capitalised words is written as in capitals: "World
    Anti-Doping Agency" → WADA (and WAA), "Police Service of Northern Ireland" → PSNI. One brief
    may define it, another use it alone; it joins only if one body of the site spells it."""
    words = re.findall(r"[\w']+(?:-[\w']+)*", name)
    named = [w for w in words if w.lower() not in LEXICON.connectors]
    if len(named) < 3 or not all(w[0].isupper() for w in named):
        return []
    split = [part for w in words for part in w.split("-")]
    return sorted({initials(words), initials(split)})


def _without_industry(name: str, is_a_place: Callable[[str], bool]) -> list[str]:
    """A company's name without what it makes: "acme computer" → "acme", "acme crest shipping
    lines" → "acme crest" (two words of trade only down to two words: "global shipping lines" is
    no "global"); none where what is left is a place or a point of the compass, which many firms and
    clubs begin with ("derby homes" and Derby County, "southern rail" and Southern Water)."""
    words = name.split()
    if len(words) < 2 or words[-1] not in LEXICON.industry_words:
        return []
    words.pop()
    while len(words) > 2 and words[-1] in LEXICON.industry_words:  # not down to one word: "global shipping lines"
        words.pop()
    rest = " ".join(words)
    return [] if rest in LEXICON.compass_words or is_a_place(rest) else [rest]


def _without_place(name: str, places: set[str]) -> list[str]:
    """A body's name without the place its brief names at its start: "eastland senate" → "senate"
    in a brief that names Eastland."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(1, len(words)) if " ".join(words[:i]) in places][:1]


def merge_entities(summaries: list[BriefEntities]) -> list[list[Key]]:
    """Each brief's entities' site-wide keys; the same key is the same entity."""
    parent: dict[Key, Key] = {}

    def find(key: Key) -> Key:
        root = parent.setdefault(key, key)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def union(a: Key, b: Key) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:  # the smaller root stays: the result does not depend on order
            parent[max(root_a, root_b)] = min(root_a, root_b)

    claimants: dict[Key, set[Key]] = defaultdict(set)
    for summary in summaries:
        for index, other in summary.claims:
            claimants[other].add(summary.keys[index])
    single = [
        (other, next(iter(groups))) for other, keys in claimants.items() if len(groups := {find(k) for k in keys}) == 1
    ]
    for other, group in single:
        union(other, group)
    _doubtful_people_join_companies(summaries, claimants, find, union)
    return [[find(key) for key in summary.keys] for summary in summaries]


def _doubtful_people_join_companies(summaries, claimants, find, union) -> None:
    """ "Castellan" the model took for a person in one brief, where another names Castellan
    Engineering plc and calls it "Castellan": a doubtful person (see `_a_doubtful_person`) whose
    name one company of the site has or is known by is that company, unless a person of the
    site is known by that name too (Jo Castellan's surname)."""
    owners = {key: find(key) for summary in summaries for key in summary.keys}
    for summary in summaries:
        for index, company in summary.doubtful:
            person = summary.keys[index]
            if person in claimants:
                continue
            groups = {find(k) for k in claimants.get(company, ())} | ({owners[company]} if company in owners else set())
            if len(groups) == 1:
                union(person, groups.pop())
