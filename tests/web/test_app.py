"""The web application in headless Chromium, on a store of the bundled examples built by the
real pipeline and served by a real `parley serve`."""

from __future__ import annotations

import hashlib
import json
import re
from urllib.parse import unquote

import pytest

ARTICLE = "grain-deal-istanbul-2022"


def get_json(page, url: str, **headers) -> dict:
    response = page.request.get(url, headers=headers)
    assert response.status == 200, response.text()
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def marked_text(page, selector: str) -> str:
    """The text of every piece of the marks ``selector`` finds in the article's text, in order
    (a mark another crosses is drawn in pieces)."""
    return page.locator("#text").evaluate(
        "(el, sel) => Array.from(el.querySelectorAll(sel)).map(m => m.textContent).join('')",
        selector,
    )


def covered(text: str, spans: list) -> str:
    return "".join(text[s:e] for s, e in spans)


def first_story_event(page, server) -> str:
    return get_json(page, server.url + "/timeline.json")["events"][0]["id"]


def pages(page, server) -> list[tuple[str, str]]:
    """Every page of the application, as (name, path)."""
    event = first_story_event(page, server)
    return [
        ("overview", "/"),
        ("articles", "/articles"),
        ("article", f"/articles/{ARTICLE}"),
        ("actors", "/actors"),
        ("actor", "/actors/RUS"),
        ("event", f"/events/{event}"),
        ("timeline", "/timeline?pair=RUS,UKR"),
        ("negotiations", "/negotiations?pair=RUS,UKR"),
        ("places", "/places"),
    ]


def test_every_page_opens_and_has_its_json_twin(page, server, screenshots):
    for name, path in pages(page, server):
        response = page.goto(server.url + path)
        assert response.status == 200, path
        assert "default-src 'none'" in response.headers["content-security-policy"]
        assert page.locator("h1").first.is_visible(), path
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)
        base, _, query = path.partition("?")
        twin = (base if base != "/" else "/index") + ".json" + (f"?{query}" if query else "")
        by_suffix = get_json(page, server.url + twin)
        by_accept = get_json(page, server.url + path, accept="application/json")
        assert by_suffix == by_accept, path
    assert page.errors == []
    assert len(list(screenshots.glob("*.png"))) == 9


def test_every_json_twin_is_in_the_openapi_document_and_docs_open(page, server):
    spec = get_json(page, server.url + "/openapi.json")
    for path in (
        "/articles.json",
        "/articles/{article_id}.json",
        "/actors/{actor_id}.json",
        "/events/{event_id}.json",
        "/timeline.json",
        "/negotiations.json",
        "/places.json",
        "/articles",
        "/places",
    ):
        assert path in spec["paths"], path
    page.goto(server.url + "/docs")
    page.get_by_text("/articles.json").first.wait_for()
    assert page.errors == []


def test_links_lead_from_an_article_to_an_actor_timeline_negotiation_and_story_event(page, server):
    page.goto(f"{server.url}/articles/{ARTICLE}")
    page.locator("#text a.mention", has_text="Russia").first.click()
    assert page.url.endswith("/actors/RUS")
    assert page.locator("h1").inner_text() == "Russia"
    page.get_by_role("link", name="Timeline of Russia’s side").click()
    assert "/timeline?actor=RUS" in page.url
    assert page.locator("table tbody tr").count() >= 1
    page.goto(server.url + "/actors/RUS")
    page.get_by_role("link", name="negotiation", exact=True).first.click()
    assert "/negotiations?pair=" in page.url
    assert page.locator("section.negotiation").count() == 1
    page.get_by_role("link", name="timeline", exact=True).first.click()
    assert "/timeline?pair=" in page.url
    page.locator("svg a").last.click()  # drawn last, so on top of any it overlaps
    assert "/events/ev-" in page.url
    report = page.locator("article.report").first
    quoted = report.locator("blockquote").inner_text()
    # the story event's report leads back to the passage in its article
    report.locator("h3 a").click()
    assert page.locator("#linked").inner_text() == quoted
    assert page.errors == []


def test_highlights_sit_on_the_evidence_and_tell_speaker_and_event(page, server):
    record = get_json(page, f"{server.url}/articles/{ARTICLE}.json")
    text = record["article"]["text"]
    page.goto(f"{server.url}/articles/{ARTICLE}")
    # the text shown is the article's text, character for character
    assert page.locator("#text").inner_text() == text
    names = {a: v["name"] for a, v in record["actors"].items()}
    for a in record["attributions"]:
        for part in ("source", "cue", "content"):
            if a.get(part):
                marked = marked_text(page, f"[data-attribution='{a['idx']}'].att-{part}")
                assert marked == covered(text, a[part]["spans"]), (a["idx"], part)
        if a["source_actor"]:
            tip = page.locator(f"#att-{a['idx']}-content").get_attribute("data-tip")
            assert names[a["source_actor"]] in tip
    for e in record["events"]:
        assert marked_text(page, f"[data-event='{e['idx']}']") == covered(
            text, e["evidence"]["spans"]
        )
        tip = page.locator(f"#ev-{e['idx']}").get_attribute("data-tip")
        assert e["type"] in tip and e["mode"] in tip
    # each mention links to an actor it names, and its title names all of them
    for m in record["mentions"]:
        link = page.locator(f"#m-{m['start']}")
        if link.count():
            named = {x["actor"] for x in record["mentions"] if x["start"] == m["start"]}
            assert unquote(link.get_attribute("href").removeprefix("/actors/")) in named
            assert names[m["actor"]] in link.get_attribute("title")
    # a claimed event links to the statement it was said in
    claimed = [e for e in record["events"] if e["attribution_idx"] is not None]
    assert claimed
    link = page.locator(f"#did-{claimed[0]['idx']} a.claim")
    link.click()
    assert page.url.endswith(f"#att-{claimed[0]['attribution_idx']}-content")
    # focus shows who spoke, without a mouse
    target = page.locator(f"#att-{claimed[0]['attribution_idx']}-content")
    target.focus()
    shown = target.evaluate("el => getComputedStyle(el, '::after').content")
    speaker = record["attributions"][claimed[0]["attribution_idx"]]["source_actor"]
    assert names[speaker] in shown


def test_filters_and_search_work_with_the_keyboard_alone(page, server):
    page.goto(server.url + "/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "quick-q":
            break
    page.keyboard.type("ceasefire")
    page.keyboard.press("Enter")
    page.wait_for_url("**/articles?q=ceasefire")
    expected = get_json(page, server.url + "/articles.json?q=ceasefire")
    assert expected["total"] >= 1
    assert page.locator("ol.results > li").count() == expected["total"]
    assert page.locator("ol.results mark").first.inner_text().lower() == "ceasefire"
    # narrow the search to an event type in the filter form, by keyboard only
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "f-type":
            break
    assert page.evaluate("document.activeElement.id") == "f-type"
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate("document.activeElement.value")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Show":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*type=" + chosen))
    expected = get_json(page, f"{server.url}/articles.json?q=ceasefire&type={chosen}")
    assert page.locator("ol.results > li").count() == expected["total"]
    assert page.locator("[role=status]").inner_text().startswith(f"{expected['total']} article")


def test_the_pages_have_landmarks_labels_contrast_and_visible_focus(page, server):
    for _, path in pages(page, server):
        page.goto(server.url + path)
        assert page.locator("header").count() == 1
        assert page.locator("main").count() == 1
        assert page.locator("nav").count() >= 1
        unlabelled = page.evaluate(
            "Array.from(document.querySelectorAll('input, select'))"
            ".filter(el => el.labels.length === 0 && !el.getAttribute('aria-label'))"
            ".map(el => el.name)"
        )
        assert unlabelled == [], path
        assert page.evaluate(CONTRAST) >= 4.5, path
    page.goto(server.url + "/articles")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineWidth")
    assert float(outline.removesuffix("px")) >= 2


# The lowest contrast ratio (WCAG 2) between any text element's colour and the background
# it sits on (the first ancestor with an opaque background).
CONTRAST = """
() => {
  const lum = c => {
    const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      const alpha = c.startsWith('rgba') ? Number(c.match(/[\\d.]+/g)[3]) : 1;
      if (alpha > 0.5) return c;
    }
    return 'rgb(255, 255, 255)';
  };
  let worst = 21;
  for (const el of document.querySelectorAll('body *')) {
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('svg') || !el.getClientRects().length) continue;
    const a = lum(getComputedStyle(el).color), b = lum(background(el));
    worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
  }
  return worst;
}
"""


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/articles/no-such-article", 404, "no article 'no-such-article'"),
        ("/articles?since=2023-13-40", 422, "since"),
        ("/articles?limit=501", 422, "less than or equal to 500"),
        ("/articles?since=2024-01-01&until=2023-01-01", 400, "is after until"),
        ("/timeline?pair=RUS", 400, "is not two sides"),
        ("/timeline?pair=RUS,XYZ", 400, "no actor 'XYZ'"),
        ("/actors/NOBODY", 404, "no actor 'NOBODY'"),
        (f"/articles/{ARTICLE}?mark=10-999999", 400, "is not a passage"),
    ],
)
def test_bad_input_gets_a_clear_4xx_page_and_json(page, server, path, status, message):
    response = page.goto(server.url + path)
    assert response.status == status
    assert message in page.locator("[role=alert]").inner_text()
    answer = page.request.get(server.url + path, headers={"accept": "application/json"})
    assert answer.status == status
    assert message in answer.json()["detail"]


def test_writes_get_405_and_the_store_file_is_never_changed(page, server, example_store):
    before = hashlib.sha256(example_store.read_bytes()).hexdigest()
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        answer = page.request.fetch(server.url + "/articles", method=method, data="{}")
        assert answer.status == 405
        assert answer.headers["allow"] == "GET, HEAD"
    for _, path in pages(page, server):
        page.goto(server.url + path)
    assert hashlib.sha256(example_store.read_bytes()).hexdigest() == before


def test_limit_and_offset_page_through_the_articles(page, server):
    first = get_json(page, server.url + "/articles.json?limit=2")
    second = get_json(page, server.url + "/articles.json?limit=2&offset=2")
    assert first["total"] == 6 and len(first["articles"]) == 2
    assert not {a["id"] for a in first["articles"]} & {a["id"] for a in second["articles"]}
    page.goto(server.url + "/articles?limit=2")
    page.get_by_role("link", name="Next").click()
    # the click starts a navigation: wait until the next page is the one shown
    page.wait_for_url(re.compile(r"offset=2"))
    page.wait_for_load_state()
    page.locator("ol.results h2 a").first.wait_for()
    assert [a.inner_text() for a in page.locator("ol.results h2 a").all()] == [
        a["title"] for a in second["articles"]
    ]
    assert json.loads(json.dumps(second))  # plain JSON, nothing else
