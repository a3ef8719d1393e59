"""Annotating many briefs on several cores.

Each worker process loads the model once and runs the whole annotation (spaCy's parse and our
own steps) on chunks of briefs; only plain data crosses between processes. Results come back
in the order of the input, so the output does not depend on the number of processes.
`cluster.py` does the same on the workers of a Dask cluster.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

from ..errors import BuildError, problem
from ..model import Annotation, Brief, Document
from ..processes import release_inherited_locks

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
    return [(brief, document.without_tokens()) for brief, document in items]


def chunked(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def too_few_to_share(count: int, chunk: int = CHUNK) -> bool:
    """Whether `count` briefs are too few to share among processes."""
    return count < 2 * chunk


def annotate_many(
    items: list[tuple[Brief, Document]], model: str, index, jobs: int, chunk: int = CHUNK
) -> Iterator[tuple[Annotation, list[str]]]:
    """(annotation, notes) for each (brief, document), in order."""
    if jobs <= 1 or too_few_to_share(len(items), chunk):
        _start_worker(model, index)
        yield from _annotator.pipe(light(items))  # type: ignore[union-attr]
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(model, index)) as pool:
        for results in pool.map(_annotate_chunk, chunked(light(items), chunk)):
            yield from results


class ModelAhead:
    """spaCy imported and the model loaded in a forked process while this one reads and parses
    the content (about 1.5 s, most of a one-brief edit's annotation). A build that then has a
    few briefs to annotate (`too_few_to_share`) sends them there (`annotate`); one with none, or
    with more (`annotate_many`), stops it, having used only a core that reading leaves idle."""

    def __init__(self, model: str) -> None:
        self.while_waiting: Callable[[], None] = lambda: None  # this process's work while the other annotates
        context = multiprocessing.get_context("fork")
        self._connection, theirs = context.Pipe()
        self._process = context.Process(target=_serve_model, args=(theirs, self._connection, model), daemon=True)
        self._process.start()
        theirs.close()

    def annotate(self, items: list[tuple[Brief, Document]], index) -> Iterator[tuple[Annotation, list[str]]]:
        """(annotation, notes) for each (brief, document), in order, from the other process as
        each is made (for the progress line)."""
        try:
            self._connection.send((light(items), index))
        except OSError:
            raise _died() from None
        self.while_waiting()
        self.while_waiting = lambda: None
        for _ in items:
            try:
                status, value = self._connection.recv()
            except (EOFError, OSError):
                raise _died() from None
            if status == "problem":
                raise value
            if status == "failed":
                raise RuntimeError(f"annotation failed in the process loaded ahead:\n{value}")
            yield value

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def stop(self) -> None:
        """Stop the process, whatever it is doing (again: nothing)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._connection.close()


def _died() -> BuildError:
    return problem("annotation", None, "the process annotating died (out of memory?)", "build again")


def _serve_model(connection, parents_end, model: str) -> None:
    """In the forked process: load the model, then annotate what is sent, until the pipe closes
    (it does when the parent ends, even killed: this process closes its copy of the parent's end
    first). A problem (the model's, a brief's) goes to the process that asked, which raises it."""
    from .annotator import Annotator
    from .nlp import load_model

    parents_end.close()
    release_inherited_locks()
    try:
        nlp, failed = load_model(model), None
    except Exception as err:  # noqa: BLE001
        nlp, failed = None, err
    while True:
        try:
            items, index = connection.recv()
        except EOFError:
            return
        try:
            if failed is not None:
                raise failed
            for made in Annotator(nlp, index).pipe(items):
                connection.send(("made", made))
        except BuildError as err:  # a problem to show as it is
            connection.send(("problem", err))
        except Exception:  # noqa: BLE001 (a bug: its traceback, which pickles whatever it was)
            connection.send(("failed", traceback.format_exc()))
