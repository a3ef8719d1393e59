"""Who is named with whom, as node and edge positions for an SVG template.

An entity's neighbourhood is radial and cheap: the entity in the middle, its neighbours on an
ellipse around it, the strongest at the top and on clockwise. The site's graph is laid out once
per build by networkx's force-directed layout with a fixed seed (`spring_layout`); its drawing
keeps each node's `EDGES_PER_NODE` strongest edges, so forty nodes do not make a hairball.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from ..kept import keep, kept_path, read_kept

LAYOUT_SEED = 1
EDGES_PER_NODE = 4
SITE_SIZE = (760, 520)
NEIGHBOURHOOD_SIZE = (460, 360)  # narrow: its labels stay legible on a phone
NODE_RADIUS = (4.0, 11.0)
EDGE_WIDTH = (1.0, 6.0)  # rounded to whole units: a few widths, a path each
LABEL_CHARS = 18
LABEL_FONT = 13  # the site graph's labels, in its units (style.css: .graph-site svg)
CHAR_WIDTH = 0.62 * LABEL_FONT  # a little wider than the average letter: boxes err on the side of room
SIDES = (0.0, math.pi, math.pi / 2, -math.pi / 2)  # right, left, below, above


@dataclass(frozen=True)
class Linked:
    """An entity to draw: its page, its name and its type's class in the stylesheet."""

    id: str
    href: str
    name: str
    kind: str  # "person" | "org" | "place" | "other"


@dataclass(frozen=True)
class Node:
    x: float
    y: float
    r: float
    href: str
    name: str  # in full, for the title
    label: str  # the name's first words, to fit (the accessible name starts with what is shown)
    shortened: bool
    kind: str
    label_x: float
    label_y: float
    anchor: str  # "start" | "middle" | "end"


@dataclass(frozen=True)
class Edges:
    """The edges of one width, as one SVG path: a drawing has a few widths, not an element per edge."""

    width: int
    d: str


def _edges(lines: list[tuple[float, float, float, float, int]]) -> list[Edges]:
    """(x1, y1, x2, y2, width) lines, grouped by width, thinnest first (drawn under the thicker)."""
    by_width: dict[int, list[str]] = {}
    for x1, y1, x2, y2, width in sorted(lines):
        by_width.setdefault(width, []).append(f"M{x1:g} {y1:g}L{x2:g} {y2:g}")
    return [Edges(width, "".join(parts)) for width, parts in sorted(by_width.items())]


@dataclass(frozen=True)
class GraphDrawing:
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edges]
    left_out: int  # neighbours, or edges, not drawn


@lru_cache(maxsize=4)
def _layout(
    ids: tuple[str, ...], edges: tuple[tuple[str, str, int], ...], kept: Path | None
) -> dict[str, tuple[float, float]]:
    """networkx's spring layout, or the one kept for the same graph: importing networkx and numpy
    takes longer than the layout, a twentieth of a warm build."""
    path = kept_path(kept, "layout", [list(ids), [list(e) for e in edges], LAYOUT_SEED, version("networkx")])
    found = read_kept(path)
    if isinstance(found, dict) and set(found) == set(ids):
        return {node: (float(x), float(y)) for node, (x, y) in found.items()}
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_weighted_edges_from((a, b, math.log1p(w)) for a, b, w in edges)
    laid = {node: (float(x), float(y)) for node, (x, y) in nx.spring_layout(graph, seed=LAYOUT_SEED).items()}
    keep(path, laid)
    return laid


def spring_layout(
    ids: list[str], edges: list[tuple[str, str, int]], kept: Path | None = None
) -> dict[str, tuple[float, float]]:
    """Positions in the site graph's drawing, a margin inside `SITE_SIZE`; the same graph
    always gets the same positions."""
    if not ids:
        return {}
    found = _layout(tuple(ids), tuple(edges), kept)
    width, height = SITE_SIZE
    margin_x, margin_y = 130, 24  # room for labels either side
    xs, ys = [x for x, _ in found.values()], [y for _, y in found.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {
        node: (
            round(margin_x + (x - min(xs)) / span_x * (width - 2 * margin_x), 1),
            round(margin_y + (y - min(ys)) / span_y * (height - 2 * margin_y), 1),
        )
        for node, (x, y) in found.items()
    }


def _scaled(value: int, heaviest: int, bounds: tuple[float, float]) -> float:
    least, most = bounds
    share = math.log1p(value) / math.log1p(heaviest) if heaviest > 0 else 0.0
    return round(least + (most - least) * share, 1)


def _node(item: Linked, x: float, y: float, r: float, outward: float) -> Node:
    """A node with its label beside it, on the side `outward` (an angle) points to."""
    label = item.name
    if len(label) > LABEL_CHARS:
        cut = label.rfind(" ", 0, LABEL_CHARS)
        label = label[: cut if cut > 0 else LABEL_CHARS - 1]
    return Node(x, y, r, item.href, item.name, label, label != item.name, item.kind, *_label_at(x, y, r, outward))


def _label_at(x: float, y: float, r: float, side: float) -> tuple[float, float, str]:
    """Where a label beside the dot at (x, y) of radius r goes on the side `side` (an angle)
    points to: its x, its baseline's y and its text-anchor."""
    dx, dy = math.cos(side), math.sin(side)
    anchor = "middle" if abs(dx) < 0.3 else "start" if dx > 0 else "end"
    label_x, label_y = x + dx * (r + 4), y + dy * (r + 4) + (4 if abs(dy) < 0.7 else 12 if dy > 0 else -4)
    return round(label_x, 1), round(label_y, 1), anchor


def neighbourhood(centre: Linked, neighbours: list[tuple[Linked, int]], left_out: int) -> GraphDrawing | None:
    """The entity amid its neighbours (strongest first), or None without any."""
    if not neighbours:
        return None
    width, height = NEIGHBOURHOOD_SIZE
    cx, cy, rx, ry = width / 2, height / 2, width / 2 - 135, height / 2 - 40
    heaviest = max(weight for _, weight in neighbours)
    nodes, lines = [], []
    for number, (item, weight) in enumerate(neighbours):
        angle = -math.pi / 2 + 2 * math.pi * number / len(neighbours)
        x, y = round(cx + rx * math.cos(angle), 1), round(cy + ry * math.sin(angle), 1)
        lines.append((cx, cy, x, y, round(_scaled(weight, heaviest, EDGE_WIDTH))))
        nodes.append(_node(item, x, y, _scaled(weight, heaviest, NODE_RADIUS), angle))
    nodes.append(_node(centre, cx, cy, NODE_RADIUS[1], math.pi / 2))
    return GraphDrawing(width, height, nodes, _edges(lines), left_out)


def site_drawing(
    nodes: list[tuple[Linked, float, float, int]], edges: list[tuple[str, str, int]]
) -> GraphDrawing | None:
    """The site's graph: (entity, x, y, weight) laid out by `spring_layout`, and the edges
    between them, of which each node's strongest `EDGES_PER_NODE` are drawn."""
    if not nodes:
        return None
    width, height = SITE_SIZE
    where = {item.id: (x, y) for item, x, y, _ in nodes}
    kept: set[tuple[str, str, int]] = set()
    for item, *_ in nodes:
        mine = [edge for edge in edges if item.id in edge[:2]]
        kept.update(sorted(mine, key=lambda e: (-e[2], e[0], e[1]))[:EDGES_PER_NODE])
    heaviest_edge = max((w for _, _, w in kept), default=1)
    drawn = _edges([(*where[a], *where[b], round(_scaled(w, heaviest_edge, EDGE_WIDTH))) for a, b, w in kept])
    heaviest = max(weight for *_, weight in nodes)
    drawn_nodes = [
        _node(item, x, y, _scaled(weight, heaviest, NODE_RADIUS), math.pi if x < width / 2 else 0.0)
        for item, x, y, weight in sorted(nodes, key=lambda n: (-n[3], n[0].id))
    ]
    return GraphDrawing(width, height, placed_labels(drawn_nodes, (0, 0, width, height)), drawn, len(edges) - len(kept))


Box = tuple[float, float, float, float]  # left, top, right, bottom


def placed_labels(nodes: list[Node], bounds: Box) -> list[Node]:
    """Each node's label on a side where it stays inside `bounds` (the drawing) and covers no
    label placed before it (the heaviest nodes' first: `nodes` in that order) and no other
    node's dot: its outward side first, then the other, below, above; if none is free, its
    first word ("Ford…") the same way. A label with no room even then is left out; its node
    keeps its link, its title and its row in the list beside the drawing."""
    dots = [(n.x - n.r, n.y - n.r, n.x + n.r, n.y + n.r) for n in nodes]
    labels: list[Box] = []
    placed = []
    for number, node in enumerate(nodes):
        outward = 0.0 if node.anchor == "start" else math.pi if node.anchor == "end" else math.pi / 2
        taken = labels + dots[:number] + dots[number + 1 :]
        first_word = node.label.split(" ")[0]
        shorter = [replace(node, label=first_word, shortened=True)] if first_word != node.label else []
        candidates = [
            _beside(label, side)
            for label in [node, *shorter]
            for side in sorted(SIDES, key=lambda angle: angle != outward)
        ]
        chosen = next((c for c in candidates if _fits(label_box(c), bounds, taken)), None)
        if chosen is None:
            chosen = replace(node, label="", shortened=False)
        else:
            labels.append(label_box(chosen))
        placed.append(chosen)
    return placed


def _beside(node: Node, side: float) -> Node:
    """`node` with its label on the side `side` (an angle) points to."""
    label_x, label_y, anchor = _label_at(node.x, node.y, node.r, side)
    return replace(node, label_x=label_x, label_y=label_y, anchor=anchor)


def _fits(box: Box, bounds: Box, taken: list[Box]) -> bool:
    inside = bounds[0] <= box[0] and box[2] <= bounds[2] and bounds[1] <= box[1] and box[3] <= bounds[3]
    return inside and not any(_overlap(box, other) for other in taken)


def label_box(node: Node) -> Box:
    """Where a node's label is drawn, roughly: its width from its letters, baseline at label_y."""
    width = (len(node.label) + node.shortened) * CHAR_WIDTH
    left = {"start": node.label_x, "end": node.label_x - width}.get(node.anchor, node.label_x - width / 2)
    return (left, node.label_y - 0.8 * LABEL_FONT, left + width, node.label_y + 0.25 * LABEL_FONT)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
