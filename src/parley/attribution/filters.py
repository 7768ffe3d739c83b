"""Filters over the findings: nested stances and commitments, duplicate contents, one
statement per cue and source, headline lines."""

from __future__ import annotations

from spacy.tokens import Doc

from parley.actors import described
from parley.attribution.grammar import ARMED_ACT_CUES, EMBEDDED_EVENT_CLASSES
from parley.attribution.quotes import quote_at
from parley.attribution.spans import Found, _covers, _overlaps
from parley.nlp.syntax import expanded_span


def _drop_embedded_stances(doc: Doc, found: list[Found], quotes) -> list[Found]:
    """Drop a stance named by a noun ("his support for X", "her opposition to Y") inside the
    content of another report that names its source, outside quotations: the outer report
    ("The senator announced his support for X") is the statement."""
    out = []
    for f in found:
        cue = doc.char_span(*f.cue[0], alignment_mode="expand") if f.cue else None
        embedded = (
            cue is not None
            and f.cls == "attitude"
            and cue.root.pos_ == "NOUN"
            and quote_at(quotes, *f.cue[0]) is None
            and _inside_another(f, found, sourced=True)
        )
        if not embedded:
            out.append(f)
    return out


def _drop_embedded_commitments(found: list[Found], quotes) -> list[Found]:
    """Drop reports of promises, plans, demands and beliefs inside another report's content
    (unless all of one lies inside a quotation, the speaker's own words): the outer report is
    the statement."""
    out = []
    for f in found:
        cue = f.cue[0] if f.cue else None
        quote = quote_at(quotes, cue[0], cue[1]) if cue is not None else None
        # a speaker's own nested report, all of it inside their quotation, stays
        quoted = quote is not None and all(quote[0] <= s and e <= quote[1] for s, e in f.content)
        embedded = (
            cue is not None
            and f.cls in EMBEDDED_EVENT_CLASSES
            and not quoted
            and _inside_another(f, found)
        )
        if not embedded:
            out.append(f)
    return out


def _drop_controlled_cues(doc: Doc, found: list[Found]) -> list[Found]:
    """Drop a report whose cue verb is the infinitive another report's cue governs ("both
    sides promised not to attack vessels": the promise is the statement, "attack" what was
    promised, not a verbal attack of its own)."""
    cues = set()
    for f in found:
        if f.cue:
            span = doc.char_span(*f.cue[0], alignment_mode="expand")
            if span is not None:
                cues.add(span.root.i)
    out = []
    for f in found:
        span = doc.char_span(*f.cue[0], alignment_mode="expand") if f.cue else None
        root = span.root if span is not None else None
        controlled = (
            root is not None
            and root.dep_ == "xcomp"
            and root.head.i in cues
            and any(c.dep_ == "mark" and c.lower_ == "to" for c in root.children)
        )
        if not controlled:
            out.append(f)
    return out


def _drop_armed_attacks(doc: Doc, found: list[Found], armed: list[tuple[int, int]]) -> list[Found]:
    """Drop an "attack" report whose source is armed: "the fighters attacked an army outpost",
    "the LNA attacked one of its checkpoints" tell an assault (the events stage's), not words;
    "the senator attacked the plan" stays a report, and so does one inside another report's
    content. Armed: an actor of the armed types covering the source, or a source phrase
    headed by a word of an armed group or force (``actors.described``' groups and forces);
    ``armed``: the mentions of armed actors."""
    out = []
    for f in found:
        cue = expanded_span(doc, *f.cue[0]) if f.cue and f.cls == "accusation" else None
        assault = (
            cue is not None
            and cue.root.lemma_.lower() in ARMED_ACT_CUES
            and f.source is not None
            and _armed_source(doc, f.source, armed)
            # inside another report ("said the faction had broken its promise to stop
            # attacking"), it stays: the events stage reads the act's doer from it
            and not _inside_another(f, found)
        )
        if not assault:
            out.append(f)
    return out


def _armed_source(doc: Doc, source: tuple[int, int], armed_spans) -> bool:
    span = expanded_span(doc, *source)
    if span is None:
        return False
    if any(s <= span.root.idx < e for s, e in armed_spans):
        return True
    w = described.words()
    return span.root.lemma_.lower() in w["groups"] | w["forces"]


def _inside_another(f: Found, found: list[Found], sourced: bool = False) -> bool:
    """Whether ``f``'s cue lies inside the content of another finding (one that names its
    source, with ``sourced``)."""
    return bool(f.cue) and any(
        g is not f and (g.source is not None or not sourced) and _covers(g.content, f.cue[0])
        for g in found
    )


# An interview transcript's label for the answers ("Q: ...", "A: ..."): the interviewee's turn.
ANSWER_LABELS = frozenset({"a", "answer"})


def _with_colon_lines(found: list[Found], lines: list[Found], text: str = "") -> list[Found]:
    """Add the "Name: what they said" lines to the findings: a line whose content another
    finding already reports from outside it is not one; a finding whose cue lies inside a
    line's content (the speaker's own "I think") gives way to the line, unless the line's
    label is a one-letter interview turn: then both stand, when the turn is an answer ("A: I
    met him. He told me that S" is the interviewee's statement, and S the one he reports)."""
    out = list(found)
    for line in lines:
        (start, end), cue_in = line.content[0], []
        claims = False
        for f in found:
            if not any(_overlaps((start, end), c) for c in f.content):
                continue
            if f.cue and start <= f.cue[0][0] < end:
                cue_in.append(f)
            else:
                claims = True
        # "Q:" and "A:" in an interview are turns, not names: what the answer itself reports
        # ("I think S") is the statement
        turn = line.source is not None and line.source[1] - line.source[0] == 1
        if turn and cue_in:
            answer = text[line.source[0] : line.source[1]].lower() in ANSWER_LABELS
            if answer and not claims:
                out.append(line)
            continue
        if not claims:
            out = [f for f in out if not any(f is g for g in cue_in)] + [line]
    return out


def _merge_same_cue(found: list[Found]) -> list[Found]:
    """One cue and one source make one statement: findings that share both (a cue that reached
    the quotations on either side of it) become one, with all their content."""
    out: list[Found] = []
    by_key: dict[tuple, Found] = {}
    for f in found:
        key = (tuple(f.cue), f.source)
        if f.cue and key in by_key:
            first = by_key[key]
            first.content = sorted({*first.content, *f.content})
            continue
        by_key[key] = f
        out.append(f)
    return out


def _unreported(nested: list[Found], found: list[Found], quotes) -> list[Found]:
    """The findings of ``nested`` whose cue lies in a quotation that no finding of ``found``
    reports."""
    reported = [q for f in found for c in f.content if (q := quote_at(quotes, *c)) is not None]
    return [f for f in nested if quote_at(quotes, *f.cue[0]) not in reported]


def _drop_duplicate_contents(found: list[Found]) -> list[Found]:
    """Keep one of findings with the same content (two cues reached one clause): the first
    that names a source, or else the first."""
    out: list[Found] = []
    seen: dict[tuple, int] = {}
    for f in found:
        key = tuple(f.content)
        if key not in seen:
            seen[key] = len(out)
            out.append(f)
        elif out[seen[key]].source is None and f.source is not None:
            out[seen[key]] = f
    return out
