"""An article's text cut into a stream of open/text/close tokens, one layer of marks for each
kind of evidence, so that a template can render nested, well-formed marks without ever
building HTML in Python (every text and attribute goes through the template's escaping).

Spans that cross are split: the outer one is closed and opened again around the inner one; the
first piece of each span carries its anchor id, the later pieces only its look.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

# Outer layers first: a linked passage holds events, an event holds a reported statement, a
# statement's content holds the names in it.
RANK = {"linked": 0, "event": 1, "content": 2, "source": 3, "cue": 3, "mention": 4}


@dataclass(frozen=True)
class Mark:
    """One piece of evidence: ``kind`` (a key of RANK), where it lies, and what the template
    needs to draw it (``anchor`` is the id of its first piece)."""

    kind: str
    start: int
    end: int
    anchor: str
    info: dict = field(default_factory=dict, compare=False, hash=False)

    def order(self) -> tuple:
        return (self.start, -self.end, RANK[self.kind], self.anchor)


def marks_of(record: dict, linked: tuple[int, int] | None = None) -> list[Mark]:
    """The marks of an article page's record (``Reader.article``): attributions' source, cue
    and content; events' evidence; mentions (those inside another mention are left out, since
    a link cannot hold a link); and the passage another page linked to."""
    length = len(record["article"]["text"])
    out: list[Mark] = []
    if linked is not None:
        out.append(Mark("linked", linked[0], linked[1], "linked"))
    for e in record["events"]:
        for s, t in e["evidence"]["spans"]:
            out.append(Mark("event", s, t, f"ev-{e['idx']}", {"event": e}))
    for a in record["attributions"]:
        for part in ("source", "cue", "content"):
            for s, t in (a.get(part) or {}).get("spans", []):
                out.append(Mark(part, s, t, f"att-{a['idx']}-{part}", {"attribution": a}))
    last_end = -1
    same_span: dict[tuple[int, int], list[str]] = {}
    for m in record["mentions"]:
        same_span.setdefault((m["start"], m["end"]), []).append(m["actor"])
    for m in sorted(record["mentions"], key=lambda m: (m["start"], -m["end"])):
        if m["start"] >= last_end:
            # one link for one span ("both sides" names two actors: the first is linked, all
            # are named in its title)
            actors = same_span[(m["start"], m["end"])]
            out.append(
                Mark(
                    "mention",
                    m["start"],
                    m["end"],
                    f"m-{m['start']}",
                    {"mention": m, "actors": actors},
                )
            )
            last_end = m["end"]
    return [m for m in out if 0 <= m.start < m.end <= length]


def tokens(text: str, marks: list[Mark]) -> list[dict]:
    """``text`` as tokens: ``{"t": "text", "text"}``, ``{"t": "open", "mark", "first"}`` and
    ``{"t": "close", "mark"}``, balanced like the tags they become."""
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    ordered = sorted(marks, key=Mark.order)
    out: list[dict] = []
    stack: list[Mark] = []
    seen: set[str] = set()
    for a, b in itertools.pairwise(bounds):
        active = [m for m in ordered if m.start <= a and m.end >= b]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend({"t": "close", "mark": m} for m in reversed(stack[keep:]))
        for m in active[keep:]:
            out.append({"t": "open", "mark": m, "first": m.anchor not in seen})
            seen.add(m.anchor)
        stack = active
        out.append({"t": "text", "text": text[a:b]})
    out.extend({"t": "close", "mark": m} for m in reversed(stack))
    return out
