"""The story across articles: merged story events with their reports and disagreements, and
the state of each negotiation, read from a Parley store.

``build_story(store.story_input())`` gives the contract's STORY.json object (see
``docs/evaluation-contract.md`` in the shared folder): actors with their mentions per article,
story events in timeline order, negotiations. It takes plain records (the store reads them from its
rows, so a story over thousands of articles is rebuilt without running the language pipeline
again) and imports nothing from the store.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache

from parley.actors.described import ID_PREFIX as DESCRIBED
from parley.actors.described import words as described_words
from parley.actors.registry import country_words
from parley.actors.resolve import STATE_SIDE_TYPES
from parley.gcpause import gc_paused
from parley.model import Actor
from parley.story.merge import Report, StoryEvent, link_denials, merge, stem
from parley.story.negotiation import (
    Article,
    Item,
    Negotiation,
    NegotiationView,
    Sentences,
    fulfilments,
    item_of,
    negotiation_plan,
    promise_status,
    tracks_promise,
)

__all__ = [
    "Article",
    "Report",
    "StoryEvent",
    "StoryGlobals",
    "StoryInput",
    "StoryParts",
    "actors_json",
    "build_parts",
    "build_story",
    "counterpart_sides",
    "gc_paused",
    "name_stems",
    "one_actor_per_person",
    "person_aliases",
    "sides",
    "sides_by_counterpart",
    "story_globals",
    "timeline_order",
]


# A state's own forces and offices act for it (outlets write "the Guatemalan navy detained",
# "Guatemala detained" and "the Ministry of Defence said" of one act): the registry's state
# armed forces, and organisations named by the head words of executive bodies (a list of the
# state institutions wire reports name as actors; parliaments, courts and parties are left
# out: they are not the government that negotiates).
STATE_BODY_TYPES = ("military",)
# Kinds of actor whose name may say they are a state's body (the actors stage types a state's
# army it does not know as a group).
NAMED_BODY_TYPES = ("organization", "group")
# The head nouns of described people who speak or act for an office (the actors stage's
# ``office_persons`` word set: official, diplomat, spokesman, envoy, source ...).
OFFICE_WORDS = described_words()["office_persons"]
STATE_BODY_WORDS = re.compile(
    r"\b(ministry|ministries|navy|naval|army|coast ?guard|air force|armed forces|"
    r"defen[cs]e forces?|police|border (guards?|service|troops)|foreign office|presidency|"
    r"government)\b",
    re.I,
)


def _office_words(name: str) -> set[str]:
    """A description's words and their singulars ("officials": official)."""
    words = set(name.split())
    return words | {w[:-1] for w in words if w.endswith("s")}


def _no_office(a: Actor) -> bool:
    """People known only by a description that names no office ("eight civilians", "the
    crew"): no side of the story's, whatever their country."""
    return (
        a.type == "person"
        and a.id.startswith(DESCRIBED)
        and not _office_words(a.name.lower()) & OFFICE_WORDS
    )


def _acts_for_state(a: Actor) -> bool:
    """Whether ``a`` stands for its country's state (``STATE_BODY_TYPES``, ``STATE_BODY_WORDS``).
    People known only by a description stand for it when it names their office ("a senior
    defence official", "two diplomats"), not when it names what befell them or who they are
    ("eight civilians", "the crew", "aid workers"): those are no side."""
    if _no_office(a):
        return False
    if a.type in STATE_SIDE_TYPES or a.type in STATE_BODY_TYPES:
        return True
    # an armed group named as a state's forces is its army ("Central African Armed Forces")
    return a.type in NAMED_BODY_TYPES and bool(STATE_BODY_WORDS.search(a.name))


# Spellings one person's name takes across outlets: transliteration and orthography variants
# of Spanish and Mayan names as English-language outlets write them (x/ch: Xitumul, Chitumul;
# z/s: Quiñónez, Quinones; v/b: Valdivieso, Valdiviezo...), compared after diacritics are
# dropped; a surname this long or longer may also differ by one vowel.
SPELLING_VARIANTS = (("ch", "x"), ("z", "s"), ("v", "b"), ("y", "i"), ("ph", "f"), ("k", "c"))
ONE_LETTER_OFF_CHARS = 6
VOWELS = frozenset("aeiouh")


def _spelling(word: str) -> str:
    """``word`` folded for comparing spellings (``SPELLING_VARIANTS``)."""
    folded = unicodedata.normalize("NFKD", word.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c) and c.isalpha())
    for variant, common in SPELLING_VARIANTS:
        folded = folded.replace(variant, common)
    return re.sub(r"(.)\1+", r"\1", folded)  # doubled letters


def _one_vowel_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one vowel (or "h") changed, added or dropped: how
    transliterations of one name differ ("Abdallah" / "Abdullah"); consonants that differ
    make another name ("Kalomin" / "Ralomin")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diff) == 1 and all(c in VOWELS for c in diff[0])
    short, long_ = sorted((a, b), key=len)
    return any(
        long_[i] in VOWELS and long_[:i] + long_[i + 1 :] == short for i in range(len(long_))
    )


def person_aliases(actors: list[Actor]) -> dict[str, str]:
    """Person id -> the id of the person it is another spelling of: the same given name and a
    surname spelled as another outlet spells it (``_spelling``, or one vowel off when
    ``ONE_LETTER_OFF_CHARS`` long); each spelling points at the fullest name of its group
    (the longest, ties alphabetical: the store's rule for one actor's names)."""
    people = [a for a in actors if a.type == "person" and len(a.name.split()) >= 2]
    by_given: dict[str, list[Actor]] = defaultdict(list)
    for a in people:
        by_given[" ".join(_spelling(w) for w in a.name.split()[:-1])].append(a)
    out: dict[str, str] = {}
    for group in by_given.values():
        group = sorted(group, key=lambda a: (-len(a.name), a.name, a.id))
        for i, a in enumerate(group):
            if a.id in out:
                continue
            last = _spelling(a.name.split()[-1])
            for b in group[i + 1 :]:
                other = _spelling(b.name.split()[-1])
                near = len(last) >= ONE_LETTER_OFF_CHARS and _one_vowel_off(last, other)
                if b.id not in out and (other == last or near):
                    out[b.id] = a.id
    return out


def one_actor_per_person(story: dict, actors: list[Actor]) -> dict:
    """``story`` (STORY.json) with the spellings of one person (``person_aliases``) as one
    actor: their mentions joined under the fullest name's id, every id that named another
    spelling replaced by it."""
    alias = person_aliases(actors)
    if not alias:
        return story

    def one(x):
        return alias.get(x, x) if isinstance(x, str) else x

    kept: dict[str, dict] = {}
    for a in story["actors"]:
        target = kept.setdefault(one(a["id"]), a if one(a["id"]) == a["id"] else {})
        if not target:  # the fullest spelling is mentioned in no article
            target.update({**a, "id": one(a["id"]), "mentions": []})
        if target is not a:
            spans = {m["article"]: m["spans"] for m in target["mentions"]}
            for m in a["mentions"]:
                spans[m["article"]] = sorted(spans.get(m["article"], []) + m["spans"])
            target["mentions"] = [{"article": k, "spans": v} for k, v in sorted(spans.items())]
    for e in story["events"]:
        e["source"], e["target"] = one(e["source"]), one(e["target"])
        for d in e.get("disagreements", []):
            for v in d["values"]:
                v["value"] = one(v["value"])
    for n in story["negotiations"]:
        n["parties"] = list(dict.fromkeys(one(p) for p in n["parties"]))
        n["mediators"] = list(dict.fromkeys(one(m) for m in n["mediators"]))
        for item in n["items"]:
            item["by"], item["to"] = one(item["by"]), one(item["to"])
    order = {a["id"]: k for k, a in enumerate(story["actors"])}
    story["actors"] = sorted(kept.values(), key=lambda a: order.get(a["id"], len(order)))
    return story


def sides(actors: list[Actor]) -> dict[str, str]:
    """Actor id -> the side it is on: its country for states, governments, officials and the
    state's own forces and offices (``_acts_for_state``); its own id for armed groups and
    other organisations (a civil war's sides share a country).
    A person an article names without a country ("Van Klaveren pledged ...") takes the country
    another article gives someone of the same surname, when only one country is given."""
    countries_by_surname: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a.type == "person" and a.country:
            countries_by_surname[_surname(a.name)].add(a.country)
    out = {}
    for a in actors:
        country = a.country
        if a.type == "person" and not country:
            known = countries_by_surname.get(_surname(a.name), set())
            country = next(iter(known)) if len(known) == 1 else None
        out[a.id] = country if country and _acts_for_state(a) else a.id
    for spelling, person in person_aliases(actors).items():
        out[spelling] = out[person]  # one person however outlets spell them
    return out


def sides_by_counterpart(
    reports: list[Report], actors: list[Actor], side: dict[str, str]
) -> dict[str, str]:
    """An official whose state no article names, who meets, asks, rejects or accuses only one
    of the story's two main states, speaks for the other ("Foreign Minister Celinda Sosa met
    her Chilean counterpart"): ``counterpart_sides`` of the reports' (source, target) pairs."""
    return counterpart_sides(Counter((r.source, r.target) for r in reports), actors, side)


def counterpart_sides(acts: Counter, actors: list[Actor], side: dict[str, str]) -> dict[str, str]:
    """``sides_by_counterpart`` from how many reports tell each (source, target) pair (what a
    store counts in one query). The main states are the two whose acts toward each other the
    reports tell most (ties: the first pair in alphabetical order, whatever order the reports
    are read in)."""
    states = {a.id for a in actors if a.type in ("country", "government")}
    pairs: Counter = Counter()
    for (source, target), n in acts.items():
        a, b = side.get(source), side.get(target)
        if a and b and a != b and a in states and b in states:
            pairs[tuple(sorted((a, b)))] += n
    if not pairs:
        return {}
    main = set(min(pairs, key=lambda pair: (-pairs[pair], pair)))
    unknown = {
        a.id for a in actors if a.type == "person" and side.get(a.id) == a.id and not _no_office(a)
    }
    faced: dict[str, set[str]] = defaultdict(set)
    for source, target in acts:
        if source in unknown and target:
            faced[source].add(side.get(target, target))
    out = {}
    for person, targets in faced.items():
        if len(targets) == 1 and targets <= main:
            out[person] = next(iter(main - targets))
    return out


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else name.lower()


def name_stems(actors: list[Actor]) -> frozenset[str]:
    """Stems of the actors' names and of every country's names and demonyms. Not the words of
    an actor known only by a description ("the fishermen", "three citizens", "each side"):
    they say what an act is about, and which of them are actors changes with every rule of the
    actors and attribution stages (session 21: "citizens" made an actor hid the word from
    every report's content)."""
    words = {w for a in actors if not a.id.startswith(DESCRIBED) for w in a.name.lower().split()}
    return frozenset(stem(w) for w in words if w.isalpha()) | _country_stems()


@cache
def _country_stems() -> frozenset[str]:
    words = {w for name in country_words() for w in name.split()}
    return frozenset(stem(w) for w in words if w.isalpha())


@dataclass(frozen=True)
class StoryInput:
    """What the story is built from, as plain records (``Store.story_input()`` reads them):
    every report, the actors (``parley.model.Actor``, without mentions) and the articles with
    their mentions."""

    reports: list[Report]
    actors: list[Actor]
    articles: dict[str, Article]


# Bumped whenever what a store keeps of the story (``StoryParts``) or a rule changes meaning,
# so that a store kept by an older Parley is rebuilt, not updated. 2: each actor's side, the
# name stems and the reports' raw stems kept (store schema 9); the fingerprint only the format.
# 3: a state's forces and offices on its side, undated reports within their days, demands and
# accusations told apart by what they say (issue 20). 4: sentences' stems with synonyms, a
# promise's keys its first content words. 5: spellings of one person one side; undertakings
# to act by a deadline are commitments. 6: sentences that ask for an act not indexed. 7:
# stems without inflection endings. 8: groups of one act whose sides are named differently
# (none, a description, another target) joined, one merge component per act and kind. 9:
# people a description names without an office no side; a described side none in a key; an
# act to come joins no act done; a group naming no side joins a fit its article tells too.
# 10: a report naming no day tells no act after its publication; harmful acts, detentions and
# sanctions told alike in the same days one event whoever they name; border services and
# groups named as a state's armed forces on its side.
# 11: a report dated by its publication and naming only a period ("last week") tells no day;
# acts told alike are joined only where the groups joined so far tell of the same days.
# 12: a kidnapping typed ASSAULT by one report and COERCE by another is one act (both tell
# someone taken; "kidnap" and "abduct" synonyms of "detain"); an agreement to refrain from an
# act, or made on a named day to act by a deadline, is a commitment; counts written as
# "five people", "four Belizean fishermen", "fourteen road workers" read; an act to come told
# with no day is not bound to the week before its report, and joins no act done; an
# acceptance told as still to come is a commitment; a day the events stage read from the act's
# paragraph or the article's lead (``Event.date_basis``) is soft, as a publication day is.
# 13: the words of a description ("the fishermen", "citizens", "each side") are no name; a
# day named before the act in its own sentence is the act's own; a report that tells no day
# joins the group of its soft day's days when one is open to it.
# 14: reports keep the events stage's subtype; kinds of coercion other than taking someone (a
# ban, an expulsion, a deportation) are not one act with a detention.
# 15: a proposal told with no day of its own is of the week before its report, as an act is.
# 16: pronouns, wh-words, quantifiers and connectives are stopwords (no stem of a report).
# 17: a denial ("denied firing", "rejected the charges") is no negotiation item.
# 18: an appeal to both sides or for calm ("urged both sides to stop fighting") is no demand.
# 19: a stance restated ("remained committed to the agreement") is no commitment.
# 20: coercions are told apart by what their reports say, as demands and accusations are (a
# border closed and a crew detained in one week are two acts).
# 21: people released, told as done, are no acceptance; what became of every commitment (not
# only a promise) is looked for.
# 22: a day a report names only as a deadline ("by Feb. 18") is no day it tells.
# 23: a report of an act done that the events stage left undated, or dated from its lead or
# paragraph, tells the one day its evidence names; counts written "twenty-five" read whole.
# 24: a deadline written "Oct. 19", "Monday 24 May" or "the end of April" read; a promise's
# deadline read from its words whatever its mode; an act told as to come that a side may
# undertake is a commitment; a promise aimed at its own side, and a mediator's undertaking
# with no side named, are items; a promise's keys leave out words of time and number; a
# promise told kept late is broken; a sentence that sets a condition is not indexed; a
# keeping that a report already tells is no event of its own; an act offered on a condition
# is a proposal.
STORY_FORMAT = 24


@dataclass(frozen=True)
class StoryGlobals:
    """What parts of the story depend on beyond their own reports: each actor's side, the
    stems of all actor names (which link no reports), the people whose side is unknown (no
    party to a negotiation). A store keeps the sides and stems the story was saved with; an
    update goes on while the sides of the actors it knew stay the same (a new actor's side
    reaches only new reports) and merges again the reports whose evidence holds a stem that
    came or went; the people are read again with the negotiations, planned again whole."""

    side: dict[str, str]
    names: frozenset[str]
    people: frozenset[str]

    def fingerprint(self) -> str:
        """What a store's story must have been kept under to be updated: the format."""
        return hashlib.sha1(json.dumps([STORY_FORMAT]).encode()).hexdigest()


def story_globals(actors: list[Actor], acts: Counter) -> StoryGlobals:
    """The globals of a store's ``actors`` and its reports' (source, target) counts."""
    side = sides(actors)
    side.update(counterpart_sides(acts, actors, side))
    people = frozenset(a.id for a in actors if a.type == "person" and side.get(a.id) == a.id)
    return StoryGlobals(side, name_stems(actors), people)


@dataclass
class StoryParts:
    """The story in the parts a store keeps: the merged story events (after denials are
    linked; ``base_modes`` their modes before), the promises kept (``kept``), the negotiations
    and their plan (``negotiation_plan``), each event's item, and the sentence index."""

    globals: StoryGlobals
    events: list[StoryEvent]
    base_modes: dict[str, str]
    kept: list[StoryEvent]
    plan: list[tuple[list[str], list[str], list[str]]]
    views: dict[str, NegotiationView]
    items: dict[str, Item]
    sentences: Sentences

    def negotiations(self) -> list[Negotiation]:
        return [
            Negotiation(parties, mediators, [self.items[i] for i in ids])
            for parties, mediators, ids in self.plan
        ]


def build_parts(source: StoryInput) -> StoryParts:
    """Every part of the story of ``source``'s records."""
    with gc_paused():
        reports, actors, articles = source.reports, source.actors, source.articles
        g = story_globals(actors, Counter((r.source, r.target) for r in reports))
        events = merge(reports, g.side, g.names)
        base_modes = {e.id: e.mode for e in events}
        link_denials(events, g.side)
        sentences = Sentences(articles, g.side)
        views = {e.id: NegotiationView.of(e, g.side, sentences) for e in events}
        plan = negotiation_plan(list(views.values()), g.side, g.people)
        items = {}
        for e in events:
            promise = tracks_promise(e)
            item = item_of(e, promise_status(e, g.side, sentences) if promise else None)
            if item is not None:
                items[e.id] = item
        kept = fulfilments(events, g.side, sentences)
        return StoryParts(g, events, base_modes, kept, plan, views, items, sentences)


def build_story(source: StoryInput) -> dict:
    """The contract's STORY.json object for ``source``'s records."""
    parts = build_parts(source)
    with gc_paused():
        mentions = {a.id: a.mentions for a in source.articles.values()}
        events = sorted(parts.events + parts.kept, key=timeline_order)
        story = {
            "actors": actors_json(source.actors, mentions),
            "events": [e.to_json() for e in events],
            "negotiations": [n.to_json() for n in parts.negotiations()],
        }
        return one_actor_per_person(story, source.actors)


def timeline_order(e: StoryEvent) -> tuple:
    """Story events in timeline order: dated first, by date, then by id."""
    return (e.date is None, e.date or date.max, e.id)


def actors_json(
    actors: list[Actor], mentions: dict[str, dict[str, list[tuple[int, int]]]]
) -> list[dict]:
    """STORY.json's actors: each actor some article mentions, with its mentions there
    (``mentions``: article id -> actor id -> spans, in the order of the text)."""
    by_actor: dict[str, list[dict]] = defaultdict(list)
    for article_id in sorted(mentions):
        for actor_id, spans in mentions[article_id].items():
            by_actor[actor_id].append({"article": article_id, "spans": [list(s) for s in spans]})
    return [
        {
            "id": a.id,
            "name": a.name,
            "type": a.type,
            "country": a.country,
            "mentions": by_actor[a.id],
        }
        for a in actors
        if a.id in by_actor
    ]
