"""The negotiation state as an analyst reads it: who the parties and mediators are, and what
is no acceptance and no statement (issue 20). Articles written for these tests."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from parley.story.merge import Report, StoryEvent
from parley.story.negotiation import (
    Article,
    NegotiationView,
    Sentences,
    fulfilments,
    item_of,
    negotiation_plan,
    promise_status,
    tracks_promise,
)
from tests.conftest import parley

ARTICLES = [
    {
        "id": "s1",
        "published": "2026-05-08",
        "outlet": "Gulf Wire",
        "text": "JEDDAH, May 8 (GW) - Sudan's army and the Rapid Support Forces failed to agree "
        "on a ceasefire at talks hosted by Saudi Arabia in Jeddah on Tuesday, officials said. "
        "The army demanded that the Rapid Support Forces leave the hospitals of Khartoum. "
        "The Rapid Support Forces rejected the demand on Wednesday. Washington and Riyadh "
        "proposed a seven-day truce on Wednesday.",
    },
    {
        "id": "s2",
        "published": "2026-05-09",
        "outlet": "Nile Courier",
        "text": "The Rapid Support Forces said on Thursday they had signed nothing with Sudan's "
        "army. Sudan's army agreed to open two corridors for aid by Saturday. The army did "
        "not respond to a request for comment on the talks.",
    },
]


def story_of(tmp_path) -> dict:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    db, out = tmp_path / "story.sqlite", tmp_path / "STORY.json"
    assert parley("run", str(path), "--db", str(db)).returncode == 0
    assert parley("story", "--db", str(db), "-o", str(out)).returncode == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_talks_that_failed_are_no_acceptance_and_co_proposers_mediate(tmp_path):
    story = story_of(tmp_path)
    [talks] = story["negotiations"]  # the host and the co-mediators are no pair of their own
    assert set(talks["parties"]) == {"SDN", "SDN-RSF"}
    assert {"USA", "SAU"} <= set(talks["mediators"])
    items = talks["items"]
    # "failed to agree" and "had signed nothing" accept nothing
    assert not [i for i in items if i["kind"] == "accepted"], items
    kinds = sorted(i["kind"] for i in items)
    assert kinds == ["commitment", "demand", "proposal", "rejected"], items
    [corridors] = [i for i in items if i["kind"] == "commitment"]
    assert corridors["deadline"] == "2026-05-09"  # "by Saturday", from Thursday's agreement
    # "did not respond to a request for comment" is no statement of any kind
    told = [r["evidence"]["text"] for e in story["events"] for r in e["reports"]]
    assert not [t for t in told if "request for comment" in t]


def test_an_answer_to_an_envoy_of_no_known_state_is_an_item_of_its_sides_negotiation():
    def view(i, type_, source, target, kind, mode="asserted"):
        return NegotiationView(i, type_, mode, source, target, date(2026, 6, 2), 1, (), kind)

    side = {"ERI": "ERI", "ETH": "ETH", "person:envoy": "person:envoy", "KEN": "KEN"}
    views = [
        view("e1", "REQUEST", "ERI", "ETH", "demand"),
        view("e2", "REJECT", "ETH", "ERI", "rejected"),
        # "Ethiopia accepted the plan the envoy put to it": the envoy's state is unknown
        view("e3", "AGREE", "ETH", "person:envoy", "accepted"),
        # a description is no party either ("demanded the release of its members")
        view("e4", "REQUEST", "ERI", "unnamed:members:x1", "demand"),
    ]
    [(parties, _, ids)] = negotiation_plan(views, side, frozenset({"person:envoy"}))
    assert parties == ["ERI", "ETH"]
    assert sorted(ids) == ["e1", "e2", "e3", "e4"]


def test_a_deadline_told_after_it_passed_is_the_past_day_not_next_years():
    text = "Eritrea promised to hand back the trawler by May 24 and has not done so"
    told = Report(
        article="w1",
        published=date(2026, 6, 9),
        outlet="Red Sea Monitor",
        type="AGREE",
        mode="promised",
        source="ERI",
        target="ETH",
        date=date(2027, 5, 24),  # a promised day read forwards from the report's own
        place=None,
        evidence={"spans": [[0, len(text)]], "text": text},
    )
    event = StoryEvent("ev-1", "AGREE", "promised", "ERI", "ETH", told.date, None, [told])
    item = item_of(event)
    assert item.kind == "commitment"
    assert item.deadline == date(2026, 5, 24)
    assert item.date == date(2026, 6, 9)  # made no later than it was first told


def agreement(text: str, published: date = date(2026, 6, 10), type_="AGREE") -> StoryEvent:
    told = Report(
        article="w2",
        published=published,
        outlet="Horn Wire",
        type=type_,
        mode="asserted",
        source="ERI",
        target="ETH",
        date=published,
        place=None,
        evidence={"spans": [[0, len(text)]], "text": text},
    )
    return StoryEvent("ev-2", type_, "asserted", "ERI", "ETH", told.date, None, [told])


def test_an_agreement_to_refrain_or_to_act_by_a_day_is_a_commitment_not_an_acceptance():
    # "agreed on Tuesday to ... by Friday": the day it was agreed may stand between
    refrain = item_of(agreement("Eritrea agreed not to move troops within ten miles of Zalambessa"))
    assert (refrain.kind, refrain.deadline, refrain.date) == ("commitment", None, date(2026, 6, 10))
    by_friday = item_of(agreement("Eritrea agreed on Wednesday to free the herders by Friday"))
    assert (by_friday.kind, by_friday.deadline) == ("commitment", date(2026, 6, 12))
    # agreeing to what was put to it, or to come back to talks, accepts it
    assert item_of(agreement("Eritrea agreed to the plan on Wednesday")).kind == "accepted"
    assert item_of(agreement("Eritrea agreed to return to the talks")).kind == "accepted"


def test_an_answer_still_to_come_is_a_commitment_not_an_acceptance():
    text = "Eritrea would free the remaining herders"
    told = Report(
        article="w3",
        published=date(2026, 6, 11),
        outlet="Horn Wire",
        type="CONCEDE",
        mode="hypothetical",
        source="ERI",
        target="ETH",
        date=None,
        place=None,
        evidence={"spans": [[0, len(text)]], "text": text},
    )
    event = StoryEvent("ev-3", "CONCEDE", "hypothetical", "ERI", "ETH", None, None, [told])
    assert item_of(event).kind == "commitment"


def test_a_denial_answers_an_accusation_and_is_no_rejection():
    def answer(text: str):
        return item_of(agreement(text, type_="REJECT"))

    assert answer("Eritrea denied that its soldiers had fired on the herders") is None
    assert answer("Eritrea rejected the charges as lies") is None
    assert answer("Eritrea rejected the demand for compensation").kind == "rejected"
    assert answer("Eritrea dismissed the proposal").kind == "rejected"


def test_an_appeal_to_both_sides_or_for_calm_is_no_demand():
    def asked(text: str):
        return item_of(agreement(text, type_="REQUEST"))

    assert asked("The envoy urged both sides to stop fighting") is None
    assert asked("Kenya called on all parties to show restraint") is None
    assert asked("Eritrea demanded that Ethiopia free the herders").kind == "demand"
    # the two countries named in passing: still Eritrea's demand of Ethiopia
    assert asked("Eritrea asked Ethiopia to reopen the border between the two countries").kind == (
        "demand"
    )


def test_a_stance_restated_is_no_commitment():
    def promised(text: str):
        event = agreement(text)
        event.mode = "promised"
        event.reports[0] = replace(event.reports[0], mode="promised")
        return item_of(event)

    assert promised("Eritrea remained committed to the Algiers agreement") is None
    assert promised("Eritrea pledged to free the herders").kind == "commitment"
    assert promised("Eritrea remains committed to leaving Badme by Friday").kind == "commitment"


def test_people_freed_told_as_done_accept_nothing():
    # the events stage reads "freed" and "released" as CONCEDE of the kind ``release``
    freed = agreement("Eritrea freed the six herders on Thursday", type_="CONCEDE")
    freed.reports[0] = replace(freed.reports[0], subtype="release")
    assert item_of(freed) is None
    # a concession of no such kind still answers what was put to the side
    assert item_of(agreement("Eritrea conceded the point", type_="CONCEDE")).kind == "accepted"


def test_what_became_of_a_commitment_told_as_to_come_is_looked_for():
    pledge = "Eritrea will free the six herders by Friday"
    told = Report(
        article="w4",
        published=date(2026, 6, 8),
        outlet="Horn Wire",
        type="CONCEDE",
        mode="hypothetical",
        source="ERI",
        target="ETH",
        date=date(2026, 6, 12),
        place=None,
        evidence={"spans": [[0, len(pledge)]], "text": pledge},
        subtype="release",
    )
    event = StoryEvent("ev-4", "CONCEDE", "hypothetical", "ERI", "ETH", told.date, None, [told])
    later = "Eritrea freed the six herders at Badme on Friday."
    articles = {
        "w4": Article("w4", date(2026, 6, 8), pledge, {"ERI": [(0, 7)]}),
        "w5": Article("w5", date(2026, 6, 13), later, {"ERI": [(0, 7)]}),
    }
    side = {"ERI": "ERI", "ETH": "ETH"}
    assert tracks_promise(event)
    item = item_of(event, promise_status(event, side, Sentences(articles, side)))
    assert (item.kind, item.deadline, item.status) == ("commitment", date(2026, 6, 12), "kept")
    assert {"article": "w5", "spans": [[0, len(later)]]} in item.evidence


def promise(
    text: str,
    mode: str = "promised",
    type_: str = "AGREE",
    target: str | None = "ETH",
    article: str = "w6",
    published: date = date(2026, 3, 3),  # a Tuesday
) -> StoryEvent:
    """Eritrea's undated undertaking ``text``, told by one report of ``article`` (event
    "ev-N" for article "wN")."""
    told = Report(
        article=article,
        published=published,
        outlet="Horn Wire",
        type=type_,
        mode=mode,
        source="ERI",
        target=target,
        date=None,
        place=None,
        evidence={"spans": [[0, len(text)]], "text": text},
    )
    return StoryEvent(f"ev-{article[1:]}", type_, mode, "ERI", target, None, None, [told])


def test_a_deadline_is_read_however_the_day_is_written():
    def due(text: str) -> date | None:
        return item_of(promise(text)).deadline

    # a month's abbreviation ends in a full stop; a weekday may stand before the date
    assert due("Eritrea will hand back the trawler by Mar. 19 to end the dispute") == date(
        2026, 3, 19
    )
    assert due("Eritrea will return the boats by Monday 9 March") == date(2026, 3, 9)
    # the end of a period is its last day (a week ends on Sunday)
    assert due("Eritrea promised that it would pay for the boats by the end of April") == (
        date(2026, 4, 30)
    )
    assert due("the herders will be freed by the end of the week") == date(2026, 3, 8)
    assert due("observers will arrive before the end of next month") == date(2026, 4, 30)
    # how long, not by when
    assert due("Eritrea will keep its observers there until the end of May") is None


def test_an_act_a_side_says_it_will_do_is_a_commitment():
    assert item_of(promise("Kenya will deploy a team of observers", "hypothetical", "MOBILIZE"))
    assert item_of(promise("the two delegations will meet again", "hypothetical", "CONSULT"))
    # a demand or an accusation still to come undertakes nothing
    assert item_of(promise("Eritrea will demand compensation", "hypothetical", "REQUEST")).kind == (
        "demand"
    )
    assert item_of(promise("Eritrea will accuse the army", "hypothetical", "ACCUSE")) is None


def test_a_promise_aimed_at_its_own_side_or_a_mediators_undertaking_is_an_item():
    def view(i, type_, source, target, kind, mode="asserted"):
        return NegotiationView(i, type_, mode, source, target, date(2026, 3, 3), 1, (), kind)

    side = {"ERI": "ERI", "ETH": "ETH", "KEN": "KEN", "person:minister": "ERI"}
    views = [
        view("e1", "REQUEST", "ERI", "ETH", "demand"),
        view("e2", "REJECT", "ETH", "ERI", "rejected"),
        view("e3", "AGREE", "KEN", "ETH", "proposal", "proposed"),  # Kenya mediates
        # "the minister promised the government that the herders would be freed"
        view("e4", "AGREE", "person:minister", "ERI", "commitment", "promised"),
        # "Kenya will deploy observers by Friday": the mediator's own undertaking
        view("e5", "MOBILIZE", "KEN", None, "commitment", "hypothetical"),
        # a threat aimed at its own side is no undertaking
        view("e6", "THREATEN", "person:minister", "ERI", "commitment", "promised"),
    ]
    [(parties, mediators, ids)] = negotiation_plan(views, side)
    assert (parties, mediators) == (["ERI", "ETH"], ["KEN"])
    assert sorted(ids) == ["e1", "e2", "e3", "e4", "e5"]


def test_a_promise_kept_late_is_broken_and_a_condition_keeps_nothing():
    pledge = "Eritrea will reopen the Zalambessa crossing within seven days"
    event = promise(pledge, article="w7", published=date(2026, 6, 1))
    side = {"ERI": "ERI", "ETH": "ETH"}

    def status(*later: str) -> str:
        articles = {"w7": Article("w7", date(2026, 6, 1), pledge, {"ERI": [(0, 7)]})}
        for k, text in enumerate(later):
            articles[f"x{k}"] = Article(f"x{k}", date(2026, 6, 12 + k), text, {"ERI": [(0, 7)]})
        return promise_status(event, side, Sentences(articles, side))[0]

    # the promise's days and counts ("within seven days") are not what a telling must hold
    assert status("Eritrea reopened the Zalambessa crossing on Monday.") == "kept"
    late = "Eritrea reopened the Zalambessa crossing ten days later than it had promised."
    assert status(late) == "broken"
    # a sentence that sets a condition tells nothing done
    assert status("Eritrea is ready to reopen the Zalambessa crossing if Ethiopia pays.") == "open"


def test_a_keeping_a_report_already_tells_is_no_event_of_its_own():
    pledge = "Eritrea promised to free the six herders"
    later = "Eritrea freed the six herders at Badme."
    promise_event = promise(pledge, type_="CONCEDE", article="w8", published=date(2026, 6, 8))
    [promised] = promise_event.reports
    articles = {
        "w8": Article("w8", date(2026, 6, 8), pledge, {"ERI": [(0, 7)]}),
        "w9": Article("w9", date(2026, 6, 13), later, {"ERI": [(0, 7)]}),
    }
    side = {"ERI": "ERI", "ETH": "ETH"}
    # no report tells the release: the keeping is an event of its own
    [kept] = fulfilments([promise_event], side, Sentences(articles, side))
    assert kept.id == "ev-8-kept"
    # a report of the release in that sentence is the act's event already
    freed = replace(
        promised,
        article="w9",
        published=date(2026, 6, 13),
        mode="asserted",
        evidence={"spans": [[8, 14]], "text": "freed"},
    )
    release = StoryEvent("ev-9", "CONCEDE", "asserted", "ERI", "ETH", None, None, [freed])
    assert fulfilments([promise_event, release], side, Sentences(articles, side)) == []


def test_an_act_offered_on_a_condition_is_a_proposal():
    offer = "Eritrea is ready to free the herders if Ethiopia reopens the border"
    assert item_of(promise(offer, "conditional", "CONCEDE")).kind == "proposal"
    # a promise with no condition is still an undertaking
    assert item_of(promise("Eritrea promised to free the herders", "promised", "CONCEDE")).kind == (
        "commitment"
    )
