"""Attribution accuracy on PolNeAR (brat standoff), Parley beside textacy's direct_quotations.

    python benchmarks/attribution.py [--polnear ../shared/data/polnear/dev] [--limit N]

Parley's figures come from ``parley extract`` over the split's ``text/`` folder, scored by
``../shared/eval/score_attributions.py``. The baseline runs textacy's
``extract.triples.direct_quotations`` on the same texts, parsed by the same Parley pipeline
(spaCy stages only), and is scored by the same scorer; an article on which textacy raises
counts as one with no attributions. PolNeAR is used to measure, never shipped.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def score(gold: Path, pred: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_attributions.py"), str(gold), str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def run_parley(texts: list[Path], out: Path, model: str | None) -> None:
    cmd = [sys.executable, "-m", "parley.cli", "extract", *map(str, texts), "-o", str(out)]
    if model:
        cmd += ["--model", model]
    subprocess.run(cmd, check=True, capture_output=True)


def run_textacy(texts: list[Path], out: Path, model: str | None) -> tuple[int, int]:
    """Write textacy's direct quotations in the contract's shape; returns (articles, errors)."""
    from textacy.extract.triples import direct_quotations

    from parley.nlp import load_base

    nlp = load_base(model)
    errors = 0
    with out.open("w", encoding="utf-8") as sink:
        for path in texts:
            text = path.read_text(encoding="utf-8")
            doc = nlp(text)
            records = []
            try:
                for q in direct_quotations(doc):
                    records.append(
                        {
                            "kind": "direct",
                            "source": {"spans": [[t.idx, t.idx + len(t.text)] for t in q.speaker]},
                            "cue": {"spans": [[t.idx, t.idx + len(t.text)] for t in q.cue]},
                            "content": {"spans": [[q.content.start_char, q.content.end_char]]},
                        }
                    )
            except Exception:  # textacy raises on some articles; they count as empty
                errors += 1
                records = []
            sink.write(json.dumps({"id": path.stem, "attributions": records}) + "\n")
    return len(texts), errors


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=SHARED / "data" / "polnear" / "dev")
    parser.add_argument("--limit", type=int, help="only the first N articles (by name)")
    parser.add_argument("--model", help="a spaCy pipeline to use instead of the shipped one")
    parser.add_argument("--no-baseline", action="store_true", help="skip textacy")
    args = parser.parse_args(argv)
    texts = sorted((args.polnear / "text").glob("*.txt"))[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        (gold / "text").mkdir(parents=True)
        (gold / "attributions").mkdir()
        for path in texts:
            shutil.copy(path, gold / "text" / path.name)
            for ann in (args.polnear / "attributions").glob(f"{path.stem}_*.ann"):
                shutil.copy(ann, gold / "attributions" / ann.name)
        pred = Path(tmp) / "parley.jsonl"
        run_parley(texts, pred, args.model)
        print(f"PolNeAR {args.polnear.name}, {len(texts)} articles")
        print(f"parley  {score(gold, pred)}")
        if not args.no_baseline:
            base = Path(tmp) / "textacy.jsonl"
            n, errors = run_textacy(texts, base, args.model)
            print(f"textacy {score(gold, base)}  (raised on {errors} of {n} articles)")


if __name__ == "__main__":
    main()
