"""Write ``src/parley/actors/data/given_names.tsv``: given names and the gender they tell.

    pip install nomquamgender==0.1.4 && python tools/write_given_names.py

The source is the name table of the ``nomquamgender`` package (MIT licence; Van Buskirk,
Clauset and Larremore 2023, "An open-source cultural consensus approach to name-based gender
classification"), which pools the World Gender Name Dictionary and other national name
registers: for each ASCII-folded given name, how many sources list it, how many people bear it
and the share of them who are women. Only facts are kept (a name, a gender or none): names
common enough to be read as given names, with the gender when nearly all bearers share it.
Parley reads the written table; the package is needed only to rewrite it.
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "parley" / "actors" / "data" / "given_names.tsv"
# A given name: borne by at least this many people in the pooled registers, listed by at least
# this many of its sources (drops one-register noise such as "the", "of").
MIN_BEARERS = 25
MIN_SOURCES = 5
# The share of women above which a name tells "female", below whose complement "male".
GENDERED_SHARE = 0.95

HEADER = """\
# Given names (ASCII-folded, lower case) and the gender nearly all their bearers share:
# f (female), m (male) or - (either). Written by tools/write_given_names.py from the name table
# of the nomquamgender package (MIT; World Gender Name Dictionary and national registers):
# names borne by >= {bearers} people in >= {sources} sources; gendered at a share >= {share}.
"""


def rows(table: dict[str, list]) -> list[tuple[str, str]]:
    out = []
    for name, (sources, bearers, female_share, *_rest) in table.items():
        if not name.isalpha() or not name.isascii() or len(name) < 2:
            continue
        if bearers < MIN_BEARERS or sources < MIN_SOURCES:
            continue
        if female_share >= GENDERED_SHARE:
            gender = "f"
        elif female_share <= 1 - GENDERED_SHARE:
            gender = "m"
        else:
            gender = "-"
        out.append((name, gender))
    return sorted(out)


def main() -> None:
    source = importlib.resources.files("nomquamgender") / "name_data.json"
    table = json.loads(source.read_text("utf-8"))
    found = rows(table)
    header = HEADER.format(bearers=MIN_BEARERS, sources=MIN_SOURCES, share=GENDERED_SHARE)
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in found), encoding="utf-8")
    print(f"wrote {len(found)} names to {OUT}")


if __name__ == "__main__":
    main()
