"""The page memo of the last one-off build, kept on disk beside its stamp, so that a new
`build.py build` after one edit renders only the pages the edit can change.

The preview keeps its `PageMemo` in memory. A new process has none, so the last build's memo is
saved beside the stamp: each brief's and entity's digest, and for each remembered page its own
digest and the records it looked up (page_memo.py). The pages' bytes are not saved: they are the
files in the output folder, used only if the folder is exactly as that build left it (the size
and modification time of every file, as the stamp records them). The memo holds for the code
and the rendering libraries it was saved with; anything else, templates and settings included,
is checked as in the preview. A missing, damaged or stale file only means rendering everything.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .page_memo import PageMemo
from .stamp import OUTPUT_LIBRARIES, PACKAGE, Stamp

log = logging.getLogger(__name__)


def pages_path(stamp: Stamp) -> Path:
    return stamp.path.with_name(stamp.path.stem + "-pages.json")


def code_version() -> str:
    """Briefing's code and the versions of the libraries that render: what a page digest does not cover."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in OUTPUT_LIBRARIES:
        try:
            digest.update(f"{library} {version(library)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{library} -\0".encode())
    return digest.hexdigest()


def save_pages(stamp: Stamp, memo: PageMemo, output: dict[str, list[int]]) -> None:
    """Keep `memo` for the next build, with the output folder's state (`stamp.output_state`)."""
    keys = sorted(memo.digests)
    number = {key: i for i, key in enumerate(keys)}
    pages = {}
    for page, (own, lookups, _) in sorted(memo.pages.items()):
        if all(key in number for key in lookups):
            pages[page] = [own, sorted(number[key] for key in lookups)]
    data = {
        "code": code_version(),
        "setup": memo.setup,
        "keys": [[*key, memo.digests[key]] for key in keys],
        "pages": pages,
        "output": {page: output[page] for page in pages if page in output},
    }
    path = pages_path(stamp)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    temporary.replace(path)


def load_pages(stamp: Stamp | None, output: dict[str, list[int]]) -> PageMemo:
    """The last build's memo, with each page's bytes read from the output folder (whose state is
    `output`); an empty memo (render everything) if there is none that can be trusted."""
    memo = PageMemo()
    if stamp is None:
        return memo
    try:
        data = json.loads(pages_path(stamp).read_text(encoding="utf-8"))
        if data["code"] != code_version():
            return memo
        keys = [(kind, key) for kind, key, _ in data["keys"]]
        digests = {(kind, key): value for kind, key, value in data["keys"]}
        pages = {}
        for path, (own, lookups) in data["pages"].items():
            if data["output"].get(path) == output.get(path):  # the file is as that build wrote it
                pages[path] = (own, frozenset(keys[i] for i in lookups), (stamp.out / path).read_bytes())
    except (OSError, ValueError, KeyError, TypeError, IndexError) as err:
        log.debug("No page memo from the last build: %s", err)
        return memo
    memo.setup, memo.digests, memo.pages = data["setup"], digests, pages
    return memo
