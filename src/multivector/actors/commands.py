"""Plain functions behind the ``multivector actors`` CLI commands."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from ..model import ActorRef
from .compose import person_ref
from .kb import ActorKB
from .lexicon import match_key


def lookup(kb: ActorKB, name: str, on: date | None = None) -> list[ActorRef]:
    """Every actor a name may denote at a date: the resolution of the whole name first, then each person
    and body the exact alias names (so ambiguous names show all their readings)."""
    on = on or date.today()
    out: list[ActorRef] = []
    resolved = kb.resolve(name, on=on)
    if resolved is not None:
        out.append(resolved)
    for entry in kb.lexicon.get(match_key(name.strip()), ()):
        ref = _entry_ref(kb, entry.kind, entry.key, on)
        if ref is not None and ref.with_text(name) not in out:
            out.append(ref.with_text(name))
    return out


def _entry_ref(kb: ActorKB, kind: str, key: str, on: date) -> ActorRef | None:
    if kind == "person":
        return person_ref(kb, kb.persons[key], on)
    if kind in ("state", "demonym", "igo", "group"):
        body = kb.bodies.get(key)
        state = kb.states.get(key)
        return ActorRef(text="", id=(state.qid if state else body.qid if body else None),
                        name=kb.country_name(key) or key, code=kb.cameo_of(key), country=key, sector=None,
                        role=None)
    return None


def list_actors(kb: ActorKB, country: str) -> list[dict[str, Any]]:
    """Office-holder terms of a country (or IGO) code, newest first, as plain dicts."""
    code = country.upper()
    rows = [
        {"name": p.name, "qid": p.qid, "country": term.country, "office": term.office,
         "start": term.start.isoformat() if term.start else None,
         "end": term.end.isoformat() if term.end else None,
         "out_of_office": term.out_of_office, "uncertain": term.uncertain, "source": term.source}
        for p in kb.persons.values() for term in p.terms if term.country == code
    ]
    return sorted(rows, key=lambda r: (r["start"] or ""), reverse=True)


def stats(kb: ActorKB) -> dict[str, Any]:
    """Sizes of the KB: states, bodies, persons, terms, aliases and terms per office."""
    bodies = Counter(b.kind for b in kb.bodies.values())
    terms = [term for p in kb.persons.values() for term in p.terms]
    return {
        "version": kb.version,
        "states": len(kb.states),
        "igos": bodies.get("igo", 0),
        "groups": sum(n for kind, n in bodies.items() if kind != "igo"),
        "persons": len(kb.persons),
        "terms": len(terms),
        "current_terms": sum(1 for term in terms if term.end is None),
        "aliases": len(kb.lexicon),
        "offices": dict(Counter(term.office for term in terms).most_common()),
    }
