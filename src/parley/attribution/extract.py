"""Find attributions in a parsed doc: who said (wrote, believes, wants, claims) what.

Rules over the dependency parse, for UD relations (the shipped parser's) and spaCy's English
(ClearNLP) relations alike:

- a cue verb with a clausal complement: "X said (that) S", "X warned S", "X wants Y to V";
- a cue verb whose object is the content: "X denied the accusation", "X accused Y of Z";
- a cue verb beside a quotation: "“S,” X said", "X said: “S”", interrupted "“S1,” X said, “S2”";
- passive and raising forms: "X was quoted by Y as saying S", "X is said to V";
- a cue noun with a complement or a possessor: "assurances that S", "the claim that S";
- "according to X, S";
- a quotation with no cue of its own continues the last speaker of the previous sentences.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from parley.actors.described import described_id, name_of
from parley.actors.described import words as described_words
from parley.actors.pronouns import BODY_TYPES, not_the_speaker
from parley.actors.registry import country_words
from parley.attribution.continuation import Continuation
from parley.attribution.filters import (
    ANSWER_LABELS,
    _drop_armed_attacks,
    _drop_controlled_cues,
    _drop_duplicate_contents,
    _drop_embedded_commitments,
    _drop_embedded_stances,
    _merge_same_cue,
    _unreported,
    _with_colon_lines,
)
from parley.attribution.grammar import ADJOINING_CHARS, ARMED_TYPES
from parley.attribution.lexicon import Lexicon
from parley.attribution.lines import LineRules
from parley.attribution.nouns import NounCues
from parley.attribution.quotes import find_quotes, markup_spans, quote_at
from parley.attribution.repairs import Repairs
from parley.attribution.rules import check_names
from parley.attribution.spans import Found, _covers, _same_cue, _text, kind_of
from parley.attribution.speakers import (
    LINE_LABEL,
    _names_a_person,
    actor_mentions,
    source_actor,
    without_line_label,
)
from parley.attribution.verb_cue import VerbCueRule
from parley.attribution.verbs import VerbCues
from parley.model import Actor, Attribution, text_sha1
from parley.model import Span as TextSpan
from parley.nlp.entity_edges import DAY_NAMES
from parley.nlp.syntax import ACTIVE_SUBJ, AGENT, DIRECT_OBJ, POSSESSOR, indices_with, tokens_with

# Word classes at which no token rule can find a report (punctuation, determiners, numbers,
# conjunctions, particles, pronouns): skipped without building their tokens.
NO_REPORT_POS = ("PUNCT", "SPACE", "DET", "SYM", "NUM", "CCONJ", "PART", "PRON")


# What ``_phrase_actors`` made: the sources whose speaker is an actor of its own phrase, and
# the ids of the actors it added. They stand for whoever spoke, not for a side: the events
# stage reads neither (``events.find_events``), so an act keeps the doer and target it had
# without them (an unnamed "Each side blames the other" is no doer aimed at "the other").
for _name in ("phrase_sources", "phrase_actors"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# The id prefixes of actors the registry does not know, to which the actors stage gives the
# article's home country (``actors.resolve.Resolver._home_country``).
UNKNOWN_TO_REGISTRY = ("person:", "organization:", "group:", "unnamed:")
# Head nouns of a source that places no one: the contract leaves "a source said" with no actor.
UNPLACED_SOURCES = frozenset({"source"})

# A source that names a document by a determiner alone ("The statement said", "the communique
# added"): the document's noun.
DOCUMENT_SOURCE = re.compile(r"(?:the|this|that|its|their)\s+(\w+)", re.IGNORECASE)


def _issuer(
    source: tuple[int, int],
    text: str,
    documents: frozenset[str],
    issuers: dict[str, tuple[int, str]],
    issued: list[tuple[int, str, str]],
) -> str | None:
    """Who issued the document a source names ("The statement said ..."): of the one who
    last spoke through a document of that noun ("X said in a statement": ``issuers``) and the
    one the parse last names as a document's issuer ("X issued a statement", "a statement
    signed by X": ``issued``), whichever comes later before the source; None otherwise."""
    m = DOCUMENT_SOURCE.fullmatch(text[source[0] : source[1]].strip())
    if m is None or m.group(1).lower() not in documents:
        return None
    noun = m.group(1).lower()
    known = [(pos, who) for pos, word, who in issued if word == noun and pos < source[0]]
    if noun in issuers:
        known.append(issuers[noun])
    return max(known)[1] if known else None


def document_issuers(
    doc: Doc,
    documents: frozenset[str],
    medium_verbs: frozenset[str],
    mentions: list[tuple[int, int, Actor]],
) -> list[tuple[int, str, str]]:
    """(where, noun, actor id) for each document the parse names with its issuer: the subject
    of a verb that produces it ("X issued a statement"), the agent of a participle on it ("a
    statement issued by X", "signed by X") or its possessor ("X's statement"; "its statement"
    through the coreference layer)."""
    coref = doc._.coref if Doc.has_extension("coref") else None
    out = []
    for t in tokens_with(doc, "LEMMA", documents):
        noun = t.lemma_.lower()
        if t.pos_ != "NOUN" or noun not in documents:
            continue
        who: list = []
        if t.dep_ in DIRECT_OBJ and t.head.lemma_.lower() in medium_verbs:
            who = [c for c in t.head.children if c.dep_ in ACTIVE_SUBJ]
        for c in t.children:
            if not who and c.dep_ == "acl" and c.tag_ == "VBN":
                who = [k for k in c.children if k.dep_ in AGENT or _by_phrase(k)]
        if not who:
            who = [c for c in t.children if c.dep_ in POSSESSOR]
        for w in who:
            actor = coref.get(w.i) if coref and w.pos_ == "PRON" else _actor_at(w, mentions)
            if actor is not None:
                out.append((t.idx, noun, actor))
                break
    return out


def _by_phrase(tok) -> bool:
    """ "by X" hung on a participle as an oblique (UD's agent of "issued by X")."""
    return tok.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ == "by" for c in tok.children)


def _actor_at(tok, mentions: list[tuple[int, int, Actor]]) -> str | None:
    """The actor of a mention holding the word ``tok`` (the head of a phrase), else of the
    first mention inside its phrase."""
    at = next((a.id for ms, me, a in mentions if ms <= tok.idx < me), None)
    if at is not None:
        return at
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    inside = sorted((ms, a.id) for ms, me, a in mentions if start <= ms and me <= end)
    return inside[0][1] if inside else None


def to_records(
    doc: Doc,
    found: list[Found],
    actors: list[Actor],
    titles: frozenset[str] = frozenset(),
    quotes: list[tuple[int, int]] | None = None,
    documents: frozenset[str] = frozenset(),
    medium_verbs: frozenset[str] = frozenset(),
) -> list[Attribution]:
    """Attribution records in content order; sources resolved in text order, so that "he"
    can continue the person who spoke before. ``quotes``: the text's quotations, when the
    caller has found them; ``documents``: the nouns of documents a body speaks through
    ("statement", "communique"), so that "The statement said" is the body that issued it."""
    quotes = find_quotes(_text(doc)) if quotes is None else quotes
    media = {(ms, me): a.id for a in actors if a.type == "media" for ms, me in a.mentions}
    person_ids = {a.id for a in actors if a.type == "person"}
    body_ids = {a.id for a in actors if a.type in BODY_TYPES}
    text = _text(doc)
    mentions = actor_mentions(actors)
    speakers: dict[int, str | None] = {}
    # the person who spoke last, where their source ends and where their statement ends
    last: tuple[int, str, int] | None = None
    # the body ("the ministry said") likewise, and where its statement ends
    last_body: tuple[int, str, int] | None = None
    # a document noun -> where and who last spoke through one ("in a statement")
    issuers: dict[str, tuple[int, str]] = {}
    issued = document_issuers(doc, documents, medium_verbs, mentions)
    _drop_line_labels(doc, found, titles)
    for k in sorted(range(len(found)), key=lambda k: (found[k].source or min(found[k].content))[0]):
        f = found[k]
        actor = source_actor(f.source, actors, doc, last, last_body, mentions)
        if actor is None and f.source is not None:
            actor = _issuer(f.source, text, documents, issuers, issued)
        if actor is not None and f.channel is not None:
            for word in re.findall(r"\w+", text[f.channel[0] : f.channel[1]].lower()):
                if word in documents:
                    issuers[word] = (f.channel[0], actor)
        if f.source is None and f.cue:
            # "X told reporters that S, stating T": a report with no subject of its own, in
            # or right after another report, is that report's speaker's
            outer = [
                g
                for g in found
                if g is not f
                and g.source
                and (
                    _covers(g.content, f.cue[0])
                    or 0 <= f.cue[0][0] - max(e for _, e in g.content) <= ADJOINING_CHARS
                )
            ]
            if outer:
                actor = source_actor(outer[0].source, actors, doc, last, mentions=mentions)
        speakers[k] = actor
        if actor is not None and f.source is not None and actor in body_ids:
            last_body = (f.source[1], actor, max(e for _, e in f.content))
        if (
            actor is not None
            and f.source is not None
            and (
                actor in person_ids
                or _names_a_person(_text(doc)[f.source[0] : f.source[1]], titles)
            )
        ):
            # (a speaker's "who" clause comes after the source that holds it, with a shorter
            # statement: the statement read so far ends at the later of the two)
            end = max(e for _, e in f.content)
            if last is not None and last[1] == actor:
                end = max(end, last[2])
            last = (f.source[1], actor, end)
    phrased = _phrase_actors(doc, found, speakers, actors, documents)
    for k, actor in phrased.items():
        speakers[k] = actor
    _answer_labels(text, found, speakers, actors)
    doc._.phrase_sources = sorted({found[k].source for k in phrased})
    out = []
    for k, f in enumerate(found):
        # a content piece with no words (a parse of text with no punctuation can give one) is
        # no content; a finding left with none is no statement
        content = [(s, e) for s, e in f.content if text[s:e].strip()]
        if not content:
            continue
        out.append(
            Attribution(
                kind=kind_of(content, quotes),
                source=TextSpan.of(text, f.source) if f.source else None,
                cue=TextSpan.of(text, *f.cue) if f.cue else None,
                content=TextSpan.of(text, *content),
                source_actor=speakers[k],
                channel=TextSpan.of(text, f.channel) if f.channel else None,
                channel_actor=media.get(f.channel) if f.channel else None,
            )
        )
    return out


def _answer_labels(
    text: str, found: list[Found], speakers: dict[int, str | None], actors: list[Actor]
) -> None:
    """An interview's answer label ("A: ...") is a mention of the one who answers, as a
    transcript's "RUSU:" is of Ana Rusu: its actor lists it."""
    by_id = {a.id: a for a in actors}
    for k, f in enumerate(found):
        actor = by_id.get(speakers.get(k) or "")
        if actor is None or f.source is None:
            continue
        s, e = f.source
        if text[s:e].strip().lower() in ANSWER_LABELS and text[e:].lstrip(" ").startswith(":"):
            actor.mentions = sorted({*actor.mentions, (s, e)})


def _drop_line_labels(doc: Doc, found: list[Found], titles: frozenset[str]) -> None:
    """Sources less the time or transcript label that opens their line ("09:45 — The army
    says", "HOST: Minister, your government says"). Where the parse made a line's opening time
    its root and left a report with the time or nothing for a source ("09:45 — X, a spokesman,
    accuses Y and says S"), the words between the time and the line's first verb are the
    source, when they hold a noun, and the content starts after the cue."""
    text = _text(doc)
    for f in found:
        if f.source is not None:
            trimmed = without_line_label(text, f.source, titles)
            if trimmed == f.source:
                continue
            f.source = trimmed
        if f.source is None and f.cue:
            f.source = _after_line_time(doc, f)


def _after_line_time(doc: Doc, f: Found) -> tuple[int, int] | None:
    """The words between the time that opens the cue's line and the line's first verb, when
    they hold a noun and end before the cue: the speaker ("09:45 — X, a spokesman, accuses
    Y"). The finding's content is cut to what follows the cue."""
    text = _text(doc)
    cue_start, cue_end = f.cue[0][0], max(e for _, e in f.cue)
    line = text.rfind("\n", 0, cue_start) + 1
    label = LINE_LABEL.match(text, line, cue_start)
    if label is None or not text[line : line + 1].isdigit():
        return None
    words = []
    for t in doc.char_span(label.end(), cue_start, alignment_mode="expand") or []:
        if t.pos_ in ("VERB", "AUX"):
            break
        words.append(t)
    while words and (words[0].is_punct or words[0].is_space):
        words.pop(0)
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    content = [(max(cs, cue_end), ce) for cs, ce in f.content if ce > cue_end]
    if content and any(cs < cue_start for cs, _ in f.content):
        f.content = content
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _phrase_actors(
    doc: Doc,
    found: list[Found],
    speakers: dict[int, str | None],
    actors: list[Actor],
    documents: frozenset[str],
) -> dict[int, str]:
    """Actors of their own for sources that name someone no actor stands for ("Witnesses
    said", "the hospital's management said", "Thirteen Western embassies issued"), as the
    evaluation contract asks of an unnamed source: the phrase less its determiners is the
    actor's name, one actor for one name, added to ``actors``. Not a pronoun, a document
    ("the statement": its issuer or no one), "a source", a day, a word no noun heads ("Many
    of them") nor a transcript's label. Returns the findings' new speakers."""
    text = _text(doc)
    # the actors stage's digest, to join a described actor of the same name it made; a new
    # one's id digests the words alone, so that a chunk of a long article ("S1\n\n") gives
    # the ids the chunk's text alone would
    stage_key, key = text_sha1(text)[:8], text_sha1(text.strip())[:8]
    by_id = {a.id: a for a in actors}
    out: dict[int, str] = {}
    for k, f in enumerate(found):
        if speakers.get(k) is not None or f.source is None:
            continue
        s, e = f.source
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or text[e:].lstrip(" ").startswith(":"):
            continue
        root = span.root
        lemma = root.lemma_.lower()
        if (
            root.pos_ not in ("NOUN", "PROPN")
            or lemma in documents
            or lemma in UNPLACED_SOURCES
            or root.lower_ in DAY_NAMES
            or len(root.text) < 2
        ):
            continue
        # "his editor", "her office": the possessor is someone else's mention
        while len(span) > 1 and span[0].tag_ == "PRP$":
            span = span[1:]
        s = span.start_char
        name = name_of(span)
        aid = described_id(name, stage_key)
        aid = aid if aid in by_id else described_id(name, key)
        if aid in by_id:
            actor = by_id[aid]
            actor.mentions = sorted({*actor.mentions, (s, e)})
        else:
            if root.pos_ == "PROPN":
                kind = "person" if root.ent_type_ == "PERSON" else "organization"
            else:
                plural = root.tag_ == "NNS" or lemma in described_words()["persons"]
                kind = "person" if plural else "organization"
            actor = Actor(aid, name, kind, _phrase_country(span, actors), [(s, e)])
            actors.append(actor)
            by_id[aid] = actor
        out[k] = aid
    return out


def _phrase_country(span, actors: list[Actor]) -> str | None:
    """The country of a source's own actor: the one a word of its phrase names ("Russian
    media", "residents of Kharkiv"), else the one the actors stage gave most of the article's
    actors the registry does not know (its home country: ``Resolver._home_country``)."""
    words = country_words()
    named = next((words[t.lower_] for t in span if t.lower_ in words), None)
    if named is not None:
        return named
    homes = Counter(
        a.country for a in actors if a.country and a.id.startswith(UNKNOWN_TO_REGISTRY)
    ).most_common(2)
    if not homes or (len(homes) > 1 and homes[0][1] == homes[1][1]):
        return None
    return homes[0][0]


def media_mentions(actors: list[Actor]) -> list[tuple[int, int]]:
    return [m for a in actors if a.type == "media" for m in a.mentions]


def extract(doc: Doc, extractor: Extractor) -> list[Attribution]:
    actors = list(doc._.actors or [])
    known = len(actors)
    mentions = sorted(m for a in actors for m in a.mentions)
    quotes = find_quotes(_text(doc))
    armed = [m for a in actors if a.type in ARMED_TYPES for m in a.mentions]
    found = extractor.find(doc, media_mentions(actors), mentions, quotes, armed)
    records = to_records(
        doc,
        found,
        actors,
        extractor.person_titles,
        quotes,
        extractor.lex.documents,
        extractor.lex.medium_verbs,
    )
    if len(actors) > known:
        doc._.actors = actors  # the sources' own actors, for the output
    doc._.phrase_actors = [a.id for a in actors[known:]]
    not_the_speaker(doc, actors, records)  # before the events stage reads the pronouns
    return records


__all__ = ["Extractor", "Found", "extract"]


class Extractor(VerbCueRule, VerbCues, NounCues, Repairs, LineRules, Continuation):
    def __init__(
        self,
        lexicon: Lexicon,
        verb_lemmas: dict[str, str] | None = None,
        person_titles: frozenset[str] = frozenset(),
        disabled: frozenset[str] = frozenset(),
    ) -> None:
        self.lex = lexicon
        # office words that make a source phrase a person ("spokesman", "minister")
        self.person_titles = person_titles
        # word -> lemma of verbs seen in training, for when the tagger called a verb something
        # else ("laid" as an adjective) or the lemmatizer slipped ("spelled" -> "spelle")
        self.verb_lemmas = verb_lemmas or {}
        # rules switched off (names of ``rules.RULES``)
        self.disabled = check_names(disabled)

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    def _token_rules(self, tok, quotes, media, mentions, after_source=None) -> Found | None:
        """The first report the token rules (``rules.TOKEN_RULES``, in order) find at ``tok``;
        ``after_source``: the words right after a poll or study noun, where alone
        ``misread_report`` can find one (every word, when not given)."""
        f = None
        # each word's tags read once; a rule's cheap test on them before its switch
        pos, lower = tok.pos_, tok.lower_
        if (
            pos in ("VERB", "AUX")
            or tok.tag_.startswith("VB")
            or (pos == "NOUN" and tok.dep_ == "ROOT")
        ) and self.on("verb_cue"):
            f = self._verb_cue(tok, quotes, media, mentions)
        if f is None and pos == "NOUN" and self.on("noun_cue"):
            f = self._noun_cue(tok, mentions)
        if f is None and pos in ("ADJ", "VERB") and self.on("adjective_cue"):
            f = self._adjective_cue(tok)
        if (
            (f is None or f.source is None)
            and (after_source is None or tok.i in after_source)
            and self.on("misread_report")
            and (misread := self._misread_report(tok))
        ):
            f = misread
        if (
            f is None
            and pos in ("NOUN", "PROPN")
            and self.on("report_read_as_noun")
            and (misread := self._report_read_as_noun(tok))
        ):
            f = misread
        if (
            f is None
            and self.on("report_read_as_modifier")
            and (misread := self._report_read_as_modifier(tok))
        ):
            f = misread
        if f is None and lower == "according" and self.on("according_to"):
            f = self._according_to(tok)
        if f is None and lower == "in" and self.on("in_source"):
            f = self._in_source(tok)
        return f

    def _after_source(self, doc: Doc) -> set[int]:
        """The words right after a poll or study noun ("polls show"), singular or plural:
        found on the doc's arrays, so that ``misread_report`` reads no other word."""
        sources = self.lex.source_nouns
        nouns = indices_with(doc, "LEMMA", sources) + indices_with(doc, "LOWER", sources)
        plurals = indices_with(doc, "LOWER", self.lex.source_plurals)
        return {i + 1 for i in nouns + plurals}

    def find(
        self,
        doc: Doc,
        media: list[tuple[int, int]],
        mentions: list[tuple[int, int]],
        quotes: list[tuple[int, int]] | None = None,
        armed: list[tuple[int, int]] = (),
    ) -> list[Found]:
        """Every report in ``doc``: the token rules on each word, then the passes, in the
        order of ``rules.RULES``."""
        quotes = find_quotes(_text(doc)) if quotes is None else quotes
        tags = markup_spans(_text(doc))
        found: list[Found] = []
        # no rule reads a report at a word of these classes ("in", "according" are ADP)
        skip = {doc.vocab.strings.add(p) for p in NO_REPORT_POS}
        pos = doc.to_array("POS").tolist()
        after_source = self._after_source(doc)
        for tok in (doc[i] for i, p in enumerate(pos) if p not in skip):
            if tags and any(s <= tok.idx < e for s, e in tags):
                continue  # "<tweet author=...>": markup, not words
            if (f := self._token_rules(tok, quotes, media, mentions, after_source)) is not None:
                found.append(f)
        if self.on("colon_lines"):
            found = _with_colon_lines(found, self._colon_lines(doc, quotes), _text(doc))
        if self.on("headlines"):
            found += [h for h in self._headlines(doc) if not any(_same_cue(h, f) for f in found)]
        if self.on("embedded_commitments"):
            found = _drop_embedded_commitments(found, quotes)
        if self.on("controlled_cues"):
            found = _drop_controlled_cues(doc, found)
        if self.on("armed_attacks"):
            found = _drop_armed_attacks(doc, found, armed)
        if self.on("duplicate_contents"):
            found = _drop_duplicate_contents(found)
        if self.on("embedded_stances"):
            found = _drop_embedded_stances(doc, found, quotes)
        # What a speaker reports inside a quotation ("“I think we will win,” she said") is
        # part of that quotation, not a second statement: set aside until the quotations are
        # attributed, and kept only for a quotation nobody turns out to have said.
        nested = []
        if self.on("nested_in_quotations"):
            nested = [f for f in found if f.cue and quote_at(quotes, *f.cue[0]) is not None]
            found = [f for f in found if f not in nested]
        if self.on("orphan_quotes"):
            found += self._orphan_quotes(doc, quotes, found)
        found += _unreported(nested, found, quotes)
        if self.on("merge_same_cue"):
            found = _merge_same_cue(found)
        return sorted(found, key=lambda f: min(f.content))
