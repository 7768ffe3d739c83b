"""The whole pipeline's run over many articles: an article a stage fails on is left out and
reported, and the others go on."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from parley.cli import _extracted
from parley.model import Article
from parley.pipeline import StageFailure, extract


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
