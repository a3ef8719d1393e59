"""Annotating many briefs on several cores.

Each worker process loads the model once and runs the whole annotation (spaCy's parse and our
own steps) on chunks of briefs; only plain data crosses between processes. Results come back
in the order of the input, so the output does not depend on the number of processes.
`cluster.py` does the same on the workers of a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from ..model import Annotation, Brief, Document

CHUNK = 16  # briefs per task: large enough for nlp.pipe to batch, small enough to share the work

_annotator = None  # one per worker process


def _start_worker(model: str, index) -> None:
    global _annotator
    from .annotator import Annotator
    from .nlp import load_model

    nlp = load_model(model)
    if _annotator is None or _annotator.nlp is not nlp or _annotator.find_entities.index is not index:
        _annotator = Annotator(nlp, index)


def _annotate_chunk(items: list[tuple[Brief, Document]]) -> list[tuple[Annotation, list[str]]]:
    assert _annotator is not None
    return list(_annotator.pipe(items))


def light(items: list[tuple[Brief, Document]]) -> list[tuple[Brief, Document]]:
    """The briefs without their Markdown tokens, which are for rendering only and stay in this process."""
    return [(brief, Document(text=document.text, blocks=document.blocks, tokens=[])) for brief, document in items]


def chunked(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def annotate_many(
    items: list[tuple[Brief, Document]], model: str, index, jobs: int, chunk: int = CHUNK
) -> Iterator[tuple[Annotation, list[str]]]:
    """(annotation, notes) for each (brief, document), in order."""
    if jobs <= 1 or len(items) < 2 * chunk:
        _start_worker(model, index)
        yield from _annotator.pipe(light(items))  # type: ignore[union-attr]
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(model, index)) as pool:
        for results in pool.map(_annotate_chunk, chunked(light(items), chunk)):
            yield from results
