"""Settling drafts into events: their actors, mode, attribution, date and place."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from parley.dates import TimeExpression, holds_time, resolve
from parley.events.clauses import Draft, _aux, _passive, is_future
from parley.events.context import Context, _local_countries, _locative, _place_names, _placed
from parley.events.finder import Finder
from parley.events.grammar import (
    ACCUSATION_NOUNS,
    ANAPHORIC_OBJECTS,
    ANNOUNCING,
    ANSWER_VERBS,
    ANSWERABLE_TYPES,
    ANSWERS,
    COUNTRY_CASES,
    DENIAL_VERBS,
    FAILURE_VERBS,
    FIGHTER_NOUNS,
    FORCEFUL,
    HYPOTHETICAL_AUX,
    ISSUING,
    NEG_RAISING,
    NOT_THE_SPEAKERS,
    NOTHING_OBJECTS,
    OTHER_TIME_WORDS,
    PERFECT_AUX,
    READINESS,
    SEPARATE_MARKS,
    UNDIRECTED,
    VIOLENT_TYPES,
)
from parley.events.wrongs import reported_wrongs
from parley.model import FROM_LEAD, FROM_PARAGRAPH, FROM_REPORT, FROM_SENTENCE, Event, Place
from parley.model import Span as TextSpan
from parley.nlp.paragraphs import DATELINE
from parley.nlp.syntax import (
    COMPLEMENT,
    FINITE_TAGS,
    OBJ,
    PASSIVE_SUBJ,
    RELATIVE,
    SUBJ,
)
from parley.nlp.syntax import case as _case
from parley.nlp.syntax import mark as _mark
from parley.nlp.syntax import negated as is_negated

# Words that make the day after them a deadline ("withdraw by May 1", "no later than 3 June").
DEADLINE_WORDS = ("by", "until", "before", "than")
# What a demand for someone's freedom asks for ("demanded their release"): its target is who
# holds them (PLOVER's REQUEST of a CONCEDE "release"); and the sub-types of acts that take
# people (PLOVER's COERCE "arrest", ASSAULT "abduct").
RELEASE_NOUNS = frozenset({"release", "freeing", "liberation"})
CAPTURE_SUBTYPES = frozenset({"arrest", "abduct"})
# Types whose event is none when its subject is "neither" ("Neither side wants a war"): a
# request denied of both sides asks nothing of anyone (PLOVER codes the requests made). A
# negated request ("does not want peace") is kept: the story reads it as a report of what a
# side said (story_blind6's pair F1 fell 0.425 -> 0.419 without it).
NONE_WHEN_NEITHER = frozenset({"REQUEST"})
# Actor types (``Actor.type``) that hold prisoners in their own name.
HOLDER_TYPES = frozenset({"country", "government", "military"})
# Words that make the day after them one still to come, or a deadline ("scheduled for
# Thursday", "next Monday").
FORWARD_WORDS = frozenset({*DEADLINE_WORDS, "for", "next", "till"})
# Dependencies that head a clause of their own.
CLAUSE_DEPS = COMPLEMENT | {"ROOT", "advcl", "conj"}


def _deadline(expr: TimeExpression, tok: Token) -> bool:  # tok: any token of the doc
    """Whether ``expr`` is a deadline of an act still to come: after "by", "until", "before" or
    "no later than", in a clause whose verb is in its base form ("agreed to withdraw by May 1",
    "will free them by Feb. 18", "are to pull back by the 27th"), not one told as done
    ("withdrew by May 1", "did not leave before 3 June"). Such a day without a year is the
    next one, not the last."""
    doc = tok.doc
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in DEADLINE_WORDS:
        return False
    # the clause the day is in: its verb, or the head of an infinitive the tagger misread
    # ("agreed to free" with "free" an adjective)
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ in CLAUSE_DEPS or verb.head == verb:
            break
        verb = verb.head
    infinitive = any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in verb.children)
    if verb.tag_ != "VB" and not infinitive:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


# News writing's lead: the first sentence tells who did what, where and when (AP Stylebook);
# the first day it names, after a headline and a dateline, is the day of the news the report
# tells. How far into the article (in characters) the lead's day is looked for:
LEAD_CHARS = 400
# The kinds of time expression (``parley.dates``) that name one day.
DAY_KINDS = frozenset({"month_day", "day_month", "weekday", "deictic", "ago"})
# How far before publication a lead's day may lie and still be the news of the report: a wire
# or a weekly tells the week's news (the story's ``NEWS_LAG_DAYS`` window is as wide).
LEAD_DAYS_BACK = 7
# How close after a headline's end a dateline opens the report ("MOPTI, Feb 12 (Agency) -").
DATELINE_REACH = 40


def lead_start(text: str) -> int:
    """Where the report's own text begins: after a headline (a first line with no closing
    stop) and a dateline ("MOPTI, Feb 12 (Agency) -")."""
    start = 0
    body = text.lstrip()
    first_line = body.split("\n", 1)[0].rstrip()
    if "\n" in body and first_line and first_line[-1] not in '.!?"\u201d\u2019)':
        start = text.index(first_line) + len(first_line)  # a headline above the report
    m = DATELINE.search(text, start)
    if m is not None and m.start() - start < DATELINE_REACH:
        start = m.end()
    return start


def lead_day(
    text: str,
    expressions: list[TimeExpression],
    published: date | None,
    ahead: frozenset[int] | set[int] = frozenset(),
) -> date | None:
    """The day the article's lead gives its news ("Eight soldiers were killed on Tuesday when
    ..."): its first expression naming a day, when that day lies before publication and within
    ``LEAD_DAYS_BACK`` days of it. A headline (a first line with no closing stop) and a
    dateline's date are not the lead. None when the lead names no such day or the article has
    no publication date. ``expressions`` are in text order; those starting at an offset in
    ``ahead`` tell a time still to come ("talks resume on Thursday") and are passed over."""
    if published is None:
        return None
    start = lead_start(text)
    for expr in expressions:
        if expr.start < start or expr.kind not in DAY_KINDS or expr.start in ahead:
            continue
        if expr.start > start + LEAD_CHARS:
            return None
        day = resolve(expr, published, False).day
        if day is not None and published - timedelta(days=LEAD_DAYS_BACK) <= day < published:
            return day
        return None
    return None


class Settler:
    """Turns drafts into events: actors, mode, attribution, date and place."""

    def __init__(self, finder: Finder, expressions: list[TimeExpression], ctx: Context):
        self.finder = finder
        self.ctx = ctx
        # the countries of the article's actors, most mentioned first: where its places are
        counts: dict[str, int] = {}
        for a in ctx.actors:
            if a.country:
                counts[a.country] = counts.get(a.country, 0) + len(a.mentions)
        self.countries = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])]
        self.in_order = sorted(expressions, key=lambda e: e.start)
        # the placed names of each scope read (``_placed_names``): most events of a sentence
        # share its scopes
        self.placed: dict[tuple[int, ...], list[tuple[str, list[Token]]]] = {}
        doc = ctx.doc
        self.expressions: dict[int, list[TimeExpression]] = {}
        # the same expressions by their own head word ("on Sunday" under "the shooting")
        self.rooted: dict[int, list[TimeExpression]] = {}
        # where the expressions of a time still to come start ("will resume on Sunday",
        # "scheduled for Thursday"): none dates an act told as done (``_paragraph_day``)
        self.ahead: set[int] = set()
        for expr in expressions:
            span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is None:
                continue
            owner = _next_to_verb(span) or _owner(span.root)
            if owner is not None:
                self.expressions.setdefault(owner.i, []).append(expr)
                if is_future(owner):
                    self.ahead.add(expr.start)
            if span.start > 0 and doc[span.start - 1].lower_ in FORWARD_WORDS:
                self.ahead.add(expr.start)
            self.rooted.setdefault(span.root.i, []).append(expr)
        self.lead_day = lead_day(ctx.text, self.in_order, ctx.published, self.ahead)
        self.lead_start = lead_start(ctx.text)

    def settle(self, drafts: list[Draft]) -> list[Event]:
        events: list[Event] = []
        dated: dict[int, date] = {}  # sentence start -> the day of a past act told in it
        told_doer: set[int] = set()  # events whose clause names their doer
        for d in drafts:
            sources, targets = list(d.sources), [t for t in d.targets if t not in d.sources[:1]]
            if not sources and d.subtype == "release" and _passive(d.anchor):
                # "the nurses were freed": by whoever took them, the doer of the last
                # detention or abduction told before
                captor = self._captor(d.anchor, None, events)
                sources = [captor] if captor else []
            if (
                not sources
                and (d.mode == "promised" or _passive(d.anchor))
                and d.type not in NOT_THE_SPEAKERS
            ):
                # "progress had been made", both sides announced: the speakers' own act; a
                # spokesman's "Ghrairi had been detained" is the act of the body he speaks for
                sources = [self.ctx.affiliation.get(a, a) for a in self.ctx.speakers_of(d.anchor)]
            if not sources:
                # "Ahmadzai denied that ...", the trigger a report's cue: the speaker the
                # attribution stage resolved
                sources = self.ctx.cue_speaker(d.anchor)
            if not sources and d.agentless:
                # "eight soldiers were killed": the doer unnamed, the act still an event; the
                # article's one armed group is taken for a violent act's doer, else it stays
                # unknown ("a protest against the law": unknown)
                violent = d.type in VIOLENT_TYPES
                doer = None
                if violent and _fighters_hit(d.anchor):
                    # "fourteen assailants had been neutralised": the state's forces did it
                    doer = next(iter(self.ctx.forces_of(police=False)), None)
                elif violent:
                    doer = self.ctx.lone_armed_group(set(targets))
                sources = [doer]
            elif not sources and d.described:
                # "a Baton Rouge newspaper called on Clinton", "... but will meet with him":
                # the doer described or unnamed, the act and whom it is aimed at told
                sources = [None]
            if not sources:
                continue
            reciprocal = _reciprocal(d.anchor)
            if len(sources) > 1 and (not targets or reciprocal):
                targets = [sources[1]]
            source = sources[0]
            release = _asks_release(d.anchor) if d.type == "REQUEST" else None
            if release is not None and source is not None:
                # "demanded their immediate release": of whoever holds them; a state the
                # phrase names holds them ("fighters held in Nigerien prisons")
                named = self.ctx.actors_at(release.left_edge.idx, _end(release.right_edge))
                holders = [a for a in named if self.ctx.by_id[a].type in HOLDER_TYPES]
                captor = holders[0] if holders else None
                if captor is None and _points_back(release):
                    captor = self._captor(d.anchor, source, events)
                if captor and self.ctx.side(captor) != self.ctx.side(source):
                    targets = [captor]
            if not targets and source is not None:
                referent = self._referent(d.anchor, source, events, d.type in ANSWERS)
                if referent:
                    targets = [referent]
            if not targets and source is not None and _denial(d):
                accuser = self._accuser(d.anchor, source, events)
                if accuser:
                    targets = [accuser]
            if not targets and d.type not in UNDIRECTED and source is not None:
                other = self.ctx.other_party(source)
                if other:
                    targets = [other]
            if not targets and d.type == "PROTEST" and source is not None:
                # "hundreds of residents blocked the highway": a protest that names no one
                # it is aimed at is aimed at the protesters' own state
                targets = self.ctx.home_state(source)
            target = targets[0] if targets else None
            if target == source:
                target = None
            type_, mode = self._mode(d)
            if type_ in NONE_WHEN_NEITHER and _neither(d.anchor):
                continue  # "Neither side wants a war"
            attribution = self.ctx.content_of(d.anchor)
            if mode == "asserted" and attribution is not None:
                mode = "alleged"
            day, text = self._date(d, type_)
            basis = None
            if day is None and text is None and mode in ("asserted", "alleged", "proposed"):
                day = self._narrative_day(d, dated)
                if day is None:
                    day, basis = self._news_day(d)
                if basis is not None or day == self.ctx.published:
                    near, near_basis = self._paragraph_day(d)
                    if near is not None:
                        day, basis = near, near_basis
            if day is None and text is None and d.future:
                day = self._said_day(d.anchor)
            ev = Event(
                type=type_,
                mode=mode,
                evidence=TextSpan.of(self.ctx.text, d.evidence),
                source=source,
                target=target,
                date=day,
                place=self._place(d, source, target),
                attribution=attribution,
                subtype=d.subtype,
                contexts=list(d.trigger.contexts),
                date_text=text,
                date_basis=basis,
            )
            events.append(ev)
            if _doer_told(d):
                told_doer.add(id(ev))  # "Cambodian troops had opened fire": the clause's doer
            published = self.ctx.published
            if day is not None and published is not None and day <= published and not basis:
                # a day the clause tells, or the report's own: the next plain past act's
                # (``_narrative_day``); a lead's day reaches that act through ``_news_day``
                dated[self.ctx.sent_of[d.anchor.i][0]] = day
            if reciprocal and target is not None:
                back = Event(**{**ev.__dict__, "source": target, "target": source})
                events.append(back)
        events = self._with_accusations(events, told_doer)
        wrongs = reported_wrongs(
            self.ctx, self.finder.phrase_actors, events, self.finder.lex.harmful
        )
        for ev in wrongs:
            ev.date = self._report_day(ev.attribution)
        return sorted([*events, *wrongs], key=lambda e: e.evidence.pieces[0][0])

    def _with_accusations(self, events: list[Event], told_doer: set[int]) -> list[Event]:
        """``events`` with, right after each alleged harm, the accusation it makes: a speaker
        who says the other side did harm ("Pakistani troops had fired first," the spokesman
        said) accuses it, an ACCUSE by the speaker against the doer with the alleged act's
        evidence and report; none where the speaker already accuses someone of it, and one
        for each doer a report names. Only a clause that names its doer accuses
        (``told_doer``): an act named by a noun ("the attack") or a passive with no agent
        ("four civilians were killed") whose doer was inferred accuses no one."""
        out: list[Event] = []
        made: list[Event] = []
        harmful = self.finder.lex.harmful
        for ev in events:
            out.append(ev)
            if ev.mode != "alleged" or ev.type not in harmful or ev.source is None:
                continue
            if ev.attribution is None or id(ev) not in told_doer:
                continue  # "the attack", "four were killed": whose act the report does not say
            speaker = self.ctx.attributions[ev.attribution].source_actor
            if speaker is None or self.ctx.side(speaker) == self.ctx.side(ev.source):
                continue
            if ev.type == "MOBILIZE" and self._compatriots(speaker, ev.source):
                continue  # "300 National Guard troops had been deployed", the governor said
            if self.ctx.own_state(speaker, ev.source):
                continue  # a government's spokesman telling what its own army did
            ((s, e),) = ev.evidence.pieces[:1]
            if any(
                o.type == "ACCUSE" and o.source == speaker and _overlaps(o.evidence, s, e)
                for o in events
            ) or any(o.attribution == ev.attribution and o.target == ev.source for o in made):
                continue  # one accusation a report makes against one doer
            accusation = Event(
                type="ACCUSE",
                mode="asserted",
                evidence=ev.evidence,
                source=speaker,
                target=ev.source,
                date=self._report_day(ev.attribution),
                attribution=ev.attribution,
            )
            out.append(accusation)
            made.append(accusation)
        return out

    def _said_day(self, anchor: Token) -> date | None:
        """The day a side said what it will do, for an undertaking, threat or refusal with no
        time of its own ("promised to compensate the families", "we will not reward
        kidnapping," the minister said): the report's day (``_report_day``); None outside a
        report, where no one says it."""
        k = self.ctx.content_of(anchor)
        if k is None:
            k = next(
                (
                    j
                    for j, a in enumerate(self.ctx.attributions)
                    if a.cue is not None and any(s <= anchor.idx < e for s, e in a.cue.pieces)
                ),
                None,
            )
        return self._report_day(k) if k is not None else None

    def _report_day(self, k: int | None) -> date | None:
        """The day a report was made, for the accusation it makes: the time its cue's verb
        tells ("Kinshasa said on Tuesday that ..."), else the publication day."""
        found = self._cue_time(k)
        if found is not None:
            expr, tok = found
            return resolve(expr, self.ctx.published, is_future(tok)).day
        return self.ctx.published

    def _cue_time(self, k: int | None) -> tuple[TimeExpression, Token] | None:
        """The time expression the cue of attribution ``k`` tells ("said on Friday"), with
        the cue's token that holds it."""
        cue = self.ctx.attributions[k].cue if k is not None else None
        if cue is None:
            return None
        span = self.ctx.doc.char_span(*cue.pieces[0], alignment_mode="expand")
        for tok in span or ():
            for expr in self.expressions.get(tok.i, []):
                return expr, tok
        return None

    def _compatriots(self, a: str, b: str) -> bool:
        """Are two actors of one country (a governor and her country's National Guard)?"""
        ca, cb = self.ctx.by_id[a].country, self.ctx.by_id[b].country
        return ca is not None and ca == cb

    def _narrative_day(self, d: Draft, dated: dict[int, date]) -> date | None:
        """A plain past act told right after a dated past act, with no time of its own, took
        place that day ("... met in Djibouti on Monday. Ethiopia demanded a cut ..."); an act
        with a time word of its own ("most recently", "in recent days") or in a perfect tense
        does not."""
        anchor = d.anchor
        if anchor.tag_ != "VBD" or _aux(anchor) or d.mode not in (None, "proposed"):
            return None
        if any(c.lower_ in OTHER_TIME_WORDS for c in anchor.subtree):
            return None
        start = self.ctx.sent_of[anchor.i][0]
        while start > 0:  # the sentence before, past paragraph breaks
            start = self.ctx.sent_of[start - 1][0]
            if not all(t.is_space for t in self.ctx.doc[start : self.ctx.sent_of[start][1]]):
                return dated.get(start)
        return None

    def _news_day(self, d: Draft) -> tuple[date | None, str | None]:
        """An act the report tells with no time of its own is dated by the report, as event
        data sets date it, with where that day came from (``Event.date_basis``): the day the
        article's lead gives its news ("Eight soldiers were killed on Tuesday when ...":
        ``lead_day``, basis ``FROM_LEAD``), else the publication day (basis None; the story
        reads a publication day with no time word as the report's own,
        ``story.merge.told_day``; basis ``FROM_REPORT`` when the evidence names a day only for
        one of its nouns). No day when a word in its clause sets it further back
        ("earlier", "previously", "in recent days"), its evidence holds a time expression not
        on one of its nouns (``_own_time_unread``), or
        it is still to come; an act in the present perfect ("has met both delegations") is
        the report's own news, the publication day's."""
        if d.future or any(t.lower_ in OTHER_TIME_WORDS for t in d.anchor.subtree):
            return None, None
        if self._own_time_unread(d):
            return None, None  # a time its clause gives that was not read: no guess over it
        if self.lead_day is not None and not _present_perfect(d.anchor):
            return self.lead_day, FROM_LEAD
        start, end = d.evidence
        # a noun's time in the evidence: the publication day marked as the report's, which
        # the story reads as soft, as it reads a publication day with no time word
        noun_time = holds_time(self.ctx.text[start:end])
        return self.ctx.published, FROM_REPORT if noun_time else None

    def _own_time_unread(self, d: Draft) -> bool:
        """Whether the act's evidence holds a time expression that is not a noun's own: one
        in a clause or participle on a noun ("the riot that began on Monday", "the border,
        closed since 2023", "the chairman, who on 28 July visited the village") times that
        noun, not the act, which the paragraph or the report then dates."""
        start, end = d.evidence
        if not holds_time(self.ctx.text[start:end]):
            return False
        for expr in self.in_order:
            if not (start <= expr.start and expr.end <= end):
                continue
            span = self.ctx.doc.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is None or not _on_a_noun(span.root, d.anchor):
                return True
        return False

    def _paragraph_day(self, d: Draft) -> tuple[date | None, str]:
        """The day the paragraph tells an act with no time of its own on: the last day
        named before it in its paragraph ("Talks resumed in Luanda on Wednesday. ... The rebel
        delegation rejected the demand"), else the first named after it in its sentence; only
        a day no later than publication, for a past act (not one in the present perfect),
        and not a headline's or a dateline's day. With where it was named: ``FROM_SENTENCE``
        before the act in its own sentence ("Let us recall that on 3 March ... three
        citizens were killed"), else ``FROM_PARAGRAPH``."""
        published = self.ctx.published
        if published is None or _present_perfect(d.anchor) or d.future:
            return None, FROM_PARAGRAPH
        text = self.ctx.text
        start, end = d.evidence
        first = max(text.rfind("\n", 0, start) + 1, self.lead_start)
        sent_start, sent_end = self.ctx.sent_of[d.anchor.i]
        last = self.ctx.doc[sent_end - 1].idx + len(self.ctx.doc[sent_end - 1])
        before = [e for e in self.in_order if first <= e.start and e.end <= start]
        after = [e for e in self.in_order if end <= e.start and e.end <= last]
        for expr in [*reversed(before), *after]:
            if expr.kind not in DAY_KINDS or expr.start in self.ahead:
                continue
            day = resolve(expr, published, False).day
            if day is None or day > published:
                return None, FROM_PARAGRAPH
            own = self.ctx.doc[sent_start].idx <= expr.start and expr.end <= start
            return day, FROM_SENTENCE if own else FROM_PARAGRAPH
        return None, FROM_PARAGRAPH

    def _mode(self, d: Draft) -> tuple[str, str]:
        if d.mode in (None, "alleged") and _not_done(d.anchor):
            return d.type, "negated"
        if d.mode is None and _denied_belief(d.anchor):
            return d.type, "negated"  # "I don't believe I've ever met him"
        if is_negated(d.anchor) and d.mode is None:
            if d.trigger.negated:
                return d.trigger.negated, "asserted"
            return d.type, "negated"
        if d.mode is not None:
            return d.type, d.mode
        head = d.anchor.head
        if d.anchor.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in READINESS:
            return d.type, "proposed"  # "was ready to hold a new round of talks"
        if _aux(d.anchor) & HYPOTHETICAL_AUX:
            return d.type, "hypothetical"
        if is_future(d.anchor):
            k = self.ctx.content_of(d.anchor)
            if k is not None and d.type in FORCEFUL and d.subtype != "block":
                # "we will arrest anyone carrying a gun", "our forces will close the highway":
                # a side's word that it will use force is a threat (PLOVER's THREATEN); a
                # deployment pledged stays MOBILIZE, a crossing a state will close is its
                # measure announced ("Poland will close its last crossing on Friday")
                return "THREATEN", "promised"
            return d.type, "promised" if k is not None else "hypothetical"
        return d.type, "asserted"

    def _accuser(self, anchor: Token, source: str, earlier: list[Event]) -> str | None:
        """Whom a denial answers ("the MRC denied firing on civilians" after "the army blamed
        the rebels"): the doer of the last accusation before it by another side, else the
        speaker of the last report before it by another side."""
        mine = self.ctx.side(source)
        for ev in reversed(earlier):
            before = ev.evidence.pieces[0][0] < anchor.idx
            if before and ev.type == "ACCUSE" and ev.source and self.ctx.side(ev.source) != mine:
                return ev.source
        for a in sorted(self.ctx.attributions, key=lambda a: -a.content.pieces[0][0]):
            before = a.content.pieces[0][1] <= anchor.idx
            if before and a.source_actor and self.ctx.side(a.source_actor) != mine:
                return a.source_actor
        return None

    def _captor(self, anchor: Token, source: str | None, earlier: list[Event]) -> str | None:
        """Who holds the people a demand for their release asks for ("Relatives demanded
        their immediate release"): the doer of the last detention or abduction told before it
        by a side other than the one asking (any side, with no ``source``)."""
        mine = self.ctx.side(source) if source is not None else None
        for ev in reversed(earlier):
            if ev.evidence.pieces[0][0] >= anchor.idx or ev.source is None:
                continue
            holding = ev.type == "COERCE" or ev.subtype in CAPTURE_SUBTYPES
            if holding and self.ctx.side(ev.source) != mine:
                return ev.source
        return None

    def _referent(
        self, anchor: Token, source: str, earlier: list[Event], answering: bool = False
    ) -> str | None:
        """The maker of the earlier act a clause points back at ("rejected these terms"); for
        an answer (``answering``: an acceptance or a refusal) also by a pronoun ("The army
        rejected it": the last proposal, demand, accusation or threat by another side)."""
        obj = next((c for c in anchor.children if c.dep_ in OBJ), None)
        if obj is None:
            if not answering or not _bare_answer(anchor):
                return None
            what = "answerable"  # "We accepted on Sunday night", "Tiraspol has refused"
        else:
            what = self.finder.lex.referents.get(obj.lemma_.lower())
        if obj is not None and what is None and obj.lower_ in ANAPHORIC_OBJECTS and answering:
            what = "answerable"  # "The army rejected it", "Masiu rejected that on the spot"
        if what is None:
            return None
        for child in obj.children if obj is not None else ():
            # "Kigali's account", "the police account": whose act it is
            if child.dep_ in ("nmod:poss", "poss", "compound"):
                owner = self.finder.phrase_actors(child, self.ctx)
                if owner:
                    return owner[0]
        mine = self.ctx.side(source)
        if what == "statement":
            for a in sorted(self.ctx.attributions, key=lambda a: -a.content.pieces[0][0]):
                before = a.content.pieces[0][0] < anchor.idx
                if before and a.source_actor and self.ctx.side(a.source_actor) != mine:
                    return a.source_actor
            return None
        for ev in reversed(earlier):
            if ev.evidence.pieces[0][0] >= anchor.idx or ev.source is None:
                continue
            if what == "answerable":
                fits = ev.mode == "proposed" or ev.type in ANSWERABLE_TYPES
            elif what == "proposal":
                fits = ev.mode == "proposed"
            elif what == "REQUEST":  # "rejected the condition": a demand or a conditional offer
                fits = ev.type == what or ev.mode == "conditional"
            else:
                fits = ev.type == what
            if fits and self.ctx.side(ev.source) != mine:
                return ev.source
        return None

    def _date(self, d: Draft, type_: str) -> tuple[date | None, str | None]:
        published = self.ctx.published
        for tok in d.date_tokens:
            own = self.rooted.get(tok.i, []) if tok.head == d.anchor != tok else []
            for expr in self.expressions.get(tok.i, []) or own:
                if tok.i in d.own_tense:
                    # "pledged on Wednesday to ...": the pledge's own time; a time after the
                    # promised act begins ("promised to hand over the data by 15 September")
                    # is the act's, whatever the parse hung it on
                    after_act = any(t.idx < expr.start for t in d.date_tokens if t.i != tok.i)
                    future = after_act or is_future(tok)
                else:
                    future = d.future or is_future(tok) or is_future(d.anchor)
                future = future or _deadline(expr, tok)
                resolved = resolve(expr, published, future)
                return resolved.day, expr.text
        # no expression of its own: the time its subject, a document, was issued
        issued = self._issued(d.anchor)
        if issued is not None:
            resolved = resolve(issued, published, False)
            return resolved.day, issued.text
        # the clause it is conjoined with or reported in
        cur = d.anchor
        future = d.future or is_future(d.anchor)
        for _ in range(6):
            if cur.head == cur or cur.dep_ in RELATIVE or cur.dep_ == "parataxis":
                break
            if cur.dep_ == "advcl" and _mark(cur) in SEPARATE_MARKS:
                break
            if cur.dep_ not in ("conj", "ccomp", "xcomp", "advcl"):
                break
            if future:
                break  # what will happen keeps no time of the clause it hangs on
            cur = cur.head
            for expr in self.expressions.get(cur.i, []):
                resolved = resolve(expr, published, is_future(cur))
                return resolved.day, expr.text
            if (
                type_ == "AGREE"
                and cur.lemma_.lower() in ANNOUNCING
                and _simple_past(cur)
                and not future
                and _perfect(d.anchor)
            ):
                return published, None
        if published is not None and _simple_present(d.anchor) and not future:
            # "We accept the good offices of Brazil," the minister said on Friday: the act
            # done by saying it is done when it is said
            said = self._cue_time(self.ctx.content_of(d.anchor))
            if said is not None:
                return resolve(said[0], published, is_future(said[1])).day, said[0].text
            return published, None
        return None, None

    def _issued(self, anchor: Token) -> TimeExpression | None:
        """The time expression of a participle of issuing on the anchor's subject ("a statement
        issued on Saturday", "the plan, presented on Sunday")."""
        for subj in anchor.children:
            if subj.dep_ not in SUBJ:
                continue
            for acl in subj.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() in ISSUING:
                    for expr in self.expressions.get(acl.i, []):
                        return expr
        return None

    def _place(self, d: Draft, source: str | None, target: str | None) -> Place | None:
        """The first place found in the draft's scopes: its own clause, the clause it is
        conjoined to, its complement, then its sentence (a place "in" it only)."""
        for k, scope in enumerate(d.place_scopes):
            place = self._place_in(
                scope, {source, target}, locative_only=k == len(d.place_scopes) - 1
            )
            if place is not None:
                return place
        return None

    def _placed_names(self, scope: list[Token]) -> list[tuple[str, list[Token]]]:
        """The names among ``scope`` that stand where a place stands, found once a scope."""
        key = tuple(t.i for t in scope)
        found = self.placed.get(key)
        if found is None:
            found = self.placed[key] = [
                (n, toks) for n, toks in _place_names(scope) if _placed(toks)
            ]
        return list(found)

    def _place_in(self, scope: list[Token], parties: set, locative_only: bool) -> Place | None:
        countries = self.countries
        best: Place | None = None
        names = self._placed_names(scope)
        if locative_only:
            names = [(n, toks) for n, toks in names if _locative(toks)]
        names.sort(key=lambda nt: not _locative(nt[1]))  # "in Kingstown" before "the X region"
        for name, toks in names:
            named = self.ctx.actors_at(toks[0].idx, toks[-1].idx + 1)
            if any(a in parties for a in named) and not _locative(toks):
                continue  # "Delegations from Moscow": an actor, not where it happened
            local = _local_countries(toks, self.finder.country_words)
            place = self.finder.gaz.choose(name, local + countries)
            if place is None:
                continue
            is_country = self.finder.gaz.country(place.country or "") is not None and (
                self.finder.gaz.country(place.country or "").name == place.name
            )
            if not is_country:
                return place
            root = next((t for t in toks if t.head not in toks), toks[-1])
            if any(c.dep_ == "case" and c.lower_ in COUNTRY_CASES for c in root.children):
                best = best or place
        return best


def _neither(anchor: Token) -> bool:
    """Is the clause's subject "neither" one ("Neither side wants a war", "Neither Cairo nor
    Ankara wants ..."): a clause the parse leaves unnegated that denies it of everyone?"""
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None:
        return False
    return subj.lower_ == "neither" or any(c.lower_ == "neither" for c in subj.children)


def _bare_answer(anchor: Token) -> bool:
    """Is ``anchor`` a plain acceptance or refusal told as done that names nothing it takes
    or refuses ("We accepted on Sunday night", "Tiraspol has refused"), and so answers the
    last proposal or demand of another side? Not one that says what in a clause ("agreed to
    withdraw"), an "on"/"to"/"with" phrase ("agreed on a ceasefire"), between sides ("accepted
    each other's terms"), nor one promised ("will accept")."""
    if anchor.lemma_.lower() not in ANSWER_VERBS or is_future(anchor):
        return False
    return not _answers_nothing_named(anchor)


def _fighters_hit(anchor: Token) -> bool:
    """Are the victims of a passive armed fighters ("fourteen assailants had been
    neutralised", "46 members of the extremist group were killed")?"""
    victim = next((c for c in anchor.children if c.dep_ in PASSIVE_SUBJ), None)
    if victim is None:
        return False
    if victim.lemma_.lower() in FIGHTER_NOUNS or victim.lower_ in FIGHTER_NOUNS:
        return True
    members = victim.lemma_.lower() == "member"
    return members and any(t.lemma_.lower() in FIGHTER_NOUNS | {"group"} for t in victim.subtree)


def _answers_nothing_named(anchor: Token) -> bool:
    """Does an acceptance or refusal with no object say what it takes or refuses some other
    way, or answer nothing (a reciprocal "each other")?"""
    for child in anchor.children:
        if child.dep_ in ("xcomp", "ccomp", "csubj") or child.dep_ in PASSIVE_SUBJ:
            return True
        if child.dep_ in ("obl", "nmod") and _case(child) in ("on", "to", "with", "upon"):
            words = " ".join(t.text for t in child.subtree)
            if not holds_time(words):
                return True  # "agreed on a ceasefire", not "accepted on Tuesday"
        if child.dep_ == "advcl" and _mark(child) in ("to", "that"):
            return True
    return _reciprocal(anchor)


def _doer_told(d: Draft) -> bool:
    """Does the clause tell who did the act: a verb with a doer, not an act named by a noun
    ("the attack") nor a passive with no agent ("four civilians were killed"), whose doer is
    only inferred?"""
    if d.anchor.pos_ not in ("VERB", "AUX") or d.agentless:
        return False
    return bool(d.sources) or not _passive(d.anchor)


def _denied_belief(anchor: Token) -> bool:
    """Is the act the complement of a negated "think" or "believe" ("I don't believe I've
    ever met him", "I don't think I'd ask anyone"): English puts the negation of the act on
    the verb of belief."""
    head = anchor.head
    return (
        anchor.dep_ == "ccomp"
        and head.lemma_.lower() in NEG_RAISING
        and is_negated(head)
        and anchor.i > head.i
    )


def _next_to_verb(span: Span) -> Token | None:
    """A time expression right after a finite or infinitive verb tells that verb's time
    ("agreed on Sunday to ...", "met Tuesday"), however the parser hung it: the order of the
    words says so more surely than a parse that read "X agreed" as a reduced relative."""
    before = span.start - 1
    if before >= 0 and span.doc[before].pos_ == "ADP":  # "on" of "on Sunday"
        before -= 1
    while before >= 0 and span.doc[before].pos_ in ("ADV", "PART"):
        before -= 1
    if before < 0:
        return None
    verb = span.doc[before]
    if verb.pos_ == "VERB" and verb.tag_ in FINITE_TAGS | {"VB"}:
        return verb
    return None


def _owner(tok: Token) -> Token | None:
    """The verb a time expression tells the time of."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur != tok:
            # "begin working on Tuesday", "fired on crowds waiting ... on Sunday": an -ing
            # clause with no mark of its own (an adverbial or a reduced relative) keeps the
            # time of the verb it hangs on
            while cur.tag_ == "VBG" and _mark(cur) is None and cur.head != cur:
                if cur.dep_ in ("xcomp", "advcl"):
                    cur = cur.head
                elif cur.dep_ == "acl" and cur.head.head != cur.head:
                    noun = cur.head
                    if noun.head.pos_ not in ("VERB", "AUX"):
                        break
                    cur = noun.head
                else:
                    break
            return cur
        if cur.head == cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def _perfect(tok: Token) -> bool:
    return bool(_aux(tok) & PERFECT_AUX) or tok.tag_ == "VBD"


def _asks_release(anchor: Token) -> Token | None:
    """The noun by which a demand asks for someone's release: its object, or its "for" phrase
    ("called for the release of the crew", "demanding their release"); None for another
    demand."""
    for child in anchor.children:
        aimed = child.dep_ in OBJ or (child.dep_ in ("obl", "nmod") and _case(child) == "for")
        if aimed and child.lemma_.lower() in RELEASE_NOUNS:
            return child
    return None


def _points_back(release: Token) -> bool:
    """Does a release noun name people told of before: "their release", "the release of the
    workers", "of those detained"; not "the release of 12 fighters" (people named anew)."""
    for child in release.children:
        if child.dep_ in ("nmod:poss", "poss") and child.pos_ == "PRON":
            return True
        if child.dep_ in ("nmod", "obl") and _case(child) == "of":
            if child.pos_ == "PRON":
                return True
            return any(
                c.dep_ in ("det", "nmod:poss", "poss") and c.lower_ not in ("a", "an")
                for c in child.children
            )
    return False


def _end(tok: Token) -> int:
    return tok.idx + len(tok)


def _present_perfect(tok: Token) -> bool:
    """ "has met", "have agreed": an act told as done by now."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children)


def _simple_past(tok: Token) -> bool:
    return tok.tag_ == "VBD" and not _aux(tok)


def _simple_present(tok: Token) -> bool:
    return tok.tag_ in ("VBZ", "VBP") and not _aux(tok)


def _denial(d: Draft) -> bool:
    """A denial with no object naming what it answers ("denied that any attack had been
    launched", "denied firing on civilians", "dismissed the allegations")."""
    if d.type != "REJECT" or d.anchor.lemma_.lower() not in DENIAL_VERBS:
        return False
    obj = next((c for c in d.anchor.children if c.dep_ in OBJ), None)
    return obj is None or obj.lemma_.lower() in ACCUSATION_NOUNS


def _reciprocal(anchor: Token) -> bool:
    words = " ".join(t.lower_ for t in anchor.subtree)
    return "each other" in words or "one another" in words


def _overlaps(span: TextSpan, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in span.pieces)


def _not_done(anchor: Token) -> bool:
    """Whether an act is told as not done without a "not" on it: "failed to agree on a truce"
    (``FAILURE_VERBS``), "had signed nothing" (``NOTHING_OBJECTS``)."""
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in FAILURE_VERBS:
        return True
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in NOTHING_OBJECTS for c in anchor.children)


# How far up the parse ``_on_a_noun`` looks for the act from a time expression's word (a
# clause nests a relative clause's time a few words deep; the parse's depth, not a count tuned).
MODIFIER_CLIMB_STEPS = 8


def _on_a_noun(tok: Token, anchor: Token) -> bool:
    """``tok`` lies in a clause or participle that modifies a noun of ``anchor``'s clause (a
    relative clause, "acl"), on its way up to ``anchor``; False when the way up never
    reaches the anchor (a time of another clause of the evidence)."""
    cur = tok
    found = False
    for _ in range(MODIFIER_CLIMB_STEPS):
        if cur == anchor:
            return found
        if cur.dep_ in RELATIVE or cur.dep_ == "acl":
            found = True
        if cur.head == cur:
            return False
        cur = cur.head
    return False
