"""What ``events/finder.py`` finds beyond its trigger words: commitments, aid sent as supplies,
and a protest sent as a note (session 21). Sentences written for these tests."""

from __future__ import annotations

from tests.events.test_extract import events


def _of_type(nlp, text: str, type_: str) -> list[dict]:
    return [e for e in events(nlp, text) if e["type"] == type_]


def test_a_side_that_remains_committed_to_a_truce_promises_it(nlp):
    text = (
        "Chad and Niger signed a border truce in March. "
        "Chad remains committed to the truce, its foreign minister said on Tuesday."
    )
    found = [e for e in _of_type(nlp, text, "AGREE") if "committed" in e["evidence"]]
    assert len(found) == 1
    assert found[0]["source"] == "Chad" and found[0]["target"] == "Niger"
    assert found[0]["mode"] == "promised"
    assert found[0]["evidence"].startswith("Chad remains committed")


def test_reaffirming_a_commitment_is_a_promise(nlp):
    text = "Peru reaffirmed its commitment to the 2019 border accord with Ecuador on Monday."
    found = [e for e in _of_type(nlp, text, "AGREE") if "commitment" in e["evidence"]]
    assert len(found) == 1 and found[0]["source"] == "Peru"


def test_no_commitment_when_negated_or_of_troops_or_crimes(nlp):
    texts = [
        "Chad is not committed to the truce with Niger, the minister said.",
        "Chad committed 500 troops to the mission in Niger.",
        "The report said Chad had committed abuses in Niger.",
    ]
    for text in texts:
        assert not [e for e in _of_type(nlp, text, "AGREE") if "commit" in e["evidence"]]


def test_supplies_sent_are_aid(nlp):
    text = "Thailand's foreign minister said Bangkok would send medical supplies to Myanmar."
    found = _of_type(nlp, text, "AID")
    assert len(found) == 1
    assert found[0]["source"] == "Thailand" and found[0]["target"] == "Myanmar"
    assert not _of_type(nlp, text, "AGREE")  # the act promised, not a bare promise


def test_food_delivered_is_aid_but_a_supply_line_cut_is_not(nlp):
    assert _of_type(nlp, "Qatar has sent food and tents to Sudan.", "AID")
    assert not _of_type(nlp, "Rebels cut the supply line to the town.", "AID")


def test_a_note_of_protest_sent_is_a_protest(nlp):
    text = "Tajikistan's foreign ministry has sent a note of protest to Kyrgyzstan."
    found = _of_type(nlp, text, "PROTEST")
    assert len(found) == 1 and found[0]["target"] == "Kyrgyzstan"


def test_procedure_and_belief_are_no_undertakings(nlp):
    texts = [
        '"We will raise the matter at the Security Council," the Ghanaian foreign minister said.',
        '"I will believe it when I see it," the Ghanaian foreign minister said.',
    ]
    for text in texts:
        assert not _of_type(nlp, text, "AGREE")
    text = '"We will release the prisoners on Friday," the Ghanaian foreign minister said.'
    assert _of_type(nlp, text, "AGREE") or _of_type(nlp, text, "CONCEDE")
