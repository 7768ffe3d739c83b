"""Whom an event's clause names as its doer and its target: first-person pronouns, pronouns
bound in their clause, and clauses that point back at an earlier act. Sentences written for
these tests."""

from __future__ import annotations

from tests.events.test_extract import events


def _one(nlp, text: str, type_: str, evidence: str) -> dict:
    hits = [e for e in events(nlp, text) if e["type"] == type_ and evidence in e["evidence"]]
    assert len(hits) == 1, hits
    return hits[0]


def test_we_in_an_officials_quote_is_the_state_they_speak_for(nlp):
    text = (
        'Armenia proposed new talks on Monday. "We rejected that proposal," Azerbaijan\'s '
        "foreign minister Jeyhun Bayramov said."
    )
    rejection = _one(nlp, text, "REJECT", "We rejected")
    assert (rejection["source"], rejection["target"]) == ("Azerbaijan", "Armenia")


def test_me_in_a_quote_is_the_speaker(nlp):
    text = (
        'Colonel Arturo Vega met the mayor in Tacna on Monday. "He promised me the prisoners '
        'would be freed," mayor Lucia Paredes said.'
    )
    promise = _one(nlp, text, "AGREE", "promised me")
    assert (promise["source"], promise["target"]) == ("Arturo Vega", "Lucia Paredes")


# two main parties told first, so that the fallback to the other party is not the answer
_PARTIES = (
    "Mali and the Azawad Liberation Front met in Kidal on Monday. The Azawad Liberation Front "
    "said it would keep its positions, and Mali said its army would stay. The Azawad "
    "Liberation Front asked for guarantees. "
)


def test_rejecting_that_answers_the_last_proposal_of_another_side(nlp):
    text = _PARTIES + "Algeria proposed a truce on Tuesday. Mali rejected that on Wednesday."
    rejection = _one(nlp, text, "REJECT", "rejected that")
    assert (rejection["source"], rejection["target"]) == ("Mali", "Algeria")


def test_rejecting_an_account_answers_whoever_gave_it(nlp):
    text = _PARTIES + (
        "Niger's foreign minister Bakary Seydou said Malian troops had shelled a market. "
        "Mali rejected that account."
    )
    rejection = _one(nlp, text, "REJECT", "rejected that account")
    assert rejection["source"] == "Mali"
    assert rejection["target"] in ("Bakary Seydou", "Niger")


def test_a_demand_for_their_release_is_aimed_at_whoever_holds_them(nlp):
    text = (
        "The Bani Front attacked an army convoy near Djenne on Sunday. The Bani Front said it "
        "had killed six soldiers and the Bani Front would fight on. Malian troops detained "
        "fourteen men in the village of Sama on Monday. "
        "Their relatives demanded their immediate release."
    )
    demand = _one(nlp, text, "REQUEST", "demanded their immediate release")
    assert demand["target"] == "Malian armed forces"


def test_a_demand_for_people_named_anew_looks_for_no_captor(nlp):
    # "12 fighters" are not the engineers told of before: not the kidnappers' to free
    text = (
        "Gunmen from the Sahel Front seized two Italian engineers near Menaka on Monday. "
        "The Sahel Front demanded the release of 12 fighters held in Nigerien prisons."
    )
    demand = _one(nlp, text, "REQUEST", "demanded the release of 12 fighters")
    assert demand["target"] != "Sahel Front"
