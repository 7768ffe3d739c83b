"""The web application's way into a store: read-only, with every query's time bounded.

SQLite is opened through a ``mode=ro`` URI (the file cannot be written through it, and no
migration runs); PostgreSQL with ``default_transaction_read_only`` set for each connection.
A query that runs longer than ``QUERY_SECONDS`` is interrupted (SQLite's progress handler,
PostgreSQL's ``statement_timeout``) and the request gets 503.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import QueuePool

from parley.store import MIGRATIONS, StoreError, database_url, masked

# How long one query may run before it is interrupted: the slowest page of a 10,000-article
# store asks for well under a second.
QUERY_SECONDS = 5.0
# SQLite's progress handler runs every this many virtual-machine steps (about a millisecond).
PROGRESS_STEPS = 20_000
# Connections beyond the pool's 8: enough for each of the 40 threads that serve requests
# (AnyIO's default) to hold one, so that no request waits for a connection.
POOL_OVERFLOW = 40


def sqlite_uri(path: Path, folder_writable: bool | None = None) -> str:
    """The read-only URI of the SQLite store ``path``. A store is kept in write-ahead-log mode
    (``parley.store.SQLITE_PRAGMAS``), whose readers need its ``-shm`` file beside it; in a
    folder this process cannot write (``folder_writable``: by default as the file system says)
    and with no ``-wal`` beside it (no writer has it open: a writer would need the folder
    too) the file cannot change, and is opened ``immutable`` instead."""
    path = path.resolve()
    if folder_writable is None:
        folder_writable = os.access(path.parent, os.W_OK)
    uri = f"file:{quote(str(path))}?mode=ro"
    if not folder_writable and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def _sqlite_engine(path: Path) -> Engine:
    uri = sqlite_uri(path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine(
        "sqlite://", creator=connect, poolclass=QueuePool, pool_size=8, max_overflow=POOL_OVERFLOW
    )

    @event.listens_for(engine, "connect")
    def _bound(dbapi_connection, record) -> None:
        def too_long() -> int:
            return int(time.monotonic() > record.info.get("deadline", float("inf")))

        dbapi_connection.set_progress_handler(too_long, PROGRESS_STEPS)

    @event.listens_for(engine, "checkout")
    def _start_clock(dbapi_connection, record, proxy) -> None:
        record.info["deadline"] = time.monotonic() + QUERY_SECONDS

    return engine


def _postgres_engine(url: str) -> Engine:
    options = (
        f"-c default_transaction_read_only=on -c statement_timeout={int(QUERY_SECONDS * 1000)}"
    )
    return create_engine(
        url,
        connect_args={"options": options},
        pool_size=8,
        max_overflow=POOL_OVERFLOW,
        pool_pre_ping=True,
    )


def open_read_only(db: str | Path) -> Engine:
    """A read-only engine on the Parley store ``db`` (a SQLite file or a database URL).

    Raises ``StoreError`` naming the store when it does not exist, cannot be reached, is no
    Parley store, or was written by a newer Parley."""
    url = database_url(db)
    name = masked(db)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            raise StoreError(
                f"{name} does not exist; write it first with `parley run ARTICLES --db {name}`"
                " (or `parley run` for the bundled examples)"
            )
        engine = _sqlite_engine(path)
    else:
        engine = _postgres_engine(url)
    try:
        _check(engine, name)
    except SQLAlchemyError as err:
        engine.dispose()
        reason = str(getattr(err, "orig", err)).strip().splitlines()[0]
        raise StoreError(f"{name} cannot be read as a Parley store ({reason})") from None
    except StoreError:
        engine.dispose()
        raise
    return engine


def _check(engine: Engine, name: str) -> None:
    """Refuse a database that is not a Parley store, or one a newer Parley wrote."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "articles" not in tables or "story_events" not in tables:
            raise StoreError(
                f"{name} is not a Parley store (it has no articles or story tables); "
                "give a database `parley run` wrote"
            )
        if "alembic_version" in tables:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if current not in known_revisions():
                raise StoreError(
                    f"{name} was written by a newer Parley (schema revision {current}); "
                    "upgrade Parley"
                )


def known_revisions() -> set[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def has_sqlite_search(engine: Engine) -> bool:
    """Whether a SQLite store holds the full-text index schema 6 adds (``articles_fts``)."""
    with engine.connect() as conn:
        found = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles_fts'")
        ).scalar()
    return found is not None
