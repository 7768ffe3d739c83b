"""The shipped pipeline loads offline; another pipeline can be named instead."""

from __future__ import annotations

import pytest

from parley.nlp import SHIPPED_MODEL, ModelNotFound, load_base


def test_shipped_pipeline_loads_and_analyses_english():
    assert SHIPPED_MODEL.exists()
    nlp = load_base()
    doc = nlp(
        "Delegations from both countries met in Geneva on Tuesday. They agreed to meet again."
    )
    assert len(list(doc.sents)) == 2
    assert [t.pos_ for t in doc[:3]] == ["NOUN", "ADP", "DET"]
    assert doc[3].lemma_ == "country"
    assert any(e.label_ == "LOC" and e.text == "Geneva" for e in doc.ents)


def test_unknown_model_name_gives_a_clear_error():
    with pytest.raises(ModelNotFound, match="no_such_pipeline"):
        load_base("no_such_pipeline")


def test_setting_names_the_pipeline(monkeypatch):
    monkeypatch.setenv("PARLEY_MODEL", "also_not_installed")
    with pytest.raises(ModelNotFound, match="PARLEY_MODEL"):
        load_base()


def test_shipped_tokenizer_keeps_runs_of_one_mark_together():
    nlp = load_base()
    assert [t.text for t in nlp.make_doc("Ceasefire now!!! *****")] == [
        "Ceasefire",
        "now",
        "!!!",
        "*****",
    ]


def test_the_shipped_pipeline_ends_a_sentence_at_a_paragraph_break_on_its_own():
    nlp = load_base()
    names = nlp.pipe_names
    assert names.index("parley_paragraphs") == names.index("parser") - 1
    doc = nlp("Talks resumed in Doha on Monday\n\nThe envoy said the gap had narrowed.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts
