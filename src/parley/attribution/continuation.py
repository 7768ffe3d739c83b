"""Quotations with no cue of their own: which speaker and statement they continue."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from parley.attribution.grammar import OBJ, PRONOUNS, TRAILING_SPEAKER_MAX_WORDS
from parley.attribution.quotes import quote_at
from parley.attribution.spans import (
    Found,
    _char_span,
    _cue_token,
    _depth,
    _is_title,
    _overlaps,
    _subtree_span,
    _text,
    _tokens_in,
)
from parley.attribution.speakers import _in_speaker_phrase, _phrase_span, _speaker_span
from parley.nlp.syntax import (
    CLAUSE,
    OPEN_CLAUSE,
    SUBJ,
)
from parley.nlp.syntax import children as _children


def _quoted_statement(
    doc: Doc, quotes, before: list[Found], prev: Found, start: int
) -> Found | None:
    """The statement a quotation at ``start`` goes on when its paragraph already quoted the
    same speaker: the statement whose last quotation is the latest before it, in the same
    paragraph with no quotation between, when every statement between them and the one the
    quotation's speaker comes from (``prev``) have that statement's source ("“A,” Clinton
    said at a school as she sat with pupils. “B.”" is one statement)."""
    quoting = [f for f in before if quote_at(quotes, *max(f.content)) is not None]
    if not quoting:
        return None
    statement = max(quoting, key=lambda f: max(f.content)[1])
    end = max(statement.content)[1]
    if "\n" in _text(doc)[end:start] or any(end <= s and e <= start for s, e in quotes):
        return None
    between = [f for f in before if max(f.content)[1] > end]
    if any(f.source != statement.source for f in [prev, *between]):
        return None
    return statement


def _main_report(doc: Doc, quotes, before: list[Found], closest: Found) -> Found:
    """The report a quotation that follows goes on: of the attributions in the sentence of
    the closest one, the one whose cue is the sentence's main verb, or else one that quotes
    ("“S1,” Lieberman told the Journal, after de Blasio stated an interest in S2. “S3.”"
    goes on Lieberman's)."""
    at = _cue_token(doc, closest)
    if at is None or _depth(at) == 0:
        return closest
    sent = at.sent
    same = [
        (f, tok)
        for f in before
        if f is not closest
        and (tok := _cue_token(doc, f)) is not None
        and sent.start <= tok.i < sent.end
    ]
    depth = _depth(at)
    higher = [(d, f) for f, tok in same if (d := _depth(tok)) < depth]
    if higher:
        return min(higher, key=lambda pair: pair[0])[1]
    quoting = [f for f, _ in same if any(quote_at(quotes, *c) for c in f.content)]
    if quoting and not any(quote_at(quotes, *c) for c in closest.content):
        return max(quoting, key=lambda f: max(f.content)[1])
    return closest


class Continuation:
    """The rules for quotations with no cue of their own."""

    def _orphan_quotes(self, doc: Doc, quotes, found: list[Found]) -> list[Found]:
        """Quotations no cue claimed: they continue the speaker of the closest attribution
        before them (news style: "X said S. “Quote.”"). A quotation that follows that
        speaker's own quotation with nothing but the cue between, in the same paragraph or
        opening the next, goes on the same statement (“A,” X said. “B.”) and joins its
        content; any other becomes an attribution of its own with that speaker."""
        out: list[Found] = []
        used = [c for f in found for c in f.content]
        phrase: dict[int, bool] = {}  # a finding's cue never moves: asked once per finding

        def in_phrase(f: Found) -> bool:
            if id(f) not in phrase:
                phrase[id(f)] = _in_speaker_phrase(f, found)
            return phrase[id(f)]

        for qs, qe in quotes:
            if any(cs <= qs < ce or qs <= cs < qe for cs, ce in used):
                continue
            if len(_text(doc)[qs:qe].split()) < 4 or _is_title(_text(doc)[qs:qe]):
                continue  # a scare-quoted word or a title, not a quotation
            inside = (
                self._quoting_clause(doc, (qs, qe))
                or self._bare_report_before(doc, (qs, qe), found)
                or self._speaker_after(doc, (qs, qe))
            )
            if inside is not None:
                out.append(inside)
                continue
            before = [
                f
                for f in [*found, *out]
                if f.source is not None and max(f.content)[1] <= qs and not in_phrase(f)
            ]
            if not before:
                continue
            prev = _main_report(doc, quotes, before, max(before, key=lambda f: max(f.content)[1]))
            if self._continues(doc, quotes, prev, qs):
                prev.content.append((qs, qe))
            elif (earlier := _quoted_statement(doc, quotes, before, prev, qs)) is not None:
                earlier.content.append((qs, qe))
            else:
                out.append(Found(cue=[], content=[(qs, qe)], source=prev.source))
        return out

    def _speaker_after(self, doc: Doc, quote: tuple[int, int]) -> Found | None:
        """ "“Who knows?” Trump told ITV when asked S": a speaker and a speech verb right
        after a quotation that the parse cut off from it at its question or exclamation
        mark; after a quotation closed with a comma, which announces its speaker, any verb
        ("“S,” Bennett shot back with a laugh", a cue no lexicon lists)."""
        qs, qe = quote
        closing = _text(doc)[qs:qe].rstrip("”\"'’ ")
        announced = closing.endswith(",")
        if not announced and not closing.endswith(("?", "!")):
            return None
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            return None
        stop = span.end + TRAILING_SPEAKER_MAX_WORDS + 1
        after = [t for t in doc[span.end : stop] if not t.is_space]
        for verb in after:
            if "\n" in _text(doc)[qe : verb.idx]:
                return None  # a new paragraph starts a new statement
            if verb.pos_ != "VERB" or (not announced and self._cue_class(verb) != "speech"):
                continue
            subject = [t for t in _children(verb, SUBJ) if t.idx >= qe]
            if not subject and verb.dep_ == "acl" and verb.head.idx >= qe:
                subject = [verb.head]  # "“S,” the colonel scoffed" read as "the scoffed colonel"
            words = [t for t in after if t.i < verb.i]
            named = [t for t in words if not t.is_punct]
            if subject and named and all(t in subject[0].subtree for t in named):
                return Found(
                    cue=[_char_span([verb])],
                    content=[(qs, qe)],
                    source=_char_span(named),  # the words between: no more of the parse's phrase
                    cls="speech",
                )
            return None
        return None

    def _bare_report_before(
        self, doc: Doc, quote: tuple[int, int], found: list[Found]
    ) -> Found | None:
        """ "Dianne Bystrom agreed. “S.”": a sentence of a speaker and a cue verb with nothing
        reported, right before a quotation in its paragraph, introduces it."""
        qs, qe = quote
        at = doc.char_span(qs, qs + 1, alignment_mode="expand")
        i = at.start - 1 if at is not None else -1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text not in (".", ":") or "\n" in _text(doc)[doc[i].idx : qs]:
            return None
        verb = doc[i].head  # the verb its full stop closes
        if self._cue_class(verb) not in ("speech", "cognition", "commitment") or any(
            f.cue and _overlaps(f.cue[0], _char_span([verb])) for f in found
        ):
            return None
        subject = _children(verb, SUBJ)
        if not subject or _children(verb, CLAUSE | OBJ | OPEN_CLAUSE):
            return None
        return Found(
            cue=[_char_span([verb])],
            content=[(qs, qe)],
            source=_speaker_span(subject, verb),
            cls=self._cue_class(verb) or "speech",
        )

    def _quoting_clause(self, doc: Doc, quote: tuple[int, int]) -> Found | None:
        """A quotation inside a clause whose verb has a subject outside it is that subject's
        words, whatever the verb ("Rubio bemoaned a climate in which people “literally hate
        each other”", "Carson called the system “rotten to the core”"): the verb is the cue
        and the phrase that holds the quotation the content."""
        qs, qe = quote
        inner = list(_tokens_in(doc, qs, qe))
        if not inner:
            return None
        tok = inner[0]
        child = tok
        for verb in tok.ancestors:
            if qs <= verb.idx < qe:
                child = verb
                continue
            if verb.pos_ in ("VERB", "AUX") and child.dep_ not in SUBJ:
                if self._cue_class(verb) == "quote":
                    return None  # "continued", "read": only a quotation beside them
                subject = [s for s in _children(verb, SUBJ) if not qs <= s.idx < qe]
                words = [t for t in inner if not t.is_punct]
                marks = [m.lower_ for m in _children(verb, {"mark"})]
                if marks and "as" not in marks and words and words[0] not in verb.subtree:
                    # "Unless rivals quit the race, ''S''": a subordinate clause before the
                    # quotation that the parse hung only its opening mark on ("As X put it:
                    # ''S''" is X's)
                    return None
                # a name or a third person ("he", "she"), not "it" or "we"
                if subject and (subject[0].pos_ != "PRON" or subject[0].lower_ in PRONOUNS):
                    start, end = _subtree_span(child)
                    return Found(
                        cue=[_char_span([verb])],
                        content=[(min(start, qs), max(end, qe))],
                        source=_phrase_span(subject),
                        cls=self._cue_class(verb) or "attitude",
                    )
                return None
            child = verb
        return None

    @staticmethod
    def _continues(doc: Doc, quotes, prev: Found, start: int) -> bool:
        """Whether a quotation starting at ``start`` goes on ``prev``'s quoted statement: the
        statement ends with a quotation, and between the two there is nothing but ``prev``'s
        cue and source (and punctuation and line breaks)."""
        last = max(prev.content)
        if quote_at(quotes, last[0], last[1]) is None:
            return False
        gap = _text(doc)[last[1] : start]
        spoken = [*prev.cue, *([prev.source] if prev.source else [])]
        rest = "".join(
            ch for i, ch in enumerate(gap, last[1]) if not any(s <= i < e for s, e in spoken)
        )
        if not any(ch.isalnum() for ch in rest):
            return True
        # “A,” X said in an interview in Macau.¶ “B.”: the sentence of the cue closes the
        # paragraph and the quotation opens the next one
        tail, _, lead = gap.rpartition("\n")
        cue_end = prev.cue[0][1] - last[1] if prev.cue else -1
        if not tail or lead.strip() or "\n" in tail.strip() or not 0 < cue_end <= len(tail):
            return False
        if any(last[1] <= qs < start for qs, _ in quotes):
            return False  # another quotation between
        after_cue = tail[cue_end:].strip()
        return not re.search(r"[.!?]\s+\S", after_cue)
