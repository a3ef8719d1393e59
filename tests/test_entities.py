"""Entities on hand-made sentences, with the real spaCy model."""


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
    annotation, _ = annotate("Hollande said the talks went well. Hollande added more. "
                             "Mr Hollande later left for Berlin.")
    hollande = entity_named(annotation, "Hollande")
    assert hollande.type == "PERSON"
    assert len([e for e in annotation.entities if e.name == "Hollande"]) == 1


def test_alias_table_merges_short_forms_and_groups(annotate):
    annotation, _ = annotate("The Islamic State claimed the attack. Officials said ISIS, also called Daesh, "
                             "was behind it, and an IS commander was killed.")
    group = entity_named(annotation, "Islamic State")
    assert group.type == "ORG"
    assert {"Islamic State", "ISIS", "Daesh", "IS"} <= set(mention_names(annotation, group))
    assert not any(e.name == "Islamic" for e in annotation.entities)


def test_dotted_and_undotted_country_forms(annotate):
    annotation, _ = annotate("The United States and the U.S. Congress. US troops left.")
    us = entity_named(annotation, "United States")
    assert {"United States", "U.S.", "US"} <= set(mention_names(annotation, us)) | set(us.aliases)


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
    annotation, _ = annotate("US President Barack Obama arrived on Monday. Reporters later asked the US President "
                             "about the talks.")
    obama = entity_named(annotation, "Barack Obama")
    roles = [m for m in annotation.mentions if m.how == "role"]
    assert [annotation.entities[m.entity].name for m in roles] == ["Barack Obama"]
    assert "President" in roles[0].text


def test_organisation_short_form(annotate):
    annotation, _ = annotate("General Motors Corporation reported losses. GM said sales fell.")
    gm = entity_named(annotation, "General Motors Corporation")
    assert "GM" in mention_names(annotation, gm)


def test_front_matter_can_ignore_a_name(annotate):
    annotation, _ = annotate("Hope was the name of the robot built in Kabul.", ignore=["Kabul"])
    assert not any(e.name == "Kabul" for e in annotation.entities)


def test_stations_and_stadiums_are_places_and_shows_are_events(annotate):
    from briefing.annotate.entities import place_type

    assert place_type("NTU Hospital Station", "ORG") == "LOC"
    assert place_type("Fisht Stadium", "FAC") == "LOC"
    assert place_type("Paris Air Show", "FAC") == "EVENT"
    assert place_type("Pew Research Center", "ORG") == "ORG"  # a centre is often an organisation
    assert place_type("Angela Merkel", "PERSON") == "PERSON"
    annotation, _ = annotate("Fans filled the Volgograd Arena and the Fisht Stadium on Monday.")
    assert {e.type for e in annotation.entities if e.name.endswith(("Arena", "Stadium"))} == {"LOC"}


def test_an_unclosed_bracket_is_not_part_of_a_name(annotate):
    annotation, _ = annotate("The World Health Organisation (WHO recommends iodine, the report said.")
    assert not any("(" in e.name for e in annotation.entities)


def test_a_lone_word_the_model_calls_a_person_needs_some_sign_of_one(annotate):
    annotation, _ = annotate("The update makes pages load faster in Safari and Chrome than before.")
    assert not [e.name for e in annotation.entities if e.type == "PERSON"]
    annotation, _ = annotate("“We will build it,” Solomon, chief executive of the council, said on Monday.")
    assert "Solomon" in [e.name for e in annotation.entities]
    annotation, _ = annotate("The response will be limited, according to Shurkin. “It was an attack,” he said.")
    shurkin = entity_named(annotation, "Shurkin")
    assert annotation.quotes[0].speaker == annotation.entities.index(shurkin)
