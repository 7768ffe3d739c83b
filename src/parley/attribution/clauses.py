"""Clauses a cue reports: complements, objects that carry a clause, demands and their
addressees, topics."""

from __future__ import annotations

from spacy.tokens import Token

from parley.attribution.grammar import (
    ADVERBIAL_OPENERS,
    COMPLEMENTIZERS,
    DEMANDED,
    MODIFIER,
    OBJ,
    PLACE_PREPOSITIONS,
)
from parley.attribution.spans import _char_span
from parley.attribution.word_order import _title_read_as_verb
from parley.nlp.entity_edges import DAY_NAMES
from parley.nlp.syntax import (
    AGENT,
    CLAUSE,
    FINITE_TAGS,
    OPEN_CLAUSE,
    SUBJ,
)
from parley.nlp.syntax import children as _children


def _prepositional(tok: Token) -> bool:
    """Whether ``tok``'s phrase opens with its preposition ("in a later interview", "even in
    her hometown"): no subject, whatever the parse says ("four in 10 voters" is one, and so is
    "about four in 10", "over 60 percent": a number's approximator)."""
    words = [t for t in tok.subtree if t.dep_ != "advmod"]
    if len(words) < 2 or words[0].dep_ != "case" or words[0].head != tok:
        return False
    return words[0].lower_ in PLACE_PREPOSITIONS and not words[1].like_num


def _complement_above(verb: Token) -> tuple[int, int] | None:
    """ "When Clinton said she would debate on Monday, he ...": a report in an adverbial
    clause that the parse made a modifier of the clause right after it, which has a subject
    of its own and is what was said (the words after the report, up to a comma)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or not _children(verb, SUBJ):
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children):
        return None  # "when", "after", "because": the report's own clause
    subjects = _children(head, SUBJ)
    if not subjects or subjects[0].i != verb.right_edge.i + 1:
        return None
    if verb.doc[verb.right_edge.i].is_punct:
        return None  # "When the envoy confirmed, the delegates left": a clause of its own
    said = []
    for tok in verb.doc[verb.right_edge.i + 1 : head.right_edge.i + 1]:
        if tok.text == "," and tok.head == head.head:
            break
        said.append(tok)
    while said and said[-1].is_punct:
        said.pop()
    return _char_span(said) if len(said) >= 3 else None


def _stray_that_clause(verb: Token) -> list[Token]:
    """ "said on Friday during a news conference that he may wait": a "that" clause the parser
    hung on a noun after the verb. Only a clause whose verb has an object, a complement or a
    modal counts: "the report that he wrote" is a relative clause, not what was said."""
    for k in verb.subtree:
        if k.i <= verb.i or k.lower_ != "that" or k.i + 1 >= len(verb.doc):
            continue
        subj = verb.doc[k.i + 1]
        inner = subj.head
        if subj.dep_ not in SUBJ or inner.i <= subj.i or inner == verb:
            continue
        # the relative "that" is the object of its own clause: it does not count
        complete = any(
            c.dep_ in OBJ | CLAUSE | OPEN_CLAUSE and c != k for c in inner.children
        ) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in inner.children)
        if complete and inner in verb.subtree:
            return [inner]
    return []


def _asks_for(verb: Token, lemma: str, phrasal: bool) -> bool:
    """Does the demand verb's object name what it asks for ("demanded the release of X",
    "called for a truce"), not whom it asks? Only a verb the tagger read as one: "Moscow's
    call for a truce" is a reporting noun."""
    return verb.pos_ == "VERB" and (phrasal or lemma in DEMANDED)


def _is_to_clause(tok: Token) -> bool:
    """A clause opened by infinitive "to" ("to resign")."""
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in tok.children)


def _addressee(verb: Token, infinitive: Token) -> tuple[Token, Token] | None:
    """ "called on the administration to block the deal": the "on" phrase between a demand
    verb and its infinitive, as its preposition and its noun."""
    for c in verb.children:
        if c.dep_ in ("obl", "prep", "nmod") and verb.i < c.i < infinitive.i:
            on = [k for k in (c, *c.children) if k.lower_ in ("on", "upon")]
            if on:
                return on[0], (c if c.lower_ not in ("on", "upon") else next(c.children, c))
    return None


def _reported_clauses(verb: Token, after_quote: bool = False) -> list[Token]:
    """The clausal complements of ``verb`` that can be what it reports: not an adverbial
    ("after mediators met") nor a participle after a comma ("asked, looking pleased") and, of
    two, the one right after the verb ("RENO (AP) — Trump says S": the one before is a
    misparsed dateline), unless a quotation closes right before the verb (``after_quote``:
    "“S,” said the 46-year-old", where the parse took the speaker for a clause)."""
    clauses = []
    for c in _children(verb, CLAUSE):
        words = [t for t in c.subtree if not t.is_punct]
        bare = c.tag_ == "VBG" and not _children(c, SUBJ | {"aux", "aux:pass"})
        if bare and c.i > verb.i and "," in (c.left_edge.text, c.doc[c.left_edge.i - 1].text):
            continue  # ", looking far from displeased": how, not what
        if c.lower_ in DAY_NAMES and len(words) == 1:
            continue  # "said Wednesday he agrees": a time the parse made a clause
        if words and words[0].lower_ not in ADVERBIAL_OPENERS:
            clauses.append(c)
    for c in _children(verb, {"advcl"}):
        # "acknowledge privately that they were not surprised": a "that" clause with a subject
        # of its own that the parse made adverbial
        if c.i > verb.i and c.left_edge.lower_ == "that" and _children(c, SUBJ):
            clauses.append(c)
    for c in _children(verb, {"conj"}):
        # "polling is showing Trump has a lead": a clause right after the verb, with a subject
        # and no "and", that the parse made a conjunct
        finite = c.tag_ in FINITE_TAGS or any(
            a.dep_ == "aux" and a.tag_ in FINITE_TAGS | {"MD"} for a in c.children
        )  # "contends the party may switch sides"
        if (
            c.left_edge.i == verb.i + 1
            and _children(c, SUBJ)
            and not _children(c, {"cc"})
            and finite
        ):
            clauses.append(c)
    if len(clauses) > 1 and after_quote:
        clauses = [c for c in clauses if c.i < verb.i] or clauses
    elif len(clauses) > 1:
        after = verb.i + 1 < len(verb.doc) and not verb.doc[verb.i + 1].is_punct
        clauses = [c for c in clauses if after and c.left_edge.i == verb.i + 1] or clauses
    return clauses


def _is_complement(tok: Token) -> bool:
    """A clause that completes a noun or verb: ccomp, or an (acl) clause opened by "that"
    with a subject of its own, which a relative clause ("the offer that he made") lacks."""
    if tok.dep_ == "ccomp":
        return True
    if tok.dep_ not in ("acl", "acl:relcl", "relcl"):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in tok.children)
    return marked and any(c.dep_ in SUBJ for c in tok.children)


def _is_participle_modifier(verb: Token) -> bool:
    """ "the routes proposed by Russia": a participle that modifies a noun (a relative clause
    with a finite verb, "voters who support X", still reports)."""
    if verb.dep_ == "amod":
        return True
    return verb.dep_ in ("acl", "acl:relcl", "relcl") and "Fin" not in verb.morph.get("VerbForm")


def _main_verb_on_subject(verb: Token) -> bool:
    """ "The African Union called on ...": the parse hung the sentence's verb on its subject,
    a noun it made the root."""
    head = verb.head
    return (
        verb.dep_ in MODIFIER
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and verb.tag_ in FINITE_TAGS | {"VBN"}
        and not any(c.dep_ in AGENT for c in verb.children)
    )


def _phrase_after(verb: Token) -> list[Token]:
    """The words right after ``verb`` up to a mark or the line's end, when they are one noun
    phrase however parsed: no finite verb past its first word, no preposition or adverb
    first, a noun or name last that is no day ("said Tuesday"), every word hanging inside the
    run or on the verb."""
    run: list[Token] = []
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        hyphen = tok.text == "-" and not tok.whitespace_ and run and not run[-1].whitespace_
        if (tok.is_punct and not hyphen) or tok.is_quote or tok.is_space:
            break  # "the 46-year-old" holds its hyphens
        run.append(tok)
    if not run or run[0].pos_ in ("ADP", "ADV", "SCONJ", "PART", "AUX", "PRON", "NUM"):
        return []
    # a noun or name last, or an adjective standing for a person ("the 46-year-old")
    last = run[-1].pos_ in ("PROPN", "NOUN") or (run[-1].pos_ == "ADJ" and run[0].pos_ == "DET")
    if not last or any(t.lower_ in DAY_NAMES for t in run):
        return []
    inside = {t.i for t in run} | {verb.i}
    # a participle opening the phrase ("retired neurosurgeon X") may be tagged a past verb
    if any(
        (t.tag_ in FINITE_TAGS and t.i > run[0].i and not _title_read_as_verb(t, run))
        or t.tag_ == "MD"
        or (t.head.i not in inside and not _on_clause_after(t, verb, run))
        for t in run
    ):
        return []
    return run


def _on_clause_after(tok: Token, verb: Token, run: list[Token]) -> bool:
    """ "said Virginia delegate Beau Correll, angered that S": the parse made a word of the
    name the subject of a clause of the verb's that comes after the run."""
    return tok.head.head == verb and tok.head.i > run[-1].i


def _inside_clause(tok: Token, heads: list[Token]) -> bool:
    """Is there a verb between ``tok`` and the phrase heads above it ("who declined to run
    | after voting": a relative clause's own time)?"""
    cur = tok.head
    while cur not in heads and cur.head != cur:
        if cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


def _topic(head: Token, prepositions: set[str]) -> tuple[Token, list[Token]] | None:
    """The phrase after ``head`` that one of ``prepositions`` opens ("critical | of the
    draft", "call | for a truce"): the preposition and the phrase's other words."""
    for c in head.children:
        if c.dep_ not in ("obl", "nmod", "prep") or c.i < head.i:
            continue
        case = [k for k in c.children if k.dep_ == "case" and k.lower_ in prepositions]
        if not case or c.lower_ in DAY_NAMES or c.like_num:
            continue  # "a statement on Wednesday": a time, not a topic
        words = [t for t in c.subtree if t != case[0]]
        if c.tag_ in ("VBD", "VBN") and any(t.i < c.i for t in words):
            # "call for a truce surprised Kyiv", parsed with the verb as the phrase's head:
            # the phrase ends before the verb
            words = [t for t in words if t.i < c.i]
        return case[0], words
    return None


def _as_complement(verb: Token) -> Token | None:
    """The "as" phrase of "see X as Y", "regard X as Y"."""
    for c in verb.children:
        marks = [k for k in c.children if k.dep_ in ("case", "mark")]
        is_as = c.lower_ == "as" or any(k.lower_ == "as" for k in marks)
        if c.dep_ in ("obl", "advcl", "xcomp", "prep") and c.i > verb.i and is_as:
            return c
    return None
