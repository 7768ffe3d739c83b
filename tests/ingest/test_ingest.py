"""Ingest reads every supported format exactly, and names bad input and the fix."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from parley.ingest import Skipped, iter_inputs
from parley.ingest.checks import MAX_ARTICLE_CHARS
from parley.model import Article


def read(*paths: Path, **kw) -> list[Article | Skipped]:
    return list(iter_inputs(list(paths), **kw))


def test_text_file_is_read_exactly_with_its_line_ends(tmp_path):
    body = "Talks resumed in Doha.\r\n\r\n“We are close,” a mediator said.  \n"
    path = tmp_path / "doha.txt"
    path.write_bytes(body.encode("utf-8"))
    [article] = read(path, published=date(2024, 1, 5), outlet="Gulf Wire")
    assert article.text == body
    assert article.id == "doha"
    assert article.published == date(2024, 1, 5)
    assert article.outlet == "Gulf Wire"


def test_folder_gives_supported_files_sorted_by_name(tmp_path):
    for name in ("b.txt", "a.txt", "notes.docx", ".hidden.txt"):
        (tmp_path / name).write_text(f"Article {name} about a ceasefire.", encoding="utf-8")
    ids = [a.id for a in read(tmp_path)]
    assert ids == ["a", "b"]


def test_binary_file_is_skipped_with_a_clear_reason(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [skip] = read(path)
    assert isinstance(skip, Skipped)
    assert skip.kind == "binary"
    assert str(path) in str(skip)


def test_latin1_file_is_read_in_its_detected_encoding_with_a_note_naming_the_byte(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Talks in Bogotá ended. The negotiators left the capital.".encode("latin-1"))
    [article] = read(path)
    assert article.text.startswith("Talks in Bogot") and article.text.endswith("capital.")
    [note] = article.notes
    assert "0xe1" in note and "UTF-8" in note


def test_files_in_subfolders_take_their_path_as_id_so_same_names_never_collide(tmp_path):
    for folder, words in (("a", "Envoys met in Doha."), ("b", "Talks failed in Cairo.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(words, encoding="utf-8")
    (tmp_path / "top.txt").write_text("A truce held.", encoding="utf-8")
    assert [a.id for a in read(tmp_path)] == ["top"]  # not recursive unless asked
    articles = read(tmp_path, recursive=True)
    assert [(a.id, a.text) for a in articles] == [
        ("a/page", "Envoys met in Doha."),
        ("b/page", "Talks failed in Cairo."),
        ("top", "A truce held."),
    ]


def test_empty_and_oversized_articles_are_skipped(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t\n", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_text("war " * (MAX_ARTICLE_CHARS // 4 + 10), encoding="utf-8")
    skips = read(empty, huge)
    assert [s.kind for s in skips] == ["empty", "too large"]
    assert "split it" in skips[1].reason


def test_missing_path_is_reported_not_raised(tmp_path):
    [skip] = read(tmp_path / "nope.txt")
    assert skip.kind == "missing"


def test_jsonl_reads_metadata_and_reports_bad_lines_by_number(tmp_path):
    good = {
        "id": "a1",
        "text": "Envoys met in Geneva.",
        "published": "2024-02-01",
        "outlet": "Alpine Post",
        "title": "Envoys meet",
        "url": "https://example.org/a1",
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": "Shelling resumed.", "published": "next Blursday"}),
        json.dumps({"id": "a1", "text": "Same id again."}),
        "",
        json.dumps({"id": 7, "text": "Numeric ids are fine.", "published": "3 March 2024"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    articles = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skipped)]
    assert [a.id for a in articles] == ["a1", "7"]
    assert articles[0].published == date(2024, 2, 1)
    assert articles[0].outlet == "Alpine Post" and articles[0].title == "Envoys meet"
    assert articles[1].published == date(2024, 3, 3)
    assert [(s.origin.rsplit(":", 1)[1], s.kind) for s in skips] == [
        ("2", "bad json"),
        ("3", "bad json"),
        ("4", "bad date"),
        ("5", "duplicate id"),
    ]
    assert '"text"' in skips[1].reason
    assert "YYYY-MM-DD" in skips[2].reason


def test_html_page_gives_main_text_and_metadata(tmp_path):
    paragraphs = "".join(
        f"<p>Paragraph {i}: negotiators from both sides met again in Nairobi to discuss a "
        "ceasefire and the return of displaced families to their villages.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>Nairobi talks resume</title>"
        '<meta property="og:site_name" content="Lakeside Herald">'
        '<meta name="date" content="2024-04-02"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Nairobi talks resume</h1>"
        f"{paragraphs}</article><footer>Copyright</footer></body></html>"
    )
    path = tmp_path / "nairobi.html"
    path.write_text(page, encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert "Paragraph 0: negotiators" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Nairobi talks resume"
    assert article.published == date(2024, 4, 2)


def test_broken_html_is_skipped(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><script>var x = 1;</script></div", encoding="utf-8")
    [skip] = read(path)
    assert skip.kind == "broken html"


def test_rss_feed_entries_become_articles(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Border Monitor</title>
    <item><title>Crossing reopens</title><link>https://example.org/1</link><guid>bm-1</guid>
    <pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;The crossing reopened on Monday.&lt;/p&gt;
    &lt;p&gt;Trucks moved.&lt;/p&gt;</description></item>
    <item><title>Empty</title><guid>bm-2</guid><description></description></item>
    </channel></rss>"""
    path = tmp_path / "monitor.xml"
    path.write_text(feed, encoding="utf-8")
    items = read(path)
    article, skip = items
    assert article.id == "bm-1"
    assert article.text == "The crossing reopened on Monday.\nTrucks moved."
    assert article.published == date(2024, 3, 5)
    assert article.outlet == "Border Monitor"
    assert skip.kind == "empty" and skip.origin.endswith("#2")


def test_file_that_is_no_feed_is_skipped(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text("this is not xml at all", encoding="utf-8")
    [skip] = read(path)
    assert skip.kind == "broken feed"


def test_a_cookie_wall_and_a_menu_page_are_not_stored_as_articles(tmp_path):
    wall = tmp_path / "wall.html"
    wall.write_text(
        "<html><body><main><h1>We value your privacy</h1><p>We and our partners use cookies "
        "to store and access information on your device. Click Accept all to consent, or "
        "manage preferences to choose which cookies we may use. You can change your consent "
        "at any time in the privacy settings at the bottom of every page.</p>"
        "<button>Accept all</button><button>Reject all</button></main></body></html>",
        encoding="utf-8",
    )
    menu = tmp_path / "menu.html"
    links = "".join(
        f"<li><a href='/{w}'>{w.title()} news today</a></li>"
        for w in ("world", "africa", "asia", "europe", "politics", "business", "sport", "culture")
    )
    menu.write_text(
        f"<html><body><main><h1>Sections</h1><ul>{links}</ul></main></body></html>",
        encoding="utf-8",
    )
    skips = read(wall, menu)
    assert [(s.kind, s.origin) for s in skips] == [
        ("not an article", str(wall)),
        ("not an article", str(menu)),
    ]
    assert "consent" in skips[0].reason and "menus" in skips[1].reason


def test_a_broken_json_line_says_what_is_wrong_and_where_once(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a1", "text": "Envoys met\n', encoding="utf-8")
    [skip] = read(path)
    assert skip.kind == "bad json" and skip.origin == f"{path}:1"
    assert "at column" in skip.reason and "at at" not in skip.reason


def test_western_and_cyrillic_legacy_encodings_keep_their_letters(tmp_path):
    french = "Hélène Lefèvre, née à Côtière, a dit que la trêve tiendrait. Ça va, dit-elle."
    russian = "Переговоры в Стамбуле продолжатся во вторник, сообщил МИД России журналистам."
    (tmp_path / "fr.txt").write_bytes(french.encode("cp1252"))
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    fr, ru = read(tmp_path / "fr.txt", tmp_path / "ru.txt")
    assert fr.text == french and "cp1252" in fr.notes[0]
    assert ru.text == russian and "cp1251" in ru.notes[0]


def test_a_consent_wall_worded_another_way_is_still_no_article(tmp_path):
    wall = tmp_path / "consent.html"
    wall.write_text(
        "<html><body><main><h2>Before you continue</h2><p>This site and its advertising "
        "partners use tracking technologies and process personal data to show you relevant "
        "content. Select Agree to continue reading, or review your choices.</p></main>"
        "</body></html>",
        encoding="utf-8",
    )
    [skip] = read(wall)
    assert skip.kind == "not an article"
