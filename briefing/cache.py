"""Annotations cached on disk, keyed by everything that decides them.

The key is a hash of the brief's text, date and front-matter annotation fixes, the model's name and
version, the annotation code's version and the alias table. A file that cannot be read, or
does not hold an annotation, is ignored and replaced: the cache is never trusted blindly.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from .model import Annotation, Brief, Document


def annotation_key(
    brief: Brief, document: Document, model: str, model_version: str, code_version: str, aliases: str
) -> str:
    blocks = [(block.kind, block.start, block.end) for block in document.blocks]  # a heading has no quotes
    data = json.dumps(
        [
            document.text,
            blocks,
            brief.date.isoformat(),
            asdict(brief.fixes),
            model,
            model_version,
            code_version,
            aliases,
        ],
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class AnnotationCache:
    def __init__(self, folder: Path | None, memory: dict | None = None) -> None:
        self.folder = folder  # None: no cache
        # {key: (Annotation, notes)} kept by a long-running process (the preview); the key
        # decides the annotation, so an entry is never stale
        self.memory = memory
        # Files are written by a thread of their own: creating a file costs up to a millisecond
        # on some disks, time in which this process can go on annotating.
        self._writer: ThreadPoolExecutor | None = None
        self._writes: list[Future] = []

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[Annotation, list[str]] | None:
        if self.memory is not None and key in self.memory:
            return self.memory[key]
        if self.folder is None:
            return None
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            if data.get("key") != key:
                return None
            result = Annotation.from_json(data["annotation"]), list(data["notes"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        if self.memory is not None:
            self.memory[key] = result
        return result

    def put(self, key: str, annotation: Annotation, notes: list[str]) -> tuple[Annotation, list[str]]:
        """Keep an annotation, and give it back as `get` will give it back from the file: equal, and
        made the same way, so that the objects of a build do not depend on which annotations came
        from the cache (the page memo of the next build compares their digests)."""
        result = (annotation, notes)
        if self.folder is not None:
            text = json.dumps({"key": key, "annotation": annotation.to_json(), "notes": notes}, ensure_ascii=False)
            result = Annotation.from_json(json.loads(text)["annotation"]), list(notes)
            if self._writer is None:
                self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="annotation-cache")
            self._writes.append(self._writer.submit(self._write, self._path(key), text))
        if self.memory is not None:
            self.memory[key] = result
        return result

    def close(self) -> None:
        """Wait for the files being written; raise the first error, if any."""
        writer, writes, self._writer, self._writes = self._writer, self._writes, None, []
        if writer is not None:
            writer.shutdown(wait=True)
            for write in writes:
                write.result()

    @staticmethod
    def _write(path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temporary, path)  # two builds at once never see half a file
