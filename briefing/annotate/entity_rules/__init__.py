"""The entity layer's rules, in the order they run: the one place to read what it does.

Like the components of a spaCy pipeline, each rule is a small function with one job and a
docstring saying which pattern of English news it handles; each has a name, and any can be
switched off (`disabled`; for a build, BRIEFING_DISABLE_RULES=name,name, see annotator.py) to measure
what it is worth (`make eval` prints that table). `Switches.fired` counts what each rule did.

    SPAN_RULES      where a name the model found begins and ends (spans.py)
    ENT_RULES       a model's name that is something else: a demonym, two names in one (finders.py)
    DOC_RULES       finding, defining and grouping names, then rules over the groups
    RECORD_RULES    when a name the alias table knows joins another group instead (grouping.py)
    SHORT_FOR_RULES when a shorter name stands for a group's full name (grouping.py)
    NOT_SHORT_FOR_RULES when it does not, though a SHORT_FOR rule would say so (grouping.py)
    TYPE_RULES      what a name's head word says about its type, after the vote (types.py)
    CUE_RULES       a classifying noun beside a name: "the retailer Acme" (../cues.py)
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from ..cues import CUE_RULES
from . import finders, grouping, later, shortforms, spans, types
from .spans import Cut
from .state import Switches

SPAN_RULES: list[tuple[str, Callable[[Span, Cut], None]]] = [
    ("amount_of_money", spans.amount_of_money),
    ("front_words", spans.front_words),
    ("post_letters_after_the", spans.post_letters_after_the),
    ("title_before_a_full_name", spans.title_before_a_full_name),
    ("honorific_inside_name", spans.honorific_inside_name),
    ("descriptor_before_name", spans.descriptor_before_name),
    ("party_member_before_name", spans.party_member_before_name),
    ("role_noun_before_name", spans.role_noun_before_name),
    ("verb_inside_name", spans.verb_inside_name),
    ("trade_noun_before_name", spans.trade_noun_before_name),
    ("title_inside_name", spans.title_inside_name),
    ("place_in_pro_or_anti", spans.place_in_pro_or_anti),
    ("hashtag", spans.hashtag),
    ("run_on_into_the", spans.run_on_into_the),
    ("unclosed_bracket", spans.unclosed_bracket),
    ("saint_named_body", spans.saint_named_body),
    ("owner_before_possessive", spans.owner_before_possessive),
    ("body_named_for_people", spans.body_named_for_people),
    ("possessive_and_punctuation", spans.possessive_and_punctuation),
    ("name_through_and", spans.name_through_and),
    ("body_cut_at_its_and", spans.body_cut_at_its_and),
    ("name_after_a_taken_and", spans.name_after_a_taken_and),
    ("name_before_a_taken_and", spans.name_before_a_taken_and),
    ("place_with_and_opening_a_body", spans.place_with_and_opening_a_body),
    ("name_after_a_taken_of", spans.name_after_a_taken_of),
    ("town_after_in", spans.town_after_in),
    ("fields_listed_in_a_name", spans.fields_listed_in_a_name),
    ("fields_before_a_body_head", spans.fields_before_a_body_head),
    ("name_through_connector", spans.name_through_connector),
    ("name_through_particle", spans.name_through_particle),
    ("hyphenated_name_whole", spans.hyphenated_name_whole),
    ("place_of_two_hyphened_words", spans.place_of_two_hyphened_words),
    ("place_kind_word", spans.place_kind_word),
    ("organisation_kind_words", spans.organisation_kind_words),
    ("score_after_name", spans.score_after_name),
    ("dash_between_names", spans.dash_between_names),
    ("flight_after_airline", spans.flight_after_airline),
    ("compound_before", spans.compound_before),
    ("compound_after_place", spans.compound_after_place),
    ("person_after_a_title", spans.person_after_a_title),
    ("surname_after_person", spans.surname_after_person),
    ("person_runs_into_person", spans.person_runs_into_person),
    ("given_name_read_as_a_place", spans.given_name_read_as_a_place),
    ("legal_form_after", spans.legal_form_after),
    ("first_name_after_organisation", spans.first_name_after_organisation),
    ("surname_read_as_date", spans.surname_read_as_date),
    ("post_nominal_letters", spans.post_nominal_letters),
    ("honorific_before", spans.honorific_before),
]

ENT_RULES = [
    ("field_before_a_taken_and", finders.field_before_a_taken_and),  # before a field is read as a people's
    ("nationality_before_a_person", finders.nationality_before_a_person),
    ("place_read_as_a_people_or_thing", finders.place_read_as_a_people_or_thing),
    ("demonym", finders.demonym),
    ("person_of_a_place", finders.person_of_a_place),
    ("person_of_a_body", finders.person_of_a_body),
    ("person_after_organisation", finders.person_after_organisation),
    ("role_inside_a_name", finders.role_inside_a_name),
    ("given_name_before_a_person", finders.given_name_before_a_person),
    ("names_after_plural", finders.names_after_plural),
    ("government_is_its_place", finders.government_is_its_place),
    ("places_split_by_commas", finders.places_split_by_commas),
    ("places_listed_as_one_name", finders.places_listed_as_one_name),
    ("club_named_by_a_club_word", finders.club_named_by_a_club_word),
]

DOC_RULES = [
    ("bodies_named_for_a_country", finders.bodies_named_for_a_country),
    ("known_places_with_small_words", finders.known_places_with_small_words),
    ("alias_table_names", finders.alias_table_names),
    ("named_storms", finders.named_storms),
    ("holders_after_a_portfolio", finders.holders_after_a_portfolio),  # before the model's run-on spans
    ("parties_of_a_nation_or_creed", finders.parties_of_a_nation_or_creed),
    ("model_names", finders.model_names),
    ("dateline_places", finders.dateline_places),
    ("demonym_needs_its_place", finders.demonym_needs_its_place),
    ("honorific_names", finders.honorific_names),
    ("names_before_who", finders.names_before_who),
    ("people_after_a_party_or_nation", finders.people_after_a_party_or_nation),
    ("names_before_a_description", finders.names_before_a_description),
    ("names_set_off_after_a_role", finders.names_set_off_after_a_role),
    ("double_barrelled_names", finders.double_barrelled_names),
    ("full_names_of_surnames", finders.full_names_of_surnames),
    ("surnames_of_misread_people", finders.surnames_of_misread_people),
    ("title_names", finders.title_names),
    ("organisation_runs", finders.organisation_runs),
    ("role_owners", finders.role_owners),
    ("publications", finders.publications),
    ("place_runs", finders.place_runs),
    ("place_prefix_runs", finders.place_prefix_runs),
    ("places_by_kind_or_origin", finders.places_by_kind_or_origin),
    ("places_after_their_kind", finders.places_after_their_kind),
    ("towns_after_a_street", finders.towns_after_a_street),
    ("places_before_titles", finders.places_before_titles),
    ("places_listed_with_places", finders.places_listed_with_places),
    ("names_before_others_of_their_kind", finders.names_before_others_of_their_kind),
    ("known_places_located", finders.known_places_located),
    ("big_places_unlabelled", finders.big_places_unlabelled),
    ("route_ends", finders.route_ends),
    ("match_side_names", later.match_side_names),
    ("initials_of_names", finders.initials_of_names),
    ("defined_short_forms", shortforms.defined_short_forms),
    ("bracketed_short_forms", shortforms.bracketed_short_forms),
    ("names_called_he_or_she", later.names_called_he_or_she),
    ("group_names", grouping.group_names),
    ("company_short_names", later.company_short_names),
    ("later_mentions", later.later_mentions),
    ("roles", later.roles),
    ("role_mentions", later.role_mentions),
    ("match_sides", later.match_sides),
    ("doubtful_person_located", later.doubtful_person_located),
    ("big_place_read_as_a_person", later.big_place_read_as_a_person),
    ("group_named_with_the", later.group_named_with_the),
    ("team_named_with_the", later.team_named_with_the),
    ("name_with_its_own_the", later.name_with_its_own_the),
    ("place_beside_its_body", later.place_beside_its_body),
    ("known_town_no_body", later.known_town_no_body),
    ("big_place_no_body", later.big_place_no_body),
    ("company_owned_in_shares", later.company_owned_in_shares),
    ("things_described_with_which", later.things_described_with_which),
    ("bodies_by_their_posts", later.bodies_by_their_posts),
    ("no_doubtful_people", later.no_doubtful_people),
    ("no_common_nouns", later.no_common_nouns),
    ("no_field_of_a_post", later.no_field_of_a_post),
    ("no_common_word_opening_a_sentence", later.no_common_word_opening_a_sentence),
    ("no_common_noun_opening_as_a_person", later.no_common_noun_opening_as_a_person),
    ("no_plural_common_noun_opening", later.no_plural_common_noun_opening),
]
ESSENTIAL = {"model_names", "group_names"}  # without these there are no entities to measure

# Before a name joins its alias-table record's group (grouping.py)
RECORD_RULES = [("person_before_alias_table", grouping.person_before_alias_table)]

SHORT_FOR_RULES = [
    ("initials_of_group", grouping.initials_of_group),
    ("initials_of_last_words", grouping.initials_of_last_words),
    ("part_of_person", grouping.part_of_person),
    ("surname_of_a_misread_person", grouping.surname_of_a_misread_person),
    ("initials_of_given_names", grouping.initials_of_given_names),
    ("part_of_organisation", grouping.part_of_organisation),
    ("start_of_a_company", grouping.start_of_a_company),
    ("start_of_place", grouping.start_of_place),
    ("start_of_a_feature", grouping.start_of_a_feature),
    ("place_without_compass", grouping.place_without_compass),
    ("compass_short_form", grouping.compass_short_form),
    ("other_legal_form", grouping.other_legal_form),
    ("place_after_its_kind", grouping.place_after_its_kind),
    ("end_of_product", grouping.end_of_product),
    ("surname_spelled_differently", grouping.surname_spelled_differently),
    ("given_name_alone", grouping.given_name_alone),
    ("given_name_spelled_differently", grouping.given_name_spelled_differently),
]

# A shorter name that names another thing: tried before SHORT_FOR_RULES
NOT_SHORT_FOR_RULES = [
    ("parent_of_a_national_arm", grouping.parent_of_a_national_arm),
    ("place_a_body_is_named_for", grouping.place_a_body_is_named_for),
]

TYPE_RULES = [
    ("operation_is_event", types.operation_is_event),
    ("product_or_work_head", types.product_or_work_head),
    ("law_head", types.law_head),
    ("version_number_is_product", types.version_number_is_product),
    ("vessel_prefix_is_product", types.vessel_prefix_is_product),
    ("faith_is_a_belief", types.faith_is_a_belief),
    ("event_head", types.event_head),
    ("legal_form_is_an_organisation", types.legal_form_is_an_organisation),
    ("organisation_head", types.organisation_head),
    ("place_head", types.place_head),
    ("place_after_a_prefix", types.place_after_a_prefix),
    ("street_head", types.street_head),
    ("county_name", types.county_name),
    ("known_place_of_several_words", types.known_place_of_several_words),
    ("double_barrelled_surname", types.double_barrelled_surname),
]


def rule_names() -> list[str]:
    """Every switchable rule, in the order it runs."""
    lists = (
        DOC_RULES[:3], SPAN_RULES, ENT_RULES, CUE_RULES, DOC_RULES[3:],
        RECORD_RULES, NOT_SHORT_FOR_RULES, SHORT_FOR_RULES, TYPE_RULES,
    )  # fmt: skip
    return [name for rules in lists for name, _ in rules if name not in ESSENTIAL]


def clean_span(span: Span, switches: Switches) -> Cut | None:
    """The token range of the name inside a model's entity span, by `SPAN_RULES`; None if nothing is left."""
    cut = Cut(span.start, span.end)
    for name, rule in SPAN_RULES:
        if not switches.on(name):
            continue
        before = (cut.start, cut.end, cut.honorific)
        rule(span, cut)
        if (cut.start, cut.end, cut.honorific) != before:
            switches.fire(name)
        if cut.start >= cut.end:
            return None
    return cut
