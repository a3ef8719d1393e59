"""A brief's body: its Markdown as HTML, with each mention, quote and date marked up in place.

The annotation holds plain offsets into the brief's text; parsing noted where each piece of
inline text starts (`inline_pieces`), so a markdown-it render rule for text cuts every piece at
the marks it crosses and wraps each part in the marks' elements, from templates/marks.html.
An image, alone in its paragraph (images.py makes sure), becomes the figure of
templates/figure.html in place of that paragraph, with the picture made of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from html import escape
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import jinja2
from markdown_it.renderer import RendererHTML
from markupsafe import Markup

from .images import lone_image
from .labels import is_uncertain, method_label, type_class
from .link import brief_url
from .model import BriefPage
from .parse import inline_pieces

if TYPE_CHECKING:
    from .render import Renderer

MARKS = "marks.html"
FIGURE = "figure.html"
# Where a mark's text goes: no escaped value holds a "<", so nothing else in the output matches.
TEXT = Markup("<>")


# A mark: (start, end, layer, opening tag, opening tag without its id, closing tag, is a link).
# The layer puts quotes outside mentions outside dates where they overlap; the opening tag
# without its id is for a mark's later parts where text is cut in two; a link is left out
# inside a Markdown link, as a link cannot hold a link. Plain tuples: a brief has hundreds.
Again = tuple[str, dict]  # the opening tag without its id: a format string and its values, formatted if needed
Mark = tuple[int, int, int, str, Again, str, bool]


class Element:
    """A macro of templates/marks.html as format strings, filled with escaped values per mark."""

    def __init__(self, macro, *names: str, **fixed) -> None:
        placeholders = {name: Markup("{" + name + "}") for name in names}
        numbered = str(macro(number=Markup("{number}"), text=TEXT, **placeholders, **fixed))
        opening, self.close = numbered.split(TEXT)
        self.head, self.tail = opening.split("{number}")  # the id's number is the one value each mark has alone
        self.again = str(macro(number=None, text=TEXT, **placeholders, **fixed)).split(TEXT)[0]

    def filled(self, values: dict[str, str]) -> tuple[str, str, Again]:
        """The opening tag before and after its number, and without its id."""
        return self.head.format_map(values), self.tail.format_map(values), (self.again, values)

    def mark(self, start: int, end: int, layer: int, link: bool, number: int, filled: tuple[str, str, Again]) -> Mark:
        head, tail, again = filled
        return (start, end, layer, f"{head}{number}{tail}", again, self.close, link)


class Elements:
    """Every element a mark can be, rendered once per templates environment: a macro call per
    mark would cost more than the rest of a brief's body does."""

    def __init__(self, env: jinja2.Environment) -> None:
        macros: Any = env.get_template(MARKS).module  # its macros, by name
        self.mention = Element(macros.mention, "entity_id", "kind", "name")
        self.quote = {uncertain: Element(macros.quote, "speaker", uncertain=uncertain) for uncertain in (False, True)}
        self.quote_link = str(macros.quote_link(*(Markup("{" + n + "}") for n in ("href", "method", "speaker"))))
        self.date = Element(macros.date, "href", "datetime")
        self.decade = Element(macros.date, "href", datetime="")
        self.figure = env.get_template(FIGURE).module.figure  # type: ignore[attr-defined]  # a macro


@lru_cache(maxsize=4)
def elements(env: jinja2.Environment) -> Elements:
    return Elements(env)


def render_brief_body(page: BriefPage, renderer: Renderer, entities: Mapping, site_quotes: list, hrefs: Mapping) -> str:
    """The brief's Markdown as HTML, with mentions, quotes and dates marked up.
    `site_quotes` are the brief's linked quotes, in the order of its annotation's quotes;
    `hrefs` says where each quote and event is listed (quote or event id → path and anchor)."""
    made = elements(renderer.env)
    marks, inserts = _marks(page, made, entities, site_quotes, hrefs)
    root = "../" * brief_url(page.brief.id).count("/")
    figures = [str(made.figure(picture=picture, root=root)) for picture in page.media.body]
    env = {"marks": sorted(marks, key=itemgetter(0, 1, 2, 3)), "inserts": inserts, "figures": figures}
    document = page.document
    tokens: list = document.tokens or renderer.md.parse(page.brief.body)  # a one-off build let go of them
    for block in document.blocks:
        inline = tokens[block.token_index]
        offset = block.start
        for child_index, text in inline_pieces(inline):
            inline.children[child_index].meta["offset"] = offset
            offset += len(text)
    pictures = (child for token in tokens for child in token.children or [] if child.type == "image")
    for number, image in enumerate(pictures):  # in the order of images.body_images
        image.meta["picture"] = number
    md = renderer.md
    rules = md.renderer.rules  # type: ignore[attr-defined]  # markdown-it's RendererHTML has them
    originals = {name: rules.get(name) for name in BODY_RULES}
    for name, rule in BODY_RULES.items():
        md.add_render_rule(name, rule)
    try:
        return md.renderer.render(tokens, md.options, env)
    finally:
        for name, original in originals.items():
            if original is None:
                rules.pop(name, None)
            else:
                rules[name] = original


def _marks(
    page: BriefPage, made: Elements, entities: Mapping, site_quotes: list, hrefs: Mapping
) -> tuple[list[Mark], dict]:
    """The brief's marks, and the HTML to put at offsets of its text (the link after each quote).
    Names are escaped; ids (slugs) and dates (ISO 8601) have nothing to escape."""
    annotation = page.annotation
    marks: list[Mark] = []
    inserts: dict[int, list[str]] = defaultdict(list)
    mentioned: dict[str, tuple[str, str, Again]] = {}  # entity id → its mention element, filled
    for number, mention in enumerate(annotation.mentions):
        entity = entities[page.entity_ids[mention.entity]]
        filled = mentioned.get(entity.id)
        if filled is None:
            values = {"entity_id": entity.id, "kind": type_class(entity.type), "name": escape(entity.name)}
            filled = mentioned[entity.id] = made.mention.filled(values)
        marks.append(made.mention.mark(mention.start, mention.end, 1, True, number, filled))
    for number, quote in enumerate(annotation.quotes):
        site_quote = site_quotes[number]
        speaker = escape(entities[site_quote.speaker].name if site_quote.speaker else "unattributed")
        element = made.quote[is_uncertain(quote.method)]
        marks.append(element.mark(quote.start, quote.end, 0, False, number + 1, element.filled({"speaker": speaker})))
        link = dict(href=hrefs[site_quote.id], method=escape(method_label(quote.method)), speaker=speaker)
        inserts[quote.end].append(made.quote_link.format(**link))
    for number, timex in enumerate(annotation.timexes):
        element = made.decade if timex.granularity == "decade" else made.date
        filled = element.filled({"href": hrefs[page.event_ids[number]], "datetime": timex.value})
        marks.append(element.mark(timex.start, timex.end, 2, True, number + 1, filled))
    return marks, inserts


def _annotated_text(self, tokens, idx, options, env) -> str:
    """The markdown-it render rule for a text token: its escaped text, cut and wrapped at the marks."""
    token = tokens[idx]
    start = token.meta.get("offset") if token.meta else None
    if start is None:
        return escape(token.content, quote=False)
    end = start + len(token.content)
    in_link = sum(1 if t.type == "link_open" else -1 if t.type == "link_close" else 0 for t in tokens[:idx]) > 0
    marks = [m for m in env["marks"] if m[0] < end and m[1] > start]
    cuts = {start, end}
    for s, e, *_ in marks:
        cuts.update(x for x in (s, e) if start <= x <= end)
    cuts.update(k for k in env["inserts"] if start < k <= end)
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        active = sorted((m for m in marks if m[0] <= a and m[1] >= b), key=lambda m: (m[2], m[0]))
        opens: list[str] = []
        closes: list[str] = []
        for s, _e, _layer, open_tag, open_again, close_tag, link in active:
            if in_link and link:
                continue
            opens.append(open_tag if a == s else open_again[0].format_map(open_again[1]))
            closes.insert(0, close_tag)
        out.append("".join(opens) + escape(token.content[a - start : b - start], quote=False) + "".join(closes))
        if b in env["inserts"]:
            out.extend(env["inserts"].pop(b))
    return "".join(out)


def _figure(self, tokens, idx, options, env) -> str:
    """The render rule for an image: its picture's figure."""
    number = tokens[idx].meta.get("picture")
    if number is None or number >= len(env.get("figures", ())):
        return RendererHTML.image(self, tokens, idx, options, env)
    return env["figures"][number]


def _paragraph_open(self, tokens, idx, options, env) -> str:
    """No paragraph around an image alone: its figure takes the paragraph's place."""
    return "" if lone_image(tokens, idx + 1) else self.renderToken(tokens, idx, options, env)


def _paragraph_close(self, tokens, idx, options, env) -> str:
    return "" if lone_image(tokens, idx - 1) else self.renderToken(tokens, idx, options, env)


# The render rules the body is rendered with, in place of markdown-it's while it is.
BODY_RULES = {
    "text": _annotated_text,
    "image": _figure,
    "paragraph_open": _paragraph_open,
    "paragraph_close": _paragraph_close,
}
