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


def test_a_report_starts_after_its_dateline(nlp):
    for text in (
        "GUATEMALA CITY, Oct 13 (Reuters) - Belize and Guatemala agreed on Monday to pull back.",
        "GOMA, Democratic Republic of Congo, November 13, 2025 — Belize and Guatemala agreed.",
        "ISLAMABAD — Belize and Guatemala agreed on Monday to pull back.",
    ):
        doc = nlp(text)
        first = next(t for t in doc if t.text == "Belize")
        assert first.is_sent_start, text
        assert first.sent.root.lemma_ == "agree", text  # the lead parses as its own sentence


def test_a_dateline_under_a_headline_starts_the_report_too(nlp):
    text = (
        "Fishing dispute eases\n\nBy Staff Reporter\n\n"
        "NOUAKCHOTT, May 4 (AFP) - Senegal and Mauritania agreed on Monday to free the boats."
    )
    doc = nlp(text)
    first = next(t for t in doc if t.text == "Senegal")
    assert first.is_sent_start
    assert first.sent.root.lemma_ == "agree"
