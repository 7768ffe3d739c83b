"""Ablation: what each attribution rule earns. For every rule of the registry
(``parley.attribution.rules``), `parley extract --disable-rule NAME` over PolNeAR dev and over
the team's own sets (the seed and benchmarks/dev), scored by the shared scorers; printed as the
change each figure sees when the rule is off (negative: the rule earns that much).

    python benchmarks/ablation.py                    # every rule (about 25 minutes)
    python benchmarks/ablation.py --rule according_to --rule in_source
    python benchmarks/ablation.py --json docs/ablation.json   # keep the figures for the docs
    python benchmarks/ablation.py --train-sample 200 --rule misread_report   # also on train

``--train-sample N`` adds e2e F1 on N PolNeAR train articles (every k-th by name), the data the
rules were tuned on: a rule that earns nothing on dev may be justified there.

With --json the changes are written as ``{"polnear_dev": {...}, "polnear_train_sample":
{...}}``, which ``python tools/write_constructions.py`` reads (from docs/ablation.json).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from parley.attribution.rules import RULES  # noqa: E402


def figures(line: str) -> dict[str, float]:
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split() if "=" in kv)}


def polnear_dev(polnear: Path, out: Path, disabled: list[str]) -> float:
    """PolNeAR dev e2e F1 with ``disabled`` rules off."""
    flags = [a for r in disabled for a in ("--disable-rule", r)]
    command = [sys.executable, "-m", "parley.cli", "extract", str(polnear / "text")]
    subprocess.run(
        [*command, "-o", str(out), *flags],
        check=True,
        capture_output=True,
    )
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score_attributions.py"), str(polnear), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return figures(scored.stdout.strip().splitlines()[-1])["e2e_f1"]


def train_sample(polnear_train: Path, n: int, folder: Path) -> Path:
    """A gold folder of ``n`` PolNeAR train articles, every k-th by name (symbolic links)."""
    texts = sorted((polnear_train / "text").glob("*.txt"))
    step = max(1, len(texts) // n)
    chosen = {p.stem for p in texts[::step][:n]}
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for stem in chosen:
        (folder / "text" / f"{stem}.txt").symlink_to(polnear_train / "text" / f"{stem}.txt")
    for ann in (polnear_train / "attributions").glob("*.ann"):
        if any(ann.name.startswith(stem + "_") for stem in chosen):
            (folder / "attributions" / ann.name).symlink_to(ann)
    return folder


def own_sets(disabled: list[str]) -> dict[str, float]:
    """Attribution F1 on the seed and the team's dev set with ``disabled`` rules off (through
    benchmarks/articles.py, which runs `parley extract` and the shared scorer)."""
    env_flags = [a for r in disabled for a in ("--disable-rule", r)]
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "articles.py"), *env_flags],
        check=True,
        capture_output=True,
        text=True,
    )
    out = {}
    for line in done.stdout.splitlines():
        name, _, rest = line.partition(": ")
        if name in ("seed", "dev") and "=" in rest:
            out[name] = figures(rest)["attribution_f1"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=SHARED / "data" / "polnear" / "dev")
    parser.add_argument("--rule", action="append", help="only these rules (repeatable)")
    parser.add_argument("--json", type=Path, help="write PolNeAR dev changes here")
    parser.add_argument("--train-sample", type=int, help="also e2e F1 on N PolNeAR train articles")
    args = parser.parse_args()
    rules = [r.name for r in RULES if not args.rule or r.name in args.rule]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev.jsonl"
        train = None
        if args.train_sample:
            train = train_sample(args.polnear.parent / "train", args.train_sample, Path(tmp) / "t")
        base_dev = polnear_dev(args.polnear, out, [])
        base_train = polnear_dev(train, out, []) if train else None
        base_own = own_sets([])
        print(
            f"all rules on: PolNeAR dev e2e {base_dev:.4f}; seed attribution F1 "
            f"{base_own['seed']:.4f}; team dev {base_own['dev']:.4f}"
            + (f"; train sample e2e {base_train:.4f}" if train else ""),
            flush=True,
        )
        print(
            f"{'rule off':26} {'PolNeAR dev':>12} {'seed':>8} {'team dev':>9}"
            + (f" {'train sample':>13}" if train else "")
        )
        changes: dict[str, dict[str, float]] = {"polnear_dev": {}}
        if train:
            changes["polnear_train_sample"] = {}
        for name in rules:
            dev = polnear_dev(args.polnear, out, [name]) - base_dev
            own = own_sets([name])
            seed, team = own["seed"] - base_own["seed"], own["dev"] - base_own["dev"]
            changes["polnear_dev"][name] = round(dev, 4)
            line = f"{name:26} {dev:+12.4f} {seed:+8.4f} {team:+9.4f}"
            if train:
                on_train = polnear_dev(train, out, [name]) - base_train
                changes["polnear_train_sample"][name] = round(on_train, 4)
                line += f" {on_train:+13.4f}"
            print(line, flush=True)
    if args.json:
        args.json.write_text(json.dumps(changes, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
