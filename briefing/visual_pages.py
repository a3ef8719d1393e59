"""What the map and the graph add to the pages: the context the templates draw them from, the
world map's file, the graph page and the two data files (api/places.geojson, api/graph.json).

Everything here only draws what linking worked out (places.py, connections.py). An item page
looks its neighbours and places up through the `entities` it is given, so the preview's page
memo sees them; the world map is one file per build that every map shows under its markers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .drawing.geo import HEIGHT, WIDTH, Spot, draw_map
from .drawing.graph import EDGES_PER_NODE, Linked, neighbourhood, site_drawing
from .export import json_text
from .link import entity_url
from .model import BriefPage, Entity, Site

if TYPE_CHECKING:
    from .pages import SiteData

WORLD_MAP = "maps/world.svg"
HOME_MAP_PLACES = 300  # the most mentioned; the rest are on their briefs' maps
KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}


def _spot(entity: Entity, weight: int, root: str) -> Spot:
    assert entity.place is not None
    label = f"{entity.name} ({entity.place.label}): {weight} mention{'s' if weight != 1 else ''}"
    return Spot(entity.place.x, entity.place.y, f"{root}{entity_url(entity.id)}", label, weight)


def _map(
    placed: list[tuple[Entity, int]], unplaced: list[Entity], root: str, listed: bool = True, here: Entity | None = None
) -> dict:
    """The template's names for a map of `placed` (entity, mentions) and the names not on it;
    `listed`: the places as text under the map too (a brief's side panel lists them already);
    `here`: the place whose page it is, marked, with the close-up around it."""
    spots = [_spot(entity, weight, root) for entity, weight in placed]
    focus = next((spot for (entity, _), spot in zip(placed, spots, strict=True) if entity is here), None)
    return dict(
        place_map=draw_map(spots, focus),
        map_places=sorted(placed, key=lambda ew: (-ew[1], ew[0].name.casefold(), ew[0].id)) if listed else [],
        map_unplaced=sorted(unplaced, key=lambda e: (e.name.casefold(), e.id)),
    )


def home_map(data: SiteData) -> dict:
    """The whole site's places."""
    site = data.site
    placed = [(e, len(e.mentions)) for e in site.entities.values() if e.place is not None]
    placed = sorted(placed, key=lambda ew: (-ew[1], ew[0].id))[:HOME_MAP_PLACES]
    return dict(**_map(placed, [site.entities[i] for i in site.unplaced], ""), map_left_out=_left_out(site))


def _left_out(site: Site) -> int:
    return max(0, sum(e.place is not None for e in site.entities.values()) - HOME_MAP_PLACES)


def brief_map(page: BriefPage, entities: Mapping) -> dict:
    """The places a brief names, sized by how often it names them."""
    counts = Counter(page.entity_ids[mention.entity] for mention in page.annotation.mentions)
    placed, unplaced = [], []
    for entity_id in sorted(counts):
        entity = entities[entity_id]
        if entity.place is not None:
            placed.append((entity, counts[entity_id]))
        elif entity.type in ("GPE", "LOC"):
            unplaced.append(entity)
    return dict(**_map(placed, unplaced, "../", listed=False), map_left_out=0)


def entity_visuals(entity: Entity, entities: Mapping) -> dict:
    """A place's map (it and the places most named with it) and any entity's neighbourhood."""
    place_map = {}
    if entity.place is not None:
        nearby = [(entities[other], weight) for other, weight in entity.nearby]
        place_map = _map([(entity, len(entity.mentions)), *nearby], [], "../", here=entity)
    neighbours = [(_linked(entities[other], "../"), weight) for other, weight in entity.neighbours]
    left_out = entity.neighbour_total - len(neighbours)
    return dict(
        place_map=place_map.get("place_map"),
        map_places=place_map.get("map_places", []),
        map_unplaced=[],
        map_left_out=0,
        neighbourhood=neighbourhood(_linked(entity, "../"), neighbours, left_out),
        neighbours=entity.neighbours,
        neighbours_left_out=left_out,
    )


def _linked(entity: Entity, root: str) -> Linked:
    return Linked(entity.id, f"{root}{entity_url(entity.id)}", entity.name, KINDS.get(entity.type, "other"))


# --- site-wide pages and files --------------------------------------------------------------


def graph_context(data: SiteData) -> dict:
    site = data.site
    graph, entities = site.graph, site.entities
    nodes = [(_linked(entities[n.id], ""), n.x, n.y, n.weight) for n in graph.nodes]
    strongest: dict[str, list[tuple[str, int]]] = {n.id: [] for n in graph.nodes}
    for a, b, weight in graph.edges:
        strongest[a].append((b, weight))
        strongest[b].append((a, weight))
    rows = [
        (entities[n.id], n.weight, sorted(strongest[n.id], key=lambda kv: (-kv[1], kv[0]))[:5])
        for n in sorted(graph.nodes, key=lambda n: (-n.weight, n.id))
    ]
    drawing = site_drawing(nodes, graph.edges)
    return dict(graph_drawing=drawing, rows=rows, edges_per_node=EDGES_PER_NODE, page_title="Connections")


def has_places(site: Site) -> bool:
    return any(entity.place is not None for entity in site.entities.values())


def world_map_context(data: SiteData) -> dict:
    return dict(paths=data.site.world, width=WIDTH, height=HEIGHT)


def places_geojson(data: SiteData) -> bytes:
    """`api/places.geojson`: a Point for each placed entity, by id."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e.place.lon, e.place.lat]},
            "properties": {"id": e.id, "name": e.name, "url": entity_url(e.id), "mentions": len(e.mentions)},
        }
        for e in data.site.entities.values()
        if e.place is not None
    ]
    return (json_text({"type": "FeatureCollection", "features": features}) + "\n").encode()


def graph_json(data: SiteData) -> bytes:
    """`api/graph.json`: the site graph's nodes by id and its edges by (source, target)."""
    site = data.site
    nodes = [
        {
            "id": n.id,
            "name": site.entities[n.id].name,
            "type": site.entities[n.id].type,
            "url": entity_url(n.id),
            "weight": n.weight,
        }
        for n in site.graph.nodes
    ]
    edges = [{"source": a, "target": b, "weight": w} for a, b, w in site.graph.edges]
    return (json_text({"nodes": nodes, "edges": edges}) + "\n").encode()
