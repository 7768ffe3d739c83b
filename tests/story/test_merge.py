"""Merging reports of one event across articles, and what the reports disagree on."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from parley.story.merge import Report, merge, told_day


def report(
    article,
    type_="CONSULT",
    source="ETH",
    target="DJI",
    day=None,
    mode="asserted",
    text="the ministers met",
    place=None,
    published=date(2026, 3, 4),
) -> Report:
    return Report(
        article=article,
        published=published,
        outlet=f"outlet {article}",
        type=type_,
        mode=mode,
        source=source,
        target=target,
        date=day,
        place=place,
        evidence={"spans": [[0, len(text)]], "text": text},
    )


SIDES = {"ETH": "ETH", "DJI": "DJI", "person:abiy": "ETH"}


def test_one_meeting_told_by_three_outlets_is_one_event_and_their_dates_disagree():
    reports = [
        report("a", day=date(2026, 3, 2)),
        report("b", day=date(2026, 3, 3), source="DJI", target="ETH"),  # named the other way
        report("c", day=date(2026, 3, 2)),
    ]
    [event] = merge(reports, SIDES)
    assert [r.article for r in event.reports] == ["a", "c", "b"]
    assert event.date == date(2026, 3, 2)
    [dates] = [d for d in event.disagreements if d["field"] == "date"]
    assert {v["value"]: v["articles"] for v in dates["values"]} == {
        "2026-03-02": ["a", "c"],
        "2026-03-03": ["b"],
    }


def test_an_official_and_their_state_are_one_side():
    reports = [report("a", type_="REQUEST"), report("b", type_="REQUEST", source="person:abiy")]
    assert len(merge(reports, SIDES)) == 1


def test_different_acts_sides_or_weeks_stay_apart():
    reports = [
        report("a", day=date(2026, 3, 2)),
        report("b", day=date(2026, 3, 20)),  # a second meeting
        report("c", type_="REQUEST"),
        report("d", type_="REQUEST", source="DJI", target="ETH"),  # a demand the other way
        report("e", type_="AGREE", mode="proposed"),
        report("f", type_="AGREE", mode="asserted"),  # an acceptance is not the proposal
    ]
    assert len(merge(reports, SIDES)) == 6


def test_a_proposal_told_weeks_later_with_no_day_of_its_own_is_a_new_proposal():
    # the mediator offered talks on the 2nd; three weeks later two papers tell a proposal of a
    # joint commission naming no day: a new proposal (of that week), not the offer again; the
    # offer told again in the week it was made is the offer
    def proposal(article: str, text: str, published: date, day=None) -> Report:
        return report(article, "AGREE", mode="proposed", text=text, published=published, day=day)

    reports = [
        proposal("a", "offered on Monday to host talks", date(2026, 3, 3), date(2026, 3, 2)),
        proposal("b", "the offer to host talks", date(2026, 3, 5)),
        proposal("c", "proposed a joint commission", date(2026, 3, 24)),
        proposal("d", "the joint commission she proposed", date(2026, 3, 25)),
    ]
    events = merge(reports, SIDES)
    assert sorted(sorted(r.article for r in e.reports) for e in events) == [
        ["a", "b"],
        ["c", "d"],
    ]


def test_answers_that_share_only_a_function_word_are_two_answers():
    # Djibouti rejected an offer and an ultimatum on the same day; "which" says nothing of
    # which answer a report tells
    day = date(2026, 3, 3)
    reports = [
        report("a", "REJECT", "DJI", "ETH", day, text="rejected the offer, which came late"),
        report("b", "REJECT", "DJI", "ETH", day, text="rejected the ultimatum, which expires"),
    ]
    assert len(merge(reports, SIDES)) == 2


def test_the_result_does_not_depend_on_the_order_reports_arrive():
    reports = [
        report("a", day=date(2026, 3, 2)),
        report("b", day=date(2026, 3, 3)),
        report("c"),
        report("d", day=date(2026, 3, 20)),
        report("e", type_="REQUEST", text="a cut of 15 percent"),
        report("f", type_="REQUEST", text="a cut of 12 percent"),
    ]
    shapes = set()
    for order in itertools.permutations(reports):
        events = merge(list(order), SIDES)
        shapes.add(tuple((e.id, tuple(r.article for r in e.reports)) for e in events))
    assert len(shapes) == 1


def test_numbers_and_modes_that_differ_are_disagreements():
    reports = [
        report("a", type_="AGREE", mode="proposed", text="proposed a cut of 15 percent"),
        report("b", type_="AGREE", mode="proposed", text="an offer of a 12 percent cut"),
    ]
    [event] = merge(reports, SIDES)
    [numbers] = event.disagreements
    assert numbers["field"] == "number"
    assert {v["value"] for v in numbers["values"]} == {15, 12}
    asserted = report("c", type_="ASSAULT", text="troops shelled the town")
    denied = report("d", type_="ASSAULT", mode="negated", text="troops did not shell the town")
    alleged = report("e", type_="ASSAULT", mode="alleged", text="troops shelled the town")
    [event] = merge([asserted, denied, alleged], SIDES)
    [modes] = event.disagreements
    assert modes["field"] == "mode"
    assert {v["value"]: v["articles"] for v in modes["values"]} == {
        "asserted": ["c", "e"],  # an allegation agrees with an assertion
        "negated": ["d"],
    }


def test_years_are_no_counts():
    r = report("a", text="the 1960 treaty and 800 prisoners")
    assert r.numbers() == [800.0]


def test_counts_of_people_read_however_the_noun_is_written():
    # an irregular plural, a noun after a word that describes it, a number of the teens
    assert report("a", text="Three people were killed at the market").numbers() == [3.0]
    assert report("a", text="detained four Belizean fishermen").numbers() == [4.0]
    assert report("a", text="the abduction of fourteen road workers").numbers() == [14.0]
    assert report("a", text="one of the guards said the gate was open").numbers() == []
    told = [
        report("a", "ASSAULT", day=date(2026, 3, 2), text="Three people were killed by shells"),
        report("b", "ASSAULT", day=date(2026, 3, 2), text="Four people were killed by shells"),
    ]
    [event] = merge(told, SIDES)
    [numbers] = [d for d in event.disagreements if d["field"] == "number"]
    assert {v["value"] for v in numbers["values"]} == {3, 4}


def test_story_events_come_in_timeline_order_undated_last():
    reports = [
        report("a", type_="REQUEST"),
        report("b", day=date(2026, 3, 9)),
        report("c", type_="REJECT", day=date(2026, 3, 1)),
    ]
    events = merge(reports, SIDES)
    assert [e.type for e in events] == ["REJECT", "CONSULT", "REQUEST"]


def test_an_official_of_unknown_state_facing_one_party_speaks_for_the_other():
    from types import SimpleNamespace

    from parley.story import sides, sides_by_counterpart

    actors = [
        SimpleNamespace(id="BOL", name="Bolivia", type="country", country="BOL"),
        SimpleNamespace(id="CHL", name="Chile", type="country", country="CHL"),
        SimpleNamespace(id="person:sosa", name="Celinda Sosa", type="person", country=None),
        SimpleNamespace(id="person:roe", name="Ann Roe", type="person", country=None),
    ]
    side = sides(actors)
    reports = [
        report("a", type_="REQUEST", source="BOL", target="CHL"),
        report("b", source="person:sosa", target="CHL"),
        report("c", type_="ACCUSE", source="person:roe", target="CHL"),
        report("d", type_="ACCUSE", source="person:roe", target="BOL"),  # faces both: unknown
    ]
    assert sides_by_counterpart(reports, actors, side) == {"person:sosa": "BOL"}


def test_outlets_telling_who_attacked_whom_the_other_way_round_disagree_on_one_event():
    reports = [
        report(
            "a",
            type_="ASSAULT",
            source="ETH",
            target="DJI",
            day=date(2026, 3, 2),
            text="Ethiopian troops shelled the Djiboutian border post",
        ),
        report(
            "b",
            type_="ASSAULT",
            source="DJI",
            target="ETH",
            day=date(2026, 3, 2),
            text="Djiboutian troops shelled the Ethiopian border post",
        ),
        report(
            "c",
            type_="ASSAULT",
            source="DJI",
            target="ETH",
            day=date(2026, 3, 20),
            text="Djiboutian troops shelled a market",
        ),  # weeks later: another event
    ]
    events = merge(reports, SIDES)
    assert len(events) == 2
    [shelling] = [e for e in events if len(e.reports) == 2]
    fields = {d["field"]: d for d in shelling.disagreements}
    assert set(fields) == {"source", "target"}
    assert {v["value"]: v["articles"] for v in fields["source"]["values"]} == {
        "ETH": ["a"],
        "DJI": ["b"],
    }


def test_a_denial_is_linked_to_what_it_denies_and_a_denied_act_stays_a_claim():
    from parley.story.merge import link_denials

    reports = [
        report(
            "a",
            type_="ASSAULT",
            source="DJI",
            target="ETH",
            day=date(2026, 3, 2),
            text="Djiboutian troops shelled an Ethiopian convoy",
            published=date(2026, 3, 3),
        ),
        report(
            "b",
            type_="REJECT",
            source="ETH",
            target="DJI",
            day=date(2026, 3, 3),
            text="Ethiopia rejected Djibouti's offer",
            published=date(2026, 3, 4),
        ),
        report(
            "c",
            type_="REJECT",
            source="DJI",
            target="ETH",
            day=date(2026, 3, 4),
            text="Djibouti denied the accusation",
            published=date(2026, 3, 5),
        ),
    ]
    events = merge(reports, SIDES)
    link_denials(events, SIDES)
    by_article = {e.reports[0].article: e for e in events}
    shelling, rejection, denial = by_article["a"], by_article["b"], by_article["c"]
    assert denial.disputes == shelling.id and shelling.disputed_by == [denial.id]
    assert shelling.mode == "alleged"
    assert rejection.disputes is None  # a rejection of an offer denies nothing


def test_a_report_that_leaves_the_doer_unnamed_joins_the_one_that_names_it():
    day = date(2026, 3, 2)
    named = report("a", "ASSAULT", "ETH", "DJI", day, text="Ethiopian troops shelled Tadjourah")
    unnamed = report("b", "ASSAULT", None, "DJI", day, text="shelling hit Tadjourah overnight")
    later = report("c", "ASSAULT", None, "DJI", date(2026, 3, 9), text="shelling hit Tadjourah")
    events = merge([named, unnamed, later], SIDES)
    assert sorted(sorted(r.article for r in e.reports) for e in events) == [["a", "b"], ["c"]]


def test_outlets_blaming_different_doers_for_one_shelling_tell_one_event():
    # each side's outlet blames another for the shelling of one port on one day: one act
    # whose doer is disputed, not three
    day = date(2026, 3, 2)
    reports = [
        report("a", "ASSAULT", "ETH", "DJI", day, text="troops shelled Tadjourah port"),
        report("b", "ASSAULT", "ERI", "DJI", day, text="gunboats shelled Tadjourah port"),
        report("c", "ASSAULT", None, "DJI", day, text="shelling hit Tadjourah port"),
    ]
    sides = {**SIDES, "ERI": "ERI"}
    [event] = merge(reports, sides)
    [doers] = [d for d in event.disagreements if d["field"] == "source"]
    assert {v["value"] for v in doers["values"]} == {"ETH", "ERI"}


def test_shellings_between_other_sides_stay_apart():
    day = date(2026, 3, 2)
    sides = {**SIDES, "ERI": "ERI", "SOM": "SOM"}
    other_sides = [
        report("a", "ASSAULT", "ETH", "DJI", day, text="troops shelled the port"),
        report("b", "ASSAULT", "ERI", "SOM", day, text="gunboats shelled the port"),
    ]
    assert len(merge(other_sides, sides)) == 2


def test_a_report_naming_no_day_tells_no_act_after_its_publication():
    # published on the 6th, "the shooting" is not the shooting of the 8th
    later = report("a", "ASSAULT", None, None, date(2026, 3, 8), text="the shooting at the post")
    told = report(
        "b", "ASSAULT", None, None, text="the shooting at the post", published=date(2026, 3, 6)
    )
    assert len(merge([later, told], SIDES)) == 2


def test_an_undated_report_weeks_later_is_a_new_demand_not_the_old_one():
    # the first demand is dated; "demanded their release" in a paper of 22 March gives no
    # day of its own and tells an act of that week, not of the 2nd
    first = report("a", "REQUEST", day=date(2026, 3, 2), text="demanded the release of the crew")
    later = [
        report(k, "REQUEST", text=text, published=date(2026, 3, 22))
        for k, text in (("b", "demanded their release"), ("c", "demanded the crew's release"))
    ]
    events = merge([first, *later], SIDES)
    assert sorted(sorted(r.article for r in e.reports) for e in events) == [["a"], ["b", "c"]]


def test_last_week_is_a_window_that_finds_the_dated_report():
    dated = report("a", "ASSAULT", day=date(2026, 3, 4), text="troops shelled the port")
    told = report(
        "b", "ASSAULT", text="troops shelled the port last week", published=date(2026, 3, 12)
    )
    [event] = merge([dated, told], SIDES)
    assert event.date == date(2026, 3, 4)


def test_a_report_of_its_own_day_that_names_only_last_week_tells_that_week():
    # the events stage dates "arrested last week" in a paper of the 18th by the paper: the
    # report names a period, not that day, so it still finds the arrests of the 11th
    dated = report("a", "COERCE", day=date(2026, 3, 11), text="soldiers arrested 17 miners")
    told = report(
        "b",
        "COERCE",
        day=date(2026, 3, 18),
        text="the 17 miners arrested last week remain in custody",
        published=date(2026, 3, 18),
    )
    [event] = merge([dated, told], SIDES)
    assert event.date == date(2026, 3, 11)


def test_a_deadline_its_report_names_is_no_day_of_the_act():
    # dated by its paper of the 22nd, the report names only the day the release was due: it
    # tells no day of its own, and finds the release told on the 18th
    dated = report(
        "a",
        "CONCEDE",
        day=date(2026, 3, 18),
        text="Djibouti freed 18 herders on Wednesday",
        published=date(2026, 3, 19),
    )
    late = report(
        "b",
        "CONCEDE",
        day=date(2026, 3, 22),
        text="Djibouti freed only 18 of the 25 herders it had promised to release by March 18",
        published=date(2026, 3, 22),
    )
    assert told_day(late) is None
    assert told_day(replace(late, evidence={"spans": [[0, 9]], "text": "on Sunday"})) == late.date
    [event] = merge([dated, late], SIDES)
    assert event.date == date(2026, 3, 18)


def test_an_undated_report_tells_the_one_day_its_own_words_name():
    # the events stage leaves "the killing of a shepherd on 8 March" undated (a day owned by
    # a noun): the report still tells the 8th, not the week before its paper of the 20th
    first = report(
        "a",
        "ASSAULT",
        day=date(2026, 3, 8),
        text="troops shot a shepherd",
        published=date(2026, 3, 9),
    )
    second = report(
        "c",
        "ASSAULT",
        day=date(2026, 3, 18),
        text="troops shot a farmer",
        published=date(2026, 3, 19),
    )
    again = report(
        "b", "ASSAULT", text="the killing of a shepherd on 8 March", published=date(2026, 3, 20)
    )
    assert told_day(again) == date(2026, 3, 8)
    events = merge([first, second, again], SIDES)
    assert sorted(sorted(r.article for r in e.reports) for e in events) == [["a", "b"], ["c"]]
    # a promise's day is when it is due: the day it was made is not the act's
    promised = report("d", "AGREE", mode="promised", text="agreed on Monday to free the herders")
    assert told_day(promised) is None


def test_shootings_a_week_apart_stay_apart_however_reports_between_link_them():
    # a shooting on the 2nd and a sniper's on the 8th; a third side's outlet tells "gunmen
    # opened fire" in papers of the 3rd and the 9th, naming no day: its two reports may tell
    # either shooting, and never make the two one event
    sides = {**SIDES, "ERI": "ERI"}
    first = report("a", "ASSAULT", "ETH", "DJI", date(2026, 3, 2), text="troops opened fire")
    second = report("d", "ASSAULT", "ETH", "DJI", date(2026, 3, 8), text="a sniper opened fire")
    between = [
        report(k, "ASSAULT", "ERI", "DJI", text="gunmen opened fire", published=day)
        for k, day in (("b", date(2026, 3, 3)), ("c", date(2026, 3, 9)))
    ]
    events = merge([first, second, *between], sides)
    assert not any({"a", "d"} <= {r.article for r in e.reports} for e in events)


def test_two_demands_of_one_week_are_told_apart_by_what_they_ask():
    reports = [
        report("a", "REQUEST", text="demanded that Djibouti pull its gunboats out of the strait"),
        report("b", "REQUEST", text="asked Djibouti to withdraw its gunboats from the strait"),
        report("c", "REQUEST", text="demanded that Djibouti stop issuing fishing licences"),
    ]
    events = merge(reports, SIDES, names=frozenset({"djibo"}))  # names tell no act apart
    assert sorted(sorted(r.article for r in e.reports) for e in events) == [["a", "b"], ["c"]]


def test_a_states_navy_and_ministries_act_for_it_but_its_parliament_does_not():
    from parley.model import Actor
    from parley.story import sides

    actors = [
        Actor("ETH", "Ethiopia", "country", "ETH"),
        Actor("ETH-MIL", "Ethiopian National Defense Force", "military", "ETH"),
        Actor("organization:coast-guard", "Coast Guard", "organization", "ETH"),
        Actor("organization:ministry", "Ministry of Foreign Affairs", "organization", "ETH"),
        Actor("organization:parliament", "Parliament", "organization", "ETH"),
        Actor("ETH-TPLF", "Tigray People's Liberation Front", "group", "ETH"),
        Actor("organization:border-service", "Border Service", "organization", "ETH"),
        Actor("group:eth-armed-forces", "Ethiopian Armed Forces", "group", "ETH"),
    ]
    side = sides(actors)
    assert {a.id for a in actors if side[a.id] == "ETH"} == {
        "ETH",
        "ETH-MIL",
        "organization:coast-guard",
        "organization:ministry",
        "organization:border-service",
        "group:eth-armed-forces",
    }


def test_demands_worded_with_synonyms_are_one_and_meetings_of_one_sides_officials_stay_apart():
    freed = report("a", "REQUEST", text="demanded that Djibouti free the crew")
    released = report("b", "REQUEST", text="demanded the release of the crew")
    assert len(merge([freed, released], SIDES, names=frozenset({"djibo"}))) == 1
    # an envoy and two ministers a report puts on one side: who met tells the meetings apart
    side = {**SIDES, "person:envoy": "ETH", "person:minister": "ETH", "person:deputy": "ETH"}
    day = date(2026, 3, 2)
    meetings = [
        report("c", source="person:envoy", target="person:minister", day=day),
        report("d", source="person:envoy", target="person:deputy", day=day),
    ]
    assert len(merge(meetings, side)) == 2


def test_outlets_that_inflect_the_act_differently_still_tell_one_shooting_both_ways_round():
    day = date(2026, 3, 2)
    ours = report("a", "ASSAULT", "ETH", "DJI", day, text="a gunboat fired on our patrol boats")
    theirs = report("b", "ASSAULT", "DJI", "ETH", day, text="their boat opened fire on a patrol")
    [event] = merge([ours, theirs], SIDES)
    assert {d["field"] for d in event.disagreements} == {"source", "target"}


def test_a_report_naming_no_side_or_a_described_doer_joins_the_one_naming_both():
    day = date(2026, 5, 11)
    named = report(
        "a", "ASSAULT", "ETH", "DJI", day, text="Ethiopian artillery shelled the Obock ferry pier"
    )
    sideless = report("b", "ASSAULT", None, None, day, text="shells hit the Obock ferry pier")
    described = report(
        "c", "ASSAULT", "unnamed:gunners:c1", "DJI", day, text="gunners shelled the ferry pier"
    )
    [event] = merge([named, sideless, described], SIDES)
    assert sorted(r.article for r in event.reports) == ["a", "b", "c"]
    assert (event.source, event.target) == ("ETH", "DJI")


def test_an_act_an_article_names_again_without_its_sides_joins_the_act_it_names():
    day = date(2026, 5, 11)
    named = report(
        "a", "ASSAULT", "ETH", "DJI", day, text="Ethiopian artillery shelled the Obock ferry pier"
    )
    again = replace(
        report("a", "ASSAULT", None, None, day, text="the shelling of the ferry pier"), idx=1
    )
    other = report("b", "ASSAULT", None, None, day, text="shells hit the Obock ferry pier")
    [event] = merge([named, again, other], SIDES)
    assert sorted((r.article, r.idx) for r in event.reports) == [("a", 0), ("a", 1), ("b", 0)]
    assert (event.source, event.target) == ("ETH", "DJI")


def test_two_sides_accepting_one_invitation_are_two_acceptances():
    side = {**SIDES, "KEN": "KEN"}
    day = date(2026, 5, 12)
    ethiopia = report(
        "a", "AGREE", "ETH", "KEN", day, text="accepted Nairobi's invitation to talks"
    )
    djibouti = report("b", "AGREE", "DJI", "KEN", day, text="accepted the invitation to talks")
    assert len(merge([ethiopia, djibouti], side)) == 2


def test_an_act_told_as_still_to_come_does_not_join_the_act_done():
    day = date(2026, 5, 20)
    to_come = report(
        "a",
        "RETREAT",
        "unnamed:rebels:r1",
        "DJI",
        day,
        mode="hypothetical",
        text="the rebels will free the nine captured dockworkers in an exchange",
    )
    done = report(
        "b", "RETREAT", "ETH", "DJI", day, text="freed the nine captured dockworkers in an exchange"
    )
    assert len(merge([to_come, done], SIDES)) == 2


def test_an_act_to_come_told_without_a_day_is_not_bound_to_the_week_before_it_was_told():
    # "will free ... within five days" (no day: dated by its paper of the 21st) and "will
    # release ... no later than Wednesday" (the 25th) tell one act to come, whoever they name
    sides = {**SIDES, "group:rebels": "group:rebels", "unnamed:workers:w1": "unnamed:workers:w1"}
    undated = report(
        "a", "CONCEDE", "group:rebels", "DJI", date(2029, 9, 21), mode="hypothetical",
        text="the rebels will free the two engineers and four workers within five days",
        published=date(2029, 9, 21),
    )  # fmt: skip
    by_wednesday = report(
        "b", "CONCEDE", "group:rebels", "unnamed:workers:w1", date(2029, 9, 25),
        mode="hypothetical", published=date(2029, 9, 21),
        text="the rebels will release the two engineers and four workers by Wednesday",
    )  # fmt: skip
    [event] = merge([undated, by_wednesday], sides)
    assert {r.article for r in event.reports} == {"a", "b"}
    # an act to come with no day joins no act done, even the only one of its sides
    done = report("c", "RETREAT", "ETH", "DJI", date(2029, 9, 24), text="withdrew its boats")
    would = report(
        "d", "RETREAT", "ETH", "DJI", date(2029, 9, 20), mode="hypothetical",
        text="the boats would pull back", published=date(2029, 9, 20),
    )  # fmt: skip
    assert len(merge([done, would], SIDES)) == 2


def test_two_outlets_telling_one_killing_of_described_victims_tell_one_event():
    # each article describes the victims its own way ("six people", "five civilians"): the
    # descriptions are no sides, so the killing of one day is one story event
    def told(article: str, target: str, text: str) -> Report:
        return Report(
            article=article, published=date(2027, 5, 4), outlet=article, type="ASSAULT",
            mode="asserted", source=None, target=target, date=date(2027, 5, 3), place=None,
            evidence={"spans": [[0, len(text)]], "text": text},
        )  # fmt: skip

    reports = [
        told("a1", "unnamed:people:a1", "six people were killed at the border post"),
        told("a2", "unnamed:civilians:a2", "five civilians were killed at the border post"),
    ]
    side = {r.target: r.target for r in reports}
    assert len(merge(reports, side)) == 1


def test_a_day_read_from_the_lead_neither_splits_nor_disputes_an_event():
    # "b" dates the meeting by its lead's Monday (the events stage's guess); "a" and "c" tell
    # their own days: one meeting, and the lead's day is no disagreement
    from parley.model import FROM_LEAD

    reports = [
        report("a", day=date(2026, 3, 3)),
        replace(report("b", day=date(2026, 3, 1)), date_basis=FROM_LEAD),
        report("c", day=date(2026, 3, 3)),
    ]
    [event] = merge(reports, SIDES)
    assert event.date == date(2026, 3, 3)
    assert not [d for d in event.disagreements if d["field"] == "date"]


def test_a_kidnapping_typed_as_an_assault_and_as_a_seizure_is_one_event():
    # one outlet "kidnapped" (ASSAULT), another "seized" (COERCE): both tell the workers taken
    day = date(2029, 6, 2)
    sides = {**SIDES, "group:rebels": "group:rebels"}
    reports = [
        report("a", "ASSAULT", "group:rebels", None, day, text="rebels kidnapped nine workers"),
        report("b", "COERCE", "group:rebels", "DJI", day, text="the rebels seized nine workers"),
    ]
    [event] = merge(reports, sides)
    assert {r.article for r in event.reports} == {"a", "b"}
    assert not [d for d in event.disagreements if d["field"] == "type"]


def test_a_closure_and_a_detention_of_the_same_sides_and_days_are_two_events():
    # both COERCE, Djibouti's against Ethiopia's on the 2nd, sharing words ("the crossing"):
    # closing the crossing is not detaining the drivers
    day = date(2029, 6, 2)
    reports = [
        replace(
            report("a", "COERCE", "DJI", "ETH", day, text="closed the crossing to all trucks"),
            subtype="ban",
        ),
        replace(
            report("b", "COERCE", "DJI", "ETH", day, text="detained drivers at the crossing"),
            subtype="arrest",
        ),
        replace(
            report("c", "COERCE", "DJI", "ETH", day, text="the drivers seized at the crossing"),
            subtype="seize",
        ),
        report("d", "COERCE", "DJI", "ETH", day, text="the crackdown at the crossing"),
    ]
    events = merge(reports, SIDES)
    assert sorted(sorted(r.article for r in e.reports) for e in events) == [
        ["a"],
        ["b", "c", "d"],
    ]


def test_arrests_made_during_a_shooting_stay_apart_from_the_shooting():
    # the detention shares the shooting's words ("the clash") but tells nobody taken by it
    day = date(2029, 6, 2)
    reports = [
        report("a", "ASSAULT", "ETH", "DJI", day, text="troops opened fire in the clash"),
        report("b", "COERCE", "DJI", "ETH", day, text="detained six men who crossed in the clash"),
    ]
    assert len(merge(reports, SIDES)) == 2


def test_a_report_with_no_day_of_its_own_joins_the_group_of_its_soft_day():
    # a situation update of the 6th tells the shooting its paragraph dates on the 2nd and a
    # blast of its own day (the 5th), naming no side: the shooting joins the shooting's group
    from parley.model import FROM_PARAGRAPH

    published = date(2028, 3, 6)

    def told(article: str, text: str, day: date, soft: bool = False) -> Report:
        r = report(article, "ASSAULT", None, None, day, text=text, published=published)
        return replace(r, date_basis=FROM_PARAGRAPH if soft else None)

    reports = [
        told("a", "shooting at the border posts killed five", date(2028, 3, 2)),
        told("b", "the blast destroyed the fuel depot", date(2028, 3, 5)),
        told("c", "shooting between the border posts", date(2028, 3, 2), soft=True),
    ]
    events = merge(reports, {})
    together = next(e for e in events if any(r.article == "c" for r in e.reports))
    assert {r.article for r in together.reports} == {"a", "c"}


def test_a_day_named_in_the_acts_own_sentence_is_the_acts_day():
    # "on 3 March ... three citizens were killed", told on the 14th: the 3rd is the act's day,
    # so the report joins the killing of the 3rd, not the shooting of the 13th it shares words
    # with
    from parley.model import FROM_SENTENCE

    published = date(2028, 3, 14)
    reports = [
        report("a", "ASSAULT", None, None, date(2028, 3, 3), text="three people were killed"),
        report("b", "ASSAULT", None, None, date(2028, 3, 13), text="three citizens were killed"),
        replace(
            report("c", "ASSAULT", None, None, date(2028, 3, 3), "three citizens were killed"),
            published=published,
            date_basis=FROM_SENTENCE,
        ),
    ]
    together = next(e for e in merge(reports, {}) if any(r.article == "c" for r in e.reports))
    assert {r.article for r in together.reports} == {"a", "c"}


def test_a_border_closed_days_after_a_seizure_is_not_the_seizure():
    # two coercions by one side of the other within the date slack, told apart by what they
    # did; reports of the seizure worded differently stay one event
    reports = [
        report(
            "a", "COERCE", "ETH", "DJI", date(2029, 5, 1), text="seized a survey ship and its crew"
        ),
        report(
            "b", "COERCE", "ETH", "DJI", date(2029, 5, 1), text="the survey ship's crew arrested"
        ),
        report("c", "COERCE", "ETH", "DJI", date(2029, 5, 3), text="closed the Galafi crossing"),
    ]
    events = merge(reports, SIDES)
    assert sorted(sorted(r.article for r in e.reports) for e in events) == [["a", "b"], ["c"]]
