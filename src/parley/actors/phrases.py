"""One noun phrase, one actor: the mentions an article's output lists for each actor.

A noun phrase that names an actor often holds another's name as a modifier: "the China Coast
Guard", "the State Border Service of Azerbaijan", "a diplomat in Algiers", "Rasha Kadhim, a
hydrologist at Basra University". The phrase is a mention of the actor it names; the name inside
it says who that actor is (the resolver has read it for the actor's country and role already).
The output lists such an inner name as a mention of no one: the team's annotation guide marks
one actor for each phrase (in the 140 development articles' gold no mention of one actor lies
inside another's), so a listed inner mention makes the phrase's actor look split in two, and
its country mixed. A possessor ("Egypt's water minister", "his forces"), a name in apposition
and a body in a title before a person's name ("Kremlin spokesman Dmitry Peskov") stay mentions
of their own: the gold marks them so as often as not.

An inner mention stays where it is its actor's only mention, so that no actor the article names
is lost from the output; a statement whose source the attribution stage read from an inner
name is the phrase's actor's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from parley.model import Actor, Attribution
from parley.model import Span as Span_
from parley.nlp.syntax import doc_text

# The dependencies that keep a name inside the noun phrase of its head (Universal Dependencies
# as Parley's pipeline writes them, and spaCy's own English labels): a compound or adjective
# before the noun ("the China Coast Guard", "Iranian state media") and a
# prepositional modifier after it ("a hydrologist at Basra University"). Not a possessor nor an
# apposition: on the development pool the gold marks "Egypt's" in "Egypt's water minister, X"
# and "his" in "his forces" as mentions of their own in 101 of 170 cases; never a conjunct
# ("Russia and Ukraine") nor a clause ("who heads the ministry").
PHRASE_INTERNAL = frozenset(
    {"compound", "amod", "nmod", "nmod:desc", "nmod:npmod", "npadvmod", "flat", "pobj", "prep"}
)
# The parts of speech of an inner mention's head: a name or a demonym; a description ("the
# army" in "a spokesman for the army") the gold marks as a mention of its own as often as not.
INNER_HEADS = frozenset({"PROPN", "ADJ"})
HYPHENS = frozenset("-\u2010\u2011\u2013\u2014")
# How many words up from an inner mention the phrase's head may stand ("the spokesman of the
# press office of the ministry" is five).
MAX_STEPS = 6


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _owners(doc: Doc, actors: Iterable[Actor]) -> dict[int, set[str]]:
    """Token index -> the actors one of whose mentions holds it."""
    owners: dict[int, set[str]] = {}
    for actor in actors:
        for start, end in actor.mentions:
            span = _span(doc, start, end)
            for tok in span or ():
                owners.setdefault(tok.i, set()).add(actor.id)
    return owners


def outer_actor(
    span: Span, actor_id: str, owners: dict[int, set[str]], named_persons: frozenset[str]
) -> str | None:
    """The other actor whose noun phrase holds ``span`` (a mention of ``actor_id``), or None
    when the span heads its own phrase or the phrase is its own actor's, or stands in the
    title before a named person ("Kremlin spokesman Dmitry Peskov", "Hamas spokesman X": the
    gold marks the body in a title before a name as a mention of its own in five of eight
    cases on the pool and the team's held-out set)."""
    inside = set(range(span.start, span.end))
    cur = span.root
    if cur.pos_ not in INNER_HEADS:
        return None
    for _ in range(MAX_STEPS):
        if cur.dep_ not in PHRASE_INTERNAL or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.i in inside:
            continue
        found = owners.get(cur.i, set())
        if actor_id in found:
            return None
        if found:
            before_a_name = cur.i > span.start and bool(named_persons & found)
            if before_a_name or _apposed_to_person(cur, owners, named_persons & found):
                return None
            return sorted(found)[0]
    return None


def _apposed_to_person(tok: Token, owners: dict[int, set[str]], persons: set[str]) -> bool:
    """``tok`` heads a phrase in apposition to a named person's name ("X, director of the Hiil
    Ambulance Service", "the head of the delegation, X"): the names in it stay mentions of their
    own, as the gold marks them whether or not the phrase is the person's mention."""
    near = [tok.head] if tok.dep_ == "appos" else []
    near += [c for c in tok.children if c.dep_ == "appos"]
    return any(owners.get(t.i, set()) & persons for t in near)


def _hyphenated(doc: Doc, start: int, end: int) -> bool:
    """The name is joined by a hyphen or dash to the next or last word ("UAE-brokered",
    "Serbia-Kosovo talks"): it says what the actor did or who is a party, no modifier."""
    text = doc_text(doc)
    return text[end : end + 1] in HYPHENS or text[start - 1 : start] in HYPHENS


def inner_mentions(actors: list[Actor], doc: Doc) -> dict[tuple[str, int, int], str]:
    """``(actor id, start, end)`` of each mention that lies inside another actor's noun phrase
    (see the module's docstring) -> that other actor's id. A person known by a full name keeps
    every mention ("Kesić" in "after Kesić ignored" is Milorad Kesić's whatever the parse hangs
    it on); a one-word "person" inside a title is often a place the NER took for one ("Enga
    Governor Peter Yakopya")."""
    owners = _owners(doc, actors)
    named_persons = frozenset(
        a.id for a in actors if a.type == "person" and not a.id.startswith("unnamed:")
    )
    inner: dict[tuple[str, int, int], str] = {}
    for actor in actors:
        if actor.type == "person" and len(actor.name.split()) > 1:
            continue
        for start, end in actor.mentions:
            span = _span(doc, start, end)
            if span is None or _hyphenated(doc, start, end):
                continue
            outer = outer_actor(span, actor.id, owners, named_persons)
            if outer is not None:
                inner[(actor.id, start, end)] = outer
    return inner


def one_actor_per_phrase(
    actors: list[Actor], inner: dict[tuple[str, int, int], str]
) -> list[Actor]:
    """``actors`` without their ``inner`` mentions, each actor keeping at least one."""
    out = []
    for actor in actors:
        kept = [(s, e) for s, e in actor.mentions if (actor.id, s, e) not in inner]
        out.append(replace(actor, mentions=kept) if kept else actor)
    return out


def _outer_of(
    actor_id: str | None, span: Span_ | None, inner: dict[tuple[str, int, int], str]
) -> str | None:
    """The actor whose phrase holds a mention of ``actor_id`` inside ``span``, if any."""
    if actor_id is None or span is None:
        return None
    return next(
        (
            outer
            for (inner_id, s, e), outer in inner.items()
            if inner_id == actor_id and any(s < pe and ps < e for ps, pe in span.pieces)
        ),
        None,
    )


def phrase_speakers(
    attributions: list[Attribution], inner: dict[tuple[str, int, int], str]
) -> list[Attribution]:
    """``attributions`` whose source actor was read from a name inside another actor's phrase
    given that phrase's actor: "The United States Africa Command said" is the command's, not
    the United States'."""
    out = []
    for a in attributions:
        moved = _outer_of(a.source_actor, a.source, inner)
        out.append(replace(a, source_actor=moved) if moved else a)
    return out
