"""Annotating on a Dask cluster: `build.py build --dask ADDRESS`, or the `dask` setting.

The briefs go to a running Dask scheduler in chunks; its workers annotate them and the results
come back in the order of the input, into the local annotation cache, so the rest of the build
is what it is on this machine, and so are the bytes it writes. Dask does the scheduling: a
chunk whose worker dies is run again on another.

- Each worker keeps one `Annotator` for the model and alias table (keyed by the model's name and
  the table's fingerprint), made on its first chunk: a worker loads the model once, not once per
  chunk, and keeps it for the next build.
- The alias index goes to every worker once per build (scattered), not with each chunk.
- Annotations made by two models, or by two versions of the annotation code, must not mix in a
  site or in the cache. Before any work is sent, each worker says what it has installed, and a
  worker that differs from this machine stops the build; each chunk checks again on its worker,
  for a worker that joins later.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from typing import TYPE_CHECKING

from distributed import Client, get_worker
from distributed.comm.addressing import get_address_host_port, normalize_address
from distributed.scheduler import KilledWorker

from ..errors import BuildError, Problem
from ..model import Annotation, Brief, Document
from .parallel import chunked, light

if TYPE_CHECKING:
    from .aliases import AliasTable

CONNECT_SECONDS = 10  # to reach the scheduler
WORKERS_SECONDS = 30  # for a first worker to join it
RETRIES = 2  # a chunk that failed on a worker that joined with another model may succeed on another
START_HINT = "start one with 'dask scheduler' and workers with 'dask worker ADDRESS --nthreads 1', or check --dask"
RESTART_HINT = "the briefs annotated so far are cached; restart the scheduler and its workers, then build again"
INSTALL_HINT = (
    "install the same lock file and project on every worker: "
    "pip install --require-hashes -r requirements/build.txt && pip install --no-deps ."
)

# On each worker: the annotator of the last (model, alias table), and a lock, as a worker with
# several threads would otherwise run two chunks through one spaCy pipeline at once.
_annotators: dict[tuple[str, str], object] = {}
_annotators_lock = threading.Lock()

Results = list[tuple[Annotation, list[str]]]


def installed(model: str) -> tuple[str, str]:
    """The version of `model` installed in this process, and of the annotation code (which also
    names the rules switched off for a measurement). Run here and on each worker."""
    from . import ANNOTATION_VERSION
    from .nlp import model_version

    return model_version(model), ANNOTATION_VERSION


def annotate_on_cluster(
    items: list[tuple[Brief, Document]], model: str, aliases: AliasTable, address: str, chunk: int
) -> Iterator[tuple[Annotation, list[str]]]:
    """(annotation, notes) for each (brief, document), in order, made by the cluster's workers."""
    expected = installed(model)
    chunks = chunked(light(items), chunk)
    with _library_quiet():
        client = _connect(address)
        try:
            _refuse_other_installs(client, model, expected, address)
            with _scheduler_lost(address):
                index = client.scatter(aliases.index, broadcast=True, hash=False)
            futures = client.map(
                _annotate_chunk,
                chunks,
                model=model,
                expected=expected,
                index=index,
                fingerprint=aliases.fingerprint(),
                retries=RETRIES,
                pure=False,
            )
            yield from _in_order(futures, chunks, address)
        finally:
            client.close()


def _connect(address: str):
    try:
        get_address_host_port(normalize_address(address))
    except ValueError as err:
        hint = "write it like tcp://10.0.0.5:8786 (the address 'dask scheduler' prints)"
        raise _trouble(address, f"not a scheduler address: {err}", hint) from None
    try:
        return Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise _trouble(address, f"cannot reach it: {err}", START_HINT) from None


def _trouble(address: str, message: str, hint: str) -> BuildError:
    return BuildError(Problem(f"Dask scheduler {address}", None, message, hint))  # as typed: not a path


def _refuse_other_installs(client, model: str, expected: tuple[str, str], address: str) -> None:
    """Every worker of the cluster has the model and annotation code of this machine, or an error."""
    with _scheduler_lost(address):
        try:
            client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except TimeoutError:
            raise _trouble(address, f"no worker joined it in {WORKERS_SECONDS} s", START_HINT) from None
        found = client.run(installed, model, on_error="return")
    refused = [
        _other_install(worker, model, theirs, expected)
        for worker, theirs in sorted(found.items())
        if not isinstance(theirs, OSError)  # a worker that went away as it was asked gets no work
        and (isinstance(theirs, BaseException) or tuple(theirs) != expected)
    ]
    if refused:
        raise BuildError(refused)


def _other_install(worker: str, model: str, theirs: tuple | BaseException, ours: tuple[str, str]) -> Problem:
    if isinstance(theirs, BaseException):
        message = f"refused: it cannot run Briefing's annotation code ({type(theirs).__name__}: {theirs})"
    elif theirs[0] != ours[0]:
        message = (
            f"refused: it has the spaCy model {model} {theirs[0]}, this machine has {ours[0]} "
            "(annotations of two models must not mix)"
        )
    else:
        message = f"refused: it runs other annotation code ({theirs[1]}, this machine {ours[1]})"
    return Problem(f"Dask worker {worker}", None, message, INSTALL_HINT)


def _annotate_chunk(
    items: list[tuple[Brief, Document]], model: str, expected: tuple[str, str], index, fingerprint: str
) -> Results:
    """On a worker: one chunk, through the worker's annotator for this model and alias table."""
    with _annotators_lock:
        theirs = installed(model)
        if theirs != expected:
            raise BuildError(_other_install(get_worker().address, model, theirs, expected))
        annotator = _annotators.get((model, fingerprint))
        if annotator is None:
            from .annotator import Annotator
            from .nlp import load_model

            _annotators.clear()  # one model in memory per worker
            annotator = _annotators[(model, fingerprint)] = Annotator(load_model(model), index)
        return list(annotator.pipe(items))  # type: ignore[attr-defined]


def _in_order(futures: list, chunks: list[list[tuple[Brief, Document]]], address: str) -> Iterator:
    """Each chunk's results as it comes back, in the order of the chunks; a lost scheduler, or a
    chunk that keeps killing its workers, is one problem (what came back before is cached)."""
    done = 0
    for future, items in zip(futures, chunks, strict=True):
        try:
            with _scheduler_lost(address, f" after {done} of {sum(map(len, chunks))} briefs"):
                results = future.result()
        except KilledWorker:
            names = f"{items[0][0].path} and {len(items) - 1} more" if len(items) > 1 else items[0][0].path
            message = f"workers died again and again annotating {names}"
            hint = "a worker may lack the memory spaCy needs: see the workers' logs"
            raise _trouble(address, message, hint) from None
        future.release()
        done += len(results)
        yield from results


@contextmanager
def _scheduler_lost(address: str, when: str = "") -> Iterator[None]:
    """A connection to the scheduler lost (or work cancelled by it) as one problem."""
    try:
        yield
    except (CancelledError, OSError) as err:  # OSError: TimeoutError and Dask's CommClosedError too
        raise _trouble(address, f"lost the scheduler{when} ({type(err).__name__})", RESTART_HINT) from None


@contextmanager
def _library_quiet() -> Iterator[None]:
    """Dask logs a lost connection with a traceback, again and again while it reconnects; the
    build reports it once, as a problem. Dask's loggers each have a level and a handler of their
    own, so each is silenced."""
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in ("distributed", "tornado")]
    loggers = [logging.getLogger(name) for name in ["distributed", "tornado", *names]]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
