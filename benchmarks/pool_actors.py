"""Sort the development pool's actor merge losses by kind: every gold actor whose mentions do
not all fall in one predicted actor, judged as ``../shared/eval/score_articles.py`` judges it.

    python benchmarks/pool_actors.py                      # extract the pool, print the counts
    python benchmarks/pool_actors.py --predictions OUT    # read a `parley extract` output
    python benchmarks/pool_actors.py --show pronoun_elsewhere   # list one class's cases too
    python benchmarks/pool_actors.py --by-batch           # the counts of each batch too

A lost gold actor is, in this order: ``unfound`` (no predicted actor overlaps any mention),
``inner`` (a mention overlaps two predicted actors: another actor's mention inside the phrase),
``split`` (the names or descriptions fall in two predicted actors), ``pronoun_elsewhere`` (the
names and descriptions agree, a pronoun sits in another actor), ``name_missed`` (a name is in
no actor while another mention is), ``described_missed`` (a description, "the official", is in
no actor), ``pronoun_missed`` (only pronouns are in no actor).
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--predictions", help="a `parley extract` output of the pool")
    parser.add_argument("--show", action="append", default=[], help="list this class's cases")
    parser.add_argument("--by-batch", action="store_true", help="each batch's counts too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        out = Path(args.predictions) if args.predictions else extract(Path(name))
        golds, preds = load(str(pool.ARTICLES), str(out))
    rows = []
    total = 0
    for gold in golds:
        total += len(gold.get("actors", []))
        rows += classify(gold, preds.get(gold["id"], {}))
    print(f"gold actors {total}, not merged {len(rows)}")
    print_classes(rows, args.show, width=18, spread=args.by_batch)


if __name__ == "__main__":
    main()
