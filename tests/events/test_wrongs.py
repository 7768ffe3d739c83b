"""Accusations a report makes by telling of another side's wrong (events/wrongs.py).
Sentences written for these tests."""

from __future__ import annotations

from tests.events.test_extract import events, only


def test_a_report_that_the_other_side_broke_the_border_is_an_accusation(nlp):
    text = "Kyrgyzstan said Tajikistan had illegally crossed into Kyrgyz territory on Sunday."
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["source"] == "Kyrgyzstan"
    assert accusation["target"] == "Tajikistan"
    assert accusation["attribution"] is not None
    assert "crossed into Kyrgyz territory" in accusation["evidence"]


def test_arming_the_rebels_told_of_another_state_is_an_accusation(nlp):
    text = "Congo's foreign minister said Rwanda continues to train and arm the rebels."
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["target"] == "Rwanda"


def test_calling_the_other_sides_act_piracy_accuses_it(nlp):
    text = "Fiji's foreign minister called the boarding by Tonga an act of piracy."
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["target"] == "Tonga"


def test_a_neutral_report_or_a_denied_wrong_accuses_no_one(nlp):
    neutral = "Kyrgyzstan said Tajikistan had sent a delegation to Bishkek on Sunday."
    assert not [e for e in events(nlp, neutral) if e["type"] == "ACCUSE"]
    denied = "Kyrgyzstan said Tajikistan had not violated the truce."
    assert not [e for e in events(nlp, denied) if e["type"] == "ACCUSE"]
    label = "Fiji's foreign minister called the visit by Tonga a success."
    assert not [e for e in events(nlp, label) if e["type"] == "ACCUSE"]


def test_a_label_the_parse_hangs_on_the_thing_labelled_still_accuses(nlp):
    # "a blockade" as a second object, a quoted label as an apposition to the object
    second = "Chad calls the closure by Niger a blockade."
    assert only(nlp, second, "ACCUSE")["target"] == "Niger"
    quoted = (
        "Malawi's foreign minister called the seizure by Zambia \"an act of piracy dressed up "
        'as customs control."'
    )
    assert only(nlp, quoted, "ACCUSE")["target"] == "Zambia"
