"""``parley run`` then ``parley story`` over several articles, scored through the contract."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import SHARED, need_shared, parley

ARTICLES = [
    {
        "id": "n1",
        "published": "2026-05-04",
        "outlet": "Gulf Wire",
        "text": "Yemen's government and the Houthis met in Muscat on Monday. The Houthis "
        "demanded that the government pay public salaries. The government promised to "
        "reopen the Sanaa airport by 20 May.",
    },
    {
        "id": "n2",
        "published": "2026-05-06",
        "outlet": "Red Sea Ledger",
        "text": "Delegations of Yemen's government and the Houthis met in Muscat on Tuesday, "
        "officials said.",
    },
    {
        "id": "n3",
        "published": "2026-05-19",
        "outlet": "Gulf Wire",
        "text": "Yemen's government reopened the Sanaa airport on Monday, two weeks after the "
        "talks.",
    },
]


def write_articles(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def test_story_merges_reports_and_tracks_a_promise_across_articles(tmp_path):
    db = tmp_path / "story.sqlite"
    assert parley("run", str(write_articles(tmp_path)), "--db", str(db)).returncode == 0
    out = tmp_path / "STORY.json"
    result = parley("story", "--db", str(db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    story = json.loads(out.read_text(encoding="utf-8"))
    meetings = [e for e in story["events"] if e["type"] == "CONSULT"]
    assert len(meetings) == 1, meetings
    [meeting] = meetings
    assert {r["article"] for r in meeting["reports"]} == {"n1", "n2"}
    assert [d["field"] for d in meeting["disagreements"]] == ["date"]
    [talks] = story["negotiations"]
    kinds = {i["kind"]: i for i in talks["items"]}
    assert "demand" in kinds and "commitment" in kinds
    promise = kinds["commitment"]
    assert promise["deadline"] == "2026-05-20"
    assert promise["status"] == "kept"
    assert "n3" in {e["article"] for e in promise["evidence"]}
    # the story's actors carry their mentions in every article
    yemen = [a for a in story["actors"] if a["country"] == "YEM" and a["type"] == "country"]
    assert yemen and {m["article"] for m in yemen[0]["mentions"]} >= {"n1", "n3"}


def test_running_again_adds_only_new_articles_and_the_story_follows(tmp_path):
    db = tmp_path / "story.sqlite"
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    assert parley("run", str(first), "--db", str(db)).returncode == 0
    before = json.loads(parley("story", "--db", str(db)).stdout)
    assert parley("run", str(write_articles(tmp_path)), "--db", str(db)).returncode == 0
    after = json.loads(parley("story", "--db", str(db)).stdout)
    assert len(after["events"]) > len(before["events"]) or any(
        len(e["reports"]) > 1 for e in after["events"]
    )


def test_story_of_a_missing_database_says_how_to_make_one(tmp_path):
    result = parley("story", "--db", str(tmp_path / "none.sqlite"))
    assert result.returncode == 2
    assert "none.sqlite does not exist" in result.stderr and "parley run" in result.stderr


def test_the_worked_story_example_scores_perfectly(tmp_path):
    need_shared()
    example = SHARED / "eval" / "story-example"
    db = tmp_path / "story.sqlite"
    assert parley("run", str(example / "articles.jsonl"), "--db", str(db)).returncode == 0
    out = tmp_path / "STORY.json"
    assert parley("story", "--db", str(db), "-o", str(out)).returncode == 0
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_story.py"), str(example), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = dict(kv.split("=") for kv in scored.stdout.strip().splitlines()[-1].split())
    assert all(float(v) == 1.0 for v in figures.values()), figures


def test_run_and_story_on_postgresql(tmp_path, postgres_url):
    assert parley("run", str(write_articles(tmp_path)), "--db", postgres_url).returncode == 0
    result = parley("story", "--db", postgres_url)
    assert result.returncode == 0, result.stderr
    story = json.loads(result.stdout)
    [meeting] = [e for e in story["events"] if e["type"] == "CONSULT"]
    assert {r["article"] for r in meeting["reports"]} == {"n1", "n2"}


def test_run_keeps_the_story_in_the_database_for_plain_sql(tmp_path):
    import sqlite3

    db = tmp_path / "story.sqlite"
    assert parley("run", str(write_articles(tmp_path)), "--db", str(db)).returncode == 0
    con = sqlite3.connect(db)
    rows = con.execute(
        "select e.type, count(r.id) from story_events e join story_reports r "
        "on r.story_event_id = e.id group by e.id"
    ).fetchall()
    assert ("CONSULT", 2) in rows


def test_the_words_of_a_description_are_no_name():
    # "the fishermen" is an actor the actors stage describes: its words still say what an act
    # is about; a named actor's and a country's do not
    from parley.model import Actor
    from parley.story import name_stems
    from parley.story.merge import stem

    actors = [
        Actor("unnamed:fishermen:abc", "fishermen", "person", "BLZ"),
        Actor("person:marta-coye", "Marta Coye", "person", "BLZ"),
    ]
    stems = name_stems(actors)
    assert stem("fishermen") not in stems
    assert {stem(w) for w in ("Marta", "Coye", "Belize")} <= stems
