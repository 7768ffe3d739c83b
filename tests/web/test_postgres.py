"""The web application on a real PostgreSQL store (pgserver's server, started by the test
set-up): the same pages, PostgreSQL's full-text search, and a connection that cannot write."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from parley.web import open_read_only
from tests.web.conftest import Server, build_store


@pytest.fixture(scope="module")
def postgres_store(postgres_server, tmp_path_factory):
    postgres_server.psql("CREATE DATABASE web_examples;")
    url = postgres_server.get_uri().replace("/postgres?", "/web_examples?")
    return build_store(url)


def test_pages_and_search_on_postgres(page, postgres_store):
    server = Server(postgres_store)
    try:
        page.goto(server.url + "/")
        page.locator("#quick-q").fill("ceasefire")
        page.keyboard.press("Enter")
        page.wait_for_url("**/articles?q=ceasefire")
        titles = page.locator("ol.results h2 a").all_inner_texts()
        assert "Colombia and ELN rebels agree six-month ceasefire" in titles
        page.get_by_role("link", name="Colombia and ELN rebels agree six-month ceasefire").click()
        record = page.request.get(page.url + ".json").json()
        assert page.locator("#text").inner_text() == record["article"]["text"]
        first = record["attributions"][0]
        s, e = first["content"]["spans"][0]
        assert record["article"]["text"][s:e].startswith(
            page.locator(f"#att-{first['idx']}-content").inner_text()
        )
        for path in ("/actors", "/timeline", "/negotiations", "/places"):
            assert page.goto(server.url + path).status == 200
        assert page.errors == []
    finally:
        server.stop()


def test_the_servers_connection_to_postgres_cannot_write(postgres_store):
    engine = open_read_only(postgres_store)
    with engine.connect() as conn, pytest.raises(DBAPIError, match="read-only transaction"):
        conn.execute(text("DELETE FROM articles"))
    engine.dispose()
