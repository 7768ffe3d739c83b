"""Repairs read from the word order where the parse tore a report apart (asides set off by
commas, inverted and trailing reports, titles and names the tagger misread)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.actors.registry import person_titles
from parley.attribution.grammar import (
    ASIDE_MAX_WORDS,
    DASHES,
    INVERTED_GAP_CHARS,
    INVERTED_SPEAKER_MAX_WORDS,
    LISTENER_OBJECT,
    NOUN_MODIFIERS,
    NOUN_PHRASE_POS,
    OBJ,
    TRAILING_SPEAKER_MAX_WORDS,
)
from parley.attribution.quotes import quote_at
from parley.attribution.spans import (
    Found,
    _char_span,
    _comma_before,
    _sentence_end,
    _sentence_stop,
    _text,
    _trim_marks,
    _words,
)
from parley.nlp.syntax import (
    FINITE_TAGS,
    OPEN_CLAUSE,
    RELATIVE,
    SUBJ,
    WH_TAGS,
)
from parley.nlp.syntax import children as _children


def _compound_subject(verb: Token) -> list[Token]:
    """The compound right before a verb the tagger read as a noun ("official data | suggest",
    "some strategists | fear"), with the modifiers the parse hung on the verb: the words of
    its subject, or none."""
    compound = [
        c
        for c in verb.children
        if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == verb.i - 1
    ]
    if not compound:
        return []
    heads, i = list(compound), compound[0].left_edge.i - 1
    while i >= 0 and verb.doc[i].head == verb and verb.doc[i].dep_ in NOUN_MODIFIERS | {"compound"}:
        heads.insert(0, verb.doc[i])
        i = verb.doc[i].left_edge.i - 1
    return heads


def _relative_noun(verb: Token, quotes) -> Token | None:
    """The noun before ``verb`` whose relative clause holds it ("a source, who was not
    authorized | to speak"), when that noun is outside any quotation (else the parse hung
    the report on a word inside the quotation)."""
    clause = verb
    while clause.dep_ in OPEN_CLAUSE:
        clause = clause.head  # "authorized | to speak"
    noun = clause.head if clause.dep_ in RELATIVE and clause.head.i < verb.i else None
    if noun is None or quote_at(quotes, noun.idx, noun.idx + 1) is not None:
        return None
    return noun


def _parenthetical(verb: Token) -> tuple[list[Token], list[list[Token]]] | None:
    """ "The deal, officials believe, will hold": a report set off by commas inside the clause
    it reports, read from the commas whatever the parse; the speaker (one to
    ``ASIDE_MAX_WORDS`` words, no verb) and the rest of the sentence."""
    doc = verb.doc
    sent = verb.sent
    after = verb.i + 1
    if after >= sent.end or doc[after].text != ",":
        return None
    start = verb.i - 1
    while start > sent.start and doc[start].text != "," and verb.i - start <= ASIDE_MAX_WORDS:
        start -= 1
    speaker = list(doc[start + 1 : verb.i])
    if doc[start].text != "," or not speaker or start == sent.start:
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in speaker):
        return None
    before = [t for t in doc[sent.start : start] if not t.is_space]
    rest = [t for t in doc[after + 1 : sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and not rest[-1].is_quote:
        rest.pop()
    if len([t for t in before + rest if not t.is_punct]) < 3:
        return None
    return speaker, [before, rest]


def _inverted_aside(verb: Token) -> tuple[list[Token], list[list[Token]]] | None:
    """ "Any fair reading of the deal, said Ana Ruiz, an analyst at the institute, would
    find it one-sided": a speech verb set off by commas inside the clause it reports, with
    its speaker after it; the speaker runs to the comma right before the clause's verb
    resumes (the first verb after the cue); the content is the clause around them."""
    doc, sent = verb.doc, verb.sent
    comma = verb.i - 1
    if comma <= sent.start or doc[comma].text != "," or verb.tag_ not in FINITE_TAGS:
        return None  # not ", recalling X, ...": a participle is no inverted report
    resume = next((t for t in doc[verb.i + 1 : sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if resume is None or doc[resume.i - 1].text != ",":
        return None
    speaker = [t for t in doc[verb.i + 1 : resume.i - 1] if not t.is_space]
    if not speaker or speaker[0].pos_ not in ("PROPN", "DET", "NOUN", "ADJ", "NUM"):
        return None
    if len(speaker) > INVERTED_SPEAKER_MAX_WORDS or any(t.is_quote for t in speaker):
        return None
    before = [t for t in doc[sent.start : comma] if not t.is_space]
    if any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in before):
        return None  # "The talks stalled, said Osman, ...": a clause of its own before
    rest = [t for t in doc[resume.i : sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and not rest[-1].is_quote:
        rest.pop()
    if len([t for t in before if not t.is_punct]) < 2 or len(rest) < 2:
        return None
    return speaker, [before, rest]


def _as_aside(verb: Token) -> list[tuple[int, int]] | None:
    """The clause an "as" aside with a subject comments on ("As Politico reported, S",
    "S, as Comey noted"), set off by a comma, less the aside; none when the aside is on a
    word ("as bad as she said")."""
    if verb.dep_ != "advcl" or not _children(verb, SUBJ):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") and not _children(head, SUBJ):
        return None
    aside = {t.i for t in verb.subtree}
    doc = verb.doc
    # a comma at either end of the aside, the parse's or just outside it
    ends = {verb.left_edge.i - 1, verb.left_edge.i, verb.right_edge.i, verb.right_edge.i + 1}
    if not any(0 <= i < len(doc) and doc[i].text == "," for i in ends):
        return None
    words = [t for t in head.subtree if t.i not in aside and not t.is_space]
    words = _trim_marks(words)
    if len(words) < 3:
        return None
    # the clause on either side of the aside ("The talks, as she said, will resume")
    pieces = [[t for t in words if t.i < verb.i], [t for t in words if t.i > verb.i]]
    return [_char_span(p) for p in pieces if p]


def _comma_report(verb: Token, quotes) -> tuple[list[Token], list[Token]] | None:
    """ "S, teachers and union officials told POLITICO." and "S, said Grant Green, a former
    official.": a finite report verb next to a comma-set speaker (words with no verb) that
    closes its sentence, read from the commas whatever the parse; the speaker's words and the
    clause before the comma (with a verb of its own), when no quotation is in it (the
    quotation rules read those)."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or verb.i < 2:
        return None
    # the words between the verb (or a comma right before it) and the comma before them
    left = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    comma = _comma_before(doc, left)
    speaker = list(doc[comma + 1 : left])
    set_off = (
        doc[comma].text == "," and speaker and not any(t.pos_ in ("VERB", "AUX") for t in speaker)
    )
    if not set_off and (left == verb.i or verb.lemma_.lower() in LISTENER_OBJECT):
        return None  # neither form below (tested before the sentence's end is sought)
    end = _sentence_stop(doc, verb.i + 1)
    tail = list(doc[verb.i + 1 : end])
    if set_off:
        # "S, X said (to reporters).", "S, his top aide, X, told POLITICO."
        if any(t.pos_ in ("VERB", "AUX") or t.dep_ in OBJ for t in tail):
            return None  # "..., they proposed sweeping overhauls": an object, not a report
        if len(tail) > TRAILING_SPEAKER_MAX_WORDS:
            return None
    elif left < verb.i and verb.lemma_.lower() not in LISTENER_OBJECT:
        # "S, said X, a former official."
        comma = left
        speaker = tail[: next((k for k, t in enumerate(tail) if t.text == ","), len(tail))]
        if not speaker or speaker[0].pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
            return None
    else:
        return None
    if any(
        t.pos_ in ("VERB", "AUX", "SCONJ") or t.tag_ in WH_TAGS or t.is_punct or t.is_quote
        for t in speaker
    ):
        return None  # "a drop from 76 percent who said the same": a relative clause
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
        return None
    title = _title_before(doc, comma)
    if title and comma < verb.i:
        # "S, his top aide, Tad Devine, told X": the title set off before the name joins it
        speaker = [*title, doc[comma], *speaker]
        comma = title[0].i - 1
    start = comma
    while start > 0 and not _sentence_end(doc[start - 1]) and doc[start - 1].text not in DASHES:
        start -= 1  # "X bristle at the blame — it's a two-way street, they insist"
    said = [t for t in doc[start:comma] if not t.is_space]
    if said and any(qs < said[-1].idx + len(said[-1]) and said[0].idx < qe for qs, qe in quotes):
        return None
    said = _trim_marks(said)
    if len(said) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in said):
        return None
    return speaker, said


def _in_word_order(cue: Token, source: list[Token], content: list[Token], cls: str) -> Found:
    """A report read from the word order around a cue word the parse misread: the words
    before it that speak and the words after it that are said."""
    return Found(
        cue=[_char_span([cue])],
        content=[_char_span(content)],
        source=_char_span(source),
        cls=cls,
    )


def _noun_phrase_start(doc: Doc, last: int) -> int:
    """Where the noun phrase that ends with token ``last`` starts, read from the words
    before it ("a new national poll", "Ted Cruz's associates")."""
    start = last
    while (
        start > 0
        and not doc[start - 1].is_space
        and (doc[start - 1].pos_ in NOUN_PHRASE_POS or doc[start - 1].tag_ == "POS")
    ):
        start -= 1
    return start


def _title_before(doc: Doc, comma: int) -> list[Token]:
    """The words set off by commas before ``comma`` when they are a title with no verb ("his
    top aide"), else none."""
    start = _comma_before(doc, comma)
    words = list(doc[start + 1 : comma])
    if start <= 0 or doc[start].text != "," or not words:
        return []
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return []
    return words if any(t.lemma_.lower() in person_titles() for t in words) else []


def _titled_apposition(
    doc: Doc, source: tuple[int, int], content: list[tuple[int, int]]
) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """ "S, an AU spokesman, Yusuf Warsame, said": a title phrase set off by commas right
    before the speaker's name is part of the source, wherever the parser hung it."""
    at = doc.char_span(source[0], source[0] + 1, alignment_mode="expand")
    first = at[0] if at is not None and len(at) and at[0].idx == source[0] else None
    if first is None or first.i < 2 or doc[first.i - 1].text != ",":
        return source, content
    top = doc[first.i - 2]
    while top.dep_ != "appos" and top.head != top and top.head.right_edge.i == top.right_edge.i:
        top = top.head
    if top.dep_ != "appos" or top.lemma_.lower() not in person_titles():
        return source, content
    start = min(t.i for t in top.subtree if not t.is_punct)
    if start < 1 or doc[start - 1].text != ",":
        return source, content
    cut = doc[start - 1].idx
    trimmed = [(cs, min(ce, cut)) for cs, ce in content if cs < cut]
    if not trimmed:
        return source, content
    return (doc[start].idx, source[1]), trimmed


def _inverted(verb: Token, quotes) -> bool:
    """ "“S,” says X": a quotation closes right before the verb, with only marks between."""
    text = _text(verb.doc)
    return any(
        0 <= verb.idx - qe <= INVERTED_GAP_CHARS
        and not _words(text[qe : verb.idx])
        and "\n" not in text[qe : verb.idx]
        for _, qe in quotes
    )


def _just_before(quote: tuple[int, int], verb: Token) -> bool:
    """Does ``quote`` close right before ``verb`` with only a speaker's phrase between, even
    where the parse began a new sentence after it ("“S,” RSF adviser X said")?"""
    if quote[1] > verb.idx:
        return False
    text = _text(verb.doc)
    # the cheap tests first: this runs for every quotation and cue (a line break looked for
    # without copying the text between, which may be most of the article)
    if text.find("\n", quote[1], verb.idx) != -1:
        return False
    if len(_words(text[quote[1] : verb.idx])) > TRAILING_SPEAKER_MAX_WORDS:
        return False
    # a full stop ends a sentence only as a token of its own: "Mr." does not
    span = verb.doc.char_span(quote[1], verb.idx, alignment_mode="expand")
    return not any(t.text in (".", "!", "?") for t in (span if span is not None else ()))


def _title_read_as_verb(tok: Token, run: list[Token]) -> bool:
    """ "said Kenyan delegate Amina Otieno": a lower-case title before the name that ends
    the run, which the tagger read as a present-tense verb (a third-person "-s" or past
    form would be a verb indeed: "said Kenya backs Ruto")."""
    rest = [t for t in run if t.i > tok.i]
    return (
        tok.tag_ in ("VBP", "VB")
        and tok.is_lower
        and bool(rest)
        and all(t.pos_ == "PROPN" for t in rest)
    )


def _modal_read_name(verb: Token) -> Token | None:
    """A capitalised "Will" or "May" right before a past or present tense that the tagger
    made that verb's modal: no modal comes before a tensed verb, so it is a name ("George
    Will wrote", "May says")."""
    # a base form whose lemma differs from the word is inflected all the same ("criticized")
    tensed = verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VB" and verb.lemma_ != verb.lower_)
    if not tensed or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ == "MD" and before.is_title and before.head == verb:
        return before
    return None
