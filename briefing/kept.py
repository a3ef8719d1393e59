"""What a build works out from data that rarely changes, kept as JSON in the cache folder so the
next build reads it instead of working it out again: the gazetteer's table (gazetteer.py) and
the site graph's layout (drawing/graph.py). A file is named by a digest of everything that
decides it; one that cannot be read is made again, one that cannot be written is not kept."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def kept_path(folder: Path | None, kind: str, decided_by: Any) -> Path | None:
    """Where the JSON made from `decided_by` (anything JSON can write) is kept, if anywhere."""
    if folder is None:
        return None
    text = json.dumps(decided_by, sort_keys=True, ensure_ascii=False)
    return folder / f"{kind}-{hashlib.sha256(text.encode()).hexdigest()[:20]}.json"


def read_kept(path: Path | None) -> Any | None:
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def keep(path: Path | None, data: Any, newest: int | None = None) -> None:
    """Keep `data` at `path`; with `newest`, remove the older files of its kind beyond that many
    (a kind whose data changes with every edit would otherwise fill the folder)."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        os.replace(temporary, path)  # two builds at once never see half a file
    except OSError:
        return  # only slower next time
    if newest is not None:
        _prune(path, newest)


def _prune(path: Path, newest: int) -> None:
    kind = path.name.rsplit("-", 1)[0]
    try:
        others = sorted(path.parent.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in others[newest:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another build removed it first
