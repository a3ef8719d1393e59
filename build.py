#!/usr/bin/env python3
"""Briefing's command line. Run `python build.py --help`."""

import os
import sys
from pathlib import Path

VENV_PYTHON = Path(__file__).resolve().parent / ".venv" / "bin" / "python"


def _dependencies_missing() -> bool:
    import importlib.util

    return any(importlib.util.find_spec(name) is None for name in ("spacy", "jinja2", "markdown_it", "yaml"))


if __name__ == "__main__":
    if _dependencies_missing():
        # Run under the project's environment when it exists (made by `make site`)...
        if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parent.parent.resolve():
            os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), *sys.argv])
        # ...and otherwise say how to get one, rather than print an import traceback.
        print(
            "error: Briefing's dependencies are not installed — run 'make site' (it makes .venv/ and builds), "
            "then 'python build.py …' again",
            file=sys.stderr,
        )
        sys.exit(1)
    from briefing.cli import main

    status = main()
    # Done and written. What is left is Python freeing the model and the linked site object by
    # object, about a second on 1,000 briefs; like mypy, flush the output and leave without it
    # (so no atexit handler runs: whatever must be finished is finished by main()).
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `build.py … | head`: the reader has gone
        pass
    os._exit(status)
