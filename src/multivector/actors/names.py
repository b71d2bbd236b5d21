"""Names and descriptions inside a composed text: person names after titles and given names, surnames that
belong to someone else's name, acronyms, shared state names and metonyms, and places that only describe
("Chinese-American", "Afghan soil", "Council of the United States")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import tokens
from ..model import Mention
from .context import (
    MAX_NAME_TOKENS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NATIONALITY_KINDS,
    NATIONALITY_NOUNS,
    PLACE_KINDS,
    POSSESSIVE,
    Ctx,
    _adjacent,
    _mention,
)
from .conventions import HYPHENS, bracketed_acronym
from .lexicon import GIVEN, Entry, fold_accents
from .matching import Atom

if TYPE_CHECKING:
    from .kb import ActorKB


def _given_name(ctx: Ctx, atom: Atom) -> tuple[int, list[Entry]]:
    """A capitalised word before a shared surname that is one candidate's first name picks that candidate
    ("Gurbanguly Berdymukhamedov" vs "Serdar ..."); returns the mention start and the candidates."""
    entries = atom.all("person")
    k = atom.start - 1
    if len(entries) < 2 or k < 0 or not ctx.tok.texts[k].istitle() or any(a.start <= k < a.end for a in ctx.atoms):
        return atom.start, entries
    word = fold_accents(ctx.tok.texts[k]).lower()
    chosen = [e for e in entries if word in _first_names(ctx.kb, e.key)]
    return (k, chosen) if chosen else (atom.start, entries)


def _acronym(ctx: Ctx, atom: Atom) -> bool:
    if atom.end - atom.start != 1 or not ctx.tok.texts[atom.start].isupper():
        return False
    covered = {i for a in ctx.atoms if a.end <= atom.start for i in range(a.start, a.end)}
    return bracketed_acronym(ctx.doc, atom.start, atom.end, covered)


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
NATIONAL_KINDS = frozenset({"state", "demonym"})
_NOT_AT_IGO = frozenset({"state", "demonym", "title", "sector"})  # an IGO atom that is one of these is no post's
_POSTS = frozenset({"title", "sector"})


def _inside_longer_name(ctx: Ctx, atom: Atom) -> bool:
    """A surname-only match that is part of someone else's name: followed by another capitalised name word
    ("Ahmed Sharif Chaudhry" is not Nawaz Sharif) or after a given name none of its persons bears ("Maria
    Ortega" is not Daniel Ortega)."""
    entries = atom.all("person")
    texts, tables = ctx.tok.texts, ctx.kb.tables
    if atom.end - atom.start == 1 and atom.start > 0 and atom.start - 1 not in ctx.starts and \
            tables.never_alone.get(word := fold_accents(texts[atom.start - 1])) == GIVEN:
        return not any(word.lower() in _first_names(ctx.kb, e.key) for e in entries)
    if atom.end - atom.start == 1 and all(e.derived for e in entries) and _foreign_forename(ctx, atom, entries):
        return True
    if not all(e.derived for e in entries) or atom.end >= len(texts):
        return False
    if atom.end in ctx.starts:  # 'Howard Schmidt': a surname followed by another person's surname
        return _surname_atom_at(ctx, atom.end)
    nxt = texts[atom.end]
    return (nxt.istitle() and nxt.isalpha() and not ctx.tok.stops[atom.end]
            and not tokens.sent_start(ctx.doc, atom.end) and fold_accents(nxt) not in tables.never_alone)


def _foreign_forename(ctx: Ctx, atom: Atom, entries: list[Entry]) -> bool:
    """A surname after initials or another surname-only name that none of its persons bears as a first name:
    'E.F. Hutton' is not John Hutton, 'Howard Schmidt' is no Samoan Schmidt."""
    if atom.start == 0:
        return False
    prev = ctx.tok.texts[atom.start - 1]
    initials = _INITIALS.fullmatch(prev) is not None
    if not initials and not _surname_atom_at(ctx, atom.start - 1):
        return False
    firsts = {n for e in entries for n in _first_names(ctx.kb, e.key)}
    word = fold_accents(prev).lower()
    return not (word in firsts or initials and any(word[0] == n[0] for n in firsts))


def _surname_atom_at(ctx: Ctx, start: int) -> bool:
    """Whether a one-word person atom derived from a surname starts at token ``start``."""
    found = next((a for a in ctx.atoms if a.start == start), None)
    return found is not None and found.end - found.start == 1 and bool(found.all("person")) \
        and all(e.derived for e in found.all("person"))


def _first_names(kb: ActorKB, key: str) -> frozenset[str]:
    """The first words of a person's names of two or more words, accents folded and lower-cased (made once per
    person and KB)."""
    found = kb._first_names.get(key)
    if found is None:
        person = kb.persons[key]
        names = {person.name, *(a for term in person.terms for a in term.aliases)}
        found = kb._first_names[key] = frozenset(fold_accents(n.split()[0]).lower() for n in names
                                                 if len(n.split()) > 1)
    return found


def _shared_place(ctx: Ctx, atom: Atom) -> Entry | None:
    """A state name shared by two states (bare "Congo"): the one the text also names otherwise
    ("Brazzaville", "Congo-Brazzaville"); None leaves the table order's first (DR Congo) to the caller."""
    if len(atom.entries) < 2:  # most place atoms have one entry: no listing of its states needed
        return None
    found = atom.all("state")
    if len(found) < 2:
        return None
    named = {e.key for a in ctx.atoms if a is not atom for e in a.all("state", "demonym", "metonym")}
    return next((e for e in found if e.key in named), None)


def _metonym(ctx: Ctx, atom: Atom) -> Entry | None:
    """A metonym atom's entry; a shared one ("Brussels": EU or Belgium) means the state the text names."""
    if "metonym" not in atom.kinds and "legislature" not in atom.kinds:
        return None
    found = atom.all("metonym", "legislature")
    if len(found) > 1:
        named = {e.key for a in ctx.atoms for e in a.all("state", "demonym")}
        return next((e for e in found if e.key in named), found[0])
    return found[0] if found else None


def _armed(ctx: Ctx, atom: Atom) -> Entry | None:
    """An armed-group atom's entry; a name shared by groups of several states ("Maoist": Nepal's or India's)
    means the one whose state the text names, and None when it names neither or both."""
    found = atom.all("armed")
    if len(found) < 2:  # most names are one group's: no rows to look up
        return found[0] if found else None
    countries = {e.key: ctx.kb.armed_group(e.key, ctx.on).country for e in found}
    if len(set(countries.values())) < 2:
        return found[0] if found else None
    named = {e.key for a in ctx.atoms if a is not atom for e in a.all("state", "demonym", "metonym")}
    chosen = [e for e in found if countries[e.key] in named]
    return chosen[0] if len({countries[e.key] for e in chosen}) == 1 else None


def _descriptive_places(ctx: Ctx) -> dict[int, Mention | None]:
    """Place mentions that only describe, by index: hyphenated nationalities ("Chinese-American", "American-French
    journalist"; before a sector noun the last one codes it: "Lebanese-American journalists" -> USAMED) and demonyms before a person noun ("an American defector") are dropped (None); a place before a
    place noun ("Afghan soil", "the Afghan province of Paktika") becomes a place mention of the state that
    swallows the noun (a location like "Afghanistan", for the coder to read by its preposition)."""
    out: dict[int, Mention | None] = {}
    mentions, lowers, nouns = ctx.mentions, ctx.tok.lowers, ctx.kb.tables.descriptive
    joined = not HYPHENS.isdisjoint(ctx.tok.word_set)  # without a hyphen in the text every chain is one mention
    n, count = 0, len(mentions)
    while n < count:
        last = n  # the chain's last mention
        while joined and last + 1 < count and _hyphen_joined(ctx, mentions[last], mentions[last + 1]):
            last += 1
        if mentions[n].kind not in NATIONAL_KINDS:  # neither rule below fires on a chain opened by no place
            n = last + 1
            continue
        kinds = [mentions[k].kind for k in range(n, last + 1)]
        if last > n and set(kinds[:-1]) == {"demonym"} and kinds[-1] == "sector":
            out.update(dict.fromkeys(range(n, last)))  # "a Lebanese-American contractor": the last nationality's
        elif set(kinds) <= NATIONAL_KINDS:
            end = mentions[last].end_token
            noun = nouns.get(lowers[end]) if end < len(lowers) else None
            nationality = last > n and set(kinds) <= NATIONALITY_KINDS
            if noun == "place" and not nationality:
                out.update(dict.fromkeys(range(n, last)))
                out[last] = _mention(ctx, mentions[last].start_token, end + 1, mentions[last].actor, "state")
            elif nationality or (noun in NATIONALITY_NOUNS and kinds[-1] == "demonym"):
                out.update(dict.fromkeys(range(n, last + 1)))
        n = last + 1
    return out


def _second_nationality(ctx: Ctx, i: int) -> bool:
    """The second place of a hyphenated pair ("an American-French journalist"): a description, no actor."""
    start = ctx.atoms[i].start
    if i == 0 or start < 2 or ctx.atoms[i - 1].end != start - 1 or not ctx.atoms[i - 1].first(*PLACE_KINDS):
        return False
    gaps = ctx.tok.spaces
    return ctx.tok.texts[start - 1] in HYPHENS and not gaps[start - 1] and not gaps[start - 2]


def _hyphen_joined(ctx: Ctx, left: Mention, right: Mention) -> bool:
    if right.start_token != left.end_token + 1:  # exactly one token between them
        return False
    gap, gaps = left.end_token, ctx.tok.spaces
    return ctx.tok.texts[gap] in HYPHENS and not gaps[gap] and not gaps[gap - 1]


def _in_org_name(ctx: Ctx, start: int) -> bool:
    """A place closing an organisation's name ("Distilled Spirits Council of the United States", "Chamber of
    Commerce of the United States"): capitalised words, one an ``org`` head noun, then "of [the]"."""
    texts, lowers, k = ctx.tok.texts, ctx.tok.lowers, start - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    if k < 1 or lowers[k] != "of":
        return False
    nouns = ctx.kb.tables.descriptive
    for pos in range(k - 1, max(k - 7, -1), -1):
        title = texts[pos].istitle()  # Token.is_title
        if pos in ctx.starts or not (title or lowers[pos] == "of"):
            return False
        if nouns.get(lowers[pos]) == "org" and title:
            return True
    return False


def _in_proper_name(ctx: Ctx, start: int) -> bool:
    """A capitalised sector noun ending a name of something else ("Meet the Press", "Associated Press"): the
    word before it (or before its "the") is a capitalised word that is no actor and does not open the sentence."""
    doc, texts = ctx.doc, ctx.tok.texts
    if not texts[start].istitle() or tokens.sent_start(doc, start):
        return False
    k = start - 1
    if k >= 0 and ctx.tok.lowers[k] == "the":
        k -= 1
    if k < 0 or k in ctx.starts or any(a.start <= k < a.end for a in ctx.atoms):
        return False
    return texts[k].istitle() and texts[k].isalpha() and not tokens.sent_start(doc, k)


def _past_igo(ctx: Ctx, i: int, place: Entry, j: int | None) -> int | None:
    """A state's post at an IGO is the state's ("Iran's U.N. ambassador" -> IRNGOV): the atom after the IGO
    when a title or sector follows it, else ``j`` unchanged."""
    if j is None or place.kind not in NATIONAL_KINDS or "igo" not in (kinds := ctx.atoms[j].kinds) or \
            not kinds.isdisjoint(_NOT_AT_IGO):
        return j
    k = _adjacent(ctx, j, allow_possessive=False)
    return k if k is not None and not ctx.atoms[k].kinds.isdisjoint(_POSTS) else j


def _own_person(ctx: Ctx, atom: Atom, place: Entry, person: Atom) -> bool:
    """May a place and the person after it merge? "Russia's Lavrov" and "Russian Lavrov" yes; "U.S. Sheinbaum"
    (a place glued to another country's person, as in headlines) no."""
    if ctx.atoms.index(person) > 0 and tokens.span_text(ctx.doc, atom.end, person.start) in POSSESSIVE:
        return True
    held = {term.country for e in person.all("person") for term in ctx.kb.persons[e.key].terms}
    return place.key in held or place.key not in ctx.kb.states


def _name_end(ctx: Ctx, start: int) -> int:
    """End of a capitalised name right after a title ("Foreign Minister Murat Nurtleu", "Hans van den Broek",
    "Zia-ul-Haq"), not an atom; at most ``MAX_NAME_TOKENS`` capitalised words."""
    texts, lowers, stops = ctx.tok.texts, ctx.tok.lowers, ctx.tok.stops
    end, words = start, 0
    while end < len(texts) and words < MAX_NAME_TOKENS and (end not in ctx.starts or _surname_in_name(ctx, end)):
        text = texts[end]
        if text[:1].isupper() and not stops[end]:
            words += 1
        elif text.isspace() and end > start:  # Token.is_space
            pass
        elif not (end > start and (_joined(ctx, end) or lowers[end] in NAME_PARTICLES)):
            break
        end += 1
    while end > start and (texts[end - 1] in NAME_JOINERS or lowers[end - 1] in NAME_PARTICLES):
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


def _joined(ctx: Ctx, i: int) -> bool:
    """A hyphen or dot glued to the word before it, or a word glued to such a joiner ("Zia-ul-Haq")."""
    if ctx.tok.spaces[i - 1]:
        return False
    return ctx.tok.texts[i] in NAME_JOINERS or ctx.tok.texts[i - 1] in NAME_JOINERS
