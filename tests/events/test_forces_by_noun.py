"""A state's forces named by a noun alone ("the army", "police"): the article's one army or
police force. Sentences written for these tests."""

from __future__ import annotations

from tests.events.test_extract import only


def test_the_army_is_the_articles_one_army(nlp):
    text = (
        "Sudanese troops shelled the town of Kadugli on Monday. "
        "A local monitor accused the army of targeting a market."
    )
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["target"] == "Sudanese Armed Forces"


def test_the_police_are_the_articles_police_not_its_army(nlp):
    text = (
        "Kenyan police fired tear gas at marchers in Nairobi on Monday while Kenyan soldiers "
        "guarded the airport. Amnesty International accused the police of firing live rounds."
    )
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["target"] is not None and "police" in accusation["target"].lower()
