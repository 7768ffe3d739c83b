"""Members named by their body, requests not made, conditionals that offer nothing, threats of
revenge and refused truces (events/finder.py, events/settle.py; session 24). Sentences written
for these tests."""

from __future__ import annotations

from tests.events.test_extract import events


def _of(nlp, text: str, type_: str) -> list[dict]:
    return [e for e in events(nlp, text) if e["type"] == type_]


def test_members_of_a_named_group_stand_for_the_group(nlp):
    text = "Ethiopian troops killed 46 members of the Fano militia near Gondar on Sunday."
    (killed,) = _of(nlp, text, "ASSAULT")
    assert killed["target"] is not None and "Fano" in killed["target"]
    # a description with no named body stays itself
    text = "Police arrested eleven men from the village on Monday."
    (arrest,) = _of(nlp, text, "COERCE")
    assert arrest["target"] is not None and "men" in arrest["target"].lower()


def test_a_wish_not_to_be_named_is_no_request(nlp):
    for text in (
        "A police officer in the town, asking not to be named, said two men were arrested.",
        "A farmer, who asked us not to use his name, said the soldiers left at dawn.",
        "Two officials asked that their names not be used.",
    ):
        assert not _of(nlp, text, "REQUEST"), text
    assert _of(nlp, "Kenya asked Uganda to withdraw its troops.", "REQUEST")


def test_a_request_denied_of_both_sides_is_no_event(nlp):
    assert not _of(nlp, "Neither side wants a war, the minister said.", "REQUEST")
    assert _of(nlp, "Egypt wants a new ceasefire on the coast, diplomats said.", "REQUEST")


def test_a_conditional_statement_or_order_offers_nothing(nlp):
    speaker = "said Felix Tanyi, a spokesman for the Ambazonia Interim Council."
    for said in (
        "If Yaounde rejects it, the war continues",
        "If the governor has proof, charge him",
    ):
        assert not _of(nlp, f'"{said}," {speaker}', "AGREE"), said
    offer = (
        '"The remaining flights would take off on Thursday if the weather allowed," said '
        "Daphne Marchetti, a spokeswoman for the International Committee of the Red Cross."
    )
    (agreed,) = _of(nlp, offer, "AGREE")
    assert agreed["mode"] == "conditional"


def test_revenge_and_self_defence_are_threats(nlp):
    (vowed,) = _of(nlp, "The group vowed to take revenge on the Americans.", "THREATEN")
    assert vowed["mode"] == "promised"
    text = (
        '"We will defend ourselves," said Jhon Cuellar, a commander of the Frente Comunero del Sur.'
    )
    assert _of(nlp, text, "THREATEN") and not _of(nlp, text, "AGREE")


def test_a_truce_a_side_will_not_sign_is_a_refusal(nlp):
    text = '"We will not sign a truce that freezes an occupation," the Congolese minister said.'
    assert _of(nlp, text, "REJECT")
    assert not _of(nlp, text, "AGREE")
