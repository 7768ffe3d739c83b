"""Violence and coercion talked of, not done (events/unrealised.py), on sentences the team
wrote."""

from __future__ import annotations

from tests.events.test_extract import events


def types(nlp, text: str) -> list[str]:
    return [e["type"] for e in events(nlp, text)]


def test_an_act_someone_says_ought_to_be_done_is_no_event(nlp):
    assert "COERCE" not in types(nlp, "The editorial said Jane Hale should be deported.")
    assert "COERCE" not in types(nlp, "Tom Mills said the mayor must arrest the organisers.")


def test_a_plan_or_a_question_to_ban_is_no_ban(nlp):
    assert "COERCE" not in types(nlp, "The council's move to ban him failed on Tuesday.")
    assert "COERCE" not in types(nlp, "Lawmakers held a debate on whether to ban him.")
    assert "COERCE" not in types(nlp, "Jane Hale proposed a ban on imports from the north.")


def test_acts_done_stay_events(nlp):
    assert "COERCE" in types(nlp, "Police arrested the organisers of the march on Monday.")
    assert "COERCE" in types(nlp, "A court jailed two protesters on Friday.")
    assert "ASSAULT" in types(nlp, "Gunmen killed four villagers near Kandahar on Sunday.")
