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
