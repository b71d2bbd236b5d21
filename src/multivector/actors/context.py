"""The context the mention patterns of ``compose`` share: the Doc, its atoms, the KB, the date and the mentions
found so far; the token helpers they read it with (the atom right after another, "of [the] <place>", articles,
modifier runs) and light coreference (the latest compatible mention, the place of a titled stranger)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .. import tokens
from ..model import ActorRef, Mention
from .conventions import mention_of
from .lexicon import Entry
from .matching import Atom
from .pronouns import named_individual, person_like

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB


PLACE_KINDS = ("state", "demonym", "igo", "group")
PLACE_KIND_SET = frozenset(PLACE_KINDS)  # for ``Atom.kinds`` tests
LOCATING_KINDS = (*PLACE_KINDS, "metonym")  # "demonstrators in Baghdad"
OWNER_KINDS = ("state", "igo", "group")  # "the army of Iraq"; "of two Chinese" names people, not their state
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
MEMBER_SECTORS = frozenset({"REB", "UAF", "MIL"})  # "Hamas militants" are Hamas's (a ruling group's fighters not)
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
    tok: tokens.TokenArrays = field(init=False)  # the Doc's token attributes as lists (no Token objects)

    def __post_init__(self) -> None:
        self.tok = tokens.of(self.doc)


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


def _lookback(ctx: Ctx, token: int, target: str, role: str) -> Mention | None:
    """The most recent earlier mention compatible with a coreferring word, within the window."""
    for mention in reversed(ctx.mentions):
        if token - mention.end_token > COREF_WINDOW:
            return None
        actor = mention.actor
        if target == "person" and mention.kind in ("person", "title", "pronoun") and role_ok(actor.role, role):
            if (role or actor.id or mention.kind == "person") and person_like(mention):  # pronouns.py
                return mention
        elif target == "person" and not role and named_individual(ctx.doc, mention):  # "hostage Ken Bigley"
            return mention
        elif target == "state" and actor.country in ctx.kb.states and mention.kind != "pronoun":
            return mention
        elif target == "igo" and mention.kind == "igo":
            return mention
        elif target == "igo_name" and mention.kind == "igo" and _named_by(mention, ctx.tok.lowers[token]):
            return mention
    return None


def _named_by(mention: Mention, word: str) -> bool:
    """An IGO mention whose text or name ends in ``word`` ("the Fund" after "the International Monetary Fund" or
    "the IMF")."""
    return any(name.split()[-1:] == [word] for name in (mention.text.lower(), mention.actor.name.lower()))


def _context_place(ctx: Ctx, token: int) -> str | None:
    """The state a titled stranger belongs to, from their sentence: the latest place named before it (a state,
    demonym, capital or "Kazakh police"; not a person, whose country says nothing of the next name), else the
    first state named after it ("Judge X charged Chilean officials") unless that one heads a counterpart's
    title ("X, and Russian Deputy Foreign Minister Y")."""
    doc = ctx.doc
    start, end = tokens.sentence_range(doc, token)
    for mention in reversed(ctx.mentions):
        if mention.end_token <= start:
            break
        if mention.kind in PLACE_MENTIONS and mention.actor.country in ctx.kb.states:
            return mention.actor.country
    for n, atom in enumerate(ctx.atoms):
        if token < atom.start < end and (entry := atom.first("state", "demonym")):
            nxt = _adjacent(ctx, n, allow_possessive=True)
            return None if nxt is not None and ctx.atoms[nxt].first("title", "modifier") else entry.key
    return None


def _modifiers(ctx: Ctx, i: int) -> tuple[str, int, bool]:
    """Effect of a run of modifier atoms ("former", "acting"), the atom after them, and whether it is adjacent."""
    effect = "same"
    while i < len(ctx.atoms) and "title" not in ctx.atoms[i].kinds and (mod := ctx.atoms[i].first("modifier")):
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
    if allow_possessive and nxt == end + 1 and ctx.tok.texts[end] in POSSESSIVE:  # one token between them
        return i + 1
    return None


def _of_place(ctx: Ctx, end: int, prep: str = "of", kinds: tuple[str, ...] = PLACE_KINDS) -> int | None:
    """Index of a place atom after ``of [the]`` (or another preposition) at token ``end``, or None."""
    doc, lowers = ctx.doc, ctx.tok.lowers
    if end >= len(lowers) or lowers[end] != prep:
        return None
    pos = end + 1
    if pos < len(lowers) and lowers[pos] == "the":
        pos += 1
    if pos < len(lowers) and doc[pos].like_num:  # "leaders of the five Central Asian states"
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
    texts, lowers, pos = ctx.tok.texts, ctx.tok.lowers, end + 1
    if end >= len(lowers) or lowers[end] != "of":
        return end
    while pos < len(lowers) and pos - end <= MAX_PORTFOLIO_TOKENS and pos not in ctx.starts and (
            texts[pos].istitle() or (pos > end + 1 and lowers[pos] in PORTFOLIO_GLUE)):
        pos += 1
    if pos > end + 1 and texts[pos - 1].istitle() and pos < len(lowers) and lowers[pos] == "of":
        return pos
    return end


def _preceded_by_article(ctx: Ctx, start: int) -> bool:
    return start > 0 and ctx.tok.lowers[start - 1] in ARTICLES


def _with_article(ctx: Ctx, start: int) -> int:
    return start - 1 if start > 0 and ctx.tok.lowers[start - 1] == "the" else start


def _mention(ctx: Ctx, start: int, end: int, ref: ActorRef, kind: str) -> Mention:
    return mention_of(ctx.doc, start, end, ref, kind)
