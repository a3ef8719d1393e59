"""Part of the link stage: where each place entity is, from the gazetteer (gazetteer.py).

A country or continent is known by its name or another spelling of it; a city by its name, or,
for a city of 100,000 people or more, by the other names English news uses for it ("New York",
"Frankfurt", "Kiev"; see gazetteer.py). When several cities share a name (Paris, France and
Paris, Texas), the one chosen is the one whose country (or US state) is named in a sentence with
the city, or whose US state is named anywhere in the same brief ("MEDLOW, Ore." then "Salem":
Salem, Oregon), else the most populous. A country named anywhere in the same brief is too weak
a sign: news about talks in Vienna names the United States as often as news from Vienna,
Virginia. A place the gazetteer does not know, a US state included (it has no centre in the
data), is not guessed at: it is listed under the maps; a state's name is the state, not a small
town that shares it ("Oregon", not Oregon, Ohio), unless a big city does ("Washington"). A
building (FAC) is placed only when the gazetteer knows its name, and is not listed otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from .drawing.geo import project
from .gazetteer import Gazetteer, Known
from .model import Entity, Place

PLACE_TYPES = ("GPE", "LOC", "FAC")
# a US state's name means the state, unless a city of that name is this big (Washington, New York),
# not a small namesake (Oregon, Ohio; Nevada, Missouri)
CITY_OVER_STATE = 500_000
LISTED_WHEN_UNKNOWN = ("GPE", "LOC")


def place_entities(entities: Mapping[str, Entity], gazetteer: Gazetteer, sentence_pairs: Counter) -> list[str]:
    """Set each place entity's `place`; return the ids of the GPE and LOC the gazetteer does
    not place, sorted. `sentence_pairs` counts the sentences naming each (a, b), a < b."""
    regions: dict[str, str] = {}  # entity id → the code of the country or state it is
    us_states: dict[str, str] = {}  # entity id → the code of the US state it is ("US-OR")
    cities: list[tuple[Entity, list[Known]]] = []
    states: list[tuple[Entity, list[Known]]] = []  # a US state's name that cities share too
    unplaced = []
    for entity in entities.values():
        if entity.type not in PLACE_TYPES:
            continue
        region = _first(gazetteer.region, entity)
        if region is not None and region.kind != "state":
            entity.place = _place(region)
            if region.kind == "country":
                regions[entity.id] = region.country
            continue
        if region is not None:  # a US state
            regions[entity.id] = us_states[entity.id] = region.region
        if found := _first(gazetteer.cities_named, entity):
            (cities if region is None else states).append((entity, found))
        elif entity.type in LISTED_WHEN_UNKNOWN:
            unplaced.append(entity.id)

    briefs = {entity.id: {m.brief for m in entity.mentions} for entity in entities.values()}

    def named_with(entity: Entity) -> set[str]:
        """The regions named in a sentence with it, and a US state named anywhere in its brief
        ("SALEM, Ore. — …" then "in Salem"): a state is specific enough, a country is not."""
        same_sentence = {
            code for other, code in regions.items() if sentence_pairs.get(tuple(sorted((entity.id, other))))
        }
        return same_sentence | {code for other, code in us_states.items() if briefs[other] & briefs[entity.id]}

    for entity, candidates in states:  # "Washington": the city; "Oregon": the state, not Oregon, Ohio
        if max(c.population for c in candidates) >= CITY_OVER_STATE:
            cities.append((entity, candidates))
        elif entity.type in LISTED_WHEN_UNKNOWN:
            unplaced.append(entity.id)
    for entity, candidates in cities:
        entity.place = _place(choose_city(candidates, named_with(entity)))
    return sorted(unplaced)


def choose_city(candidates: list[Known], named_with: set[str]) -> Known:
    """Of cities that share a name: one whose country or US state is in `named_with`, else the
    most populous (then the lowest GeoNames id, so the choice never depends on order)."""
    return max(
        candidates,
        key=lambda c: (c.country in named_with or c.region in named_with, c.population, -int(c.ident)),
    )


def _first(look_up, entity: Entity):
    """What `look_up` finds for the entity's name, else for the first of its aliases that finds anything."""
    for name in [entity.name, *entity.aliases]:
        found = look_up(name)
        if found:
            return found
    return None


def _place(known: Known) -> Place:
    x, y = project(known.lat, known.lon)
    label = f"{known.name}, {known.country}" if known.kind == "city" else known.name
    return Place(round(known.lat, 4), round(known.lon, 4), x, y, known.kind, known.country, label)
