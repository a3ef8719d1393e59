"""Entities on hand-made sentences, with the real spaCy model."""

import pytest


def entity_named(annotation, name):
    matches = [e for e in annotation.entities if e.name == name]
    assert matches, f"no entity {name!r} in {[e.name for e in annotation.entities]}"
    return matches[0]


def mention_names(annotation, entity):
    index = annotation.entities.index(entity)
    return [m.text for m in annotation.mentions if m.entity == index]


def test_surname_and_honorific_join_the_full_name(annotate):
    annotation, _ = annotate("Barack Obama spoke in Paris. Later Obama met Mr Obama's staff.")
    obama = entity_named(annotation, "Barack Obama")
    assert obama.type == "PERSON"
    assert mention_names(annotation, obama).count("Obama") == 2


def test_a_single_wrong_label_is_outvoted(annotate):
    annotation, _ = annotate(
        "Hollande said the talks went well. Hollande added more. Mr Hollande later left for Berlin."
    )
    hollande = entity_named(annotation, "Hollande")
    assert hollande.type == "PERSON"
    assert len([e for e in annotation.entities if e.name == "Hollande"]) == 1


def test_alias_table_merges_short_forms_and_groups(annotate):
    annotation, _ = annotate(
        "The Islamic State claimed the attack. Officials said ISIS, also called Daesh, "
        "was behind it, and an IS commander was killed."
    )
    group = entity_named(annotation, "Islamic State")
    assert group.type == "ORG"
    assert {"Islamic State", "ISIS", "Daesh", "IS"} <= set(mention_names(annotation, group))
    assert not any(e.name == "Islamic" for e in annotation.entities)


def test_dotted_and_undotted_country_forms(annotate):
    annotation, _ = annotate("The United States and the U.S. Congress. US troops left.")
    us = entity_named(annotation, "United States")
    assert {"United States", "U.S.", "US"} <= set(mention_names(annotation, us)) | set(us.aliases)


def test_a_us_states_abbreviation_is_the_state(annotate):
    annotation, _ = annotate("The fire reached Medlow, Ore., on Monday. Oregon declared an emergency.")
    oregon = entity_named(annotation, "Oregon")
    assert oregon.type == "GPE"
    assert {"Ore.", "Oregon"} <= set(mention_names(annotation, oregon))
    annotation, _ = annotate("Thousands attended Mass. The bishop spoke.")
    assert not any(e.name == "Massachusetts" for e in annotation.entities)  # a word, not the state


def test_a_name_run_on_into_a_known_place_keeps_what_the_model_saw(annotate):
    annotation, _ = annotate("Kessler Group agreed to buy Dorne Systems of Ohio for $780 million.")
    assert {"Kessler Group", "Dorne Systems", "Ohio"} <= {e.name for e in annotation.entities}


def test_both_sides_of_a_match_named_for_their_towns_are_clubs(annotate):
    annotation, _ = annotate("Derby Falcons beat Preston Otters 31-12 in the league match.")
    assert {(e.name, e.type) for e in annotation.entities} == {("Derby Falcons", "ORG"), ("Preston Otters", "ORG")}
    annotation, _ = annotate("Maria Kessler beat Anna Petrovic 6-3 6-4 in the tennis final.")
    assert all(e.type == "PERSON" for e in annotation.entities)  # two players stay people
    annotation, _ = annotate("Madison Keys beat Victoria Adams 6-3 6-0 in the final of the tournament.")
    assert all(e.type == "PERSON" for e in annotation.entities)  # named like towns, but the score is in sets


def test_only_the_speaker_who_says_i_is_made_a_person(annotate):
    annotation, _ = annotate('"It was the hardest day of my career," Penhallow said after the race.')
    assert entity_named(annotation, "Penhallow").type == "PERSON"
    annotation, _ = annotate("Vexo Health Trust said Type I diabetes cases had risen.")
    assert entity_named(annotation, "Vexo Health Trust").type == "ORG"  # a numeral, not a speaker
    annotation, _ = annotate('"Corvane Capital called me at midnight," Holt said.')
    assert entity_named(annotation, "Corvane Capital").type == "ORG"  # a verb inside the quote


def test_acronym_introduced_in_brackets(annotate):
    annotation, _ = annotate("The Government Accountability Office (GAO) issued a report. The GAO said costs rose.")
    gao = entity_named(annotation, "Government Accountability Office")
    assert mention_names(annotation, gao).count("GAO") == 2


def test_demonym_links_to_its_place(annotate):
    annotation, _ = annotate("French jets hit an Iraqi city near the border of Iraq.")
    iraq = entity_named(annotation, "Iraq")
    assert "Iraqi" in mention_names(annotation, iraq)
    # France is not named, so "French" makes no page of its own, nor one for France
    assert not any(e.name in ("French", "Iraqi", "France") for e in annotation.entities)


def test_role_description_links_to_the_person(annotate):
    annotation, _ = annotate(
        "US President Barack Obama arrived on Monday. Reporters later asked the US President about the talks."
    )
    entity_named(annotation, "Barack Obama")
    roles = [m for m in annotation.mentions if m.how == "role"]
    assert [annotation.entities[m.entity].name for m in roles] == ["Barack Obama"]
    assert "President" in roles[0].text


def test_organisation_short_form(annotate):
    annotation, _ = annotate("General Motors Corporation reported losses. GM said sales fell.")
    gm = entity_named(annotation, "General Motors Corporation")
    assert "GM" in mention_names(annotation, gm)


def test_front_matter_can_ignore_a_name(annotate):
    annotation, _ = annotate("Comet was the name of the boat built in Lisbon.", ignore=["Lisbon"])
    assert not any(e.name == "Lisbon" for e in annotation.entities)


def test_stations_and_stadiums_are_places_and_shows_are_events(annotate):
    from briefing.annotate.entities import place_type

    assert place_type("Kestrel Road Station", "ORG") == "LOC"
    assert place_type("Harlow Stadium", "FAC") == "LOC"
    assert place_type("Dubai Air Show", "FAC") == "EVENT"
    assert place_type("Pew Research Center", "ORG") == "ORG"  # a centre is often an organisation
    assert place_type("Angela Merkel", "PERSON") == "PERSON"
    annotation, _ = annotate("Fans filled the Marlow Arena and the Harlow Stadium on Monday.")
    assert {e.type for e in annotation.entities if e.name.endswith(("Arena", "Stadium"))} == {"LOC"}


def test_an_unclosed_bracket_is_not_part_of_a_name(annotate):
    annotation, _ = annotate("The World Health Organisation (WHO recommends iodine, the report said.")
    assert not any("(" in e.name for e in annotation.entities)


def test_a_lone_word_the_model_calls_a_person_needs_some_sign_of_one(annotate):
    annotation, _ = annotate("The update makes pages load faster in Safari and Chrome than before.")
    assert not [e.name for e in annotation.entities if e.type == "PERSON"]
    annotation, _ = annotate("“We will build it,” Harrow, chief executive of the charity, said on Monday.")
    assert "Harrow" in [e.name for e in annotation.entities]
    annotation, _ = annotate("The losses will be modest, according to Brennan. “It was a bad year,” he said.")
    brennan = entity_named(annotation, "Brennan")
    assert annotation.quotes[0].speaker == annotation.entities.index(brennan)


# What the words around a name say about its type (annotate/cues.py). Each sentence is one
# the model mislabels on its own; the comment says how.


def test_a_classifying_noun_before_the_name_sets_its_type(annotate):
    # the model: "Silver Harbor" FAC, "Lukas Hradecky" ORG
    annotation, _ = annotate("She praised the novel Silver Harbor. He plays with striker Lukas Hradecky.")
    assert entity_named(annotation, "Silver Harbor").type == "WORK_OF_ART"
    assert entity_named(annotation, "Lukas Hradecky").type == "PERSON"


def test_an_appositive_after_the_name_sets_its_type(annotate):
    # the model: "The Hang Seng" PERSON
    annotation, _ = annotate("The Hang Seng, the main Hong Kong index, fell 3%.")
    assert entity_named(annotation, "Hang Seng").type == "PRODUCT"


def test_a_name_with_a_version_number_is_not_a_place(annotate):
    # the model: "IE6" GPE
    annotation, _ = annotate("Microsoft told IE6 users to upgrade, as IE6 is old.")
    assert entity_named(annotation, "IE6").type == "PRODUCT"


def test_a_country_government_is_the_country(annotate):
    annotation, _ = annotate("Talks between the UK Government and Iran stalled.")
    uk = entity_named(annotation, "United Kingdom")
    assert mention_names(annotation, uk) == ["UK"]
    assert not any("Government" in e.name for e in annotation.entities)


def test_a_bare_name_joins_the_compass_named_place(annotate):
    annotation, _ = annotate("Seoul said Korea would respond, and South Korea's navy moved.")
    assert "Korea" in mention_names(annotation, entity_named(annotation, "South Korea"))
    assert not any(e.name == "Korea" for e in annotation.entities)


def test_a_product_short_name_joins_the_full_name_not_the_maker(annotate):
    # the model: "Chrome" PERSON, "Google Chrome" PRODUCT, "Google" ORG
    annotation, _ = annotate(
        "Google released the Google Chrome browser in 2008. Chrome grew fast, and Chrome now leads."
    )
    chrome = entity_named(annotation, "Google Chrome")
    assert chrome.type == "PRODUCT"
    assert mention_names(annotation, chrome).count("Chrome") == 2
    assert entity_named(annotation, "Google").type == "ORG"


def test_missed_names_marked_by_their_own_words(annotate):
    # the model finds neither name
    annotation, _ = annotate("The Vorlund Herald reported that the tax rose. A Snapchat spokeswoman said it was fixed.")
    assert entity_named(annotation, "Vorlund Herald").type == "ORG"
    assert entity_named(annotation, "Snapchat").type == "ORG"


def test_a_legal_suffix_stays_with_the_company(annotate):
    annotation, _ = annotate("The deal was signed by the chairman of Vortex Holdings LLC Tom Brandt on Monday.")
    assert entity_named(annotation, "Vortex Holdings LLC").type == "ORG"
    assert entity_named(annotation, "Tom Brandt").type == "PERSON"


def test_a_place_after_a_place_and_a_comma_is_a_place(annotate):
    # the model: "Ticino" PERSON
    annotation, _ = annotate("Snow hit Lugano, Ticino, last week.")
    assert entity_named(annotation, "Ticino").type == "GPE"


def test_handles_hashtags_isms_and_bare_common_nouns_are_not_entities(annotate):
    annotation, _ = annotate(
        "Observers blamed Xenophobia for the riots. Protesters used #SaveTheDocks. "
        "Officials at the Department declined."
    )
    assert {e.name for e in annotation.entities} & {"Xenophobia", "#SaveTheDocks", "Department"} == set()


def test_a_bare_common_noun_joins_the_longer_name_it_stands_for(annotate):
    annotation, _ = annotate("The Vorlund Supreme Court of Appeal ruled on Monday. The Court said the tax stands.")
    court = entity_named(annotation, "Vorlund Supreme Court of Appeal")
    assert "Court" in mention_names(annotation, court)


def test_countries_in_a_match_are_national_teams(annotate):
    annotation, _ = annotate("Fans cheered as Norway defeated Chile 2 – 1 in the cup match; the goal came late.")
    assert entity_named(annotation, "Norway").type == "ORG"
    assert entity_named(annotation, "Chile").type == "ORG"  # and no "Chile 2 – 1"


def test_countries_outside_sport_stay_places(annotate):
    annotation, _ = annotate("The US faces China in a trade war, and Canada lost to Mexico in talks.")
    assert {entity_named(annotation, n).type for n in ("United States", "China", "Canada", "Mexico")} == {"GPE"}


def test_an_ampersand_company_at_the_end_of_a_sentence(annotate):
    # the tokenizer alone keeps "AT&T." as one token, and the model misses it
    annotation, _ = annotate("Orders overwhelmed Apple and AT&T. Both apologised.")
    assert entity_named(annotation, "AT&T").type == "ORG"


def test_where_a_report_appeared_is_a_publisher(annotate):
    annotation, _ = annotate("According to an April report in Vorlund Ledger, sales fell.")
    assert entity_named(annotation, "Vorlund Ledger").type == "ORG"


def test_a_club_the_model_took_for_a_person_plays_a_match(annotate):
    # the model: "Manchester United" PERSON
    annotation, _ = annotate(
        "Meanwhile, Manchester United beat Chelsea 2-1 at Old Trafford on Saturday, with Bruno Fernandes scoring twice."
    )
    assert entity_named(annotation, "Manchester United").type == "ORG"
    assert entity_named(annotation, "Bruno Fernandes").type == "PERSON"


def test_the_policy_area_of_a_title_is_not_an_organisation(annotate):
    # the model: "Commerce" ORG
    annotation, _ = annotate("In Washington, Commerce Secretary Gina Raimondo said new export controls were due.")
    assert not any(e.name == "Commerce" for e in annotation.entities)
    assert entity_named(annotation, "Gina Raimondo").type == "PERSON"


def test_places_named_with_their_kind(annotate):
    # the model: "Sivrice" LOC, "Elazig province" GPE
    annotation, _ = annotate("The quake hit near the town of Sivrice in Elazig province.")
    assert entity_named(annotation, "Sivrice").type == "GPE"
    assert entity_named(annotation, "Elazig").type == "GPE"


def test_what_a_maker_makes_is_a_product(annotate):
    # the model: "Call of Duty" ORG
    annotation, _ = annotate("Microsoft agreed to buy Activision Blizzard, the maker of Call of Duty, for $69bn.")
    assert entity_named(annotation, "Call of Duty").type == "PRODUCT"
    assert entity_named(annotation, "Activision Blizzard").type == "ORG"


def test_a_name_written_out_after_its_short_form(annotate):
    # the model: two organisations
    annotation, _ = annotate("The secretary of ANPI (National Association of Italian Partisans) spoke.")
    group = entity_named(annotation, "National Association of Italian Partisans")
    assert "ANPI" in mention_names(annotation, group)
    assert not any(e.name == "ANPI" for e in annotation.entities)


def test_a_short_form_in_brackets_shows_where_a_name_ends(annotate):
    # the model: "The League of Retired Miners" ORG, "Smelters" PERSON, "LRMS" ORG
    annotation, _ = annotate("The League of Retired Miners and Smelters (LRMS) launched a petition.")
    league = entity_named(annotation, "League of Retired Miners and Smelters")
    assert "LRMS" in mention_names(annotation, league)
    assert not any(e.name == "Smelters" for e in annotation.entities)


def test_a_short_form_the_model_missed_is_a_mention(annotate):
    # the model: "Party for Freedom (PVV" ORG; "PVV" alone nothing
    annotation, _ = annotate("Voters gave Geert Wilders's Party for Freedom (PVV) the most seats.")
    party = entity_named(annotation, "Party for Freedom")
    assert mention_names(annotation, party) == ["Party for Freedom", "PVV"]


def test_a_named_storm_is_one_event(annotate):
    # the model: "Typhoon Haiyan" PERSON
    annotation, _ = annotate("Typhoon Haiyan hit the Philippines. Haiyan left thousands homeless.")
    assert entity_named(annotation, "Typhoon Haiyan").type == "EVENT"


def test_two_companies_joined_by_and_stay_two(annotate):
    annotation, _ = annotate("Ford and General Motors (GM) also slipped on the New York Stock Exchange.")
    assert "GM" in mention_names(annotation, entity_named(annotation, "General Motors"))
    assert entity_named(annotation, "Ford").type == "ORG"


def test_the_head_of_an_x_of_y_name_decides_its_kind(annotate):
    annotation, _ = annotate(
        "The Institute for the Study of War (ISW), a think tank, said gains were limited. "
        "The Battle of Bakhmut went on."
    )
    assert entity_named(annotation, "Institute for the Study of War").type == "ORG"
    assert entity_named(annotation, "Battle of Bakhmut").type == "EVENT"


def test_a_name_defined_with_its_short_form_is_one_organisation_even_where_the_model_cut_it(annotate):
    annotation, _ = annotate("Protesters from Azione Civica Sarda (ACS) blocked the road to Cagliari.")
    party = entity_named(annotation, "Azione Civica Sarda")
    assert party.type == "ORG" and "ACS" in party.aliases
    assert not [e for e in annotation.entities if e.name in ("Azione", "Civica Sarda", "ACS")]


def test_a_short_form_spelled_out_in_brackets_after_it(annotate):
    annotation, _ = annotate("The GROW Initiative (Green Rooftops for Our World) plants gardens on roofs in Leeds.")
    grow = entity_named(annotation, "Green Rooftops for Our World")
    assert grow.type == "ORG" and "GROW" in grow.aliases


def test_only_brackets_that_spell_the_initials_define_a_short_form(annotator):
    from briefing.annotate.missed import defined_short_forms

    doc = annotator.nlp("Rangers from Parco Alto Verde (PAX) and the mayor (a former teacher) met on Monday.")
    assert defined_short_forms(doc) == []
    doc = annotator.nlp("Rangers from Parco Alto Verde (PAV) met on Monday.")
    assert [(doc[a:b].text, doc[c:d].text) for (a, b), (c, d) in defined_short_forms(doc)] == [
        ("Parco Alto Verde", "PAV")
    ]


def test_a_list_of_names_shares_one_kind(annotate):
    annotation, _ = annotate("The squad includes Pelle Varga, Tomas Rieder and Ansgar Holm, who scored twice.")
    assert [entity_named(annotation, n).type for n in ("Pelle Varga", "Tomas Rieder", "Ansgar Holm")] == ["PERSON"] * 3


def test_a_municipality_is_an_administration(annotate):
    annotation, _ = annotate("Services are run by the Municipality of Castelnuovo, which raised fees in May.")
    assert entity_named(annotation, "Municipality of Castelnuovo").type == "ORG"


def test_a_platform_standing_alone_is_a_company(annotate):
    annotation, _ = annotate("The hashtag on Twitter spread quickly after the match.")
    assert entity_named(annotation, "Twitter").type == "ORG"


def test_the_owner_of_an_analysis_is_a_publisher(annotate):
    annotation, _ = annotate("PC Planet's recent analysis of its own web traffic found a drop.")  # the model: nothing
    assert entity_named(annotation, "PC Planet").type == "ORG"


def test_a_study_is_a_work_not_an_organisation(annotate):
    annotation, _ = annotate("Results of the Kestrel Valley Wetland Study were published on Friday.")
    assert entity_named(annotation, "Kestrel Valley Wetland Study").type == "WORK_OF_ART"


def test_a_run_of_capitalised_words_ending_in_station_is_a_place(annotate):
    annotation, _ = annotate(
        "The crowds can be avoided by walking from Tallis Market Station or Brenna Station. Both stops are close."
    )
    assert entity_named(annotation, "Brenna Station").type == "LOC"


def test_an_organisation_run_on_into_its_spokespersons_name_is_taken_apart(annotate):
    annotation, _ = annotate(
        "Chief executive of the Ohio chapter of the Council on Rural Housing Marta Delgado said "
        "the plan would help families."
    )
    assert entity_named(annotation, "Council on Rural Housing").type == "ORG"
    assert entity_named(annotation, "Marta Delgado").type == "PERSON"


def test_an_organisation_without_a_role_before_it_keeps_its_words(annotate):
    annotation, _ = annotate("Members met at the Council on Rural Housing Annual Assembly in May.")
    assert not any(e.name == "Annual Assembly" and e.type == "PERSON" for e in annotation.entities)


def test_a_first_name_between_an_organisation_and_a_surname_belongs_to_the_person(annotate):
    # the model: "the Tenants Union" ORG, "Solberg" PERSON, and "Arben" in neither
    annotation, _ = annotate(
        "In a statement, director of the Tenants Union Arben Solberg told the Guardian the checks were unfair."
    )
    assert entity_named(annotation, "Arben Solberg").type == "PERSON"


def test_a_name_run_on_into_the_next_noun_phrase_is_cut_at_the(annotate):
    # the model: one organisation "Whitcombe the Lantern Society", where the writer left out a comma
    annotation, _ = annotate("According to Whitcombe the Lantern Society ledger in dispute was sent back by post.")
    assert not any(" the " in e.name for e in annotation.entities)


def test_a_name_with_the_after_a_preposition_keeps_it(annotate):
    annotation, _ = annotate(
        "The Bank of the West said profits rose. The band Rage Against the Machine played in "
        "Ohio, and the Society for the Protection of Birds agreed."
    )
    for name in ("Bank of the West", "Rage Against the Machine", "Society for the Protection of Birds"):
        assert entity_named(annotation, name)


def test_a_company_named_by_its_trade_is_found_and_its_short_name_joins_it(annotate):
    # the model labels no part of "Tarrant Hill Metals"; "Tarrant Hill" alone it calls a person
    annotation, _ = annotate(
        "Tarrant Hill Metals, which employs about 900 people, admitted that it had failed. "
        "Tarrant Hill said it would pay."
    )
    firm = entity_named(annotation, "Tarrant Hill Metals")
    assert firm.type == "ORG"
    assert mention_names(annotation, firm) == ["Tarrant Hill Metals", "Tarrant Hill"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Walsh's executive order on tariffs took effect on Monday.",  # not the post itself
        "Ann Walsh became chairman of the club in 2010.",  # a post she holds
        "Ann Walsh is chair of the committee.",
        "Ann Walsh and executive producer Tom Hale won the award.",
        "Ann Walsh, managing to hold back tears, thanked the jury.",
        "Ann Walsh criticised its handling of the case.",  # a full name before "its": another thing's
        "Marek Nowak's chief of staff, Ewa Lis, said the minister would not resign.",  # no firm's post
    ],
)
def test_a_person_near_a_post_or_its_stays_a_person(annotate, text):
    """Read-back cases for `bodies_by_their_posts`: only a firm's post owned by the name, or its
    words alone between the name and its holder, make the name a body."""
    annotation, _ = annotate(text)
    names = [name for name in ("Ann Walsh", "Marek Nowak") if name in text]
    assert entity_named(annotation, names[0]).type == "PERSON"
