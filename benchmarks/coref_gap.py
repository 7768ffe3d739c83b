"""Pronoun resolution on GAP (snippet-context), as the evaluation contract's section says.

    python benchmarks/coref_gap.py ../shared/data/gap/gap-development.tsv -o dev.system.tsv
    python ../shared/data/gap/gap_scorer.py --gold_tsv ../shared/data/gap/gap-development.tsv \
        --system_tsv dev.system.tsv

For each example only the Text is read, and the offsets to find the pronoun and the two names
(never the URL, never the coref columns). Every occurrence of each name in the text, whole or
by its first or last word, is a candidate mention; ``parley.actors.coref.antecedent`` picks one
and its name is written TRUE, the other FALSE. With ``--passes`` it prints which pass decided
how often.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gap", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--passes", action="store_true", help="print which pass decided")
    parser.add_argument("--disable", action="append", default=[], help="a pass to switch off")
    args = parser.parse_args()
    rows = read_gap(args.gap)
    nlp = load_base()
    decided: Counter = Counter()
    disabled = frozenset(args.disable)
    with args.output.open("w", encoding="utf-8") as out:
        docs = nlp.pipe(r["Text"] for r in rows)
        for row, doc in zip(rows, docs, strict=True):
            p_off = int(row["Pronoun-offset"])
            pron_span = doc.char_span(p_off, p_off + len(row["Pronoun"]), alignment_mode="expand")
            entities = [mentions(doc, row[name], int(row[f"{name}-offset"])) for name in ("A", "B")]
            chosen = None
            if pron_span is not None:
                # a mention that holds the pronoun itself is no antecedent of it
                entities = [
                    [s for s in spans if not (s.start <= pron_span.start < s.end)]
                    for spans in entities
                ]
                found, how = antecedent(pron_span[0], entities, disabled)
                decided[how] += 1
                if found is not None:
                    chosen = "AB"[found]
            a, b = ("TRUE" if chosen == x else "FALSE" for x in ("A", "B"))
            out.write(f"{row['ID']}\t{a}\t{b}\n")
    if args.passes:
        for how, n in decided.most_common():
            print(f"{how}: {n}")
    print(f"wrote {args.output} ({len(rows)} examples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
