"""Searching the articles: FTS5 on a store of schema 6, a scan on an older one opened
read-only, and search words that are FTS5 syntax taken as plain words."""

from __future__ import annotations

import sqlite3

import pytest

from parley.web import reader as reader_module
from parley.web.reader import ArticleFilters, BadRequest, Reader
from parley.web.store import open_read_only


def ids(reader: Reader, q: str) -> list[str]:
    return [a["id"] for a in reader.articles(ArticleFilters(q=q))["articles"]]


def test_search_finds_words_and_phrases(example_store):
    reader = Reader(open_read_only(example_store))
    assert reader.sqlite_search
    assert ids(reader, "ceasefire") == [
        "karabakh-ceasefire-2023",
        "havana-eln-2023",
        "jeddah-declaration-2023",
    ]
    assert reader.articles(ArticleFilters(q="ceasefire"))["total"] == 3
    assert reader.articles(ArticleFilters(q="ceasefire", type="ACCUSE"))["total"] <= 3
    assert ids(reader, '"six-month ceasefire"') == ["havana-eln-2023"]
    assert ids(reader, "ceasefire Havana") == ["havana-eln-2023"]
    snippet = reader.articles(ArticleFilters(q="Havana"))["articles"][0]["snippet"]
    assert snippet["match"] == "Havana"


@pytest.mark.parametrize("q", ['"', "AND", "NEAR(a b", "title:x", "*", "a OR", "'; drop"])
def test_search_syntax_in_the_words_is_taken_as_words(example_store, q):
    reader = Reader(open_read_only(example_store))
    try:
        found = reader.articles(ArticleFilters(q=q))
    except BadRequest as exc:  # words with no letters to look for
        assert "holds no words" in str(exc)
    else:
        assert found["total"] >= 0


def test_a_store_without_the_index_is_searched_by_a_scan(example_store, tmp_path):
    old = tmp_path / "schema5.sqlite"
    old.write_bytes(example_store.read_bytes())
    con = sqlite3.connect(old)
    con.executescript(
        "DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete;"
        "DROP TRIGGER articles_fts_update; DROP TABLE articles_fts;"
        "UPDATE alembic_version SET version_num = '0005';"
    )
    con.close()
    reader = Reader(open_read_only(old))
    assert not reader.sqlite_search
    found = reader.articles(ArticleFilters(q="ceasefire"))
    assert found["search"] == "scan"
    assert {a["id"] for a in found["articles"]} == set(
        ids(Reader(open_read_only(example_store)), "ceasefire")
    )


def test_a_search_read_in_list_order_finds_the_same_pages(example_store, monkeypatch):
    """Many matches are read along the list's index (store migration 0007) rather than looked
    up one by one: the same articles, in the same order, page by page."""
    reader = Reader(open_read_only(example_store))
    pages = [ArticleFilters(q="the", limit=2, offset=k) for k in range(4)]
    pages.append(ArticleFilters(q="ceasefire"))
    looked_up = [reader.articles(f) for f in pages]
    monkeypatch.setattr(reader_module, "ORDERED_SCAN_MATCHES", 1)
    in_order = [reader.articles(f) for f in pages]
    assert in_order == looked_up
    assert looked_up[0]["total"] > 4
