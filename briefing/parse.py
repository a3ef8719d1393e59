"""Stage 2, parse: Markdown → `Document`, the brief's text as the annotator reads it.

Each paragraph, heading and list item becomes a `Block`; the blocks' texts are joined with
blank lines into `Document.text`. Annotations are offsets into that text, and the renderer
walks the same Markdown tokens with the same `inline_pieces` to put them back in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .model import Block, Document

BLOCK_SEPARATOR = "\n\n"


@lru_cache(maxsize=2)
def markdown_parser(allow_html: bool = False) -> MarkdownIt:
    """CommonMark plus tables; raw HTML is text unless the site trusts its authors. One per
    process: making one costs more than parsing a brief, and parsing leaves it unchanged."""
    return MarkdownIt("commonmark", {"html": allow_html}).enable("table")


def inline_pieces(inline: Token) -> Iterator[tuple[int, str]]:
    """(child index, text) for each child of an inline token that contributes text."""
    for index, child in enumerate(inline.children or []):
        if child.type in ("text", "code_inline", "html_inline"):  # an image's alt text is not article text
            yield index, child.content
        elif child.type in ("softbreak", "hardbreak"):
            yield index, " "


def parse(markdown: str, allow_html: bool = False) -> Document:
    tokens = markdown_parser(allow_html).parse(markdown)
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    context: list[str] = []
    for index, token in enumerate(tokens):
        if token.nesting == 1:
            context.append(token.type)
        elif token.nesting == -1 and context:
            context.pop()
        if token.type != "inline":
            continue
        text = "".join(piece for _, piece in inline_pieces(token))
        if not text.strip():
            continue
        if parts:
            parts.append(BLOCK_SEPARATOR)
            offset += len(BLOCK_SEPARATOR)
        parts.append(text)
        blocks.append(Block(kind=_block_kind(context), start=offset, end=offset + len(text), token_index=index))
        offset += len(text)
    return Document(text="".join(parts), blocks=blocks, tokens=tokens)


def _block_kind(context: list[str]) -> str:
    if any(t.startswith("heading") for t in context):
        return "heading"
    if "list_item_open" in context:
        return "list_item"
    if "blockquote_open" in context:
        return "blockquote"
    if any(t.startswith("table") or t.startswith("th") or t.startswith("td") for t in context):
        return "table"
    return "paragraph"
