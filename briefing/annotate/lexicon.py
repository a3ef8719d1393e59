"""The annotation layer's word lists (entities, quotes), one list each, from `briefing/data/lexicon.yaml`.

    from .lexicon import LEXICON
    if token.lower_ in LEXICON.honorifics: ...

Each key of the file is one list, read as a frozenset of its words under the same name; the
comment above each key says what its words do. The file is checked when it is loaded: anything
but a list of words, a word listed twice in one list or a key no code reads is one problem naming
the file and line. `LISTS` is what the code reads; adding a list is one key in the file and its
name here.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from ..errors import problem
from ..front_matter import FAST_SAFE_LOADER

LEXICON_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicon.yaml"

LISTS = (
    "honorifics",
    "titles",
    "capitalised_titles",
    "portfolio_offices",
    "cabinet_offices",
    "company_post_words",
    "firm_posts",
    "post_connectors",
    "naming_titles",
    "shared_titles",
    "company_roles",
    "articles",
    "stance_prefixes",
    "government_words",
    "connectors",
    "run_connectors",
    "head_connectors",
    "name_connectors",
    "name_particles",
    "capital_name_particles",
    "patronymic_words",
    "legal_forms",
    "lettered_legal_forms",
    "lower_case_legal_forms",
    "not_legal_forms",
    "kin_words",
    "surname_honorifics",
    "company_words",
    "industry_words",
    "compass_words",
    "county_words",
    "state_words",
    "storm_words",
    "org_type_heads",
    "surname_org_heads",
    "publication_heads",
    "saint_named_heads",
    "saint_words",
    "org_name_heads",
    "court_and_clinic_heads",
    "club_prefixes",
    "possessive_name_heads",
    "ownership_nouns",
    "place_heads",
    "place_prefixes",
    "street_words",
    "street_heads",
    "surname_street_words",
    "surname_place_heads",
    "feature_heads",
    "field_words",
    "building_heads",
    "locating_prepositions",
    "way_prepositions",
    "to_a_person_words",
    "moving_verbs",
    "staff_nouns",
    "place_prepositions",
    "held_in_words",
    "site_nouns",
    "sites_of_firms",
    "area_nouns",
    "town_offices",
    "offices_of_a_place",
    "neighbour_words",
    "fellow_words",
    "listed_body_heads",
    "association_heads",
    "part_nouns",
    "generic_region_words",
    "place_name_openers",
    "bodies_written_with_the",
    "publishing_verbs",
    "any_body_nouns",
    "company_nouns",
    "journey_words",
    "between_places_nouns",
    "area_government_nouns",
    "townsfolk_nouns",
    "resident_nouns",
    "employee_nouns",
    "area_adjectives",
    "origin_participles",
    "seat_participles",
    "institution_building_words",
    "visiting_verbs",
    "event_heads",
    "battle_heads",
    "meeting_heads",
    "operation_words",
    "product_heads",
    "work_heads",
    "law_heads",
    "product_nouns",
    "vessel_prefixes",
    "faith_names",
    "work_nouns",
    "org_nouns",
    "trade_nouns",
    "person_nouns",
    "profession_suffixes",
    "roles_bodies_fill",
    "feature_nouns",
    "place_nouns",
    "institution_words",
    "published_things",
    "naming_verbs",
    "match_verbs",
    "sports_words",
    "score_dashes",
    "numbered_vehicles",
    "not_names",
    "member_letters",
    "title_openers",
    "ranks_written_short",
    "short_titles",
    "party_members",
    "prefixes_no_one_bears",
    "rank_letters",
    "company_post_letters",
    "party_words",
    "creed_party_words",
    "party_creeds",
    "post_nominals",
    "generational_suffixes",
    "not_name_endings",
    "maker_nouns",
    "elisions",
    "speech_verbs",
    "first_person_words",
    "authoring_verbs",
    "weak_speech_verbs",
    "declining_verbs",
    "nationality_man_roots",
    "not_company_words",
    "joining_words",
    "spokesperson_nouns",
    "masculine_pronouns",
    "feminine_pronouns",
    "pronoun_people",
    "group_nouns",
    "police_words",
    "speech_to_a_listener",
    "clause_which_verbs",
    "place_body_nouns",
    "document_nouns",
    "words_said_nouns",
    "words_pointing_back",
    "written_things",
    "masculine_words",
    "feminine_words",
    "fronting_prepositions",
    "month_names",
    "weekday_names",
    "amount_words",
    "number_names",
    "year_lead_words",
    "month_lead_words",
    "range_words",
    "backward_words",
    "span_modifiers",
    "ambiguous_months",
    "forward_preps",
    "edge_words",
    "condition_marks",
    "season_prepositions",
    "fixed_holidays",
    "holiday_lead_words",
    "named_day_words",
    "directive_verbs",
    "habitual_words",
    "recurring_time_nouns",
    "recurring_determiners",
    "earlier_time_adverbs",
    "narrated_ahead_words",
    "states_set_in",
    "future_aux",
    "forward_modals",
    "future_verbs",
    "commitment_verbs",
    "proposing_verbs",
    "inviting_verbs",
    "scheduling_verbs",
    "forecasting_verbs",
    "foretold_preps",
    "expecting_verbs",
    "expectation_words",
    "same_past_verbs",
    "transfer_verbs",
    "standing_verbs",
    "arranging_verbs",
    "past_aux",
    "perfect_aux",
    "present_be",
    "abbreviations_that_are_words",
)


def read_yaml_nodes(path: Path, what: str) -> yaml.MappingNode:
    """The top-level mapping of a YAML file as nodes (which know their line), or one problem."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=FAST_SAFE_LOADER)
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as err:
        mark = getattr(err, "problem_mark", None)
        raise problem(path, mark.line + 1 if mark else None, f"cannot read the {what}: {err}", "fix the YAML") from None
    if node is None:
        return yaml.MappingNode("tag:yaml.org,2002:map", [])
    if not isinstance(node, yaml.MappingNode):
        raise problem(path, node.start_mark.line + 1, f"the {what} must be a mapping of names", "see its comments")
    return node


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def scalar_key(path: Path, key: yaml.Node, seen: set[str], what: str) -> str:
    """A mapping key as text, checked to be a plain value met for the first time in this mapping."""
    if not isinstance(key, yaml.ScalarNode):
        raise problem(path, line_of(key), f"a {what} key must be a plain name", "write it as one word or phrase")
    if key.value in seen:
        raise problem(path, line_of(key), f"{key.value!r} is given twice", "keep one of the two")
    seen.add(key.value)
    return key.value


def word_list(path: Path, key: str, node: yaml.Node) -> list[str]:
    """A YAML sequence of plain words, checked: no nested lists or mappings, no word twice."""
    if not isinstance(node, yaml.SequenceNode):
        raise problem(path, line_of(node), f"{key} must be a list of words", f"write {key}: [word, word, …]")
    words: list[str] = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
            raise problem(path, line_of(item), f"{key}: every entry must be a word", "remove the nested list or blank")
        if item.value in words:
            raise problem(path, line_of(item), f"duplicate entry {item.value!r} in {key}", "remove one")
        words.append(item.value)
    return words


class Lexicon:
    """Every list of the file as an attribute: `LEXICON.org_type_heads` is a frozenset of words;
    `LEXICON.ordered("month_names")` the same words in the order written (for numbered tables)."""

    def __init__(self, lists: dict[str, tuple[str, ...]]) -> None:
        self.written = lists
        self.lists = {name: frozenset(words) for name, words in lists.items()}
        self.__dict__.update(self.lists)  # plain attributes: the rules read them millions of times a build

    def extend(self, name: str, words: frozenset[str]) -> None:
        """Add words from elsewhere (a maintained package) to one list; `ordered` keeps the file's."""
        self.lists[name] = self.lists[name] | words
        self.__dict__[name] = self.lists[name]

    def ordered(self, name: str) -> tuple[str, ...]:
        return self.written[name]

    def __getattr__(self, name: str) -> frozenset[str]:
        try:
            return self.__dict__["lists"][name]
        except KeyError:
            raise AttributeError(f"the lexicon has no list {name!r}") from None


def load_lexicon(path: Path = LEXICON_FILE, expected: tuple[str, ...] = LISTS) -> Lexicon:
    root = read_yaml_nodes(path, "lexicon")
    lists: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for key_node, value_node in root.value:
        key = scalar_key(path, key_node, seen, "lexicon")
        if key not in expected:
            close = difflib.get_close_matches(key, expected, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"add {key!r} to LISTS in briefing/annotate/lexicon.py"
            raise problem(path, line_of(key_node), f"unknown list {key!r}", hint)
        lists[key] = tuple(word_list(path, key, value_node))
    missing = [key for key in expected if key not in lists]
    if missing:
        raise problem(path, None, f"no list {missing[0]!r}", f"add {missing[0]}: [word, …]")
    return Lexicon(lists)


def legal_forms_of_registers(listed: frozenset[str], excluded: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Companies' legal forms of many countries' registers ("Ltda", "GmbH", "A/S", "UAB",
    "d.o.o."), from cleanco's list, as `is_company_word` looks them up (lower case, without dots),
    in two sets: all the forms, and those that count only in capitals or with dots, because written
    as a word they are names or words too ("Ong" of "d.o.o."'s kin "o.n.g.", "Vos", "Dat": forms of
    three letters, and those cleanco writes only with dots; not one the lexicon `listed` as it is,
    "Ltd", "Bhd"). Only forms of one word, of three letters or more or with a slash (two letters
    are initials as often: "UK", "GP", "EV"); none the lexicon lists in `not_legal_forms`."""
    from cleanco.termdata import terms_by_country, terms_by_type

    terms = {term for group in (*terms_by_type.values(), *terms_by_country.values()) for term in group}
    terms = {term for term in terms if " " not in term}
    plain = {term for term in terms if "." not in term}
    forms = {term.replace(".", "") for term in terms}
    forms = {form for form in forms if (len(form) >= 3 or "/" in form) and form not in excluded}
    lettered = {form for form in forms - listed if "/" not in form and (len(form) == 3 or form not in plain)}
    return frozenset(forms), frozenset(lettered)


LEXICON = load_lexicon()
_forms, _lettered = legal_forms_of_registers(LEXICON.legal_forms, LEXICON.not_legal_forms)
LEXICON.extend("legal_forms", _forms)
LEXICON.extend("lettered_legal_forms", _lettered)

# a post's letters, written before a name as a title or after "the" as a role: an elected member's,
# a police rank's, a company officer's ("MP", "ACP", "CEO"); matched as written
TITLE_LETTERS = LEXICON.member_letters | LEXICON.rank_letters | LEXICON.company_post_letters


def bare(text: str) -> str:
    """A word for look-up in the lexicon: lower case, no full stop ("Dr." → dr)."""
    return text.lower().rstrip(".")
