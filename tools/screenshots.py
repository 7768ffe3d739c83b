"""Write the README's screenshots of the web application: docs/web-article.png and
docs/web-timeline.png, from a store of the bundled examples.

    python tools/screenshots.py

Runs `parley run` on the bundled examples into a temporary store, starts `parley serve` on it
and photographs two pages in Debian's headless chromium (`apt-get install chromium`) through
Playwright.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the browser settings the web tests use, kept in one place
from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

DOCS = ROOT / "docs"
# (file, path, what to focus before the photograph: a mark whose tip then shows)
SHOTS = [
    ("web-article.png", "/articles/grain-deal-istanbul-2022", "#att-4-content"),
    ("web-timeline.png", "/timeline", None),
]


def parley(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "parley.cli", *args], env=env)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "examples.sqlite")
        if parley("run", "--db", db).wait() != 0:
            raise SystemExit("parley run failed")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = parley("serve", "--db", db, "--port", str(port))
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/index.json", timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 820})
                for name, path, focus in SHOTS:
                    page.goto(base + path)
                    if focus:
                        page.locator(focus).focus()
                    page.screenshot(path=str(DOCS / name))
                    print(DOCS / name)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
