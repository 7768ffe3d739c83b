"""Ids of actors known only by name are stable and readable."""

from __future__ import annotations

from parley.actors import actor_id, slug


def test_ids_are_stable_across_articles_and_fold_accents():
    assert actor_id("Gustavo Petro", "person") == "person:gustavo-petro"
    assert slug("Bogotá") == slug("Bogota") == "bogota"
    assert actor_id("Erdoğan", "person") == actor_id("Erdogan", "person")
