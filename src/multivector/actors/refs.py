"""Actor references built while composing: places, place + sector, metonyms, armed groups and their local
branches, persons at a date (in office or not) and titled office holders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from ..model import ActorRef
from .context import (
    MEMBER_SECTORS,
    PLACE_KINDS,
    STATE_AGENCY_SECTORS,
    Ctx,
    _adjacent,
    _context_place,
    _lookback,
    _preceded_by_article,
    _role_filter,
)
from .lexicon import Entry
from .matching import Atom

if TYPE_CHECKING:
    from .kb import ActorKB, Person

T = TypeVar("T")
MAX_REF_MEMO = 100_000  # refs and picks a KB remembers before starting afresh (keys with a date grow with a corpus)
OPPOSITION = "OPP"  # the sector of an opposition title: it codes a person who holds no office then
BODY_STAFF_SECTORS = frozenset({"GOV", "LAB"})  # a body's officials or workers are the body itself


def _place_ref(ctx: Ctx, code: str) -> ActorRef:
    """A state, IGO or group as an actor (a pure function of the KB and the code: made once per KB)."""
    return _kept(ctx.kb, ("place", code), _new_place_ref, ctx.kb, code)


def _new_place_ref(kb: ActorKB, code: str) -> ActorRef:
    state, body = kb.states.get(code), kb.bodies.get(code)
    qid = state.qid if state else (body.qid if body else None)
    return ActorRef(text="", id=qid, name=kb.country_name(code) or code, code=kb.cameo_of(code), country=code,
                    sector=None, role=None)


def _kept(kb: ActorKB, key: tuple[object, ...], make: Callable[..., T], *args: object) -> T:
    """``make(*args)``, made once per KB for a ``key`` that determines it (the KB's data is fixed once loaded)."""
    memo = kb._refs
    found = memo.get(key)
    if found is None:
        if len(memo) >= MAX_REF_MEMO:
            memo.clear()
        found = memo[key] = make(*args)
    return found  # type: ignore[return-value]


def _sector_ref(ctx: Ctx, code: str, sector: Entry) -> ActorRef:
    """Place + sector noun; an IGO's or group's own officials and staff ("a delegation of the CSTO", "UN
    workers") are the body."""
    return _kept(ctx.kb, ("sector", code, sector.key), _new_sector_ref, ctx, code, sector.key)


def _new_sector_ref(ctx: Ctx, code: str, key: str) -> ActorRef:
    word = ctx.kb.tables.sectors[key]
    if code in ctx.kb.bodies and word.sector in BODY_STAFF_SECTORS:
        return _place_ref(ctx, code)
    name = f"{ctx.kb.country_name(code) or code} {word.phrase}"
    return ActorRef(text="", id=None, name=name, code=ctx.kb.cameo_of(code) + word.sector, country=code,
                    sector=word.sector, role=None)


def _bare_ref(ctx: Ctx, key: str) -> ActorRef:
    """A sector noun of no country ("rebels", "the police")."""
    return _kept(ctx.kb, ("bare", key), _new_bare_ref, ctx, key)


def _new_bare_ref(ctx: Ctx, key: str) -> ActorRef:
    word = ctx.kb.tables.sectors[key]
    return ActorRef(text="", id=None, name=word.phrase, code=word.sector, country=None, sector=word.sector,
                    role=None)


def _metonym_ref(ctx: Ctx, code: str, sector: str) -> ActorRef:
    return _kept(ctx.kb, ("metonym", code, sector), _new_metonym_ref, ctx, code, sector)


def _new_metonym_ref(ctx: Ctx, code: str, sector: str) -> ActorRef:
    if code in ctx.kb.states:
        ref = _place_ref(ctx, code)
        return ActorRef(text="", id=None, name=ref.name, code=ref.code + sector, country=code, sector=sector,
                        role=None)
    return _place_ref(ctx, code)


def armed_ref(kb: ActorKB, name: str, on: date) -> ActorRef:
    """An armed group at a date: its country code plus its sector then (the Taliban: AFGREB, later AFGGOV)."""
    return _kept(kb, ("armed", name, on), _new_armed_ref, kb, name, on)


def _new_armed_ref(kb: ActorKB, name: str, on: date) -> ActorRef:
    group = kb.armed_group(name, on)
    return ActorRef(text="", id=group.qid, name=group.name, code=kb.cameo_of(group.country) + group.sector,
                    country=group.country, sector=group.sector, role=None)


def _members_noun(ctx: Ctx, i: int) -> int:
    """The atom of a fighters' noun right after an armed group ("Hamas | militants"), else ``i``."""
    j = _adjacent(ctx, i, allow_possessive=False)
    if j is None or ctx.atoms[j].first("title", "person", *PLACE_KINDS):
        return i
    sector = ctx.atoms[j].first("sector")
    return j if sector is not None and ctx.kb.tables.sectors[sector.key].sector in MEMBER_SECTORS else i


def _local_branch(ctx: Ctx, ref: ActorRef, place: str) -> ActorRef:
    """A transnational group named with a state ("Iraq's al-Qaeda") is its branch there: that state's; so is a
    state agency's namesake ("the Philippine Justice Department" is no US department)."""
    if place not in ctx.kb.states or place == ref.country:
        return ref
    if ref.country in ctx.kb.states and ref.sector not in STATE_AGENCY_SECTORS:
        return ref
    code = ctx.kb.cameo_of(place) + (ref.sector or "")
    return ActorRef(text="", id=None, name=f"{ref.name} in {ctx.kb.country_name(place) or place}", code=code,
                    country=place, sector=ref.sector, role=None)


def _person_atom_ref(ctx: Ctx, atom: Atom) -> ActorRef:
    return person_ref(ctx.kb, pick_person(ctx.kb, atom.all("person"), ctx.on), ctx.on)


def pick_person(kb: ActorKB, entries: list[Entry], on: date) -> Person:
    """The person an ambiguous name means on a date: in office first, named explicitly, higher office."""
    return _kept(kb, ("pick", on, *entries), _new_pick, kb, entries, on)


def _new_pick(kb: ActorKB, entries: list[Entry], on: date) -> Person:
    def score(entry: Entry) -> tuple[int, int, int, int]:
        person = kb.persons[entry.key]
        active = [term for term in person.terms if term.active(on)]
        rank = min((kb.office_rank(term.office) for term in active), default=99)
        latest = max((term.start or date.min) for term in person.terms)
        return (0 if active else 1, int(entry.derived), rank, -latest.toordinal())

    return kb.persons[min(entries, key=score).key]


def person_ref(kb: ActorKB, person: Person, on: date) -> ActorRef:
    """A person at a date: in office -> country + office sector and role; else the out-of-office code."""
    return _kept(kb, ("person", person.key, on), _new_person_ref, kb, person, on)


def _new_person_ref(kb: ActorKB, person: Person, on: date) -> ActorRef:
    active = [term for term in person.terms if term.active(on)]
    if active:
        term = min(active, key=lambda tm: (kb.office_rank(tm.office), -(tm.start or date.min).toordinal()))
        sector = kb.office_sector(term.office)
        prefix = kb.cameo_of(term.country)
        code, sector_out = (prefix, None) if term.country in kb.bodies else (prefix + sector, sector)
        return ActorRef(text="", id=person.qid, name=person.name, code=code, country=term.country,
                        sector=sector_out, role=term.office)
    past = [term for term in person.terms if term.start is None or term.start <= on] or list(person.terms)
    term = max(past, key=lambda tm: tm.start or date.min)
    prefix = kb.cameo_of(term.country)
    code = term.out_of_office or (prefix + "ELI")
    country = term.country
    if country in kb.bodies and code[:3] in kb.states:  # a former UN/NATO chief is his home country's ELI
        country, prefix = code[:3], kb.cameo_of(code[:3])
    sector = code[len(prefix):] or None if code.startswith(prefix) else None
    return ActorRef(text="", id=person.qid, name=person.name, code=code, country=country, sector=sector,
                    role=None)


def _titled_ref(ctx: Ctx, place: str | None, office: str, effect: str, person: Atom | None,
                name: str | None, *, at: int) -> ActorRef | None:
    kb = ctx.kb
    if person is not None:
        ref = _person_atom_ref(ctx, person)
        held = {term.country for e in person.all("person") for term in kb.persons[e.key].terms}
        if ref.role is None and effect == "same" and place is not None and place in held | {ref.country}:
            return _office_ref(ctx, place, office, ref.name, ref.id)
        if ref.role is None and effect == "same" and kb.office_sector(office) == OPPOSITION \
                and ref.country in kb.states:  # "Opposition leader Raila Odinga": no office now, in opposition
            return _office_ref(ctx, ref.country, office, ref.name, ref.id)
        return ref
    if place is None and not name and kb.office_sector(office) == OPPOSITION:
        place = _apposed_person_country(ctx, at)  # "Anwar Ibrahim, the opposition leader,": his country's
    if place is None and name:  # "Judge Alejandro Rivera": the title's sector in the text's country
        place = _context_place(ctx, at)
        if place is None:
            return None
    if place is None:
        if not _preceded_by_article(ctx, at):
            return None
        found = _lookback(ctx, at, "person", _role_filter(office))
        return found.actor if found is not None else None
    if effect == "former":
        prefix = kb.cameo_of(place)
        return ActorRef(text="", id=None, name=name or f"former {office} of {kb.country_name(place)}",
                        code=prefix + "ELI", country=place, sector="ELI", role=None)
    holder = kb.holder(place, office, ctx.on) if effect == "same" and not name else None
    if holder is not None:
        return _office_ref(ctx, place, office, holder.name, holder.qid)
    label = name or f"the {office.replace('_', ' ')} of {kb.country_name(place) or place}"
    return _office_ref(ctx, place, office if effect == "same" else None, label, None)


def _apposed_person_country(ctx: Ctx, at: int) -> str | None:
    """The country of a person mention right before ", the <title>" at token ``at``, or None."""
    k = at - 1 if at > 0 and ctx.tok.lowers[at - 1] in ("the", "a", "an") else at
    if k < 1 or ctx.tok.texts[k - 1] != ",":
        return None
    person = next((m for m in reversed(ctx.mentions) if m.end_token == k - 1 and m.kind == "person"), None)
    return person.actor.country if person is not None and person.actor.country in ctx.kb.states else None


def _office_ref(ctx: Ctx, place: str, office: str | None, name: str, qid: str | None) -> ActorRef:
    kb = ctx.kb
    sector = kb.office_sector(office) if office else "GOV"
    if place not in kb.bodies:
        return ActorRef(text="", id=qid, name=name, code=kb.cameo_of(place) + sector, country=place,
                        sector=sector, role=office)
    return ActorRef(text="", id=qid, name=name, code=kb.cameo_of(place), country=place, sector=None, role=office)


def _holders_ref(ctx: Ctx, place: str, office: str) -> ActorRef:
    """The holders of an office of a state as a group: its sector of that state, no role."""
    sector = ctx.kb.office_sector(office)
    name = f"{ctx.kb.country_name(place) or place} {office.replace('_', ' ')}s"
    return ActorRef(text="", id=None, name=name, code=ctx.kb.cameo_of(place) + sector, country=place,
                    sector=sector, role=None)
