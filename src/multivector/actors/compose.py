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
The patterns share a context (context.py), build their actors in refs.py and tell names from descriptions with
names.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .. import tokens
from ..model import Mention
from .business import business_mentions
from .context import (
    COREF_WINDOW,
    FOREIGN_SECTORS,
    LIST_GLUE,
    LOCAL_GROUP_SECTORS,
    LOCATING_KINDS,
    MEMBER_SECTORS,
    OWNER_KINDS,
    PLACE_KIND_SET,
    PLACE_KINDS,
    POSSESSIVE,
    Ctx,
    _adjacent,
    _after_portfolio,
    _lookback,
    _mention,
    _modifiers,
    _of_place,
    _preceded_by_article,
    _with_article,
    role_ok,
)
from .conventions import HYPHENS, apply_conventions, described_only
from .describing import drop_describing, held_abroad
from .groupnouns import demonym_groups
from .heads import ends_phrase, modified_sector, region_of, sector_run
from .inherit import Group, group_country, is_victim
from .lexicon import Entry
from .matching import Atom
from .nameparts import drop_name_parts
from .names import (
    _acronym,
    _armed,
    _descriptive_places,
    _given_name,
    _in_org_name,
    _in_proper_name,
    _inside_longer_name,
    _metonym,
    _name_end,
    _own_person,
    _past_igo,
    _person_at,
    _second_nationality,
    _shared_place,
)
from .organisations import load_organisation_words, organisation_mentions
from .refs import (
    _bare_ref,
    _holders_ref,
    _local_branch,
    _members_noun,
    _metonym_ref,
    _person_atom_ref,
    _place_ref,
    _sector_ref,
    _titled_ref,
    armed_ref,
    person_ref,
    pick_person,
)
from .selfnamed import selfnamed_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB

__all__ = ["Ctx", "armed_ref", "compose", "person_ref", "pick_person", "role_ok"]


def compose(doc: Doc, atoms: list[Atom], kb: ActorKB, on: date) -> list[Mention]:
    """Mentions from atoms: non-overlapping, in text order, one per actor name."""
    atoms = drop_name_parts(doc, atoms, kb)  # "PORT-AU-PRINCE", "Matthew England", "Congress of ... Unions"
    business, atoms = business_mentions(doc, atoms, kb)  # "Bank of America", "Japan Air Lines": companies
    taken = {k for m in business for k in range(m.start_token, m.end_token)}
    groups, atoms = selfnamed_mentions(doc, atoms, kb, taken)  # "a group calling itself X" (selfnamed.py)
    taken |= {k for m in groups for k in range(m.start_token, m.end_token)}
    bodies, atoms = organisation_mentions(doc, atoms, kb, taken)  # "the ruling X Party", "the daily"
    named = sorted(business + groups + bodies, key=lambda m: m.start_token)
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
    kept = drop_describing(doc, [m for m in kept if m is not None], ctx.starts)  # "the Iraq pullout"
    kept = demonym_groups(doc, kb, kept)  # "an Iraqi group linked to al-Qaeda" (groupnouns.py)
    return apply_conventions(doc, kb, [m for m in kept if m is not None])


def _add_before(ctx: Ctx, pending: list[Mention], token: int) -> None:
    """Move the pending mentions that start before ``token`` to the context's mentions, in text order."""
    while pending and pending[0].start_token < token:
        ctx.mentions.append(pending.pop(0))


def _at(ctx: Ctx, i: int) -> tuple[Mention | None, int]:
    atom = ctx.atoms[i]
    kinds = atom.kinds  # the tests below only ask whether the atom has a kind: set tests, no ``first`` calls
    place = not kinds.isdisjoint(PLACE_KIND_SET)
    if (place or "metonym" in kinds) and "person" not in kinds and (how := _qualifier(ctx, i)):
        return _based(ctx, atom) if how == "located" else None, i + 1  # "Saudi-owned", "anti-Syria"
    if place:
        return _from_place(ctx, i)
    if "modifier" in kinds and "title" not in kinds:
        effect, j, chained = _modifiers(ctx, i)
        if chained and j < len(ctx.atoms) and not ctx.atoms[j].kinds.isdisjoint(PLACE_KIND_SET):
            mention, nxt = _from_place(ctx, j, effect=effect, start=atom.start)
            return (mention, nxt) if mention is not None and mention.kind in ("title", "person") else (None, j)
    if "title" in kinds or "modifier" in kinds:
        return _from_title(ctx, i, place=None, start=atom.start)
    if "titles" in kinds:
        mention, nxt = _from_plural_title(ctx, i)
        if mention is not None:  # else the word may still be a sector noun ("generals", "judges")
            return mention, nxt
    if "armed" in kinds:
        if (entry := _armed(ctx, atom)) is None:
            return None, i + 1  # "Maoist" in a text naming neither Nepal nor India: the noun after it is bare
        ref = armed_ref(ctx.kb, entry.key, ctx.on)
        group = _mention(ctx, atom.start, atom.end, ref, "group")
        j = _members_noun(ctx, i) if ref.sector in MEMBER_SECTORS else i
        if j == i:
            return group, i + 1
        ctx.mentions.append(group)  # "Hamas militants": the group, and its militants coded as the group
        return _mention(ctx, ctx.atoms[j].start, ctx.atoms[j].end, ref, "sector"), j + 1
    if "person" in kinds and not _inside_longer_name(ctx, atom) and not _acronym(ctx, atom):
        start, entries = _given_name(ctx, atom)
        ref = person_ref(ctx.kb, pick_person(ctx.kb, entries, ctx.on), ctx.on)
        return _mention(ctx, start, atom.end, ref, "person"), i + 1
    if entry := _metonym(ctx, atom):
        j = _adjacent(ctx, i, allow_possessive=True)
        if entry.kind == "metonym" and j is not None and "title" in ctx.atoms[j].kinds:
            mention, nxt = _from_title(ctx, j, place=entry.key, start=atom.start)  # "Kremlin spokesman"
            if mention is not None:
                return mention, nxt
        sector = "LEG" if entry.kind == "legislature" else "GOV"
        return _mention(ctx, atom.start, atom.end, _metonym_ref(ctx, entry.key, sector), "metonym"), i + 1
    if "sector" in kinds:
        return _from_sector(ctx, i)
    if "coref" in kinds:
        return _from_coref(ctx, atom, atom.first("coref")), i + 1  # type: ignore[arg-type]
    return None, i + 1


def _from_place(ctx: Ctx, i: int, *, effect: str = "same", start: int | None = None
                ) -> tuple[Mention | None, int]:
    atom = ctx.atoms[i]
    place = _shared_place(ctx, atom) or atom.first(*PLACE_KINDS)
    assert place is not None
    if _in_org_name(ctx, atom.start):
        return None, i + 1
    j = _adjacent(ctx, i, allow_possessive=True)
    if j is not None:
        j = _past_igo(ctx, i, place, j)
        if (joined := _with_next(ctx, i, j, place, effect, atom.start if start is None else start)) is not None:
            return joined
    elif effect == "same" and place.key in ctx.kb.states:
        j = modified_sector(ctx.doc, ctx.atoms, i, ctx.kb.tables.sectors)  # "Afghan election officials"
    if j is not None and "sector" in ctx.atoms[j].kinds:
        if held_abroad(ctx.doc, atom, place, ctx.atoms[j]):
            return None, j + 1  # "Iraq hostage Ken Bigley": held there, no Iraqi
        if not (_second_nationality(ctx, i) and "demonym" not in ctx.atoms[i - 1].kinds):
            sector, j = sector_run(ctx.atoms, j, ctx.kb.tables.sectors)  # "Afghan government forces"
            if ctx.kb.tables.sectors[sector.key].inherits or ends_phrase(ctx.doc, ctx.atoms[j].end):
                # "Israeli tank fire" is the army's; "Iraq hostage mediators" are no hostages
                ref = _sector_ref(ctx, place.key, sector)
                return _mention(ctx, atom.start, ctx.atoms[j].end, ref, "sector"), j + 1
    return _mention(ctx, atom.start, atom.end, _place_ref(ctx, place.key), place.kind), i + 1


def _with_next(ctx: Ctx, i: int, j: int, place: Entry, effect: str, start: int) -> tuple[Mention | None, int] | None:
    """The place of atom ``i`` and the title, person, armed group or plural title of the next atom ``j`` as one
    mention starting at ``start``, and the atom after it; None when they make none."""
    after = ctx.atoms[j]
    kinds = after.kinds
    if "title" in kinds or "modifier" in kinds:
        mention, nxt = _from_title(ctx, j, place=place.key, start=start, effect=effect)
        if mention is not None:
            return mention, nxt
    if effect != "same":
        return None
    if "person" in kinds and kinds.isdisjoint(PLACE_KIND_SET) and _own_person(ctx, ctx.atoms[i], place, after):
        return _mention(ctx, start, after.end, _person_atom_ref(ctx, after), "person"), j + 1  # "Russia's Lavrov"
    if "armed" in kinds:
        armed = after.first("armed")
        assert armed is not None
        ref = _local_branch(ctx, armed_ref(ctx.kb, armed.key, ctx.on), place.key)  # "Lebanon's Hezbollah"
        return _mention(ctx, start, after.end, ref, "group"), j + 1
    if "titles" in kinds and "sector" not in kinds and place.key in ctx.kb.states:
        titles = after.first("titles")
        assert titles is not None
        ref = _holders_ref(ctx, place.key, titles.key)  # "Japanese cabinet ministers", "Russian generals"
        return _mention(ctx, ctx.atoms[i].start, after.end, ref, "sector"), j + 1
    return None


def _from_title(ctx: Ctx, i: int, *, place: str | None, start: int, effect: str = "same"
                ) -> tuple[Mention | None, int]:
    more, i, chained = _modifiers(ctx, i)
    effect = more if effect == "same" else effect
    if not chained or i >= len(ctx.atoms) or not (title := ctx.atoms[i].first("title")):
        return None, i
    end, nxt = ctx.atoms[i].end, i + 1
    person: Atom | None = None
    k = _adjacent(ctx, i, allow_possessive=False)
    if k is not None and "person" in ctx.atoms[k].kinds:
        person, end, nxt = ctx.atoms[k], ctx.atoms[k].end, k + 1
    name_end = _name_end(ctx, end) if person is None else end
    if person is None and name_end > end and (late := _person_at(ctx, name_end)) is not None:
        person, end, name_end, nxt = ctx.atoms[late], ctx.atoms[late].end, ctx.atoms[late].end, late + 1
    name = tokens.span_text(ctx.doc, end, name_end) if name_end > end else None
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


FOLLOWER_WORDS = frozenset({"supporters"})  # a person's followers even when out of office: civilians of his state


def _followers(ctx: Ctx, person: Mention, nxt: int) -> tuple[Mention, int]:
    """A person's body of followers or subordinates is coded by the person's country and the body's sector:
    "the Assad regime", "Sadr militia", "Trump's administration"; not a former leader's ("Assad's
    leadership" after his fall stays the person, whose own code tells the time)."""
    j = _adjacent(ctx, nxt - 1, allow_possessive=True) if nxt > 0 else None
    if j is None or j != nxt or ctx.atoms[j - 1].end != person.end_token or \
            ctx.atoms[j].first("title", "person", *PLACE_KINDS) or not (sector := ctx.atoms[j].first("sector")):
        return person, nxt
    country, tag = person.actor.country, ctx.tok.tags[ctx.atoms[j].end - 1]
    if tag and not tag.startswith("NN"):  # "as Bush courts Catholics"
        return person, nxt
    ousted = person.actor.sector == "ELI" and sector.key not in FOLLOWER_WORDS  # "Aristide supporters": still his
    if not country or ousted or _in_proper_name(ctx, ctx.atoms[j].start) and \
            not ctx.tok.texts[person.start_token].istitle():
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
        gap = ctx.tok.lowers[ctx.atoms[out[-1]].end:ctx.atoms[nxt].start]
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
    bare = _bare_ref(ctx, sector.key)
    if word.inherits and (region := region_of(ctx.doc, atom.start, atom.end, load_organisation_words())) is not None:
        state, start, end = region  # "Darfur rebels", "rebels in Aceh"
        return _mention(ctx, _with_article(ctx, start), end, _sector_ref(ctx, state, sector), "sector"), i + 1
    if (article or word.standalone) and word.inherits:  # "the police", "rebels": the text's country, if any
        country = _attached_place(ctx, atom, word.sector)
        if country is None and word.sector in ctx.kb.tables.group_policies:  # settled once all actors are known
            ctx.pending[atom.start - int(article)] = (sector, int(article))
            return _mention(ctx, atom.start - int(article), atom.end, bare, "sector"), i + 1
        country = country or _latest_state(ctx, atom.start, word.sector)
        if country:
            ref = _sector_ref(ctx, country, sector)
            return _mention(ctx, atom.start - int(article), atom.end, ref, "sector"), i + 1
    if word.standalone:
        return _mention(ctx, atom.start, atom.end, bare, "sector"), i + 1
    return None, i + 1


def _attached_place(ctx: Ctx, atom: Atom, sector: str) -> str | None:
    """The state a sector noun is located in ("rebels in the Ivory Coast"; not for troops, often foreign
    ones; not "in Qatar's capital", which places the meeting, not the group), or None."""
    if sector in FOREIGN_SECTORS or (at := _of_place(ctx, atom.end, "in", LOCATING_KINDS)) is None:
        return None
    entry = ctx.atoms[at].first(*LOCATING_KINDS)
    after = ctx.atoms[at].end
    possessive = after < len(ctx.doc) and ctx.tok.texts[after] in POSSESSIVE
    return entry.key if entry is not None and entry.key in ctx.kb.states and not possessive else None


def _latest_state(ctx: Ctx, token: int, sector: str = "") -> str | None:
    """Country of a bare institution noun ("the government", "officials"): the latest state in context that is
    not a victim or object of its own sentence ("Police arrested five Syrians. The government ..."); for
    protesters and the opposition not a person of their sentence when it names another country too (a foreign
    visitor or mediator: "Barnier visited Abidjan as protesters marched in Ivory Coast")."""
    foreign = _foreign_persons(ctx, token) if sector == "OPP" else set()
    for mention in reversed(ctx.mentions):
        if token - mention.end_token > COREF_WINDOW:
            return None
        if mention.actor.country in ctx.kb.states and mention.kind != "pronoun" and \
                not is_victim(ctx.doc, mention) and mention.start_token not in foreign:
            return mention.actor.country
    return None


def _foreign_persons(ctx: Ctx, token: int) -> set[int]:
    """Starts of the person and title mentions of the token's sentence, when it names two or more countries."""
    doc = ctx.doc
    start, end = tokens.sentence_range(doc, token)
    around = [m for m in ctx.mentions if start <= m.start_token < end and m.actor.country in ctx.kb.states]
    after = [a for a in ctx.atoms if token < a.start < end and a.first("state", "demonym", "metonym")]
    named = {m.actor.country for m in around} | {e.key for a in after for e in a.all("state", "demonym", "metonym")}
    if len(named) < 2:
        return set()
    return {m.start_token for m in around if m.kind in ("person", "title")}


def _settle_groups(ctx: Ctx) -> None:
    """Give the group nouns left open while composing their country (see ``inherit``), now that every actor
    of the text is known; a group noun no country fits stays bare if it may stand alone, else goes."""
    if not ctx.pending:  # most texts leave none open
        return
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
    if word.target == "igo_name" and not ctx.tok.texts[start].istitle():
        return None  # "the Fund" names the IMF again; "the fund" is any fund
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


def _qualifier(ctx: Ctx, i: int) -> str | None:
    """How a place only qualifies the next word: ``drop`` ("Saudi-owned", "pro-Kremlin", "anti-Syria"; but
    fighters against a state are coded by the state they fight: "anti-Pakistan fighters" -> PAKREB), ``located``
    ("a London-based group": where, not who), else None."""
    atom = ctx.atoms[i]
    texts = ctx.tok.texts
    if not (atom.start >= 2 and texts[atom.start - 1] in HYPHENS
            or atom.end + 1 < len(texts) and texts[atom.end] in HYPHENS):
        return None  # no hyphen next to the place: described_only would find nothing
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
