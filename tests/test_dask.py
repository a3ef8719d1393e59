"""Annotation on a real Dask cluster on 127.0.0.1: a scheduler and two worker processes."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, build_command, copy_tree, tree, write_brief

from briefing.errors import BuildError
from briefing.pipeline import BuildOptions, build

PEOPLE = ["Mara Quell", "Tobias Renn", "Ilse Varga", "Oren Maddox", "Petra Lindqvist", "Soren Blake"]
PLACES = ["Eastbridge", "Norwick", "Halden", "Corvale"]


def invented_briefs(folder: Path, count: int) -> Path:
    """`count` short briefs with invented people, places and dates: several chunks of work."""
    for n in range(count):
        one, two = PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 1) % len(PEOPLE)]
        body = (
            f"{one} met {two} in {PLACES[n % len(PLACES)]} on Monday to talk about the harbour, brief {n}. "
            f"“We will open the new quay next spring,” {one.split()[1]} said."
        )
        write_brief(folder, f"2021-03-{n % 28 + 1:02d}-brief-{n:03d}.md", body, title=f"Brief {n}", date="2021-03-01")
    return folder


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as c,
        Client(c, set_as_default=False) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    return invented_briefs(tmp_path_factory.mktemp("dask") / "content", 24)


@pytest.fixture(scope="module")
def local_site(tmp_path_factory, content) -> Path:
    tmp = tmp_path_factory.mktemp("local")
    build(BuildOptions(content=content, out=tmp / "site", cache=tmp / "cache", jobs=1))
    return tmp / "site"


def dask_options(tmp: Path, content: Path, client, chunk: int = 3, workers: int = 1) -> BuildOptions:
    client.wait_for_workers(workers, timeout=180)  # a worker killed by another test is restarted by its nanny
    return BuildOptions(
        content=content, out=tmp / "site", cache=tmp / "cache", dask=client.scheduler_info()["address"], chunk=chunk
    )


def test_a_build_on_dask_writes_the_bytes_of_a_local_build(tmp_path, content, local_site, cluster):
    report = build(dask_options(tmp_path, content, cluster, workers=2))
    assert report.annotated == 24
    assert tree(tmp_path / "site") == tree(local_site)
    # the workers' annotations came back into the local cache: a forced build annotates nothing
    forced = build(BuildOptions(content=content, out=tmp_path / "site", cache=tmp_path / "cache", force=True, dask=""))
    assert (forced.annotated, forced.cache_hits) == (0, 24)
    # each worker made one annotator (it loaded the model once) and used it for all its chunks
    annotators = cluster.run(lambda: [key[0] for key in sys.modules["briefing.annotate.cluster"]._annotators])
    assert sorted(map(len, annotators.values())) == [1, 1]


def test_a_worker_killed_mid_build_does_not_stop_the_build(tmp_path, content, local_site, cluster):
    options = dask_options(tmp_path, content, cluster, chunk=1, workers=2)
    pids = cluster.run(os.getpid)
    killed: list[str] = []

    def kill_a_busy_worker_after_the_first_result() -> None:
        while not list((tmp_path / "cache").rglob("*.json")):
            time.sleep(0.005)
        while not killed and (busy := [w for w, keys in cluster.processing().items() if keys and w in pids]):
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed.append(busy[0])

    watcher = threading.Thread(target=kill_a_busy_worker_after_the_first_result, daemon=True)
    watcher.start()
    report = build(options)
    watcher.join(timeout=10)
    assert killed, "no worker was busy after the first result: the build was over too soon to test"
    assert report.annotated == 24
    assert tree(tmp_path / "site") == tree(local_site)


def pretend_installed_model_version(model: str, fake: str | None):
    """A function for `client.run`: this worker's package metadata says `model` is version `fake`
    (None: the truth again). The worker's own version check then reads it as it reads any version."""

    def run():
        import importlib.metadata as metadata

        real = getattr(metadata, "_real_version", metadata.version)
        metadata._real_version = real

        def version(name):
            return fake if name.replace("-", "_") == model else real(name)

        metadata.version = real if fake is None else version

    return run


def test_a_worker_with_another_model_version_is_refused(tmp_path, content, cluster):
    from briefing.annotate.nlp import model_version, resolve_model_name

    model = resolve_model_name("auto")
    options = dask_options(tmp_path, content, cluster)
    other = sorted(cluster.scheduler_info()["workers"])[0]  # the other one, if there are two, is left as it is
    cluster.run(pretend_installed_model_version(model, "3.7.1"), workers=[other])
    try:
        with pytest.raises(BuildError) as raised:
            build(options)
    finally:
        cluster.run(pretend_installed_model_version(model, None), workers=[other])
    [refusal] = raised.value.problems
    assert refusal.path == f"Dask worker {other}"
    assert f"{model} 3.7.1, this machine has {model_version(model)}" in refusal.message
    assert not (tmp_path / "site").exists() and not list((tmp_path / "cache").rglob("*.json"))


def test_the_dask_setting_sends_annotation_to_its_scheduler(tmp_path, content):
    settings = tmp_path / "pyproject.toml"
    settings.write_text('[tool.briefing]\ndask = "scheduler-without-a-port"\n', encoding="utf-8")
    with pytest.raises(BuildError) as raised:
        build(BuildOptions(content=content, out=tmp_path / "site", cache=tmp_path / "cache", pyproject=settings))
    [trouble] = raised.value.problems
    assert (trouble.path, trouble.message.split(":")[0]) == (
        "Dask scheduler scheduler-without-a-port",
        "not a scheduler address",
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_one_error_and_the_site_stays(tmp_path, local_site, content):
    out = copy_tree(local_site, tmp_path / "site")  # the previous site
    before = tree(out)
    address = f"tcp://127.0.0.1:{closed_port()}"
    started = time.monotonic()
    command = [*build_command(content, out), "--cache-dir", str(tmp_path / "cache"), "--dask", address]
    run = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert time.monotonic() - started < 30
    assert run.returncode == 1
    assert run.stderr.splitlines() == [run.stderr.strip()] and "Traceback" not in run.stderr
    assert run.stderr.startswith(f"error: Dask scheduler {address}: cannot reach it")
    assert tree(out) == before


def test_a_scheduler_gone_mid_build_is_one_error_and_the_site_stays(tmp_path, local_site):
    content = invented_briefs(tmp_path / "content", 64)  # four chunks of 16
    out = copy_tree(local_site, tmp_path / "site")  # the previous site
    before = tree(out)
    port = closed_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = [str(Path(sys.executable).parent / "dask")]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet
    )
    worker = subprocess.Popen([*dask, "worker", address, "--nthreads", "1", "--no-dashboard"], **quiet)
    try:
        cache = tmp_path / "cache"
        command = [*build_command(content, out), "--cache-dir", str(cache), "--dask", address]
        building = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while not list((cache / "annotations").rglob("*.json")) and building.poll() is None:
            time.sleep(0.005)
        scheduler.kill()
        _, stderr = building.communicate(timeout=60)
    finally:
        for process in (scheduler, worker):
            process.kill()
            process.wait()
    assert building.returncode == 1
    assert stderr.splitlines() == [stderr.strip()] and "Traceback" not in stderr
    assert re.match(rf"error: Dask scheduler {address}: lost the scheduler after (16|32|48) of 64 briefs", stderr)
    assert tree(out) == before
    assert len(list((cache / "annotations").rglob("*.json"))) >= 16  # what came back is kept


def test_the_help_explains_dask():
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--help"], capture_output=True, text=True)
    assert "--dask ADDRESS" in run.stdout and "Dask scheduler" in run.stdout
