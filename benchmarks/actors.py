"""Issue 4's figures in one command: actor merge, splits and country accuracy on the seed and
the development set, and the actors stage's cost per word.

    python benchmarks/actors.py

Accuracy comes from ``parley extract`` output scored by ``../shared/eval/score_articles.py``
(through ``benchmarks/articles.py``); speed from ``benchmarks/speed.py``'s timing of the
pipeline with and without the actors stage (``parley_registry`` and ``parley_actors``) on the
bundled example articles.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from articles import DEFAULT_SETS, SHARED, extract_set
from parley.pipeline import build
from speed import example_texts, words_per_second

KEYS = ("actor_merge", "actor_split_errors", "country_acc")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for gold_dir in DEFAULT_SETS:
            out = Path(tmp) / f"{gold_dir.name}.jsonl"
            extract_set(gold_dir, out, None)
            report = Path(tmp) / f"{gold_dir.name}.json"
            subprocess.run(
                [
                    sys.executable,
                    str(SHARED / "eval" / "score_articles.py"),
                    str(gold_dir),
                    str(out),
                    "--json",
                    str(report),
                ],
                capture_output=True,
                check=True,
            )
            figures = json.loads(report.read_text(encoding="utf-8"))
            print(f"{gold_dir.name}: " + " ".join(f"{k}={figures[k]}" for k in KEYS))
    nlp = build()
    texts = example_texts(20000)
    later = [n for n in nlp.pipe_names if n.startswith("parley_") and n not in ACTOR_STAGES]
    with nlp.select_pipes(disable=[*ACTOR_STAGES, *later]):
        base, _ = words_per_second(nlp, texts)
    with nlp.select_pipes(disable=later):
        with_actors, _ = words_per_second(nlp, texts)
    print(
        f"speed: {base:.0f} words/s/core before the actors stage, {with_actors:.0f} with it: "
        f"actors_time_ratio={base / with_actors:.3f}"
    )


ACTOR_STAGES = ("parley_registry", "parley_actors")

if __name__ == "__main__":
    main()
