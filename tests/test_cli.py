"""The command line, run for real: extract to the evaluation contract, run into a database,
and bad input reported without touching what is stored."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys

from tests.conftest import SEED, SHARED, need_shared, parley


def test_help_is_the_manual():
    result = parley("--help")
    assert result.returncode == 0
    for command in ("extract", "run"):
        assert command in result.stdout
    result = parley("run", "--help")
    assert "--db" in result.stdout and "PARLEY_DB" in result.stdout
    # every option says what it takes in words, not as a Python type; the manual has examples
    for command in ("run", "extract", "story", "export", "timeline", "negotiation"):
        text = parley(command, "--help").stdout
        assert "<bool>" not in text and "list[" not in text, command
    assert "Examples" in result.stdout and "--force" in result.stdout


def test_extract_writes_the_contract_and_the_scorer_reads_it(tmp_path):
    need_shared()
    out = tmp_path / "out.jsonl"
    result = parley("extract", "--published", "2022-03-07", str(SEED / "text"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # with -o nothing goes to stdout
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = (SEED / "text" / f"{record['id']}.txt").read_text(encoding="utf-8")
    assert record["published"] == "2022-03-07"
    assert record["events"], "the seed reports meetings, demands and rejections"
    ids = {a["id"] for a in record["actors"]}
    for event in record["events"]:
        assert event["type"].isupper() and event["mode"]
        assert event["source"] in ids and event["target"] in ids | {None}
        pieces = [text[s:e] for s, e in event["evidence"]["spans"]]
        assert event["evidence"]["text"] == " ... ".join(pieces)
        assert event["date"] is None or len(event["date"]) == 10
        k = event["attribution"]
        assert k is None or 0 <= k < len(record["attributions"])
    assert record["attributions"], "the seed reports many statements"
    for attribution in record["attributions"]:
        assert attribution["kind"] in {"direct", "indirect", "mixed"}
        for part in ("source", "cue", "content", "channel"):
            span = attribution[part]
            if span is None:
                continue
            pieces = [text[s:e] for s, e in span["spans"]]
            assert span["text"] == " ... ".join(pieces)
        names = {a["id"] for a in record["actors"]}
        assert attribution["source"] is None or attribution["source"]["actor"] in names | {None}
    assert record["actors"], "the seed names people and governments"
    # Medinsky and his misspelling "Mendinsky" are one person, with his country.
    [medinsky] = [a for a in record["actors"] if a["name"].endswith("Medinsky")]
    spelled = {text[s:e] for s, e in medinsky["mentions"]}
    assert spelled == {"Vladimir Medinsky", "Mendinsky"} and medinsky["country"] == "RUS"
    for actor in record["actors"]:
        assert {"id", "name", "type", "country", "mentions"} <= set(actor)
        for s, e in actor["mentions"]:
            assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_articles.py"), str(SEED), str(out)],
        capture_output=True,
        text=True,
    )
    assert scored.returncode == 0, scored.stderr
    assert "actor_merge=" in scored.stdout.strip().splitlines()[-1]


def test_extract_to_stdout_is_json_lines_only(tmp_path):
    article = tmp_path / "truce.txt"
    article.write_text("The United Nations said the truce held in Hodeidah.", encoding="utf-8")
    result = parley("extract", str(article), "--outlet", "Red Sea Review")
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["id"] == "truce" and record["outlet"] == "Red Sea Review"
    assert "extracted 1 article" in result.stderr


def test_extract_rejects_a_bad_published_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Talks ended.", encoding="utf-8")
    result = parley("extract", "--published", "07/03/2022", str(article))
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def _snapshot(db):
    con = sqlite3.connect(db)
    try:
        return {
            table: con.execute(f"select * from {table} order by 1").fetchall()
            for table in ("articles", "actors", "mentions", "attributions", "events")
        }
    finally:
        con.close()


def test_run_stores_bundled_examples_once(tmp_path):
    db = tmp_path / "parley.sqlite"
    first = parley("run", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "articles" in first.stdout
    snap = _snapshot(db)
    assert len(snap["articles"]) >= 5
    assert len(snap["actors"]) > 10
    second = parley("run", "--db", str(db))
    assert second.returncode == 0
    assert _snapshot(db) == snap  # a re-run stores nothing twice


def test_run_default_database_comes_from_the_setting(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Qatar said mediators met in Doha on Sunday.", encoding="utf-8")
    db = tmp_path / "from-env.sqlite"
    result = parley("run", str(article), env={"PARLEY_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert [r[0] for r in _snapshot(db)["articles"]] == ["a"]


def test_bad_inputs_are_reported_and_stored_data_is_unchanged(tmp_path):
    db = tmp_path / "parley.sqlite"
    good = tmp_path / "first"
    good.mkdir()
    (good / "talks.txt").write_text("Envoys met in Geneva on Monday.", encoding="utf-8")
    assert parley("run", str(good), "--db", str(db)).returncode == 0
    before = _snapshot(db)

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (bad / "empty.txt").write_text("\n\n", encoding="utf-8")
    (bad / "page.html").write_text("<html><body><script>1</script>", encoding="utf-8")
    (bad / "batch.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    (bad / "dated.jsonl").write_text(
        json.dumps({"id": "d", "text": "Fighting resumed.", "published": "someday"}) + "\n",
        encoding="utf-8",
    )
    result = parley("run", str(bad), "--db", str(db))
    assert result.returncode == 1  # nothing could be stored
    for name in (
        "binary.txt",
        "empty.txt",
        "page.html",
        "batch.jsonl:1",
        "dated.jsonl:1",
    ):
        assert name in result.stderr, name
    assert "5 input(s) skipped" in result.stderr
    assert _snapshot(db) == before


def test_text_that_is_not_utf8_is_read_in_its_detected_encoding_with_a_warning(tmp_path):
    text = "Le président français a déclaré que la trêve négociée à Genève tiendrait."
    latin = tmp_path / "latin.txt"
    latin.write_bytes(text.encode("latin-1"))
    result = parley("extract", str(latin), "--with-text")
    assert result.returncode == 0, result.stderr
    assert "latin.txt" in result.stderr and "not UTF-8" in result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert "président" in record["text"] and "déclaré" in record["text"]


def test_run_refuses_a_file_that_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 100, encoding="utf-8")
    result = parley("run", "--db", str(notes))
    assert result.returncode == 2
    assert "notes.txt" in result.stderr and "Parley database" in result.stderr
    assert notes.read_text(encoding="utf-8").startswith("shopping list")


def test_a_malformed_registry_is_refused_with_file_line_and_field(tmp_path):
    registry = tmp_path / "actors.jsonl"
    registry.write_text('{"id": "X1", "type": "person", "name": "A B", "country": "ZZZ"}\n')
    article = tmp_path / "a.txt"
    article.write_text("Envoys met.", encoding="utf-8")
    result = parley("extract", "--registry", str(registry), str(article))
    assert result.returncode == 2
    assert f"{registry}:1" in result.stderr and "'country'" in result.stderr
    assert result.stdout == ""


def test_run_uses_a_user_registry(tmp_path):
    registry = tmp_path / "actors.jsonl"
    registry.write_text(
        json.dumps(
            {
                "id": "ME-1",
                "type": "group",
                "name": "Northern Hills Front",
                "country": "SDN",
                "aliases": ["NHF"],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    article = tmp_path / "hills.txt"
    article.write_text("The NHF said its fighters had withdrawn from the valley.", "utf-8")
    db = tmp_path / "p.sqlite"
    result = parley("run", str(article), "--db", str(db), "--registry", str(registry))
    assert result.returncode == 0, result.stderr
    actors = _snapshot(db)["actors"]
    assert ("ME-1", "Northern Hills Front", "group", "SDN") in [row[:4] for row in actors]
    # "its fighters" are the front's, not an unnamed group of their own
    assert not any(row[0].startswith("unnamed:") for row in actors)


def test_a_gazetteer_that_is_no_geonames_dump_stops_with_its_name(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russia and Ukraine met in Brest on Monday.", encoding="utf-8")
    bad = tmp_path / "places.csv"
    bad.write_text("name,lat,lon\nBrest,52.1,23.7\n", encoding="utf-8")
    result = parley("extract", str(article), "--gazetteer", str(bad))
    assert result.returncode == 2
    assert "places.csv:1" in result.stderr and "GeoNames" in result.stderr
    assert result.stdout == ""


def test_same_file_names_in_two_folders_are_two_articles_and_a_clash_is_reported(tmp_path):
    for folder, words in (("a", "Envoys met in Doha on Monday."), ("b", "Talks failed in Cairo.")):
        (tmp_path / "news" / folder).mkdir(parents=True)
        (tmp_path / "news" / folder / "page.txt").write_text(words, encoding="utf-8")
    db = tmp_path / "p.sqlite"
    result = parley("run", "-r", str(tmp_path / "news"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert sorted(r[0] for r in _snapshot(db)["articles"]) == ["a/page", "b/page"]
    # named directly, both files are "page": the second is reported, never silently dropped
    pages = [str(tmp_path / "news" / f / "page.txt") for f in ("a", "b")]
    result = parley("run", *pages, "--db", str(tmp_path / "q.sqlite"))
    assert result.returncode == 0, result.stderr
    assert (
        "id conflict" in result.stderr and pages[1] in result.stderr and pages[0] in result.stderr
    )


def test_a_changed_text_under_a_stored_id_is_reported_and_force_replaces_it(tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text("Envoys met in Doha on Monday.", encoding="utf-8")
    db = tmp_path / "p.sqlite"
    assert parley("run", str(article), "--db", str(db)).returncode == 0
    article.write_text("Envoys met in Geneva on Tuesday and agreed a truce.", encoding="utf-8")
    result = parley("run", str(article), "--db", str(db))
    assert "different text is stored" in result.stderr and "--force" in result.stderr
    con = sqlite3.connect(db)
    assert con.execute("select text from articles").fetchall() == [
        ("Envoys met in Doha on Monday.",)
    ]
    result = parley("run", "--force", str(article), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert con.execute("select id, text from articles").fetchall() == [
        ("talks", "Envoys met in Geneva on Tuesday and agreed a truce.")
    ]
    # nothing of the old text is left pointing into the new one
    for (text,) in con.execute("select text from mentions"):
        assert text in "Envoys met in Geneva on Tuesday and agreed a truce."


def test_extract_reads_what_run_reads_and_says_so_when_a_folder_holds_nothing(tmp_path):
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Qatar said the talks in Doha would resume."}) + "\n",
        encoding="utf-8",
    )
    result = parley("extract", str(tmp_path), "--with-text")
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == "j1" and record["text"].startswith("Qatar said")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_text("x", encoding="utf-8")
    for command in (["extract"], ["run", "--db", str(tmp_path / "x.sqlite")]):
        result = parley(*command, str(empty))
        assert result.returncode == 2
        assert "no article file" in result.stderr and str(empty) in result.stderr


def test_version_and_a_database_password_never_printed(tmp_path):
    result = parley("--version")
    assert result.returncode == 0 and result.stdout.startswith("parley ")
    article = tmp_path / "a.txt"
    article.write_text("Envoys met.", encoding="utf-8")
    url = "postgresql://analyst:hunter2secret@127.0.0.1:1/parley"
    result = parley("run", str(article), "--db", url)
    assert result.returncode == 2
    assert "hunter2secret" not in result.stderr + result.stdout
    assert "analyst:***@127.0.0.1" in result.stderr


def test_timeline_says_what_happened_and_refuses_an_unknown_actor(tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(
        "Ethiopia's foreign minister met Djibouti's president in Addis Ababa on Monday to "
        "discuss access to the port.",
        encoding="utf-8",
    )
    db = str(tmp_path / "p.sqlite")
    assert parley("run", str(article), "--published", "2026-03-04", "--db", db).returncode == 0
    result = parley("timeline", "--db", db, env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    assert "what happened" in result.stdout and "2026-03-02" in result.stdout
    assert "met Djibouti" in result.stdout
    result = parley("timeline", "--db", db, "--actor", "ATLANTIS")
    assert result.returncode == 2 and "no actor ATLANTIS" in result.stderr


def test_two_reports_of_one_sentence_told_both_ways_round_keep_the_store_usable(tmp_path):
    """Two PolNeAR train articles once gave one story id twice: the story failed, and so did
    every later run into that store."""
    need_shared()
    train = SHARED / "data" / "polnear" / "train" / "text"
    names = (
        "breitbart_2016-02-08_the-latest-nh-towns-cast-first-v.txt",
        "breitbart_2016-03-02_christie-s-shell-shocked-look-st.txt",
    )
    db = str(tmp_path / "p.sqlite")
    result = parley("run", *(str(train / n) for n in names), "--db", db)
    assert result.returncode == 0, result.stderr
    story = parley("story", "--db", db)
    assert story.returncode == 0, story.stderr
    ids = [e["id"] for e in json.loads(story.stdout)["events"]]
    assert ids and len(ids) == len(set(ids))
    stored = {r[0] for r in sqlite3.connect(db).execute("select id from story_events")}
    assert stored == set(ids)
    assert parley("run", str(train / names[0]), "--db", db).returncode == 0


def test_story_rebuild_saves_the_story_again_from_the_stored_events(tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text(
        "Ethiopia's foreign minister met Djibouti's president in Addis Ababa on Monday to "
        "discuss access to the port.",
        encoding="utf-8",
    )
    db = str(tmp_path / "p.sqlite")
    result = parley("run", str(article), "--published", "2026-03-04", "--db", db)
    assert result.returncode == 0, result.stderr
    assert re.search(r"story updated in\s*│\s*\d+\.\d\d s", result.stdout), result.stdout
    again = parley("run", str(article), "--published", "2026-03-04", "--db", db)
    assert (
        again.returncode == 0
        and "story updated" not in again.stdout
        and "story rebuilt" not in again.stdout
    )  # nothing new
    con = sqlite3.connect(db)
    events = con.execute("select * from story_events").fetchall()
    assert events
    with con:  # a story table emptied behind Parley's back: the stored story says nothing
        con.execute("delete from story_reports")
        con.execute("delete from story_events")
    result = parley("story", "--db", db, "--rebuild")
    assert result.returncode == 0, result.stderr
    assert con.execute("select * from story_events").fetchall() == events
    assert [e["id"] for e in json.loads(result.stdout)["events"]] == [e[0] for e in events]
