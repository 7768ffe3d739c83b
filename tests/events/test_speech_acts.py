"""Events from what a side says it will do (issue 20 item 1): its own promises and refusals."""

from __future__ import annotations

from tests.events.test_extract import events


def test_a_side_saying_it_will_act_makes_a_promise_by_that_side(nlp):
    text = (
        "Liberia's government would pay for a police escort for every witness, "
        "Liberian justice minister Kou Freeman said on Tuesday."
    )
    promises = [e for e in events(nlp, text) if e["type"] == "AGREE"]
    assert [(e["source"], e["mode"]) for e in promises] == [("Liberia", "promised")]
    assert promises[0]["attribution"] is not None
    assert "would pay for a police escort" in promises[0]["evidence"]


def test_a_side_saying_it_will_not_act_makes_a_refusal(nlp):
    text = "Russian foreign minister Sergei Lavrov said Russia would not leave Transnistria."
    refusals = [e for e in events(nlp, text) if e["type"] == "REJECT"]
    assert [e["source"] for e in refusals] == ["Russia"]
    assert refusals[0]["attribution"] is not None


def test_a_prediction_about_the_other_side_is_no_undertaking(nlp):
    text = "Russian foreign minister Sergei Lavrov said Ukraine would lose the war."
    assert not [e for e in events(nlp, text) if e["type"] in ("AGREE", "REJECT")]


def test_a_reported_threat_in_the_passive_is_not_the_reporters_own(nlp):
    text = "Amnesty International said two witnesses in Harper had been threatened in May."
    threats = [e for e in events(nlp, text) if e["type"] == "THREATEN"]
    assert all(e["source"] != "Amnesty International" for e in threats)
