"""The preview server, for real: a subprocess serving on a free loopback port, rebuilding on a save."""
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import ROOT, write_brief


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(predicate, seconds: float = 60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return None


def test_serve_rebuilds_on_save_and_survives_bad_input(tmp_path):
    content = tmp_path / "content"
    brief = write_brief(content, "one.md", "First version of the text.", title="One")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "build.py"), "serve", "--content", str(content), "--out", str(tmp_path / "site"),
         "--no-cache", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/briefs/one.html"
        page = wait_for(lambda: fetch(url))
        assert page is not None and "First version" in page and "livereload" in page
        brief.write_text(brief.read_text().replace("First version", "Second version"))
        assert wait_for(lambda: "Second version" in (fetch(url) or ""))
        brief.write_text("---\ntitle: [broken\n---\nBody\n")
        time.sleep(3)
        assert "Second version" in (fetch(url) or "")  # the last good site stays up
        assert server.poll() is None  # and the server keeps running
        assert fetch(f"http://127.0.0.1:{port}/../../etc/passwd") in (None, "") or "root:" not in fetch(
            f"http://127.0.0.1:{port}/../../etc/passwd")
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "one.md:2: front matter is not valid YAML" in output or "one.md:3: front matter is not valid YAML" in output
