"""A blank line ends a sentence even where the parser would run on."""

from __future__ import annotations


def test_heading_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp(
        "Ceasefire talks resume in Doha\n\nMediators from Qatar met both delegations on Sunday."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Ceasefire talks resume in Doha"
    assert sents[-1].startswith("Mediators from Qatar")


def test_a_sentence_starts_only_after_a_mark_that_can_end_one(nlp):
    text = (
        "Mahmoud told rebel backers Saturday night that the army has “taken every hit they’ve "
        "thrown, and it’s still standing.” Then the mediators left."
    )
    sents = [s.text for s in nlp(text).sents]
    # Left to itself the parser ends a sentence after "backers"; the reporting verb stays
    # with its clause.
    assert sents == [
        "Mahmoud told rebel backers Saturday night that the army has “taken every hit they’ve "
        "thrown, and it’s still standing.”",
        "Then the mediators left.",
    ]
