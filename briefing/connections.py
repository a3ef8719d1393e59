"""Part of the link stage: who is named with whom. Two entities are connected once for each
brief that names both and once more for each sentence that does; an entity page draws its
strongest `NEIGHBOURS_SHOWN` connections (saying how many it left out), a place's map its
`NEARBY_PLACES` most connected places, and the site's graph the `GRAPH_NODES` entities with
the most connections (by weight), with every edge between them.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from .drawing.graph import spring_layout
from .model import Entity, GraphNode, SiteGraph

NEIGHBOURS_SHOWN = 12
NEARBY_PLACES = 12
GRAPH_NODES = 40


def connect(
    entities: dict[str, Entity], sentence_pairs: Counter, briefs: Iterable[list[str]], kept: Path | None = None
) -> SiteGraph:
    """Set each entity's `neighbours`, `neighbour_total` and, for a placed place, `nearby`;
    return the site's graph. `sentence_pairs` counts the sentences naming each (a, b) with a < b;
    `briefs` gives each brief's entity ids; `kept` is where the graph's layout may be kept."""
    weights = Counter(sentence_pairs)
    for entity_ids in briefs:
        weights.update(combinations(sorted(set(entity_ids)), 2))
    around: dict[str, dict[str, int]] = {entity_id: {} for entity_id in entities}
    for (a, b), weight in weights.items():
        around[a][b] = weight
        around[b][a] = weight
    for entity_id, entity in entities.items():
        mine = around[entity_id]
        entity.neighbours = strongest(mine.items(), NEIGHBOURS_SHOWN)
        entity.neighbour_total = len(mine)
        if entity.place is not None:
            places = ((other, w) for other, w in mine.items() if entities[other].place is not None)
            entity.nearby = strongest(places, NEARBY_PLACES)
    return site_graph(around, weights, kept)


def strongest(weighted: Iterable[tuple[str, int]], count: int) -> list[tuple[str, int]]:
    """The `count` heaviest (id, weight), heaviest first, ties by id."""
    return heapq.nsmallest(count, weighted, key=lambda kv: (-kv[1], kv[0]))


def site_graph(around: dict[str, dict[str, int]], weights: Counter, kept: Path | None = None) -> SiteGraph:
    """The most connected entities, laid out, with the edges between them."""
    strength = {entity_id: sum(mine.values()) for entity_id, mine in around.items() if mine}
    chosen = sorted(strongest(strength.items(), GRAPH_NODES))
    ids = {entity_id for entity_id, _ in chosen}
    edges = sorted((a, b, w) for (a, b), w in weights.items() if a in ids and b in ids)
    positions = spring_layout([entity_id for entity_id, _ in chosen], edges, kept)
    nodes = [GraphNode(entity_id, weight, *positions[entity_id]) for entity_id, weight in chosen]
    return SiteGraph(nodes, edges)
