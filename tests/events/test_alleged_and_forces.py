"""Acts an accusation alleges, and a state's forces named by a noun alone ("the army",
"police"). Sentences written for these tests."""

from __future__ import annotations

from tests.events.test_extract import events, only


def test_the_act_an_accusation_alleges_is_an_alleged_event_by_the_accused(nlp):
    text = "The rebels accused Malian troops of burning villages near Gao in January."
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["target"] == "Malian armed forces"
    burning = only(nlp, text, "ASSAULT")
    assert (burning["source"], burning["mode"]) == ("Malian armed forces", "alleged")
    assert burning["evidence"].startswith("burning villages")


def test_a_gerund_taken_for_a_noun_and_a_passive_accusation_allege_acts_too(nlp):
    beating = only(nlp, "He accused Kenyan police of beating two drivers.", "ASSAULT")
    assert beating["mode"] == "alleged" and beating["source"] is not None
    passive = only(nlp, "The NPFL is accused of killing dozens of civilians in 1994.", "ASSAULT")
    assert (passive["source"], passive["mode"]) == ("NPFL", "alleged")


def test_an_accusation_of_words_alleges_no_act(nlp):
    text = "The minister accused the opposition of spreading lies about the talks."
    assert [e["type"] for e in events(nlp, text)] == ["ACCUSE"]


def test_the_army_is_the_articles_one_army(nlp):
    text = (
        "Sudanese troops shelled the town of Kadugli on Monday. "
        "A local monitor accused the army of targeting a market."
    )
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["target"] == "Sudanese Armed Forces"

