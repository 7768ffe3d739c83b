"""The gazetteer component that adds the places the NER left out."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from parley.nlp.place_names import known_places, place_spans


def _doc(words: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos)


def test_a_town_the_ner_missed_becomes_a_place_and_ner_entities_stay():
    words = ["Envoys", "from", "Kirkuk", "met", "Tyre", "Smith", "in", "Mountain", "View"]
    pos = ["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PROPN"]
    doc = _doc(words, pos)
    doc.ents = [Span(doc, 4, 6, label="PER")]  # the NER's person keeps its words
    found = [(s.text, s.label_) for s in place_spans(doc, known_places(50_000))]
    assert found == [("Kirkuk", "LOC"), ("Mountain View", "LOC")]


def test_only_whole_names_count():
    # "New" alone, or a run of names that is no place as a whole, is left to the NER
    doc = _doc(["New", "Kirkuk", "Bank", "opened"], ["PROPN", "PROPN", "PROPN", "VERB"])
    assert place_spans(doc, known_places(50_000)) == []


def test_the_shipped_pipeline_runs_the_gazetteer_after_its_ner():
    from parley.nlp import load_base

    names = load_base().pipe_names
    assert names.index("parley_place_names") == names.index("ner") + 1


def test_a_place_is_known_with_or_without_its_diacritics():
    from parley.nlp.place_names import place_countries

    places, countries = known_places(), place_countries()
    for name, code in (("Chișinău", "MDA"), ("Chisinau", "MDA"), ("Bogota", "COL")):
        assert name in places and countries.get(name) == code
    assert "Chișinăux" not in places and countries.get("Chișinăux") is None
