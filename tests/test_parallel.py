"""`parley run` in several processes, on this machine and on a Dask cluster: the store holds
exactly what a one-process run stores, and a rerun stores nothing twice."""

from __future__ import annotations

import json
import re

from tests.conftest import parley, stored_records


def test_two_workers_store_what_one_process_stores(reference_run, tmp_path):
    corpus, one = reference_run
    db = tmp_path / "two.sqlite"
    result = parley("run", str(corpus), "--db", str(db), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert stored_records(db) == stored_records(one)


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
    assert re.search(r"already stored\s*│\s*16\s", again.stdout), again.stdout
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
