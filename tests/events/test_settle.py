"""Settling an event's actors: whom a denial answers."""

from __future__ import annotations

from tests.events.test_extract import events


def test_a_denial_answers_the_side_that_made_the_accusation(nlp):
    text = (
        "The army blamed the ALF for the shelling of the market. "
        "The ALF denied firing on civilians."
    )
    denial = [e for e in events(nlp, text) if e["type"] == "REJECT"]
    assert [(e["source"], e["target"]) for e in denial] == [("ALF", "army")]


def test_a_denial_with_no_accusation_before_it_has_no_target_made_up(nlp):
    text = "The ALF denied firing on civilians."
    denial = [e for e in events(nlp, text) if e["type"] == "REJECT"]
    assert [(e["source"], e["target"]) for e in denial] == [("ALF", None)]
