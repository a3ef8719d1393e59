"""A brief's pictures: the lead image of its front matter and the images of its Markdown, each
checked, then resized (resize.py) into `media/<brief id>/` of the site.

An image's file is relative to the brief's and must be inside the content folder: remote images
are not fetched (a build stays offline and every picture gets its width and height), and a path
that leads out of the content folder is refused. Every image needs alt text that is not blank,
and a Markdown image stands in a paragraph of its own, where it becomes a figure. Each problem
names the brief's file and the image's line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown_it.token import Token

from .errors import BuildError, Problem, problem
from .model import AuthorEntry, Brief, BriefMedia, Document, ImageRef, Picture, Rendition
from .resize import MAX_BYTES, ImageCache, ImageProblem, Resized, read_at_most
from .slugs import slugify

IMAGE_KEYS = ("src", "alt", "caption", "credit")
MEDIA = "media"  # the site's folder of pictures, a folder per brief
EXAMPLE = 'write image: {src: strike.jpg, alt: "What the picture shows", caption: "…", credit: "…"}'


def read_image(path: Path, line: int, value: Any) -> ImageRef | None:
    """The front matter's `image: {src, alt, caption, credit}` (read.py's part of it). Whether
    `src` is an image inside the content folder is checked when the pictures are made."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise problem(path, line, "'image' must be a mapping of src, alt, caption and credit", EXAMPLE)
    unknown = sorted(str(key) for key in value if key not in IMAGE_KEYS)
    if unknown:
        raise problem(path, line, f"'image' has an unknown key {unknown[0]!r}", f"use only {', '.join(IMAGE_KEYS)}")
    texts = {}
    for key in IMAGE_KEYS:
        item = value.get(key)
        if isinstance(item, bool) or not isinstance(item, (str, int, float, type(None))):
            raise problem(path, line, f"the image's {key!r} must be text, not {type(item).__name__}", EXAMPLE)
        texts[key] = "" if item is None else str(item).strip()
    if not texts["src"]:
        raise problem(path, line, "'image' needs a 'src': the image file, relative to this brief", EXAMPLE)
    if not texts["alt"]:
        raise problem(path, line, f"the image {texts['src']!r} has no alt text", ALT_HINT)
    return ImageRef(texts["src"], texts["alt"], texts["caption"] or None, texts["credit"] or None, line)


ALT_HINT = 'say what the picture shows, for readers who cannot see it: alt: "Firefighters outside the depot"'
MARKDOWN_ALT_HINT = "say what the picture shows between the brackets: ![Firefighters outside the depot](depot.jpg)"


def body_images(brief: Brief, document: Document) -> tuple[list[ImageRef], list[Problem]]:
    """The Markdown's images in the order they appear, and what is wrong with any of them (those
    are not among the images)."""
    refs: list[ImageRef] = []
    problems: list[Problem] = []
    tokens = document.tokens
    for index, inline in enumerate(tokens):
        images = [child for child in inline.children or [] if child.type == "image"]
        for image, line in _with_lines(inline, images, brief.body_line):
            src = unquote(urlsplit(str(image.attrs.get("src", ""))).path) if _is_path(image) else image.attrs["src"]
            alt = " ".join(_plain_text(image.children or []).split())
            where = brief.path, line
            if not alt:
                problems.append(Problem(*where, f"the image {src!r} has no alt text", MARKDOWN_ALT_HINT))
            elif not lone_image(tokens, index):
                problems.append(
                    Problem(
                        *where,
                        f"the image {src!r} shares its line or paragraph with other text",
                        "put it in a paragraph of its own, with a blank line before and after: it becomes a figure",
                    )
                )
            else:  # one message per image: its file is looked at once it is well placed and described
                title = str(image.attrs.get("title") or "").strip()
                refs.append(ImageRef(str(src), alt, title or None, None, line))
    return refs, problems


def lone_image(tokens: list[Token], index: int) -> bool:
    """Whether the inline token at `index` is a paragraph of one image and nothing else."""
    inline = tokens[index]
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    return (
        inline.type == "inline"
        and len(children) == 1
        and children[0].type == "image"
        and index > 0
        and tokens[index - 1].type == "paragraph_open"
    )


def _with_lines(inline: Token, images: list[Token], body_line: int) -> Iterator[tuple[Token, int]]:
    """Each image with its line in the brief's file (the paragraph's, plus the line breaks before it)."""
    if not images:
        return
    line = body_line + (inline.map[0] if inline.map else 0)
    for child in inline.children or []:
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        elif child.type == "image":
            yield child, line


def _is_path(image: Token) -> bool:
    return not urlsplit(str(image.attrs.get("src", ""))).scheme


def _plain_text(children: list[Token]) -> str:
    """An image's alt text as markdown-it writes it into `alt`: the text of its Markdown."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.children:
            parts.append(_plain_text(child.children))
    return "".join(parts)


def source_file(content: Path, owner: str, ref: ImageRef) -> Path:
    """The image's file: relative to the file that names it (`owner`: a brief's or an author
    file's path), inside the content folder, a file that exists."""
    parts = urlsplit(ref.src)
    if parts.scheme or ref.src.startswith("//"):
        raise problem(
            owner,
            ref.line,
            f"the image {ref.src[:80]!r} is not a file in the content folder (remote images are not fetched)",
            "save the picture into content/ and give its path relative to the brief, e.g. strike.jpg",
        )
    folder = content.resolve()
    relative = PurePosixPath(ref.src)
    path = (Path(owner).resolve().parent / relative).resolve()
    if relative.is_absolute() or not path.is_relative_to(folder):
        raise problem(
            owner,
            ref.line,
            f"the image {ref.src!r} is outside the content folder",
            "put the picture in content/ and give its path relative to the brief, e.g. strike.jpg",
        )
    if not path.is_file():
        raise problem(
            owner,
            ref.line,
            f"no image file {ref.src!r} (looked for {_shown(path, folder)})",
            "check the name, or put the picture beside the brief",
        )
    return path


def _shown(path: Path, content: Path) -> str:
    return (Path(content.name) / path.relative_to(content)).as_posix()


@dataclass
class Media:
    """The pictures of a build: each brief's, the files to write, and the problems found."""

    by_brief: dict[str, BriefMedia] = field(default_factory=dict)
    authors: dict[str, Picture] = field(default_factory=dict)  # author slug → their photo from a file
    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    failed: set[str] = field(default_factory=set)  # ids of briefs with a problem


def prepare_media(
    briefs: list[Brief], documents: list[Document], content: Path, cache: ImageCache, entries: list[AuthorEntry]
) -> Media:
    """Every brief's pictures and the author files' photos, resized (from the cache where they
    were made before)."""
    media = Media()
    author_photos(entries, content, cache, media)
    for brief, document in zip(briefs, documents, strict=True):
        body, problems = body_images(brief, document)
        refs = ([brief.image] if brief.image else []) + body
        pictures = []
        for ref in refs:
            try:
                pictures.append(_picture(content, brief.path, brief.id, ref, cache, media.files))
            except BuildError as err:
                problems.extend(err.problems)
        if problems:
            media.problems.extend(problems)
            media.failed.add(brief.id)
        elif brief.image:
            media.by_brief[brief.id] = BriefMedia(lead=pictures[0], body=tuple(pictures[1:]))
        else:
            media.by_brief[brief.id] = BriefMedia(body=tuple(pictures))
    cache.forget_unused()
    return media


def author_photos(entries: list[AuthorEntry], content: Path, cache: ImageCache, media: Media) -> None:
    """The photos that author files give as files (not web addresses), into `media.authors`,
    their renditions in `media/authors/<slug>/`."""
    for entry in entries:
        if entry.photo is None or urlsplit(entry.photo).scheme:
            continue
        ref = ImageRef(entry.photo, entry.name or entry.slug, None, None, entry.photo_line or 1)
        try:
            media.authors[entry.slug] = _picture(content, entry.path, f"authors/{entry.slug}", ref, cache, media.files)
        except BuildError as err:
            media.problems.extend(err.problems)


def _picture(
    content: Path, owner: str, folder: str, ref: ImageRef, cache: ImageCache, files: dict[str, bytes]
) -> Picture:
    """The picture of one image named in the file `owner`, its renditions added to `files` (in
    `media/<folder>/`)."""
    path = source_file(content, owner, ref)
    try:
        data = read_at_most(path, MAX_BYTES)
        resized = cache.get_or_make(data)
    except OSError as err:
        raise problem(
            owner, ref.line, f"the image {ref.src!r} cannot be read ({err.strerror})", "check its permissions"
        ) from None
    except ImageProblem as err:
        raise problem(owner, ref.line, f"the image {ref.src!r} {err.message}", err.hint) from None
    renditions = _written(folder, ref.src, resized, files)
    return Picture(ref.alt, ref.caption, ref.credit, renditions)


def _written(folder: str, src: str, resized: Resized, files: dict[str, bytes]) -> tuple[Rendition, ...]:
    """The renditions' paths in the site, named by the source's name and a hash of its bytes (an
    edited picture gets new addresses, so no browser shows the old one), and added to `files`."""
    name = slugify(PurePosixPath(src).stem, fallback="image")
    name = name if name.isascii() else "image"
    digest = hashlib.sha256(resized.files[-1]).hexdigest()[:10]
    renditions = []
    for (width, height), data in zip(resized.sizes, resized.files, strict=True):
        path = f"{MEDIA}/{folder}/{name}-{digest}-{width}.{resized.extension}"
        files[path] = data
        renditions.append(Rendition(path, width, height))
    return tuple(renditions)
