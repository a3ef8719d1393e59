"""Site settings: `[tool.briefing]` in pyproject.toml (or the file given with --config), every key optional.

A problem names the settings file actually read."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

from .errors import problem


@dataclass
class Settings:
    title: str = "Briefing"
    description: str = "Annotated news briefs: who, what, who said it, and when."
    base_url: str = ""  # only needed for absolute URLs (feed, sitemap, canonical links)
    model: str = "auto"  # a spaCy package name; "auto" takes the first English small model installed
    allow_html: bool = False  # True trusts the authors: raw HTML in Markdown is passed through
    cname: str = ""  # written to site/CNAME for a custom GitHub Pages domain
    aliases: str = ""  # an extra alias table (YAML) that extends or overrides the shipped one
    corrections_policy: str = ""  # a URL or a path in the site, linked from every brief
    page_size: int = 20  # items on each page of a list (briefs, mentions, quotes, events, entities)
    # a Dask scheduler to annotate on ("tcp://10.0.0.5:8786"; "" annotates here, see --dask). Where
    # the annotation runs does not change the output, so it is left out of the build's stamp (repr).
    dask: str = field(default="", repr=False)
    # api/briefing.json, everything in one file: true, false, or "auto" (while the site is small
    # enough for it to stay under 5 MiB: api_files.FULL_EXPORT_UP_TO briefs)
    full_export: bool | str = "auto"
    # The preview keeps the rendered site in memory, so that an edit shows in about a second, for
    # archives of up to this many briefs; a larger one keeps its pages on disk between rebuilds, as
    # a one-off build does (`memory.BuildMemory.fit_to`). Output does not depend on it (repr).
    preview_in_memory_up_to: int = field(default=20_000, repr=False)

    @property
    def site_url(self) -> str:
        """The base URL without a trailing slash: "https://user.github.io/repo", or "" if unset."""
        return self.base_url.strip().rstrip("/")

    @property
    def base_path(self) -> str:
        """The URL path the site is served under, with slashes on both ends: "/repo/" or "/"."""
        path = urlsplit(self.site_url).path.strip("/")
        return f"/{path}/" if path else "/"


def load_settings(pyproject: Path) -> Settings:
    if not pyproject.exists():
        return Settings()
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise problem(pyproject, None, f"cannot read the settings: {err}", "fix the TOML syntax") from None
    table = data.get("tool", {}).get("briefing", {})
    known = {f.name: f for f in fields(Settings)}
    for key, value in table.items():
        if key not in known:
            raise problem(
                pyproject, None, f"unknown setting [tool.briefing] {key!r}", f"use one of: {', '.join(sorted(known))}"
            )
        expected = type(getattr(Settings(), key))
        if key == "full_export":
            if value != "auto" and not isinstance(value, bool):
                raise problem(pyproject, None, f"setting 'full_export' must be true, false or \"auto\", not {value!r}")
        elif not isinstance(value, expected):
            kind = {"int": "a whole number", "str": "a string in quotes", "bool": "true or false"}[expected.__name__]
            raise problem(pyproject, None, f"setting {key!r} must be {kind}, not {value!r}")
    settings = Settings(**table)
    check_base_url(settings.base_url, pyproject)
    if settings.preview_in_memory_up_to < 0 or isinstance(settings.preview_in_memory_up_to, bool):
        raise problem(
            pyproject,
            None,
            f"preview_in_memory_up_to must be 0 or more, not {settings.preview_in_memory_up_to!r}",
            "write a number of briefs, e.g. preview_in_memory_up_to = 20000 (0 keeps every page on disk)",
        )
    if settings.page_size < 1 or isinstance(settings.page_size, bool):
        raise problem(
            pyproject, None, f"page_size must be 1 or more, not {settings.page_size!r}", "write e.g. page_size = 20"
        )
    policy = urlsplit(settings.corrections_policy.strip())
    if policy.scheme not in ("", "http", "https") or (policy.scheme and not policy.netloc):
        raise problem(
            pyproject,
            None,
            f"corrections_policy {settings.corrections_policy!r} is not a web address or a path in the site",
            'write it like "https://example.org/corrections" or "about/corrections.html"',
        )
    return settings


def check_base_url(base_url: str, where: Path | str) -> None:
    parts = urlsplit(base_url.strip())
    if base_url.strip() and (
        parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment
    ):
        raise problem(
            where,
            None,
            f"base_url {base_url!r} is not a web address",
            "write it like https://example.org/briefs/ (or leave it empty)",
        )
