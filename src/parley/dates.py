"""Time expressions in an article and the calendar days they name.

Weekdays, "today", "yesterday", "N days ago" and their like are resolved by our own rules
against the publication date, with the tense of the clause choosing past or future (dateparser
resolves a bare weekday to the past only, whatever the clause says). Month-and-day expressions
("March 3", "3 March 2022") go to dateparser. Expressions that name a period rather than a day
("last week", "in 2014", "in November") keep their text and period but give no day: an event's
``date`` is never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import dateparser

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Number words as news prose writes small counts ("two days ago", "nine soldiers").
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}

# Each pattern names the kind of expression it finds; order matters (longer forms first).
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "month_day",
        re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?\b", re.I),
    ),
    (
        "day_month",
        re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?\b", re.I),
    ),
    ("weekday", re.compile(rf"\b(?:(?:last|next|this)\s+)?{_WEEKDAY}\b", re.I)),
    ("deictic", re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.I)),
    (
        "ago",
        re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})\s+days?\s+ago\b", re.I),
    ),
    (
        "relative_period",
        re.compile(
            r"\b(?:last|next|this|earlier this|later this)\s+(?:week|weekend|month|year)\b", re.I
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:in|since|by|until|last|next|this|early|late)\s+{_MONTH}(?:\s+(?:19|20)\d\d)?\b",
            re.I,
        ),
    ),
    ("year", re.compile(r"\b(?:in|since|by|until|before|after)\s+(?:19|20)\d\d\b", re.I)),
]

# The same patterns for text already in lower case.
_LOWER_PATTERNS = {kind: re.compile(pattern.pattern) for kind, pattern in PATTERNS}
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Words one of which every match of a pattern holds, in lower case (a year's, digits): a text
# with none of them is not searched with the pattern (each search reads the whole text).
NEEDS: dict[str, tuple[str, ...]] = {
    "month_day": _MONTH_STEMS,
    "day_month": _MONTH_STEMS,
    "weekday": ("day",),
    "deictic": ("today", "tonight", "yesterday", "tomorrow"),
    "ago": ("ago",),
    "relative_period": ("week", "month", "year"),
    "month": _MONTH_STEMS,
    "year": ("19", "20"),
}


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in the text: where it is and what kind it is."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class Resolved:
    """What an expression names: a day, or only a period (first and last day), or nothing."""

    day: date | None
    period: tuple[date, date] | None


def find_expressions(text: str) -> list[TimeExpression]:
    """Every time expression in ``text``, left to right, none overlapping another."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    lower = text.lower()
    # the patterns are written in lower case: searched case-sensitively in the lowered text
    # (twice as fast as ignoring case), unless lowering changed the text's length (a rare
    # letter that lowers to two), which would move the offsets
    same = len(lower) == len(text)
    for kind, pattern in PATTERNS:
        if not any(word in lower for word in NEEDS[kind]):
            continue
        matches = _LOWER_PATTERNS[kind].finditer(lower) if same else pattern.finditer(text)
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append(TimeExpression(s, e, text[s:e], kind))
    return sorted(found, key=lambda x: x.start)


@lru_cache(maxsize=1 << 14)
def holds_time(text: str) -> bool:
    """Does ``text`` (an event's evidence) hold a time expression? The events stage dates an
    act by its report only when its evidence holds none (the story reads a report's day as its
    own only when its evidence names a day: ``story.merge.told_day``)."""
    return bool(find_expressions(text))


def _weekday(word: str, published: date, future: bool) -> date:
    """The day a weekday name refers to: the nearest such day on or before publication for a
    past clause, on or after it for a future one."""
    target = WEEKDAYS.index(word)
    if future:
        return published + timedelta(days=(target - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - target) % 7)


def _month_period(month: int, year: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def resolve(expr: TimeExpression, published: date | None, future: bool) -> Resolved:
    """Resolve ``expr`` against the publication date; nothing without one."""
    if published is None:
        return Resolved(None, None)
    words = expr.text.lower().split()
    if expr.kind == "weekday":
        if words[0] == "last":
            future = False
        elif words[0] == "next":
            future = True
        day = _weekday(words[-1], published, future)
        if words[0] == "last" and day == published:
            day -= timedelta(days=7)
        return Resolved(day, None)
    if expr.kind == "deictic":
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[words[0]]
        return Resolved(published + timedelta(days=shift), None)
    if expr.kind == "ago":
        n = int(words[0]) if words[0].isdigit() else NUMBER_WORDS[words[0]]
        return Resolved(published - timedelta(days=n), None)
    if expr.kind in ("month_day", "day_month"):
        parsed = dateparser.parse(expr.text, languages=["en"], settings={"STRICT_PARSING": False})
        if parsed is None:
            return Resolved(None, None)
        if re.search(r"\b(19|20)\d\d\b", expr.text):
            return Resolved(parsed.date(), None)
        # no year written: the nearest such day before publication for a past clause, after it
        # for a future one (dateparser keeps to the current year whatever its settings say)
        return Resolved(_nearest(parsed.month, parsed.day, published, future), None)
    if expr.kind == "relative_period":
        return Resolved(None, _relative_period(words, published))
    if expr.kind == "month":
        return Resolved(None, _named_month(words, published, future))
    if expr.kind == "year":
        year = int(words[-1])
        return Resolved(None, (date(year, 1, 1), date(year, 12, 31)))
    return Resolved(None, None)


# How many days after publication a day written without its year may be in a clause told in
# the past: "agreed to withdraw by 20 February", "threatened to strike on 24 June" (the past
# verb, the day the act's, still to come) are of the weeks ahead, not of the year before. Two
# months: news writes the year of a day further back than the months around publication.
# Session 22, on the pool's dated events: a day of the following weeks read as last year's in
# a past clause was the largest class of wrong days (five of the studied half's 44).
PAST_CLAUSE_AHEAD_DAYS = 62


def _nearest(month: int, day: int, published: date, future: bool) -> date | None:
    if not future:
        for year in (published.year, published.year + 1):  # "2 January", told on 20 December
            try:
                ahead = date(year, month, day)
            except ValueError:  # 29 February in another year
                continue
            if 0 < (ahead - published).days <= PAST_CLAUSE_AHEAD_DAYS:
                return ahead
    for year in (published.year, published.year + (1 if future else -1)):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February in another year
            continue
        if (candidate >= published) if future else (candidate <= published):
            return candidate
    return None


def _relative_period(words: list[str], published: date) -> tuple[date, date]:
    unit = words[-1]
    step = {"last": -1, "next": 1}.get(words[0], 0)
    if unit in ("week", "weekend"):
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        if unit == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return _month_period(index % 12 + 1, index // 12)
    year = published.year + step
    return date(year, 1, 1), date(year, 12, 31)


def _named_month(words: list[str], published: date, future: bool) -> tuple[date, date]:
    name = next(
        w
        for w in words
        if w[:3] in {m[:3] for m in MONTHS} and w not in ("in", "since", "by", "until")
    )
    month = next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3]))
    if words[-1].isdigit():
        return _month_period(month, int(words[-1]))
    if words[0] == "last":
        future = False
    elif words[0] in ("next", "by", "until"):
        future = True
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return _month_period(month, year)
