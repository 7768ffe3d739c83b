"""Untrusted text stays text: a hostile article stored by the real pipeline, read in Chromium;
and schemathesis over the OpenAPI document finds no request that makes the server fail."""

from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from tests.web.conftest import Server, build_store

HOSTILE_TITLE = 'Talks <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
HOSTILE_TEXT = (
    "Russia and Ukraine met in Istanbul on Monday. <script>window.__pwned=3</script>\n\n"
    'Russian officials said <img src=x onerror="window.__pwned=4"> the talks would go on, '
    'according to <a href="javascript:window.__pwned=5">a statement</a>.\n\n'
    "Ukraine accused Russia of shelling the port of Odesa on Sunday."
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "hostile.jsonl"
    record = {
        "id": "hostile<script>",
        "title": HOSTILE_TITLE,
        "text": HOSTILE_TEXT,
        "published": "2024-03-04",
        "outlet": '<b onmouseover="window.__pwned=6">Wire</b>',
        "url": "javascript:window.__pwned=7",
    }
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = build_store(str(folder / "hostile.sqlite"), str(source))
    running = Server(db)
    yield running
    running.stop()


def test_a_hostile_article_runs_nothing_and_shows_its_markup_as_text(page, hostile_server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    base = hostile_server.url
    page.goto(base + "/articles")
    link = page.locator("ol.results h2 a")
    assert link.inner_text() == HOSTILE_TITLE
    link.click()
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert page.locator("#text").inner_text() == HOSTILE_TEXT
    # nothing stored became an element: no script, image or link of the article's own
    assert page.locator("main script, main img").count() == 0
    assert page.locator("main a[href^='javascript']").count() == 0
    assert page.get_by_role("link", name="original").count() == 0
    for mark in page.locator("#text [data-tip]").all():
        mark.hover()
        mark.focus()
    for path in ("/", "/actors", "/actors/RUS", "/timeline", "/places", "/negotiations"):
        page.goto(base + path)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []


def test_the_csp_forbids_inline_script(page, hostile_server):
    response = page.goto(hostile_server.url + "/articles/" + "hostile%3Cscript%3E")
    assert response.status == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    # a script slipped into the page anyway would be refused by the browser
    ran = page.evaluate(
        """() => new Promise(done => {
             document.addEventListener('securitypolicyviolation', () => done('blocked'));
             const s = document.createElement('script');
             s.textContent = 'window.__inline = 1';
             document.body.appendChild(s);
             setTimeout(() => done(window.__inline ? 'ran' : 'blocked'), 500);
           })"""
    )
    assert ran == "blocked"


def test_no_generated_request_gets_a_server_error(example_store):
    from parley.web import create_app, open_read_only

    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(open_read_only(example_store))
    )
    # requests that follow the document and requests that break it, for every operation
    cases = st.one_of(
        schema.as_strategy(GenerationMode.POSITIVE), schema.as_strategy(GenerationMode.NEGATIVE)
    )

    # a bounded run: the same 300 requests every time
    @settings(
        max_examples=300,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases)
    def check(case) -> None:
        seen.add(case.operation.label)
        response = case.call()
        statuses.add(response.status_code // 100)
        assert response.status_code < 500, case.as_curl_command()
        case.validate_response(response, checks=[not_a_server_error])

    seen: set[str] = set()
    statuses: set[int] = set()
    check()
    operations = {op.ok().label for op in schema.get_all_operations()}
    assert seen == operations  # every operation was tried
    assert {2, 4} <= statuses  # with requests it served and requests it refused
