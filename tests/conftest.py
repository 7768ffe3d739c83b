"""Shared fixtures: paths to ../shared, the built pipeline, and small input files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARLEY_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed"
EWT = SHARED / "data" / "ud-english-ewt"
UNER = SHARED / "data" / "uner-english-ewt"


def need_shared() -> None:
    if not SHARED.exists():
        pytest.skip(f"{SHARED} (the shared data folder) is not beside the project")


@pytest.fixture(scope="session")
def nlp():
    from parley.pipeline import build

    return build()


def parley(*args: str, cwd: Path | None = None, env: dict | None = None):
    """Run the installed ``parley`` command line for real; returns the CompletedProcess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "parley.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=600,
    )


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """A real PostgreSQL server (pgserver's bundled binaries) for the session."""
    # pgserver asks for a per-user runtime folder, which a CI container may not have
    os.environ.setdefault("XDG_RUNTIME_DIR", str(tmp_path_factory.mktemp("run")))
    import pgserver

    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server
    server.cleanup()


@pytest.fixture
def postgres_url(postgres_server, request):
    """A fresh, empty PostgreSQL database on the session's server, as a URL."""
    import re
    import uuid

    name = "t_" + re.sub(r"\W", "_", request.node.name)[:40].lower() + "_" + uuid.uuid4().hex[:6]
    postgres_server.psql(f"CREATE DATABASE {name};")
    base = postgres_server.get_uri()
    return base.replace("/postgres?", f"/{name}?")


def extracted(nlp, text: str):
    """The doc and the article's record for ``text`` through the whole pipeline."""
    from parley.model import Article
    from parley.pipeline import make_doc, to_extraction

    article = Article(id="t", text=text)
    doc = nlp(make_doc(nlp, article))
    return doc, to_extraction(article, doc)
