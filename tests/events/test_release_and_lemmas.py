"""Trigger verbs the lemmatizer leaves whole ("freed", "summoned"), releases told in the
passive, and a wish that others be freed (session 22). Sentences written for these tests."""

from __future__ import annotations

from tests.events.test_extract import events


def _of_type(nlp, text: str, type_: str) -> list[dict]:
    return [e for e in events(nlp, text) if e["type"] == type_]


def test_freed_is_a_release_whatever_lemma_the_parse_gives(nlp):
    found = _of_type(nlp, "The rebels freed four road workers near Cusco on Monday.", "CONCEDE")
    assert len(found) == 1
    assert found[0]["source"] == "rebels" and found[0]["target"] == "road workers"


def test_a_summoned_ambassador_is_a_diplomatic_meeting(nlp):
    text = "Chile's foreign ministry summoned the Peruvian ambassador on Monday."
    found = _of_type(nlp, text, "CONSULT")
    assert len(found) == 1 and found[0]["source"] == "Chile"


def test_people_freed_in_the_passive_are_the_target_and_their_captor_the_source(nlp):
    text = (
        "Rebels of the Kivu Front abducted three nurses near Goma in March. "
        "The nurses were freed on Sunday."
    )
    (release,) = _of_type(nlp, text, "CONCEDE")
    assert release["target"] == "nurses"
    assert release["source"] is not None and "Kivu" in release["source"]


def test_a_passive_release_parsed_as_a_predicate_keeps_its_people_as_target(nlp):
    text = "The rebels said the fourteen drivers would be freed if the army stopped its strikes."
    found = _of_type(nlp, text, "CONCEDE")
    assert found and all(e["source"] == "rebels" for e in found)
    assert "fourteen drivers" in {e["target"] for e in found}


def test_wanting_prisoners_freed_is_a_demand_not_a_release(nlp):
    text = "The rebels wanted all the captured soldiers freed before any truce."
    assert _of_type(nlp, text, "REQUEST")
    assert not _of_type(nlp, text, "CONCEDE")


def test_walking_out_of_talks_is_a_rejection_but_out_of_a_forest_is_not(nlp):
    text = "The farmers' union walked out of Monday's talks with the government in Lima."
    found = _of_type(nlp, text, "REJECT")
    assert len(found) == 1 and "walked out" in found[0]["evidence"]
    assert not _of_type(nlp, "Nine of the hostages walked out of the forest on Saturday.", "REJECT")


def test_solidarity_and_standing_behind_a_side_are_support(nlp):
    for text in (
        "The European Commission said it stood in solidarity with Latvia.",
        "The European Commission said it stood fully behind Latvia.",
    ):
        found = _of_type(nlp, text, "SUPPORT")
        assert len(found) == 1 and found[0]["target"] == "Latvia"


def test_a_complaint_filed_is_an_accusation(nlp):
    text = "Peru's mining ministry filed a complaint against the Bolivian company on Monday."
    found = _of_type(nlp, text, "ACCUSE")
    assert len(found) == 1 and "filed a complaint" in found[0]["evidence"]


def test_a_gun_battle_fought_is_an_assault(nlp):
    text = "Chadian and Sudanese troops fought a gun battle near the border on Sunday."
    assert _of_type(nlp, text, "ASSAULT")


def test_a_crossing_closed_by_a_state_is_a_coercion(nlp):
    found = _of_type(nlp, "Chad sealed its border with Sudan on Friday.", "COERCE")
    assert len(found) == 1 and (found[0]["source"], found[0]["target"]) == ("Chad", "Sudan")
    assert not _of_type(nlp, "The talks closed on Monday with no agreement.", "COERCE")


def test_a_verdict_appealed_is_no_promise_to_the_other_side(nlp):
    text = "Chile convicted the Bolivian driver on Monday. His lawyer said he would appeal."
    assert not [e for e in _of_type(nlp, text, "AGREE") if "appeal" in e["evidence"]]
