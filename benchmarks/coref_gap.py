"""Pronoun resolution on GAP (snippet-context), as the evaluation contract's section says.

    python benchmarks/coref_gap.py ../shared/data/gap/gap-development.tsv -o dev.system.tsv
    python ../shared/data/gap/gap_scorer.py --gold_tsv ../shared/data/gap/gap-development.tsv \
        --system_tsv dev.system.tsv

For each example only the Text is read, and the offsets to find the pronoun and the two names
(never the URL, never the coref columns). Every occurrence of each name in the text, whole or
by its first or last word, is a candidate mention; ``parley.actors.coref.antecedent`` picks one
(or none, below its threshold) and its name is written TRUE, the other FALSE. The ranking's
weights are fitted on GAP development by ``tools/fit_coref.py``, which prints the
cross-validated figure for development; validation is not used for fitting.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from parley.actors.coref import antecedent  # noqa: E402
from parley.nlp import load_base  # noqa: E402


def read_gap(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def mentions(doc, name: str, offset: int) -> list:
    """Spans of ``name`` in the doc: the given one, other whole occurrences, and occurrences
    of its first or last word (a person named again by one name)."""
    text = doc.text
    forms = {name}
    words = name.split()
    if len(words) > 1:
        forms |= {words[0], words[-1]}
    spans = []
    for form in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
    given = doc.char_span(offset, offset + len(name), alignment_mode="expand")
    if given is not None:
        spans.append(given)
    unique = {(s.start, s.end): s for s in spans}
    return list(unique.values())


def candidates(doc, row: dict) -> tuple:
    """The pronoun's token and the two candidate entities (A's mentions, B's mentions)."""
    offset = int(row["Pronoun-offset"])
    span = doc.char_span(offset, offset + len(row["Pronoun"]), alignment_mode="expand")
    entities = [mentions(doc, row[name], int(row[f"{name}-offset"])) for name in ("A", "B")]
    return (span[0] if span is not None else None), entities


def gold_label(row: dict) -> str:
    """ "A", "B" or "" (neither), from the gold columns (for fitting and error counts only)."""
    return "A" if row["A-coref"] == "TRUE" else "B" if row["B-coref"] == "TRUE" else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gap", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    rows = read_gap(args.gap)
    nlp = load_base()
    unresolved = 0
    with args.output.open("w", encoding="utf-8") as out:
        for row, doc in zip(rows, nlp.pipe(r["Text"] for r in rows), strict=True):
            pronoun, entities = candidates(doc, row)
            found = antecedent(pronoun, entities)[0] if pronoun is not None else None
            unresolved += found is None
            a, b = ("TRUE" if found == k else "FALSE" for k in (0, 1))
            out.write(f"{row['ID']}\t{a}\t{b}\n")
    print(f"wrote {args.output} ({len(rows)} examples, {unresolved} left unresolved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
