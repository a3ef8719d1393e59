"""The map of places and the graph of connections (issue 19, items 2 and 3): the gazetteer's
choice, the projection, the caps, the data files, the seed site, and the preview's memo."""

import json
import re
from collections import Counter
from dataclasses import replace
from types import SimpleNamespace

import pytest
from conftest import options, write_brief

from briefing.connections import NEIGHBOURS_SHOWN, connect
from briefing.drawing import graph as graph_drawing
from briefing.drawing.geo import HEIGHT, WIDTH, Spot, draw_map, project
from briefing.gazetteer import Gazetteer, Known, load_gazetteer
from briefing.model import Entity, SiteMention
from briefing.pipeline import build
from briefing.places import choose_city, place_entities
from briefing.visual_pages import graph_json


def city(name: str, country: str, population: int, ident: str, region: str = "") -> Known:
    return Known(name, "city", country, 10.0, 20.0, population, ident, region)


def entity(entity_id: str, name: str, kind: str = "GPE", briefs: tuple[str, ...] = ("b1",)) -> Entity:
    mentions = [SiteMention(brief, 0, name, name, "m-0") for brief in briefs]
    return Entity(entity_id, name, kind, [], mentions=mentions)


def invented_gazetteer() -> Gazetteer:
    """Invented places, in the gazetteer's own row shapes."""
    country = ["Freedonia", "country", "XF", 40.0, 10.0, 5_000_000, "XF"]
    state = ["Sylvania", "state", "US", None, None, 0, "US-SY", "US-SY"]
    rows = {
        "newtown": ["Newtown\t1.0\t2.0\tXA\t90000\t11\t01", "Newtown\t41.0\t11.0\tXF\t3000\t12\t02"],
        "oldport": ["Oldport\t5.0\t6.0\tXA\t200000\t21\t01", "Oldport\t30.0\t-90.0\tUS\t8000\t22\tSY"],
    }
    return Gazetteer({"freedonia": country, "sylvania": state}, {k: "\n".join(v) for k, v in rows.items()}, [], [])


def test_ambiguous_city_goes_to_the_country_or_state_named_with_it_else_the_most_populous():
    candidates = [city("Newtown", "XA", 90000, "11"), city("Newtown", "XF", 3000, "12")]
    assert choose_city(candidates, set()).country == "XA"
    assert choose_city(candidates, {"XF"}).country == "XF"
    assert choose_city(list(reversed(candidates)), {"XF", "XA"}).country == "XA"  # both named: the bigger
    in_state = [city("Oldport", "XA", 200000, "21"), city("Oldport", "US", 8000, "22", "US-SY")]
    assert choose_city(in_state, {"US-SY"}).ident == "22"
    twins = [city("Twin", "XA", 500, "31"), city("Twin", "XA", 500, "30")]
    assert choose_city(twins, set()).ident == "30" == choose_city(twins[::-1], set()).ident


def test_places_are_placed_chosen_by_sentence_and_the_unknown_listed_not_guessed():
    entities = {
        e.id: e
        for e in [
            entity("freedonia", "Freedonia", briefs=("b1", "b2")),
            entity("newtown", "Newtown", briefs=("b1",)),
            entity("oldport", "Oldport", briefs=("b2",)),
            entity("sylvania", "Sylvania", briefs=("b2",)),
            entity("atlantis", "Atlantis", "LOC"),
            entity("grand-hall", "Grand Hall", "FAC"),
            entity("jo-roe", "Jo Roe", "PERSON"),
        ]
    }
    # Freedonia is named in Oldport's brief but not in its sentence: no reason to leave the bigger one
    pairs = Counter({("freedonia", "newtown"): 1, ("oldport", "sylvania"): 1})
    unplaced = place_entities(entities, invented_gazetteer(), pairs)
    assert unplaced == ["atlantis", "sylvania"]  # a state has no centre; a building is not listed
    assert entities["freedonia"].place.kind == "country" and entities["freedonia"].place.country == "XF"
    assert (entities["newtown"].place.lat, entities["newtown"].place.country) == (41.0, "XF")
    assert entities["oldport"].place.label == "Oldport, US"
    assert entities["grand-hall"].place is None and entities["jo-roe"].place is None
    assert (entities["newtown"].place.x, entities["newtown"].place.y) == project(41.0, 11.0)


def test_the_real_gazetteer_knows_countries_cities_and_their_namesakes(tmp_path):
    gazetteer = load_gazetteer(tmp_path)
    france = gazetteer.region("France")
    assert france is not None and france.kind == "country" and 40 < france.lat < 52 and -5 < france.lon < 9
    birminghams = gazetteer.cities_named("Birmingham")
    assert {c.country for c in birminghams} >= {"GB", "US"}
    assert choose_city(birminghams, set()).country == "GB"
    alabama = gazetteer.region("Alabama")
    assert alabama is not None and alabama.kind == "state"
    chosen = choose_city(birminghams, {alabama.region})
    assert chosen.country == "US" and 33 < chosen.lat < 34 and -87.5 < chosen.lon < -86.5
    # a town too small for the map is known by name only, and a city's name is no town's
    assert gazetteer.is_a_town("Pitlochry") and not gazetteer.cities_named("Pitlochry")
    assert not gazetteer.is_a_town("Birmingham") and not gazetteer.is_a_town("Vexmoor")


def test_the_rules_read_the_table_the_build_keeps(tmp_path):
    """The annotation rules ask for the gazetteer without a folder; a build names its folder first
    (`keep_in`), so they read the kept table instead of making it from the packages again."""
    from briefing import gazetteer as module
    from briefing.kept import keep, kept_path

    table = {"regions": {"vexland": ["Vexland", "country", "XV", 1.0, 2.0, 5, "XV"]}, "cities": {}}
    table |= {"world": [], "outlines": [], "provinces": {}, "towns": {}}
    keep(kept_path(tmp_path, "gazetteer", module._packages()), table)
    saved = dict(module._LOADED)
    try:
        module._LOADED.clear()
        module.keep_in(tmp_path)
        assert module.load_gazetteer().place_type("Vexland") == "GPE"
    finally:
        module.keep_in(None)
        module._LOADED.clear()
        module._LOADED.update(saved)


def test_a_us_state_named_anywhere_in_the_brief_chooses_among_cities():
    """ "OLDPORT, Sy. — …" and later "in Oldport": the bigger Oldport is elsewhere, but the brief
    names Sylvania, and a state is specific enough; a country named elsewhere in the brief is not."""
    entities = {
        e.id: e for e in [entity("oldport", "Oldport", briefs=("b1",)), entity("sylvania", "Sylvania", briefs=("b1",))]
    }
    place_entities(entities, invented_gazetteer(), Counter())
    assert entities["oldport"].place.country == "US"
    entities = {
        e.id: e for e in [entity("oldport", "Oldport", briefs=("b1",)), entity("sylvania", "Sylvania", briefs=("b2",))]
    }
    place_entities(entities, invented_gazetteer(), Counter())
    assert entities["oldport"].place.country == "XA"  # the state is named in another brief: the bigger
    entities = {
        e.id: e
        for e in [entity("newtown", "Newtown", briefs=("b1",)), entity("freedonia", "Freedonia", briefs=("b1",))]
    }
    place_entities(entities, invented_gazetteer(), Counter())
    assert entities["newtown"].place.country == "XA"  # a country elsewhere in the brief: the bigger


def test_a_us_states_name_is_the_state_unless_a_big_city_has_it():
    entities = {e.id: e for e in [entity("sylvania", "Sylvania"), entity("oldport", "Oldport")]}
    gazetteer = invented_gazetteer()
    gazetteer.cities["sylvania"] = "Sylvania\t5.0\t6.0\tUS\t20000\t41\tOH"  # a small namesake town
    assert place_entities(entities, gazetteer, Counter()) == ["sylvania"]  # the state: no centre
    pairs = Counter({("freedonia", "sylvania"): 1})  # "trade between Sylvania and Freedonia": still the state
    gazetteer.cities["sylvania"] = "Sylvania\t5.0\t6.0\tXF\t20000\t41\t01"
    entities["freedonia"] = entity("freedonia", "Freedonia")
    assert place_entities(entities, gazetteer, pairs) == ["sylvania"]
    del entities["freedonia"]
    gazetteer.cities["sylvania"] = "Sylvania\t5.0\t6.0\tUS\t700000\t41\tDC"  # a capital city
    assert place_entities(entities, gazetteer, Counter()) == []
    assert entities["sylvania"].place.label == "Sylvania, US"


def test_projection_is_equirectangular_and_cut_at_the_poles():
    assert project(84.0, -180.0) == (0.0, 0.0)
    assert project(0.0, 0.0) == (WIDTH / 2, 84 * WIDTH / 360)
    assert project(-89.0, 180.0) == (WIDTH, HEIGHT)  # Antarctica is cut off at 60° S
    x1, _ = project(0, 10.0)
    x2, _ = project(0, 20.0)
    assert x2 - x1 == 10 * WIDTH / 360


def test_a_crowded_region_gets_a_close_up_and_a_lone_marker_does_not():
    spots = [
        Spot(*project(lat, lon), f"{n}.html", f"place {n}", n + 1)
        for n, (lat, lon) in enumerate([(48.9, 2.3), (51.5, -0.1), (52.5, 13.4), (48.2, 16.4), (40.7, -74.0)])
    ]
    drawing = draw_map(spots)
    assert drawing is not None and len(drawing.world.markers) == 5
    inset = drawing.inset
    assert inset is not None and {m.href for m in inset.markers} == {"0.html", "1.html", "2.html", "3.html"}
    assert inset.width * inset.height < WIDTH * HEIGHT / 4
    assert draw_map(spots[:1]).inset is None and draw_map([]) is None


def test_a_places_own_map_marks_it_and_closes_up_around_it_not_where_most_places_crowd():
    places = [(48.9, 2.3), (51.5, -0.1), (52.5, 13.4), (48.2, 16.4), (50.1, 8.7), (40.7, -74.0), (42.4, -71.1)]
    places += [(38.9, -77.0)]
    spots = [Spot(*project(lat, lon), f"{n}.html", f"place {n}", 10 - n) for n, (lat, lon) in enumerate(places)]
    assert {m.href for m in draw_map(spots).inset.markers} == {f"{n}.html" for n in range(5)}  # Europe crowds
    here = spots[5]  # a page of the place at 40.7 N, 74.0 W: its region, with its two neighbours
    drawing = draw_map(spots, here)
    assert {m.href for m in drawing.inset.markers} == {"5.html", "6.html", "7.html"}
    assert [m.href for m in drawing.world.markers if m.here] == ["5.html"]
    assert [m.href for m in drawing.inset.markers if m.here] == ["5.html"]
    assert draw_map(spots[:6], spots[5]).inset is None  # alone in its region: the world view says enough


def test_a_thousand_neighbours_are_capped_and_counted():
    hub = entity("hub", "Hub", "PERSON")
    others = {f"e{n:04d}": entity(f"e{n:04d}", f"Other {n}", "ORG") for n in range(1000)}
    entities = {"hub": hub, **others}
    pairs = Counter({("e0007", "hub"): 5, ("e0500", "hub"): 3})
    graph = connect(entities, pairs, [["hub", *others]])
    assert hub.neighbour_total == 1000 and len(hub.neighbours) == NEIGHBOURS_SHOWN
    assert hub.neighbours[:2] == [("e0007", 6), ("e0500", 4)]  # a sentence and the brief
    centre = graph_drawing.Linked("hub", "hub.html", "Hub", "person")
    linked = [(graph_drawing.Linked(i, f"{i}.html", i, "org"), w) for i, w in hub.neighbours]
    drawing = graph_drawing.neighbourhood(centre, linked, hub.neighbour_total - len(linked))
    assert len(drawing.nodes) == NEIGHBOURS_SHOWN + 1 and drawing.left_out == 1000 - NEIGHBOURS_SHOWN
    assert len(graph.nodes) == 40 and graph.nodes == sorted(graph.nodes, key=lambda n: n.id)


def test_site_graph_labels_stay_inside_and_never_cover_each_other_or_a_dot():
    Linked = graph_drawing.Linked
    near = [
        (Linked(f"n{i}", f"n{i}.html", name, "person"), x, y, 10 - i)
        for i, (name, x, y) in enumerate(
            [
                ("Jane Roe", 400, 200),
                ("Jo Bloggs of Eastfield", 395, 222),
                ("Acme Bank", 520, 200),
                ("Lee Ka-ming", 405, 246),
            ]
        )
    ]
    drawing = graph_drawing.site_drawing(near, [])
    by_name = {node.name: node for node in drawing.nodes}
    assert by_name["Jane Roe"].anchor == "start"  # the heaviest keeps its outward side (right of centre)
    assert by_name["Jo Bloggs of Eastfield"].label_y != by_name["Jane Roe"].label_y  # moved off Jane Roe's line
    import random

    rng = random.Random(7)
    crowd = [
        (
            Linked(f"e{i}", f"e{i}.html", f"Entity number {i}", "org"),
            rng.uniform(130, 630),
            rng.uniform(24, 496),
            rng.randint(1, 50),
        )
        for i in range(40)
    ]
    nodes = graph_drawing.site_drawing(crowd, []).nodes
    boxes = [graph_drawing.label_box(n) for n in nodes if n.label]
    dots = [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r, n.href) for n in nodes]
    for i, (box, node) in enumerate(zip(boxes, [n for n in nodes if n.label], strict=True)):
        assert not any(graph_drawing._overlap(box, other) for other in boxes[:i] + boxes[i + 1 :])
        assert not any(graph_drawing._overlap(box, dot[:4]) for dot in dots if dot[4] != node.href)
    width, height = graph_drawing.SITE_SIZE
    assert all(left >= 0 and right <= width and top >= 0 and bottom <= height for left, top, right, bottom in boxes)
    assert 0 < len(boxes) < 40  # a crowd this dense leaves some labels out, never all


def test_a_label_with_no_room_in_full_is_shortened_to_its_first_word_before_it_is_dropped():
    item = graph_drawing.Linked("a", "a.html", "Federal Agency for the Financial Markets", "org")
    node = graph_drawing._node(item, 60, 30, 5, 0.0)
    (placed,) = graph_drawing.placed_labels([node], (0, 0, 120, 60))
    assert (placed.label, placed.shortened, placed.anchor) == ("Federal", True, "middle")  # below it
    (dropped,) = graph_drawing.placed_labels([node], (0, 0, 40, 60))
    assert dropped.label == "" and dropped.name == item.name


def test_graph_json_has_sorted_nodes_and_edges_and_the_same_layout_every_time():
    def made():
        graph_drawing._layout.cache_clear()
        people = {i: entity(i, i.title(), "PERSON") for i in ("ann", "bob", "cy", "dee")}
        pairs = Counter({("ann", "bob"): 3, ("bob", "cy"): 1})
        site = SimpleNamespace(entities=people, graph=connect(people, pairs, [["ann", "bob", "cy"], ["dee", "ann"]]))
        return graph_json(SimpleNamespace(site=site))

    data = json.loads(made())
    assert [n["id"] for n in data["nodes"]] == ["ann", "bob", "cy", "dee"]
    assert set(data["nodes"][0]) == {"id", "name", "type", "url", "weight"}
    assert data["nodes"][0] == {"id": "ann", "name": "Ann", "type": "PERSON", "url": "entities/ann.html", "weight": 6}
    edges = [(e["source"], e["target"], e["weight"]) for e in data["edges"]]
    assert edges == [("ann", "bob", 4), ("ann", "cy", 1), ("ann", "dee", 1), ("bob", "cy", 2)]
    assert made() == made()


def test_seed_places_are_at_their_coordinates_and_obama_is_connected_to_hollande(seed_site):
    entities = json.loads((seed_site / "api/briefing.json").read_text())["entities"]
    by_name = {e["name"]: e["id"] for e in entities}
    places = json.loads((seed_site / "api/places.geojson").read_text())
    assert places["type"] == "FeatureCollection"
    at = {f["properties"]["id"]: f["geometry"]["coordinates"] for f in places["features"]}
    known = {"Paris": (48.86, 2.35), "Moscow": (55.75, 37.62), "London": (51.51, -0.13), "Vienna": (48.21, 16.37)}
    known |= {"Ankara": (39.93, 32.86), "Mosul": (36.34, 43.13)}
    for name, (lat, lon) in known.items():
        lon_found, lat_found = at[by_name[name]]
        assert abs(lat_found - lat) < 0.3 and abs(lon_found - lon) < 0.3, name
    from countryinfo import all_countries

    countries = {c.info()["name"]: c.info().get("latlng") for c in all_countries() if c.info().get("name")}
    named = [e for e in entities if e["type"] == "GPE" and e["name"] in countries]
    assert len(named) >= 5
    for country in named:
        lat, lon = countries[country["name"]]
        assert at[country["id"]] == [lon, lat], country["name"]
    graph = json.loads((seed_site / "api/graph.json").read_text())
    pair = tuple(sorted((by_name["Barack Obama"], by_name["François Hollande"])))
    assert any((e["source"], e["target"]) == pair and e["weight"] > 0 for e in graph["edges"])
    home = (seed_site / "index.html").read_text()
    markers = re.findall(r'<a href="(entities/[^"]+)" aria-label="[^"]+"><title>', home)
    assert set(markers) >= {f"entities/{by_name[name]}.html" for name in known}


@pytest.mark.parametrize("page", ["brief", "place"])
def test_the_preview_redraws_a_map_that_another_brief_moved(tmp_path, page):
    """Birmingham's brief does not change, but another brief puts Birmingham in Alabama: the
    brief's map and the place's page must move it, as a clean build would."""
    from briefing.memory import BuildMemory

    content = tmp_path / "content"
    write_brief(content, "2020-01-01-a.md", "Talks were held in Birmingham on Tuesday.", title="A", date="2020-01-01")
    other = write_brief(content, "2020-01-02-b.md", "Rain fell on Monday.", title="B", date="2020-01-02")
    opts = options(tmp_path, content=content)
    memory = BuildMemory()
    build(opts, memory=memory)
    ids = {e["name"]: e["id"] for e in json.loads((opts.out / "api/briefing.json").read_text())["entities"]}
    path = opts.out / ("briefs/2020-01-01-a.html" if page == "brief" else f"entities/{ids['Birmingham']}.html")
    before = path.read_text()
    other.write_text(other.read_text().replace("Rain fell", "Birmingham, Alabama, saw rain"))
    build(opts, memory=memory)
    after = path.read_text()
    clean = tmp_path / "clean"
    build(replace(options(tmp_path / "c", content=content), out=clean))
    assert after == (clean / path.relative_to(opts.out)).read_text()
    marker = re.compile(
        r'aria-label="Birmingham \(Birmingham, (\w+)\)[^"]*"><title>[^<]*</title><circle [^>]*cx="([\d.]+)"'
    )
    assert [(m[0], float(m[1]) > 300) for m in marker.findall(before)][:1] == [("GB", True)]
    assert [(m[0], float(m[1]) < 200) for m in marker.findall(after)][:1] == [("US", True)]


def test_a_big_citys_english_names_find_it_and_a_citys_own_name_wins_over_them(tmp_path):
    gazetteer = load_gazetteer(tmp_path)
    (new_york,) = gazetteer.cities_named("New York")  # its own name is "New York City"
    assert new_york.country == "US" and 40 < new_york.lat < 41.5
    (frankfurt,) = gazetteer.cities_named("Frankfurt")  # "Frankfurt am Main"
    assert frankfurt.country == "DE"
    assert {c.country for c in gazetteer.cities_named("Frankfort")} >= {"US"}  # Kentucky's own name
    assert gazetteer.cities_named("FFM") == []  # a code, not a name
