"""The alias table: known names for the same thing, and demonyms that point to a place.

Layers, each overriding the one before: country names and demonyms from the countryinfo
package, US states with their AP abbreviations from the us package → the shipped
`data/aliases.yaml` → a site's own table (`aliases` setting) → editors' glossary entries. A
brief's front matter adds its own on top, for that brief only.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import problem
from ..model import ENTITY_TYPES, GlossaryEntry
from .lexicon import LEXICON, line_of, read_yaml_nodes, scalar_key, word_list

SHIPPED_TABLE = Path(__file__).resolve().parent.parent / "data" / "aliases.yaml"


def initials(words: Iterable[str], keep_connectors: bool = False) -> str:
    """The first letter of each word in capitals, a number whole; connectors ("of", "the") left
    out unless `keep_connectors`: "Bank of Northland" → BN, "Lista 3 Valli" → L3V."""
    return "".join(
        w if w[0].isdigit() else w[0].upper() for w in words if keep_connectors or w.lower() not in LEXICON.connectors
    )


@lru_cache(maxsize=65536)  # linking a large site asks for the same names again and again
def name_key(text: str) -> str:
    """A name for comparison: Unicode-normalised, straight apostrophes, no leading "the",
    no possessive, single spaces, case folded."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(the|The|THE) ", "", text)
    text = re.sub(r"'s?$", "", text)
    return text.casefold()


def head_word(name: str) -> str:
    """The word that says what a name is, as written: the last one, or the last before
    "of"/"for"/"on": "Dubai Air Show" → Show, "Institute for the Study of War" → Institute,
    "Council on Rural Housing" → Council."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in LEXICON.head_connectors:
            return words[i - 1]
    return words[-1]


def is_short_form(alias: str) -> bool:
    """Initialisms like "US", "IS", "WHO" collide with words; they match only as written."""
    letters = re.sub(r"[^\w]", "", alias)
    return len(letters) <= 4 and alias.upper() == alias


@dataclass
class AliasRecord:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    source: str = ""  # the file that defined it (for messages)
    ignore: bool = False  # an editor said this name is not an entity


class AliasTable:
    def __init__(self) -> None:
        self.records: dict[str, AliasRecord] = {}  # canonical name → record
        self._index: AliasIndex | None = None

    def add(
        self,
        name: str,
        type_: str,
        aliases=(),
        demonyms=(),
        source: str = "",
        ignore: bool = False,
        replace: bool = False,
    ) -> AliasRecord:
        self._index = None
        record = self.records.get(name)
        if record is None or replace:
            record = self.records[name] = AliasRecord(name, type_, source=source, ignore=ignore)
        record.type = type_ or record.type
        record.ignore = record.ignore or ignore
        record.aliases.update(a for a in aliases if a and a != name)
        record.demonyms.update(d for d in demonyms if d)
        return record

    def copy(self) -> AliasTable:
        table = AliasTable()
        for name, r in self.records.items():
            table.records[name] = AliasRecord(r.name, r.type, set(r.aliases), set(r.demonyms), r.source, r.ignore)
        return table

    @property
    def index(self) -> AliasIndex:
        """The look-ups, made once per state of the table (so that an annotator can be reused)."""
        if self._index is None:
            self._index = AliasIndex(self)
        return self._index

    def fingerprint(self) -> str:
        data = sorted((r.name, r.type, sorted(r.aliases), sorted(r.demonyms), r.ignore) for r in self.records.values())
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]


class AliasIndex:
    """Look-ups into a table; the later record wins where two claim the same alias."""

    def __init__(self, table: AliasTable) -> None:
        self.exact: dict[str, AliasRecord] = {}
        self.folded: dict[str, AliasRecord] = {}
        self.demonyms: dict[str, AliasRecord] = {}
        for record in table.records.values():
            for alias in {record.name} | record.aliases:
                if is_short_form(alias):
                    self.exact[alias] = record
                else:
                    self.folded[name_key(alias)] = record
            for demonym in record.demonyms:
                self.demonyms[demonym.casefold()] = record

    def lookup(self, text: str) -> AliasRecord | None:
        stripped = re.sub(r"^(the|The) ", "", text.strip())
        stripped = re.sub(r"['\u2019]s?$", "", stripped)
        return self.exact.get(stripped) or self.folded.get(name_key(stripped))

    def demonym(self, text: str) -> AliasRecord | None:
        return self.demonyms.get(text.strip().casefold())

    def phrases(self) -> list[str]:
        """Every multiword or distinctive name, for finding mentions the NER missed."""
        names = set()
        for record in {id(r): r for r in self.folded.values()}.values():
            if record.ignore:
                continue
            for alias in {record.name} | record.aliases:
                if not is_short_form(alias) and len(alias) >= 4:
                    names.add(alias)
        return sorted(names)


@lru_cache(maxsize=1)
def _country_table() -> AliasTable:
    from countryinfo import all_countries

    table = AliasTable()
    demonym_owner: dict[str, tuple[int, str]] = {}
    for country in all_countries():
        info = country.info()
        name = info.get("name")
        if not name:
            continue
        # two-letter and three-letter codes ("IS" is Iceland) collide with words: left out
        spellings = [s for s in info.get("altSpellings") or [] if len(s) > 3 and not s.isupper()]
        table.add(name, "GPE", aliases=spellings, source="countryinfo")
        demonym = (info.get("demonym") or "").strip()
        population = info.get("population") or 0
        if demonym and (demonym not in demonym_owner or population > demonym_owner[demonym][0]):
            demonym_owner[demonym] = (population, name)
    for demonym, (_, name) in demonym_owner.items():
        plural = demonym if demonym.endswith(("ese", "ss", "sh", "ch", "s")) else demonym + "s"
        table.records[name].demonyms.update({demonym, plural})
    _add_us_states(table)
    return table


def _add_us_states(table: AliasTable) -> None:
    """The fifty states and DC, each with the abbreviation US copy writes after a town
    ("Salem, Ore.", "Sacramento, Calif."); not one that is also a capitalised word ("Mass.")."""
    import us

    for state in [*us.states.STATES, us.states.DC]:
        abbreviation = state.ap_abbr or ""
        is_a_word = abbreviation.rstrip(".").lower() in LEXICON.abbreviations_that_are_words
        kept = abbreviation != state.name and not is_a_word
        table.add(state.name, "GPE", aliases=[abbreviation] if kept else [], source="us")


ALIAS_KEYS = ("type", "aliases", "demonyms")


def load_yaml_table(table: AliasTable, path: Path) -> None:
    """Add a YAML alias table's records to `table`; any mistake in it is one problem with its line."""
    root = read_yaml_nodes(path, "alias table")
    names: set[str] = set()
    for name_node, spec_node in root.value:
        name = scalar_key(path, name_node, names, "alias table")
        spec = _alias_spec(path, name, spec_node)
        type_ = str(spec.get("type", "ORG")).upper()
        if type_ not in ENTITY_TYPES:
            raise problem(
                path,
                line_of(spec_node),
                f"{name}: type {type_!r} is not an entity type",
                f"use one of {', '.join(ENTITY_TYPES)}",
            )
        table.add(name, type_, aliases=spec.get("aliases", []), demonyms=spec.get("demonyms", []), source=str(path))


def _alias_spec(path: Path, name: str, node: yaml.Node) -> dict:
    """One record's {type, aliases, demonyms}, checked: known keys, lists of words, nothing twice."""
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise problem(path, line_of(node), f"{name}: expected {{type, aliases, demonyms}}", "see aliases.yaml")
    spec: dict = {}
    seen: set[str] = set()
    for key_node, value_node in node.value:
        key = scalar_key(path, key_node, seen, "alias table")
        if key not in ALIAS_KEYS:
            raise problem(path, line_of(key_node), f"{name}: unknown key {key!r}", f"use only: {', '.join(ALIAS_KEYS)}")
        if key == "type":
            spec[key] = value_node.value if isinstance(value_node, yaml.ScalarNode) else ""
        elif not (isinstance(value_node, yaml.ScalarNode) and value_node.value in ("", "~", "null")):
            spec[key] = word_list(path, f"{name}: {key}", value_node)
    return spec


def build_alias_table(extra_table: Path | None, entries: list[GlossaryEntry]) -> AliasTable:
    """The site's table: countries, shipped names, the site's own table, then glossary entries."""
    table = _country_table().copy()
    load_yaml_table(table, SHIPPED_TABLE)
    if extra_table is not None:
        load_yaml_table(table, extra_table)
    claimed: dict[str, GlossaryEntry] = {}
    for entry in entries:
        for alias in [entry.name, *entry.aliases]:
            key = name_key(alias)
            other = claimed.get(key)
            if other is not None and other is not entry:
                raise problem(
                    entry.path,
                    None,
                    f"alias {alias!r} is also claimed by {other.path}",
                    "keep it in one of the two glossary entries",
                )
            claimed[key] = entry
        # an entry replaces any record that shares one of its names, so editors have the last word
        for record in list(table.records.values()):
            names = {name_key(n) for n in {record.name} | record.aliases}
            if record.name != entry.name and names & {name_key(a) for a in [entry.name, *entry.aliases]}:
                record.aliases -= {a for a in record.aliases if name_key(a) in claimed}
        table.add(entry.name, entry.type, aliases=entry.aliases, source=entry.path, ignore=entry.ignore)
    return table
