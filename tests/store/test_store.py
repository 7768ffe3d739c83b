"""The store keeps each article once, in one transaction, and refuses what it cannot open."""

from __future__ import annotations

import importlib
import json
import sqlite3

import pytest

from parley.model import Actor, Article, Attribution, Extraction, Span, text_sha1
from parley.store import Store, StoreError, StoryError

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


def test_a_sqlite_store_logs_ahead_while_open_and_is_one_file_once_closed(tmp_path):
    db = tmp_path / "p.sqlite"
    store = Store(db)
    store.add(extraction())
    # while open: write-ahead logging, the committed article readable by another process
    other = sqlite3.connect(db)
    assert other.execute("pragma journal_mode").fetchone() == ("wal",)
    assert other.execute("select count(*) from articles").fetchone() == (1,)
    other.close()
    store.close()
    # closed: the log folded back, the file alone holds the article
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.sqlite"]
    copy = tmp_path / "copy" / "p.sqlite"
    copy.parent.mkdir()
    copy.write_bytes(db.read_bytes())
    assert Store(copy).counts()["articles"] == 1


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


def test_a_day_read_from_the_lead_is_stored_and_reaches_the_story_as_such(tmp_path):
    from dataclasses import replace

    from parley.model import FROM_LEAD
    from parley.store import read_story_input

    db = tmp_path / "p.sqlite"
    ex = with_event("a1")
    ex.events[0] = replace(ex.events[0], date_text=None, date_basis=FROM_LEAD)
    store = Store(db)
    store.add(ex)
    assert sqlite3.connect(db).execute("select date_basis from events").fetchone() == ("lead",)
    [r] = read_story_input(store.engine).reports
    assert r.date_basis == FROM_LEAD


def test_a_database_of_schema_1_is_migrated_forward_and_keeps_its_rows(tmp_path):
    db = tmp_path / "old.sqlite"
    Store(db).add(extraction("a1"))
    # make it what schema 1 wrote: the events table without the columns schema 2 added
    con = sqlite3.connect(db)
    for column in ("subtype", "contexts", "date_text", "date_basis"):
        con.execute(f"alter table events drop column {column}")
    con.execute("update meta set value = '1' where key = 'schema_version'")
    con.execute("drop table alembic_version")  # schema 1 was written before Alembic
    con.execute("drop table story_reports")  # and before the story was stored
    con.execute("drop table story_events")
    con.execute("drop table story_negotiations")
    con.execute("drop table story_articles")
    con.execute("drop table story_sentences")
    con.execute("drop table story_acts")
    con.execute("drop table story_sides")
    con.execute("drop table story_names")
    con.execute("drop table story_stems")
    con.execute("alter table actors drop column role")
    con.commit()
    con.close()
    store = Store(db)
    assert store.add(with_event("a2")) is True
    assert store.counts()["articles"] == 2 and store.counts()["events"] == 1
    con = sqlite3.connect(db)
    assert con.execute("select value from meta where key = 'schema_version'").fetchone() == ("10",)
    # schema 7: the index the web application lists articles along
    plan = con.execute(
        "explain query plan select id from articles order by published desc, id limit 5"
    ).fetchall()
    assert "ix_articles_published_id" in str(plan)
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


def test_an_actor_told_differently_by_two_articles_is_kept_the_same_whatever_came_first(tmp_path):
    def told(art_id: str, name: str, country: str | None) -> Extraction:
        text = f"{name} spoke in Niamey about the talks."
        actor = Actor("person:amina-yusuf", name, "person", country, [(0, len(name))])
        return Extraction(article=Article(id=art_id, text=text), actors=[actor])

    first = told("a", "Yusuf", None)
    second = told("b", "Amina Yusuf", "NER")
    third = told("c", "Amina Yusuf", "NGA")
    rows = []
    for k, order in enumerate([(first, second, third), (third, second, first)]):
        store = Store(tmp_path / f"p{k}.sqlite")
        for ex in order:
            store.add(ex)
        con = sqlite3.connect(tmp_path / f"p{k}.sqlite")
        rows.append(con.execute("select id, name, type, country from actors").fetchall())
        store.close()
    assert rows[0] == rows[1] == [("person:amina-yusuf", "Amina Yusuf", "person", "NER")]


def test_replace_swaps_an_article_and_everything_pointing_into_it_in_one_go(tmp_path):
    store = Store(tmp_path / "p.sqlite")
    store.add(with_event("a1"))
    assert store.story_stale()
    assert store.refresh_story() == "updated"  # from the story of nothing a new store has
    assert not store.story_stale()
    new_text = "Amina Yusuf flew home."
    changed = Extraction(
        article=Article(id="a1", text=new_text),
        actors=[Actor("person:amina-yusuf", "Amina Yusuf", "person", None, [(0, 11)])],
    )
    assert store.add(changed) is False  # not without replace
    assert store.add(changed, replace=True) is True
    assert store.stored_hashes() == {"a1": text_sha1(new_text)}
    assert store.counts()["mentions"] == 1 and store.counts()["attributions"] == 0
    assert store.story_stale()  # the story no longer covers the stored articles
    # an update cannot take a story event's report back: the story is rebuilt
    assert store.refresh_story() == "rebuilt"
    assert store.counts()["story_events"] == 0


def test_a_story_with_one_id_twice_is_refused_and_the_stored_story_kept(tmp_path, monkeypatch):
    merge = importlib.import_module("parley.story.merge")
    store = Store(tmp_path / "p.sqlite")
    store.add(with_event("a1"))
    store.refresh_story()
    before = store.stored_story()
    store.add(with_event("a2"))
    store.add(with_event("a3"))
    # two reports of one meeting 17 days apart are two story events: given one id
    con = sqlite3.connect(tmp_path / "p.sqlite")
    with con:
        con.execute("update events set date = '2024-03-01' where article_id = 'a2'")
        con.execute("update events set date = '2024-03-18' where article_id = 'a3'")
    monkeypatch.setattr(merge, "story_event_id", lambda first: "ev-1")
    for rebuild in (False, True):
        with pytest.raises(StoryError, match="ev-1"):
            store.refresh_story(rebuild=rebuild)
    monkeypatch.undo()
    assert store.story_stale()
    assert store.stored_story() is None and len(before["events"]) == 1
    assert len(store.story()["events"]) == 3  # the undated first report stays apart


def test_the_story_tables_hold_each_event_and_report_as_the_story_tells_it(tmp_path):
    db = tmp_path / "p.sqlite"
    store = Store(db)
    store.add(with_event("a1"))
    store.refresh_story()
    story = store.stored_story()
    store.close()
    (event,) = story["events"]
    con = sqlite3.connect(db)
    rows = con.execute("select id, type, source_actor, place_name from story_events").fetchall()
    assert rows == [(event["id"], "CONSULT", "person:amina-yusuf", "Niamey")]
    rows = con.execute("select story_event_id, article_id, evidence from story_reports")
    evidence = {"spans": [[0, 46]], "text": TEXT[:46]}
    assert [(*r[:2], json.loads(r[2])) for r in rows] == [(event["id"], "a1", evidence)]


def test_the_saved_story_is_read_back_while_it_covers_every_article(tmp_path):
    from parley.story import build_story

    store = Store(tmp_path / "p.sqlite")
    store.add(with_event("a1"))
    assert store.stored_story() is None  # articles came after any story
    store.refresh_story()
    story = store.stored_story()
    assert story == build_story(store.story_input()) and store.story() == story
    assert story["events"] and story["actors"]
    store.add(with_event("a2"))
    assert store.stored_story() is None  # stale: the next read brings it up to date
    assert len(store.story()["events"][0]["reports"]) == 2
    assert store.stored_story() is not None


def test_a_described_actors_role_is_kept(tmp_path):
    db = tmp_path / "p.sqlite"
    ex = extraction()
    official = Actor(
        "unnamed:security-officials:ab12",
        "security officials",
        "person",
        "IRQ",
        [(0, 5)],
        role="security",
    )
    Store(db).add(Extraction(article=ex.article, actors=[*ex.actors, official]))
    row = sqlite3.connect(db).execute("select role from actors where id = ?", (official.id,))
    assert row.fetchone() == ("security",)
