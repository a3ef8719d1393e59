"""The plain data that flows between the stages.

read → `Brief`, `GlossaryEntry`
parse → `Document` (the brief's text as the annotator sees it, plus Markdown tokens)
annotate → `Annotation` (mentions, local entities, quotes, dated expressions: offsets into
           `Document.text`, no spaCy objects) — this is what the cache stores
link → `Site` (entities, quotes and events across all briefs, with ids and URLs)
render → {output path: bytes}
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import asdict, dataclass, field
from typing import Any

# Entity types a reader sees as groups in the glossary.
TYPE_GROUPS = {
    "PERSON": "People",
    "ORG": "Organisations",
    "GPE": "Places",
    "LOC": "Places",
    "FAC": "Places",
}
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")


# --- dates --------------------------------------------------------------------------------


class Granularity(enum.StrEnum):
    """How much of the calendar a dated expression covers. A `StrEnum`: JSON, the cache and the
    templates see the plain word ("day")."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"


_ISO_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?|(\d{3})", re.ASCII)


@dataclass(frozen=True)
class IsoDate:
    """A day or span of the calendar as its ISO text: 2015-11-24 (day), 2015-W48 (week), 2015-11
    (month), 2015 (year) or 199 (the decade 1990–1999). `IsoDate.parse` is the one place such text
    is read; the `of_…` constructors are the one place it is written."""

    text: str
    granularity: Granularity
    year: int  # as written (a week's ISO year); a decade's first year
    first: dt.date  # the first day of the span (a week's Monday)

    @classmethod
    def parse(cls, text: str) -> IsoDate:
        """Raises ValueError for text of another shape or a day the calendar does not have."""
        match = _ISO_SHAPE.fullmatch(text)
        if match is None:
            raise ValueError(f"{text!r} is not an ISO date")
        year, month, day, week, decade = match.groups()
        if decade:
            return cls.of_decade(int(decade))
        if week:
            return cls.of_week(dt.date.fromisocalendar(int(year), int(week), 1))
        if day:
            return cls.of_day(dt.date(int(year), int(month), int(day)))
        if month:
            return cls.of_month(int(year), int(month))
        return cls.of_year(int(year))

    @classmethod
    def of_day(cls, date: dt.date) -> IsoDate:
        return cls(date.isoformat(), Granularity.DAY, date.year, date)

    @classmethod
    def of_week(cls, date: dt.date) -> IsoDate:
        """The Monday-to-Sunday week that holds `date`."""
        year, week, weekday = date.isocalendar()
        return cls(f"{year:04d}-W{week:02d}", Granularity.WEEK, year, date - dt.timedelta(days=weekday - 1))

    @classmethod
    def of_month(cls, year: int, month: int) -> IsoDate:
        return cls(f"{year:04d}-{month:02d}", Granularity.MONTH, year, dt.date(year, month, 1))

    @classmethod
    def of_year(cls, year: int) -> IsoDate:
        return cls(f"{year:04d}", Granularity.YEAR, year, dt.date(year, 1, 1))

    @classmethod
    def of_decade(cls, decade: int) -> IsoDate:
        """`decade` is the year without its last digit: 199 for the 1990s."""
        return cls(f"{decade:03d}", Granularity.DECADE, decade * 10, dt.date(decade * 10, 1, 1))

    def sort_key(self) -> tuple[int, int, int, int]:
        """Coarser dates first within their span: 2015 < 2015-11 < 2015-W48 … < 2015-11-24 (a week
        sorts by its Monday). Its first two numbers are the year and month (0 for a year or decade)."""
        if self.granularity in (Granularity.DAY, Granularity.WEEK):
            return (self.first.year, self.first.month, self.first.day, 2 if self.granularity is Granularity.DAY else 1)
        if self.granularity is Granularity.MONTH:
            return (self.year, self.first.month, 0, 0)
        return (self.year, 0, 0, 0)


def parse_day(text: str) -> dt.date:
    """A publication date: YYYY-MM-DD and nothing else. Raises ValueError."""
    when = IsoDate.parse(text)
    if when.granularity is not Granularity.DAY:
        raise ValueError(f"{text!r} is not a day")
    return when.first


# --- read ---------------------------------------------------------------------------------


@dataclass
class AnnotationFixes:
    """Editorial fixes a brief's front matter makes to its own annotations: the only front
    matter, with the text and date, that decides the annotation (and so its cache key)."""

    aliases: dict[str, list[str]] = field(default_factory=dict)  # name → extra aliases
    ignore: list[str] = field(default_factory=list)  # names that are not entities here
    speakers: list[dict[str, Any]] = field(default_factory=list)  # {quote: first words, speaker: name|None}
    dates: list[dict[str, Any]] = field(default_factory=list)  # {expression, context, date}


@dataclass(frozen=True)
class Correction:
    """A correction shown to readers: when it was made and what it says."""

    date: dt.date
    text: str


@dataclass
class Brief:
    id: str
    path: str  # as shown in messages, e.g. content/2015-11-24-france.md
    title: str
    date: dt.date  # the publication day (of `published`, as written, when that is given)
    body: str  # Markdown
    body_line: int  # line number of the body's first line in the file
    source: str | None = None
    summary: str | None = None
    fixes: AnnotationFixes = field(default_factory=AnnotationFixes)
    # --- the newsroom's front matter: none of it changes the annotation
    published: dt.datetime | None = None  # `date` with a time and zone, when the front matter gives one
    authors: list[str] = field(default_factory=list)  # bylines, as written
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    draft: bool = False  # never published; the preview shows it with a banner
    updated: dt.date | None = None  # the last substantive change
    corrections: list[Correction] = field(default_factory=list)  # oldest first
    lines: dict[str, int] = field(default_factory=dict)  # each front matter key's line, for later messages
    image: ImageRef | None = None  # the front matter's `image:`, the lead image

    @property
    def goes_live(self) -> dt.datetime:
        """When the brief may be published: its `published` time, else 00:00 UTC of its date."""
        return self.published or dt.datetime.combine(self.date, dt.time(0), dt.UTC)


@dataclass
class AuthorEntry:
    """`content/authors/<slug>.md`: what a byline's author page shows beyond the name."""

    slug: str  # the slug of the byline it belongs to
    path: str
    name: str | None = None  # the name to show, if not the byline's
    role: str | None = None
    photo: str | None = None  # an http(s) URL, or a picture's path relative to the author file
    photo_line: int | None = None
    links: list[dict[str, str]] = field(default_factory=list)
    body: str = ""  # Markdown: the bio


@dataclass
class GlossaryEntry:
    slug: str
    path: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    ignore: bool = False
    description: str | None = None
    links: list[dict[str, str]] = field(default_factory=list)
    body: str = ""  # Markdown, shown above the automatic mentions


@dataclass
class Block:
    """One paragraph, heading or list item of a brief, as text."""

    kind: str  # "paragraph", "heading", "list_item", "blockquote"
    start: int  # offset of the block's text in Document.text
    end: int
    token_index: int  # index of the inline token in Document.tokens


@dataclass
class Document:
    text: str  # the blocks' texts joined by blank lines: what spaCy reads
    blocks: list[Block]
    tokens: list[Any]  # markdown-it tokens, for rendering only

    def without_tokens(self) -> Document:
        """The text and blocks alone: what annotation reads (here, so that the annotation cache's
        key covers it), and what a one-off build keeps once the pictures are found."""
        return Document(text=self.text, blocks=self.blocks, tokens=[])


# --- images: a brief's lead image and the images of its Markdown ---------------------------


@dataclass(frozen=True)
class ImageRef:
    """An image as a brief gives it: its front matter's `image:` (the lead image) or one of its
    Markdown's. The file is checked and resized when the pictures are made (images.py)."""

    src: str  # relative to the brief's file
    alt: str
    caption: str | None
    credit: str | None
    line: int  # in the brief's file, for messages


@dataclass(frozen=True)
class Rendition:
    """One width of a picture, as written into the site."""

    path: str  # in the output folder: media/<brief id>/<name>-<hash>-<width>.<ext>
    width: int
    height: int


@dataclass(frozen=True)
class Picture:
    """An image as a page shows it: what it is, and its files, narrowest first."""

    alt: str
    caption: str | None
    credit: str | None
    renditions: tuple[Rendition, ...]

    @property
    def largest(self) -> Rendition:
        return self.renditions[-1]


@dataclass(frozen=True)
class BriefMedia:
    """A brief's pictures: the lead image, and its Markdown's images in the order they appear."""

    lead: Picture | None = None
    body: tuple[Picture, ...] = ()


# --- annotation: per brief, plain and JSON-serialisable --------------------------------


@dataclass
class Mention:
    start: int
    end: int
    text: str
    entity: int  # index into Annotation.entities
    sentence: int  # index into Annotation.sentences
    how: str = "name"  # name | alias | demonym | role


@dataclass
class LocalEntity:
    """One real-world thing as named within one brief."""

    name: str  # the fullest name used
    type: str
    aliases: list[str]
    roles: list[str] = field(default_factory=list)  # "US President", for linking role mentions


@dataclass
class Quote:
    start: int  # offsets of the quoted text, marks included
    end: int
    text: str  # without the marks
    speaker: int | None  # index into Annotation.entities
    method: str  # named | pronoun | role | continuation | named_later | override | none
    sentence: int
    cue: str | None = None  # the speech verb or phrase that attributes it


@dataclass
class Timex:
    start: int
    end: int
    expression: str
    value: str  # an IsoDate's text: 2015-11-24, 2015-W48, 2015-11, 2015, 199
    granularity: Granularity
    sentence: int
    summary: str
    entities: list[int]


@dataclass
class Annotation:
    sentences: list[tuple[int, int]]
    entities: list[LocalEntity]
    mentions: list[Mention]
    quotes: list[Quote]
    timexes: list[Timex]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Annotation:
        return cls(
            sentences=[tuple(s) for s in data["sentences"]],
            entities=[LocalEntity(**e) for e in data["entities"]],
            mentions=[Mention(**m) for m in data["mentions"]],
            quotes=[Quote(**q) for q in data["quotes"]],
            timexes=[Timex(**{**t, "granularity": Granularity(t["granularity"])}) for t in data["timexes"]],
        )


# --- the linked site ----------------------------------------------------------------------


@dataclass(slots=True)  # one per mention (quote, date) of the site: slots take a quarter less memory
class SiteMention:
    brief: str
    index: int  # index into that brief's Annotation.mentions
    text: str
    sentence: str
    anchor: str  # id of the mention's element in the brief page


@dataclass
class Entity:
    id: str  # also the slug of its page
    name: str
    type: str
    aliases: list[str]
    mentions: list[SiteMention] = field(default_factory=list)
    description: str | None = None
    body_html: str = ""  # from an editor's glossary entry
    links: list[dict[str, str]] = field(default_factory=list)
    related: list[tuple[str, int]] = field(default_factory=list)  # (entity id, co-mentions)
    entry: str | None = None  # path of the glossary entry that curates it
    # --- drawn on its page (places.py, connections.py)
    place: Place | None = None  # where a place is on the map, when the gazetteer knows it
    neighbours: list[tuple[str, int]] = field(default_factory=list)  # (entity id, weight), strongest first, capped
    neighbour_total: int = 0  # how many entities it is named with, before the cap
    nearby: list[tuple[str, int]] = field(default_factory=list)  # the placed places among them, capped apart


@dataclass(frozen=True)
class Place:
    """Where a place entity is: from the gazetteer (gazetteer.py), projected once onto the world
    map (drawing/geo.py) so that every page draws it without projecting it again."""

    lat: float
    lon: float
    x: float  # on the world map
    y: float
    kind: str  # "country" | "city" | "continent"
    country: str  # ISO 3166 alpha-2 code ("" for a continent)
    label: str  # what the gazetteer calls it: "Paris, FR"


@dataclass(frozen=True)
class GraphNode:
    id: str
    weight: int  # how often it is named with the other entities of the site
    x: float = 0.0  # the drawing's layout (drawing/graph.py)
    y: float = 0.0


@dataclass(frozen=True)
class SiteGraph:
    """The most connected entities of the site and the weights of the edges between them."""

    nodes: list[GraphNode]  # by id
    edges: list[tuple[str, str, int]]  # (source, target, weight), source < target, sorted


@dataclass(slots=True)
class SiteQuote:
    id: str
    brief: str
    text: str
    speaker: str | None  # entity id
    method: str
    sentence: str
    anchor: str
    about: list[str] = field(default_factory=list)  # entity ids named inside the quote, the speaker left out


@dataclass(slots=True)
class Event:
    id: str
    brief: str
    date: str  # an IsoDate's text
    granularity: Granularity
    expression: str
    text: str  # the sentence
    summary: str
    entities: list[str]
    anchor: str


@dataclass
class BriefPage:
    brief: Brief
    document: Document
    annotation: Annotation
    entity_ids: list[str]  # local entity index → site entity id
    quote_ids: list[str]
    event_ids: list[str]
    related: list[str] = field(default_factory=list)  # ids of up to five briefs most alike (newsroom.py)
    state: str = ""  # "draft" or "scheduled": shown only in the preview, with a banner (schedule.py)
    byline: list[tuple[str, str]] = field(default_factory=list)  # (author id, name shown) of each author
    media: BriefMedia = field(default_factory=BriefMedia)  # its pictures, resized (images.py)

    @property
    def entity_count(self) -> int:
        """How many site entities the brief names."""
        return len(set(self.entity_ids))


@dataclass
class Author:
    """A byline across the site: its page lists the author's briefs and the people they quoted."""

    id: str  # the slug of the name, also its page's
    name: str  # the author file's, else the byline as first written
    briefs: list[str]  # ids, newest first
    quoted: list[tuple[str, int]] = field(default_factory=list)  # (PERSON entity id, quotes) in their briefs
    entry: AuthorEntry | None = None
    bio_html: str = ""
    photo: Picture | None = None  # the author file's photo from the content folder, resized (images.py)


@dataclass
class Topic:
    """A section or a tag: its page lists its briefs and the entities they name most."""

    id: str  # the slug of the name, also its page's
    name: str  # the spelling most briefs use
    briefs: list[str]  # ids, newest first
    entities: list[tuple[str, int]] = field(default_factory=list)  # (entity id, mentions) most mentioned there


@dataclass
class Site:
    title: str
    briefs: list[BriefPage]  # newest first
    entities: dict[str, Entity]
    quotes: list[SiteQuote]
    events: list[Event]  # in date order
    # the newsroom's (newsroom.py), by id: empty for briefs without bylines, sections or tags
    authors: dict[str, Author] = field(default_factory=dict)
    sections: dict[str, Topic] = field(default_factory=dict)
    tags: dict[str, Topic] = field(default_factory=dict)
    built_on: dt.date | None = None  # the build's day (schedule.build_day): picks the news sitemap's briefs
    unplaced: list[str] = field(default_factory=list)  # ids of the places the gazetteer does not know
    world: list[str] = field(default_factory=list)  # the countries' outlines as SVG path data, if any place is placed
    graph: SiteGraph = field(default_factory=lambda: SiteGraph([], []))  # the most connected entities
