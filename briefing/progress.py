"""How far a long stage has got (annotating, rendering, writing), on stderr.

On a terminal: a bar with the count, the rate and the time left (tqdm, the bar spaCy already
installs), gone when the stage ends. Elsewhere (a log file, CI): a plain line at every tenth of
the work, with the count, the rate and the time left. Nothing with --quiet, which leaves only
warnings on the "briefing" logger. A stage over within its `delay` shows nothing: a warm build
renders a thousand pages in about a second, and the preview re-renders a handful.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Stage:
    doing: str  # the bar's label
    done: str  # a line's verb
    unit: str
    delay: float = 1.0  # seconds before anything is shown
    least: int = 1  # fewer items than this show nothing


ANNOTATING = Stage("annotating", "annotated", "briefs", delay=0.0, least=20)  # spaCy: seconds from the start
RENDERING = Stage("rendering", "rendered", "pages")
WRITING = Stage("writing", "wrote", "files")


def counting(items: Iterable[T], total: int, stage: Stage) -> Iterator[T]:
    """`items` (there are `total` of them), telling the user how far the stage has got."""
    if total < stage.least or not log.isEnabledFor(logging.INFO):
        return iter(items)
    if sys.stderr.isatty():
        return _bar(items, total, stage)
    return _lines(items, total, stage)


def _bar(items: Iterable[T], total: int, stage: Stage) -> Iterator[T]:
    from tqdm import tqdm

    # the rate always as units per second ("0.98 briefs/s", never tqdm's "1.02s/ briefs")
    meter = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"
    with tqdm(
        total=total,
        desc=stage.doing,
        unit=f" {stage.unit}",
        bar_format=meter,
        delay=stage.delay,
        leave=False,
        file=sys.stderr,
    ) as bar:
        for item in items:
            yield item
            bar.update()


def _lines(items: Iterable[T], total: int, stage: Stage) -> Iterator[T]:
    started = time.perf_counter()
    step = max(1, total // 10)
    for done, item in enumerate(items, start=1):
        yield item
        seconds = time.perf_counter() - started
        if (done % step == 0 or done == total) and seconds >= stage.delay:
            log.info("  %s %d/%d %s (%s)", stage.done, done, total, stage.unit, pace(done, total, seconds))


def pace(done: int, total: int, seconds: float) -> str:
    """ "12.5/s, 8 s left": the rate so far, and the time the rest takes at that rate."""
    rate = done / seconds if seconds > 0 else 0.0
    if done >= total:
        return f"{rate:.1f}/s, {seconds:.1f} s in all"
    left = (total - done) / rate if rate > 0 else 0.0
    return f"{rate:.1f}/s, {left:.0f} s left"


class Stopwatch:
    """How long each stage of one build took, and this process's peak memory when it ended,
    said in one line with --verbose: where a slow or large build spends its time and memory,
    without a profiler."""

    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self.peaks: list[int | None] = []  # MiB, where the system says
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        """`stage` ended now: it took the time since the last lap."""
        now = time.perf_counter()
        self.laps.append((stage, now - self._last))
        self.peaks.append(peak_memory_mib())
        self._last = now

    def say(self) -> None:
        log.debug("Stages: %s", ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in self.laps))
        if self.peaks and None not in self.peaks:
            log.debug(
                "Peak memory after each: %s",
                ", ".join(f"{s} {m} MiB" for (s, _), m in zip(self.laps, self.peaks, strict=True)),
            )


def peak_memory_mib() -> int | None:
    """This process's largest resident size so far (not its worker processes'), or None where
    the system does not say (Windows)."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 2**20 if sys.platform == "darwin" else peak // 2**10  # bytes there, KiB on Linux
