"""Compose lexicon atoms into actor mentions at a date.

Patterns, tried at each atom in text order:
  place ['s] [modifier] title [person | Capitalised Name]   "Kazakhstan's President Kassym-Jomart Tokayev"
  place ['s] sector                                          "Kazakh police" -> KAZCOP
  [modifier] title [person | Name] [of [the] place]          "President Tokayev", "the President of Kazakhstan"
  sector of [the] place                                      "the Foreign Ministry of Kazakhstan"
  metonym ['s] title [person | Name]                          "Kremlin spokesman Dmitry Peskov"
  place ['s] armed group                                     "Lebanon's Hezbollah" -> LBNREB
  person | armed group | state | demonym | metonym | igo     "Lavrov", "Hamas", "the Kremlin", "NATO"
  the title | the sector | coreferring word                  "the president", "the police", "he", "the country"
  standalone sector noun                                     "rebels" -> a country from context (inherit.py) + REB
  person ['s] sector                                          "the Assad regime" -> SYRGOV
Company names are found first (business.py): "Bank of America" -> USABUS, "Japan Air Lines" -> JPNBUS, "the Bank
of England" -> GBRGOV; then bodies the KB does not list (organisations.py): "the ruling X Party" -> GOV, "the
daily" -> MED, "the Sindh provincial government" -> PAKGOV. The places and persons inside them are no atoms of
their own.
A place that only qualifies ("Saudi-owned", "pro-Kremlin") is skipped; conventions.py then recodes ethnic
groups by where they live ("Bosnian Serbs" -> BIH) and gives appositions' offices to persons.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..model import ActorRef, Mention
from .business import business_mentions
from .conventions import apply_conventions, bracketed_acronym, described_only, mention_of
from .heads import ends_phrase, modified_sector, region_of, sector_run
from .inherit import Group, group_country, is_victim
from .lexicon import GIVEN, Entry, fold_accents
from .matching import Atom
from .organisations import load_organisation_words, organisation_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB, Person

PLACE_KINDS = ("state", "demonym", "igo", "group")
LOCATING_KINDS = (*PLACE_KINDS, "metonym")
OWNER_KINDS = ("state", "igo", "group")  # "the army of Iraq"; "of two Chinese" names people, not their state  # "demonstrators in Baghdad"
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
ARTICLES = frozenset({"the", "this", "that"})
COREF_WINDOW = 250
MAX_NAME_TOKENS = 4
NAME_JOINERS = frozenset({"-", "."})
LIST_GLUE = frozenset({",", "and", "&", "the"})
PLACE_MENTIONS = frozenset({"state", "demonym", "metonym", "sector"})
FOREIGN_SECTORS = frozenset({"MIL"})
PORTFOLIO_GLUE = frozenset({"and", "&", ","})
MAX_PORTFOLIO_TOKENS = 6
LOCAL_GROUP_SECTORS = frozenset({"REB", "UAF"})
STATE_AGENCY_SECTORS = frozenset({"GOV", "COP", "SPY"})  # listed agencies of a state (FBI, FDIC, CIA)
MEMBER_SECTORS = frozenset({"REB", "UAF", "MIL"})  # "Hamas militants" are the group (a ruling one's fighters not)
NATIONALITY_KINDS = frozenset({"demonym"})
NATIONALITY_NOUNS = frozenset({"person", "attribute"})  # "an American defector", "the Russian language"
NAME_PARTICLES = frozenset({"de", "van", "den", "der", "von", "al", "bin", "ibn", "la", "le", "du", "da", "dos", "ul"})


@dataclass
class Ctx:
    doc: Doc
    atoms: list[Atom]
    kb: ActorKB
    on: date
    mentions: list[Mention] = field(default_factory=list)
    starts: set[int] = field(default_factory=set)
    pending: dict[int, tuple[Entry, int]] = field(default_factory=dict)  # group nouns to settle, by start token


def compose(doc: Doc, atoms: list[Atom], kb: ActorKB, on: date) -> list[Mention]:
    """Mentions from atoms: non-overlapping, in text order, one per actor name."""
    business, atoms = business_mentions(doc, atoms, kb)  # "Bank of America", "Japan Air Lines": companies
    taken = {k for m in business for k in range(m.start_token, m.end_token)}
    bodies, atoms = organisation_mentions(doc, atoms, kb, taken)  # "the ruling X Party", "the daily"
    named = sorted(business + bodies, key=lambda m: m.start_token)
    ctx = Ctx(doc, atoms, kb, on, starts={a.start for a in atoms})
    i = 0
    while i < len(atoms):
        _add_before(ctx, named, atoms[i].start)
        mention, nxt = _at(ctx, i)
        if mention is not None and mention.kind == "person":
            mention, nxt = _followers(ctx, mention, nxt)
        if mention is not None:
            ctx.mentions.append(mention)
        i = max(nxt, i + 1)
    _add_before(ctx, named, len(doc))
    _settle_groups(ctx)
    descriptive = _descriptive_places(ctx)
    kept = [descriptive.get(n, m) for n, m in enumerate(ctx.mentions)]
    return apply_conventions(doc, kb, [m for m in kept if m is not None])


def _add_before(ctx: Ctx, pending: list[Mention], token: int) -> None:
    """Move the pending mentions that start before ``token`` to the context's mentions, in text order."""
    while pending and pending[0].start_token < token:
        ctx.mentions.append(pending.pop(0))


def _at(ctx: Ctx, i: int) -> tuple[Mention | None, int]:
    atom = ctx.atoms[i]
    if atom.first(*PLACE_KINDS, "metonym") and not atom.first("person") and (how := _qualifier(ctx, i)):
        return _based(ctx, atom) if how == "located" else None, i + 1  # "Saudi-owned", "anti-Syria"
    if atom.first(*PLACE_KINDS):
        return _from_place(ctx, i)
    if atom.first("modifier") and not atom.first("title"):
        effect, j, chained = _modifiers(ctx, i)
        if chained and j < len(ctx.atoms) and ctx.atoms[j].first(*PLACE_KINDS):
            mention, nxt = _from_place(ctx, j, effect=effect, start=atom.start)
            return (mention, nxt) if mention is not None and mention.kind in ("title", "person") else (None, j)
    if atom.first("title", "modifier"):
        return _from_title(ctx, i, place=None, start=atom.start)
    if atom.first("titles"):
        mention, nxt = _from_plural_title(ctx, i)
        if mention is not None:  # else the word may still be a sector noun ("generals", "judges")
            return mention, nxt
    if entry := atom.first("armed"):
        ref = armed_ref(ctx.kb, entry.key, ctx.on)
        j = _members_noun(ctx, i) if ref.sector in MEMBER_SECTORS else i  # "Hamas militants": the group itself
        return _mention(ctx, atom.start, ctx.atoms[j].end, ref, "group"), j + 1
    if atom.first("person") and not _inside_longer_name(ctx, atom) and not _acronym(ctx, atom):
        start, entries = _given_name(ctx, atom)
        ref = person_ref(ctx.kb, pick_person(ctx.kb, entries, ctx.on), ctx.on)
        return _mention(ctx, start, atom.end, ref, "person"), i + 1
    if entry := _metonym(ctx, atom):
        j = _adjacent(ctx, i, allow_possessive=True)
        if entry.kind == "metonym" and j is not None and ctx.atoms[j].first("title"):
            mention, nxt = _from_title(ctx, j, place=entry.key, start=atom.start)  # "Kremlin spokesman"
            if mention is not None:
                return mention, nxt
        sector = "LEG" if entry.kind == "legislature" else "GOV"
        return _mention(ctx, atom.start, atom.end, _metonym_ref(ctx, entry.key, sector), "metonym"), i + 1
    if atom.first("sector"):
        return _from_sector(ctx, i)
    if entry := atom.first("coref"):
        return _from_coref(ctx, atom, entry), i + 1
    return None, i + 1


# --- pattern heads ------------------------------------------------------------------------------------
def _from_place(ctx: Ctx, i: int, *, effect: str = "same", start: int | None = None
                ) -> tuple[Mention | None, int]:
    atom = ctx.atoms[i]
    place = _shared_place(ctx, atom) or atom.first(*PLACE_KINDS)
    assert place is not None
    if _in_org_name(ctx, atom.start):
        return None, i + 1
    j = _past_igo(ctx, i, place, _adjacent(ctx, i, allow_possessive=True))
    if j is not None and ctx.atoms[j].first("title", "modifier"):
        mention, nxt = _from_title(ctx, j, place=place.key, start=atom.start if start is None else start,
                                   effect=effect)
        if mention is not None:
            return mention, nxt
    if j is not None and effect == "same" and ctx.atoms[j].first("person") and not ctx.atoms[j].first(*PLACE_KINDS) \
            and _own_person(ctx, atom, place, ctx.atoms[j]):
        after = ctx.atoms[j]  # "Russia's Lavrov": one mention of the person
        return _mention(ctx, start if start is not None else atom.start, after.end,
                        _person_atom_ref(ctx, after), "person"), j + 1
    if j is not None and effect == "same" and (armed := ctx.atoms[j].first("armed")):
        ref = _local_branch(ctx, armed_ref(ctx.kb, armed.key, ctx.on), place.key)  # "Lebanon's Hezbollah"
        return _mention(ctx, atom.start if start is None else start, ctx.atoms[j].end, ref, "group"), j + 1
    if j is not None and effect == "same" and (titles := ctx.atoms[j].first("titles")) \
            and not ctx.atoms[j].first("sector") and place.key in ctx.kb.states:
        ref = _holders_ref(ctx, place.key, titles.key)  # "Japanese cabinet ministers", "Russian generals"
        return _mention(ctx, atom.start, ctx.atoms[j].end, ref, "sector"), j + 1
    if j is None and effect == "same" and place.key in ctx.kb.states:
        j = modified_sector(ctx.doc, ctx.atoms, i, ctx.kb.tables.sectors)  # "Afghan election officials"
    if j is not None and ctx.atoms[j].first("sector") and not _second_nationality(ctx, i):
        sector, j = sector_run(ctx.atoms, j, ctx.kb.tables.sectors)  # "Afghan government forces"
        if ctx.kb.tables.sectors[sector.key].inherits or ends_phrase(ctx.doc, ctx.atoms[j].end):
            # "Israeli tank fire" is the army's; "Iraq hostage mediators" are no hostages
            ref = _sector_ref(ctx, place.key, sector)
            return _mention(ctx, atom.start, ctx.atoms[j].end, ref, "sector"), j + 1
    return _mention(ctx, atom.start, atom.end, _place_ref(ctx, place.key), place.kind), i + 1


def _from_title(ctx: Ctx, i: int, *, place: str | None, start: int, effect: str = "same"
                ) -> tuple[Mention | None, int]:
    more, i, chained = _modifiers(ctx, i)
    effect = more if effect == "same" else effect
    if not chained or i >= len(ctx.atoms) or not (title := ctx.atoms[i].first("title")):
        return None, i
    end, nxt = ctx.atoms[i].end, i + 1
    person: Atom | None = None
    k = _adjacent(ctx, i, allow_possessive=False)
    if k is not None and ctx.atoms[k].first("person"):
        person, end, nxt = ctx.atoms[k], ctx.atoms[k].end, k + 1
    name_end = _name_end(ctx, end) if person is None else end
    if person is None and name_end > end and (late := _person_at(ctx, name_end)) is not None:
        person, end, name_end, nxt = ctx.atoms[late], ctx.atoms[late].end, ctx.atoms[late].end, late + 1
    name = ctx.doc[end:name_end].text if name_end > end else None
    end = name_end
    if place is None and (of := _of_place(ctx, _after_portfolio(ctx, end))) is not None:
        place, end, nxt = ctx.atoms[of].first(*PLACE_KINDS).key, ctx.atoms[of].end, of + 1  # type: ignore[union-attr]
    office = ctx.kb.leader_office(place) if title.key == "leader" and place else title.key
    ref = _titled_ref(ctx, place, office, effect, person, name, at=start)
    if ref is None:
        return None, nxt
    kind = "person" if person is not None or name else "title"
    if ref.id is None and ref.name.startswith("the "):
        kind = "title"
    return _mention(ctx, _with_article(ctx, start), end, ref, kind), nxt


def _followers(ctx: Ctx, person: Mention, nxt: int) -> tuple[Mention, int]:
    """A person's body of followers or subordinates is coded by the person's country and the body's sector:
    "the Assad regime", "Sadr militia", "Trump's administration"; not a former leader's ("Assad's
    leadership" after his fall stays the person, whose own code tells the time)."""
    j = _adjacent(ctx, nxt - 1, allow_possessive=True) if nxt > 0 else None
    if j is None or j != nxt or ctx.atoms[j - 1].end != person.end_token or \
            ctx.atoms[j].first("title", "person", *PLACE_KINDS) or not (sector := ctx.atoms[j].first("sector")):
        return person, nxt
    country, noun = person.actor.country, ctx.doc[ctx.atoms[j].end - 1]
    if noun.tag_ and not noun.tag_.startswith("NN"):  # "as Bush courts Catholics"
        return person, nxt
    if not country or person.actor.sector == "ELI" or _in_proper_name(ctx, ctx.atoms[j].start) and not ctx.doc[person.start_token].is_title:
        return person, nxt
    ref = _sector_ref(ctx, country, sector)
    return _mention(ctx, person.start_token, ctx.atoms[j].end, ref, "sector"), j + 1


def _from_plural_title(ctx: Ctx, i: int) -> tuple[Mention | None, int]:
    """ "the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan": one office mention per place named."""
    atom = ctx.atoms[i]
    titles = atom.first("titles")
    assert titles is not None
    places = _place_list(ctx, atom.end)
    if not places:
        return None, i + 1
    last: Mention | None = None
    for n, k in enumerate(places):
        place = ctx.atoms[k].first(*PLACE_KINDS).key  # type: ignore[union-attr]
        office = ctx.kb.leader_office(place) if titles.key == "leader" else titles.key
        ref = _titled_ref(ctx, place, office, "same", None, None, at=atom.start)
        if ref is None:
            continue
        if last is not None:
            ctx.mentions.append(last)
        start = _with_article(ctx, atom.start) if n == 0 else ctx.atoms[k].start
        last = _mention(ctx, start, ctx.atoms[k].end, ref, "title")
    return last, places[-1] + 1


def _place_list(ctx: Ctx, end: int) -> list[int]:
    """Atom indices of "of [the] A, B and C" after token ``end`` (empty when no place follows "of")."""
    first = _of_place(ctx, end)
    if first is None:
        return []
    out = [first]
    while out[-1] + 1 < len(ctx.atoms):
        nxt = out[-1] + 1
        gap = [tok.lower_ for tok in ctx.doc[ctx.atoms[out[-1]].end:ctx.atoms[nxt].start]]
        if not gap or not set(gap) <= LIST_GLUE or not ctx.atoms[nxt].first(*PLACE_KINDS):
            break
        out.append(nxt)
    return out


def _from_sector(ctx: Ctx, i: int) -> tuple[Mention | None, int]:
    atom = ctx.atoms[i]
    sector = atom.first("sector")
    assert sector is not None
    of = _of_place(ctx, _after_portfolio(ctx, atom.end), kinds=OWNER_KINDS)  # not "the kidnappers of two Chinese"
    if of is not None:
        place = ctx.atoms[of].first(*PLACE_KINDS)
        ref = _sector_ref(ctx, place.key, sector)  # type: ignore[union-attr]
        return _mention(ctx, _with_article(ctx, atom.start), ctx.atoms[of].end, ref, "sector"), of + 1
    if _in_proper_name(ctx, atom.start):
        return None, i + 1  # "Meet the Press", "Associated Press"
    word = ctx.kb.tables.sectors[sector.key]
    article = _preceded_by_article(ctx, atom.start)
    bare = ActorRef(text="", id=None, name=word.phrase, code=word.sector, country=None, sector=word.sector,
                    role=None)
    if word.inherits and (region := region_of(ctx.doc, atom.start, atom.end, _regions())) is not None:
        state, start, end = region  # "Darfur rebels", "rebels in Aceh"
        return _mention(ctx, _with_article(ctx, start), end, _sector_ref(ctx, state, sector), "sector"), i + 1
    if (article or word.standalone) and word.inherits:  # "the police", "rebels": the text's country, if any
        country = _attached_place(ctx, atom, word.sector)
        if country is None and word.sector in ctx.kb.tables.group_policies:  # settled once all actors are known
            ctx.pending[atom.start - int(article)] = (sector, int(article))
            return _mention(ctx, atom.start - int(article), atom.end, bare, "sector"), i + 1
        country = country or _latest_state(ctx, atom.start)
        if country:
            ref = _sector_ref(ctx, country, sector)
            return _mention(ctx, atom.start - int(article), atom.end, ref, "sector"), i + 1
    if word.standalone:
        return _mention(ctx, atom.start, atom.end, bare, "sector"), i + 1
    return None, i + 1


def _regions() -> dict[tuple[str, ...], dict[str, str]]:
    return load_organisation_words().regions


def _attached_place(ctx: Ctx, atom: Atom, sector: str) -> str | None:
    """The state a sector noun is located in ("rebels in the Ivory Coast"; not for troops, often foreign
    ones; not "in Qatar's capital", which places the meeting, not the group), or None."""
    if sector in FOREIGN_SECTORS or (at := _of_place(ctx, atom.end, "in", LOCATING_KINDS)) is None:
        return None
    entry = ctx.atoms[at].first(*LOCATING_KINDS)
    after = ctx.atoms[at].end
    possessive = after < len(ctx.doc) and ctx.doc[after].text in POSSESSIVE
    return entry.key if entry is not None and entry.key in ctx.kb.states and not possessive else None


def _latest_state(ctx: Ctx, token: int) -> str | None:
    """Country of a bare institution noun ("the government", "officials"): the latest state in context that is
    not a victim or object of its own sentence ("Police arrested five Syrians. The government ...")."""
    for mention in reversed(ctx.mentions):
        if token - mention.end_token > COREF_WINDOW:
            return None
        if mention.actor.country in ctx.kb.states and mention.kind != "pronoun" and \
                not is_victim(ctx.doc, mention):
            return mention.actor.country
    return None


def _settle_groups(ctx: Ctx) -> None:
    """Give the group nouns left open while composing their country (see ``inherit``), now that every actor
    of the text is known; a group noun no country fits stays bare if it may stand alone, else goes."""
    evidence = [m for m in ctx.mentions if m.start_token not in ctx.pending]
    kept: list[Mention] = []
    for mention in ctx.mentions:
        if (pending := ctx.pending.get(mention.start_token)) is None:
            kept.append(mention)
            continue
        entry, article = pending
        group = Group(mention.start_token + article, mention.end_token, mention.actor.sector or "")
        if country := group_country(ctx.doc, ctx.kb, group, evidence):
            kept.append(_mention(ctx, mention.start_token, mention.end_token, _sector_ref(ctx, country, entry),
                                 "sector"))
        elif ctx.kb.tables.sectors[entry.key].standalone:
            kept.append(_mention(ctx, group.start, group.end, mention.actor, "sector"))
    ctx.mentions = kept


def _from_coref(ctx: Ctx, atom: Atom, entry: Entry) -> Mention | None:
    word = ctx.kb.tables.coref[entry.key]
    start = atom.start
    if word.needs_the:
        if not _preceded_by_article(ctx, start):
            return None
        start -= 1
    found = _lookback(ctx, atom.start, word.target, word.role)
    if found is None:
        return None
    ref = found.actor if word.target == "person" else _place_ref(ctx, found.actor.country or "")
    kind = "pronoun" if not word.needs_the else "title"
    return _mention(ctx, start, atom.end, ref, kind)


# --- references -----------------------------------------------------------------------------------
def _place_ref(ctx: Ctx, code: str) -> ActorRef:
    kb = ctx.kb
    state, body = kb.states.get(code), kb.bodies.get(code)
    qid = state.qid if state else (body.qid if body else None)
    return ActorRef(text="", id=qid, name=kb.country_name(code) or code, code=kb.cameo_of(code),
                    country=code, sector=None, role=None)


def _sector_ref(ctx: Ctx, code: str, sector: Entry) -> ActorRef:
    """Place + sector noun; an IGO's or group's own officials ("a delegation of the CSTO") are the body."""
    word = ctx.kb.tables.sectors[sector.key]
    if code in ctx.kb.bodies and word.sector == "GOV":
        return _place_ref(ctx, code)
    name = f"{ctx.kb.country_name(code) or code} {word.phrase}"
    return ActorRef(text="", id=None, name=name, code=ctx.kb.cameo_of(code) + word.sector, country=code,
                    sector=word.sector, role=None)


def _metonym_ref(ctx: Ctx, code: str, sector: str) -> ActorRef:
    if code in ctx.kb.states:
        ref = _place_ref(ctx, code)
        return ActorRef(text="", id=None, name=ref.name, code=ref.code + sector, country=code, sector=sector,
                        role=None)
    return _place_ref(ctx, code)


def _given_name(ctx: Ctx, atom: Atom) -> tuple[int, list[Entry]]:
    """A capitalised word before a shared surname that is one candidate's first name picks that candidate
    ("Gurbanguly Berdymukhamedov" vs "Serdar ..."); returns the mention start and the candidates."""
    entries = atom.all("person")
    k = atom.start - 1
    if len(entries) < 2 or k < 0 or not ctx.doc[k].is_title or any(a.start <= k < a.end for a in ctx.atoms):
        return atom.start, entries
    word = fold_accents(ctx.doc[k].text).lower()
    chosen = [e for e in entries if word in _first_names(ctx.kb.persons[e.key])]
    return (k, chosen) if chosen else (atom.start, entries)


def _qualifier(ctx: Ctx, i: int) -> str | None:
    """How a place only qualifies the next word: ``drop`` ("Saudi-owned", "pro-Kremlin", "anti-Syria"; but
    fighters against a state are coded by the state they fight: "anti-Pakistan fighters" -> PAKREB), ``located``
    ("a London-based group": where, not who), else None."""
    atom = ctx.atoms[i]
    how = described_only(ctx.doc, atom.start, atom.end, ctx.kb.tables.descriptive)
    if how in (None, "located"):
        return how
    j = _adjacent(ctx, i, allow_possessive=False)
    sector = ctx.atoms[j].first("sector") if j is not None and how == "against" else None
    return None if sector is not None and ctx.kb.tables.sectors[sector.key].sector in LOCAL_GROUP_SECTORS \
        else "drop"


def _based(ctx: Ctx, atom: Atom) -> Mention | None:
    """A place an organisation is based in: a capital or seat names the state, not its government."""
    entry = atom.first(*PLACE_KINDS, "metonym")
    if entry is None or entry.kind != "metonym":
        return _from_place(ctx, ctx.atoms.index(atom))[0] if entry is not None else None
    if entry.key not in ctx.kb.states:
        return None
    return _mention(ctx, atom.start, atom.end, _place_ref(ctx, entry.key), "state")


def _acronym(ctx: Ctx, atom: Atom) -> bool:
    if atom.end - atom.start != 1 or not ctx.doc[atom.start].is_upper:
        return False
    covered = {i for a in ctx.atoms if a.end <= atom.start for i in range(a.start, a.end)}
    return bracketed_acronym(ctx.doc, atom.start, atom.end, covered)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _inside_longer_name(ctx: Ctx, atom: Atom) -> bool:
    """A surname-only match that is part of someone else's name: followed by another capitalised name word
    ("Ahmed Sharif Chaudhry" is not Nawaz Sharif) or after a given name none of its persons bears ("Maria
    Ortega" is not Daniel Ortega)."""
    entries = atom.all("person")
    doc, tables = ctx.doc, ctx.kb.tables
    if atom.end - atom.start == 1 and atom.start > 0 and atom.start - 1 not in ctx.starts and \
            tables.never_alone.get(word := fold_accents(doc[atom.start - 1].text)) == GIVEN:
        return not any(word.lower() in _first_names(ctx.kb.persons[e.key]) for e in entries)
    if atom.end - atom.start == 1 and all(e.derived for e in entries) and _foreign_forename(ctx, atom, entries):
        return True
    if not all(e.derived for e in entries) or atom.end >= len(doc):
        return False
    if atom.end in ctx.starts:  # 'Howard Schmidt': a surname followed by another person's surname
        return _surname_atom_at(ctx, atom.end)
    
    nxt = doc[atom.end]
    return (nxt.is_title and nxt.is_alpha and not nxt.is_stop and not nxt.is_sent_start
            and fold_accents(nxt.text) not in tables.never_alone)


def _foreign_forename(ctx: Ctx, atom: Atom, entries: list[Entry]) -> bool:
    """A surname after initials or another surname-only name that none of its persons bears as a first name:
    'E.F. Hutton' is not John Hutton, 'Howard Schmidt' is no Samoan Schmidt."""
    if atom.start == 0:
        return False
    prev = ctx.doc[atom.start - 1]
    initials = _INITIALS.fullmatch(prev.text) is not None
    if not initials and not _surname_atom_at(ctx, atom.start - 1):
        return False
    firsts = {n for e in entries for n in _first_names(ctx.kb.persons[e.key])}
    word = fold_accents(prev.text).lower()
    return not (word in firsts or initials and any(word[0] == n[0] for n in firsts))


def _surname_atom_at(ctx: Ctx, start: int) -> bool:
    """Whether a one-word person atom derived from a surname starts at token ``start``."""
    found = next((a for a in ctx.atoms if a.start == start), None)
    return found is not None and found.end - found.start == 1 and bool(found.all("person")) \
        and all(e.derived for e in found.all("person"))


def _first_names(person: Person) -> set[str]:
    names = {person.name, *(a for term in person.terms for a in term.aliases)}
    return {fold_accents(n.split()[0]).lower() for n in names if len(n.split()) > 1}


def _shared_place(ctx: Ctx, atom: Atom) -> Entry | None:
    """A state name shared by two states (bare "Congo"): the one the text also names otherwise
    ("Brazzaville", "Congo-Brazzaville"); None leaves the table order's first (DR Congo) to the caller."""
    found = atom.all("state")
    if len(found) < 2:
        return None
    named = {e.key for a in ctx.atoms if a is not atom for e in a.all("state", "demonym", "metonym")}
    return next((e for e in found if e.key in named), None)


def _metonym(ctx: Ctx, atom: Atom) -> Entry | None:
    """A metonym atom's entry; a shared one ("Brussels": EU or Belgium) means the state the text names."""
    found = atom.all("metonym", "legislature")
    if len(found) > 1:
        named = {e.key for a in ctx.atoms for e in a.all("state", "demonym")}
        return next((e for e in found if e.key in named), found[0])
    return found[0] if found else None


def armed_ref(kb: ActorKB, name: str, on: date) -> ActorRef:
    """An armed group at a date: its country code plus its sector then (the Taliban: AFGREB, later AFGGOV)."""
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
    def score(entry: Entry) -> tuple[int, int, int, int]:
        person = kb.persons[entry.key]
        active = [term for term in person.terms if term.active(on)]
        rank = min((kb.office_rank(term.office) for term in active), default=99)
        latest = max((term.start or date.min) for term in person.terms)
        return (0 if active else 1, int(entry.derived), rank, -latest.toordinal())

    return kb.persons[min(entries, key=score).key]


def person_ref(kb: ActorKB, person: Person, on: date) -> ActorRef:
    """A person at a date: in office -> country + office sector and role; else the out-of-office code."""
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
        return ref
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


def _role_filter(office: str) -> str:
    return "head_*" if office == "leader" else office


def role_ok(role: str | None, wanted: str) -> bool:
    """Does a role pass a filter: '' any, '*x' suffix, 'x*' prefix, else equality."""
    if not wanted:
        return True
    if role is None:
        return False
    if wanted.startswith("*"):
        return role.endswith(wanted[1:])
    if wanted.endswith("*"):
        return role.startswith(wanted[:-1])
    return role == wanted


# --- names and descriptions that are not actors -------------------------------------------------------
def _descriptive_places(ctx: Ctx) -> dict[int, Mention | None]:
    """Place mentions that only describe, by index: hyphenated nationalities ("Chinese-American", "American-French
    journalist") and demonyms before a person noun ("an American defector") are dropped (None); a place before a
    place noun ("Afghan soil", "the Afghan province of Paktika") becomes a place mention of the state that
    swallows the noun (a location like "Afghanistan", for the coder to read by its preposition)."""
    out: dict[int, Mention | None] = {}
    mentions, doc, nouns = ctx.mentions, ctx.doc, ctx.kb.tables.descriptive
    n = 0
    while n < len(mentions):
        chain = [n]
        while chain[-1] + 1 < len(mentions) and _hyphen_joined(ctx, mentions[chain[-1]], mentions[chain[-1] + 1]):
            chain.append(chain[-1] + 1)
        kinds = [mentions[k].kind for k in chain]
        if all(k in PLACE_MENTIONS for k in kinds) and set(kinds) <= {"state", "demonym"}:
            end = mentions[chain[-1]].end_token
            noun = nouns.get(doc[end].lower_) if end < len(doc) else None
            nationality = len(chain) > 1 and set(kinds) <= NATIONALITY_KINDS
            if noun == "place" and not nationality:
                out.update({k: None for k in chain[:-1]})
                last = mentions[chain[-1]]
                out[chain[-1]] = _mention(ctx, last.start_token, end + 1, last.actor, "state")
            elif nationality or (noun in NATIONALITY_NOUNS and kinds[-1] == "demonym"):
                out.update({k: None for k in chain})
        n = chain[-1] + 1
    return out


def _second_nationality(ctx: Ctx, i: int) -> bool:
    """The second place of a hyphenated pair ("an American-French journalist"): a description, no actor."""
    start = ctx.atoms[i].start
    if i == 0 or start < 2 or ctx.atoms[i - 1].end != start - 1 or not ctx.atoms[i - 1].first(*PLACE_KINDS):
        return False
    gap = ctx.doc[start - 1]
    return gap.text in ("-", "\u2013") and not gap.whitespace_ and not ctx.doc[start - 2].whitespace_


def _hyphen_joined(ctx: Ctx, left: Mention, right: Mention) -> bool:
    if right.start_token != left.end_token + 1:  # exactly one token between them
        return False
    gap = ctx.doc[left.end_token]
    return gap.text in ("-", "\u2013") and not gap.whitespace_ and not ctx.doc[left.end_token - 1].whitespace_


def _in_org_name(ctx: Ctx, start: int) -> bool:
    """A place closing an organisation's name ("Distilled Spirits Council of the United States", "Chamber of
    Commerce of the United States"): capitalised words, one an ``org`` head noun, then "of [the]"."""
    doc, k = ctx.doc, start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    nouns = ctx.kb.tables.descriptive
    for pos in range(k - 1, max(k - 7, -1), -1):
        tok = doc[pos]
        if pos in ctx.starts or not (tok.is_title or tok.lower_ == "of"):
            return False
        if nouns.get(tok.lower_) == "org" and tok.is_title:
            return True
    return False


def _in_proper_name(ctx: Ctx, start: int) -> bool:
    """A capitalised sector noun ending a name of something else ("Meet the Press", "Associated Press"): the
    word before it (or before its "the") is a capitalised word that is no actor and does not open the sentence."""
    doc = ctx.doc
    if not doc[start].is_title or doc[start].is_sent_start:
        return False
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or k in ctx.starts or any(a.start <= k < a.end for a in ctx.atoms):
        return False
    tok = doc[k]
    return tok.is_title and tok.is_alpha and not tok.is_sent_start


def _past_igo(ctx: Ctx, i: int, place: Entry, j: int | None) -> int | None:
    """A state's post at an IGO is the state's ("Iran's U.N. ambassador" -> IRNGOV): the atom after the IGO
    when a title or sector follows it, else ``j`` unchanged."""
    if j is None or place.kind not in ("state", "demonym") or not ctx.atoms[j].first("igo") or \
            ctx.atoms[j].first("state", "demonym", "title", "sector"):
        return j
    k = _adjacent(ctx, j, allow_possessive=False)
    return k if k is not None and ctx.atoms[k].first("title", "sector") else j


def _own_person(ctx: Ctx, atom: Atom, place: Entry, person: Atom) -> bool:
    """May a place and the person after it merge? "Russia's Lavrov" and "Russian Lavrov" yes; "U.S. Sheinbaum"
    (a place glued to another country's person, as in headlines) no."""
    if ctx.atoms.index(person) > 0 and ctx.doc[atom.end:person.start].text in POSSESSIVE:
        return True
    held = {term.country for e in person.all("person") for term in ctx.kb.persons[e.key].terms}
    return place.key in held or place.key not in ctx.kb.states


# --- coreference and token helpers -----------------------------------------------------------------
def _lookback(ctx: Ctx, token: int, target: str, role: str) -> Mention | None:
    """The most recent earlier mention compatible with a coreferring word, within the window."""
    for mention in reversed(ctx.mentions):
        if token - mention.end_token > COREF_WINDOW:
            return None
        actor = mention.actor
        if target == "person" and mention.kind in ("person", "title", "pronoun") and role_ok(actor.role, role):
            if role or actor.id or mention.kind == "person":
                return mention
        elif target == "state" and actor.country in ctx.kb.states and mention.kind != "pronoun":
            return mention
        elif target == "igo" and mention.kind == "igo":
            return mention
    return None


def _context_place(ctx: Ctx, token: int) -> str | None:
    """The state a titled stranger belongs to, from their sentence: the latest place named before it (a state,
    demonym, capital or "Kazakh police"; not a person, whose country says nothing of the next name), else the
    first state named after it ("Judge X charged Chilean officials") unless that one heads a counterpart's
    title ("X, and Russian Deputy Foreign Minister Y")."""
    doc = ctx.doc
    sentence = doc[token].sent if doc.has_annotation("SENT_START") else doc[:]
    for mention in reversed(ctx.mentions):
        if mention.end_token <= sentence.start:
            break
        if mention.kind in PLACE_MENTIONS and mention.actor.country in ctx.kb.states:
            return mention.actor.country
    for n, atom in enumerate(ctx.atoms):
        if token < atom.start < sentence.end and (entry := atom.first("state", "demonym")):
            nxt = _adjacent(ctx, n, allow_possessive=True)
            return None if nxt is not None and ctx.atoms[nxt].first("title", "modifier") else entry.key
    return None


def _modifiers(ctx: Ctx, i: int) -> tuple[str, int, bool]:
    """Effect of a run of modifier atoms ("former", "acting"), the atom after them, and whether it is adjacent."""
    effect = "same"
    while i < len(ctx.atoms) and (mod := ctx.atoms[i].first("modifier")) and not ctx.atoms[i].first("title"):
        found = ctx.kb.tables.modifiers.get(mod.key, "same")
        effect = found if effect == "same" else effect
        nxt = _adjacent(ctx, i, allow_possessive=False)
        if nxt is None:
            return effect, i + 1, False
        i = nxt
    return effect, i, True


def _adjacent(ctx: Ctx, i: int, *, allow_possessive: bool) -> int | None:
    """Index of the atom right after atom ``i`` (skipping a possessive mark), or None."""
    if i + 1 >= len(ctx.atoms):
        return None
    end, nxt = ctx.atoms[i].end, ctx.atoms[i + 1].start
    if nxt == end:
        return i + 1
    if allow_possessive and nxt == end + 1 and ctx.doc[end].text in POSSESSIVE:  # one token between them
        return i + 1
    return None


def _of_place(ctx: Ctx, end: int, prep: str = "of", kinds: tuple[str, ...] = PLACE_KINDS) -> int | None:
    """Index of a place atom after ``of [the]`` (or another preposition) at token ``end``, or None."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].lower_ != prep:
        return None
    pos = end + 1
    if pos < len(doc) and doc[pos].lower_ == "the":
        pos += 1
    if pos < len(doc) and doc[pos].like_num:  # "leaders of the five Central Asian states"
        pos += 1
    for index, atom in enumerate(ctx.atoms):
        if atom.start == pos and atom.first(*kinds):
            return index
        if atom.start > pos:
            break
    return None


def _after_portfolio(ctx: Ctx, end: int) -> int:
    """Token after a ministry's portfolio when a place follows it ("Ministry of Energy | of Kazakhstan",
    "Minister of Industry and Trade | of Uzbekistan"); else ``end`` unchanged."""
    doc, pos = ctx.doc, end + 1
    if end >= len(doc) or doc[end].lower_ != "of":
        return end
    while pos < len(doc) and pos - end <= MAX_PORTFOLIO_TOKENS and pos not in ctx.starts and (
            doc[pos].is_title or (pos > end + 1 and doc[pos].lower_ in PORTFOLIO_GLUE)):
        pos += 1
    words = doc[end + 1:pos]
    if len(words) and doc[pos - 1].is_title and pos < len(doc) and doc[pos].lower_ == "of":
        return pos
    return end


def _name_end(ctx: Ctx, start: int) -> int:
    """End of a capitalised name right after a title ("Foreign Minister Murat Nurtleu", "Hans van den Broek",
    "Zia-ul-Haq"), not an atom; at most ``MAX_NAME_TOKENS`` capitalised words."""
    doc, end, words = ctx.doc, start, 0
    while end < len(doc) and words < MAX_NAME_TOKENS and (end not in ctx.starts or _surname_in_name(ctx, end)):
        tok = doc[end]
        if tok.text[:1].isupper() and not tok.is_stop:
            words += 1
        elif tok.is_space and end > start:
            pass
        elif not (end > start and (_joined(doc, end) or tok.lower_ in NAME_PARTICLES)):
            break
        end += 1
    while end > start and (doc[end - 1].text in NAME_JOINERS or doc[end - 1].lower_ in NAME_PARTICLES):
        end -= 1
    return end


def _person_at(ctx: Ctx, token: int) -> int | None:
    """Index of a person atom starting at a token ("President Vladimir V. | Putin"), or None."""
    for n, atom in enumerate(ctx.atoms):
        if atom.start == token:
            return n if atom.first("person") and not _inside_longer_name(ctx, atom) else None
    return None


def _surname_in_name(ctx: Ctx, token: int) -> bool:
    """A surname-only atom inside a longer capitalised name after a title is part of that name."""
    atom = next((a for a in ctx.atoms if a.start == token), None)
    return atom is not None and atom.end == token + 1 and _inside_longer_name(ctx, atom)


def _joined(doc: Doc, i: int) -> bool:
    """A hyphen or dot glued to the word before it, or a word glued to such a joiner ("Zia-ul-Haq")."""
    prev = doc[i - 1]
    if prev.whitespace_:
        return False
    return doc[i].text in NAME_JOINERS or prev.text in NAME_JOINERS


def _preceded_by_article(ctx: Ctx, start: int) -> bool:
    return start > 0 and ctx.doc[start - 1].lower_ in ARTICLES


def _with_article(ctx: Ctx, start: int) -> int:
    return start - 1 if start > 0 and ctx.doc[start - 1].lower_ == "the" else start


def _mention(ctx: Ctx, start: int, end: int, ref: ActorRef, kind: str) -> Mention:
    return mention_of(ctx.doc, start, end, ref, kind)
