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


def _tagged(words: list[str], pos: list[str], sent_starts: list[bool]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=sent_starts)


def test_a_name_alone_on_its_line_is_a_person_even_split_over_two_sentences():
    from parley.nlp.entity_edges import EntityEdges

    edges = EntityEdges(spacy.blank("en"), "edges")
    words = ["Thanks", "for", "the", "notes", ".", "Marta", "Oyelaran", ",", "Lagos"]
    pos = ["NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN"]
    starts = [True, False, False, False, False, True, True, False, True]
    doc = edges(_tagged(words, pos, starts))
    assert [(e.text, e.label_) for e in doc.ents] == [("Marta Oyelaran , Lagos", "PER")]
    doc = edges(_tagged(words[:8], pos[:8], starts[:8]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Marta Oyelaran", "PER")]


def test_one_word_a_longer_run_a_day_or_a_line_with_an_entity_is_left_as_the_ner_had_it():
    from parley.nlp.entity_edges import EntityEdges

    edges = EntityEdges(spacy.blank("en"), "edges")
    one = edges(_tagged(["Nairobi", "."], ["PROPN", "PUNCT"], [True, False]))
    assert list(one.ents) == []
    days = edges(_tagged(["Saturday", "Sunday"], ["PROPN", "PROPN"], [True, False]))
    assert list(days.ents) == []
    long = ["Addis", "Ababa", "Peace", "Accord"]
    assert list(edges(_tagged(long, ["PROPN"] * 4, [True, False, False, False])).ents) == []
    doc = _tagged(["Amina", "Yusuf", "Kano"], ["PROPN"] * 3, [True, False, False])
    doc.ents = [Span(doc, 2, 3, label="LOC")]
    assert [(e.text, e.label_) for e in edges(doc).ents] == [("Kano", "LOC")]


def _pos_span(words: list[str], pos: list[str], start: int, end: int, label: str) -> Span:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    return Span(doc, start, end, label=label)


def test_a_bodys_name_run_on_over_a_comma_into_a_persons_is_split():
    from parley.nlp.entity_edges import split_at_comma

    words = ["the", "Ministry", "of", "Foreign", "Affairs", ",", "Farhod", "Nazarov", ","]
    pos = ["DET", "PROPN", "ADP", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    parts = split_at_comma(_pos_span(words, pos, 1, 8, "ORG"))
    assert [(p.text, p.label_) for p in parts] == [
        ("Ministry of Foreign Affairs", "ORG"),
        ("Farhod Nazarov", "PER"),
    ]


def test_a_name_with_a_comma_and_no_person_after_it_stays_whole():
    from parley.nlp.entity_edges import split_at_comma

    words = ["Google", ",", "Inc."]
    assert split_at_comma(_pos_span(words, ["PROPN", "PUNCT", "PROPN"], 0, 3, "ORG"))[0].text == (
        "Google , Inc."
    )
    words = ["Smith", ",", "John", "Paul"]
    pos = ["PROPN", "PUNCT", "PROPN", "PROPN"]
    assert len(split_at_comma(_pos_span(words, pos, 0, 4, "PER"))) == 1
