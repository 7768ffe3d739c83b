"""A blank line ends a sentence even where the parser would run on."""

from __future__ import annotations


def test_heading_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp(
        "Ceasefire talks resume in Doha\n\nMediators from Qatar met both delegations on Sunday."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Ceasefire talks resume in Doha"
    assert sents[-1].startswith("Mediators from Qatar")
