"""Across briefs: which briefs' entities are one page of the site (invented names only)."""

import datetime as dt

from briefing.errors import Warnings
from briefing.link import link
from briefing.model import Annotation, Brief, Document, LocalEntity, Mention
from briefing.site_merge import brief_entities, company_key, merge_entities


def brief(*entities: tuple[str, str, list[str]]) -> Annotation:
    return Annotation([], [LocalEntity(name, kind, aliases) for name, kind, aliases in entities], [], [], [])


def site_keys(*briefs: Annotation) -> list[list[tuple[str, str]]]:
    return merge_entities([brief_entities(annotation) for annotation in briefs])


def test_company_key_drops_legal_forms_and_company_words():
    assert company_key("zorvex inc.") == "zorvex"
    assert company_key("zorvex, inc.") == "zorvex"
    assert company_key("zorvex holdings n.v.") == "zorvex"
    assert company_key("zorvex group") == "zorvex"
    assert company_key("group") == "group"  # a name is never left empty


def test_a_company_with_and_without_its_legal_form_is_one_entity():
    first, second = site_keys(brief(("Zorvex Inc.", "ORG", [])), brief(("Zorvex Corporation", "ORG", [])))
    assert first == second


def test_a_company_short_and_longer_names_are_one_entity():
    keys = site_keys(
        brief(("Zorvex", "ORG", [])),
        brief(("Zorvex Inc.", "ORG", ["Zorvex"])),
        brief(("Zorvex Computer", "ORG", ["Zorvex"])),
        brief(("Zorvex Computer Works", "ORG", ["Zorvex Computer"])),
    )
    assert len({key for [key] in keys}) == 1


def test_two_companies_whose_names_begin_alike_stay_apart():
    first, second = site_keys(brief(("Zorvex Computer", "ORG", ["Zorvex"])), brief(("Zorvex Foods", "ORG", ["Zorvex"])))
    assert first != second


def test_a_national_body_with_and_without_its_country():
    first, second = site_keys(brief(("Senate", "ORG", [])), brief(("Eastland Senate", "ORG", ["Senate"])))
    assert first == second


def test_a_body_named_without_its_country_stays_apart_when_two_countries_have_one():
    alone, east, west = site_keys(
        brief(("Senate", "ORG", [])),
        brief(("Eastland Senate", "ORG", ["Senate"])),
        brief(("Westland Senate", "ORG", ["Senate"])),
    )
    assert alone[0] not in (east[0], west[0]) and east != west


def test_a_kind_word_alias_does_not_chain_two_churches():
    first, second = site_keys(
        brief(("Church of the Quiet Valley", "ORG", ["Church"])), brief(("Brightwater Church", "ORG", ["Church"]))
    )
    assert first != second


def test_a_church_joins_its_faith_name_when_the_text_equates_them():
    first, second = site_keys(brief(("Velorism", "ORG", [])), brief(("Church of Velorism", "ORG", ["Velorism"])))
    assert first == second


def test_a_city_and_a_person_sharing_a_name_stay_apart():
    city, person = site_keys(brief(("Marlow", "GPE", [])), brief(("Jen Marlow", "PERSON", [])))
    assert city != person
    alone, full = site_keys(brief(("Marlow", "GPE", [])), brief(("Marlow", "PERSON", [])))
    assert alone != full


def test_a_lone_surname_joins_the_one_person_with_it():
    lone, full = site_keys(brief(("Quillon", "PERSON", [])), brief(("Tamsin Quillon", "PERSON", [])))
    assert lone == full


def test_a_lone_surname_stays_apart_when_two_people_have_it():
    lone, first, second = site_keys(
        brief(("Quillon", "PERSON", [])),
        brief(("Tamsin Quillon", "PERSON", ["Quillon"])),
        brief(("Oren Quillon", "PERSON", ["Quillon"])),
    )
    assert len({lone[0], first[0], second[0]}) == 3


def test_a_place_alias_does_not_pull_another_place_of_that_name():
    state, city = site_keys(brief(("Norbury", "GPE", [])), brief(("Norbury City", "GPE", ["Norbury"])))
    assert state != city


def test_an_initialism_alias_does_not_chain_two_companies():
    first, second = site_keys(
        brief(("Kestrel Data Systems", "ORG", ["KDS"])), brief(("Koval Dairy Society", "ORG", ["KDS"]))
    )
    assert first != second


def linked_site(*named: tuple[str, str, list[str]]):
    """A site of one brief per (name, type, aliases), each naming its entity once."""
    items = []
    for number, (name, kind, aliases) in enumerate(named):
        text = f"{name} said so."
        annotation = Annotation([(0, len(text))], [LocalEntity(name, kind, aliases)], [], [], [])
        annotation.mentions.append(Mention(0, len(name), name, 0, 0))
        items.append(
            (
                Brief(f"b{number}", f"b{number}.md", "T", dt.date(2020, 1, 1 + number), text, 1),
                Document(text, [], []),
                annotation,
            )
        )
    return link("Site", items, [], str, Warnings())


def test_a_company_page_takes_the_name_most_briefs_use():
    site = linked_site(("Zorvex", "ORG", []), ("Zorvex", "ORG", []), ("Zorvex Computer Works", "ORG", ["Zorvex"]))
    [entity] = site.entities.values()
    assert (entity.name, entity.aliases) == ("Zorvex", ["Zorvex Computer Works"])
    assert len(entity.mentions) == 3


def test_a_person_page_takes_the_full_name_however_many_briefs_use_the_surname():
    site = linked_site(("Quillon", "PERSON", []), ("Quillon", "PERSON", []), ("Tamsin Quillon", "PERSON", []))
    [entity] = site.entities.values()
    assert entity.name == "Tamsin Quillon"


def test_a_national_body_named_after_its_country_is_the_body_named_alone():
    country_body, body = site_keys(
        brief(("Eastland Senate", "ORG", []), ("Eastland", "GPE", [])), brief(("Senate", "ORG", []))
    )
    assert country_body[0] == body[0]


def test_a_body_keeps_its_place_when_its_brief_does_not_name_the_place():
    named, alone = site_keys(brief(("Eastland Senate", "ORG", [])), brief(("Senate", "ORG", [])))
    assert named != alone


def test_a_company_named_with_what_it_makes_is_the_company():
    full, short = site_keys(
        brief(("Zorvex Computer Corporation", "ORG", [])), brief(("Zorvex Inc.", "ORG", ["Zorvex"]))
    )
    assert full == short
    computer, foods, alone = site_keys(
        brief(("Zorvex Computer", "ORG", [])), brief(("Zorvex Foods", "ORG", [])), brief(("Zorvex", "ORG", []))
    )
    assert alone[0] not in (computer[0], foods[0]) and computer != foods
    industries, alone = site_keys(brief(("Zorvex Industries Inc.", "ORG", [])), brief(("Zorvex", "ORG", [])))
    assert industries == alone
    industries, motor, alone = site_keys(
        brief(("Zorvex Industries", "ORG", [])), brief(("Zorvex Motor Corp.", "ORG", [])), brief(("Zorvex", "ORG", []))
    )
    assert industries != motor  # two companies of one group stay apart
    lines, short = site_keys(brief(("Zorvex Crest Shipping Lines Inc.", "ORG", [])), brief(("Zorvex Crest", "ORG", [])))
    assert lines == short  # two words of its trade
    lines, alone = site_keys(brief(("Global Shipping Lines", "ORG", [])), brief(("Global", "ORG", [])))
    assert lines != alone  # not down to one word


def test_a_firm_named_after_its_town_and_trade_is_not_the_town_s_club():
    """ "Eastbury Homes" without its trade is Eastbury, the town, and so the name of its football
    club too: the firm claims no short name that is a place's or a point of the compass."""
    is_a_place = {"eastbury"}.__contains__
    homes, club = merge_entities(
        [
            brief_entities(brief(("Eastbury Homes", "ORG", [])), is_a_place),
            brief_entities(brief(("Eastbury", "ORG", []))),
        ]
    )
    assert homes != club
    rail, water = site_keys(brief(("Southern Rail", "ORG", [])), brief(("Southern", "ORG", [])))
    assert rail != water
    homes, firm = site_keys(brief(("Zorvex Homes", "ORG", [])), brief(("Zorvex", "ORG", [])))
    assert homes == firm  # a maker's own name, no place: one company


def test_linking_asks_the_gazetteer_which_short_names_are_places():
    site = linked_site(("Bergen Ferries", "ORG", []), ("Bergen", "ORG", []))
    assert len(site.entities) == 2
    site = linked_site(("Zorvex Ferries", "ORG", []), ("Zorvex", "ORG", []))
    assert len(site.entities) == 1


def test_a_doubtful_person_is_the_company_another_brief_names_so():
    """ "Castellan" the model took for a person in one brief is the company another brief names
    Castellan Engineering plc and calls "Castellan"; so is "Marrick Ferries", named by its trade."""
    company, person = site_keys(brief(("Zorvex Engineering plc", "ORG", ["Zorvex"])), brief(("Zorvex", "PERSON", [])))
    assert company == person
    company, person = site_keys(brief(("Kellow Ferries Ltd", "ORG", [])), brief(("Kellow Ferries", "PERSON", [])))
    assert company == person
    # a person of the site known by that name keeps it: Jo Zorvex's surname
    company, person, other = site_keys(
        brief(("Zorvex Engineering plc", "ORG", ["Zorvex"])),
        brief(("Zorvex", "PERSON", [])),
        brief(("Jo Zorvex", "PERSON", [])),
    )
    assert person == other and person != company
    # a person with a given name stays a person; two companies known by the name keep it apart
    company, person = site_keys(
        brief(("Zorvex Engineering plc", "ORG", ["Zorvex"])), brief(("Jo Zorvex", "PERSON", []))
    )
    assert company != person
    first, second, person = site_keys(
        brief(("Zorvex Engineering plc", "ORG", ["Zorvex"])),
        brief(("Zorvex Foods", "ORG", ["Zorvex"])),
        brief(("Zorvex", "PERSON", [])),
    )
    assert person not in (first, second)


def test_a_page_a_doubtful_person_joined_is_the_companys():
    site = linked_site(
        ("Zorvex", "PERSON", []), ("Zorvex", "PERSON", []), ("Zorvex Engineering plc", "ORG", ["Zorvex"])
    )
    [entity] = site.entities.values()
    assert entity.type == "ORG"
    site = linked_site(("Zorvex", "PERSON", []))
    assert [e.type for e in site.entities.values()] == ["PERSON"]


def test_a_body_and_its_initialism_in_another_brief_are_one():
    full, short = site_keys(brief(("World Anti-Kelp Agency", "ORG", [])), brief(("WAKA", "ORG", [])))
    assert full == short
    full, short = site_keys(brief(("Police Service of East Vale", "ORG", [])), brief(("PSEV", "ORG", [])))
    assert full == short
    # two bodies that spell it keep it apart; two words are too few to spell anything
    first, second, short = site_keys(
        brief(("Kellow Drug Agency", "ORG", [])), brief(("Kestrel Data Alliance", "ORG", [])), brief(("KDA", "ORG", []))
    )
    assert short[0] not in (first[0], second[0])
    full, short = site_keys(brief(("Bank of Eastland", "ORG", [])), brief(("BE", "ORG", [])))
    assert full != short


def test_a_person_with_and_without_middle_names_is_one():
    full, short = site_keys(brief(("Tamsin bin Aled Quillon", "PERSON", [])), brief(("Tamsin Quillon", "PERSON", [])))
    assert full == short
    one, other = site_keys(brief(("Tamsin Aled Quillon", "PERSON", [])), brief(("Rhys Quillon", "PERSON", [])))
    assert one != other
