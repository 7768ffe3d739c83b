"""The whole pipeline's run over many articles: an article a stage fails on is left out and
reported, and the others go on."""

from __future__ import annotations

import itertools

import pytest
import spacy
from spacy.language import Language

from parley.cli import _extracted
from parley.model import Article
from parley.pipeline import StageFailure, chunk_bounds, extract


@Language.component("test_fails_on_kaboom")
def _fails_on_kaboom(doc):
    if "Kaboom" in doc.text:
        raise ValueError("a rule met text it was not written for")
    return doc


def _articles() -> list[Article]:
    texts = ["The envoy arrived on Monday.", "Kaboom went the shell.", "Talks resumed."]
    return [Article(id=f"a{i}", text=t, origin=f"a{i}.txt") for i, t in enumerate(texts)]


def _nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fails_on_kaboom")
    return nlp


def test_an_article_a_stage_fails_on_is_left_out_and_the_run_goes_on():
    failures: list[StageFailure] = []
    done = [ex.article.id for ex in extract(_nlp(), _articles(), failures=failures)]
    assert done == ["a0", "a2"]
    [failure] = failures
    assert failure.article.id == "a1" and failure.stage == "test_fails_on_kaboom"
    assert "ValueError" in failure.reason and "please report" in failure.reason


def test_without_a_list_for_failures_the_error_is_raised():
    with pytest.raises(ValueError):
        list(extract(_nlp(), _articles()))


def test_the_command_line_counts_a_failed_article_as_skipped_with_its_origin():
    skipped = []
    done = [ex.article.id for ex in _extracted(_nlp(), iter(_articles()), skipped)]
    assert done == ["a0", "a2"]
    [item] = skipped
    assert item.origin == "a1.txt" and item.kind == "stage failed"
    assert "test_fails_on_kaboom" in item.reason


def test_a_run_that_keeps_no_failures_raises_even_after_one_that_did():
    nlp = _nlp()
    list(extract(nlp, _articles(), failures=[]))
    with pytest.raises(ValueError):
        list(extract(nlp, _articles()))


# Two reports as one text: the second's offsets lie after the first's and a paragraph break.
FIRST = (
    "Ethiopia's foreign minister met his Djiboutian counterpart in Addis Ababa on Monday. "
    "“We are ready to share the port,” the minister said after the talks."
)
SECOND = (
    "Rebels attacked a convoy near Gedaref, the Sudanese army said on Tuesday, and "
    "accused the RSF of shelling the town."
)


def _records(ex) -> dict:
    record = ex.to_json()
    return {k: record[k] for k in ("attributions", "events", "actors")}


def _shifted(record: dict, by: int) -> dict:
    """``record`` with every offset moved ``by`` characters."""

    def move(value):
        if isinstance(value, dict):
            return {
                k: ([[s + by, e + by] for s, e in v] if k in ("spans", "mentions") else move(v))
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [move(v) for v in value]
        return value

    return move(record)


def test_a_long_article_is_read_in_chunks_whose_records_join_with_offsets_in_the_whole(nlp):
    text = FIRST + "\n\n" + SECOND
    whole = Article(id="long", text=text)
    chunks = []
    [joined] = extract(
        nlp, [whole], chunk_chars=len(FIRST) + 10, on_chunk=lambda *a: chunks.append(a[1:])
    )
    assert chunks == [(1, 2), (2, 2)]  # progress within the article
    [first] = extract(nlp, [Article(id="a", text=FIRST)])
    [second] = extract(nlp, [Article(id="b", text=SECOND)])
    got, one, two = _records(joined), _records(first), _records(second)
    two = _shifted(two, len(FIRST) + 2)
    assert got["attributions"] == one["attributions"] + two["attributions"]
    links = len(one["attributions"])
    for event in two["events"]:
        if event["attribution"] is not None:
            event["attribution"] += links
    assert got["events"] == one["events"] + two["events"]
    by_id = {a["id"]: a for a in one["actors"]}
    for actor in two["actors"]:
        if actor["id"] in by_id:
            by_id[actor["id"]]["mentions"] += actor["mentions"]
        else:
            by_id[actor["id"]] = actor
    assert {a["id"]: a["mentions"] for a in got["actors"]} == {
        k: a["mentions"] for k, a in by_id.items()
    }
    for attribution in got["attributions"]:
        for s, e in attribution["content"]["spans"]:
            assert text[s:e] in attribution["content"]["text"]


def test_chunks_cover_the_text_and_end_at_paragraph_breaks():
    text = ("A sentence of the report. " * 30 + "\n\n") * 20
    bounds = chunk_bounds(text, 2000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(e - s <= 2000 for s, e in bounds)
    assert all(text[:e].endswith("\n\n") for _, e in bounds[:-1])
    # a text with no break at all is still cut within the limit
    assert all(e - s <= 100 for s, e in chunk_bounds("x" * 1000, 100))
