"""Acts told with no time of their own take the day the article's lead gives its news (news
writing's lead: who, what, where, when), marked so the story reads it as soft. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from parley.model import FROM_LEAD, FROM_REPORT
from tests.events.test_extract import events, only

# published Monday 6 May 2024 (``test_extract.PUBLISHED``)
WIRE = (
    "GAO, May 6 (Sahel Wire) - Gunmen attacked an army post near Gao on Saturday, killing "
    "four soldiers, officials said.\n\n"
    "The post guards the road to Kidal. Troops detained twelve men in a nearby village."
)


def test_an_act_with_no_time_of_its_own_takes_the_day_of_the_lead(nlp):
    detention = only(nlp, WIRE, "COERCE")
    assert detention["date"] == date(2024, 5, 4)
    assert detention["record"].date_basis == FROM_LEAD
    assert detention["record"].to_json()["date_basis"] == "lead"


def test_the_datelines_own_day_is_not_the_lead(nlp):
    text = (
        "GAO, May 6 (Sahel Wire) - Troops detained twelve men near Gao, officials said.\n\n"
        "Gunmen attacked an army post."
    )
    for event in events(nlp, text):
        assert event["record"].date_basis is None
        assert event["date"] in (None, date(2024, 5, 6))


def test_an_act_told_in_the_present_perfect_is_the_reports_own_news(nlp):
    text = WIRE + " The mediator has met both delegations."
    meeting = only(nlp, text, "CONSULT")
    assert meeting["date"] == date(2024, 5, 6)
    assert meeting["record"].date_basis is None


def test_a_lead_day_weeks_before_publication_dates_nothing(nlp):
    text = (
        "Gunmen attacked an army post near Gao on April 2, killing four soldiers.\n\n"
        "The post guards the road to Kidal. Troops detained twelve men in a nearby village."
    )
    detention = only(nlp, text, "COERCE")
    assert detention["date"] == date(2024, 5, 6)
    assert detention["record"].date_basis is None


def test_an_act_with_no_time_of_its_own_takes_the_day_its_paragraph_names(nlp):
    text = (
        "Reporters waited outside the hotel in Luanda on Wednesday. "
        "The rebel delegation rejected the government's demand."
    )
    refusal = only(nlp, text, "REJECT")
    assert refusal["date"] == date(2024, 5, 1)
    assert refusal["record"].date_basis == "paragraph"


def test_a_day_still_to_come_dates_no_act_told_as_done(nlp):
    text = (
        "The next round is scheduled for Thursday in Luanda. "
        "The rebel delegation rejected the government's demand."
    )
    refusal = only(nlp, text, "REJECT")
    assert refusal["date"] == date(2024, 5, 6)
    assert refusal["record"].date_basis is None


def test_a_day_named_before_the_act_in_its_own_sentence_is_marked_as_the_sentences(nlp):
    from parley.model import FROM_SENTENCE

    text = (
        "Talks on the dam resumed in Almaty on Friday.\n\n"
        "Let us recall that on 29 April, as a result of an armed provocation at the dam, "
        "three farmers were killed."
    )
    killing = only(nlp, text, "ASSAULT")
    assert killing["date"] == date(2024, 4, 29)
    assert killing["record"].date_basis == FROM_SENTENCE


def test_a_day_that_times_a_noun_leaves_the_act_to_the_report(nlp):
    # the day belongs to the deadline, not to the rejection: the report's day, marked so
    text = "Guatemala has rejected the 48-hour deadline for their release, which expired on Friday."
    rejection = only(nlp, text, "REJECT")
    assert rejection["date"] == date(2024, 5, 6)
    assert rejection["record"].date_basis == FROM_REPORT
    # a day of the act's own clause still leaves it undated by the report
    own = "Guatemala rejected on Friday the deadline for their release."
    assert only(nlp, own, "REJECT")["date"] == date(2024, 5, 3)
