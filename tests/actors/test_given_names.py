"""The given-name table: a name opening with a given name is a person's, and tells the
person's gender to the pronouns."""

from __future__ import annotations

from parley.actors.given_names import is_given_name, name_gender
from tests.conftest import extracted as _run


def test_a_full_name_tells_its_gender_and_a_surname_alone_does_not():
    assert name_gender("Ana Rusu") == "female"
    assert name_gender("Oleg Bogdanov") == "male"
    assert name_gender("Héctor Villalva") == "male"  # accents folded
    assert name_gender("Rusu") is None


def test_place_names_and_common_words_are_not_all_given_names():
    assert is_given_name("Isatou")
    assert not is_given_name("Kabul")


def test_she_is_the_woman_her_given_name_says(nlp):
    text = (
        "Ana Rusu, the deputy prime minister, met Oleg Bogdanov in Bender on Monday. "
        "Bogdanov said the checkpoint would stay open as long as she kept her promise."
    )
    doc, ex = _run(nlp, text)
    tok = next(t for t in doc if t.text == "she")
    actor = next(a for a in ex.actors if a.id == doc._.coref.get(tok.i))
    assert actor.name == "Ana Rusu"


def test_a_name_the_ner_took_for_a_body_is_a_person(nlp):
    text = (
        "Comfort Nyemah was eleven when the fighters came to Buchanan. "
        "Nyemah told the court she had seen the convoy stop at the bridge."
    )
    _, ex = _run(nlp, text)
    nyemah = [a for a in ex.actors if "Nyemah" in a.name]
    assert [a.type for a in nyemah] == ["person"]
    assert len(nyemah[0].mentions) >= 3  # the full name, the surname, "she"
