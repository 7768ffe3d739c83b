"""How the web application opens a store: read-only, its queries bounded in time, and a store
it cannot serve refused with a message before the server starts."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from parley.store import StoreError
from parley.web import store as web_store
from parley.web.store import open_read_only
from tests.conftest import parley


def test_the_sqlite_connection_cannot_write(example_store):
    engine = open_read_only(example_store)
    with engine.connect() as conn, pytest.raises(OperationalError, match="readonly"):
        conn.execute(text("DELETE FROM articles"))
    engine.dispose()


def test_a_store_in_a_folder_the_server_cannot_write_is_read_as_it_is(example_store, tmp_path):
    # a store (kept in write-ahead-log mode) copied to read-only storage: no -shm can be made
    # beside it, so it is read as an immutable file; with a -wal beside it a writer is at
    # work, and it is read through the log
    copy = tmp_path / "examples.sqlite"
    copy.write_bytes(example_store.read_bytes())
    uri = web_store.sqlite_uri(copy, folder_writable=False)
    con = sqlite3.connect(uri, uri=True)
    assert con.execute("select count(*) from articles").fetchone()[0] > 0
    con.close()
    assert list(tmp_path.iterdir()) == [copy]  # nothing written beside it
    (tmp_path / "examples.sqlite-wal").write_bytes(b"")
    assert "immutable" not in web_store.sqlite_uri(copy, folder_writable=False)


def test_a_query_that_runs_too_long_is_interrupted(example_store, monkeypatch):
    monkeypatch.setattr(web_store, "QUERY_SECONDS", 0.2)
    engine = open_read_only(example_store)
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    with engine.connect() as conn, pytest.raises(OperationalError, match="interrupted"):
        conn.execute(text(endless))
    engine.dispose()


def test_a_missing_file_and_a_foreign_database_are_refused_by_name(tmp_path):
    with pytest.raises(StoreError, match="does not exist; write it first"):
        open_read_only(tmp_path / "none.sqlite")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("create table notes (x)").connection.commit()
    with pytest.raises(StoreError, match="is not a Parley store"):
        open_read_only(other)


def test_a_store_from_a_newer_parley_is_refused(example_store, tmp_path):
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(example_store.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("update alembic_version set version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer Parley"):
        open_read_only(newer)


def test_parley_serve_names_a_store_it_cannot_open_and_exits_2(tmp_path):
    done = parley("serve", "--db", str(tmp_path / "none.sqlite"))
    assert done.returncode == 2
    assert "none.sqlite does not exist" in done.stderr


def test_parley_serve_on_a_port_in_use_says_so_and_exits_2(server, example_store):
    """Each server process binds with SO_REUSEPORT, which two servers could share: a port
    another server listens on is refused before any process starts."""
    done = parley("serve", "--db", str(example_store), "--port", str(server.port))
    assert done.returncode == 2
    assert "Address already in use" in done.stderr
