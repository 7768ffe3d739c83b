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


def test_a_bare_verb_hung_on_the_finite_verb_before_is_the_infinitives_conjunct(nlp):
    # the parse hangs "demand" on "said"/"detained": it goes with "send", whose doer is the
    # one "prompting" moved to act
    text = (
        "PUERTO BOLIVAR, Ecuador, Oct 4 (CPA) - An Ecuadorian navy patrol boat detained three "
        "Peruvian fishermen near the mouth of the Zarumilla River on Saturday, Peru's "
        "government said, prompting Lima to send coast guard vessels to the area and demand "
        "the men's release within 48 hours."
    )
    demand = next(e for e in events(nlp, text) if e["type"] == "REQUEST")
    assert demand["source"] == "Peru"
    assert demand["target"] in ("Ecuador", "Ecuadorian armed forces")
