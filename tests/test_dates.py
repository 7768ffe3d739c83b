"""Time expressions resolved against the publication date, with tense choosing the direction."""

from __future__ import annotations

from datetime import date

import pytest

from parley.dates import find_expressions, resolve

MONDAY = date(2022, 3, 7)  # a Monday


def day(text: str, published: date = MONDAY, future: bool = False) -> date | None:
    (expr,) = find_expressions(text)
    return resolve(expr, published, future).day


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("on Monday", False, date(2022, 3, 7)),  # the day of publication itself
        ("on Sunday", False, date(2022, 3, 6)),
        ("on Tuesday", False, date(2022, 3, 1)),  # past tense: the Tuesday before
        ("on Tuesday", True, date(2022, 3, 8)),  # future tense: the Tuesday after
        ("last Monday", False, date(2022, 2, 28)),
        ("next Friday", False, date(2022, 3, 11)),
        ("yesterday", False, date(2022, 3, 6)),
        ("tomorrow", True, date(2022, 3, 8)),
        ("three days ago", False, date(2022, 3, 4)),
    ],
)
def test_relative_days(text, future, expected):
    assert day(text, future=future) == expected


def test_month_and_day_in_either_order_and_with_a_year():
    assert day("on March 3") == date(2022, 3, 3)
    assert day("on 3 March 2021") == date(2021, 3, 3)
    assert day("on December 30", published=date(2023, 1, 2)) == date(2022, 12, 30)


@pytest.mark.parametrize("text", ["last week", "in 2014", "in November", "next month"])
def test_periods_keep_their_span_but_give_no_day(text):
    (expr,) = find_expressions(text)
    resolved = resolve(expr, MONDAY, future=False)
    assert resolved.day is None
    start, end = resolved.period
    assert start <= end


def test_last_week_is_the_calendar_week_before_publication():
    (expr,) = find_expressions("last week")
    assert resolve(expr, MONDAY, False).period == (date(2022, 2, 28), date(2022, 3, 6))


def test_no_publication_date_means_no_day():
    (expr,) = find_expressions("on Monday")
    assert resolve(expr, None, False).day is None


def test_expressions_are_found_once_each_in_text_order():
    found = find_expressions("Talks held on Monday in Geneva will resume on March 14, 2022.")
    assert [e.text for e in found] == ["Monday", "March 14, 2022"]


def test_a_day_without_a_year_is_the_nearest_in_the_clause_s_direction():
    assert day("by 15 September", published=date(2026, 9, 10), future=True) == date(2026, 9, 15)
    assert day("by 5 January", published=date(2026, 12, 20), future=True) == date(2027, 1, 5)
    assert day("on 20 December", published=date(2027, 1, 3)) == date(2026, 12, 20)


def test_a_day_weeks_ahead_told_in_a_past_clause_is_of_the_weeks_ahead():
    # "threatened to strike on 24 June", told on 12 June: the day to come, not a year before
    assert day("on 24 June", published=date(2026, 6, 12)) == date(2026, 6, 24)
    assert day("by 2 January", published=date(2026, 12, 20)) == date(2027, 1, 2)
    # months ahead in a past clause is the year before ("the war began on 10 July")
    assert day("on 10 July", published=date(2027, 2, 1)) == date(2026, 7, 10)
