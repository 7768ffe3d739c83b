"""Score Parley on the development pool: the team's spent blind batches, 252 articles and thirteen
stories written with gold by other members of the team (benchmarks/pool/README.md).

    python benchmarks/pool.py                   # articles and stories
    python benchmarks/pool.py --articles        # articles only: one `parley extract` over all
    python benchmarks/pool.py --stories         # stories only: `parley run` + `parley story`
    python benchmarks/pool.py --by-batch        # the articles' figures for each batch too

Articles: every text with its gold publication date and outlet, in one JSON Lines file, through
``parley extract``; ``../shared/eval/score_articles.py`` and ``score_attributions.py`` print the
figures (their summary lines are repeated here). Stories: each set's articles through ``parley
run`` into a new SQLite store and ``parley story -o``, scored by ``score_story.py``. Every batch
was measured once, unread, before it joined the pool (the README gives those figures); figures
here are on text the team has since read and tuned on.
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
POOL = ROOT / "benchmarks" / "pool"
ARTICLES = POOL / "articles"
STORIES = POOL / "stories"


def parley(*args: str) -> None:
    """Run the parley command line of this checkout; stop with its error when it fails."""
    cmd = [sys.executable, "-m", "parley.cli", *args]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd[2:])} failed:\n{result.stderr[-2000:]}")


def last_line(*cmd: str) -> str:
    result = subprocess.run([sys.executable, *cmd], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{result.stderr[-2000:]}")
    return result.stdout.strip().splitlines()[-1]


def batch_of(stem: str) -> str:
    """The batch an article came from: its id's prefix ("blind21_b03" -> "blind21")."""
    return stem.split("_", 1)[0]


def article_records(gold_dir: Path) -> list[dict]:
    records = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (gold_dir / "text" / gold["file"]).read_text(encoding="utf-8")
        record = {"id": Path(gold["file"]).stem, "text": text}
        record.update({k: gold[k] for k in ("published", "outlet") if gold.get(k)})
        records.append(record)
    return records


def score_articles(gold_dir: Path, tmp: Path, label: str) -> None:
    source = tmp / f"{label}.in.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        for record in article_records(gold_dir):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    out = tmp / f"{label}.out.jsonl"
    parley("extract", str(source), "-o", str(out))
    scorer = SHARED / "eval" / "score_articles.py"
    print(f"{label}: {last_line(str(scorer), str(gold_dir), str(out))}")
    if (gold_dir / "attributions").is_dir():
        scorer = SHARED / "eval" / "score_attributions.py"
        print(f"{label}: {last_line(str(scorer), str(gold_dir), str(out))}")


def batch_dir(stems: list[str], tmp: Path, batch: str) -> Path:
    """A gold folder of one batch's articles (links into the pool)."""
    folder = tmp / batch
    for sub in ("text", "attributions"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for stem in stems:
        shutil.copy(ARTICLES / f"{stem}.gold.json", folder)
        shutil.copy(ARTICLES / "text" / f"{stem}.txt", folder / "text")
        ann = ARTICLES / "attributions" / f"{stem}_gold.ann"
        if ann.exists():
            shutil.copy(ann, folder / "attributions")
    if not any((folder / "attributions").iterdir()):
        (folder / "attributions").rmdir()
    return folder


def score_story(story_dir: Path, tmp: Path) -> None:
    db = tmp / f"{story_dir.name}.sqlite"
    story = tmp / f"{story_dir.name}.STORY.json"
    parley("run", str(story_dir / "articles.jsonl"), "--db", str(db))
    parley("story", "--db", str(db), "-o", str(story))
    scorer = SHARED / "eval" / "score_story.py"
    print(f"{story_dir.name}: {last_line(str(scorer), str(story_dir), str(story))}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", action="store_true", help="the articles only")
    parser.add_argument("--stories", action="store_true", help="the stories only")
    parser.add_argument("--by-batch", action="store_true", help="each batch's figures too")
    args = parser.parse_args(argv)
    both = not args.articles and not args.stories
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.articles or both:
            score_articles(ARTICLES, tmp, "pool")
            if args.by_batch:
                stems: dict[str, list[str]] = {}
                for path in sorted(ARTICLES.glob("*.gold.json")):
                    stem = path.name.removesuffix(".gold.json")
                    stems.setdefault(batch_of(stem), []).append(stem)
                for batch, members in stems.items():
                    score_articles(batch_dir(members, tmp, batch), tmp, batch)
        if args.stories or both:
            for story_dir in sorted(p for p in STORIES.iterdir() if p.is_dir()):
                score_story(story_dir, tmp)


if __name__ == "__main__":
    main()
