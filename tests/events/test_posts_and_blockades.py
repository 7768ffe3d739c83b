"""Attacks on a force's posts, fire a side comes under, forces sent, roads blocked and doers of
acts told in the passive (events/finder.py, events/settle.py). Sentences written for these
tests."""

from __future__ import annotations

from tests.events.test_extract import events


def _of(nlp, text: str, type_: str) -> list[dict]:
    return [e for e in events(nlp, text) if e["type"] == type_]


def test_an_attack_on_a_police_station_is_an_assault_on_the_police(nlp):
    text = (
        "Rebels stormed a police station in Tessalit on Sunday, the Malian police said in a "
        "statement."
    )
    (attack,) = _of(nlp, text, "ASSAULT")
    assert attack["target"] is not None and "police" in attack["target"].lower()


def test_a_post_of_a_force_is_concrete_but_a_blog_post_is_not(nlp):
    assert _of(nlp, "Gunmen attacked an army post near Gao on Friday.", "ASSAULT")
    assert not _of(nlp, "Senator Tom Mills attacked a blog post by his rival.", "ASSAULT")


def test_a_participle_hung_on_a_post_is_the_attackers_act(nlp):
    text = (
        "The Chadian army said on Monday that gunmen attacked a military checkpoint near Bol, "
        "killing three soldiers."
    )
    killing = [e for e in _of(nlp, text, "ASSAULT") if e["evidence"].startswith("killing")]
    assert killing and killing[0]["source"] == "gunmen"


def test_coming_under_fire_from_a_side_is_its_attack_on_the_subject(nlp):
    text = "Nigerien troops came under fire from Malian soldiers near the border on Tuesday."
    (attack,) = _of(nlp, text, "ASSAULT")
    assert attack["target"] is not None and attack["source"] != attack["target"]


def test_coming_under_fire_from_critics_is_no_assault(nlp):
    assert not _of(
        nlp, "Mayor Jane Hale came under fire from her rivals over the budget.", "ASSAULT"
    )
    assert not _of(nlp, "The senator came under fire for his remarks on Monday.", "ASSAULT")


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


def test_a_passive_killing_takes_the_doer_its_sentence_names(nlp):
    text = "Six soldiers were killed on Friday when militants ambushed a convoy near Mopti."
    killed = [e for e in _of(nlp, text, "ASSAULT") if e["evidence"].startswith("Six soldiers")]
    assert killed and killed[0]["source"] == "militants"


def test_the_attack_told_again_is_no_second_event(nlp):
    text = (
        "Gunmen attacked a convoy near Gao on Sunday, the army said. The Malian government "
        "condemned the attack on Monday."
    )
    attacks = _of(nlp, text, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0]["record"].evidence.text.endswith("the attack")


def test_the_attack_with_nothing_told_before_is_still_an_event(nlp):
    assert _of(nlp, "The Malian government condemned the attack on Monday.", "ASSAULT")


def test_a_bare_acceptance_answers_the_last_offer_of_another_side(nlp):
    text = (
        "Kenyan mediators proposed a ten-day truce on Monday. The rebels accepted on Tuesday, "
        "their spokesman said."
    )
    (accepted,) = [e for e in _of(nlp, text, "AGREE") if "accepted" in e["evidence"]]
    assert accepted["target"] is not None and "mediators" in accepted["target"].lower()
