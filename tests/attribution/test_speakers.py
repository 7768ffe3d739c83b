"""Who a source phrase stands for (``attribution/speakers.py``), through the whole pipeline."""

from __future__ import annotations

from tests.conftest import extracted


def test_one_of_them_is_one_of_the_described_group(nlp):
    text = (
        "Two diplomats familiar with the talks said the envoy had put forward a plan. "
        "Kosovo would send a draft statute to its court. "
        "One of them said the Serbian side had not said no."
    )
    _, ex = extracted(nlp, text)
    last = max(ex.attributions, key=lambda a: a.content.pieces[0][0])
    actor = next(a for a in ex.actors if a.id == last.source_actor)
    assert "diplomats" in actor.name


def test_he_who_speaks_after_a_woman_is_not_her(nlp):
    text = (
        "“We will not sign a truce that freezes an occupation,” said Mariam Diallo, who leads "
        "the government delegation. The rebels’ spokesman, Ousmane Keita, rejected the demand. "
        "In a statement on Wednesday, he said the movement would never withdraw."
    )
    _, ex = extracted(nlp, text)
    last = max(ex.attributions, key=lambda a: a.content.pieces[0][0])
    assert last.source_actor == "person:ousmane-keita"


def test_it_that_speaks_after_a_body_is_that_body(nlp):
    text = (
        "Hezbollah fighters fired rockets at two towns overnight, the United Nations Interim "
        "Force in Lebanon said. It said its peacekeepers had not been hit."
    )
    _, ex = extracted(nlp, text)
    first, last = sorted(ex.attributions, key=lambda a: a.content.pieces[0][0])
    assert last.source.text == "It"
    assert last.source_actor is not None and last.source_actor == first.source_actor
