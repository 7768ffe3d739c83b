"""Forces sent, roads blocked, fighters killed in the passive and bare answers
(events/finder.py, events/settle.py). Sentences written for these tests."""

from __future__ import annotations

from tests.events.test_extract import events


def _of(nlp, text: str, type_: str) -> list[dict]:
    return [e for e in events(nlp, text) if e["type"] == type_]


def test_forces_sent_somewhere_are_mobilised(nlp):
    (sent,) = _of(nlp, "The Ghanaian army sent reinforcements to the northern border.", "MOBILIZE")
    assert sent["source"] is not None
    pledge = _of(nlp, "The governor promised to send a police patrol to the village.", "MOBILIZE")
    assert pledge and pledge[0]["mode"] == "promised"
    assert not _of(nlp, "The governor promised to send a police patrol to the village.", "THREATEN")


def test_a_blocked_road_is_a_protest_against_the_protesters_state(nlp):
    text = (
        "Hundreds of Peruvian farmers blocked the highway to Cusco on Monday. Peru's government "
        "said talks would begin on Friday."
    )
    (protest,) = _of(nlp, text, "PROTEST")
    assert protest["source"] is not None
    assert protest["target"] == "Peru"


def test_a_bare_acceptance_answers_the_last_offer_of_another_side(nlp):
    text = (
        "Kenyan mediators proposed a ten-day truce on Monday. The rebels accepted on Tuesday, "
        "their spokesman said."
    )
    (accepted,) = [e for e in _of(nlp, text, "AGREE") if "accepted" in e["evidence"]]
    assert accepted["target"] is not None and "mediators" in accepted["target"].lower()


def test_fighters_killed_in_a_passive_are_the_armys_act(nlp):
    text = "The Malian army said fourteen assailants had been neutralised near Gao on Sunday."
    (killed,) = _of(nlp, text, "ASSAULT")
    assert killed["record"].source == "MLI-MIL"
