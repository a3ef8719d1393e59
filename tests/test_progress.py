"""Progress on stderr: a bar with rate and time left on a terminal, plain lines elsewhere, nothing when quiet."""

from __future__ import annotations

import fcntl
import logging
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from conftest import ROOT, write_brief

from briefing.cli import configure_logging
from briefing.progress import ANNOTATING, RENDERING, WRITING, Stage, counting


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("progress") / "content"
    for n in range(24):
        body = f"Lena Markov opened the ferry terminal in Westhaven on Friday, brief {n}."
        write_brief(folder, f"2022-05-{n + 1:02d}-brief.md", body, title=f"Brief {n}", date="2022-05-01")
    return folder


def build_verbose(content: Path, tmp: Path) -> list[str]:
    """`build.py build` with a fresh cache, so every brief is annotated, and without --quiet."""
    return [sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--out", str(tmp / "site"),
            "--cache-dir", str(tmp / "cache"), "--jobs", "1"]  # fmt: skip


def test_a_build_logged_to_a_file_prints_a_line_at_every_tenth(content, tmp_path):
    run = subprocess.run(build_verbose(content, tmp_path), capture_output=True, text=True, check=True)
    lines = [line for line in run.stderr.splitlines() if "annotated" in line]
    assert [int(re.search(r"annotated (\d+)/24 briefs", line)[1]) for line in lines] == list(range(2, 25, 2))
    assert all(re.search(r"\([\d.]+/s, \d+ s left\)$", line) for line in lines[:-1])
    assert re.search(r"\([\d.]+/s, [\d.]+ s in all\)$", lines[-1])
    assert "\r" not in run.stderr and "%|" not in run.stderr  # no bar in a log file


def test_verbose_says_how_long_each_stage_took_in_one_line(content, tmp_path):
    run = subprocess.run([*build_verbose(content, tmp_path), "--verbose"], capture_output=True, text=True, check=True)
    (line,) = [line for line in run.stderr.splitlines() if line.startswith("Stages: ")]
    stages = re.findall(r"(\w+) ([\d.]+) s", line)
    order = ["read", "parse", "images", "annotate", "link", "arrange", "pages", "listings", "search", "write"]
    assert [name for name, _ in stages] == order
    built = float(re.search(r"in ([\d.]+) s \(annotated", run.stdout)[1])
    assert sum(float(seconds) for _, seconds in stages) <= built + 0.1  # laps, not overlapping spans
    (peaks,) = [line for line in run.stderr.splitlines() if line.startswith("Peak memory after each: ")]
    mib = re.findall(r"(\w+) (\d+) MiB", peaks)
    assert [name for name, _ in mib] == order
    assert [int(m) for _, m in mib] == sorted(int(m) for _, m in mib)  # a peak never goes down
    assert 50 < int(mib[-1][1]) < 4096  # the model at least, and MiB: not KiB or bytes
    quiet = subprocess.run(build_verbose(content, tmp_path / "again"), capture_output=True, text=True, check=True)
    assert "Stages:" not in quiet.stderr  # only with --verbose


def test_a_build_on_a_terminal_shows_a_bar_with_rate_and_time_left(content, tmp_path):
    terminal, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    build = subprocess.Popen(build_verbose(content, tmp_path), stdin=child, stdout=child, stderr=child)
    os.close(child)
    shown = b""
    while True:
        try:
            data = os.read(terminal, 65536)
        except OSError:  # the build has ended and closed the terminal
            break
        if not data:
            break
        shown += data
    os.close(terminal)
    assert build.wait(timeout=120) == 0
    text = shown.decode("utf-8", "replace")
    assert re.search(r"annotating: +\d+%\|[^|]*\| *\d+/24 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+ briefs/s\]", text)
    assert "annotated 2/24" not in text  # the bar, not the lines of a log file


@pytest.fixture()
def briefing_log():
    """What the "briefing" loggers write to stderr, as the command line sets them up."""
    yield lambda quiet: configure_logging(quiet=quiet)
    configure_logging()


def test_the_lines_count_each_tenth_after_the_delay(capsys, briefing_log):
    briefing_log(False)
    assert list(counting(range(100), 100, Stage("rendering", "rendered", "pages", delay=0.0))) == list(range(100))
    lines = capsys.readouterr().err.splitlines()
    assert [re.match(r"  rendered (\d+)/100 pages \(", line)[1] for line in lines] == [
        str(n) for n in range(10, 101, 10)
    ]
    # a stage over within its delay (here: a second) shows nothing: a warm build, a preview rebuild
    assert list(counting(range(100), 100, RENDERING)) == list(range(100))
    assert list(counting(range(100), 100, WRITING)) == list(range(100))
    assert capsys.readouterr().err == ""


def test_quiet_shows_no_progress(capsys, briefing_log):
    briefing_log(True)
    assert list(counting(range(50), 50, ANNOTATING)) == list(range(50))
    assert capsys.readouterr().err == ""
    logging.getLogger("briefing").warning("still shown")
    assert "still shown" in capsys.readouterr().err
