"""The story a store keeps is the same whatever order its articles came in and however they
were split into runs: after each batch the story is brought up to date (``refresh_story``,
what `parley run` does), and the last stored story equals one full rebuild from the same
articles (``parley story --rebuild``), table by table and as the saved STORY.json."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from parley.model import Actor, Article, Event, Extraction, Span
from parley.store import Store
from tests.conftest import ROOT, stored_records

EXAMPLES = ROOT / "src" / "parley" / "examples" / "articles.jsonl"
# Arrival orders tried per corpus: each a shuffle and a split into batches, seeded so that a
# failure can be run again.
ORDERS = 3
SYNTHETIC_ARTICLES = 300


def _story_scale():
    """``benchmarks/story_scale.py``: its synthetic records are the scale benchmarks' own."""
    path = ROOT / "benchmarks" / "story_scale.py"
    spec = importlib.util.spec_from_file_location("story_scale", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def example_records(nlp) -> list[Extraction]:
    """The bundled examples through the whole pipeline, once."""
    from parley.pipeline import make_doc, to_extraction

    records = []
    for line in EXAMPLES.read_text("utf-8").splitlines():
        row = json.loads(line)
        article = Article(
            id=row["id"],
            text=row["text"],
            title=row.get("title"),
            published=dt.date.fromisoformat(row["published"]) if row.get("published") else None,
            outlet=row.get("outlet"),
        )
        records.append(to_extraction(article, nlp(make_doc(nlp, article))))
    return records


def synthetic_records(stories: int = max(10, SYNTHETIC_ARTICLES // 4)) -> list[Extraction]:
    """The scale benchmarks' records, ``stories`` storylines told by several articles each."""
    scale = _story_scale()
    rng = random.Random(SYNTHETIC_ARTICLES)
    return [scale.extraction(k, rng, stories) for k in range(SYNTHETIC_ARTICLES)]


def with_gaps(records: list[Extraction]) -> list[Extraction]:
    """``records`` with some events undated and some naming no target (as real reports are):
    the update's other paths (whole merge components, inferred targets)."""
    out = []
    for k, ex in enumerate(records):
        events = [
            replace(
                e,
                date=None if (k + j) % 5 == 0 else e.date,
                target=None if (k + j) % 7 == 0 else e.target,
            )
            for j, e in enumerate(ex.events)
        ]
        out.append(replace(ex, events=events))
    return out


# Words of the synthetic reports' evidence ("Ethiopia accepted the offer made by Eritrea": the
# content stems accep, offer, made; "rejected the terms set by"; "of shelling 20 villages")
# that name a newcomer: name stems come that stored reports hold, and when all of a report's
# come, reports that were one event are no longer linked by their evidence (the rebuild splits
# them; so must the update).
NEWCOMER_WORDS = ("Accepted Offer Made", "Rejected Terms Set", "Villages", "Shelling")
SYLLABLES = ("ka", "lo", "mi", "ra", "te", "su", "no", "vi")


PARTIES = _story_scale().PARTIES


def _surname(n: int) -> str:
    return (SYLLABLES[n % 8] + SYLLABLES[n // 8 % 8] + SYLLABLES[n // 64 % 8] + "n").title()


def _mention(mentioned: dict[str, Actor], x: Actor, at: int) -> None:
    """``x`` mentioned at ``at`` besides its other mentions in ``mentioned``."""
    known = mentioned.get(x.id, replace(x, mentions=[]))
    mentioned[x.id] = replace(known, mentions=[*known.mentions, (at, at + len(x.name))])


def with_newcomers(records: list[Extraction]) -> list[Extraction]:
    """``records`` with actors that no other batch knows, as real news brings them: every
    third article a new one (each in three articles), in a sentence and event of its own: an
    envoy who accuses a party (a key the parties' stories have), an armed group whose name
    holds words of other reports' evidence that rejects a party's demand, a person of no known
    state a party detains. Some change the side of an actor stored before them: the envoy's
    first article gives no state, the others do (and tell the envoy releasing prisoners, as a
    party's promise says); a judge of the detained person's surname comes with a state."""
    out = []
    for k, ex in enumerate(records):
        n = k // 3
        art = ex.article
        # every synthetic article mentions two parties at least
        (a, a_name), (b, b_name) = sorted((x.id, x.name) for x in ex.actors)[:2]
        kind = n % 3
        said: list[tuple[str, Actor | None]] = []  # sentences, each naming one actor
        if kind == 0:
            country = PARTIES[n % len(PARTIES)][0] if k % 3 else None
            actor = Actor(f"envoy-{n}", f"Envoy {_surname(n)}", "person", country)
            sentence = f"{actor.name} accused {b_name} of shelling {10 + n % 4} villages."
            type_, source, target = "ACCUSE", actor.id, b
            if k % 3 == 1:
                said.append((f"{actor.name} released {10 + n % 4} prisoners.", actor))
        elif kind == 1:
            word = NEWCOMER_WORDS[n % len(NEWCOMER_WORDS)]
            actor = Actor(f"front-{n}", f"{word} {_surname(n)} Front", "group", None)
            sentence = f"The {actor.name} rejected the demand made by {b_name}."
            type_, source, target = "REJECT", actor.id, b
        else:
            actor = Actor(f"held-{n}", f"Lawyer {_surname(n)}", "person", None)
            sentence = f"{a_name} detained {actor.name} at the border."
            type_, source, target = "COERCE", a, actor.id
            if k % 3 == 2:
                judge = Actor(f"judge-{n}", f"Judge {_surname(n)}", "person", PARTIES[n % 12][0])
                said.append((f"{judge.name} spoke.", judge))
        mentioned = {x.id: x for x in ex.actors}
        text = art.text
        s = len(text) + 1
        text = f"{text} {sentence}"
        _mention(mentioned, actor, s + sentence.index(actor.name))
        if source == a:
            _mention(mentioned, mentioned[a], s + sentence.index(a_name))
        evidence = Span.of(text, (s, len(text)))
        for line, who in said:
            _mention(mentioned, who, len(text) + 1 + line.index(who.name))
            text = f"{text} {line}"
        event = Event(type_, "asserted", evidence, source, target, art.published)
        out.append(
            replace(
                ex,
                article=replace(art, text=text),
                actors=list(mentioned.values()),
                events=[*ex.events, event],
            )
        )
    return out


# The story's own tables besides story_events and story_reports (``stored_records``), compared
# without their row numbers.
STORY_TABLES = {
    "story_negotiations": "select * from story_negotiations",
    "story_articles": "select * from story_articles",
    "story_sentences": "select side, day, article_id, start, end, negated, stems "
    "from story_sentences",
    "story_acts": "select type, mode, source_actor, target_actor, n from story_acts",
}


def _stored(db: Path) -> tuple[dict, dict | None]:
    records = stored_records(db)
    con = sqlite3.connect(db)
    try:
        for table, query in STORY_TABLES.items():
            records[table] = sorted(con.execute(query).fetchall(), key=repr)
    finally:
        con.close()
    store = Store(db)
    try:
        return records, store.stored_story()
    finally:
        store.close()


def _rebuilt(records: list[Extraction], db: Path) -> tuple[dict, dict | None]:
    store = Store(db)
    for ex in records:
        store.add(ex)
    store.refresh_story(rebuild=True)
    store.close()
    return _stored(db)


def _in_batches(
    records: list[Extraction], db: Path, seed: int, done: list[str] | None = None
) -> tuple[dict, dict | None]:
    """``records`` shuffled and stored in two to four batches, the story brought up to date
    after each (as successive `parley run`s do); ``done`` gets how (``refresh_story``)."""
    rng = random.Random(seed)
    order = records[:]
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, len(order)), rng.randint(1, 3)))
    store = Store(db)
    for lo, hi in zip([0, *cuts], [*cuts, len(order)], strict=True):
        for ex in order[lo:hi]:
            store.add(ex)
        how = store.refresh_story()
        assert how in ("updated", "rebuilt")
        if done is not None:
            done.append(how)
        assert not store.story_stale()
    store.close()
    return _stored(db)


def _assert_same_story(records: list[Extraction], tmp_path: Path) -> list[str]:
    """Compare; returns how the story was brought up to date after each batch."""
    tables, story = _rebuilt(records, tmp_path / "rebuilt.sqlite")
    assert story is not None and story["events"]
    done: list[str] = []
    for seed in range(ORDERS):
        db = tmp_path / f"batches-{seed}.sqlite"
        got_tables, got_story = _in_batches(records, db, seed, done)
        assert got_tables == tables, f"arrival order {seed}"
        assert got_story == story, f"arrival order {seed}"
    return done


def test_the_examples_story_is_the_same_whatever_order_and_batches_they_came_in(
    example_records, tmp_path
):
    _assert_same_story(example_records, tmp_path)


def test_a_synthetic_story_is_the_same_whatever_order_and_batches_its_articles_came_in(tmp_path):
    done = _assert_same_story(synthetic_records(), tmp_path)
    # every batch is an update, the first one's from a story of nothing (a new store's)
    assert done and set(done) == {"updated"}


def test_a_story_with_undated_and_untargeted_reports_is_the_same_whatever_the_order(tmp_path):
    done = _assert_same_story(with_gaps(synthetic_records()), tmp_path)
    assert "updated" in done


def test_batches_that_bring_new_actors_update_the_story_and_it_stays_the_rebuilds(tmp_path):
    # storylines told by two or three articles: many a stored event no new report reaches
    done = _assert_same_story(with_newcomers(synthetic_records(SYNTHETIC_ARTICLES)), tmp_path)
    # every batch brings actors the story did not know, some named with words stored reports
    # hold: the story is still updated after each batch
    assert done and set(done) == {"updated"}


def test_an_update_merged_a_few_reports_at_a_time_gives_the_same_story(tmp_path, monkeypatch):
    """An update reads and merges the components it reaches in chunks (its memory that of a
    chunk): chunks of three reports, most components alone in theirs, change nothing."""
    monkeypatch.setattr(importlib.import_module("parley.store.story"), "MERGE_CHUNK", 3)
    done = _assert_same_story(with_gaps(synthetic_records()), tmp_path)
    assert done and set(done) == {"updated"}


def test_a_new_actor_named_with_the_words_of_stored_reports_splits_their_events(tmp_path):
    """ "Ethiopia accepted the offer made by Eritrea" and "... accepted the offer made by ..."
    of the same days are one event by their evidence's stems (accep, offer, made); a new
    actor named with those words (names link no reports) leaves them apart, in the rebuild and
    in the update alike, though no new report is of their act."""
    records = synthetic_records(SYNTHETIC_ARTICLES)
    text = "The Accepted Offer Made Front rejected the demand made by Ethiopia."
    front = Actor("front", "Accepted Offer Made Front", "group", None, [(4, 29)])
    ethiopia = Actor("ETH", "Ethiopia", "country", "ETH", [(text.index("Ethiopia"), len(text) - 1)])
    late = Extraction(
        Article("late", text, published=dt.date(2026, 6, 1), outlet="Gulf Wire"),
        [front, ethiopia],
        events=[Event("REJECT", "asserted", Span.of(text, (0, len(text))), "front", "ETH", None)],
    )
    db = tmp_path / "updated.sqlite"
    store = Store(db)
    for ex in records:
        store.add(ex)
    assert store.refresh_story(rebuild=True) == "rebuilt"  # a rebuilt story, then updated
    before = store.stored_story()
    store.add(late)
    assert store.refresh_story() == "updated"
    store.close()
    tables, story = _rebuilt([*records, late], tmp_path / "rebuilt.sqlite")
    assert _stored(db) == (tables, story)

    def agreed(s):
        return sum(e["type"] == "AGREE" and e["mode"] == "asserted" for e in s["events"])

    assert agreed(story) > agreed(before)


def _told(k: str, day: dt.date, text: str, names: dict[str, tuple], events=()) -> Extraction:
    """An article ``k`` of ``text`` naming actors (``names``: id -> (name, type, country))
    where their names occur."""
    actors = [
        Actor(i, name, type_, country, [(text.index(name), text.index(name) + len(name))])
        for i, (name, type_, country) in names.items()
    ]
    return Extraction(Article(k, text, published=day, outlet="Gulf Wire"), actors, events=events)


def _promise(story: dict) -> dict:
    """Chad's commitment in its negotiation with Niger."""
    [items] = [n["items"] for n in story["negotiations"] if n["parties"] == ["NER", "TCD"]]
    [item] = [i for i in items if i["kind"] == "commitment"]
    return item


def test_a_promise_told_kept_by_an_actor_whose_state_changes_is_looked_for_again(tmp_path):
    """A sentence tells Chad's promise kept because it names an envoy of Chad; a later
    article gives the envoy a state that comes first (Angola): the sentence is no longer
    Chad's, the promise is open again, and Niger's proposal in that article to no one named
    names Angola, not Chad: in the update as in the rebuild (among the synthetic articles, so
    that one article's sentences are a small part of the store's)."""
    day = dt.date(2026, 3, 2)
    promise = "Chad promised Niger to release 50 prisoners by Friday."
    tcd, ner = ("Chad", "country", "TCD"), ("Niger", "country", "NER")
    envoy = ("Envoy Kalo", "person", "TCD")
    released = "Envoy Kalo released 50 prisoners promised to Niger by Friday."
    # a proposal to no one named: the sides its article names (the envoy's among them)
    truce = "Niger proposed a truce."
    records = [
        *synthetic_records(),
        _told(
            "p",
            day,
            promise,
            {"TCD": tcd, "NER": ner},
            [Event("AGREE", "promised", Span.of(promise, (0, len(promise))), "TCD", "NER", day)],
        ),
        _told(
            "q",
            day + dt.timedelta(days=3),
            f"{released} {truce}",
            {"envoy": envoy, "NER": ner},
            [
                Event(
                    "AGREE",
                    "proposed",
                    Span.of(f"{released} {truce}", (len(released) + 1, len(released) + 24)),
                    "NER",
                    None,
                    day + dt.timedelta(days=3),
                )
            ],
        ),
    ]
    late = _told(
        "r",
        day + dt.timedelta(days=9),
        "Envoy Kalo of Angola met Niger.",
        {"envoy": ("Envoy Kalo", "person", "AGO"), "NER": ner},
    )
    db = tmp_path / "updated.sqlite"
    store = Store(db)
    for ex in records:
        store.add(ex)
    assert store.refresh_story(rebuild=True) == "rebuilt"  # a rebuilt story, then updated
    assert _promise(store.stored_story())["status"] == "kept"
    store.add(late)
    assert store.refresh_story() == "updated"
    store.close()
    tables, story = _rebuilt([*records, late], tmp_path / "rebuilt.sqlite")
    assert _stored(db) == (tables, story)
    assert _promise(story)["status"] == "open"


def test_the_examples_in_batches_update_the_story(example_records, tmp_path):
    """The bundled examples, each batch bringing actors of its own: updated, not rebuilt,
    from the first batch on (a new store's story is one of no article)."""
    done = []
    for seed in range(ORDERS):
        _in_batches(example_records, tmp_path / f"examples-{seed}.sqlite", seed, done)
    assert done and set(done) == {"updated"}


def test_a_commitment_told_as_to_come_is_told_kept_by_a_later_batch(tmp_path):
    """Mali's "will free 30 herders by Friday" (an act still to come, not a promise) is a
    commitment whose keeping is looked for too: a later batch's "Mali freed the 30 herders"
    makes it kept, in the update as in the rebuild."""
    day = dt.date(2026, 3, 2)  # a Monday: the Friday is the 6th
    pledge = "Mali will free 30 herders held at Gao by Friday."
    talks = f"{pledge} Mali and Niger met in Niamey."
    mli, ner = ("Mali", "country", "MLI"), ("Niger", "country", "NER")
    events = [
        Event(
            "CONCEDE",
            "hypothetical",
            Span.of(talks, (0, len(pledge))),
            "MLI",
            "NER",
            day + dt.timedelta(days=4),
            subtype="release",
        ),
        Event("CONSULT", "asserted", Span.of(talks, (len(pledge) + 1, len(talks))), "MLI", "NER"),
    ]
    records = [*synthetic_records(), _told("p", day, talks, {"MLI": mli, "NER": ner}, events)]
    done = "Mali freed the 30 herders held at Gao on Friday."
    late = _told("q", day + dt.timedelta(days=5), done, {"MLI": mli})

    def statuses(story: dict) -> list[str]:
        [items] = [n["items"] for n in story["negotiations"] if n["parties"] == ["MLI", "NER"]]
        return [i["status"] for i in items if i["kind"] == "commitment"]

    db = tmp_path / "updated.sqlite"
    store = Store(db)
    for ex in records:
        store.add(ex)
    assert store.refresh_story(rebuild=True) == "rebuilt"
    assert statuses(store.stored_story()) == ["open"]
    store.add(late)
    assert store.refresh_story() == "updated"
    store.close()
    tables, story = _rebuilt([*records, late], tmp_path / "rebuilt.sqlite")
    assert _stored(db) == (tables, story)
    assert statuses(story) == ["kept"]
