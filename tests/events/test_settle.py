"""Settling an event's actors: whom a denial answers."""

from __future__ import annotations

from datetime import date

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


def test_the_accusation_a_report_of_harm_makes_is_dated_by_the_report(nlp):
    # the union accuses on Saturday, when it said so, not on the day the article appeared
    text = (
        "The Nigerien hauliers' union said on Saturday that Beninese police had fired on two "
        "drivers at the border."
    )
    [accusation] = [e for e in events(nlp, text) if e["type"] == "ACCUSE"]
    assert accusation["target"] == "Beninese police"
    assert accusation["date"] == date(2024, 5, 4)
