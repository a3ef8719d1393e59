"""The map: places on an equirectangular world (x from longitude, y from latitude, both linear),
cut at 84° N and 60° S where no news happens. The world's outlines are drawn once per build
(`world_paths`, written to maps/world.svg); a page's map is that file under a few markers, and,
when the markers crowd one region, a second view of the same file zoomed onto that region
(`draw_map`). Everything is in the world's units, rounded to a tenth.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

WIDTH = 720  # half a degree a unit
NORTH, SOUTH = 84.0, -60.0
HEIGHT = int((NORTH - SOUTH) * WIDTH / 360)
SIMPLIFY = 0.6  # an outline's points closer than this to the last one kept are left out
INSET_MIN_MARKERS = 3
INSET_WINDOW = (90, 60)  # 45° × 30°: a region, for finding where markers crowd
INSET_MIN_ZOOM = 2.0
INSET_MARKERS = 1.5  # markers a little bigger in the close-up, where there is room
MARKER_RADIUS = (3.0, 8.0)  # the least and most mentioned place, on the world view
MARKER_STROKE = 0.8


def project(lat: float, lon: float) -> tuple[float, float]:
    """A point's place on the world map."""
    x = (lon + 180.0) * WIDTH / 360.0
    y = (NORTH - max(SOUTH, min(NORTH, lat))) * WIDTH / 360.0
    return round(x, 1), round(y, 1)


def world_paths(outlines: Iterable[list[list[list[float]]]]) -> list[str]:
    """The SVG path data of each country's outline (its rings of [lon, lat]), simplified."""
    paths = []
    for rings in outlines:
        parts = []
        for ring in rings:
            kept: list[tuple[float, float]] = []
            for lon, lat in ring:
                x, y = project(lat, lon)
                if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= SIMPLIFY:
                    kept.append((x, y))
            if len(kept) >= 3:
                parts.append("M" + " ".join(f"{_num(x)} {_num(y)}" for x, y in kept) + "Z")
        if parts:
            paths.append("".join(parts))
    return paths


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


@dataclass(frozen=True)
class Spot:
    """A place to mark: where it is on the world map, where it links, what it is called, and
    how often it is mentioned (a bigger marker for more)."""

    x: float
    y: float
    href: str
    label: str
    weight: int


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    r: float
    href: str
    label: str
    here: bool = False  # the place whose page this is


@dataclass(frozen=True)
class View:
    """One view of the world map: its viewBox, and the markers inside it sized for it."""

    x: float
    y: float
    width: float
    height: float
    markers: list[Marker]
    label: str
    stroke: float = MARKER_STROKE  # the markers' outline, in this view's units


@dataclass(frozen=True)
class MapDrawing:
    world: View
    inset: View | None  # the region where most markers crowd, zoomed
    world_width: int = WIDTH
    world_height: int = HEIGHT


def draw_map(spots: Iterable[Spot], here: Spot | None = None) -> MapDrawing | None:
    """The map of `spots` (in any order; the result is the same), or None without any. With
    `here` (one of them: the place whose page it is), that place is marked as such and the
    close-up, if any, is of the region around it, not wherever most markers crowd."""
    spots = sorted(spots, key=lambda s: (-s.weight, s.href))  # small markers drawn over big ones
    if not spots:
        return None
    heaviest = spots[0].weight
    world = View(0, 0, WIDTH, HEIGHT, [_marker(spot, heaviest, 1.0, here) for spot in spots], "World map")
    return MapDrawing(world, _inset(spots, heaviest, here))


def _marker(spot: Spot, heaviest: int, zoom: float, here: Spot | None = None) -> Marker:
    least, most = MARKER_RADIUS
    share = math.log1p(spot.weight) / math.log1p(heaviest) if heaviest > 0 else 0.0
    radius = round((least + (most - least) * share) / zoom, 2)
    return Marker(spot.x, spot.y, radius, spot.href, spot.label, here is not None and spot.href == here.href)


def _inset(spots: list[Spot], heaviest: int, here: Spot | None = None) -> View | None:
    """A view of the region where most markers fall within one `INSET_WINDOW` (or of the one
    around `here`), when there are at least `INSET_MIN_MARKERS` there and the world view would
    show them at least `INSET_MIN_ZOOM` times smaller."""
    window_w, window_h = INSET_WINDOW

    def crowd(centre: Spot) -> list[Spot]:
        return [s for s in spots if abs(s.x - centre.x) <= window_w / 2 and abs(s.y - centre.y) <= window_h / 2]

    centres = [here] if here is not None else spots
    best = max((crowd(spot) for spot in centres), key=len)  # ties: the most mentioned centre (spots' order)
    if len(best) < INSET_MIN_MARKERS:
        return None
    left, right = min(s.x for s in best) - 10, max(s.x for s in best) + 10
    top, bottom = min(s.y for s in best) - 10, max(s.y for s in best) + 10
    width = max(right - left, (bottom - top) * WIDTH / HEIGHT)
    height = width * HEIGHT / WIDTH
    zoom = WIDTH / width
    if zoom < INSET_MIN_ZOOM:
        return None
    x = min(max(0.0, (left + right - width) / 2), WIDTH - width)
    y = min(max(0.0, (top + bottom - height) / 2), HEIGHT - height)
    inside = [s for s in spots if x <= s.x <= x + width and y <= s.y <= y + height]
    markers = [_marker(spot, heaviest, zoom / INSET_MARKERS, here) for spot in inside]
    stroke = round(MARKER_STROKE * INSET_MARKERS / zoom, 3)
    return View(round(x, 1), round(y, 1), round(width, 1), round(height, 1), markers, "Close-up of the region", stroke)
