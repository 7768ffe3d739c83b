"""Who speaks: the speaker's phrase beside a cue (before, after, set off by commas, carried
by a participle) and the actor it refers to."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from parley.actors.described import ID_PREFIX as UNNAMED
from parley.actors.pronouns import BODY_TYPES, PARTITIVES, agrees, person_gender, plural_people
from parley.actors.registry import person_titles
from parley.attribution.clauses import _inside_clause
from parley.attribution.filters import ANSWER_LABELS
from parley.attribution.grammar import (
    BODY_CONTINUITY_CHARS,
    BODY_PRONOUNS,
    DASHES,
    OCCASION_PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    SPEAKER_CONTINUITY_CHARS,
)
from parley.attribution.quotes import find_quotes, quote_at
from parley.attribution.spans import Found, _char_span, _closes_bracket, _text
from parley.model import Actor
from parley.nlp.entity_edges import DAY_NAMES
from parley.nlp.place_names import folded
from parley.nlp.syntax import (
    CLAUSE,
    FINITE_TAGS,
    PASSIVE_SUBJ,
    RELATIVE,
    SUBJ,
)
from parley.nlp.syntax import children as _children

# What opens a line before its words in a live blog or a transcript, and is never part of who
# speaks: a time ("09:45 — ", "18:40 - ") or a speaker's label in capitals ("HOST: ", "Q: ").
LINE_LABEL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?))?(?:\s*[-–—:])?"
    r"|(?:[A-Z][A-Z'’.-]*\s){0,2}[A-Z][A-Z'’.-]*:)\s*"
)
# The label of an interview's first turn, a question or an answer ("Q: ...", "A: ..."), that
# ends its introduction; and how many of the introduction's last sentences may present the
# one who answers ("He spoke to Nile Radio in Juba. The transcript has been shortened.").
FIRST_TURN = re.compile(r"(?m)^(?:Q|Question|A|Answer)\s*:")
INTRODUCTION_SENTENCES = 3
# Whom a transcript's turn addresses right after its label ("HOST: Minister, ...", "Q: Mr
# Combo, ..."): a title or an honorific and a name, then a comma.
VOCATIVE = re.compile(r"((?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w’'-]*)?),\s+")


def without_line_label(
    text: str, source: tuple[int, int], titles: frozenset[str]
) -> tuple[int, int] | None:
    """The source phrase less a live blog's time or a transcript's label that opens its line,
    and less whom a labelled turn addresses ("HOST: Minister, your government says" is the
    government); None when the phrase is nothing but such a label ("09:45")."""
    s, e = source
    if text[text.rfind("\n", 0, s) + 1 : s].strip():
        return source  # not at a line's start
    m = LINE_LABEL.match(text, s, e)
    if m is None or m.end() == s:
        return source
    start = m.end()
    labelled = not text[s].isdigit()
    v = VOCATIVE.match(text, start, e) if labelled else None
    if v is not None and v.group(1).split()[0].lower().rstrip(".") in titles:
        start = v.end()
    return (start, e) if text[start:e].strip() else None


def _in_speaker_phrase(f: Found, found: list[Found]) -> bool:
    """Is ``f``'s cue inside another finding's source ("said O'Donnell, | who wrote about
    the visit |")? Such a report is part of who spoke, and no quotation continues it."""
    return bool(f.cue) and any(
        g is not f and g.source is not None and g.source[0] <= f.cue[0][0] < g.source[1]
        for g in found
    )


def _trailing_speaker(verb: Token) -> list[Token] | None:
    """ "S, an AU spokesman, Yusuf Warsame, said.": the comma-set phrases with no verb right
    before a sentence-final reporting verb, when the parse took them into S."""
    doc = verb.doc
    tokens: list[Token] = []
    i = verb.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    # the sentence's start, or, where the parse split a sentence after a quotation, the last
    # sentence end before the verb
    start = verb.sent.start
    while start > 0 and not (doc[start - 1].text in ".!?" or "\n" in doc[start - 1].text):
        start -= 1
    quoted = False
    relative = False  # the last segment read was a relative clause on the speaker's name
    while i >= start:
        segment = []
        while i >= start and doc[i].text != "," and not doc[i].is_quote:
            segment.append(doc[i])
            i -= 1
        if not segment:
            break
        if any(t.pos_ in ("VERB", "AUX") for t in segment):
            closed = doc[verb.i - 1].text == ","  # not the cue's own clause: "who ... and is"
            if relative or tokens or not closed or segment[-1].lower_ not in RELATIVE_PRONOUNS:
                break
            # "S, Trent Lott, who was majority leader, told X": the clause is on the name
            relative = True
            tokens = segment
            i -= 1  # the comma
            continue
        if relative and segment[-1].pos_ in ("ADP", "ADV", "SCONJ"):
            break  # the clause is on no name: "especially for X, who ..."
        relative = False
        if segment[-1].pos_ != "ADP":  # ", after a long pause,": an aside, not the speaker
            tokens = segment + tokens
        if i >= start and doc[i].is_quote:
            quoted = True
            break  # "“S,” RSF adviser X said": the quotation closes the speaker's phrase
        i -= 1  # the comma
    tokens = [t for t in tokens if t.text != ","]
    if relative or not tokens or (tokens[0].i <= start and not quoted):
        return None
    return (
        sorted(tokens, key=lambda t: t.i)
        if any(t.pos_ in ("NOUN", "PROPN") for t in tokens)
        else None
    )


def _content_end_before(speaker: list[Token]) -> int:
    """Where content before a trailing speaker ends: before the comma that sets it off."""
    doc = speaker[0].doc
    i = speaker[0].i - 1
    while i > 0 and (doc[i].text == "," or doc[i].is_space):
        i -= 1
    return doc[i].idx + len(doc[i].text)


def _speaker_span(heads: list[Token], verb: Token | None = None) -> tuple[int, int]:
    """The speaker's phrase, less a time the parser hung on it ("said former executive Carly
    Fiorina | during the second debate"): never part of who spoke; and less the clause that
    holds the cue ``verb`` ("O'Donnell, | who wrote a book, recalled S") or a verb listed under
    the name."""
    tokens = [t for h in heads for t in h.subtree]
    holding = next(
        (c for h in heads for c in h.children if verb is not None and verb in (c, *c.subtree)),
        None,
    )
    if holding is None:
        # "Donald Trump joked about X, declined to V and told S": a verb the parse listed
        # under the speaker's name is what the speaker did, not who spoke
        holding = next(
            (c for h in heads for c in h.children if c.dep_ == "list" and c.pos_ == "VERB"),
            None,
        )
    if holding is not None:
        tokens = [t for t in tokens if t not in holding.subtree]
    cut = [
        t
        for t in tokens
        if t.dep_ in ("obl", "nmod", "prep", "obl:tmod", "nmod:tmod")
        and t not in heads
        and any(k.dep_ == "case" and k.lower_ in OCCASION_PREPOSITIONS for k in t.children)
        and not _inside_clause(t, heads)
    ]
    if not cut:
        return _phrase_span(heads, exclude=holding)
    first = min(c.left_edge.i for c in cut)
    kept = sorted((t for t in tokens if t.i < first), key=lambda t: t.i)
    if not kept:
        return _phrase_span(heads, exclude=holding)
    while len(kept) > 1 and (kept[-1].is_punct or kept[-1].dep_ in ("case", "cc")):
        kept.pop()
    return _char_span(kept)


def _phrase_span(heads: list[Token], exclude: Token | None = None) -> tuple[int, int]:
    """Characters of the phrases under ``heads`` (less ``exclude``'s subtree), without a
    leading preposition ("according to", "by") or edge punctuation."""
    cut = {t.i for t in exclude.subtree} if exclude is not None else set()
    tokens = sorted({t for h in heads for t in h.subtree if t.i not in cut}, key=lambda t: t.i)
    if tokens:
        # "KHARTOUM (Reuters) — The army chief": a dateline before a dash is not the speaker
        doc, last_head = tokens[0].doc, max(h.i for h in heads)
        dashes = [t.i for t in doc[tokens[0].i : last_head] if t.text in DASHES]
        if dashes:
            tokens = [t for t in tokens if t.i > dashes[-1]] or tokens
    while len(tokens) > 1 and (
        tokens[0].dep_ in ("case", "fixed", "mark", "cc")
        or (tokens[0].is_punct and not tokens[0].is_quote)
    ):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct and not tokens[-1].is_quote:
        tokens.pop()
    # a quotation mark at an edge with no partner inside belongs to a quotation outside
    if len(tokens) > 1 and tokens[0].is_quote and not any(t.is_quote for t in tokens[1:]):
        tokens.pop(0)
    if len(tokens) > 1 and tokens[-1].is_quote and not any(t.is_quote for t in tokens[:-1]):
        tokens.pop()
    return _char_span(tokens)


def _opening_speaker(verb: Token, content: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "Almost half said S", "Priebus, in the wake of a poll, told Fox that S": when the
    parse gave a finite cue verb no subject at all, the words that open its sentence before
    it, up to a comma that opens an adverbial phrase and less a participle's phrase set off
    by commas ("Blunt, facing a stiff challenge, noted S"), read from the word order."""
    # a past participle that is the sentence's root with no auxiliary is a past tense the
    # tagger misread ("Less than a third agreed that S")
    past = (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not _children(verb, {"aux", "aux:pass"})
        and bool(_children(verb, CLAUSE))
    )
    if (verb.tag_ not in FINITE_TAGS and not past) or verb.i == verb.sent.start:
        return None
    words = [t for t in verb.doc[verb.sent.start : verb.i] if not t.is_space]
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        words.pop(0)
    if words and words[0].pos_ in ("ADP", "SCONJ"):
        # "On Sunday, Rubio and Cruz urged S", "In the book, Byrne states S": the parse hung
        # the speaker on the opening phrase; it follows that phrase's comma
        comma = next((k for k, t in enumerate(words) if t.text == ","), None)
        words = words[comma + 1 :] if comma is not None else []
    if not words or words[0].pos_ in ("ADP", "SCONJ") or words[0].is_quote:
        return None  # "In Kyiv said": no speaker opens the sentence
    kept: list[Token] = []
    aside = False  # inside ", facing a stiff challenge from X,": no part of the speaker
    dashed = False  # inside "— who was posted at the door for three years —": neither
    for k, t in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if t.text in DASHES:
            dashed = not dashed
            continue
        if dashed:
            continue
        if t.text == "," and nxt is not None and nxt.pos_ in ("ADP", "SCONJ", "ADV"):
            break  # ", in the wake of a new poll,"
        if t.text == ",":
            aside = nxt is not None and nxt.tag_ in ("VBG", "VBN")
        if aside:
            continue
        if t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS:
            return None  # another finite verb: not a bare subject
        kept.append(t)
    while kept and kept[-1].is_punct and not _closes_bracket(kept):
        kept.pop()
    # "Almost half said", "Neither wanted", "Most said": a quantity the tagger read as an
    # adverb or a determiner is the subject when it ends the opening words
    if not kept or not (
        any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in kept)
        or kept[-1].lower_ in QUANTIFIERS
    ):
        return None
    span = _char_span(kept)
    if any(cs <= span[0] < ce for cs, ce in content):
        return None
    return span


def _participle_speaker(
    verb: Token, quotes, speaks: Callable[[Token], bool] = lambda t: False
) -> tuple[int, int] | None:
    """ "Trump hailed the vote as “fantastic,” telling reporters S", "Peskov said S, adding
    that S2": a participle set off by a comma after its clause speaks with that clause's
    subject, wherever the parse hung it; the subject of the speech verb it hangs on (``speaks``
    tells one) or else of the verb before the comma, outside quotations, that stands highest
    in the parse."""
    if verb.tag_ != "VBG" or _children(verb, {"aux", "aux:pass"}):
        return None
    doc, k = verb.doc, verb.i - 1
    while k > verb.sent.start and (doc[k].pos_ == "ADV" or doc[k].is_quote):
        k -= 1  # ', eventually saying', '“fantastic,” telling'
    if doc[k].text != "," or any(t.i > k for t in _children(verb, SUBJ)):
        return None  # "..., his voice shaking": a participle with a subject of its own
    best = None
    for head in doc[verb.sent.start : k]:
        if head.pos_ not in ("VERB", "AUX") or quote_at(quotes, head.idx, head.idx + 1):
            continue
        subj = [
            t
            for t in _children(head, SUBJ)
            if t.dep_ not in PASSIVE_SUBJ
            and t.i < k
            and t.tag_ not in ("WP", "WDT")
            and t.lower_ not in DAY_NAMES
            and not quote_at(quotes, t.idx, t.idx + 1)
            # a subject the parse hung under the participle itself is no speaker beside it
            # (it would leave no words once the participle's phrase is cut away)
            and not verb.is_ancestor(t)
        ]
        if subj and head == verb.head and speaks(head):
            # "S, a Chinese official said, adding that S2": the speech verb it hangs on
            return _phrase_span(subj, exclude=verb)
        depth = sum(1 for _ in head.ancestors)
        if subj and (best is None or depth < best[0]):
            best = (depth, subj)
    # "said Al Cardenas, referring to Trump": the participle may hang on the speaker itself
    return _phrase_span(best[1], exclude=verb) if best else None


def _clause_subject(verb: Token, content: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of the nearest verb above ``verb`` in the parse, outside the content: who
    speaks when the parse gave the cue no subject of its own ("Trump, tweeting a link to S",
    "X praised them, emphasizing S")."""
    for anc in verb.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if anc.dep_ == "acl" and anc.head.pos_ in ("NOUN", "PROPN") and anc.head.dep_ == "ROOT":
            # the parse made the sentence's verb a modifier of its subject ("Protesters |
            # marched ..., demanding S")
            return _phrase_span([anc.head], exclude=anc)
        subj = [
            t
            for t in _children(anc, SUBJ)
            if t.dep_ not in PASSIVE_SUBJ and not any(cs <= t.idx < ce for cs, ce in content)
        ]
        if subj:
            return _phrase_span(subj)
    return None


def actor_mentions(actors: list[Actor]) -> list[tuple[int, int, Actor]]:
    """Every mention of ``actors`` with its actor, in the actors' order: what ``source_actor``
    reads, made once for all of an article's sources."""
    return [(ms, me, a) for a in actors for ms, me in a.mentions]


def source_actor(
    source: tuple[int, int] | None,
    actors: list[Actor],
    doc: Doc,
    last_speaker: tuple[int, str, int] | None = None,
    last_body: tuple[int, str, int] | None = None,
    mentions: list[tuple[int, int, Actor]] | None = None,
) -> str | None:
    """The actor a source refers to: the actor mentioned in the source phrase (a person
    first, else the first mention: "Russia's team" -> Russia); for he/she the person who last
    spoke, when that was within ``SPEAKER_CONTINUITY_CHARS`` and of no other gender, else the
    coreference layer's answer (``doc._.coref``, which this answer then replaces), else the
    person last mentioned; for "it" the body that spoke last (``last_body``) within
    ``BODY_CONTINUITY_CHARS``, else the coreference layer's answer."""
    if source is None:
        return None
    s, e = source
    if mentions is None:
        mentions = actor_mentions(actors)
    inside = [(ms, a) for ms, me, a in mentions if s <= ms and me <= e]
    # a source phrase cut short by the parse ("Oo" of "Lway Yay Oo") still names its actor
    inside = inside or [(ms, a) for ms, me, a in mentions if ms < e and s < me]
    if not inside:
        # "Lway Yay Oo": a source the parse cut to the last word of a name the actors stage
        # found short ("Lway Yay"), right before it
        inside = [
            (ms, a)
            for ms, me, a in mentions
            if a.type == "person" and me <= s and not _text(doc)[me:s].strip()
        ]
    if inside:
        persons = _named_over_described(
            _text(doc), [(ms, me, a) for ms, me, a in mentions if s <= ms and me <= e]
        )
        persons = [x for x in inside if x[1].type == "person" and x[1].id in persons]
        # of bodies alone, too, the one the phrase is about ("The EU-funded observer team
        # EUMOT" is EUMOT, "The Ombudsman's Office, Ghana's rights body" the Office)
        head = _head_person(doc, source, persons or inside)
        if head is not None:
            return head
        return sorted(persons or inside, key=lambda x: x[0])[-1 if persons else 0][1].id
    text = _text(doc)[s:e].strip().lower()
    if text in ANSWER_LABELS and _text(doc)[e:].lstrip(" ").startswith(":"):
        return _interviewee(doc, actors, s)
    if text == "i":
        return _turn_speaker(doc, s, actors)
    if text not in PRONOUNS | BODY_PRONOUNS | RELATIVE_PRONOUNS:
        named = _by_surname(_text(doc), source, actors) or _by_title(doc, source, actors)
        if named is not None:
            return named
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is not None and text in RELATIVE_PRONOUNS:
        return _antecedent(span, actors)
    coref = doc._.coref if Doc.has_extension("coref") else None
    if span is not None and coref and span.root.lower_ in PARTITIVES:
        # "One of them said": one of the group the coreference layer found for "them"
        counted = [coref[t.i] for t in span if t.i in coref and t.head.i == span.root.i]
        if counted:
            return counted[0]
    if text not in PRONOUNS and text not in BODY_PRONOUNS:
        return None
    pronoun = next((t for t in span if t.lower_ == text), None) if span else None
    resolved = coref.get(pronoun.i) if coref and pronoun is not None else None
    if text == "it" and last_body is not None and pronoun is not None:
        # "X said in a statement. It said ...": the body that spoke just before
        body = next((a for a in actors if a.id == last_body[1]), None)
        near = s - last_body[0] <= BODY_CONTINUITY_CHARS or _next_sentence(doc, last_body[2], s)
        if near and body is not None and body.type in BODY_TYPES:
            if coref is not None:
                coref[pronoun.i] = body.id
            return body.id
    if text in BODY_PRONOUNS:
        return resolved  # "It said ...", "They said ...": the body the coreference layer found
    if (
        last_speaker is not None
        and s - last_speaker[0] <= SPEAKER_CONTINUITY_CHARS
        and _of_gender(text, last_speaker[1], actors, doc)
        # on a transcript's turn the one who answers says "I": "A: He told me" is another
        and _turn_speaker(doc, s, actors) != last_speaker[1]
        and not _new_subject(doc, resolved, last_speaker, s, actors)
    ):
        found = last_speaker[1]
    elif resolved is not None:
        found = resolved
    else:
        before = [(me, a) for a in actors if a.type == "person" for ms, me in a.mentions if me <= s]
        found = max(before, key=lambda x: x[0])[1].id if before else None
    if found is not None and pronoun is not None and coref is not None:
        coref[pronoun.i] = found  # one answer for this pronoun in every later stage
    return found


def _new_subject(
    doc: Doc, resolved: str | None, last_speaker: tuple[int, str, int], at: int, actors: list[Actor]
) -> bool:
    """The person the coreference layer gives a "he"/"she" at ``at`` is another than the last
    speaker and stands, after that speaker's source and statement, outside any quotation and
    in an earlier sentence than the pronoun, as a clause's subject or in apposition to one
    ("..., Milić said. The EU's envoy, Matteo Ricciardi, opened the session. '...,' he said" is
    Ricciardi): the speaker continues no more."""
    if resolved is None or resolved == last_speaker[1]:
        return False
    actor = next((a for a in actors if a.id == resolved), None)
    pronoun = doc.char_span(at, at + 1, alignment_mode="expand")
    if actor is None or actor.type != "person" or pronoun is None:
        return False
    after = max(last_speaker[0], last_speaker[2])
    sentence = pronoun[0].sent.start_char
    quotes = find_quotes(_text(doc))
    for ms, me in actor.mentions:
        if not after <= ms < sentence or quote_at(quotes, ms, me) is not None:
            continue
        span = doc.char_span(ms, me, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in SUBJ or (root.dep_ == "appos" and root.head.dep_ in SUBJ):
            return True
    return False


def _named_over_described(text: str, inside: list[tuple[int, int, Actor]]) -> set[str]:
    """The persons of a source phrase (``inside``: its mentions), less one known only by
    description whose mention stands right beside a named person's, with nothing but titles,
    articles and commas between: "Government spokesman Colonel X", "The rebels' spokeswoman,
    X", "X, the spokeswoman" are X, not "the spokesman" the actors stage also found ("a
    spokesman for President Y" keeps the spokesman: "for" stands between)."""
    persons = [(ms, me, a) for ms, me, a in inside if a.type == "person"]
    named = [(ms, me) for ms, me, a in persons if not a.id.startswith(UNNAMED)]
    titles = person_titles()

    def beside(ms: int, me: int) -> bool:
        for ns, ne in named:
            gap = text[me:ns] if me <= ns else text[ne:ms] if ne <= ms else None
            if gap is not None and all(
                w.strip(",.").lower() in titles or w.lower() in ("a", "an", "the", ",")
                for w in gap.split()
            ):
                return True
        return False

    return {a.id for ms, me, a in persons if not (a.id.startswith(UNNAMED) and beside(ms, me))}


def _persons_named_before(actors: list[Actor], before: int) -> list[Actor]:
    """The persons the article names (not those known by description) first before ``before``."""
    return [
        a
        for a in actors
        if a.type == "person"
        and not a.id.startswith(UNNAMED)
        and a.mentions
        and min(a.mentions)[0] < before
    ]


def _by_surname(text: str, source: tuple[int, int], actors: list[Actor]) -> str | None:
    """A source phrase no actor's mention covers that ends in the surname of one person the
    article named before, accents aside ("Captain Luc" after "Trần Văn Lực", "Maître X"
    after "Jean X"): that person, when no other has that surname."""
    words = re.findall(r"[\w’'-]+", text[source[0] : source[1]])
    if not words or not words[-1][:1].isupper() or len(words) > 3:
        return None
    if not all(w[:1].isupper() for w in words):
        return None  # a description ("many of the Returnees") is no name
    last = folded(words[-1]).lower()  # accents aside: "Lực" is "luc"
    found = {
        a.id
        for a in _persons_named_before(actors, source[0])
        if len(a.name.split()) > 1 and folded(a.name.split()[-1]).lower() == last
    }
    return found.pop() if len(found) == 1 else None


# A definite description by title alone ("The Deputy Minister", "the minister of state").
TITLE_SOURCE = re.compile(r"(?:the|this)\s+([\w -]+)", re.IGNORECASE)
# How far after a title its holder's name may stand ("Deputy Minister of Foreign Affairs His
# Excellency Mr. X"): about a long title's length.
TITLE_NAME_CHARS = 80


def _by_title(doc: Doc, source: tuple[int, int], actors: list[Actor]) -> str | None:
    """A source that names a title alone ("The Deputy Minister said") whom no actor's mention
    covers: the person last named with that title before it, right after it ("Deputy
    Minister X", within ``TITLE_NAME_CHARS`` and the sentence) or set off after the name
    ("X, Minister of State at the Y, said")."""
    text = _text(doc)
    m = TITLE_SOURCE.fullmatch(text[source[0] : source[1]].strip())
    if m is None:
        return None
    title = m.group(1).strip()
    head = title.lower().split(" of ")[0].split()[-1]
    if head not in person_titles():
        return None
    persons = _persons_named_before(actors, source[0])
    mentions = [(ms, me, a.id) for a in persons for ms, me in a.mentions if me <= source[0]]
    pattern = re.compile(rf"\b{re.escape(title)}\b", re.IGNORECASE)
    for hit in reversed(list(pattern.finditer(text, 0, source[0]))):
        after = [
            (ms, pid)
            for ms, me, pid in mentions
            if 0 <= ms - hit.end() <= TITLE_NAME_CHARS and _one_sentence(doc, hit.start(), ms)
        ]
        if after:
            return min(after)[1]
        before = [pid for ms, me, pid in mentions if 0 <= hit.start() - me <= 3]
        if before:
            return before[0]
    return None


def _one_sentence(doc: Doc, a: int, b: int) -> bool:
    """Do the characters ``a`` and ``b`` stand in one sentence of the parse?"""
    x = doc.char_span(a, a + 1, alignment_mode="expand")
    y = doc.char_span(b, b + 1, alignment_mode="expand")
    return x is not None and y is not None and x[0].sent.start == y[0].sent.start


def _next_sentence(doc: Doc, end: int, at: int) -> bool:
    """Does ``at`` open the sentence right after a statement that ends at ``end`` ("X said
    in a statement that S, however long. It warned ...")? Only marks stand between."""
    between = _text(doc)[end:at]
    return any(c in ".!?" for c in between) and not any(c.isalnum() for c in between)


def _antecedent(span, actors: list[Actor]) -> str | None:
    """The actor a relative pronoun stands for: the one named by the noun its clause hangs on
    ("Rosa Ticona, who said ...", "the alliance, which said ..."), a person first."""
    clause = span.root.head
    if clause.dep_ not in RELATIVE:
        return None
    noun = clause.head
    start, end = noun.left_edge.idx, noun.idx + len(noun)
    named = [
        (a.type != "person", -ms, a.id)
        for a in actors
        for ms, me in a.mentions
        if ms < end and start < me and me <= span.start_char
    ]
    return min(named)[2] if named else None


def _turn_speaker(doc: Doc, at: int, actors: list[Actor]) -> str | None:
    """Who "I" is outside a quotation on a transcript's line opened by a speaker's label: the
    interviewee on an answer's line ("A: I asked them to come"), else the person the label
    names ("ODHIAMBO: I told him"); None on any other line."""
    text = _text(doc)
    if quote_at(find_quotes(text), at, at + 1) is not None:
        return None
    line = text.rfind("\n", 0, at) + 1
    label = LINE_LABEL.match(text, line, at)
    if label is None or text[line : line + 1].isdigit():
        return None
    name = text[line : label.end()].strip().rstrip(":").strip()
    if name.lower() in ANSWER_LABELS:
        return _interviewee(doc, actors, at)
    end = line + len(name)
    return next(
        (
            a.id
            for a in actors
            if a.type == "person"
            for ms, me in a.mentions
            if ms < end and line < me
        ),
        None,
    )


def _interviewee(doc: Doc, actors: list[Actor], before: int) -> str | None:
    """Who answers an interview's questions ("A: We never ..."): the person the introduction
    has speak (``_introduced``), else the person the article names most before that answer
    (of a tie, the first named), a named one before one known by description ("farmers")."""
    introduced = _introduced(doc, actors)
    if introduced is not None:
        return introduced
    named = [
        (a.id.startswith(UNNAMED), -len(a.mentions), min(a.mentions)[0], a.id)
        for a in actors
        if a.type == "person" and a.mentions and min(a.mentions)[0] < before
    ]
    return min(named)[3] if named else None


def _introduced(doc: Doc, actors: list[Actor]) -> str | None:
    """The person an interview's introduction presents as the one who answers: the subject
    of one of its last sentences before the first question or answer ("She spoke to Hague
    Justice Review after the hearing." is the one "she" is; "The transcript has been
    shortened." names no one), whoever the answers name later. None for a text with no
    labelled turns or an introduction that ends on no person."""
    text = _text(doc)
    first = FIRST_TURN.search(text)
    if first is None:
        return None
    coref = doc._.coref if Doc.has_extension("coref") else {}
    persons = [(ms, me, a.id) for a in actors if a.type == "person" for ms, me in a.mentions]
    sentences = [s for s in doc.sents if s.end_char <= first.start() and s.text.strip()]
    for sent in reversed(sentences[-INTRODUCTION_SENTENCES:]):
        for tok in sent:
            if tok.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or tok.head != sent.root:
                continue
            found = coref.get(tok.i) if tok.pos_ == "PRON" else None
            found = found or next((a for ms, me, a in persons if ms <= tok.idx < me), None)
            if found is not None and found in {a for _, _, a in persons}:
                return found
    return None


def _of_gender(pronoun: str, actor_id: str, actors: list[Actor], doc: Doc) -> bool:
    """The last speaker may be the "he" or "she" that speaks next: not a woman for "he"
    ("..., said Sylvie Mbuyi. ... he said" is someone else)."""
    actor = next((a for a in actors if a.id == actor_id), None)
    if actor is not None and plural_people(actor, doc):
        return False  # "Two diplomats said ... He said" is someone else
    return actor is None or agrees(pronoun, person_gender(actor, doc))


def _head_person(doc: Doc, source: tuple[int, int], persons: list) -> str | None:
    """Of several persons (or, where it names none, bodies) named in a source phrase, the one
    the phrase is about: whose name is its head or stands in apposition to its head ("Omar
    Haddad, an adviser to President Karim Nasser" is Haddad; "a spokesman for President Ruto,
    Hussein Mohamed" is Mohamed)."""
    if len({a.id for _, a in persons}) < 2:
        return None
    span = doc.char_span(*source, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    heads = {root.i} | {c.i for c in root.children if c.dep_ == "appos"}
    if root.dep_ == "appos":
        heads.add(root.head.i)
    found = {
        a.id
        for _, a in persons
        for ms, me in a.mentions
        if any(ms <= doc[i].idx < me for i in heads)
    }
    return found.pop() if len(found) == 1 else None


def _names_a_person(source: str, titles: frozenset[str]) -> bool:
    """A source phrase headed by an office ("the dissidents' spokesman, X") is a person even
    when the NER took the name for an organisation."""
    return any(w.strip(",.'’").lower() in titles for w in source.split())
