"""Given names and the gender they tell, from ``data/given_names.tsv`` (written by
``tools/write_given_names.py`` from the nomquamgender name table; its header gives the source
and the thresholds).

Two uses: a name the NER labelled an organisation or a place that opens with a given name
("Comfort Nyemah", "Mihai Popa") is a person's; and a person whose article gives no title or
gendered noun takes the gender of their given name, so that "she" is not resolved to "Oleg
Bogdanov".
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from parley.actors.names import slug

GIVEN_NAMES = Path(__file__).parent / "data" / "given_names.tsv"
GENDERS = {"f": "female", "m": "male", "-": None}


@cache
def table() -> dict[str, str | None]:
    """Folded given name -> "female", "male" or None (borne by both)."""
    out: dict[str, str | None] = {}
    for line in GIVEN_NAMES.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            out[name] = GENDERS[gender]
    return out


def is_given_name(word: str) -> bool:
    return slug(word) in table()


def name_gender(name: str) -> str | None:
    """The gender of a person's full name's given name ("Ana Rusu" -> "female"); None for a
    single word (a surname alone tells nothing) or a given name borne by both."""
    words = name.split()
    if len(words) < 2:
        return None
    return table().get(slug(words[0]))
