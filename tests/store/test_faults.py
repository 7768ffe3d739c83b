"""A run killed at any moment, and two runs writing to one SQLite store at once: the store
opens, passes SQLite's integrity check, holds only whole articles, and a rerun completes it
with nothing stored twice."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from parley.store import Store
from tests.conftest import parley, stored_records

# When the test kills a run: seeded, so a failure can be run again. The first kill comes at a
# moment while the run starts (opening the store, loading the pipeline); the others a moment
# after the run has stored its first article, so they cut it while it extracts and stores.
KILL_SEED = 22
STARTING = (0.5, 4.0)
STORING = (0.0, 0.3)
KILLS_WHILE_STORING = 2


def _start(*args: str) -> subprocess.Popen:
    """`parley ...` in its own process group (so its worker processes die with it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "parley.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _articles_in(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(db, timeout=60)
    try:
        return con.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # the run has not created its tables yet
        return 0
    finally:
        con.close()


def _kill(
    process: subprocess.Popen,
    after: float,
    db: Path | None = None,
    watch: Path | None = None,
    at_most: int | None = None,
) -> None:
    """SIGKILL the run (and its workers) ``after`` seconds from now, or, given ``db``,
    ``after`` seconds from when the run has stored an article in it; given ``watch`` and
    ``at_most``, sooner if the store there holds that many articles (so that a fast machine
    still leaves articles for the next run to store)."""
    if db is not None:
        before = _articles_in(db)
        while process.poll() is None and _articles_in(db) == before:
            time.sleep(0.02)
    deadline = time.monotonic() + after
    while process.poll() is None and time.monotonic() < deadline:
        if watch is not None and at_most is not None and _articles_in(watch) >= at_most:
            break
        time.sleep(0.02)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _by_article(records: dict[str, list[tuple]], table: str) -> dict[str, list[tuple]]:
    """A table's rows by article id (the first column of mentions, attributions, events)."""
    rows: dict[str, list[tuple]] = {}
    for row in records[table]:
        rows.setdefault(row[0], []).append(row)
    return rows


def assert_sound(db: Path, reference: dict[str, list[tuple]]) -> int:
    """The store at ``db`` opens as a Parley store, passes SQLite's integrity check, and
    every article in it is whole: its mentions, attributions and events are those a complete
    run stored. Returns how many articles it holds."""
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchall() == [("ok",)]
    con.close()
    Store(db).close()
    records = stored_records(db)
    stored = {row[0] for row in records["articles"]}
    for table in ("mentions", "attributions", "events"):
        found, expected = _by_article(records, table), _by_article(reference, table)
        for art_id in stored:
            assert found.get(art_id, []) == expected.get(art_id, []), (table, art_id)
        assert set(found) <= stored, f"{table} rows of an article that is not stored"
    return len(stored)


def test_a_run_killed_at_random_moments_keeps_whole_articles_and_a_rerun_completes_it(
    reference_run, tmp_path
):
    corpus, one = reference_run
    reference = stored_records(one)
    db = tmp_path / "killed.sqlite"
    rng = random.Random(KILL_SEED)
    run = ("run", str(corpus), "--db", str(db), "--workers", "2")
    half = len(reference["articles"]) // 2
    _kill(_start(*run), rng.uniform(*STARTING), watch=db, at_most=half)
    held = [assert_sound(db, reference) if db.exists() else 0]
    for _ in range(KILLS_WHILE_STORING):
        # articles come back from the workers in batches stored at once: cut the run by
        # the moment, or once it has stored half of what is left, whichever is first
        left = len(reference["articles"]) - held[-1]
        _kill(_start(*run), rng.uniform(*STORING), db, watch=db, at_most=held[-1] + left // 2)
        held.append(assert_sound(db, reference))
    assert held == sorted(held)  # a killed run never loses what an earlier one stored
    assert 0 < held[1] < len(reference["articles"]), held  # cut while it stored
    result = parley("run", str(corpus), "--db", str(db), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert stored_records(db) == reference
    store = Store(db)
    assert not store.story_stale()
    store.close()


def test_two_runs_writing_to_one_store_at_once_both_store_and_nothing_twice(
    reference_run, tmp_path
):
    corpus, one = reference_run
    lines = corpus.read_text("utf-8").splitlines(keepends=True)
    # two halves that share two articles, started together on a store neither has created
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[: len(lines) // 2 + 1]), encoding="utf-8")
    second.write_text("".join(lines[len(lines) // 2 - 1 :]), encoding="utf-8")
    db = tmp_path / "shared.sqlite"
    runs = [_start("run", str(part), "--db", str(db), "--workers", "1") for part in (first, second)]
    for process in runs:
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors
    # the same records as one run of the whole corpus (each article's origin names its file)
    files = frozenset({"origin"})
    assert stored_records(db, without=files) == stored_records(one, without=files)
    store = Store(db)
    assert not store.story_stale()
    store.close()


def test_two_runs_writing_to_one_postgresql_store_at_once_both_store_and_nothing_twice(
    reference_run, postgres_url, tmp_path
):
    corpus, one = reference_run
    lines = corpus.read_text("utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[: len(lines) // 2 + 1]), encoding="utf-8")
    second.write_text("".join(lines[len(lines) // 2 - 1 :]), encoding="utf-8")
    runs = [
        _start("run", str(part), "--db", postgres_url, "--workers", "1") for part in (first, second)
    ]
    for process in runs:
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors
    store, reference = Store(postgres_url), Store(one)
    assert store.counts() == reference.counts()
    assert store.stored_hashes() == reference.stored_hashes()
    assert not store.story_stale()
    store.close()
    reference.close()


# Times three processes open one new store at the same instant: before session 24's fix, one
# in about eleven failed ("is being written by another process") when the write-ahead log was
# switched on while another held the new file's lock.
OPENINGS_TOGETHER = 30


def _open_at_once(db: str, barrier, answers) -> None:
    from parley.store import StoreError

    barrier.wait()
    try:
        store = Store(db)
        answers.put(store.counts()["articles"])
        store.close()
    except StoreError as err:
        answers.put(str(err))


def test_processes_opening_one_new_store_at_the_same_instant_all_open_it(tmp_path):
    import multiprocessing

    fork = multiprocessing.get_context("fork")
    for k in range(OPENINGS_TOGETHER):
        db = str(tmp_path / f"new{k}.sqlite")
        barrier, answers = fork.Barrier(3), fork.Queue()
        processes = [
            fork.Process(target=_open_at_once, args=(db, barrier, answers)) for _ in range(3)
        ]
        for p in processes:
            p.start()
        for p in processes:
            p.join(timeout=60)
        assert [answers.get(timeout=5) for _ in processes] == [0, 0, 0]
        con = sqlite3.connect(db)
        assert con.execute("pragma journal_mode").fetchone() == ("wal",)
        con.close()
