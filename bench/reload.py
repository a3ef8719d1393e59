"""Benchmark: save-to-reload time of the live preview on a site of N briefs. (`make bench-reload`)

    python bench/reload.py [--count 200] [--edits 7]

Starts `build.py serve` on a warm cache, opens a brief in headless Chromium, then saves an
edit to that brief and times until the open tab shows the new text (the watcher's poll, the
debounce, the rebuild and livereload's reload included). Writes a section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from conftest import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402  (the browser tests' Chromium, started the same way)

from briefing.serve import POLL_SECONDS, QUIET_SECONDS  # noqa: E402

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out" / "reload"
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the preview server did not come up at {url}")


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--edits", type=int, default=7)
    args = parser.parse_args()
    content = OUT / "content"
    subprocess.run(
        [PYTHON, str(BENCH / "make_corpus.py"), "--count", str(args.count), "--out", str(content)], check=True
    )
    common = ["--content", str(content), "--out", str(OUT / "site"), "--cache-dir", str(OUT / "cache")]
    subprocess.run([PYTHON, str(ROOT / "build.py"), "build", *common, "--quiet"], check=True)  # warm the cache
    port = free_port()
    server = subprocess.Popen(
        [PYTHON, str(ROOT / "build.py"), "serve", *common, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    brief = sorted(content.glob("*.md"))[args.count // 2]
    url = f"http://127.0.0.1:{port}/briefs/{brief.stem}.html"
    timings = []
    try:
        wait_until_up(url)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_page()
            with page.expect_websocket() as socket_info:
                page.goto(url)
            socket_info.value.wait_for_event("framereceived")
            for edit in range(args.edits):
                marker = f"Reload marker {edit}"
                text = re.sub(r"\n\nReload marker \d+\.\n$", "\n", brief.read_text(encoding="utf-8"))
                time.sleep(1.0)  # the editor pauses between saves
                saved = time.perf_counter()
                brief.write_text(text.rstrip("\n") + f"\n\n{marker}.\n", encoding="utf-8")
                page.wait_for_function(
                    f"document.body && document.body.innerText.includes({marker!r})", timeout=120_000
                )
                timings.append(time.perf_counter() - saved)
                print(f"edit {edit + 1}: {timings[-1]:.2f} s", flush=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    section = (
        f"## Save to reload, {args.count} briefs\n\n"
        f"`python bench/reload.py --count {args.count} --edits {args.edits}`: "
        f"median {statistics.median(timings):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in timings)}) from saving a brief to the open tab showing the "
        f"edit; this includes the watcher's poll (every {POLL_SECONDS} s) and the {QUIET_SECONDS} s quiet "
        f"period that groups a burst of saves into one rebuild.\n"
    )
    results = BENCH / "RESULTS.md"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    text = re.sub(r"## Save to reload.*?(?=\n## |\Z)", "", text, flags=re.S).rstrip("\n")
    results.write_text(text + "\n\n" + section, encoding="utf-8")
    print(section)


if __name__ == "__main__":
    sys.exit(main())
