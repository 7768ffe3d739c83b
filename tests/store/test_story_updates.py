"""The story a store keeps is the same whatever order its articles came in and however they
were split into runs: after each batch the story is brought up to date (``refresh_story``,
what `parley run` does), and the last stored story equals one full rebuild from the same
articles (``parley story --rebuild``), table by table and as the saved STORY.json."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from parley.model import Article, Extraction
from parley.store import Store
from tests.conftest import ROOT, stored_records

EXAMPLES = ROOT / "src" / "parley" / "examples" / "articles.jsonl"
# Arrival orders tried per corpus: each a shuffle and a split into batches, seeded so that a
# failure can be run again.
ORDERS = 3
SYNTHETIC_ARTICLES = 300


def _story_scale():
    """``benchmarks/story_scale.py``: its synthetic records are the scale benchmarks' own."""
    path = ROOT / "benchmarks" / "story_scale.py"
    spec = importlib.util.spec_from_file_location("story_scale", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def example_records(nlp) -> list[Extraction]:
    """The bundled examples through the whole pipeline, once."""
    from parley.pipeline import make_doc, to_extraction

    records = []
    for line in EXAMPLES.read_text("utf-8").splitlines():
        row = json.loads(line)
        article = Article(
            id=row["id"],
            text=row["text"],
            title=row.get("title"),
            published=dt.date.fromisoformat(row["published"]) if row.get("published") else None,
            outlet=row.get("outlet"),
        )
        records.append(to_extraction(article, nlp(make_doc(nlp, article))))
    return records


def synthetic_records() -> list[Extraction]:
    scale = _story_scale()
    rng = random.Random(SYNTHETIC_ARTICLES)
    stories = max(10, SYNTHETIC_ARTICLES // 4)
    return [scale.extraction(k, rng, stories) for k in range(SYNTHETIC_ARTICLES)]


def with_gaps(records: list[Extraction]) -> list[Extraction]:
    """``records`` with some events undated and some naming no target (as real reports are):
    the update's other paths (whole merge components, inferred targets)."""
    out = []
    for k, ex in enumerate(records):
        events = [
            replace(
                e,
                date=None if (k + j) % 5 == 0 else e.date,
                target=None if (k + j) % 7 == 0 else e.target,
            )
            for j, e in enumerate(ex.events)
        ]
        out.append(replace(ex, events=events))
    return out


# The story's own tables besides story_events and story_reports (``stored_records``), compared
# without their row numbers.
STORY_TABLES = {
    "story_negotiations": "select * from story_negotiations",
    "story_articles": "select * from story_articles",
    "story_sentences": "select side, day, article_id, start, end, negated, stems "
    "from story_sentences",
    "story_acts": "select type, mode, source_actor, target_actor, n from story_acts",
}


def _stored(db: Path) -> tuple[dict, dict | None]:
    records = stored_records(db)
    con = sqlite3.connect(db)
    try:
        for table, query in STORY_TABLES.items():
            records[table] = sorted(con.execute(query).fetchall(), key=repr)
    finally:
        con.close()
    store = Store(db)
    try:
        return records, store.stored_story()
    finally:
        store.close()


def _rebuilt(records: list[Extraction], db: Path) -> tuple[dict, dict | None]:
    store = Store(db)
    for ex in records:
        store.add(ex)
    store.refresh_story(rebuild=True)
    store.close()
    return _stored(db)


def _in_batches(
    records: list[Extraction], db: Path, seed: int, done: list[str] | None = None
) -> tuple[dict, dict | None]:
    """``records`` shuffled and stored in two to four batches, the story brought up to date
    after each (as successive `parley run`s do); ``done`` gets how (``refresh_story``)."""
    rng = random.Random(seed)
    order = records[:]
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, len(order)), rng.randint(1, 3)))
    store = Store(db)
    for lo, hi in zip([0, *cuts], [*cuts, len(order)], strict=True):
        for ex in order[lo:hi]:
            store.add(ex)
        how = store.refresh_story()
        assert how in ("updated", "rebuilt")
        if done is not None:
            done.append(how)
        assert not store.story_stale()
    store.close()
    return _stored(db)


def _assert_same_story(records: list[Extraction], tmp_path: Path) -> list[str]:
    """Compare; returns how the story was brought up to date after each batch."""
    tables, story = _rebuilt(records, tmp_path / "rebuilt.sqlite")
    assert story is not None and story["events"]
    done: list[str] = []
    for seed in range(ORDERS):
        db = tmp_path / f"batches-{seed}.sqlite"
        got_tables, got_story = _in_batches(records, db, seed, done)
        assert got_tables == tables, f"arrival order {seed}"
        assert got_story == story, f"arrival order {seed}"
    return done


def test_the_examples_story_is_the_same_whatever_order_and_batches_they_came_in(
    example_records, tmp_path
):
    _assert_same_story(example_records, tmp_path)


def test_a_synthetic_story_is_the_same_whatever_order_and_batches_its_articles_came_in(tmp_path):
    done = _assert_same_story(synthetic_records(), tmp_path)
    # the first batch of each order is a rebuild (nothing was kept); the others are updates
    # (the synthetic parties are the same in every article: no global input changes)
    assert done.count("rebuilt") == ORDERS and done.count("updated") == len(done) - ORDERS


def test_a_story_with_undated_and_untargeted_reports_is_the_same_whatever_the_order(tmp_path):
    done = _assert_same_story(with_gaps(synthetic_records()), tmp_path)
    assert "updated" in done
