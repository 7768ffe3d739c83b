"""The store on a real PostgreSQL server: the same behaviour as on SQLite."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from parley.store import Store, StoreError, database_url
from tests.store.test_store import extraction, with_event


def test_articles_actors_and_events_are_stored_once(postgres_url):
    store = Store(postgres_url)
    assert store.add(with_event("a1")) is True
    assert store.add(with_event("a1")) is False
    store.add(with_event("a2"))
    assert store.counts() == {
        "articles": 2,
        "actors": 1,
        "mentions": 4,
        "attributions": 2,
        "events": 2,
        "story_events": 0,
    }
    # plain SQL reads what Parley wrote
    engine = create_engine(database_url(postgres_url))
    with engine.connect() as con:
        row = con.execute(text("select type, subtype, place_name from events limit 1")).one()
    assert tuple(row) == ("CONSULT", "meet", "Niamey")


def test_a_failure_inside_an_article_leaves_postgres_as_it_was(postgres_url):
    store = Store(postgres_url)
    store.add(extraction("a1"))
    before = store.counts()
    broken = extraction("a2")
    broken.attributions[0].content = None
    with pytest.raises(AttributeError):
        store.add(broken)
    assert store.counts() == before


def test_a_schema_1_database_on_postgres_is_migrated_forward(postgres_url):
    Store(postgres_url).add(extraction("a1"))
    engine = create_engine(database_url(postgres_url))
    with engine.begin() as con:
        for column in ("subtype", "contexts", "date_text", "date_basis"):
            con.execute(text(f"alter table events drop column {column}"))
        con.execute(text("update meta set value = '1' where key = 'schema_version'"))
        con.execute(text("drop table alembic_version"))  # schema 1 was written before Alembic
        con.execute(text("drop table story_reports"))  # and before the story was stored
        con.execute(text("drop table story_events"))
        con.execute(text("drop table story_negotiations"))
        con.execute(text("drop table story_articles"))
        con.execute(text("drop table story_sentences"))
        con.execute(text("drop table story_acts"))
        con.execute(text("drop table story_sides"))
        con.execute(text("drop table story_names"))
        con.execute(text("drop table story_stems"))
        con.execute(text("alter table actors drop column role"))
    store = Store(postgres_url)
    assert store.add(with_event("a2")) is True
    with engine.connect() as con:
        assert con.execute(text("select subtype from events")).scalar() == "meet"


def test_an_unreachable_server_is_named(tmp_path):
    url = f"postgresql://nobody@/nodb?host={tmp_path}"
    with pytest.raises(StoreError, match="nodb"):
        Store(url)


def test_the_story_updated_after_each_batch_is_the_rebuilt_story_on_postgres(postgres_url):
    """The update's plain SQL reads PostgreSQL's dates and JSON as SQLite's text."""
    from tests.store.test_story_updates import synthetic_records, with_gaps

    records = synthetic_records()
    records = records[:150] + with_gaps(records[150:])
    store = Store(postgres_url)
    done = []
    for lo, hi in ((0, 100), (100, 200), (200, len(records))):
        for ex in records[lo:hi]:
            store.add(ex)
        done.append(store.refresh_story())
    assert "updated" in done
    updated = store.stored_story()
    assert store.refresh_story(rebuild=True) == "rebuilt"
    assert store.stored_story() == updated
