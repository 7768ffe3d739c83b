"""Story figures: ``parley run`` and ``parley story`` on story gold sets, scored by the shared
``../shared/eval/score_story.py``.

    python benchmarks/story_figures.py [GOLD_DIR ...]

Default sets: ../shared/eval/story-example (the worked example) and benchmarks/story (our own
twelve articles). Each set's articles go into a fresh SQLite file exactly as the evaluation
contract's story section runs them; the scorer's last line is repeated under the set's name.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_SETS = [SHARED / "eval" / "story-example", ROOT / "benchmarks" / "story"]


def parley(*args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "parley.cli", *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"parley {' '.join(args)} failed:\n{result.stderr}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--show", action="store_true", help="print the scorer's whole report")
    args = parser.parse_args(argv)
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold_dir in args.gold_dirs:
            db = Path(tmp) / f"{gold_dir.name}.sqlite"
            out = Path(tmp) / f"{gold_dir.name}.json"
            parley("run", str(gold_dir / "articles.jsonl"), "--db", str(db))
            parley("story", "--db", str(db), "-o", str(out))
            scored = subprocess.run(
                [sys.executable, str(SHARED / "eval" / "score_story.py"), str(gold_dir), str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            if args.show:
                print(f"== {gold_dir}\n{scored.stdout.strip()}")
            summary.append(f"{gold_dir.name}: {scored.stdout.strip().splitlines()[-1]}")
    print("\n".join(summary))


if __name__ == "__main__":
    main()
