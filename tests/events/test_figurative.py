"""Violent verbs as figures of speech (events/figurative.py), on sentences the team wrote."""

from __future__ import annotations

from tests.events.test_extract import events


def types(nlp, text: str) -> list[str]:
    return [e["type"] for e in events(nlp, text)]


def test_a_verbal_attack_on_a_rival_is_no_assault(nlp):
    text = "Governor Jane Hale attacked Senator Tom Mills over the budget."
    assert "ASSAULT" not in types(nlp, text)
    assert "ASSAULT" not in types(nlp, "Tom Mills fired at Jane Hale in the debate.")
    assert "ASSAULT" not in types(nlp, "Jane Hale went on to defeat her Republican opponent.")


def test_killing_a_bill_or_hitting_a_limit_is_no_assault(nlp):
    assert "ASSAULT" not in types(nlp, "Opposition senators killed the pension bill on Tuesday.")
    assert "ASSAULT" not in types(nlp, "Small donors can give without hitting the limit.")


def test_harm_to_oneself_and_phrasal_figures_are_no_events(nlp):
    text = "The mayor keeps shooting himself in the foot."
    assert "ASSAULT" not in types(nlp, text)
    assert "ASSAULT" not in types(nlp, "The court struck down the new limits.")
    assert "COERCE" not in types(nlp, "Her rival tried to seize on the scandal.")


def test_armed_doers_and_people_hit_keep_the_assault(nlp):
    e = [e for e in events(nlp, "Gunmen attacked a police checkpoint near Kandahar.")]
    assert [x["type"] for x in e].count("ASSAULT") == 1
    assert "ASSAULT" in types(nlp, "The soldiers fired on the crowd on Sunday.")
    assert "ASSAULT" in types(nlp, "A man shot and killed two police officers in Dallas.")


def test_winning_a_race_no_patient_and_showing_are_no_events(nlp):
    assert "ASSAULT" not in types(nlp, "Cruz beat Dewhurst in the runoff.")
    assert "COERCE" not in types(nlp, "Things are picking up, Jane Hale said.")
    assert "PROTEST" not in types(nlp, "Jane Hale tried to demonstrate that her plan was better.")
    # a war named by a quality, not a name or place, is no war told
    assert "ASSAULT" not in types(
        nlp, "We are fighting a very politically correct war, Tom Mills said."
    )


def test_many_people_seized_is_no_rivalry_aimed_at_one_person(nlp):
    # "the hostages" may be an actor typed as people; a plural names many, not one rival
    text = "The hostages were seized near the border with Mali on Friday."
    assert [e["type"] for e in events(nlp, text)] == ["COERCE"]
