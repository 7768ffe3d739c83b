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
