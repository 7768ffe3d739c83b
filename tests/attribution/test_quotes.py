"""Quotation spans for every mark style news uses."""

from __future__ import annotations

from parley.attribution.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quotes(text)]


def test_straight_curly_guillemet_and_low_high_marks():
    text = (
        'He said "we will stay". She said “we will go”. A third said « nous restons ». '
        "A fourth said „wir bleiben“."
    )
    assert quoted(text) == ['"we will stay"', "“we will go”", "« nous restons »", "„wir bleiben“"]


def test_mixed_closing_mark_still_closes():
    text = 'Hostilities “will stop in a moment," Peskov stated.'
    assert quoted(text) == ['“will stop in a moment,"']


def test_single_quotes_inside_double_stay_inside_and_apostrophes_are_not_quotes():
    text = "“They told us ‘go home’ and we didn’t,” the farmer said. It’s Kyiv’s view."
    assert quoted(text) == ["“They told us ‘go home’ and we didn’t,”"]


def test_single_quotes_at_top_level():
    text = "The minister called the plan ‘a trap for the unwary’ on Monday."
    assert quoted(text) == ["‘a trap for the unwary’"]


def test_quotation_over_several_paragraphs_with_repeated_opening_mark():
    text = (
        "The envoy said: “We came in good faith.\n\n"
        "“We leave with nothing but promises.”\n\nTalks ended."
    )
    [quote] = quoted(text)
    assert quote.startswith("“We came") and quote.endswith("promises.”")


def test_unclosed_quotation_ends_at_the_paragraph():
    text = "He said “we will see\n\nThen he left. “Later,” she said."
    assert quoted(text) == ["“Later,”"]


def test_doubled_marks_of_archive_text_are_double_quotes():
    text = "''We will stay,'' the mayor said. He added, ``Nobody leaves.'' It's Bob's."
    assert [text[s:e] for s, e in find_quotes(text)] == ["''We will stay,''", "``Nobody leaves.''"]


def test_quote_marks_inside_markup_left_in_the_text_quote_nothing():
    text = '<tweet author="Envoy" id="12">We will return</tweet>. He said "the talks go on".'
    assert [text[s:e] for s, e in find_quotes(text)] == ['"the talks go on"']
