"""Accusations a report makes by telling of another side's wrong (issue 20 item 1).

A speaker who says another side did wrong accuses it, though no accusing verb is used: "the
Houthis had withheld four names," the government said; "the Philippine vessel had illegally
intruded," Beijing said; Niger's minister "called the measure a blockade". Each such report
is an ACCUSE by the speaker against the doer, linked to the report, evidence the clause that
tells the wrong. Harmful acts told in a report are accused by ``Settler._with_accusations``;
this reads the wrongs that are no event of their own (``data/word_sets.tsv``:
``wrongdoing_verbs``, ``wrongful_adverbs``, ``charge_nouns``, ``labelling_verbs``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span, Token

from parley.events.clauses import _clause, _from_subject, _own_subject, _span
from parley.events.context import Context
from parley.events.grammar import (
    CHARGE_NOUNS,
    CONTINUING_VERBS,
    INTRUSION_VERBS,
    LABELLING_VERBS,
    TERRITORY_NOUNS,
    WRONGDOING_VERBS,
    WRONGFUL_ADVERBS,
)
from parley.model import Event
from parley.model import Span as TextSpan
from parley.nlp.syntax import OBJ
from parley.nlp.syntax import negated as is_negated

# phrase_actors of the Finder: the actors a noun phrase names
ActorsOf = Callable[[Token | None, Context], list[str]]


def reported_wrongs(
    ctx: Context, actors_of: ActorsOf, events: list[Event], harmful: frozenset[str]
) -> list[Event]:
    """The accusations the article's reports make by telling of another side's wrong, one for
    each report and doer, none where the speaker already accuses someone in the sentence
    (``harmful``: the types of harm, whose doer a label like "an act of piracy" points at)."""
    out: list[Event] = []
    for k, attribution in enumerate(ctx.attributions):
        speaker = attribution.source_actor
        if speaker is None:
            continue
        content = _content_span(ctx.doc, attribution.content.pieces)
        if content is None:
            continue
        found = _labelled(ctx, actors_of, attribution, content, speaker)
        before = content.start_char
        found = [(d or _last_harm(events, harmful, speaker, ctx, before), s) for d, s in found]
        found = [(d, s) for d, s in found if d is not None]
        found += _told_wrongs(ctx, actors_of, content, speaker)
        for doer, (start, end) in found:
            lo, hi = _sentence(ctx.doc, start)
            if any(
                e.type == "ACCUSE" and e.source == speaker and _overlaps(e.evidence, lo, hi)
                for e in [*events, *out]
            ):
                continue  # "blamed its rival ... and called it a clear violation": one
            if any(e.attribution == k and e.target == doer for e in out):
                continue
            out.append(_accusation(ctx, speaker, doer, (start, end), k))
    return out


def _content_span(doc: Doc, pieces) -> Span | None:
    return doc.char_span(pieces[0][0], pieces[-1][1], alignment_mode="expand")


def _sentence(doc: Doc, char: int) -> tuple[int, int]:
    """The characters of the sentence that holds ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return char, char + 1
    sent = span[0].sent
    return sent.start_char, sent.end_char


def _accusation(ctx: Context, speaker: str, doer: str, span: tuple[int, int], k: int) -> Event:
    published: date | None = ctx.published
    return Event(
        type="ACCUSE",
        mode="asserted",
        evidence=TextSpan.of(ctx.text, span),
        source=speaker,
        target=doer,
        date=published,
        attribution=k,
    )


def _other_side(ctx: Context, speaker: str, doer: str) -> bool:
    return ctx.side(doer) != ctx.side(speaker) and not ctx.own_state(speaker, doer)


def _told_wrongs(ctx, actors_of, content: Span, speaker: str) -> list[tuple[str, tuple]]:
    """ "the Houthis had withheld four names", "Rwanda continues to train and arm the
    rebels", "the group is a criminal gang": a clause of the report whose subject names a
    side other than the speaker's and whose verb tells a wrong."""
    out = []
    for verb in _clause_heads(content):
        if is_negated(verb) or not _wrongful(verb):
            continue
        doers = actors_of(_own_subject(verb), ctx)
        if not doers or not _other_side(ctx, speaker, doers[0]):
            continue
        tokens = [t for t in _from_subject(_clause(verb), verb) if t in content]
        if tokens:
            out.append((doers[0], _span(tokens)))
    return out


def _clause_heads(content: Span) -> list[Token]:
    """The verbs (or predicates) of a report's content that head its clauses: the content's
    roots and the clauses conjoined to them ("that X ... and that Y ...")."""
    start, end = content.start, content.end
    heads = [t for t in content if not start <= t.head.i < end or t.head.i == t.i]
    for tok in content:
        if tok.dep_ == "conj" and tok.head in heads and tok.pos_ in ("VERB", "AUX", "NOUN"):
            heads.append(tok)
    return [h for h in heads if h.pos_ in ("VERB", "AUX", "NOUN", "ADJ")]


def _wrongful(verb: Token) -> bool:
    """Does the clause headed by ``verb`` tell a wrong: a verb of wrongdoing (or one a verb
    of going on hands it to, "continues to arm"), a wrongful adverb, an intrusion into
    another's land or waters, or a predicate noun that names a wrong or wrongdoer?"""
    lemmas = {verb.lemma_.lower()}
    if verb.lemma_.lower() in CONTINUING_VERBS:
        lemmas |= {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
        lemmas |= {
            g.lemma_.lower()
            for c in verb.children
            if c.dep_ == "xcomp"
            for g in c.children
            if g.dep_ == "conj"
        }
    if lemmas & WRONGDOING_VERBS:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in WRONGFUL_ADVERBS for c in verb.children):
        return True
    if verb.lemma_.lower() in INTRUSION_VERBS and any(
        c.dep_ in (*OBJ, "obl") and c.lemma_.lower() in TERRITORY_NOUNS for c in verb.children
    ):
        return True  # "crossed into Kenyan territory", "entered the waters"
    if any(c.dep_ == "cop" for c in verb.children):
        return _charge(verb)  # "the group is a criminal gang"
    return False


def _charge(noun: Token) -> bool:
    """Does a noun phrase name a wrong or a wrongdoer ("an act of piracy", "a flagrant
    violation", "a criminal gang", "propaganda")?"""
    words = {noun.lemma_.lower()}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    return bool(words & CHARGE_NOUNS)


def _labelled(ctx, actors_of, attribution, content: Span, speaker: str) -> list[tuple]:
    """ "called the boarding an act of piracy", "described the strike as a flagrant
    violation": a labelling cue whose content names a wrong accuses whoever did the thing
    labelled (its possessor or an actor named in it; None when it names none: the doer of the
    harm told last, ``_last_harm``)."""
    cue = attribution.cue
    if cue is None:
        return []
    span = _content_span(ctx.doc, cue.pieces)
    verb = next((t for t in span or () if t.lemma_.lower() in LABELLING_VERBS), None)
    if verb is None:
        return []
    labels = [label for label in _labels(verb) if label in content]
    if not any(_charge(label) for label in labels):
        return []
    thing = next((c for c in verb.children if c.dep_ in OBJ), None)
    if thing is not None and thing.pos_ == "PRON":
        thing = None  # "called it a clear violation": the act told before, not a person
    doers = [a for a in actors_of(thing, ctx) if a != speaker]
    doer = doers[0] if doers else None
    if doer is not None and not _other_side(ctx, speaker, doer):
        return []
    start = min(span.start_char, content.start_char) if span is not None else content.start_char
    return [(doer, (start, content.end_char))]


def _labels(verb: Token) -> list[Token]:
    """The nouns a labelling verb gives its object ("called the boarding an act of piracy",
    "described X as Y"), however the parse hangs them: a predicate (xcomp, a phrase), an
    apposition to the object, a second object ("calls the measure a blockade"), or the object
    itself with the thing labelled as its modifier ("called the Armenian statement
    disinformation")."""
    nouns = ("NOUN", "PROPN")
    out = [c for c in verb.children if c.dep_ in ("xcomp", "obl", "advcl") and c.pos_ in nouns]
    objects = [c for c in verb.children if c.dep_ in OBJ and c.pos_ in nouns]
    for obj in objects[:1]:
        out += [c for c in obj.children if c.dep_ == "appos" and c.pos_ in nouns]
    out += objects[1:]
    if len(objects) == 1 and not out:
        out = objects
    return out


def _last_harm(
    events: list[Event], harmful: frozenset[str], speaker: str, ctx: Context, before: int
) -> str | None:
    """The doer of the last harmful act told before ``before`` by a side other than the
    speaker's ("called the boarding an act of piracy": whoever boarded), else the side the
    article sets against the speaker."""
    for ev in reversed(events):
        told = ev.evidence.pieces[0][0] < before
        if told and ev.type in harmful and ev.source and _other_side(ctx, speaker, ev.source):
            return ev.source
    return ctx.other_party(speaker)


def _overlaps(span: TextSpan, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in span.pieces)
