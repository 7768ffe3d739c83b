"""Merging reports of one real-world event, told by several articles, into one story event.

A report is one event as one article tells it (a row of the store's ``events`` table). Reports
of the same act between the same sides (type, the kind of mode, source side, target side; a
meeting is the same whichever side is named first) whose dates are compatible (within
``DATE_SLACK_DAYS`` of each other, or undated) are one story event. The result is a function of
the set of reports alone: they are sorted before they are grouped, so the order in which
articles arrive never changes it, and adding articles regroups only the stored rows (no text
is read again).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from parley.actors.described import ID_PREFIX as DESCRIBED
from parley.dates import NUMBER_WORDS, find_expressions, resolve
from parley.model import FROM_SENTENCE

# Two dated reports of one act at most this many days apart are one event: outlets disagree by
# a day on when a meeting was held, or date it by when it was announced (the story example's
# ministers "met on Monday" and "met on Tuesday").
DATE_SLACK_DAYS = 2
# A report that gives no day of its own tells an act of at most this many days before its
# publication (a weekly paper's news; the wire's "on Tuesday" is of the same week): it joins
# only an event of those days, never one of weeks before ("demanded the men's release" on the
# 17th is not the demand of the 7th).
NEWS_LAG_DAYS = 7
# Acts that are the same whichever side is named first.
SYMMETRIC = {"CONSULT", "COOPERATE"}
# What a denial says it answers ("denied the accusation", "dismissed the claim", "denied
# shelling"): the team's list of denial words.
DENIAL = re.compile(r"\b(den(y|ies|ied)|dismiss(ed|es)?|accusations?|allegations?|claims?)\b")
# Acts whose doer outlets may tell the other way round ("A shelled B" / "B shelled A").
CONTESTED = {"ASSAULT", "ACCUSE", "COERCE", "THREATEN", "SANCTION"}
# Acts done to someone that outlets tell with whatever sides their own side sees (a shooting,
# a detention, a blockade: "Tajik troops opened fire on a Kyrgyz post", "Kyrgyz guards fired
# on our workers", "the shooting killed five"): reports of one such act in the same days that
# share what they say and name no sides apart are one event, whoever they say did it to whom
# (``_join_told_alike``). Speech acts are not: their speaker is named, and told apart by it.
TOLD_ANY_SIDE = {"ASSAULT", "COERCE", "SANCTION"}
# Acts the events stage types one way or the other as outlets word them: a kidnapping is
# ASSAULT where it is "kidnapped" or "stormed", COERCE where it is "seized" or "detained"
# (PLOVER's codebook files abduction under ASSAULT, detention under COERCE). Groups of these
# types told alike in the same days are joined as groups of one type are (``_join_told_alike``)
# when both tell someone taken (``TAKEN``, with its synonyms): a shooting and the arrests made
# during it ("detained six men who crossed during the fighting") are two acts.
TOLD_AS_EITHER = frozenset({"ASSAULT", "COERCE"})
TAKEN = "detain"
# The kinds of coercion (the events stage's subtypes, ``Event.subtype``, from its trigger
# lexicon) that are one act however an outlet words it: a detention, a seizure and a kidnapping
# all take someone. Other kinds (a ban, a border closure, an expulsion, a deportation) are other
# acts, even of the same sides and days: "closed the crossing" is not "detained six traders".
# An assault's kinds (a shooting, a clash, a shelling) are not told apart: outlets call one
# fight each of them.
TAKING_KINDS = frozenset({"arrest", "seize", "abduct"})
# Acts that answer something (an acceptance, a rejection, a denial): between the same sides in
# the same days there are often several, told apart by what they answer.
ANSWERS = {"AGREE", "REJECT", "CONCEDE"}
# Acts told apart by what they say, as answers are: one side makes several demands and
# accusations of the other in one crisis ("pull its boats out", "stop issuing licences",
# "free the men"), each an event of its own.
SAID_APART = ANSWERS | {"REQUEST", "ACCUSE", "SUPPORT", "COERCE"}
# Kinds of mode whose reports that give no day of their own tell of the week before their
# publication (``told_window``): acts, and proposals (session 22: a mediator makes a new
# proposal each round, "offered to mediate", then "proposed a joint commission" three weeks
# later; bounded by their own days only, each later proposal of one side joined the first).
WINDOWED_KINDS = ("act", "proposed")
# Kinds of mode told apart by content too: a side makes several promises to the other in one
# round ("free the fishermen by Friday", "hand back their boat"). (Proposals are not: one
# offer is worded many ways, "proposed a smaller reduction" / "Djibouti's offer to cut fees".)
SAID_APART_KINDS = {"promised", "conditional"}
# The stems of the words that name an act itself, by type (every demand "demands", every
# rejection "rejects"): they say nothing of what it is about, so they link no two acts of one
# kind (the cue verbs of the events lexicon's speech acts, cut to STEM_CHARS; stems that other
# words share, "commit" of commission, are left out).
ACT_WORDS: dict[str, tuple[str, ...]] = {
    "REQUEST": ("demand", "ask", "call", "urge", "want", "insist", "request"),
    "REJECT": ("reject", "refuse", "deny", "denied", "denial", "dismiss"),
    "ACCUSE": ("accuse", "blame", "condemn"),
    "AGREE": ("accept", "agree"),
    "CONCEDE": ("accept", "agree"),
    "SUPPORT": ("welcome", "thank", "support"),
    "promised": ("promise", "pledge", "vow", "undertake", "undertook"),
}
# Stems of words outlets use for one act, mapped to one (WordNet synonyms of the acts
# negotiations trade: "free" / "release" the detainees, "withdraw" / "pull
# back" the boats, "detain" / "arrest" / "seize" / "capture" / "kidnap" / "abduct" someone;
# "hand over" is left out: data is handed over too).
SYNONYM_WORDS = {
    "free": "release", "freed": "release", "frees": "release",
    "withdraw": "pull", "withdrew": "pull", "withdrawn": "pull", "remove": "pull",
    "arrest": "detain", "seize": "detain", "capture": "detain",
    "kidnap": "detain", "abduct": "detain",
}  # fmt: skip
# Reports of one answer share this many content stems ("accused ... of diverting the river" and
# "accused ... of diverting the Silala": accus, diver), or one when either evidence is short
# ("Chile's offer": offer): a judgement from the story example and our story set.
SHARED_STEMS = 2
SHORT_EVIDENCE = 3
# A word matches another when they share this many first letters ("published" ~ "publish"),
# once an inflection ending is dropped from a word longer than MIN_STEMMED letters ("fired" ~
# "fire", "boats" ~ "boat": the regular English endings).
STEM_CHARS = 5
MIN_STEMMED = 3
ENDING = re.compile(r"(?:ing|ed|es|e|s|d)$")
# Words that tell nothing of which act a report tells (data/stopwords.txt).
STOPWORDS = frozenset(
    line.strip()
    for line in (Path(__file__).parent / "data" / "stopwords.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
# Number words a count may be written in: the dates module's, and the teens ("fourteen road
# workers") it has no use for.
COUNT_WORDS = {
    **NUMBER_WORDS,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Tens a unit may follow, written with a hyphen or a space ("twenty-five", "thirty five").
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Words ending in -s that are no plural noun ("one was still in hospital", "six has").
NOT_PLURAL = ("was", "has", "is", "his", "its", "this", "us", "as", "does", "thus", "plus")
# A count in an evidence span: "15 percent", "800 prisoners", "nine soldiers"; a number word
# counts the plural noun after it, or after one word that describes it, however the plural
# is written ("five people", "four Belizean fishermen", "fourteen road workers",
# "twenty-five CPV fighters").
NUMBER = re.compile(
    r"\b(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|(?=[a-z]))|"
    rf"\b((?:{'|'.join(TENS_WORDS)})[- ](?:{'|'.join(UNIT_WORDS)})|{'|'.join(COUNT_WORDS)})\s+"
    rf"(?:[a-z]+\s+)?(?!(?:{'|'.join(NOT_PLURAL)})\b)"
    r"(?=(?:[a-z]+s|[a-z]*men|people|children)\b)",
    re.I,
)
# Hex digits of a story event's id: 64 bits, so that a store of millions of story events
# meets a hash collision about once in a million stores (and ``Store.refresh_story`` refuses it).
ID_HEX_DIGITS = 16
# What a day named as a deadline follows ("by Feb. 18", "no later than Friday"): the words of
# the negotiation reader's ``DEADLINE``, read just before the day.
BY_DAY = re.compile(r"\b(?:by|no later than|before|until)\s+$", re.I)
# Numbers that are years, not counts.
YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class Report:
    """One event as one article tells it."""

    article: str
    published: date | None
    outlet: str | None
    type: str
    mode: str
    source: str | None
    target: str | None
    date: date | None
    place: dict | None
    evidence: dict  # {"spans": [[s, e]], "text": ...}
    attribution: int | None = None
    # the event's index in its article (the store's ``events.idx``): with ``article`` it names
    # the report uniquely, where two events of one article may share their evidence's start
    idx: int = 0
    # where a day its words do not tell came from (``parley.model.Event.date_basis``: the
    # article's lead, the act's paragraph); such a day is soft (``told_day``)
    date_basis: str | None = None
    # the kind of act the events stage read (``parley.model.Event.subtype``: "arrest", "ban")
    subtype: str | None = None

    @property
    def key(self) -> tuple[str, int]:
        """What names this report among all reports: its article and its index there."""
        return (self.article, self.idx)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.evidence["spans"])

    def numbers(self) -> list[float]:
        """The counts the report's evidence gives ("a cut of 15 percent": 15)."""
        return list(_numbers(self.evidence.get("text", "")))


@lru_cache(maxsize=1 << 14)
def _numbers(text: str) -> tuple[float, ...]:
    """``Report.numbers`` of an evidence text, read once however often a merge asks."""
    out = []
    for m in NUMBER.finditer(text):
        word = m.group(1) or m.group(2)
        if word is None:
            continue
        if word[0].isalpha():
            out.append(float(sum(COUNT_WORDS[w] for w in re.split(r"[- ]", word.lower()))))
            continue
        digits = word.replace(",", "")
        if YEAR.match(digits):
            continue
        out.append(float(digits))
    return tuple(out)


@dataclass
class StoryEvent:
    """One real-world event with every report of it."""

    id: str
    type: str
    mode: str
    source: str | None
    target: str | None
    date: date | None
    place: dict | None
    reports: list[Report] = field(default_factory=list)
    disagreements: list[dict] = field(default_factory=list)
    disputes: str | None = None  # the story event this denial answers
    disputed_by: list[str] = field(default_factory=list)  # denials of this event

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source,
            "target": self.target,
            "date": self.date.isoformat() if self.date else None,
            "place": self.place,
            "reports": [
                {
                    "article": r.article,
                    "outlet": r.outlet,
                    "published": r.published.isoformat() if r.published else None,
                    "evidence": r.evidence,
                    "mode": r.mode,
                    "date": r.date.isoformat() if r.date else None,
                    "attribution": r.attribution,
                }
                for r in self.reports
            ],
            "disagreements": self.disagreements,
            "disputes": self.disputes,
            "disputed_by": self.disputed_by,
        }


def link_denials(events: list[StoryEvent], side: dict[str, str]) -> None:
    """A denial ("Bolivia denied Chile's accusation", "the RSF denied shelling the hospital")
    is linked to the latest earlier event it answers: an accusation another side made against
    the denier, or a harmful act told as the denier's. Such an act stays a claim: its mode
    becomes ``alleged``."""
    views = [DenialView.of(e) for e in events]
    links = denial_links(views, side)
    by_id = {e.id: e for e in events}
    for denial, earlier in links:
        by_id[denial].disputes = earlier
        by_id[earlier].disputed_by.append(denial)
    for e in events:
        e.mode = disputed_mode(e.type, e.mode, bool(e.disputed_by))


@dataclass(frozen=True)
class DenialView:
    """What ``denial_links`` needs of a story event (a store keeps it beside the event, so
    that the links are found again without reading any report)."""

    id: str
    type: str
    source: str | None
    target: str | None
    first_told: tuple  # ``first_told(e)``
    denies: bool  # ``denies(e)``

    @classmethod
    def of(cls, e: StoryEvent) -> DenialView:
        return cls(e.id, e.type, e.source, e.target, first_told(e), denies(e))


def denies(e: StoryEvent) -> bool:
    """Whether the event is a denial: a rejection whose reports use a denial word."""
    if e.type != "REJECT":
        return False
    return bool(DENIAL.search(" ".join(r.evidence.get("text", "") for r in e.reports).lower()))


def denial_links(events: list[DenialView], side: dict[str, str]) -> list[tuple[str, str]]:
    """(denial id, id of the event it answers) for each denial that answers one, denials in
    the order they were first told (``link_denials``)."""

    def side_of(actor):
        return side.get(actor, actor) if actor else None

    ordered = sorted(events, key=lambda e: e.first_told)
    links = []
    for k, denial in enumerate(ordered):
        if not denial.denies:
            continue
        denier = side_of(denial.source)
        for earlier in reversed(ordered[:k]):
            accusation = (
                earlier.type == "ACCUSE"
                and side_of(earlier.target) == denier
                and side_of(earlier.source) != denier
            )
            # an act told as the denier's ("Djiboutian troops shelled a convoy")
            own_act = earlier.type in CONTESTED and earlier.type != "ACCUSE"
            own_act = own_act and side_of(earlier.source) == denier
            if not (accusation or own_act):
                continue
            links.append((denial.id, earlier.id))
            break
    return links


def disputed_mode(type_: str, mode: str, disputed: bool) -> str:
    """A disputed act told as asserted stays a claim (an accusation is a claim already)."""
    return "alleged" if disputed and type_ != "ACCUSE" and mode == "asserted" else mode


def first_told(e: StoryEvent) -> tuple:
    """When and where the event was first told: (publication, article, offset, index)."""
    return min((r.published or date.max, r.article, r.start, r.idx) for r in e.reports)


def mode_kind(mode: str) -> str:
    """Reports of one act may differ in mode (one outlet asserts what another says is only
    alleged), but a proposal, a promise and the act itself are different events."""
    if mode in ("proposed", "promised", "conditional"):
        return mode
    return "act"


def inferred_targets(
    acts: Iterable[tuple[str, str, str | None, str | None]], side: dict[str, str]
) -> dict[tuple, set[str]]:
    """(type, mode kind, source side) -> every target side the acts ``(type, mode, source,
    target)`` name: a report that names no target takes the one target of its act by its
    side ("pledged to share the data" after "promised Bolivia the data")."""
    targets: dict[tuple, set] = defaultdict(set)
    for type_, mode, source, target in acts:
        if source and target:
            src = side.get(source, source)
            targets[(type_, mode_kind(mode), src)].add(side.get(target, target))
    return targets


def report_key(r: Report, side: dict[str, str], targets: dict[tuple, set[str]]) -> tuple:
    """The act a report tells: (type, mode kind, (source side, target side)), a meeting's
    sides in alphabetical order; reports of one story event share it (or their groups were
    joined: ``key_components``)."""
    # a side known only by a description ("gunmen", "six people", "five civilians") names no
    # side: each article describes its own, and the join passes find the act it belongs to
    src = _named_side(side.get(r.source, r.source)) if r.source else None
    tgt = _named_side(side.get(r.target, r.target)) if r.target else None
    if tgt is None and len(targets.get((r.type, mode_kind(r.mode), src), ())) == 1:
        tgt = next(iter(targets[(r.type, mode_kind(r.mode), src)]))
    if src is not None and src == tgt and r.source != r.target:
        # two actors of one side (an envoy and a minister a report gives one state): the
        # side tells nothing of which act it is, the actors do
        src, tgt = r.source, r.target
    pair = tuple(sorted([src or "", tgt or ""])) if r.type in SYMMETRIC else (src, tgt)
    return (r.type, mode_kind(r.mode), pair)


def key_components(keys: Iterable[tuple]) -> dict[tuple, tuple]:
    """Each key -> the first of the keys whose reports' grouping may depend on each other's:
    keys of one act and kind of mode that name the same sides, or whose sides fit
    (``_sides_fit``) where one leaves a side unnamed, or that name them the other way round
    (``_join_reversed``). ``merge`` over the reports of whole components gives their story
    events as over all reports; a component may be larger than needed, never smaller."""
    keys = sorted(set(keys), key=repr)
    parent = {k: k for k in keys}

    def root(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def join(a, b):
        ra, rb = root(a), root(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=repr)
            parent[second] = first

    by_act: dict[tuple, list[tuple]] = defaultdict(list)
    for key in keys:
        by_act[key[:2]].append(key)
    for (type_, _), act_keys in by_act.items():
        named = {key: tuple(_named_side(v) for v in key[2]) for key in act_keys}
        first: dict[tuple, tuple] = {}  # the sides a key names -> the first key naming them
        partial = []  # keys that leave a side unnamed: they fit keys naming it
        for key in act_keys:
            sides = named[key]
            if type_ in SYMMETRIC:
                sides = tuple(sorted(v for v in sides if v))
            join(key, first.setdefault(sides, key))
            reverse = (*key[:2], (key[2][1], key[2][0]))
            if type_ in CONTESTED and reverse in parent:
                join(key, reverse)
            if None in sides or len(sides) < 2:
                partial.append(key)
        for key in partial:
            for other in act_keys:
                if _sides_fit(type_, key[2], other[2]):
                    join(key, other)
        if type_ in TOLD_ANY_SIDE:  # joined whatever sides they name (``_join_told_alike``)
            for key in act_keys:
                join(key, act_keys[0])
    # and whichever of ``TOLD_AS_EITHER``'s types they were given
    either: dict[str, tuple] = {}
    for (type_, kind), act_keys in by_act.items():
        if type_ in TOLD_AS_EITHER:
            join(act_keys[0], either.setdefault(kind, act_keys[0]))
    return {k: root(k) for k in keys}


def merge(
    reports: list[Report],
    side: dict[str, str],
    names: frozenset[str] = frozenset(),
    targets: dict[tuple, set[str]] | None = None,
) -> list[StoryEvent]:
    """Group ``reports`` into story events, in timeline order (dated first, by date).
    ``names`` are the stems of actor names and demonyms, which say nothing of the act;
    ``targets`` the inferred targets of all reports (``inferred_targets``), when ``reports``
    are only some (the components ``key_components`` names) of them."""
    return story_events(merge_groups(reports, side, names, targets), side)


def merge_groups(
    reports: list[Report],
    side: dict[str, str],
    names: frozenset[str] = frozenset(),
    targets: dict[tuple, set[str]] | None = None,
) -> list[list[Report]]:
    """``merge``'s groups of reports, each in report order (``_order``), before they are
    made story events (``story_events``): a store builds only the events whose reports
    changed."""
    if targets is None:
        acts = ((r.type, r.mode, r.source, r.target) for r in reports)
        targets = inferred_targets(acts, side)
    keyed: dict[tuple, list[Report]] = defaultdict(list)
    for r in reports:
        keyed[report_key(r, side, targets)].append(r)
    said = _Said(names)
    groups: list[tuple[tuple, list[Report]]] = []
    parts = [(key, part) for key in sorted(keyed, key=repr) for part in _by_kind(keyed[key])]
    for key, part in parts:
        for group in _by_date(part):
            if not told_apart(key):
                groups.append((key, group))
                continue
            for part in _by_content(group, said):
                groups.append((key, part))
    groups = _join_unnamed_sides(groups, names)
    groups = _join_near_sides(groups, said)
    groups = _join_told_alike(groups, said)
    return _join_reversed(groups, names)


class _Said:
    """``said_stems`` of each report of one merge, found once (a store's update merges
    thousands of reports, most of them read by two passes)."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        self.found: dict[tuple[str, int], set[str]] = {}

    def __call__(self, r: Report) -> set[str]:
        stems = self.found.get(r.key)
        if stems is None:
            stems = self.found[r.key] = said_stems(r, self.names)
        return stems


def coercion_kind(r: Report) -> str | None:
    """The kind of coercion a report tells (``TAKING_KINDS`` as one, "taking"; a ban, an
    expulsion), None for an act of no such kind or a kind the events stage did not read."""
    if r.subtype is None or r.type not in TOLD_ANY_SIDE:
        return None
    if r.type == "ASSAULT" and r.subtype not in TAKING_KINDS:
        return None
    return "taking" if r.subtype in TAKING_KINDS else r.subtype


def _kinds_fit(a: list[Report], b: list[Report]) -> bool:
    """Whether two groups may tell one act: they tell no two kinds of coercion apart
    (``coercion_kind``); a report of no known kind fits any."""
    kinds_a = {k for r in a if (k := coercion_kind(r))}
    kinds_b = {k for r in b if (k := coercion_kind(r))}
    return not kinds_a or not kinds_b or bool(kinds_a & kinds_b)


def _by_kind(reports: list[Report]) -> list[list[Report]]:
    """One merge key's reports by the kind of coercion they tell (``coercion_kind``), in
    order of kind; reports of no known kind join the kind most reports tell (the first in
    alphabetical order of the most told), or are one part when none is known."""
    kinds: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        kinds[coercion_kind(r) or ""].append(r)
    if len(kinds) == 1:
        return [reports]
    unknown = kinds.pop("", [])
    if unknown:
        most = max(sorted(kinds), key=lambda k: len(kinds[k]))
        kinds[most] = sorted([*kinds[most], *unknown], key=_order)
    return [kinds[k] for k in sorted(kinds)]


def told_apart(key: tuple) -> bool:
    """Whether reports of one merge key are told apart by what they say (``_by_content``)."""
    type_, kind, _ = key
    return (type_ in SAID_APART and kind == "act") or kind in SAID_APART_KINDS


def story_events(groups: list[list[Report]], side: dict[str, str]) -> list[StoryEvent]:
    """The story events of ``merge_groups``'s groups, in timeline order."""
    events = [_story_event(g, side) for g in groups]
    events.sort(key=lambda e: (e.date is None, e.date or date.max, e.id))
    return events


def _join_unnamed_sides(
    groups: list[tuple[tuple, list[Report]]], names: frozenset[str]
) -> list[tuple[tuple, list[Report]]]:
    """One outlet's "an attack on Goma killed four" (no doer named) and another's "the rebels
    attacked Goma" of the same days and wording are one event: a group whose key leaves a side
    unnamed joins the one group of that act, kind and days that names the same other side,
    when no article tells both (an article tells one event once) and their evidence shares
    content: the one such group, or the one whose evidence shares most with it. With two alike
    it stays apart (which would it be?)."""
    stems: dict[int, set[str]] = {}  # found when first needed: most groups name both sides

    def stems_of(k: int) -> set[str]:
        if k not in stems:
            texts = (r.evidence.get("text", "") for r in groups[k][1])
            stems[k] = set().union(*(content_stems(text, names) for text in texts))
        return stems[k]

    # the groups that name both sides, by act, kind and one side: where a partial one looks
    named: dict[tuple, list[int]] = defaultdict(list)
    for j, ((type_, kind, pair), _) in enumerate(groups):
        if all(pair) and type_ not in SYMMETRIC:
            named[(type_, kind, 0, pair[0])].append(j)
            named[(type_, kind, 1, pair[1])].append(j)
    joined: dict[int, int] = {}
    for k, ((type_, kind, pair), group) in enumerate(groups):
        if all(pair) or not any(pair) or type_ in SYMMETRIC:
            continue
        side = 0 if pair[0] else 1
        articles = {r.article for r in group}
        fits = [
            j
            for j in named.get((type_, kind, side, pair[side]), [])
            if not articles & {r.article for r in groups[j][1]}
            and _same_days(group, groups[j][1])
            and _to_come(group) == _to_come(groups[j][1])
            and _kinds_fit(group, groups[j][1])
            and _linked(stems_of(k), stems_of(j))
        ]
        # the one fit, or the one whose evidence shares the most with it
        shared = sorted((len(stems_of(k) & stems_of(j)), j) for j in fits)
        if len(shared) == 1 or (shared and shared[-1][0] > shared[-2][0]):
            joined[k] = shared[-1][1]
    out: dict[int, list[Report]] = {}
    for k, (_, group) in enumerate(groups):
        out.setdefault(joined.get(k, k), []).extend(group)
    return [(groups[k][0], sorted(g, key=_order)) for k, g in sorted(out.items())]


def _named_side(side: str | None) -> str | None:
    """A side the story can tell apart from another: None for no side, and for a doer known
    only by a description of no known state ("gunmen", "aid groups" say who, not whose)."""
    return None if not side or side.startswith(DESCRIBED) else side


def _sides_fit(type_: str, a: tuple, b: tuple) -> bool:
    """Whether two keys' sides fit: every side both name (``_named_side``) is the same ("the
    clash" names none; "Bolivia rejected" names one; a meeting's sides, in any order). Two
    sides doing one thing ("both accepted the invitation") are two acts; so are a doer's
    acts toward two named sides, even where one is the events stage's fallback to a mediator
    (such fits would make a store's merge components, and what its updates read, all of a
    side's acts)."""
    a, b = tuple(map(_named_side, a)), tuple(map(_named_side, b))
    if type_ in SYMMETRIC:
        x, y = {v for v in a if v}, {v for v in b if v}
        return x <= y or y <= x
    return all(p == q for p, q in zip(a, b, strict=True) if p and q)


def _join_near_sides(
    groups: list[tuple[tuple, list[Report]]], said_of: _Said
) -> list[tuple[tuple, list[Report]]]:
    """Outlets name the sides of one act differently: one tells "the clash" with no side,
    another "the army attacked the rebels", a third "gunmen attacked the army". A group joins
    the group of the same act and kind, of the same days and told by other articles, whose
    sides fit (``_sides_fit``) and whose evidence is linked (``_linked``, by what it says:
    ``said_stems``): the one fit, or the one sharing most; a group whose best fits do not fit
    each other (which would it be?) stays apart, and joined groups keep other articles, other
    keys and the same days. A group takes the key of the group naming most sides."""
    said = [set().union(*map(said_of, g)) for _, g in groups]
    near = _near_in_days(groups)
    parent = list(range(len(groups)))
    members = [[k] for k in range(len(groups))]
    articles = [{r.article for r in g} for _, g in groups]

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    def reports(k: int) -> list[Report]:
        return [r for m in members[k] for r in groups[m][1]]

    def apart(a: int, b: int) -> bool:
        # what joined groups may be: of other articles, other keys (one key's groups were
        # told apart by their days or content), the same days, all their reports, and both
        # told as done or both as to come ("will free twelve soldiers" is not "freed twelve")
        keys = {groups[m][0] for m in members[a]}
        return (
            (not articles[a] & articles[b] or sideless(a) or sideless(b))
            and not keys & {groups[m][0] for m in members[b]}
            and _same_days(reports(a), reports(b))
            and _to_come(reports(a)) == _to_come(reports(b))
            and _kinds_fit(reports(a), reports(b))
        )

    def fit(k: int, j: int) -> bool:
        return _sides_fit(groups[k][0][0], groups[k][0][2], groups[j][0][2])

    def sideless(k: int) -> bool:
        # an act told with no side ("the clash", "the attack") names again, in the article
        # that tells it, the act another of its sentences names with its sides
        return not any(_named_side(v) for m in members[k] for v in groups[m][0][2])

    # each group's best fits: those sharing most of what it says
    best: list[list[int]] = []
    for k, (key, group) in enumerate(groups):
        fits = []
        for j in near(k):
            shared = articles[k] & articles[j] and not (sideless(k) or sideless(j))
            if not fit(k, j) or groups[j][0] == key or shared:
                continue
            if _linked(said[k], said[j]) and _same_days(group, groups[j][1]):
                fits.append((len(said[k] & said[j]), j))
        top = max((n for n, _ in fits), default=0)
        best.append([j for n, j in fits if n == top])
    # a group whose best fits name sides that do not fit each other could be either
    torn = {k for k, js in enumerate(best) if not all(fit(i, j) for i in js for j in js)}
    for k, js in enumerate(best):
        if not js or k in torn or js[0] in torn:
            continue
        a, b = sorted((root(k), root(js[0])))
        every = [(i, j) for i in members[a] for j in members[b]]
        if a == b or not apart(a, b) or not all(fit(i, j) for i, j in every):
            continue
        parent[b] = a
        members[a] += members[b]
        articles[a] |= articles[b]
    out = []
    for k in range(len(groups)):
        if root(k) != k:
            continue
        keys = [groups[m][0] for m in members[k]]
        key = max(keys, key=lambda key: (sum(1 for v in key[2] if v), -keys.index(key)))
        out.append((key, sorted((r for m in members[k] for r in groups[m][1]), key=_order)))
    return out


def _to_come(group: list[Report]) -> bool:
    """Whether every report of a group tells its act as still to come (mode
    ``hypothetical``: "will free", "would pull back")."""
    return all(r.mode == "hypothetical" for r in group)


def _act(key: tuple) -> tuple:
    """A merge key's act and kind of mode."""
    return key[:2]


def _act_told_alike(key: tuple) -> tuple:
    """A merge key's act and kind of mode, the types of ``TOLD_AS_EITHER`` as one act."""
    return ("|".join(sorted(TOLD_AS_EITHER)), key[1]) if key[0] in TOLD_AS_EITHER else key[:2]


def _near_in_days(groups: list[tuple[tuple, list[Report]]], act_of=_act):
    """A function giving, for a group's index, the other groups of its act and kind of mode
    (``act_of`` its key) whose days (``_days_of``) may be the same as its own (within
    ``DATE_SLACK_DAYS``; groups of no bounded days are near all), found by bisection (a store
    holds thousands of one act's groups)."""
    slack = timedelta(days=DATE_SLACK_DAYS)
    days = [_days_of(g) for _, g in groups]
    free: dict[tuple, list[int]] = defaultdict(list)
    dated: dict[tuple, list[tuple[date, int]]] = defaultdict(list)
    widest: dict[tuple, timedelta] = defaultdict(timedelta)
    for k, (key, _) in enumerate(groups):
        if days[k] is None:
            free[act_of(key)].append(k)
        else:
            dated[act_of(key)].append((days[k][0], k))
            widest[act_of(key)] = max(widest[act_of(key)], days[k][1] - days[k][0])
    for starts in dated.values():
        starts.sort()

    def near(k: int) -> list[int]:
        act = act_of(groups[k][0])
        starts = dated[act]
        if days[k] is None:
            found = [j for _, j in starts]
        else:
            lo, hi, _ = days[k]
            first = bisect_left(starts, (lo - slack - widest[act], -1))
            last = bisect_right(starts, (hi + slack, len(groups)))
            found = [j for _, j in starts[first:last] if days[j][1] >= lo - slack]
        return sorted(j for j in [*found, *free[act]] if j != k)

    return near


def _join_told_alike(
    groups: list[tuple[tuple, list[Report]]], said_of: _Said
) -> list[tuple[tuple, list[Report]]]:
    """Outlets tell one shooting or one detention with the sides their own side sees ("Tajik
    troops opened fire on a Kyrgyz post", "Kyrgyz guards fired on our workers", "the shooting
    killed five"): groups of such an act (``TOLD_ANY_SIDE``) and kind of mode, of the same days
    (``_same_days``), that share something they say (``said_stems``), whose named sides are
    not all apart (an act between two sides is not one between two others), and that are not
    the acts one article tells apart, are joined, as often as they link. A joined group takes
    the key of the group naming most sides."""
    said = [set().union(*map(said_of, g)) for _, g in groups]
    named = [{v for v in map(_named_side, {key[2][0], key[2][1]}) if v} for key, _ in groups]
    near = _near_in_days(groups, _act_told_alike)
    parent = list(range(len(groups)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    # the reports of each root's joined groups: a join holds against all of them, not one
    joined: dict[int, list[Report]] = {}

    def reports(k: int) -> list[Report]:
        return joined.get(k, groups[k][1])

    def settled(k: int, j: int) -> bool:
        """Joins the groups of a link when their joined groups tell of the same days: whether
        the link is settled (joined, or already one)."""
        a, b = sorted((root(k), root(j)))
        if a == b:
            return True
        if not _same_days(reports(a), reports(b)) or not _kinds_fit(reports(a), reports(b)):
            return False
        joined[a] = [*reports(a), *reports(b)]
        joined.pop(b, None)
        parent[b] = a
        return True

    linked = []  # pairs of groups that tell one act alike, in order
    for k, (key, group) in enumerate(groups):
        if key[0] not in TOLD_ANY_SIDE:
            continue
        articles = {r.article for r in group}
        for j in near(k):
            other = groups[j][1]
            if (
                j < k
                or not said[k] & said[j]
                or (key[0] != groups[j][0][0] and TAKEN_STEM not in said[k] & said[j])
                or (named[k] and named[j] and not named[k] & named[j])
                or (articles == {r.article for r in other} and len(articles) == 1)
                or not _same_days(group, other)
                or not _kinds_fit(group, other)
            ):
                continue
            linked.append((k, j))
    # a link whose joined groups' days are apart may hold once others have joined
    while linked:
        waiting = [(k, j) for k, j in linked if not settled(k, j)]
        if len(waiting) == len(linked):
            break
        linked = waiting
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(groups)):
        members[root(k)].append(k)
    out = []
    for k in sorted(members):
        keys = [groups[m][0] for m in members[k]]
        key = max(keys, key=lambda key: (sum(1 for v in key[2] if v), -keys.index(key)))
        out.append((key, sorted((r for m in members[k] for r in groups[m][1]), key=_order)))
    return out


def _join_reversed(groups: list[tuple[tuple, list[Report]]], names) -> list[list[Report]]:
    """One outlet's "A shelled B" and another's "B shelled A" of the same day and wording are
    one event whose reports disagree on who did it to whom: such groups are joined (the
    disagreement is then listed on ``source`` and ``target``)."""
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for k, (key, _) in enumerate(groups):
        by_key[key].append(k)
    joined: dict[int, int] = {}
    for k, (key, group) in enumerate(groups):
        type_, kind, pair = key
        if type_ not in CONTESTED or k in joined or not all(pair):
            continue
        for j in by_key.get((type_, kind, (pair[1], pair[0])), []):
            if j in joined or j == k:
                continue
            other = groups[j][1]
            if _same_days(group, other) and _linked(
                set().union(*(content_stems(r.evidence.get("text", ""), names) for r in group)),
                set().union(*(content_stems(r.evidence.get("text", ""), names) for r in other)),
            ):
                joined[j] = k
                break
    out: dict[int, list[Report]] = {}
    for k, (_, group) in enumerate(groups):
        out.setdefault(joined.get(k, k), []).extend(group)
    return [sorted(g, key=_order) for _, g in sorted(out.items())]


def told_day(r: Report) -> date | None:
    """The day a report itself tells for the act: its publication day with no time word in
    its evidence is only the report's own day (the events stage dates an act told with no
    time of its own by the report, as event data sets do), and neither splits nor disputes a
    story event; nor does a day the events stage read from the article's lead or the act's
    paragraph (``date_basis``), which the act itself may not share. A report of an act done
    that the events stage left undated or so dated tells the one day its own evidence names
    ("the killing of a shepherd on 8 March", "last Thursday's shooting": a day the events
    stage leaves to the noun that owns it)."""
    soft = r.date is None or r.date_basis not in (None, FROM_SENTENCE)
    if soft and r.published is not None and _done(r):
        return _evidence_day(r.evidence.get("text") or "", r.published)
    if r.date_basis not in (None, FROM_SENTENCE):
        return None
    if r.date is None or r.date != r.published:
        return r.date
    return r.date if _names_day(r.evidence.get("text") or "", r.published) else None


def _done(r: Report) -> bool:
    """Whether ``r`` tells an act done, not one proposed, promised or still to come (whose
    day is when it is due)."""
    return mode_kind(r.mode) == "act" and r.mode != "hypothetical"


def _evidence_day(text: str, published: date) -> date | None:
    """The one day ``text`` names ("last Thursday's shooting", "the killing of a shepherd on
    9 March"), no later than ``published``; None when it names none, or several."""
    days = {day for day in _named_days(text, published) if day <= published}
    return days.pop() if len(days) == 1 else None


def _names_day(text: str, published: date) -> bool:
    """Whether ``text`` names a day ("today", "on Tuesday"), not only a period ("last week"),
    nor only a deadline ("freed 18 of the 25 it had promised to release by Feb. 18", in a
    paper of the 22nd: the day something else was due, not the act's)."""
    return bool(_named_days(text, published))


@lru_cache(maxsize=1 << 14)
def _named_days(text: str, published: date) -> frozenset[date]:
    """The days ``text``'s time expressions name, read back from ``published``, less those
    named as a deadline (``BY_DAY``)."""
    return frozenset(
        day
        for e in find_expressions(text)
        if (day := resolve(e, published, future=False).day) and not BY_DAY.search(text, 0, e.start)
    )


def _days_of(group: list[Report]) -> tuple[date, date, timedelta] | None:
    """The days a group of reports tells of, with how many days later the act may yet have
    been: its first told day (``DATE_SLACK_DAYS`` later: outlets disagree by a day), or, with
    none, the days all its reports' windows (``told_window``, whose end already holds what
    slack publication leaves) cover, no later; None when nothing bounds them."""
    days = [d for r in group if (d := told_day(r))]
    if days:
        return min(days), min(days), timedelta(days=DATE_SLACK_DAYS)
    windows = [w for r in group if (w := told_window(r))]
    if not windows:
        return None
    return min(lo for lo, _ in windows), max(hi for _, hi in windows), timedelta()


def _same_days(a: list[Report], b: list[Report]) -> bool:
    """Whether two groups may tell of the same days: each begins no later than the other
    ends, or than the slack of the day it tells (``_days_of``)."""
    days_a, days_b = _days_of(a), _days_of(b)
    if days_a is None or days_b is None:
        return True
    return days_b[0] <= days_a[1] + days_a[2] and days_a[0] <= days_b[1] + days_b[2]


def _order(r: Report) -> tuple:
    # total: two reports of one article with one start are told apart by their index, so the
    # grouping and every story event's first report never depend on the order of arrival
    return (r.date or date.max, r.published or date.max, r.article, r.start, r.idx)


def told_window(r: Report) -> tuple[date, date] | None:
    """The days a report of an act or a proposal that gives no day of its own (``told_day``
    None) may tell of: the period its evidence names ("last week", "earlier this month"), else
    the ``NEWS_LAG_DAYS`` up to its publication; None (any days) for promises and acts still to
    come, and without a publication date."""
    if r.published is None or mode_kind(r.mode) not in WINDOWED_KINDS or r.mode == "hypothetical":
        # a promise is told again for weeks ("despite the promise made on Sunday"), and an
        # act to come ("will free them within five days") is of days after the report: their
        # reports are bounded by their own days only
        return None
    return _window(r.evidence.get("text") or "", r.published)


@lru_cache(maxsize=1 << 14)
def _window(text: str, published: date) -> tuple[date, date]:
    """``told_window`` of an act's evidence ``text`` published on ``published``."""
    for expr in find_expressions(text):
        period = resolve(expr, published, future=False).period
        if period is not None and period[0] <= published:
            return period[0], _last_day(period[1], published)
    return published - timedelta(days=NEWS_LAG_DAYS), published


def _last_day(end: date, published: date) -> date:
    """The last day a report published on ``published`` may tell of, its period ending on
    ``end``: outlets disagree by ``DATE_SLACK_DAYS`` on when, but none tells of an act after
    it was published (a report of the 6th naming no day is not the shooting of the 8th)."""
    return min(end + timedelta(days=DATE_SLACK_DAYS), published)


def _in_window(day: date, window: tuple[date, date] | None) -> bool:
    if window is None:
        return True
    lo, hi = window
    return lo - timedelta(days=DATE_SLACK_DAYS) <= day <= hi


def _by_date(reports: list[Report]) -> list[list[Report]]:
    """Split one act's reports into events by date: dated reports within the slack of the
    group's first date join it; undated ones join the latest group of the days they may tell
    of (``told_window``; for an act to come: the latest of acts to come; for a promise: the
    only group, or the latest made before the report), else one of the undated groups whose
    windows overlap theirs."""
    told = {id(r): told_day(r) for r in reports}  # each report's day, read once

    def day(r: Report) -> date | None:
        return told[id(r)]

    dated = sorted((r for r in reports if day(r)), key=lambda r: (day(r), _order(r)))
    undated = sorted((r for r in reports if not day(r)), key=_order)
    groups: list[list[Report]] = []
    for r in dated:
        # measured from the group's first day, so a group never spans more than the slack
        # however densely an act recurs (weekly meetings stay weekly)
        if groups and (day(r) - day(groups[-1][0])).days <= DATE_SLACK_DAYS:
            groups[-1].append(r)
        else:
            groups.append([r])
    loose: list[tuple[tuple[date, date] | None, list[Report]]] = []
    for r in undated:
        window = told_window(r)
        if window is not None:
            fits = [g for g in groups if _in_window(day(g[0]), window)]
        elif mode_kind(r.mode) == "proposed":  # of no publication: no days to join
            fits = []
        elif r.mode == "hypothetical":  # an act to come is not the act done
            fits = [g for g in groups if _to_come(g)]
        elif len(groups) == 1:
            fits = groups
        else:  # a promise told again: the latest group made before the report
            fits = [g for g in groups if r.published and day(g[0]) <= r.published]
        if fits:
            _nearest_soft_day(fits, r, day).append(r)
            continue
        for i, (span, group) in enumerate(loose):
            if span is None or window is None or (window[0] <= span[1] and span[0] <= window[1]):
                # the group's days: those all its reports may tell of
                if span is not None and window is not None:
                    span = (max(span[0], window[0]), min(span[1], window[1]))
                loose[i] = (span, [*group, r])
                break
        else:
            loose.append((window, [r]))
    groups += [group for _, group in loose]
    return [sorted(g, key=_order) for g in groups]


def _nearest_soft_day(
    fits: list[list[Report]], r: Report, day: Callable[[Report], date | None]
) -> list[Report]:
    """Of the groups a report that tells no day of its own may join (in order of their days),
    the latest, or, when the events stage read a day for it from its paragraph or lead
    (``date_basis``: soft, yet a guess of which days), the latest within the slack of that
    day ("Shooting between the border posts", its paragraph's 2 March, is not the blast its
    report dates on the 5th). ``day``: each report's ``told_day``, read once by the caller."""
    if r.date is not None and r.date_basis is not None:
        near = [g for g in fits if abs((day(g[0]) - r.date).days) <= DATE_SLACK_DAYS]
        if near:
            return near[-1]
    return fits[-1]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A word's stem: lower case, an inflection ending dropped ("fired", "fire": fir; "boats",
    "boat": boat; ``ENDING``), cut to ``STEM_CHARS`` letters."""
    word = word.lower()
    if len(word) > MIN_STEMMED:
        word = ENDING.sub("", word)
    return word[:STEM_CHARS]


# ``ACT_WORDS`` and ``SYNONYM_WORDS`` as the stems reports are compared by
ACT_STEMS = {k: frozenset(stem(w) for w in words) for k, words in ACT_WORDS.items()}
SYNONYM_STEMS = {stem(w): stem(same) for w, same in SYNONYM_WORDS.items()}
TAKEN_STEM = stem(TAKEN)


# word -> its stem, "" for a function word (content_stems reads every sentence of a store)
_CONTENT_STEM: dict[str, str] = {}
WORD = re.compile(r"[a-z]+")


def content_stems(text: str, names: frozenset[str] = frozenset()) -> set[str]:
    """The stems of a report's content words: no function words, no actor names."""
    out = set()
    for w in WORD.findall(text.lower()):
        s = _CONTENT_STEM.get(w)
        if s is None:
            s = _CONTENT_STEM[w] = "" if w in STOPWORDS or len(w) <= 2 else stem(w)
        if s and s not in names:
            out.add(s)
    return out


def said_stems(r: Report, names: frozenset[str] = frozenset()) -> set[str]:
    """What a report says its act is about: its content stems without the act's own words
    (``ACT_STEMS``), synonyms of one act as one stem (``SYNONYM_STEMS``)."""
    own = ACT_STEMS.get(r.type, frozenset()) | ACT_STEMS.get(mode_kind(r.mode), frozenset())
    stems = content_stems(r.evidence.get("text", ""), names) - own
    return {SYNONYM_STEMS.get(s, s) for s in stems}


def _linked(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= SHARED_STEMS or (shared >= 1 and min(len(a), len(b)) <= SHORT_EVIDENCE)


def _by_content(reports: list[Report], said: _Said) -> list[list[Report]]:
    """Split reports of one kind of answer between the same sides on the same days into the
    answers they tell: reports are linked when their evidence shares content ("rejected Chile's
    offer" and "denied Chile's accusation" are two rejections; "denied the accusation" is the
    second again)."""
    stems = [said(r) for r in reports]
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(reports)):
        for j in range(i):
            # an article tells one answer once: two of its reports are two answers
            if reports[i].article != reports[j].article and _linked(stems[i], stems[j]):
                parent[root(i)] = root(j)
    parts: dict[int, list[Report]] = defaultdict(list)
    for i, r in enumerate(reports):
        parts[root(i)].append(r)
    return [parts[k] for k in sorted(parts)]


def _majority(values: list, default=None):
    """The most frequent value (ties: the first reported), ignoring None."""
    present = [v for v in values if v is not None]
    if not present:
        return default
    counts = Counter(present)
    best = max(counts.values())
    return next(v for v in present if counts[v] == best)


def story_event_id(first: Report) -> str:
    """A story event's id, from its first report's key. Every report lies in exactly one story
    event, so no two story events share a first report, nor (short of a 64-bit hash
    collision, which ``Store.refresh_story`` still refuses) an id."""
    article, idx = first.key
    digest = hashlib.sha1(f"{article}\x00{idx}".encode()).hexdigest()[:ID_HEX_DIGITS]
    return f"ev-{digest}"


def _story_event(reports: list[Report], side: dict[str, str] | None = None) -> StoryEvent:
    first = reports[0]
    places = {r.place["name"]: r.place for r in reports if r.place}
    place_name = _majority([r.place["name"] if r.place else None for r in reports])
    # the story event's mode: the act as most reports tell it, an assertion over an allegation
    modes = [r.mode for r in reports]
    mode = (
        "asserted" if "asserted" in modes and mode_kind(first.mode) == "act" else _majority(modes)
    )
    return StoryEvent(
        id=story_event_id(first),
        type=first.type,
        mode=mode,
        source=_majority([r.source for r in reports]),
        target=_majority([r.target for r in reports]),
        date=_majority([told_day(r) for r in reports]) or _majority([r.date for r in reports]),
        place=places.get(place_name) if place_name else None,
        reports=reports,
        disagreements=disagreements(reports, side or {}),
    )


def disagreements(reports: list[Report], side: dict[str, str] | None = None) -> list[dict]:
    """Each field on which the reports differ, with every value and the articles giving it.
    Source and target are compared by side (an official and their state agree)."""
    side = side or {}
    fields = {
        "date": lambda r: told_day(r).isoformat() if told_day(r) else None,
        "place": lambda r: r.place["name"] if r.place else None,
        # an allegation and an assertion of one act are one account, not a dispute
        "mode": lambda r: "asserted" if r.mode == "alleged" else r.mode,
        "number": lambda r: _number(r),
    }
    if reports and reports[0].type in CONTESTED:
        # who did it to whom is disputed only for acts outlets tell both ways round (a
        # meeting or a joint agreement names its sides in any order)
        fields["source"] = lambda r: side.get(r.source, r.source) if r.source else None
        fields["target"] = lambda r: side.get(r.target, r.target) if r.target else None
    out = []
    for name, read in fields.items():
        values: dict = {}
        for r in reports:
            v = read(r)
            if v is None:
                continue
            articles = values.setdefault(v, [])
            if r.article not in articles:
                articles.append(r.article)
        if len(values) > 1:
            out.append(
                {"field": name, "values": [{"value": k, "articles": v} for k, v in values.items()]}
            )
    return out


def _number(r: Report) -> float | int | None:
    nums = r.numbers()
    if not nums:
        return None
    n = nums[0]
    return int(n) if n.is_integer() else n
