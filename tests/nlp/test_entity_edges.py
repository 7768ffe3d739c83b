"""Trimming the words no name ends with from the ends of the NER's entities."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from parley.nlp.entity_edges import trimmed


def _ent(words: list[str], start: int, end: int, label: str) -> Span:
    doc = Doc(spacy.blank("en").vocab, words=words)
    return Span(doc, start, end, label=label)


def test_a_lower_case_word_a_day_or_a_dash_is_cut_from_an_entity_s_end():
    assert trimmed(_ent(["Queensland", "half", "won"], 0, 2, "LOC")).text == "Queensland"
    assert trimmed(_ent(["in", "Fallujah", "Wednesday"], 1, 3, "LOC")).text == "Fallujah"
    assert trimmed(_ent(["Bryan", "Hull", "-", "hi"], 0, 3, "PER")).text == "Bryan Hull"


def test_names_that_end_in_a_full_stop_a_month_or_one_word_stay_whole():
    assert trimmed(_ent(["Google", ",", "Inc."], 0, 3, "ORG")).text == "Google , Inc."
    assert trimmed(_ent(["Theresa", "May", "spoke"], 0, 2, "PER")).text == "Theresa May"
    assert trimmed(_ent(["half"], 0, 1, "LOC")).text == "half"


def test_a_common_word_capitalised_is_no_entity_and_the_words_survive_a_round_trip(tmp_path):
    from parley.nlp.corpus import Sentence
    from parley.nlp.entity_edges import EntityEdges

    def sentence(*rows: tuple[str, str]) -> Sentence:
        s = Sentence(doc_id="d", sent_id="s", text="")
        for word, pos in rows:
            s.words.append(word)
            s.pos.append(pos)
        return s

    # "laughter" is written in lower case in training, "Jordan" is a name there
    training = [sentence(("laughter", "NOUN"), ("Jordan", "PROPN"), ("jordan", "NOUN"))] * 3
    edges = EntityEdges(spacy.blank("en"), "edges")
    edges.fit(training)
    edges.to_disk(tmp_path)
    edges = EntityEdges(spacy.blank("en"), "edges").from_disk(tmp_path)
    doc = Doc(spacy.blank("en").vocab, words=["Laughter", "in", "Jordan", "and", "Laughter", "Bay"])
    doc.ents = [
        Span(doc, 0, 1, label="LOC"),
        Span(doc, 2, 3, label="LOC"),
        Span(doc, 4, 6, label="LOC"),
    ]
    assert [e.text for e in edges(doc).ents] == ["Jordan", "Laughter Bay"]
