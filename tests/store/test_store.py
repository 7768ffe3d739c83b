"""The store keeps each article once, in one transaction, and refuses what it cannot open."""

from __future__ import annotations

import sqlite3

import pytest

from parley.model import Actor, Article, Attribution, Extraction, Span
from parley.store import Store, StoreError

TEXT = "Envoy Amina Yusuf met Colonel Diallo in Niamey. Yusuf said talks would go on."


def extraction(art_id: str = "a1", text: str = TEXT) -> Extraction:
    article = Article(id=art_id, text=text, outlet="Sahel Daily")
    yusuf = Actor("person:amina-yusuf", "Amina Yusuf", "person", None, [(6, 17), (48, 53)])
    content = Span.of(text, (59, 76))
    quote = Attribution(
        "indirect", Span.of(text, (48, 53)), Span.of(text, (54, 58)), content, source_actor=yusuf.id
    )
    return Extraction(article=article, actors=[yusuf], attributions=[quote])


def test_article_is_stored_with_its_actors_and_attributions(tmp_path):
    db = tmp_path / "p.sqlite"
    store = Store(db)
    assert store.add(extraction()) is True
    assert store.counts() == {
        "articles": 1,
        "actors": 1,
        "mentions": 2,
        "attributions": 1,
        "events": 0,
        "story_events": 0,
    }
    # Plain SQL reads what Parley wrote: mention text matches the article's own offsets.
    con = sqlite3.connect(db)
    rows = con.execute("select text, start, end from mentions order by start").fetchall()
    assert rows == [("Amina Yusuf", 6, 17), ("Yusuf", 48, 53)]
    content = con.execute("select content_text from attributions").fetchone()[0]
    assert content == "talks would go on"


def test_an_article_already_stored_is_not_stored_twice(tmp_path):
    store = Store(tmp_path / "p.sqlite")
    assert store.add(extraction()) is True
    assert store.add(extraction()) is False
    assert store.counts()["articles"] == 1 and store.counts()["mentions"] == 2
    # The same actor in a second article is one actor with mentions in both.
    store.add(extraction("a2"))
    assert store.counts()["actors"] == 1 and store.counts()["mentions"] == 4


def test_a_failure_inside_an_article_leaves_the_database_as_it_was(tmp_path):
    store = Store(tmp_path / "p.sqlite")
    store.add(extraction("a1"))
    before = store.counts()
    broken = extraction("a2")
    broken.attributions[0].content = None  # a stage bug: content is required
    with pytest.raises(AttributeError):
        store.add(broken)
    assert store.counts() == before
    assert store.stored_ids() == {"a1"}


def test_a_file_that_is_no_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("my notes, not a database\n" * 50, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.sqlite"):
        Store(path)
    assert path.read_text(encoding="utf-8").startswith("my notes")


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "such" / "p.sqlite")


def with_event(art_id: str) -> Extraction:
    from parley.model import Event, Place

    ex = extraction(art_id)
    ex.events.append(
        Event(
            type="CONSULT",
            mode="asserted",
            evidence=Span.of(TEXT, (0, 46)),
            source="person:amina-yusuf",
            place=Place("Niamey", "NER", 13.5, 2.1),
            subtype="meet",
            contexts=["diplomatic"],
            date_text="Monday",
        )
    )
    return ex


def test_events_are_stored_with_plover_subtype_contexts_and_time_expression(tmp_path):
    db = tmp_path / "p.sqlite"
    Store(db).add(with_event("a1"))
    row = (
        sqlite3.connect(db)
        .execute("select type, subtype, contexts, date_text, place_name from events")
        .fetchone()
    )
    assert row == ("CONSULT", "meet", '["diplomatic"]', "Monday", "Niamey")


def test_a_database_of_schema_1_is_migrated_forward_and_keeps_its_rows(tmp_path):
    db = tmp_path / "old.sqlite"
    Store(db).add(extraction("a1"))
    # make it what schema 1 wrote: the events table without the columns schema 2 added
    con = sqlite3.connect(db)
    for column in ("subtype", "contexts", "date_text"):
        con.execute(f"alter table events drop column {column}")
    con.execute("update meta set value = '1' where key = 'schema_version'")
    con.execute("drop table alembic_version")  # schema 1 was written before Alembic
    con.execute("drop table story_reports")  # and before the story was stored
    con.execute("drop table story_events")
    con.commit()
    con.close()
    store = Store(db)
    assert store.add(with_event("a2")) is True
    assert store.counts()["articles"] == 2 and store.counts()["events"] == 1
    con = sqlite3.connect(db)
    assert con.execute("select value from meta where key = 'schema_version'").fetchone() == ("3",)
    assert con.execute("select subtype from events").fetchone() == ("meet",)


def test_a_database_from_a_newer_parley_is_refused_untouched(tmp_path):
    db = tmp_path / "new.sqlite"
    Store(db).add(extraction("a1"))
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer Parley"):
        Store(db)
    assert sqlite3.connect(db).execute("select count(*) from articles").fetchone() == (1,)


def test_a_database_of_another_program_is_refused(tmp_path):
    db = tmp_path / "other.sqlite"
    con = sqlite3.connect(db)
    con.execute("create table invoices (id integer)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not Parley's"):
        Store(db)
