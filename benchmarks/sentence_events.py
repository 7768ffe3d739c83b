"""List the event errors on a sentence-level event set kept outside the repository (the
polnear_ev layout: ``LIST.txt`` of article ids, ``LIST/gold.jsonl`` with each article's
sentences, their start, end and PLOVER types): every missed and every false (sentence, type)
pair, with the events Parley found in that sentence.

    python benchmarks/sentence_events.py /work/polnear_ev/dev.txt PRED.jsonl [--type COERCE]

``PRED.jsonl`` is a ``parley extract`` output of the list's articles; pairs are made as the
set's own scorer makes them (every sentence an event's evidence overlaps; negated events left
out). Texts are read from ``--text-dir`` (PolNeAR's train texts by default). Prints nothing of
the set into the repository: read it, never copy it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("ASSAULT", "COERCE", "CONSULT", "PROTEST", "REQUEST", "THREATEN")
TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"

Pair = tuple[str, int, str]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def pairs(gold: dict[str, list[dict]], pred: dict[str, list[dict]]):
    """The predicted pairs and, per (article, sentence), the events whose evidence is there."""
    found: set[Pair] = set()
    near: dict[tuple[str, int], list[dict]] = {}
    for art, sents in gold.items():
        for ev in pred.get(art, []):
            for s, e in ev["evidence"]["spans"]:
                for i, sent in enumerate(sents):
                    if s < sent["end"] and e > sent["start"]:
                        near.setdefault((art, i), []).append(ev)
                        if ev["type"] in TYPES and ev.get("mode") != "negated":
                            found.add((art, i, ev["type"]))
    return found, near


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("listing", type=Path)
    ap.add_argument("predictions", type=Path)
    ap.add_argument("--type", choices=TYPES)
    ap.add_argument("--text-dir", type=Path, default=TEXTS)
    args = ap.parse_args()
    gold_path = args.listing.parent / args.listing.stem / "gold.jsonl"
    gold = {a["id"]: a["sentences"] for a in read_jsonl(gold_path)}
    pred = {r["id"]: r["events"] for r in read_jsonl(args.predictions)}
    found, near = pairs(gold, pred)
    wanted = {(a, i, t) for a, ss in gold.items() for i, s in enumerate(ss) for t in s["types"]}
    for label, items in (("missed", wanted - found), ("false", found - wanted)):
        chosen = sorted(p for p in items if args.type in (None, p[2]))
        print(f"== {label}: {len(chosen)}")
        for art, i, type_ in chosen:
            text = (args.text_dir / f"{art}.txt").read_text(encoding="utf-8")
            sent = gold[art][i]
            print(f"[{type_}] {art}#{i} gold={sent['types']}: {text[sent['start'] : sent['end']]}")
            for ev in near.get((art, i), []):
                print(f"    parley {ev['type']}/{ev.get('mode')}: {ev['evidence']['text'][:120]}")


if __name__ == "__main__":
    main()
