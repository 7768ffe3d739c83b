"""Meetings set for a day are meetings to come between the two sides (issue 20 item 3).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.events.test_extract import events


def _meetings(nlp, text: str) -> list[dict]:
    return [e for e in events(nlp, text) if e["type"] == "CONSULT"]


def test_talks_due_to_resume_on_a_weekday_are_a_meeting_to_come(nlp):
    text = (
        "Delegations from Armenia and Azerbaijan met in Almaty on Friday. "
        "The talks are due to resume in Almaty on Thursday."
    )
    later = [e for e in _meetings(nlp, text) if "resume" in e["evidence"]]
    assert len(later) == 1
    assert {later[0]["source"], later[0]["target"]} == {"Armenia", "Azerbaijan"}
    assert later[0]["mode"] == "hypothetical"
    assert later[0]["date"] == date(2024, 5, 9)  # the Thursday after publication


def test_the_next_round_scheduled_names_its_day(nlp):
    text = (
        "Sudan's army and the Rapid Support Forces ended a round of talks in Jeddah. "
        "The next round of talks is scheduled to open in Jeddah on May 20."
    )
    later = [e for e in _meetings(nlp, text) if "scheduled" in e["evidence"]]
    assert len(later) == 1 and later[0]["date"] == date(2024, 5, 20)


def test_a_question_about_the_talks_sets_no_meeting(nlp):
    text = "Armenia and Azerbaijan met in Almaty on Friday. Will the talks resume next week?"
    assert not [e for e in _meetings(nlp, text) if "resume" in e["evidence"]]
