"""Sort the development pool's event errors by kind: every missed gold event and every false
positive, matched as ``../shared/eval/score_articles.py`` matches them.

    python benchmarks/pool_events.py                      # extract the pool, print the counts
    python benchmarks/pool_events.py --predictions OUT    # score a `parley extract` output
    python benchmarks/pool_events.py --show no_event      # list one class's cases too
    python benchmarks/pool_events.py --batch blind20 --show date   # only these batches
    python benchmarks/pool_events.py --predictions OUT --drafts   # drafts the settler dropped

A missed gold event is, in this order: ``no_event`` (no predicted event's evidence overlaps
its evidence), ``wrong_type`` (none there has an accepted type), ``no_source`` /
``wrong_source`` (none of the right type has a source standing for the gold one), ``no_target``
/ ``wrong_target`` (``_unfound`` added when no predicted actor stands for the gold one), or
``taken`` (a matching event was already paired with another gold event). With ``--drafts`` the
pool is run through the pipeline in this process too and a ``no_event`` whose evidence a draft
of the finder overlaps (one the settler dropped, most often for want of a source) is
``no_event_drafted`` instead, with the draft shown. A matched event is counted again when its
mode or date differs from the gold. A false positive is ``fp_alone`` (no gold event overlaps
it), ``fp_type``, ``fp_source``, ``fp_target`` or ``fp_duplicate`` (it would match a gold
event another prediction took).
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from score_articles import ActorMap, load, overlap  # noqa: E402
from score_attributions import spans_of  # noqa: E402

import pool  # noqa: E402
from parley.dates import find_expressions, resolve  # noqa: E402
from parley.events.settle import lead_day  # noqa: E402


def date_context(text: str, published: str | None, start: int) -> str:
    """Where a day could come from for an event whose evidence starts at ``start``: the
    publication day, the lead's day and the days its paragraph names."""
    if not published:
        return "no publication date"
    pub = date.fromisoformat(published)
    expressions = find_expressions(text)
    lo = text.rfind("\n\n", 0, start) + 1
    hi = text.find("\n\n", start)
    hi = len(text) if hi < 0 else hi
    named = [f"{e.text!r}={resolve(e, pub, False).day}" for e in expressions if lo <= e.start < hi]
    return f"pub {pub} lead {lead_day(text, expressions, pub)} paragraph {' '.join(named)}"


def extract(tmp: Path) -> Path:
    """The pool's articles through `parley extract`; returns the output's path."""
    source = tmp / "pool.in.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for record in pool.article_records(pool.ARTICLES):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    out = tmp / "pool.out.jsonl"
    cmd = [sys.executable, "-m", "parley.cli", "extract", str(source), "-o", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    return out


def classify(gold: dict, pred: dict) -> tuple[list[tuple], list[tuple]]:
    """(class, batch, detail) for each gold event missed or matched with a wrong mode or date,
    and for each false positive, of one article."""
    text = gold["text"]
    amap = ActorMap(gold, pred)
    golds = gold.get("events", [])
    preds = pred.get("events") or []
    batch = pool.batch_of(gold["id"])

    def span(ev: list[int]) -> str:
        return text[ev[0] : ev[1]].replace("\n", " ")

    def near(gev: dict, pev: dict) -> bool:
        return any(overlap(gev["evidence"], s) for s in spans_of(pev.get("evidence")))

    def typed(gev: dict, pev: dict) -> bool:
        return near(gev, pev) and str(pev.get("type", "")).upper() in gev["types"]

    def sourced(gev: dict, pev: dict) -> bool:
        return typed(gev, pev) and amap.stands_for(pev.get("source"), gev["source"])

    def matches(gev: dict, pev: dict) -> bool:
        if not sourced(gev, pev):
            return False
        return not gev.get("target") or amap.stands_for(pev.get("target"), gev["target"])

    def show(pev: dict) -> str:
        return f"{pev.get('type')}({pev.get('source')}->{pev.get('target')},{pev.get('mode')})"

    misses, fps = [], []
    used: set[int] = set()
    for gev in golds:
        hit = next((k for k, p in enumerate(preds) if k not in used and matches(gev, p)), None)
        head = f"{gev['id']} {'/'.join(gev['types'])} {gev['source']}->{gev['target']}"
        where = f"{head} [{gev.get('mode')}] {span(gev['evidence'])!r}"
        if hit is not None:
            used.add(hit)
            pev = preds[hit]
            if gev.get("mode") and pev.get("mode") != gev["mode"]:
                misses.append(("mode", batch, f"{where} got {pev.get('mode')}"))
            if gev.get("date") and pev.get("date") != gev["date"]:
                got = f"{pev.get('date')} ({pev.get('date_text')}, {pev.get('date_basis')})"
                context = date_context(text, gold.get("published"), gev["evidence"][0])
                detail = f"{where} gold {gev['date']} got {got}; {context}"
                misses.append(("date", batch, detail))
            continue
        around = [p for p in preds if near(gev, p)]
        got = " ".join(show(p) for p in around)
        if not around:
            kind = "no_event"
        elif not any(typed(gev, p) for p in around):
            kind = "wrong_type"
        elif not any(sourced(gev, p) for p in around):
            right = [p for p in around if typed(gev, p)]
            kind = "no_source" if all(p.get("source") is None for p in right) else "wrong_source"
            kind += "" if amap.ids_for(gev["source"]) else "_unfound"
        elif any(matches(gev, p) for p in around):
            kind = "taken"
        else:
            right = [p for p in around if sourced(gev, p)]
            kind = "no_target" if all(p.get("target") is None for p in right) else "wrong_target"
            kind += "" if amap.ids_for(gev["target"]) else "_unfound"
        misses.append((kind, batch, f"{where} got {got}"))
    for k, pev in enumerate(preds):
        if k in used:
            continue
        close = [g for g in golds if near(g, pev)]
        if not close:
            kind = "fp_alone"
        elif any(matches(g, pev) for g in close):
            kind = "fp_duplicate"
        elif not any(typed(g, pev) for g in close):
            kind = "fp_type"
        elif not any(sourced(g, pev) for g in close):
            kind = "fp_source"
        else:
            kind = "fp_target"
        ev = (pev.get("evidence") or {}).get("text", "")
        gl = " ".join(f"{'/'.join(g['types'])}({g['source']}->{g['target']})" for g in close)
        fps.append((kind, batch, f"{gold['id']} {show(pev)} {ev!r} gold {gl}"))
    return misses, fps


def drafted(gold: dict, rows: list[tuple], finder_drafts: list) -> list[tuple]:
    """``rows`` with each ``no_event`` of ``gold`` that a finder's draft overlaps made
    ``no_event_drafted`` (the draft's type, sources, targets and mode added)."""
    out = []
    events = {gev["id"]: gev for gev in gold.get("events", [])}
    for kind, batch, detail in rows:
        gev = events.get(detail.split(" ", 1)[0])
        if kind == "no_event" and gev is not None:
            near = [d for d in finder_drafts if overlap(gev["evidence"], d.evidence)]
            if near:
                shown = " ".join(f"{d.type}({d.sources}->{d.targets},{d.mode})" for d in near)
                kind, detail = "no_event_drafted", f"{detail} drafts {shown}"
        out.append((kind, batch, detail))
    return out


def finder_drafts(golds: list[dict]) -> dict[str, list]:
    """Each article's drafts from the events stage's finder, before they are settled."""
    from parley import pipeline
    from parley.events import Finder
    from parley.model import Article

    nlp = pipeline.build()
    seen: list = []
    find = Finder.find

    def keep(self, doc, ctx):
        seen[:] = find(self, doc, ctx)
        return list(seen)

    Finder.find = keep
    out = {}
    try:
        for gold in golds:
            published = date.fromisoformat(gold["published"]) if gold.get("published") else None
            article = Article(id=gold["id"], text=gold["text"], published=published)
            nlp(pipeline.make_doc(nlp, article))
            out[gold["id"]] = list(seen)
    finally:
        Finder.find = find
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--predictions", help="a `parley extract` output of the pool")
    parser.add_argument("--show", action="append", default=[], help="list this class's cases")
    parser.add_argument(
        "--batch", action="append", default=[], help="only this batch (a half kept unread)"
    )
    parser.add_argument(
        "--drafts", action="store_true", help="tell the no_event misses a draft was found for"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        out = Path(args.predictions) if args.predictions else extract(Path(name))
        golds, preds = load(str(pool.ARTICLES), str(out))
    rows = []
    n_gold = n_pred = 0
    if args.batch:
        golds = [g for g in golds if pool.batch_of(g["id"]) in args.batch]
    drafts = finder_drafts(golds) if args.drafts else {}
    for gold in golds:
        for i, gev in enumerate(gold.get("events", [])):
            gev["id"] = f"{gold['id']}#{i}"
        n_gold += len(gold.get("events", []))
        n_pred += len(preds.get(gold["id"], {}).get("events") or [])
        misses, fps = classify(gold, preds.get(gold["id"], {}))
        if args.drafts:
            misses = drafted(gold, misses, drafts[gold["id"]])
        rows += misses + fps
    print(f"gold events {n_gold}, predicted {n_pred}")
    print_classes(rows, args.show)


def print_classes(rows: list[tuple], show: list[str], width: int = 14, spread: bool = True) -> None:
    """Each class of ``rows`` (kind, batch, detail) with its count, most frequent first, and
    its count in each batch (``spread``); then the cases of the classes in ``show``."""
    counts = collections.Counter(kind for kind, _, _ in rows)
    by_batch: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for kind, batch, _ in rows:
        by_batch[kind][batch] += 1
    for kind, n in counts.most_common():
        batches = " ".join(f"{b}={c}" for b, c in sorted(by_batch[kind].items()))
        print(f"{kind:{width}} {n:5}" + (f"  {batches}" if spread else ""))
    for kind, _, detail in rows:
        if kind in show:
            print(f"{kind}: {detail}")


if __name__ == "__main__":
    main()
