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


# Tables whose rows are what a run stored, and the columns that differ between two runs that
# stored the same records (row numbers, clocks).
RECORD_TABLES = (
    "articles",
    "actors",
    "mentions",
    "attributions",
    "events",
    "story_events",
    "story_reports",
)
RUN_COLUMNS = {"stored_at", "saved_at"}
# tables whose id is a row number, not a name (articles, actors and story events are named)
NUMBERED = {"mentions", "attributions", "events", "story_reports"}


def stored_records(db: Path, without: frozenset[str] = frozenset()) -> dict[str, list[tuple]]:
    """Every stored record of a SQLite store, table by table, sorted, without row numbers
    or times (nor the columns named in ``without``): two stores that hold the same articles
    and story compare equal."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        records = {}
        for table in RECORD_TABLES:
            columns = [row[1] for row in con.execute(f"pragma table_info({table})")]
            numbered = {"id"} if table in NUMBERED else set()
            kept = [c for c in columns if c not in RUN_COLUMNS | numbered | without]
            quoted = ", ".join(f'"{c}"' for c in kept)
            rows = con.execute(f"select {quoted} from {table}").fetchall()
            records[table] = sorted(rows, key=repr)
        return records
    finally:
        con.close()


def small_corpus(path: Path, copies: int = 1) -> Path:
    """A JSON Lines file of the bundled examples and the team's dev reports (``copies``
    times, each copy with new ids): a corpus that takes seconds, not minutes."""
    import json

    examples = ROOT / "src" / "parley" / "examples" / "articles.jsonl"
    records = [json.loads(line) for line in examples.read_text("utf-8").splitlines()]
    for text in sorted((ROOT / "benchmarks" / "dev" / "text").glob("*.txt")):
        records.append({"id": text.stem, "text": text.read_text("utf-8")})
    with path.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for record in records:
                fh.write(json.dumps({**record, "id": f"{record['id']}-{k}"}) + "\n")
    return path


@pytest.fixture(scope="session")
def reference_run(tmp_path_factory) -> tuple[Path, Path]:
    """The small corpus (four copies: 64 articles, four of the batches a worker extracts at
    once, so a run can be cut between batches) and the store one `parley run --workers 1`
    made of it."""
    folder = tmp_path_factory.mktemp("reference")
    corpus = small_corpus(folder / "corpus.jsonl", copies=4)
    db = folder / "one.sqlite"
    result = parley("run", str(corpus), "--db", str(db), "--workers", "1")
    assert result.returncode == 0, result.stderr
    return corpus, db
