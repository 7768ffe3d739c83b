"""The state of a negotiation: each side's demands and proposals, what was accepted and
rejected, and the commitments made, with whether later reports say they were kept.

Items come from story events between the parties (or put to them by a mediator): a REQUEST is a
demand, a proposed event a proposal (and so is an act offered on a condition), an AGREE or
CONCEDE a side performs an acceptance, a REJECT a rejection, a promised event, or one still to
come that a side may undertake, a commitment (its date is the deadline). A
commitment is ``kept`` when a later article tells the promised act as done by the same side (the
same key words, no negation; that sentence joins its evidence), ``broken`` when a later article
tells it as not done, else ``open``.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from parley.actors.described import ID_PREFIX as DESCRIBED
from parley.dates import (
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    TimeExpression,
    find_expressions,
    resolve,
)
from parley.story.merge import (
    ACT_STEMS,
    STOPWORDS,
    SYNONYM_STEMS,
    Report,
    StoryEvent,
    content_stems,
)
from parley.story.merge import stem as word_stem

# Acts a side may undertake to do for another: told as still to come, each is a commitment
# (session 20: an acceptance or a concession; session 24: a meeting, a deployment, a pull-back,
# aid or cooperation; a demand, accusation, threat or attack told as to come is none).
UNDERTAKINGS = frozenset({"AGREE", "CONCEDE", "CONSULT", "MOBILIZE", "RETREAT", "AID", "COOPERATE"})
# Types no side undertakes to do for another, even told as promised ("will accuse").
NOT_UNDERTAKEN = frozenset({"ACCUSE", "THREATEN"})
# Types that make a negotiation between two sides.
NEGOTIATING = {"REQUEST", "AGREE", "REJECT", "CONSULT", "CONCEDE", "COOPERATE", "RETREAT"}
# A later sentence telling a promise as not done, or done late: "had not arrived", "failed
# to deploy", "ten days later than it had promised", "five days behind schedule" (session 24:
# a promise kept late is broken, as the pool stories' gold reads it).
NEGATIONS = re.compile(
    r"\b(not|never|failed|refused|missed|no longer|yet to|later than|behind schedule|"
    r"after the (?:deadline|date))\b",
    re.I,
)
# How long after its deadline (or, with none, after it was made) a report may still tell that a
# promise was kept or broken: news of an undertaking follows within weeks.
KEPT_WINDOW_DAYS = 60
# Share of a promise's key words a later sentence must hold to tell that promise.
KEPT_SHARE = 0.6
# A promise's key words: the first this many of its evidence's content words, names (words
# written with a capital) left out: what is promised ("release the three fishermen detained at
# the mouth"), not every word of a long evidence span nor the names every sentence of the
# side holds (a judgement from the story sets: "freed four Belizean fishermen at the river
# mouth" tells "will release the three Belizean fishermen detained at the mouth" kept).
PROMISE_KEY_STEMS = 6
# Words that say when or how much, not what was promised: a promise's keys leave them out
# ("within seven days", "released tomorrow", "once they have paid", "pull back together";
# session 24: they took two or three of a promise's six keys, which no later telling held).
NOT_KEY_WORDS = frozenset(
    {*WEEKDAYS, *MONTHS, *NUMBER_WORDS}
    | {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}
    | {"morning", "evening", "night", "today", "tonight", "tomorrow", "yesterday", "time"}
    | {"within", "once", "together", "nearly", "own", "immediately", "soon", "later"}
)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# A sentence that asks for an act tells nothing of it done ("Guatemala demanded that Belize
# free three fishermen" keeps no promise to free fishermen), nor does one that sets a
# condition ("is ready to release the crew if Malawi suspends the survey": session 24):
# such sentences are not indexed.
ASKING = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|"
    r"ask(?:s|ed|ing)?|request(?:s|ed|ing)?|if|unless|provided that|as long as)\b",
    re.I,
)


@dataclass
class Item:
    kind: str  # demand | proposal | accepted | rejected | commitment
    by: str | None
    to: str | None
    what: str
    date: date | None
    deadline: date | None
    status: str | None
    evidence: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "by": self.by,
            "to": self.to,
            "what": self.what,
            "date": self.date.isoformat() if self.date else None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "status": self.status,
            "evidence": self.evidence,
        }


@dataclass
class Negotiation:
    parties: list[str]
    mediators: list[str]
    items: list[Item]

    def to_json(self) -> dict:
        return {
            "parties": self.parties,
            "mediators": self.mediators,
            "items": [i.to_json() for i in self.items],
        }


@dataclass(frozen=True)
class Article:
    """What the negotiation reader needs of a stored article."""

    id: str
    published: date | None
    text: str
    mentions: dict[str, list[tuple[int, int]]]  # actor id -> spans
    outlet: str | None = None


# What the evidence of an event says beyond its type and mode (issue 20; the phrasings of
# wire reports):
# - no statement at all: a side that "did not respond to a request for comment" said nothing;
NO_STATEMENT = re.compile(
    r"\b(?:did not|didn't|has not|have not|had not)\s+(?:immediately\s+)?(?:respond|reply|"
    r"return)\w*\b[^.]*\b(?:request|comment|calls?)\b|\bdeclined to comment\b|"
    r"\bcould not be reached\b",
    re.I,
)
# - no acceptance: "failed to agree on", "had signed nothing with", "has not yet answered";
NOT_AGREED = re.compile(
    r"\b(?:fail(?:ed|s)? to (?:agree|reach|sign|accept)|signed nothing|no (?:deal|agreement)|"
    r"(?:did|does|has|have|had) not (?:yet )?(?:agree|accept|sign|answer)\w*|without (?:an? )?"
    r"(?:deal|agreement)|refused to (?:agree|accept|sign))\b",
    re.I,
)
# - an undertaking: "agreed to pull back within 72 hours", "undertook to free them by Friday",
#   "agreed on Wednesday not to build" (an agreement to act by a deadline, or to refrain from
#   an act, is a commitment; "agreed to the plan", "agreed to return to the table" accept);
UNDERTAKEN = re.compile(
    r"\b(?:agree[ds]?|undert(?:ook|akes?)|commit(?:ted|s)?|pledged?|promised?)"
    r"(?:\s+(?:on|in|at|last|this|yesterday|today)\b[^,.;]{0,25}?)?\s+(?P<not>not\s+)?to\s+"
    r"(?P<act>[A-Za-z]+)",
    re.I,
)
# (a full stop inside the day is an abbreviation's when digits follow: "by Oct. 19", "by Feb.
# 18"; session 24: the day stopped at the dot, so the pool's "by Oct. 19" named no deadline)
DEADLINE = re.compile(
    r"\b(?P<cue>by|no later than|before|until)\s+(?P<day>(?:[^,.;]|\.(?=\s?\d)){3,40})|"
    r"\bwithin\s+(?P<n>\d+|[a-z]+)\s+(?P<unit>hours?|days?|weeks?)\b",
    re.I,
)
# - a deadline at the end of a period: "by the end of April", "before the end of the month",
#   "by the end of next week" (the period's last day, a week ending on Sunday, as the pool
#   stories' gold dates them). "until the end of May" is how long, not by when.
PERIOD_END = re.compile(
    r"^(?:the\s+)?end\s+of\s+(?:(?P<step>the|this|next)\s+(?P<unit>week|month)\b|"
    r"(?P<month>[a-z]+)\b)",
    re.I,
)
PERIOD_END_CUES = frozenset({"by", "before", "no later than"})
# - a denial answers an accusation, not a demand or an offer: "Malawi denied that its forces
#   had fired", "the FRN rejects the lies of the regime", "denied the charge" (session 22: none
#   of the pool stories' gold rejections is one; "dismissed the demand" still rejects);
DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ials?)|accusations?|allegations?|charges?|claims?|lies)\b", re.I
)
# - an appeal to both sides, or for calm, asks nothing of one side of another: "urged both
#   sides to stop fighting", "called on all sides to show restraint", "urged restraint",
#   "calls on the population to remain calm" (session 22: the pool stories' gold lists none
#   as a demand);
APPEAL = re.compile(
    r"\b(?:urg\w*|call\w*\s+(?:on|upon)|ask\w*|appeal\w*\s+to)\s+(?:both|all|the two)\s+"
    r"(?:sides|parties|governments|countries|capitals)\b|\b(?:restraint|calm)\b",
    re.I,
)
# - a stance restated is no undertaking: "Suriname remained committed to the Bridgetown
#   agreement", "remains committed to good neighbourliness" (what it was committed to was
#   undertaken before, or is no act);
STANCE = re.compile(r"\bremain(?:s|ed|ing)?\s+(?:\w+\s+)?committed\s+to\b", re.I)
# - an answer to an offer: "welcomed the offer" accepts it.
OFFER = re.compile(r"\b(?:offer|proposal|plan|initiative|mediation)s?\b", re.I)
# - people released, told as done, are no answer: "the rebels freed six soldiers", "Tanzania
#   freed the last seven crew members on May 23" keep an undertaking (a commitment's status),
#   they accept nothing (session 23: of the pool stories' 68 gold acceptances none is a
#   release; the events stage's subtype of "free" and "release" is ``release``).
RELEASE_KINDS = frozenset({"release"})
HOURS_PER_DAY = 24


def _texts(event: StoryEvent) -> list[str]:
    return [r.evidence.get("text") or "" for r in event.reports]


def kind_of(event: StoryEvent) -> str | None:
    """The negotiation item an event is (None when none): its type and mode, read with what
    its reports' evidence says (``NO_STATEMENT``, ``NOT_AGREED``, ``UNDERTAKEN``, ``OFFER``)."""
    texts = _texts(event)
    if texts and all(NO_STATEMENT.search(t) for t in texts):
        return None
    if event.mode == "conditional" and event.type in UNDERTAKINGS:
        # an act offered on a condition the other side is to meet is an offer: "Malawi is
        # prepared to pause the survey for 30 days if Tanzania releases all the crew"
        # (session 24: the pool stories' gold has such items as proposals, none a commitment)
        return "proposal"
    if event.mode in ("promised", "conditional"):
        stance = all(STANCE.search(t) and not _deadline_in(t, _made(event), True) for t in texts)
        return None if texts and stance else "commitment"
    if event.mode == "hypothetical" and any(_deadline_in(t, _made(event), True) for t in texts):
        return "commitment"  # "under the agreement, the OAS will deploy observers by Oct. 19"
    if event.mode == "hypothetical" and event.type in UNDERTAKINGS:
        # "Tanzania would free the remaining crew": no answer given yet; "the Kazakh side will
        # deploy a group of military observers", "the two delegations will meet again"
        return "commitment"
    if event.mode == "proposed":
        return "proposal"
    if event.type == "REQUEST":
        return None if texts and all(APPEAL.search(t) for t in texts) else "demand"
    if event.type == "REJECT":
        return None if texts and all(DENIED.search(t) for t in texts) else "rejected"
    if event.type in ("AGREE", "CONCEDE", "SUPPORT") and event.mode != "negated":
        if released(event):
            return None
        if texts and all(NOT_AGREED.search(t) for t in texts):
            return None
        if event.type != "SUPPORT" and any(_deadline_in(t, _made(event)) for t in texts):
            return "commitment"
        if event.type != "SUPPORT" and any(undertakes_restraint(t) for t in texts):
            return "commitment"  # "agreed not to build anything near the headworks"
        if event.type == "SUPPORT" and not any(OFFER.search(t) for t in texts):
            return None
        return "accepted"
    return None


def released(event: StoryEvent) -> bool:
    """Whether ``event`` tells people set free as done (``RELEASE_KINDS``: every report the
    events stage gave a kind tells a release), not an answer to anything."""
    kinds = {r.subtype for r in event.reports if r.subtype}
    return event.type == "CONCEDE" and bool(kinds) and kinds <= RELEASE_KINDS


def undertakes_restraint(text: str) -> bool:
    """Whether ``text`` tells an undertaking to refrain from an act ("agreed not to build
    within 500 metres of the headworks", "pledged not to attack"): a commitment with no
    deadline, where "agreed to return to the table" accepts what was put to the side."""
    return any(bool(m.group("not")) and m.group("act").islower() for m in UNDERTAKEN.finditer(text))


def tracks_promise(e: StoryEvent) -> bool:
    """Whether ``e``'s keeping is looked for in later articles: any commitment, a promised or
    conditional act, an act told as to come ("will free 25 detainees by Feb. 18") or an
    agreement to act by a deadline ("agreed to release the two fishermen by Friday"; session
    23: these stayed ``open`` before, and the pool stories' gold has most of them kept)."""
    return kind_of(e) == "commitment"


def _made(e: StoryEvent) -> date | None:
    """When an undertaking was made: the event's day, else its first report's publication;
    never after that publication (a promised act's day is when it is due, not when it was
    promised: "promised to return it by May 24")."""
    first = min((r.published for r in e.reports if r.published), default=None)
    if e.date and first:
        return min(e.date, first)
    return e.date or first


def _deadline_in(text: str, made: date | None, future: bool = False) -> date | None:
    """The day by which an undertaking in ``text`` ("agreed to ... by Friday", "within 72
    hours"; with ``future``, an act still to come: "will deploy observers by Oct. 19") is due,
    counted from ``made``; None when it names none."""
    if made is None or not (future or UNDERTAKEN.search(text)):
        return None
    for m in DEADLINE.finditer(text):
        if m.group("n"):
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
            if n is None:
                continue
            unit = m.group("unit").lower()
            days = {"h": n / HOURS_PER_DAY, "d": n, "w": 7 * n}[unit[0]]
            return made + timedelta(days=math.ceil(days))
        if m.group("cue").lower() in PERIOD_END_CUES:
            end = _period_end(m.group("day"), made)
            if end is not None:
                return end
        exprs = find_expressions(m.group("day"))
        if exprs and exprs[0].start == 0:
            day = _due(_the_date(exprs), made)
            if day is not None:
                return day
    return None


def _the_date(exprs: list[TimeExpression]) -> TimeExpression:
    """The expression a deadline names first: a weekday written just before its date is
    that date ("by Monday 24 May", "by Friday, Feb. 20")."""
    first = exprs[0]
    if first.kind == "weekday" and len(exprs) > 1:
        second = exprs[1]
        if second.kind in ("month_day", "day_month") and second.start - first.end <= 2:
            return second
    return first


def _period_end(text: str, made: date) -> date | None:
    """The last day of the period ``text`` ends ("the end of April", "the end of next
    week", "the end of the month"), counted from ``made``; None when it names none."""
    m = PERIOD_END.match(text)
    if m is None:
        return None
    if m.group("unit"):
        ahead = 1 if m.group("step").lower() == "next" else 0
        if m.group("unit").lower() == "week":
            return made + timedelta(days=6 - made.weekday(), weeks=ahead)
        index = made.year * 12 + made.month - 1 + ahead
        return _month_end(index // 12, index % 12 + 1)
    name = m.group("month").lower()
    month = next((k for k, full in enumerate(MONTHS, 1) if name in (full, full[:3])), None)
    if month is None:
        return None
    return _month_end(made.year + (month < made.month), month)


def _month_end(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _due(expr, made: date) -> date | None:
    """The day a deadline expression names, counted from ``made``: the next such day ("by
    Friday"), but a month and day with no year is the nearest such day, before or after
    (a report told after the deadline: "promised to return it by May 24 and did not")."""
    ahead = resolve(expr, made, future=True).day
    if expr.kind not in ("month_day", "day_month") or ahead is None:
        return ahead
    back = resolve(expr, made, future=False).day
    return back if back is not None and made - back < ahead - made else ahead


def sentence_rows(
    art: Article, side: dict[str, str]
) -> list[tuple[int, int, set[str], frozenset[str], bool]]:
    """The article's sentences that mention a side and ask for nothing (``ASKING``): (start,
    end, the sides, the content stems, whether it holds a negation), in the order of the
    text."""
    spans = sorted((s, e, side.get(aid, aid)) for aid, ms in art.mentions.items() for s, e in ms)
    starts = [ms for ms, _, _ in spans]
    # a mention that overlaps a sentence starts at most this much before it: only the mentions
    # from there to the sentence's end are looked at (an article names hundreds)
    reach = max((me - ms for ms, me, _ in spans), default=0)
    out = []
    for m in SENTENCE.finditer(art.text):
        s, t = m.span()
        s += len(m.group(0)) - len(m.group(0).lstrip())
        near = spans[bisect.bisect_left(starts, s - reach) : bisect.bisect_left(starts, t)]
        sides = {who for ms, me, who in near if ms < t and s < me}
        if not sides or ASKING.search(m.group(0)):
            continue
        stems = frozenset(SYNONYM_STEMS.get(w, w) for w in content_stems(m.group(0)))
        out.append((s, t, sides, stems, bool(NEGATIONS.search(m.group(0)))))
    return out


class Sentences:
    """Every sentence of the stored articles, indexed by the sides it mentions and the stems
    it holds, built once so that finding who kept a promise never rereads the corpus."""

    def __init__(self, articles: dict[str, Article], side: dict[str, str]) -> None:
        self.articles = articles
        self.rows: list[tuple[str, int, int, frozenset[str], bool]] = []
        # (side, stem) -> sentence numbers, in order of publication
        self.by_side_stem: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.day: list[int] = []  # each sentence's article's publication day (ordinal)
        self.statuses: dict[str, tuple[str, list[dict]]] = {}  # promise id -> what became of it
        self.tellings: dict[str, tuple | None] = {}  # promise id -> the sentence that says so
        self.sides: list[set[str]] = []  # each sentence's sides
        self.sides_of: dict[str, set[str]] = {
            art.id: {side.get(aid, aid) for aid in art.mentions} for art in articles.values()
        }
        for art in sorted(articles.values(), key=lambda a: (a.published or date.max, a.id)):
            for s, t, sides, stems, negated in sentence_rows(art, side):
                k = len(self.rows)
                self.rows.append((art.id, s, t, stems, negated))
                self.sides.append(sides)
                self.day.append((art.published or date.max).toordinal())
                for who in sides:
                    for stem in stems:
                        self.by_side_stem[(who, stem)].append(k)

    def telling(self, who: str, keys: set[str], after: date, until: date) -> Iterator[int]:
        """Sentences of articles published after ``after`` up to ``until`` that mention side
        ``who`` and hold at least ``KEPT_SHARE`` of ``keys``, earliest first (sentences are
        numbered in order of publication), read lazily: the first is usually all a caller
        needs. A sentence holding that share holds one of the rarest ``len(keys) - need + 1``
        keys, so only their sentences are read (the prefix filter of set-similarity joins)."""
        lo, hi = after.toordinal(), until.toordinal()
        need = math.ceil(KEPT_SHARE * len(keys))
        windows = []
        for stem in keys:
            found = self.by_side_stem.get((who, stem), [])
            first = bisect.bisect_right(found, lo, key=lambda k: self.day[k])
            last = bisect.bisect_right(found, hi, key=lambda k: self.day[k])
            windows.append((last - first, found, first, last))
        windows.sort(key=lambda w: w[0])
        slices = [found[first:last] for _, found, first, last in windows[: len(keys) - need + 1]]
        previous = None
        for k in heapq.merge(*slices):
            if k != previous and len(self.rows[k][3] & keys) >= need:
                yield k
            previous = k


@dataclass(frozen=True)
class NegotiationView:
    """What ``negotiation_plan`` needs of a story event (a store keeps it beside the event)."""

    id: str
    type: str
    mode: str
    source: str | None
    target: str | None
    date: date | None
    reports: int  # how many reports tell it
    named: tuple[str, ...] = ()  # a proposal: the sides its articles name
    kind: str | None = None  # the item it is (``kind_of``: read from its reports' evidence)

    @classmethod
    def of(cls, e: StoryEvent, side: dict[str, str], sentences: Sentences) -> NegotiationView:
        named = _sides_named(e, sentences) if e.mode == "proposed" else set()
        return cls.naming(e, named)

    @classmethod
    def naming(cls, e: StoryEvent, named: set[str]) -> NegotiationView:
        """The view of ``e``, a proposal whose articles name the sides ``named`` (empty for
        any other act)."""
        return cls(
            e.id,
            e.type,
            e.mode,
            e.source,
            e.target,
            e.date,
            len(e.reports),
            tuple(sorted(named)),
            kind_of(e),
        )


def find_negotiations(
    events: list[StoryEvent],
    side: dict[str, str],
    sentences: Sentences,
    people: frozenset[str] = frozenset(),
) -> list[Negotiation]:
    """One negotiation per pair of sides that negotiate (``negotiation_plan``), with an item
    for each of its events (``item_of``)."""
    by_id = {e.id: e for e in events}
    views = [NegotiationView.of(e, side, sentences) for e in events]

    def item(e: StoryEvent) -> Item | None:
        return item_of(e, promise_status(e, side, sentences) if tracks_promise(e) else None)

    return [
        Negotiation(parties=parties, mediators=mediators, items=[item(by_id[i]) for i in ids])
        for parties, mediators, ids in negotiation_plan(views, side, people)
    ]


def negotiation_plan(
    events: list[NegotiationView], side: dict[str, str], people: frozenset[str] = frozenset()
) -> list[tuple[list[str], list[str], list[str]]]:
    """(parties, mediators, ids of the events that are its items) of each negotiation: one
    per pair of sides that negotiate (the pairs with negotiating events, most reported first;
    ``events`` in timeline order). A pair negotiates when both sides take part: an answer, an
    undertaking or a meeting between them, or demands or offers from each (a lone demand of a
    parliament to its government is none). A side that is only a person
    whose state is unknown (``people``) is no party. A third side that proposes terms in an
    article naming both parties (or to one of them) mediates, and so does one that proposes
    with it ("Washington and Riyadh proposed a truce": co-mediators, not a pair); a mediator
    and a party make no negotiation of their own (their acts are items of the one mediated).
    Each event is an item of one negotiation, the first it belongs to."""
    pairs: Counter = Counter()
    acting: dict[tuple, set[str]] = defaultdict(set)  # the sides that act toward the other
    by_pair: dict[tuple, list[NegotiationView]] = defaultdict(list)
    proposals_to: dict[str, list[NegotiationView]] = defaultdict(list)

    def side_of(actor: str | None) -> str | None:
        return side.get(actor, actor) if actor else None

    for e in events:
        a, b = side_of(e.source), side_of(e.target)
        if a and b and a != b:
            key = tuple(sorted((a, b)))
            by_pair[key].append(e)
            if e.type in NEGOTIATING and not {a, b} & people:
                pairs[key] += e.reports
                # an answer, an undertaking or a meeting engages both sides; a demand or an
                # offer only its maker
                one_way = e.type == "REQUEST" or e.mode == "proposed"
                acting[key] |= {a} if one_way else {a, b}
            if b in people or b.startswith(DESCRIBED):
                # toward someone of no known side (an envoy whose state no article names,
                # "its members"): an act of its doer's side, as with no other named
                by_pair[(a,)].append(e)
        elif a and (not b or _own_promise(e)):
            # an act of one side with no other named, or an undertaking aimed at its own side
            # (a minister's promise "to the government", to send its own envoy: session 24,
            # "Guatemala promised to return the Miss Ana" was an item of no negotiation)
            by_pair[(a,)].append(e)
        if e.mode == "proposed":
            for who in {b} | set(e.named) if b else e.named:
                proposals_to[who].append(e)
    out = []
    taken: set[str] = set()
    mediated_by: list[tuple[set[str], set[str]]] = []  # (parties, mediator sides) so far
    for pair, _ in pairs.most_common():
        if len(acting[pair]) < 2:
            continue
        if any(set(pair) & parties and set(pair) & helpers for parties, helpers in mediated_by):
            continue
        mediated = [
            e
            for who in pair
            for e in proposals_to.get(who, [])
            if side_of(e.source) and side_of(e.source) not in pair
        ]
        mediators: dict[str, str] = {}  # mediator side -> the actor named for it
        for e in mediated:
            for actor in (e.source, e.target):
                if actor and side_of(actor) not in pair and side_of(actor) not in people:
                    mediators.setdefault(side_of(actor), actor)
        mediated_by.append((set(pair), set(mediators)))
        chosen = by_pair[pair] + by_pair.get((pair[0],), []) + by_pair.get((pair[1],), [])
        for helper in mediators:
            for who in pair:
                chosen += by_pair.get(tuple(sorted((who, helper))), [])
            # what a mediator undertakes with no side named ("the OAS will deploy observers
            # by Oct. 19": session 24, an item of no negotiation before)
            chosen += [e for e in by_pair.get((helper,), []) if e.kind == "commitment"]
        ids: list[str] = []
        for e in sorted(
            chosen + mediated, key=lambda e: (e.date is None, e.date or date.max, e.id)
        ):
            if e.kind is None or e.id in taken:
                continue
            taken.add(e.id)
            ids.append(e.id)
        if ids:
            out.append((sorted(pair), list(mediators.values()), ids))
    return out


def _own_promise(e: NegotiationView) -> bool:
    """Whether ``e`` is a promise a side makes (mode ``promised``: not a condition, "if they
    cheat again", nor a threat or an accusation told as to come)."""
    return e.kind == "commitment" and e.mode == "promised" and e.type not in NOT_UNDERTAKEN


def _sides_named(e: StoryEvent, sentences: Sentences) -> set[str]:
    """The sides the articles of ``e``'s reports name."""
    named: set[str] = set()
    for r in e.reports:
        named |= sentences.sides_of.get(r.article, set())
    return named


def item_of(e: StoryEvent, status: tuple[str, list[dict]] | None = None) -> Item | None:
    """The negotiation item ``e`` is (None when it is none); a commitment's ``status`` is
    what became of it (``_status``)."""
    kind = kind_of(e)
    if kind is None:
        return None
    evidence = [{"article": r.article, "spans": r.evidence["spans"]} for r in e.reports]
    state = None
    deadline = None
    made = e.date
    if kind == "commitment":
        future = e.mode in ("promised", "conditional", "hypothetical")
        told = [d for t in _texts(e) if (d := _deadline_in(t, _made(e), future))]
        if told:
            deadline, made = min(told), _made(e)
        elif e.mode in ("promised", "conditional", "hypothetical"):
            deadline, made = e.date, None  # a promised act's day is when it is due
        else:
            deadline, made = None, e.date  # an undertaking with no deadline, made that day
        state, extra = status or ("open", [])
        evidence += extra
    return Item(
        kind=kind,
        by=e.source,
        to=e.target,
        what=_what(e),
        date=made,
        deadline=deadline,
        status=state,
        evidence=evidence,
    )


def fulfilments(
    events: list[StoryEvent], side: dict[str, str], sentences: Sentences
) -> list[StoryEvent]:
    """A promise a later article tells as done is an event of its own (``kept_event``),
    unless a report of a story event already tells it (``told_by_report``)."""
    told: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for e in events:
        for r in e.reports:
            told[r.article] += [(s, t) for s, t in r.evidence["spans"]]
    out = []
    for e in events:
        if e.mode not in ("promised", "conditional"):
            continue
        status, evidence = promise_status(e, side, sentences)
        if status != "kept" or told_by_report(evidence[0], told[evidence[0]["article"]]):
            continue
        out.append(kept_event(e, evidence[0], sentences.articles[evidence[0]["article"]]))
    return out


def told_by_report(evidence: dict, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence ``evidence`` that tells a promise kept holds the evidence of a
    report (``spans``: its article's reports'): the act is an event of the story already,
    told by that report, and a keeping of its own would tell it twice (session 24: such
    keepings took the gold reports of the act's event; pool pair F1 of story_dev 0.717 with
    them, 0.731 without)."""
    (s, t), *_ = evidence["spans"]
    return any(a < t and s < b for a, b in spans)


def kept_event(e: StoryEvent, evidence: dict, art: Article) -> StoryEvent:
    """The act promised by ``e``, asserted, as the sentence ``evidence`` of ``art`` tells it
    done, on the day that sentence gives (its first day expression, resolved backwards)."""
    s, t = evidence["spans"][0]
    sentence = art.text[s:t]
    day = None
    for expr in find_expressions(sentence):
        day = resolve(expr, art.published, future=False).day
        if day is not None:
            break
    report = Report(
        article=art.id,
        published=art.published,
        outlet=art.outlet,
        type=e.type,
        mode="asserted",
        source=e.source,
        target=e.target,
        date=day,
        place=None,
        evidence={"spans": [[s, t]], "text": sentence},
    )
    return StoryEvent(
        id=f"{e.id}-kept",
        type=e.type,
        mode="asserted",
        source=e.source,
        target=e.target,
        date=day,
        place=None,
        reports=[report],
    )


def _what(e: StoryEvent) -> str:
    text = e.reports[0].evidence.get("text", "")
    return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + "..."


def promise_status(e: StoryEvent, side, sentences: Sentences) -> tuple[str, list[dict]]:
    """kept, broken or open, and the later sentence that says so: one that tells what any
    one report of the promise words as undertaken (found once per promise; the sentence is
    kept in ``sentences.tellings``)."""
    if e.id not in sentences.statuses:
        state = promise_state(e, side)
        telling = earliest_telling(state, sentences) if state is not None else None
        sentences.tellings[e.id] = telling
        sentences.statuses[e.id] = status_of(telling)
    return sentences.statuses[e.id]


def promise_state(e: StoryEvent, side: dict[str, str]) -> dict | None:
    """What finding a promise's status needs (None: it stays open): the side that promised,
    the window of days a later report may tell it kept or broken (after ``first`` up to
    ``until``), the key words of each report, and the articles that make the promise."""
    who = side.get(e.source, e.source) if e.source else None
    first = min((r.published for r in e.reports if r.published), default=None)
    if who is None or first is None:
        return None
    until = max(first, e.date or first) + timedelta(days=KEPT_WINDOW_DAYS)
    keys = [sorted(k) for r in e.reports if (k := promise_keys(r.evidence.get("text", "")))]
    return {
        "who": who,
        "first": first.isoformat(),
        "until": until.isoformat(),
        "keys": keys,
        "articles": sorted({r.article for r in e.reports}),
    }


def promise_keys(text: str) -> set[str]:
    """The key words of a promise's evidence (``PROMISE_KEY_STEMS``): its first content stems
    in order, no name, no word of promising, synonyms of one act as one (as a sentence's)."""
    keys: list[str] = []
    for word in re.findall(r"[A-Za-z]+", text):
        low = word.lower()
        if word[0].isupper() or low in STOPWORDS or len(low) <= 2:
            continue
        key = word_stem(low)
        if key in ACT_STEMS["promised"] or low in NOT_KEY_WORDS:
            continue
        key = SYNONYM_STEMS.get(key, key)
        if key not in keys:
            keys.append(key)
    return set(keys[:PROMISE_KEY_STEMS])


def earliest_telling(state: dict, sentences: Sentences) -> tuple | None:
    """The earliest later sentence that tells what any one report of the promise words as
    undertaken: (publication, article, start, end, negated), or None."""
    first, until = date.fromisoformat(state["first"]), date.fromisoformat(state["until"])
    promised_in = set(state["articles"])
    later = set()
    for keys in state["keys"]:
        for k in sentences.telling(state["who"], set(keys), first, until):
            article, s, t, _, negated = sentences.rows[k]
            if article not in promised_in:
                published = sentences.articles[article].published
                later.add((published or date.max, article, s, t, negated))
                break  # the earliest later telling is the one that counts
    return min(later) if later else None


def tells(state: dict, day: int, article: str, stems: frozenset[str]) -> bool:
    """Whether a sentence of side ``state["who"]`` (of ``article``, published on the
    ordinal ``day``, holding ``stems``) tells the promise: ``earliest_telling``'s test for one
    sentence, so that a store can try the sentences it holds without the whole index."""
    return telling_test(state)(day, article, stems)


def telling_test(state: dict) -> Callable[[int, str, frozenset[str]], bool]:
    """``tells`` for one promise, prepared once for many sentences."""
    first = date.fromisoformat(state["first"]).toordinal()
    until = date.fromisoformat(state["until"]).toordinal()
    promised_in = set(state["articles"])
    # reports of one promise often word it alike: each set of keys is tried once
    keys = {(frozenset(k), math.ceil(KEPT_SHARE * len(k))) for k in state["keys"]}

    def test(day: int, article: str, stems: frozenset[str]) -> bool:
        if not first < day <= until or article in promised_in:
            return False
        return any(len(stems & k) >= need for k, need in keys)

    return test


def status_of(telling: tuple | None) -> tuple[str, list[dict]]:
    """kept, broken or open, and the sentence that says so."""
    if telling is None:
        return "open", []
    _, article, s, t, negated = telling
    return ("broken" if negated else "kept"), [{"article": article, "spans": [[s, t]]}]
