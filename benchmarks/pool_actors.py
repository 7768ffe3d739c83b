"""Sort the development pool's actor merge losses by kind: every gold actor whose mentions do
not all fall in one predicted actor, judged as ``../shared/eval/score_articles.py`` judges it.

    python benchmarks/pool_actors.py                      # extract the pool, print the counts
    python benchmarks/pool_actors.py --predictions OUT    # read a `parley extract` output
    python benchmarks/pool_actors.py --show pronoun_elsewhere   # list one class's cases too
    python benchmarks/pool_actors.py --by-batch           # the counts of each batch too
    python benchmarks/pool_actors.py --country            # the country losses instead
    python benchmarks/pool_actors.py --batches blind19,blind20   # only these batches' losses

A lost gold actor is, in this order: ``unfound`` (no predicted actor overlaps any mention),
``inner`` (a mention overlaps two predicted actors: another actor's mention inside the phrase),
``split`` (the names or descriptions fall in two predicted actors), ``pronoun_elsewhere`` (the
names and descriptions agree, a pronoun sits in another actor), ``name_missed`` (a name is in
no actor while another mention is), ``described_missed`` (a description, "the official", is in
no actor), ``pronoun_missed`` (only pronouns are in no actor).

A gold actor with a country is wrong on country (``--country``), in this order: ``unfound`` (no
predicted actor overlaps its mentions), ``main_none`` / ``main_wrong`` (the predicted actor
overlapping most of its mentions has no country / another country), ``other_none`` /
``other_wrong`` (that one is right, another overlapping actor has none / another).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from score_articles import ActorMap, load, overlap  # noqa: E402

import pool  # noqa: E402
from pool_events import extract, print_classes  # noqa: E402

# the pronouns a gold actor's mentions may be (any case)
PRONOUNS = frozenset(
    {"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself"}
    | {"they", "them", "their", "theirs", "themselves", "we", "us", "our", "ours", "i", "me"}
    | {"my", "who", "whom", "whose", "which", "you", "your"}
)


def form(text: str) -> str:
    """'pronoun', 'name' (opens with a capital after any article) or 'described'."""
    words = text.split()
    if not words:
        return "described"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    first = words[1] if words[0].lower() in {"the", "a", "an"} and len(words) > 1 else words[0]
    return "name" if first[:1].isupper() else "described"


def classify(gold: dict, pred: dict) -> list[tuple[str, str, str]]:
    """(class, batch, detail) for each gold actor of one article that is not merged."""
    amap = ActorMap(gold, pred)
    text = gold["text"]
    batch = pool.batch_of(gold["id"])
    names = {pid: a.get("name", "") for pid, a in amap.pred.items()}
    rows = []
    for canonical, actor in amap.gold.items():
        owned = []
        for m in actor["mentions"]:
            hit = frozenset(
                pid for pid, ms in amap.pred_mentions.items() if any(overlap(m, p) for p in ms)
            )
            owned.append((text[m[0] : m[1]].replace("\n", " "), hit))
        if len({hit for _, hit in owned}) == 1 and owned[0][1]:
            continue

        def show(hit: frozenset) -> str:
            return "|".join(sorted(names.get(p, p) for p in hit)) or "-"

        detail = f"{gold['id']} {canonical!r}: " + "; ".join(f"{t!r}={show(h)}" for t, h in owned)
        found = [(t, h) for t, h in owned if h]
        solid = {h for t, h in found if form(t) != "pronoun"}
        if not found:
            kind = "unfound"
        elif any(len(h) > 1 for _, h in found):
            kind = "inner"
        elif len(solid) > 1:
            kind = "split"
        elif len({h for _, h in found}) > 1:
            kind = "pronoun_elsewhere"
        else:
            missed = {form(t) for t, h in owned if not h}
            kind = next(f"{k}_missed" for k in ("name", "described", "pronoun") if k in missed)
        rows.append((kind, batch, detail))
    return rows


def classify_country(gold: dict, pred: dict) -> list[tuple[str, str, str]]:
    """(class, batch, detail) for each gold actor of one article whose country the scorer
    counts wrong (every predicted actor overlapping its mentions must carry its country)."""
    amap = ActorMap(gold, pred)
    text = gold["text"]
    batch = pool.batch_of(gold["id"])
    rows = []
    for canonical, actor in amap.gold.items():
        country = actor.get("country")
        if not country:
            continue
        hits: dict[str, int] = {}
        for m in actor["mentions"]:
            for pid, ms in amap.pred_mentions.items():
                if any(overlap(m, p) for p in ms):
                    hits[pid] = hits.get(pid, 0) + 1
        if hits and all(amap.pred[pid].get("country") == country for pid in hits):
            continue
        shown = "; ".join(
            f"{amap.pred[pid].get('name')!r}/{amap.pred[pid].get('type')}"
            f"/{amap.pred[pid].get('country')}x{n}"
            for pid, n in sorted(hits.items(), key=lambda kv: -kv[1])
        )
        first = text[actor["mentions"][0][0] : actor["mentions"][0][1]].replace("\n", " ")
        detail = f"{gold['id']} {canonical!r}/{country} ({first!r}): {shown or '-'}"
        if not hits:
            kind = "unfound"
        else:
            main_country = amap.pred[max(hits, key=hits.__getitem__)].get("country")
            others = {amap.pred[pid].get("country") for pid in hits} - {country}
            if main_country != country:
                kind = "main_none" if main_country is None else "main_wrong"
            else:
                kind = "other_none" if None in others else "other_wrong"
        rows.append((kind, batch, detail))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--predictions", help="a `parley extract` output of the pool")
    parser.add_argument("--show", action="append", default=[], help="list this class's cases")
    parser.add_argument("--by-batch", action="store_true", help="each batch's counts too")
    parser.add_argument("--country", action="store_true", help="sort the country losses")
    parser.add_argument("--batches", help="comma-separated batches to count (default: all)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        out = Path(args.predictions) if args.predictions else extract(Path(name))
        golds, preds = load(str(pool.ARTICLES), str(out))
    wanted = set(args.batches.split(",")) if args.batches else None
    golds = [g for g in golds if wanted is None or pool.batch_of(g["id"]) in wanted]
    sort = classify_country if args.country else classify
    rows = []
    total = 0
    for gold in golds:
        actors = gold.get("actors", [])
        total += len([a for a in actors if a.get("country")] if args.country else actors)
        rows += sort(gold, preds.get(gold["id"], {}))
    lost = "wrong on country" if args.country else "not merged"
    print(f"gold actors {total}, {lost} {len(rows)}")
    print_classes(rows, args.show, width=18, spread=args.by_batch)


if __name__ == "__main__":
    main()
