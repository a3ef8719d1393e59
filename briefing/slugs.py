"""Safe, stable file names for anything named in content."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(name: str, fallback: str = "item") -> str:
    """A lowercase slug of letters, digits and hyphens; never empty, never a path.

    Accents are dropped ("Hollande" from "Hollandé"); letters of other scripts are kept, so
    "Путин" stays readable; a name of punctuation only becomes `fallback-<hash>`.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " and ")
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).replace("_", "-")
    text = re.sub(r"-{2,}", "-", text).strip("-")[:80].strip("-")
    if not text:
        return f"{fallback}-{short_hash(name)}"
    return text


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def unique_slug(name: str, taken: set[str], fallback: str = "item") -> str:
    """`slugify(name)`, or with a hash of the name appended when another name took that slug."""
    slug = slugify(name, fallback)
    if slug in taken:
        slug = f"{slug}-{short_hash(name)}"
    while slug in taken:  # only on a hash collision
        slug = f"{slug}-{short_hash(slug)}"
    taken.add(slug)
    return slug
