"""The Python API and the exports, on a store written by ``parley run``."""

from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow.parquet as pq
import pytest

import parley
from parley.api import COLUMNS
from tests.conftest import ROOT
from tests.conftest import parley as run_parley
from tests.story.test_story import write_articles


@pytest.fixture(scope="module")
def story_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("api")
    db = folder / "story.db"
    assert run_parley("run", str(write_articles(folder)), "--db", str(db)).returncode == 0
    return db


def test_the_readme_example_runs(story_db, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [code] = re.findall(r"### From Python.*?```python\n(.*?)```", readme, re.S)
    monkeypatch.chdir(story_db.parent)
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "CONSULT" in printed and "kept" in printed


def test_dataframes_have_the_documented_columns(story_db):
    db = parley.open(story_db)
    for name, columns in COLUMNS.items():
        frame = db.table(name)
        assert list(frame.columns) == columns, name
        assert len(frame) > 0, name
    events = db.events()
    articles = db.articles().set_index("id")
    for row in events.itertuples():
        text = articles.loc[row.article_id, "text"]
        assert text[row.evidence_start : row.evidence_end] in row.evidence_text or "..." in (
            row.evidence_text
        )
    with pytest.raises(ValueError, match="no table"):
        db.table("nothing")


def test_timeline_filters_by_side_and_stays_in_date_order(story_db):
    db = parley.open(story_db)
    everything = db.timeline()
    assert list(everything["date"]) == sorted(everything["date"])
    assert len(db.timeline(actor="YEM")) >= 1
    assert db.timeline(actor="NOR").empty


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_exports_open_in_pandas_and_pyarrow(story_db, tmp_path, fmt):
    out = tmp_path / "out"
    result = run_parley("export", "--db", str(story_db), "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    for name, columns in COLUMNS.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            frame = pd.read_csv(path)
        elif fmt == "parquet":
            frame = pq.read_table(path).to_pandas()
        else:
            frame = pd.DataFrame([json.loads(line) for line in path.read_text().splitlines()])
        assert list(frame.columns) == columns, (name, fmt)


def test_export_refuses_an_unknown_format_or_table(story_db, tmp_path):
    bad = run_parley("export", "--db", str(story_db), "--format", "xlsx", "-o", str(tmp_path))
    assert bad.returncode == 2 and "xlsx" in bad.stderr
    bad = run_parley("export", "--db", str(story_db), "--table", "people", "-o", str(tmp_path))
    assert bad.returncode == 2 and "people" in bad.stderr


def test_timeline_and_negotiation_commands_print_tables(story_db):
    result = run_parley("timeline", "--db", str(story_db), "--pair", "YEM,YEM-HOUTHIS")
    assert result.returncode == 0, result.stderr
    assert "CONSULT" in result.stdout
    result = run_parley("negotiation", "--db", str(story_db), env={"COLUMNS": "200"})
    assert result.returncode == 0 and "commitment" in result.stdout and "kept" in result.stdout
    bad = run_parley("timeline", "--db", str(story_db), "--pair", "YEM")
    assert bad.returncode == 2
