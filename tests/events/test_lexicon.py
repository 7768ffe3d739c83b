"""The events lexicon's session 20 entries (data/triggers.tsv, data/nominal_events.tsv), on
sentences the team wrote."""

from __future__ import annotations

from tests.events.test_extract import events


def types(nlp, text: str) -> list[str]:
    return [e["type"] for e in events(nlp, text)]


def test_people_held_prisoner_or_hostage(nlp):
    held = events(nlp, "The pastor has been held prisoner in Iran since 2012.")
    assert [e["type"] for e in held] == ["COERCE"]
    assert "ASSAULT" in types(nlp, "Rebels took 12 hostages in the north on Monday.")
    assert "ASSAULT" in types(nlp, "Embassy workers were held hostage by Iran for 444 days.")


def test_ejecting_pressing_and_reaching_out(nlp):
    assert "COERCE" in types(nlp, "Security guards ejected two protesters from the hall.")
    (request,) = [
        e
        for e in events(nlp, "Senator Tom Mills pressured the governor to resign.")
        if e["type"] == "REQUEST"
    ]
    assert request["source"] == "Tom Mills"
    reached = events(nlp, "The governor reached out to Senator Tom Mills about the budget.")
    assert [e["target"] for e in reached if e["type"] == "CONSULT"] == ["Tom Mills"]


def test_a_request_named_by_a_noun(nlp):
    assert "REQUEST" in types(nlp, "The council's demand for a recount went unheeded.")
    # a candidate's appeal is the pull he has on voters
    assert "REQUEST" not in types(nlp, "The senator's appeal among young voters is fading.")
    # "a request for comment" asks nothing of a party in the news
    assert "REQUEST" not in types(nlp, "The ministry declined a request for comment.")
    assert "REQUEST" in types(nlp, "The union's demand for a pay rise went unanswered.")
    # a bare "demands" names no one request
    assert "REQUEST" not in types(nlp, "Demands are growing louder.")


def test_protests_named_by_a_noun_or_by_heckling(nlp):
    assert "PROTEST" in types(nlp, "The boycott cost the company millions.")
    assert "PROTEST" in types(nlp, "Hecklers interrupted the speech.")
    assert "PROTEST" in types(nlp, "Students heckled Jane Hale at the university on Monday.")
