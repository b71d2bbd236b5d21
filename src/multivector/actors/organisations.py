"""Organisations the KB does not list by name: parties, associations, media and sub-national governments.

Four general constructions, each coded only with the country the mention itself gives (a place inside the
name, "of [the] <state>" after it, or "<state>['s]" right before it) — never from the rest of the article:

* A named body: capitalised name words around a head noun of ``organisation_words.csv`` ("the ruling Justice
  and Development Party", "the National Union of Mineworkers", "Association of African Jurists", "the Umma
  (Nation) party"). The head gives the sector (Party -> PTY, Association -> NGO); topic words inside the name
  refine it (Mineworkers -> LAB, Liberation -> REB) and a cue before it decides a party's side ("ruling" ->
  GOV, "opposition" -> OPP). A bracketed gloss inside or after the name is part of the name. Names of many
  countries ("World", "African", "International") take no country; of states or governments they are IGO.
  Councils and committees with a public word ("Council of Ministers", "Security Council") are left alone.
* Media: a named newspaper ("the Washington Post" -> USAMED, "La Prensa" -> MED; ``media_words.csv``) and
  the nouns "the daily", "a newspaper", "a Pakistani weekly" -> MED / PAKMED.
* Sub-national governments: "the government of Sindh province", "the Punjab provincial government", "the
  Texas state government", "Chechnya's regional administration" -> the country's GOV. ``regions.csv`` maps
  well-known provinces and states to their country; a name two countries share (Punjab) is told apart by the
  unit the text names ("provincial" -> Pakistan, "state" -> India), else it is left alone.
The KB wins: a name it knows as a whole (an IGO, NGO, armed group, state or place) is left to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ActorDataError
from ..model import ActorRef, Mention
from ..titlecase import title_cased
from .conventions import mention_of
from .matching import token_texts
from .tables import read_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .kb import ActorKB
    from .matching import Atom

KB_NAMES = ("igo", "ngo", "group", "armed", "legislature", "state", "metonym", "person", "title")
PLACE_ENTRIES = ("state", "demonym", "metonym")
KB_WHOLE = ("igo", "ngo", "armed", "legislature")  # bodies the KB names as a whole
WORD_KINDS = ("head", "lowhead", "topic", "suffix", "member", "glue", "international", "intergovernmental",
              "public", "cue", "unit", "subgov", "unitadj")  # the kind column of organisation_words.csv
MEDIA_KINDS = ("head", "name", "noun")
NAME_GLUE = frozenset({"of", "for", "and", "&", "the", "-"})  # with the foreign particles of the word list
POSSESSIVE = frozenset({"'s", "\u2019s"})
ARTICLES = frozenset({"the", "a", "an"})
PUBLIC_HEADS = frozenset({"Council", "Committee"})
MAX_NAME = 8
MAX_PAPER = 3
NAME_TAGS = ("NN", "JJ", "CD")  # capitalised stop words that may open a name ("Third World ...")
MAX_CUES = 2  # "the ruling | conservative | X Party"
MEDIA = "MED"
GOV = "GOV"


@dataclass(frozen=True)
class OrganisationWords:
    """The word lists of ``organisation_words.csv``, ``media_words.csv``, ``community_groups.csv`` and
    ``regions.csv``."""

    heads: dict[str, str]  # capitalised head noun -> sector ('' : needs a topic or cue)
    low_heads: dict[str, str]  # lowercase heads after a name ("the Umma party")
    topics: dict[str, str]  # lowercase word inside a name -> sector
    suffixes: dict[str, str]  # ending of such a word -> sector ("Dockworkers" -> LAB)
    members: dict[str, str]  # "leaders" -> CVL, "clerics" -> REL: the leading members of a community
    glue: frozenset[str]  # lowercase words inside names ("of", "cha")
    communities: dict[str, tuple[str, str]]  # "Yoruba" -> (NGA, ethnic), "Shiite" -> ('', religious)
    international: frozenset[str]
    intergovernmental: frozenset[str]
    public: frozenset[str]
    cues: dict[str, str]  # lowercase word before a party -> sector
    units: dict[str, str]  # "provincial" -> province
    subgov: frozenset[str]
    unit_adjectives: frozenset[str]
    media_heads: frozenset[str]
    media_names: dict[tuple[str, ...], str]  # name tokens -> ISO3 or ''
    media_nouns: frozenset[str]
    regions: dict[tuple[str, ...], dict[str, str]]  # region name tokens -> unit -> ISO3
    triggers: frozenset[str] = frozenset()  # every word (or lowercase word) one of the constructions starts at
    media_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # media names by 1st word
    regions_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # regions by 1st word


@dataclass(frozen=True)
class OrgName:
    """An organisation found in tokens ``[start, end)`` with its display name, country and sector."""

    start: int
    end: int
    name: str
    country: str | None
    sector: str


def _data_dir() -> Path:
    return Path(str(resources.files("multivector.actors") / "data"))


def _by_kind(path: Path, kinds: tuple[str, ...], value: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    for line, row in read_rows(path):
        if row.get("kind") not in out or not row.get("word"):
            raise ActorDataError(f"row needs a word and a kind in {list(kinds)}", source=str(path), line=line)
        out[row["kind"]][row["word"]] = row.get(value, "")
    return out


def _communities(data: Path) -> dict[str, tuple[str, str]]:
    path = data / "community_groups.csv"
    out = {}
    for line, row in read_rows(path):
        if not row.get("word") or row.get("kind") not in ("ethnic", "religious", "tribal"):
            raise ActorDataError("community needs a word and a kind (ethnic, religious, tribal)", source=str(path),
                                 line=line)
        out[row["word"]] = (row.get("country", ""), row["kind"])
    return out


def _regions(path: Path) -> dict[tuple[str, ...], dict[str, str]]:
    out: dict[tuple[str, ...], dict[str, str]] = {}
    for line, row in read_rows(path):
        if not (row.get("name") and row.get("country") and row.get("unit")):
            raise ActorDataError("region needs a name, a country and a unit", source=str(path), line=line)
        out.setdefault(tuple(row["name"].split()), {})[row["unit"]] = row["country"]
    return out


@lru_cache(maxsize=1)
def load_organisation_words(data: Path | None = None) -> OrganisationWords:
    """The packaged organisation, media and region lists (or those of another folder)."""
    data = data or _data_dir()
    words = _by_kind(data / "organisation_words.csv", WORD_KINDS, "sector")
    media = _by_kind(data / "media_words.csv", MEDIA_KINDS, "country")
    found = OrganisationWords(
        heads=words["head"], low_heads=words["lowhead"], topics=words["topic"], suffixes=words["suffix"],
        members=words["member"], glue=NAME_GLUE | frozenset(words["glue"]), communities=_communities(data),
        international=frozenset(words["international"]), intergovernmental=frozenset(words["intergovernmental"]),
        public=frozenset(words["public"]), cues=words["cue"], units=words["unit"],
        subgov=frozenset(words["subgov"]), unit_adjectives=frozenset(words["unitadj"]),
        media_heads=frozenset(media["head"]), media_names={tuple(k.split()): v for k, v in media["name"].items()},
        media_nouns=frozenset(media["noun"]), regions=_regions(data / "regions.csv"))
    return replace(found, triggers=_triggers(found), media_by_first=_by_first_word(found.media_names),
                   regions_by_first=_by_first_word(found.regions))


def _by_first_word(names: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Names grouped by their first word, in their given order (so a lookup tries only the names that can
    start at a token)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {first: tuple(group) for first, group in out.items()}


def _triggers(words: OrganisationWords) -> frozenset[str]:
    """The words a construction may start at, or (lowercase ones) whose lowercase form it may start at."""
    firsts = {name[0] for name in (*words.regions, *words.media_names)}
    return frozenset(firsts | set(words.heads) | set(words.low_heads) | words.media_heads | words.media_nouns
                     | set(words.communities) | set(words.units) | words.unit_adjectives | words.subgov)


# --- entry point --------------------------------------------------------------------------------------------
def organisation_mentions(doc: Doc, atoms: list[Atom], kb: ActorKB, taken: Iterable[int] = ()
                          ) -> tuple[list[Mention], list[Atom]]:
    """Mentions of the organisations, media and sub-national governments of a Doc (outside the ``taken``
    tokens) and the atoms outside them, for composing the rest."""
    found = organisation_names(doc, atoms, kb, frozenset(taken))
    if not found:
        return [], atoms
    mentions = [mention_of(doc, f.start, f.end, organisation_ref(kb, f), "sector") for f in found]
    covered = {k for f in found for k in range(f.start, f.end)}
    return mentions, [a for a in atoms if covered.isdisjoint(range(a.start, a.end))]


def organisation_ref(kb: ActorKB, found: OrgName) -> ActorRef:
    """``<country><sector>`` (a body of many states: ``IGO``; none: the bare sector)."""
    if not found.sector:  # a people the KB knows ("Kurdish leaders" -> KUR)
        return ActorRef(text="", id=None, name=found.name, code=kb.cameo_of(found.country or ""),
                        country=found.country, sector=None, role=None)
    if found.sector == "IGO" or not found.country:
        return ActorRef(text="", id=None, name=found.name, code=found.sector, country=None, sector=found.sector,
                        role=None)
    return ActorRef(text="", id=None, name=found.name, code=kb.cameo_of(found.country) + found.sector,
                    country=found.country, sector=found.sector, role=None)


def organisation_names(doc: Doc, atoms: list[Atom], kb: ActorKB, taken: frozenset[int] = frozenset(),
                       words: OrganisationWords | None = None) -> list[OrgName]:
    """The organisations of a Doc in text order, not overlapping each other or the ``taken`` tokens."""
    words = words or load_organisation_words()
    texts = token_texts(doc)
    lowers = [t.lower() for t in texts]
    if words.triggers.isdisjoint(texts) and words.triggers.isdisjoint(lowers) \
            and words.members.keys().isdisjoint(lowers[1:]):
        return []  # most texts name no such body: set tests over plain strings
    size = len(texts)
    ks = [k for k in range(size) if texts[k] in words.triggers or lowers[k] in words.triggers
          or k + 1 < size and lowers[k + 1] in words.members]
    scan = _Scan(doc, atoms, kb, words, texts)
    out: list[OrgName] = []
    for k in ks:
        if out and k < out[-1].end or k in taken:
            continue
        found = _subnational(scan, k) or _media_noun(scan, k) or _listed_medium(scan, k) or _named(scan, k) \
            or _community(scan, k)
        if found is None or not taken.isdisjoint(range(found.start, found.end)):
            continue
        while out and out[-1].end > found.start:  # a name that reaches back over an earlier, shorter find
            out.pop()
        out.append(found)
    return out


@dataclass(frozen=True)
class _Scan:
    """One Doc being scanned, with its atoms, the KB and the word lists."""

    doc: Doc
    atoms: list[Atom]
    kb: ActorKB
    words: OrganisationWords
    texts: list[str]

    def atom_at(self, k: int) -> Atom | None:
        return next((a for a in self.atoms if a.start <= k < a.end), None)

    def state_of(self, atom: Atom | None) -> str | None:
        """The state a place atom names (not an ethnic minority's kin state), or None."""
        if atom is None or atom.first("person", "title") and not atom.first(*PLACE_ENTRIES):
            return None
        entry = atom.first(*PLACE_ENTRIES)
        if entry is None or entry.key not in self.kb.states:
            return None
        word = self.doc[atom.end - 1].lower_
        return None if self.kb.tables.ethnonyms.get(word) is True else entry.key


# --- named bodies -------------------------------------------------------------------------------------------
def _named(scan: _Scan, k: int) -> OrgName | None:
    """A named body whose head noun is token ``k`` ("... Party", "Association of ...", "Washington Post")."""
    span = _name_span(scan, k)
    if span is None:
        return None
    start, end, paper = span
    words, name = scan.words, scan.doc[start:end]
    sector = MEDIA if paper else _sector(words, name, k - start, scan.doc[k].is_lower)
    if sector is None or scan.doc[k].text in PUBLIC_HEADS and any(t.lower_ in words.public for t in name):
        return None
    cue_start, cue = _cue(scan, start)
    sector = cue if cue and sector in ("PTY", "") else sector  # "the ruling X Union": a party in power
    if not sector:
        return None
    places = {i for a in scan.atoms if a.first(*PLACE_ENTRIES) for i in range(a.start, a.end)}
    lowers = {t.lower_ for t in name if t.i not in places}  # "Society of the United States" is no IGO
    if lowers & words.intergovernmental:
        return OrgName(cue_start, end, name.text, None, "IGO")
    before = _place_before(scan, cue_start)
    if before is not None:
        return OrgName(before[1], end, name.text, before[0], sector)
    if lowers & words.international:
        return OrgName(cue_start, end, name.text, None, sector)
    own_end = end if end > k + 1 and scan.doc[k + 1].lower_ == "of" else k + 1  # "for|on <place>": a topic
    inside = {c for a in scan.atoms if start <= a.start and a.end <= own_end and (c := scan.state_of(a))}
    return OrgName(cue_start, end, name.text, inside.pop() if len(inside) == 1 else None, sector)


def _name_span(scan: _Scan, k: int) -> tuple[int, int, bool] | None:
    """Tokens ``[start, end)`` of the name around head ``k``, and whether it is a newspaper's; None when the
    head heads no name here (a head alone, a name the KB knows, a name before a title, a headline's verb)."""
    doc, words, tok = scan.doc, scan.words, scan.doc[k]
    low = tok.is_lower and tok.text in words.low_heads
    if not (low or (tok.text in words.heads or tok.text in words.media_heads) and _proper(tok)):
        return None
    if low and not (k > 0 and (doc[k - 1].text[:1].isupper() or doc[k - 1].text == ")")):
        return None  # "the party": not a name
    paper = tok.text in words.media_heads
    start = _paper_start(doc, k) if paper else _left_edge(doc, k, words.glue)
    end = k + 1 if low or paper and start < k else _right_edge(doc, k + 1, words.glue)
    first = scan.atom_at(start)
    if first is not None and first.start == start and first.end < k and doc[first.end].text in POSSESSIVE:
        start = first.end + 1  # "Somalia's | Islamic Party": the place is the owner, not part of the name
    if start == k and end == k + 1:
        return None  # a head word alone ("the Party", "Post")
    end = _gloss_end(doc, end, words.glue) if not (low or paper) else end
    if _known(scan, start, end, k) or _followed_by_name(scan, end) or paper and _headline(doc, k) \
            or any(t.tag_.startswith("VB") for t in doc[start:end]):
        return None
    return start, end, paper


def _paper_start(doc: Doc, k: int) -> int:
    """First word of a newspaper's name ending at ``k``: plain name words only ("Los Angeles | Times")."""
    start = k
    while start > 0 and k - start < MAX_PAPER and _name_word(doc[start - 1]):
        start -= 1
    return start


def _headline(doc: Doc, k: int) -> bool:
    """Whether token ``k`` stands in a title-case headline ("Musharraf to Retain Army Post")."""
    sent = doc[k].sent if doc.has_annotation("SENT_START") else doc[:]
    return title_cased(sent, share=0.8, min_words=4)


def _proper(tok: Token) -> bool:
    return tok.text[:1].isupper() and not tok.tag_.startswith("VB")


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name ("Justice", "People", "Al-Ahram"), not a capitalised function word."""
    text = tok.text
    return text[:1].isupper() and not (tok.is_stop and text.istitle() and tok.tag_[:2] not in NAME_TAGS) \
        and not tok.is_punct and not tok.tag_.startswith("VB")


def _left_edge(doc: Doc, k: int, glue: frozenset[str]) -> int:
    """First token of the name that ends in the head at ``k``: name words, glue between them, brackets."""
    start = k
    while start > 0:
        prev = doc[start - 1]
        if _name_word(prev) and not (prev.is_sent_start and prev.is_stop):
            start -= 1
        elif prev.text == ")" and (opening := _bracket_open(doc, start - 1, glue)) is not None and opening > 0 \
                and _name_word(doc[opening - 1]):
            start = opening  # "Umma (Nation) party"
        elif (prev.lower_ in glue or prev.text in POSSESSIVE) and prev.lower_ != "the" and start - 2 >= 0 \
                and _name_word(doc[start - 2]) and _name_word(doc[start]):
            start -= 1
        else:
            break
        if k - start >= MAX_NAME:
            break
    while start < k and not _name_word(doc[start]):
        start += 1
    return start


def _right_edge(doc: Doc, end: int, glue: frozenset[str]) -> int:
    """End of "of|for [the] Name Words" after a head ("Association | of African Jurists")."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "for", "against", "on"):
        return end
    k = end + 1 + int(end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    stop = k
    while stop < len(doc) and stop - k < MAX_NAME and (_name_word(doc[stop]) or (
            doc[stop].lower_ in glue and stop + 1 < len(doc) and _name_word(doc[stop + 1]) and stop > k)):
        stop += 1
    while stop > k and not _name_word(doc[stop - 1]):
        stop -= 1
    return stop if stop > k else end


def _bracket_open(doc: Doc, close: int, glue: frozenset[str]) -> int | None:
    """The "(" of a short bracket of name words that closes at token ``close``."""
    k = close - 1
    while k > 0 and close - k <= 4 and doc[k].text != "(":
        if not (_name_word(doc[k]) or doc[k].lower_ in glue):
            return None
        k -= 1
    return k if doc[k].text == "(" and k < close - 1 else None


def _gloss_end(doc: Doc, end: int, glue: frozenset[str]) -> int:
    """End of a bracketed gloss right after a name ("Homeland Union | (Conservatives)"), else ``end``."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    k = end + 1
    while k < len(doc) and k - end <= 4 and (_name_word(doc[k]) or doc[k].lower_ in glue):
        k += 1
    return k + 1 if k < len(doc) and doc[k].text == ")" and k > end + 1 else end


def _known(scan: _Scan, start: int, end: int, head: int) -> bool:
    """A name the KB knows as a whole ("European Union", "Security Council") or whose head is a KB word."""
    for atom in scan.atoms:
        if atom.end <= start or atom.start >= end:
            continue
        if atom.start <= head < atom.end and atom.first(*KB_NAMES) or atom.first("title", "person") and \
                not atom.first(*PLACE_ENTRIES) or atom.end - atom.start >= 2 and atom.first(*KB_WHOLE):
            return True
    return False


def _followed_by_name(scan: _Scan, end: int) -> bool:
    """A title, person or capitalised word right after the name: the name only qualifies it ("Labour Party
    leader X", "Times Square")."""
    if end >= len(scan.doc):
        return False
    atom = scan.atom_at(end)
    return atom is not None and atom.first("title", "person") is not None or _name_word(scan.doc[end])


def _sector(words: OrganisationWords, name: Span, head: int, low: bool) -> str | None:
    """The head's sector refined by topic words ('' when only a cue can decide it)."""
    head_word = name[head].text
    sector = words.low_heads[head_word] if low else words.heads[head_word]
    topics = [s for t in name if (s := _topic(words, t.lower_))]
    special = next((t for t in topics if t != "PTY"), None)
    if special and (sector in ("", "NGO") or special == "REB"):
        return special
    if sector == "" and "PTY" in topics:
        return "PTY"
    return sector


def _topic(words: OrganisationWords, word: str) -> str | None:
    if word in words.topics:
        return words.topics[word]
    return next((sector for end, sector in words.suffixes.items() if word.endswith(end)), None)


def _cue(scan: _Scan, start: int) -> tuple[int, str]:
    """A party cue among the few lowercase words before a name ("the ruling", "the main opposition"):
    the new start and the cue's sector ('' none)."""
    doc, k, found = scan.doc, start, ""
    while k > 0 and start - k < MAX_CUES and doc[k - 1].is_lower and doc[k - 1].is_alpha \
            and doc[k - 1].lower_ != "the" and doc[k - 1].tag_[:2] in ("JJ", "NN", "VB"):
        k -= 1
        found = found or scan.words.cues.get(doc[k].lower_, "")
    return (k, found) if found else (start, "")


def _place_before(scan: _Scan, start: int) -> tuple[str, int] | None:
    """A state right before a name or its cue ("Turkey's | ruling ...", "Zimbabwean | opposition ...")."""
    k = start - int(start > 0 and scan.doc[start - 1].text in POSSESSIVE)
    atom = next((a for a in scan.atoms if a.end == k), None)
    country = scan.state_of(atom)
    return (country, atom.start) if country and atom is not None else None


# --- media ----------------------------------------------------------------------------------------------------
def _listed_medium(scan: _Scan, k: int) -> OrgName | None:
    """A listed newspaper or agency name starting at token ``k`` ("Le Monde", "La Prensa")."""
    doc = scan.doc
    if not doc[k].text[:1].isupper():
        return None
    for name in scan.words.media_by_first.get(scan.texts[k], ()):
        end, country = k + len(name), scan.words.media_names[name]
        if tuple(scan.texts[k:end]) == name and not (end < len(doc) and _name_word(doc[end])):
            before = _place_before(scan, k)
            if before is not None:  # "Russia's Izvestia"
                return OrgName(before[1], end, doc[k:end].text, country or before[0], MEDIA)
            return OrgName(k, end, doc[k:end].text, country or None, MEDIA)
    return None


def _media_noun(scan: _Scan, k: int) -> OrgName | None:
    """A media noun after an article or a state ("the daily", "a newspaper", "Pakistan's leading weekly"),
    with the paper's name if one follows ("the Pakistani daily Dawn")."""
    doc, tok = scan.doc, scan.doc[k]
    if not tok.is_lower or tok.text not in scan.words.media_nouns or not tok.tag_.startswith("NN") or \
            k + 1 < len(doc) and doc[k + 1].tag_.startswith("NN") and doc[k + 1].is_lower:
        return None
    start = k
    while start > 0 and k - start < MAX_CUES and doc[start - 1].is_lower and doc[start - 1].tag_[:2] in ("JJ", "VB") \
            and doc[start - 1].lower_ not in ARTICLES:
        start -= 1
    before = _place_before(scan, start)
    if before is None and (start == 0 or doc[start - 1].lower_ not in ARTICLES):
        return None
    end = k + 1
    while end < len(doc) and end - k <= 3 and _name_word(doc[end]) and scan.atom_at(end) is None \
            and not doc[end].is_sent_start:
        end += 1
    name = doc[k + 1:end].text or doc[start:k + 1].text
    return OrgName(before[1] if before else start, end, name, before[0] if before else None, MEDIA)



# --- sub-national governments -----------------------------------------------------------------------------
def _subnational(scan: _Scan, k: int) -> OrgName | None:
    """ "Sindh provincial government", "Chechnya's regional administration" (a region at ``k``) or "the
    provincial government of Sindh province" (a unit word or government noun at ``k``)."""
    region = _region_at(scan, k)
    if region is not None:
        name, end = region
        units, end = _units(scan, end)
        gov = end < len(scan.doc) and scan.doc[end].lower_ in scan.words.subgov
        return _subgov(scan, k, end + 1, name, units) if gov else None
    doc = scan.doc
    units, gov = _units(scan, k)
    if gov >= len(doc) or doc[gov].lower_ not in scan.words.subgov or gov + 1 >= len(doc) \
            or doc[gov + 1].lower_ != "of":
        return None
    at = gov + 2 + int(gov + 2 < len(doc) and doc[gov + 2].lower_ == "the")
    region = _region_at(scan, at)
    if region is None:
        return None
    more, end = _units(scan, region[1])
    return _subgov(scan, k, end, region[0], units | more)


def _region_at(scan: _Scan, k: int) -> tuple[tuple[str, ...], int] | None:
    """A listed region name starting at ``k`` that no KB place atom claims, and its end."""
    doc = scan.doc
    if not doc[k].text[:1].isupper():
        return None
    for name in scan.words.regions_by_first.get(scan.texts[k], ()):
        end = k + len(name)
        if tuple(scan.texts[k:end]) == name and not any(
                a.start < end and a.end > k and a.first("state", "demonym", "igo", "metonym") for a in scan.atoms):
            return name, end
    return None


def _units(scan: _Scan, k: int) -> tuple[set[str], int]:
    """The unit words (and a possessive) from token ``k`` on ("province 's", "provincial", "state", "local"),
    and the token after them."""
    doc, units = scan.doc, set()
    while k < len(doc) and (doc[k].lower_ in scan.words.units or doc[k].lower_ in scan.words.unit_adjectives
                            or doc[k].text in POSSESSIVE):
        if doc[k].lower_ in scan.words.units:
            units.add(scan.words.units[doc[k].lower_])
        k += 1
    return units, k


def _subgov(scan: _Scan, start: int, end: int, region: tuple[str, ...], units: set[str]) -> OrgName | None:
    """The government of a region as its state's GOV, when the region's state is certain."""
    countries = scan.words.regions[region]
    named = {countries[u] for u in units if u in countries}
    choice = set(countries.values()) if len(set(countries.values())) == 1 else named
    if len(choice) != 1:
        return None
    return OrgName(start, end, scan.doc[start:end].text, choice.pop(), GOV)


# --- leaders of communities -------------------------------------------------------------------------------
def _community(scan: _Scan, k: int) -> OrgName | None:
    """The leading members of an ethnic, religious or tribal community ("Yoruba leaders", "tribal elders",
    "Iraq's Shiite clerics", "Kurdish leaders in Iraq"): the state the mention names (before it, or "in
    <state>" after it), else the one state the community lives in, else none; clergy are REL, others CVL."""
    doc, words = scan.doc, scan.words
    if k + 1 >= len(doc) or doc[k + 1].lower_ not in words.members or not doc[k + 1].tag_.startswith("NNS"):
        return None
    home, kind = words.communities.get(doc[k].text, ("", ""))
    atom = scan.atom_at(k)
    entry = atom.first("group") if atom is not None and atom.end == k + 1 else None
    if entry is not None and (body := scan.kb.bodies.get(entry.key)) is not None and body.kind == "ethnic":
        home, kind = "", "ethnic"  # "Kurdish leaders": the KB's people, coded as such where no state is named
    elif not kind or atom is not None:
        return None
    before, end = _place_before(scan, k), k + 2
    located = _located_in(scan, end)
    country = before[0] if before else located[0] if located else home or None
    end = located[1] if located and not before else end
    sector = "REL" if kind == "religious" or words.members[doc[k + 1].lower_] == "REL" else "CVL"
    name = doc[k:k + 2].text
    if entry is not None and country is None:
        return OrgName(k, end, name, entry.key, "")
    return OrgName(before[1] if before else k, end, name, country, sector)


def _located_in(scan: _Scan, end: int) -> tuple[str, int] | None:
    """ "in [the] <state>" right after token ``end``: the state and the end of its name."""
    doc = scan.doc
    if end >= len(doc) or doc[end].lower_ != "in":
        return None
    k = end + 1 + int(end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    atom = next((a for a in scan.atoms if a.start == k), None)
    after = atom.end if atom is not None else k
    if (country := scan.state_of(atom)) is None or after < len(doc) and doc[after].text in POSSESSIVE:
        return None
    return country, after
