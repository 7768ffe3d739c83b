"""At this stage an actor is a named entity, grouped by exact name, with every mention."""

from __future__ import annotations

import spacy
from spacy.tokens import Span as SpacySpan

from parley.actors import actor_id, group_entities, slug


def test_entities_with_the_same_name_are_one_actor_with_all_mentions():
    nlp = spacy.blank("en")
    doc = nlp("Abiy met Debretsion in Mekelle . Abiy later left Mekelle for Addis Ababa .")
    doc.ents = [
        SpacySpan(doc, 0, 1, "PER"),
        SpacySpan(doc, 2, 3, "PER"),
        SpacySpan(doc, 4, 5, "LOC"),
        SpacySpan(doc, 6, 7, "PER"),
        SpacySpan(doc, 9, 10, "LOC"),
        SpacySpan(doc, 11, 13, "LOC"),
    ]
    actors = group_entities(doc)
    assert [(a.name, a.type) for a in actors] == [
        ("Abiy", "person"),
        ("Debretsion", "person"),
        ("Mekelle", "location"),
        ("Addis Ababa", "location"),
    ]
    abiy = actors[0]
    assert [doc.text[s:e] for s, e in abiy.mentions] == ["Abiy", "Abiy"]


def test_ids_are_stable_across_articles_and_fold_accents():
    assert actor_id("Gustavo Petro", "person") == "person:gustavo-petro"
    assert slug("Bogotá") == slug("Bogota") == "bogota"
    assert actor_id("Erdoğan", "person") == actor_id("Erdogan", "person")
