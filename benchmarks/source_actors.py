"""Does every annotated source get an actor? PolNeAR's sources, each a mention of someone.

    python benchmarks/source_actors.py ../shared/data/polnear/dev
    python benchmarks/source_actors.py ../shared/data/polnear/train --limit 300

Runs ``parley extract`` on the PolNeAR folder's texts (or reads ``--predictions``) and, for
each source span the annotators marked, asks two things:

- covered: some actor Parley found has a mention overlapping the source ("Reuters", "he", "a
  senior official", "the White House");
- resolved: a statement Parley found with a source overlapping it names an actor for it.

Figures are given by the source's form: a pronoun, a name (it holds a capitalised word after
its first), or a description ("officials", "the campaign"). PolNeAR does not say who each
source is, so these are coverage figures, not accuracy; speaker accuracy is measured on the
article gold sets (``benchmarks/articles.py``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

from score_attributions import load_gold, spans_of  # noqa: E402

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "him",
        "her",
        "them",
        "us",
        "you",
        "his",
        "its",
        "their",
        "our",
        "my",
    ]
)


def form(text: str) -> str:
    words = text.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()):
        return "name"
    return "description"


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def extract(gold_dir: Path, stems: list[str], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for stem in stems:
            (Path(tmp) / f"{stem}.txt").symlink_to((gold_dir / "text" / f"{stem}.txt").resolve())
        subprocess.run(
            [str(Path(sys.executable).parent / "parley"), "extract", tmp, "-o", str(out)],
            check=True,
            stderr=subprocess.DEVNULL,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="a PolNeAR folder (text/, attributions/)")
    parser.add_argument("--limit", type=int, help="the first N articles only")
    parser.add_argument("--predictions", type=Path, help="parley extract output to read")
    args = parser.parse_args()
    gold = load_gold(str(args.gold))
    stems = sorted(gold)[: args.limit] if args.limit else sorted(gold)
    out = args.predictions
    if out is None:
        out = Path(tempfile.mkdtemp()) / "pred.jsonl"
        extract(args.gold, stems, out)
    preds = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[str(obj["id"])] = obj
    counts: Counter = Counter()
    for stem in stems:
        text, attributions = gold[stem]
        pred = preds.get(stem, {})
        mentions = [[tuple(m)] for a in pred.get("actors", []) for m in a["mentions"]]
        found = [
            (spans_of(a.get("source")), (a.get("source") or {}).get("actor"))
            for a in pred.get("attributions", [])
        ]
        for a in attributions:
            if not a["source"]:
                continue
            kind = form(" ".join(text[s:e] for s, e in a["source"]))
            counts[kind, "sources"] += 1
            counts[kind, "covered"] += any(overlaps(a["source"], m) for m in mentions)
            paired = [actor for spans, actor in found if overlaps(a["source"], spans)]
            if paired:
                counts[kind, "paired"] += 1
                counts[kind, "resolved"] += any(paired)
    print(f"{len(stems)} articles of {args.gold}")
    print(f"{'source form':<12} {'sources':>8} {'covered':>8} {'paired':>8} {'resolved':>9}")
    for kind in ("name", "pronoun", "description", "all"):
        if kind == "all":
            row = {
                k: sum(counts[x, k] for x in ("name", "pronoun", "description"))
                for k in ("sources", "covered", "paired", "resolved")
            }
        else:
            row = {k: counts[kind, k] for k in ("sources", "covered", "paired", "resolved")}
        n, p = row["sources"] or 1, row["paired"] or 1
        print(
            f"{kind:<12} {row['sources']:>8} {row['covered'] / n:>8.3f} {row['paired']:>8}"
            f" {row['resolved'] / p:>9.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
