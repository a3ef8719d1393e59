"""The model loaded ahead in a forked process (annotate.parallel.ModelAhead), on the real model:
it annotates as this process would, dies loudly, stops cleanly, and a one-off build with a
brief to annotate sends it there instead of importing spaCy itself."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, write_brief

from briefing.annotate.aliases import build_alias_table
from briefing.annotate.nlp import resolve_model_name
from briefing.annotate.parallel import ModelAhead, annotate_many
from briefing.errors import BuildError
from briefing.parse import parse
from briefing.read import read_content


def invented_briefs(folder):
    write_brief(folder, "2021-05-03-port.md", "“We will reopen the port,” Mayor Ilsa Varga said in Eastport on Monday.")
    write_brief(folder, "2021-05-04-mill.md", "The Kestrel Mill Company hired 40 workers in Northtown last week.")
    briefs, _, _, _ = read_content(folder)
    return [(brief, parse(brief.body)) for brief in briefs]


def test_the_process_loaded_ahead_annotates_as_this_one_does(tmp_path):
    items, model = invented_briefs(tmp_path / "content"), resolve_model_name("auto")
    index = build_alias_table(None, []).index
    ahead = ModelAhead(model)
    try:
        there = list(ahead.annotate(items, index))
    finally:
        ahead.stop()
    here = list(annotate_many(items, model, index, jobs=1))
    assert there == here
    assert [quote.speaker for annotation, _ in there for quote in annotation.quotes] == [0]  # Ilsa Varga


def test_a_process_loaded_ahead_that_died_is_one_clear_error(tmp_path):
    items = invented_briefs(tmp_path / "content")
    ahead = ModelAhead(resolve_model_name("auto"))
    try:
        os.kill(ahead.pid, signal.SIGKILL)
        with pytest.raises(BuildError, match="the process annotating died"):
            list(ahead.annotate(items, build_alias_table(None, []).index))
    finally:
        ahead.stop()
        ahead.stop()  # stopping twice is harmless
    assert not os.path.exists(f"/proc/{ahead.pid}")  # reaped, not left a zombie


def test_a_one_off_build_annotates_an_edited_brief_without_importing_spacy_itself(tmp_path):
    content = tmp_path / "content"
    invented_briefs(content)
    build = (
        "import sys; from pathlib import Path; from briefing.pipeline import BuildOptions, build; "
        f"report = build(BuildOptions(content=Path({str(content)!r}), out=Path({str(tmp_path / 'site')!r}), "
        f"cache=Path({str(tmp_path / 'cache')!r}))); "
        "print(report.annotated, 'spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", build], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2", "False"]
    assert (tmp_path / "site" / "briefs" / "2021-05-03-port.html").is_file()


def test_a_model_that_will_not_load_there_is_its_own_error_here(tmp_path, monkeypatch):
    import briefing.annotate.nlp
    from briefing.errors import problem

    def broken(name, settings_file="pyproject.toml"):
        raise problem(settings_file, None, f"cannot load the spaCy model {name}: weights damaged", "reinstall it")

    monkeypatch.setattr(briefing.annotate.nlp, "load_model", broken)  # the forked process inherits it
    items = invented_briefs(tmp_path / "content")
    ahead = ModelAhead("some_model")
    try:
        with pytest.raises(BuildError, match="cannot load the spaCy model some_model: weights damaged"):
            list(ahead.annotate(items, build_alias_table(None, []).index))
    finally:
        ahead.stop()


def test_the_process_loaded_ahead_ends_when_its_parent_is_killed(tmp_path):
    """Else a killed build would leave it waiting for work for ever, holding the build's stderr."""
    parent = (
        "import os, sys, time; from briefing.annotate.parallel import ModelAhead; "
        f"ahead = ModelAhead({resolve_model_name('auto')!r}); print(ahead.pid, flush=True); time.sleep(600)"
    )
    run = subprocess.Popen([sys.executable, "-c", parent], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    child = int(run.stdout.readline())
    run.kill()
    run.wait(timeout=10)
    for _ in range(600):  # it may finish loading the model first
        status = Path(f"/proc/{child}/status")
        if not status.exists() or "zombie" in status.read_text().lower():
            break
        time.sleep(0.1)
    else:
        raise AssertionError("the process loaded ahead outlived its killed parent by a minute")
