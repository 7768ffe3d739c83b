"""Events figures: the shared scorer's event F1 and date accuracy, and place accuracy.

    python benchmarks/events.py [--model NAME] [--show] [GOLD_DIR ...]

For each gold set (default: ../shared/seed, benchmarks/dev and benchmarks/heldout) the
articles are extracted with ``parley extract`` exactly as a user would run it (as
benchmarks/articles.py does) and ``../shared/eval/score_articles.py`` scores them; its event
figures are printed with the place accuracy, which the shared scorer does not measure: of the
gold events with a place that a predicted event matches (the scorer's own matching rule), the
share whose predicted place is the right gazetteer entry (the gold name looked up in the
gazetteer within its country, and the predicted coordinates within 0.05 degrees of that
entry's; names the gazetteer lacks are compared as written). ``--show`` lists every gold event
with the predicted event that matched it, and every predicted event that matched none.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from articles import DEFAULT_SETS, extract_set  # noqa: E402
from parley.events.places import default_gazetteer, fold  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_articles", SHARED / "eval" / "score_articles.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(SHARED / "eval"))
    spec.loader.exec_module(module)
    return module


# Two places this close (degrees of latitude and longitude, about 5 km) are the same entry.
SAME_PLACE_DEGREES = 0.05


def same_place(gold: dict, pred: dict | None) -> bool:
    """Is the predicted place the gazetteer entry the gold place names? The gold name is looked
    up in the gazetteer within its country ("Geneva" is GeoNames' "Genève"); a name the
    gazetteer lacks is compared as written."""
    if not pred or pred.get("country") != gold.get("country"):
        return False
    entry = default_gazetteer().choose(gold["name"], [gold["country"]] if gold["country"] else [])
    if entry is not None and entry.country == gold.get("country") and pred.get("lat") is not None:
        return (
            abs(entry.lat - pred["lat"]) <= SAME_PLACE_DEGREES
            and abs(entry.lon - pred["lon"]) <= SAME_PLACE_DEGREES
        )
    g, p = fold(gold["name"]), fold(pred.get("name") or "")
    return bool(p) and (g == p or g in p or p in g)


def places(scorer, gold_dir: Path, pred_path: Path, show: bool) -> tuple[int, int]:
    """(right places, gold events with a place that some predicted event matched)."""
    golds, preds = scorer.load(str(gold_dir), str(pred_path))
    right = total = 0
    for g in golds:
        p = preds.get(g["id"], {})
        amap = scorer.ActorMap(g, p)
        pe = p.get("events") or []
        text = g["text"]
        used: set[int] = set()
        if show:
            print(f"-- {g['id']}")
        for gev in g.get("events", []):
            hit = None
            for k, pev in enumerate(pe):
                if k in used or str(pev.get("type", "")).upper() not in gev["types"]:
                    continue
                spans = [tuple(s) for s in (pev.get("evidence") or {}).get("spans", [])]
                if not any(scorer.overlap(gev["evidence"], s) for s in spans):
                    continue
                if not amap.stands_for(pev.get("source"), gev["source"]):
                    continue
                if gev.get("target") and not amap.stands_for(pev.get("target"), gev["target"]):
                    continue
                hit = k
                break
            if hit is not None:
                used.add(hit)
                if gev.get("place"):
                    total += 1
                    right += same_place(gev["place"], pe[hit].get("place"))
            if show:
                s, e = gev["evidence"]
                mark = "ok  " if hit is not None else "MISS"
                got = _brief(pe[hit]) if hit is not None else ""
                print(
                    f"  {mark} {gev['types']} {gev['source']}->{gev['target']} "
                    f"{gev['date']} {gev.get('place')} | {text[s:e]}"
                )
                if got:
                    print(f"       got {got}")
        if show:
            for k, pev in enumerate(pe):
                if k not in used:
                    print(f"  EXTRA {_brief(pev)}")
    return right, total


def _brief(ev: dict) -> str:
    place = ev.get("place") or {}
    return (
        f"{ev['type']} {ev['mode']} {ev['source']}->{ev['target']} {ev['date']} "
        f"{place.get('name')}/{place.get('country')} | {ev['evidence']['text'][:90]}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "gold_dirs", nargs="*", type=Path, default=[*DEFAULT_SETS, ROOT / "benchmarks" / "heldout"]
    )
    parser.add_argument("--model", help="a spaCy pipeline to use instead of the shipped one")
    parser.add_argument("--show", action="store_true", help="list matched and missed events")
    args = parser.parse_args(argv)
    scorer = _scorer()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold_dir in args.gold_dirs:
            out = Path(tmp) / f"{gold_dir.name}.jsonl"
            extract_set(gold_dir, out, args.model)
            golds, preds = scorer.load(str(gold_dir), str(out))
            r = scorer.score(golds, preds)
            right, total = places(scorer, gold_dir, out, args.show)
            p, rec, f1 = r["event_prf"]
            lines.append(
                f"{gold_dir.name}: events={r['n_gold_ev']} predicted={r['n_pred_ev']} "
                f"event_precision={p} event_recall={rec} event_f1={f1} "
                f"event_date_acc={r['event_date_acc']} "
                f"place_acc={round(right / total, 4) if total else 0.0} (of {total})"
            )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
