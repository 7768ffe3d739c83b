"""Which clauses tell an event: a relative clause that goes on with the story does, one that
only says which thing is meant does not."""

from __future__ import annotations

from tests.events.test_extract import events


def test_a_clause_opened_by_where_after_a_comma_tells_a_meeting(nlp):
    text = (
        "Bishop Tomás Ruiz Herrera of Tlapa said he had travelled on Sunday to a hamlet in the "
        "municipality of San Luis, where he met two leaders of the Halcones."
    )
    found = [e for e in events(nlp, text) if e["type"] == "CONSULT"]
    assert [e["evidence"] for e in found] == ["he met two leaders of the Halcones"]


def test_a_restrictive_relative_clause_stays_background(nlp):
    text = "Armenia criticised the town where Azerbaijan met rebel commanders."
    assert not [e for e in events(nlp, text) if e["type"] == "CONSULT"]


def test_meeting_each_of_them_is_a_meeting(nlp):
    text = "The UN envoy Maria Lind is meeting each of them separately in Geneva."
    assert [e for e in events(nlp, text) if e["type"] == "CONSULT"]
