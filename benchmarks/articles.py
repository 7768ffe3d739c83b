"""Score ``parley extract`` on article gold sets: the seed and the team's development set.

    python benchmarks/articles.py [--model NAME] [GOLD_DIR ...]

For each gold set (default: ../shared/seed and benchmarks/dev), every article is extracted with
``parley extract --published DATE`` (its gold file's date) exactly as a user would run it, and
the shared scorer ``../shared/eval/score_articles.py`` prints its figures; its last line is
repeated here under the set's name.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_SETS = [SHARED / "seed", ROOT / "benchmarks" / "dev"]


def extract_set(
    gold_dir: Path, out: Path, model: str | None, disabled: list[str] | None = None
) -> None:
    """Run ``parley extract`` once per publication date over the set's texts into ``out``."""
    by_date: dict[str | None, list[Path]] = defaultdict(list)
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        by_date[gold.get("published")].append(gold_dir / "text" / gold["file"])
    with out.open("w", encoding="utf-8") as sink:
        for published, paths in sorted(by_date.items(), key=lambda kv: kv[0] or ""):
            cmd = [sys.executable, "-m", "parley.cli", "extract", *map(str, paths)]
            if published:
                cmd += ["--published", published]
            if model:
                cmd += ["--model", model]
            cmd += [a for r in disabled or [] for a in ("--disable-rule", r)]
            result = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                sys.exit(f"parley extract failed on {gold_dir}:\n{result.stderr}")
            sink.write(result.stdout)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dirs", nargs="*", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--model", help="a spaCy pipeline to use instead of the shipped one")
    parser.add_argument(
        "--disable-rule", action="append", help="an attribution rule to switch off (repeatable)"
    )
    args = parser.parse_args(argv)
    scorer = SHARED / "eval" / "score_articles.py"
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold_dir in args.gold_dirs:
            out = Path(tmp) / f"{gold_dir.name}.jsonl"
            extract_set(gold_dir, out, args.model, args.disable_rule)
            scored = subprocess.run(
                [sys.executable, str(scorer), str(gold_dir), str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            print(f"== {gold_dir}")
            print(scored.stdout.strip())
            summary.append(f"{gold_dir.name}: {scored.stdout.strip().splitlines()[-1]}")
    print("\n".join(summary))


if __name__ == "__main__":
    main()
