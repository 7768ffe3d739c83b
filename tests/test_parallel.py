"""`parley run` in several processes, on this machine and on a Dask cluster: the store holds
exactly what a one-process run stores, and a rerun stores nothing twice."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import parley, small_corpus, stored_records


def test_two_workers_store_what_one_process_stores(reference_run, tmp_path):
    corpus, one = reference_run
    db = tmp_path / "two.sqlite"
    result = parley("run", str(corpus), "--db", str(db), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert stored_records(db) == stored_records(one)


def _covered(db: Path) -> tuple[int, int]:
    """(articles stored, articles the stored story covers) in the store at ``db`` now."""
    if not db.exists():
        return 0, 0
    con = sqlite3.connect(db, timeout=60)
    try:
        return tuple(
            con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("articles", "story_articles")
        )
    except sqlite3.OperationalError:  # the run has not created its tables yet
        return 0, 0
    finally:
        con.close()


def test_a_run_keeps_its_story_as_it_goes_and_ends_with_the_story_of_one_rebuild(
    reference_run, tmp_path
):
    corpus, one = reference_run
    articles = len(corpus.read_text("utf-8").splitlines())
    db = tmp_path / "steps.sqlite"
    # the story brought up to date each time 16 articles are stored, and at the end
    command = ["run", str(corpus), "--db", str(db), "--workers", "2", "--story-every", "16"]
    process = subprocess.Popen(
        [sys.executable, "-m", "parley.cli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen = []  # (stored, covered) while the run goes on
    while process.poll() is None:
        seen.append(_covered(db))
        time.sleep(0.02)
    out, errors = process.communicate()
    assert process.returncode == 0, errors
    # a story covering some articles was there while others were still to be stored
    assert any(0 < covered <= stored < articles for stored, covered in seen), seen[-5:]
    # and it went on being kept: more than one step before the end
    assert len({covered for _, covered in seen if 0 < covered < articles}) >= 2, seen[-5:]
    assert re.search(r"story updated in\s*│\s*\d+\.\d\d s", out), out
    assert stored_records(db) == stored_records(one)
    assert _covered(db) == (articles, articles)


def test_a_dask_local_cluster_of_two_processes_stores_what_one_process_stores(
    reference_run, tmp_path
):
    corpus, one = reference_run
    db = tmp_path / "dask.sqlite"
    result = parley("run", str(corpus), "--db", str(db), "--dask", "local", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert stored_records(db) == stored_records(one)
    again = parley("run", str(corpus), "--db", str(db), "--dask", "local", "--workers", "2")
    assert again.returncode == 0, again.stderr
    articles = len(corpus.read_text("utf-8").splitlines())
    assert re.search(rf"already stored\s*│\s*{articles}\s", again.stdout), again.stdout
    assert stored_records(db) == stored_records(one)


def test_a_pipeline_the_workers_cannot_load_stops_the_run_with_its_reason(tmp_path):
    registry = tmp_path / "actors.jsonl"
    registry.write_text('{"id": "X1", "type": "person", "name": "A B", "country": "ZZZ"}\n')
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"a{k}", "text": "Envoys met in Doha on Monday."}) + "\n"
            for k in range(4)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "p.sqlite"
    result = parley(
        "run", str(corpus), "--db", str(db), "--workers", "2", "--registry", str(registry)
    )
    assert result.returncode == 2
    assert f"{registry}:1" in result.stderr and "'country'" in result.stderr
    assert "Traceback" not in result.stderr
    assert stored_records(db)["articles"] == []


def test_dask_refuses_an_address_that_is_no_scheduler(tmp_path):
    result = parley("run", "--db", str(tmp_path / "p.sqlite"), "--dask", "scheduler:8786")
    assert result.returncode == 2
    assert "tcp://host:port" in result.stderr


def test_extract_bag_gives_on_a_local_cluster_the_records_of_one_process(nlp, tmp_path):
    import dask.bag
    from distributed import Client, LocalCluster

    import parley
    from parley.ingest.jsonl import article_from_record
    from parley.pipeline import extract

    corpus = small_corpus(tmp_path / "corpus.jsonl")
    records = [json.loads(line) for line in corpus.read_text("utf-8").splitlines()]
    records.insert(3, {"id": "no-text"})  # reported in its place; the others go on
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        bag = dask.bag.from_sequence(records, npartitions=4)
        found = parley.extract_bag(bag).compute()
    articles = [article_from_record(r, "") for r in records if "text" in r]
    expected = [ex.to_json() for ex in extract(nlp, articles)]
    assert found[3]["id"] == "no-text" and 'no "text" field' in found[3]["error"]
    assert found[:3] + found[4:] == expected
