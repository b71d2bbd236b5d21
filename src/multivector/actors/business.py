"""Company names as business actors, and central banks as their state's government.

A run of capitalised name words is a company when it holds a corporate form after its first word ("Chrysler
Corp", "Hutton Group Inc"), ends in a business head noun ("Texas Instruments", "Japan Air Lines"), is a bank
named "Bank of <Name>" ("Bank of America"), or is a listed name without such a word ("Royal Dutch Shell").
Such a name is one mention of kind ``business`` coded by the state the name or the words before it give
("Japan Air Lines" -> JPNBUS, "Japanese carmaker Toyota Motor Corp" -> JPNBUS, "Ecolab Co of the United
States" -> USABUS), else plain ``BUS``; the places and persons inside the name are no actors of their own.

Central banks ("the Bank of England", "the Bundesbank", "Brazil's central bank") are their state's monetary
authority: coded ``<country>GOV`` with the bank's name. State-owned companies are coded as businesses of
their state (``KWTBUS`` for the Kuwait Oil Company), like any company: CAMEO's BUS sector does not depend on
who owns the shares, and their market acts are no acts of government. The KB wins over these rules: a name
the KB knows as a whole (the World Bank, the West Bank) is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .. import tokens
from ..errors import ActorDataError
from ..model import ActorRef, Mention
from .conventions import HYPHENS, mention_of
from .lexicon import plural
from .tables import read_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..tokens import TokenArrays

    from .kb import ActorKB
    from .matching import Atom

BUSINESS = "BUS"
CENTRAL_BANK = "central_bank"  # the role of a central bank's actor: monetary authority of its state
KIND = "business"
PLACE_ENTRIES = ("state", "demonym", "metonym")
KB_NAMES = ("igo", "ngo", "group", "armed", "legislature")  # bodies the KB names as a whole
NAME_JOINERS = frozenset({"&", "-", "/", "'s"})
WORD_KINDS = ("form", "head", "weak", "bank", "public", "noun", "industry", "industry_noun")  # the kind column of business_words.csv
MAX_NAME_WORDS = 7
MAX_DESCRIPTOR_WORDS = 3  # "Japanese | car parts maker | Toyota Motor Corp"
TITLE_NAME_WORDS = 3  # "Chrysler Corp Chairman | Lee A. Iacocca"
MAX_DESCRIBED_WORDS = 3  # "Mexican state oil firm | Petroleos Mexicanos"
BASED = "-based"
SEAT_END = frozenset({",", ".", ")", ";", ":"})  # "Nakamichi Corp, Tokyo, ...": Tokyo is its seat
NO_NAME_ENTITIES = frozenset({"DATE", "TIME"})  # "the company Monday"
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?")


@dataclass(frozen=True)
class BusinessWords:
    """The word lists of business names (``actors/data/business_*.csv``, ``central_banks.csv``)."""

    forms: frozenset[str]
    heads: frozenset[str]
    weak: frozenset[str]  # heads that need a corporate form too ("Group")
    banks: frozenset[str]  # heads that may take "of <Name>" ("Bank of America")
    names: dict[tuple[str, ...], str]  # known company names without a head word -> ISO3
    central: dict[tuple[str, ...], str]  # central bank names -> ISO3
    first_words: frozenset[str] = frozenset()  # first words of listed names, for a quick test
    phrases: tuple[tuple[tuple[str, ...], bool], ...] = ()  # listed names, longest first, and if central
    by_first: dict[str, tuple[tuple[tuple[str, ...], bool], ...]] = field(default_factory=dict)  # phrases by first word
    keys: frozenset[str] = frozenset()  # every word a company name needs one of
    public: frozenset[str] = frozenset()  # words after a head that make the name a public body ("Oil Minister")
    nouns: frozenset[str] = frozenset()  # business nouns before a name ("Japanese carmaker | Toyota")
    industries: frozenset[str] = frozenset()  # industries that make a group noun a business ("clothing group")
    industry_nouns: frozenset[str] = frozenset()  # nouns that are businesses only after an industry ("group")
    strong: frozenset[str] = frozenset()  # forms, heads and weak heads: a company name holds one of them
    spotted: frozenset[str] = frozenset()  # the texts a name or noun is found from: keys ("Corp", "Corp."), nouns
    spotted_lower: frozenset[str] = frozenset()  # their lower-case forms, tested against a Doc's word set first


@dataclass(frozen=True)
class BusinessName:
    """A company or central bank named by tokens ``[start, end)`` (with the words that give its country and a
    title and person after it: "Japanese carmaker Toyota Motor Corp President Shoichiro Toyoda")."""

    start: int
    end: int
    name: str
    country: str | None
    central: bool
    person: str | None = None


def _data_dir() -> Path:
    return Path(str(resources.files("multivector.actors") / "data"))


def _phrases(path: Path) -> dict[tuple[str, ...], str]:
    return {tuple(r["name"].replace("/", " / ").split()): r["country"] for _, r in read_rows(path) if r.get("name")}


@lru_cache(maxsize=1)
def load_business_words(data: Path | None = None) -> BusinessWords:
    """The packaged business word lists (or those of another folder)."""
    data = data or _data_dir()
    path = data / "business_words.csv"
    kinds: dict[str, set[str]] = {kind: set() for kind in WORD_KINDS}
    for line, row in read_rows(path):
        if row.get("kind") not in kinds or not row.get("word"):
            raise ActorDataError(f"business word needs a word and a kind in {sorted(kinds)}", source=str(path),
                                 line=line)
        kinds[row["kind"]].add(row["word"])
    names, central = _phrases(data / "business_names.csv"), _phrases(data / "central_banks.csv")
    listed = [(p, True) for p in central] + [(p, False) for p in names]
    heads = kinds["head"] | kinds["bank"]
    strong = kinds["form"] | heads | kinds["weak"]
    keys = strong | {p[0] for p, _ in listed}
    nouns = kinds["noun"] | {plural(w) for w in kinds["noun"]}
    industry_nouns = kinds["industry_noun"] | {plural(w) for w in kinds["industry_noun"]}
    spotted = keys | {k + "." for k in keys} | nouns | industry_nouns
    return BusinessWords(forms=frozenset(kinds["form"]), heads=frozenset(heads), weak=frozenset(kinds["weak"]),
                         banks=frozenset(kinds["bank"]), names=names, central=central,
                         first_words=frozenset(p[0] for p, _ in listed),
                         phrases=(phrases := tuple(sorted(listed, key=lambda pc: -len(pc[0])))),
                         by_first={w: tuple(pc for pc in phrases if pc[0][0] == w) for w in {p[0] for p, _ in listed}},
                         keys=frozenset(keys), public=frozenset(w.lower() for w in kinds["public"]),
                         nouns=frozenset(nouns), industries=frozenset(kinds["industry"]),
                         industry_nouns=frozenset(industry_nouns), strong=frozenset(strong),
                         spotted=frozenset(spotted), spotted_lower=frozenset(w.lower() for w in spotted))


# --- finding names ----------------------------------------------------------------------------------------
def business_names(doc: Doc, atoms: Iterable[Atom], kb: ActorKB,
                   words: BusinessWords | None = None) -> list[BusinessName]:
    """Company and central-bank names of a Doc, in text order, not overlapping."""
    words = words or load_business_words()
    arrays = tokens.of(doc)
    if arrays.word_set.isdisjoint(words.spotted_lower):
        return []  # most texts name no company: one set test on the Doc's lower-case words
    texts = arrays.texts
    # the key words ("Corp", "Corp." read as "Corp": spaCy splits an ellipsis off a word, so a word ends in at
    # most one dot) and business nouns
    spots = tokens.positions(texts, words.spotted)
    keys = [k for k in spots if _key_word(texts[k], words)]
    nouns = {k for k in spots if _business_noun(texts, k, words)}
    # a company name holds a form or head among its first MAX_NAME_WORDS tokens (a bank's "of <Name>" tail
    # follows its bank word), so only a token close enough before one may start a run of name words; a listed
    # name starts at its own key word
    runs = {j for k in keys if _word(arrays, k) in words.strong
            for j in range(max(0, k - MAX_NAME_WORDS + 1), k + 1)}
    starts = runs.union(k for k in keys if texts[k] in words.first_words)
    if not starts and not nouns:
        return []
    atoms = list(atoms)
    titles = frozenset(a.start for a in atoms if "title" in a.kinds) if runs else frozenset()
    out: list[BusinessName] = []
    i = 0
    for k in sorted(starts | nouns):  # every other token starts nothing: the scan jumps over it
        if k < i:
            continue
        i, found = k, None
        if texts[i][:1].isupper():  # a capitalised noun is read as a name word, never as a business noun
            found = _listed(doc, i, words, texts) or (_run_name(doc, i, titles, words) if i in runs else None)
        elif i in nouns and (described := _described(doc, i, atoms, kb, words)) is not None:
            out.append(described)
            i = described.end
            continue
        if found is None:
            continue
        start, end, central = found
        if not _known_to_kb(atoms, start, end):
            out.append(_located(doc, start, end, central, atoms, kb, words))
        i = end
    return out


def _key_word(text: str, words: BusinessWords) -> bool:
    """A word a name may hold ("Corp", "Corp.", a listed name's first word) or a business noun."""
    return text in words.keys or text.rstrip(".") in words.keys or text in words.nouns


def _listed(doc: Doc, i: int, words: BusinessWords, texts: list[str]) -> tuple[int, int, bool] | None:
    """A listed central bank or company name starting at token ``i`` (longest first)."""
    if texts[i] not in words.first_words:
        return None
    for phrase, central in words.by_first.get(texts[i], ()) if words.by_first else words.phrases:
        if phrase[0] == texts[i] and tuple(texts[i:i + len(phrase)]) == phrase:
            return i, _with_forms(doc, i + len(phrase), words), central
    return None


def _run_name(doc: Doc, i: int, titles: frozenset[int], words: BusinessWords) -> tuple[int, int, bool] | None:
    """A run of name words starting at ``i`` that is a company name, as (start, end, central)."""
    arrays = tokens.of(doc)
    texts, size = arrays.texts, arrays.size
    if not _name_word(arrays, i, words) or (i > 0 and _name_word(arrays, i - 1, words) and not _opens(doc, i - 1)) \
            or (texts[i].istitle() and arrays.stops[i]):  # "The Bank of England": the name starts after it
        return None
    end = i
    while end < size and end - i < MAX_NAME_WORDS and (_name_word(arrays, end, words) or _joined(arrays, i, end)):
        if end > i and (_opens(doc, end) or end in titles and _word(arrays, end) not in words.heads
                        or _word(arrays, end - 1) in words.forms and _word(arrays, end) not in words.forms):
            break  # a new sentence, a title after the name ("GM Chairman ..."), or past its corporate form
        end += 1
        if _word(arrays, end - 1) in words.banks and (tail := _of_name(doc, end)) > end:
            end = tail
    while end > i and texts[end - 1] in NAME_JOINERS:
        end -= 1
    if _public_body(doc, end, words):
        return None
    text = [_word(arrays, k) for k in range(i, end)]
    has_form = any(w in words.forms for w in text[1:])
    head = _last_head(text, words)
    bank_of = any(w in words.banks for w in text) and "of" in text
    if not (has_form or head or bank_of) or (head in words.weak and not has_form):
        return None
    central = bool({"Central", "Reserve"} & set(text)) and any(w in words.banks for w in text)
    return (i, end, central) if end - i >= 2 else None


def _public_body(doc: Doc, end: int, words: BusinessWords) -> bool:
    """A head word that qualifies a public body or office after it: "Saudi Oil | Minister", "the Mining | and
    Energy Ministry", "Securities and Exchange | Commission"."""
    arrays, k = tokens.of(doc), end
    texts, lowers = arrays.texts, arrays.lowers
    if k + 1 < len(doc) and lowers[k] in ("and", "&") and _word(arrays, k + 1) not in words.forms:
        k += 1
    for pos in range(k, min(k + 3, len(doc))):
        if lowers[pos] in words.public:
            return True
        if not texts[pos][:1].isupper():
            return False
    return False


def _last_head(text: list[str], words: BusinessWords) -> str | None:
    """The head noun a name ends in, before any corporate forms ("Mitsubishi Heavy Industries | Ltd")."""
    core = list(text)
    while len(core) > 1 and core[-1] in words.forms:
        core.pop()
    last = core[-1]
    return last if len(core) >= 2 and (last in words.heads or last in words.weak) else None


def _word(arrays: TokenArrays, k: int) -> str:
    """Token ``k``'s text without an abbreviation's dot ("Corp." -> "Corp")."""
    texts = arrays.texts
    text = texts[k]
    if not arrays.spaces[k] and k + 1 < arrays.size and texts[k + 1] == "-":
        return text + "-"  # "Gulf Co-operation Council": no corporate form
    return text[:-1] if len(text) > 2 and text.endswith(".") and text[-2].isalpha() else text


def _name_word(arrays: TokenArrays, k: int, words: BusinessWords) -> bool:
    text = _word(arrays, k)
    if text in words.forms or text in words.heads or text in words.weak:
        return True
    # an upper-case first letter is no punctuation (Token.is_punct); a headline's verb is no name: "X Accuses Cos"
    if not text[:1].isupper() or arrays.tags[k].startswith("VB"):
        return False
    return (text.istitle() or text.isupper() or _INITIALS.fullmatch(text) is not None
            or any(c.isupper() for c in text[1:])) and not (text.istitle() and k > 0
                                                           and not arrays.texts[k - 1][:1].isupper()
                                                           and arrays.stops[k])


def _opens(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a sentence (a Doc without sentence marks opens only at token 0)."""
    return tokens.opens_sentence(doc, k)


def _joined(arrays: TokenArrays, start: int, k: int) -> bool:
    """'&' or a hyphen inside a name ("Procter & Gamble"), or 'and' before a form ("Merck and Co"); never at
    its edges."""
    texts = arrays.texts
    if k <= start or k + 1 >= len(texts) or not texts[k + 1][:1].isupper():
        return False
    if texts[k] == "-":  # "Rolls-Royce", not a dateline's "NEW YORK - Investors"
        return not arrays.spaces[k] and not arrays.spaces[k - 1]
    return texts[k] in NAME_JOINERS or arrays.lowers[k] == "and" \
        and _word(arrays, k + 1) in load_business_words().forms


def _of_name(doc: Doc, end: int) -> int:
    """End of "of [the] Name Words" after a bank word ("Bank of | New England"), else ``end``."""
    arrays, k = tokens.of(doc), end
    texts, lowers = arrays.texts, arrays.lowers
    if k >= len(texts) or lowers[k] != "of":
        return end
    k += 1 + int(k + 1 < len(texts) and lowers[k + 1] == "the")
    stop = k
    while stop < len(texts) and stop - k < 4 and texts[stop][:1].isupper():  # so no punctuation
        stop += 1
    return stop if stop > k else end


def _with_forms(doc: Doc, end: int, words: BusinessWords) -> int:
    arrays = tokens.of(doc)
    while end < len(doc) and (_word(arrays, end) in words.forms | words.heads | words.weak):
        end += 1
    return end


def _known_to_kb(atoms: list[Atom], start: int, end: int) -> bool:
    """A name the KB knows as a whole body or place ("World Bank", "West Bank", "Asian Development Bank")."""
    return any(a.start < end and a.end == end and (a.first(*KB_NAMES) or a.start <= start and a.end - a.start >= 2
                                                   and a.first(*PLACE_ENTRIES)) for a in atoms)


# --- country, title and mention ---------------------------------------------------------------------------
def _located(doc: Doc, start: int, end: int, central: bool, atoms: list[Atom], kb: ActorKB,
             words: BusinessWords) -> BusinessName:
    """The name with its country: a place inside it, else "of [the] <place>" after it, else a place before it."""
    name = tokens.span_text(doc, start, end)
    country = _listed_country(doc, start, end, words) or next((c for a in atoms if start <= a.start < end and (c := _state_of(a, kb))), None)
    if country is None and (after := _place_after(doc, atoms, kb, end)) is not None:
        country, end = after
    if country is None and tokens.lowers(doc)[start].endswith(BASED):  # the name's own first word: "U.S.-based"
        country = (_base_before(doc, atoms, kb, start + 1) or (None, start))[0]
    if country is None and (before := _place_before(doc, atoms, kb, start, words)) is not None:
        country, start = before
    end, person = _titled_person(doc, atoms, end)
    return BusinessName(start, end, name, country, central, person)


def _listed_country(doc: Doc, start: int, end: int, words: BusinessWords) -> str | None:
    """The country of a listed name the tokens begin with ("General Motors | Corp")."""
    name = tuple(tokens.texts(doc)[start:end])
    for table in (words.central, words.names):
        found = [c for phrase, c in table.items() if name[:len(phrase)] == phrase]
        if found:
            return found[0]
    return None


def _state_of(atom: Atom, kb: ActorKB) -> str | None:
    if atom.first("person", *KB_NAMES) and not atom.first(*PLACE_ENTRIES):
        return None
    entry = atom.first(*PLACE_ENTRIES)
    return entry.key if entry is not None and entry.key in kb.states else None


def _place_after(doc: Doc, atoms: list[Atom], kb: ActorKB, end: int) -> tuple[str, int] | None:
    """A place after the name: "Ecolab Co | of the United States", "Nakamichi Corp, | Tokyo," (its seat, in
    apposition); its country and the new end. A closing ticker bracket ("<Ecolab Co>") is skipped."""
    arrays = tokens.of(doc)
    texts, lowers, size = arrays.texts, arrays.lowers, arrays.size
    k = end + int(end < size and texts[end] == ">")
    if k >= size or texts[k] not in ("of", ","):
        return None
    of = texts[k] == "of"
    k += 1 + int(of and k + 1 < size and lowers[k + 1] == "the")
    atom = next((a for a in atoms if a.start == k), None)
    country = _state_of(atom, kb) if atom is not None else None
    if country is None or atom is None:
        return None
    closes = atom.end >= size or texts[atom.end] in SEAT_END or lowers[atom.end] == "and"
    return (country, atom.end) if of or closes else None


def _place_before(doc: Doc, atoms: list[Atom], kb: ActorKB, start: int, words: BusinessWords
                  ) -> tuple[str, int] | None:
    """A state or demonym before the name, right before it ("Japan's Sony Corp"), before a few descriptive
    lowercase words ("the West German chemicals group Hoechst AG") or, in apposition, before a business noun
    ("the company's Canadian affiliate, The Brick Warehouse Ltd"): its country and the new start."""
    arrays = tokens.of(doc)
    texts, lowers, tags = arrays.texts, arrays.lowers, arrays.tags
    k = start - int(start > 0 and lowers[start - 1] == "the")
    apposed = k > 0 and texts[k - 1] == ","
    k = k - 1 if apposed else start
    if k > 0 and texts[k - 1] in ("'s", "\u2019s"):
        k -= 1
    noun = k
    while k > 0 and noun - k < MAX_DESCRIPTOR_WORDS and texts[k - 1].islower() and texts[k - 1].isalpha() \
            and not arrays.stops[k - 1] and (not tags[k - 1] or tags[k - 1][:2] in ("NN", "JJ")):
        k -= 1
    if apposed and (k == noun or texts[noun - 1] not in words.nouns):
        return None
    if k < noun and k > 0 and texts[k - 1] in ("'s", "\u2019s"):  # "Brazil's | central bank"
        k -= 1
    if (based := _base_before(doc, atoms, kb, k)) is not None:
        return based
    atom = next((a for a in atoms if a.end == k), None)
    country = _state_of(atom, kb) if atom is not None else None
    return (country, atom.start) if country and atom is not None else None


def _base_before(doc: Doc, atoms: list[Atom], kb: ActorKB, k: int) -> tuple[str, int] | None:
    """The place in "<place>-based" right before token ``k`` ("U.S.-based | Newmont Mining", "London-based |
    BP"): a company's country is its base, not where the story happens; its country and the new start."""
    arrays = tokens.of(doc)
    texts, spaces = arrays.texts, arrays.spaces
    if k >= 1 and (word := texts[k - 1]).lower().endswith(BASED) and len(word) > len(BASED):
        ref = kb.resolve(word[:-len(BASED)])  # one token: "U.S.-based"
        return (ref.country, k - 1) if ref is not None and ref.country in kb.states else None
    if k < 3 or arrays.lowers[k - 1] != BASED[1:] or texts[k - 2] not in HYPHENS or spaces[k - 2] or spaces[k - 3]:
        return None
    atom = next((a for a in atoms if a.end == k - 2), None)
    country = _state_of(atom, kb) if atom is not None else None
    return (country, atom.start) if country and atom is not None else None


def _business_noun(texts: list[str], i: int, words: BusinessWords) -> bool:
    """A business noun ("firm", "carmakers"), or a group noun after an industry ("clothing group"; never
    "militant group", "rights group")."""
    if texts[i] in words.nouns:
        return True
    return texts[i] in words.industry_nouns and i > 0 and texts[i - 1] in words.industries


def _described(doc: Doc, noun: int, atoms: list[Atom], kb: ActorKB, words: BusinessWords) -> BusinessName | None:
    """A name after a place and a business noun, without a head word of its own ("Mexican state oil firm |
    Petroleos Mexicanos", "Russian oil giant | Yukos"; never a name the KB knows: a person, body or place),
    or the place and noun alone ("the French company", "Japan's central bank")."""
    arrays = tokens.of(doc)
    texts, lowers = arrays.texts, arrays.lowers
    end = noun + 1
    while end < arrays.size and end - noun <= MAX_DESCRIBED_WORDS and texts[end][:1].isupper() \
            and texts[end].isalpha() and not _opens(doc, end):
        end += 1
    if any(a.start < end and a.end > noun + 1 for a in atoms):
        return None
    central = lowers[noun] == "bank" and lowers[noun - 1] == "central"  # "the Japanese central bank"
    before = _place_before(doc, atoms, kb, noun + 1, words)
    if before is None and central and end == noun + 1:
        return _bare_central_bank(doc, noun, atoms, kb)
    if before is None:
        return _cued_name(doc, noun, end)
    name = tokens.span_text(doc, noun + 1 if end > noun + 1 else before[1], end)  # else "the French company"
    return BusinessName(before[1], end, name, before[0], central)


def _cued_name(doc: Doc, noun: int, end: int) -> BusinessName | None:
    """A capitalised name right after a business noun with no place before it ("airline Alitalia", "engineering
    group Alstom"): a company of no stated country (``BUS``). The noun is the cue; a date word is no name."""
    arrays = tokens.of(doc)
    if end == noun + 1 or not NO_NAME_ENTITIES.isdisjoint(arrays.ent_types[noun + 1:end]):
        return None
    if end < arrays.size and not arrays.spaces[end - 1] and arrays.texts[end] in HYPHENS:
        return None  # "retailer Wal-Mart": the name goes on past the words read
    start = noun - int(noun > 0 and arrays.lowers[noun] not in load_business_words().nouns)  # "engineering | group"
    return BusinessName(start, end, tokens.span_text(doc, noun + 1, end), "", False)


def _bare_central_bank(doc: Doc, noun: int, atoms: list[Atom], kb: ActorKB) -> BusinessName | None:
    """ "the central bank" without a place of its own is the bank of the one state its sentence names before
    it ("In Nigeria, the central bank raised rates" -> NGAGOV); with none or several named, it is no mention
    (a conservative rule: other sentences may be about other states, and a state named after the bank is
    often its counterpart: "the central bank met Chinese officials")."""
    start = noun - 2
    if start < 0 or tokens.lowers(doc)[start] != "the":
        return None
    sentence_start = tokens.sentence_range(doc, noun)[0]
    states = {c for a in atoms if sentence_start <= a.start < start and (c := _state_of(a, kb))}
    if len(states) != 1:
        return None
    return BusinessName(start, noun + 1, tokens.span_text(doc, start, noun + 1), states.pop(), True)


def _titled_person(doc: Doc, atoms: list[Atom], end: int) -> tuple[int, str | None]:
    """A title and a name right after a company name are its officer ("Chrysler Corp Chairman Lee Iacocca")."""
    title = next((a for a in atoms if a.start == end and a.first("title")), None)
    if title is None:
        return end, None
    texts, stop = tokens.texts(doc), title.end
    # a word that starts with an upper-case letter is never punctuation (Token.is_punct)
    while stop < len(texts) and stop - title.end < TITLE_NAME_WORDS and texts[stop][:1].isupper():
        stop += 1
    return (stop, tokens.span_text(doc, title.end, stop)) if stop > title.end else (end, None)


def business_ref(kb: ActorKB, found: BusinessName) -> ActorRef:
    """A company as ``<country>BUS`` (else ``BUS``); a central bank as ``<country>GOV``."""
    name = found.person or found.name
    if found.central:  # "the Reserve Bank" of an unnamed country: a bare GOV, like "the police" -> COP
        prefix = kb.cameo_of(found.country) if found.country else ""
        return ActorRef(text="", id=None, name=name, code=prefix + "GOV", country=found.country, sector="GOV",
                        role=CENTRAL_BANK)
    code = (kb.cameo_of(found.country) if found.country else "") + BUSINESS
    return ActorRef(text="", id=None, name=name, code=code, country=found.country, sector=BUSINESS, role=None)


def business_mentions(doc: Doc, atoms: list[Atom], kb: ActorKB) -> tuple[list[Mention], list[Atom]]:
    """Business (and central bank) mentions of a Doc and the atoms outside them, for composing the rest."""
    names = business_names(doc, atoms, kb)
    if not names:
        return [], atoms
    mentions = [mention_of(doc, n.start, n.end, business_ref(kb, n), KIND) for n in names]
    mentions += _short_names(doc, atoms, mentions, load_business_words())
    mentions.sort(key=lambda m: m.start_token)
    covered = {k for m in mentions for k in range(m.start_token, m.end_token)}
    return mentions, [a for a in atoms if covered.isdisjoint(range(a.start, a.end))]


def _short_names(doc: Doc, atoms: list[Atom], named: list[Mention], words: BusinessWords) -> list[Mention]:
    """A person-name atom that repeats a word of a company named earlier is that company ("E.F. Hutton Group
    Inc ... Hutton said": not a British minister)."""
    out = []
    for atom in atoms:
        if not atom.first("person") or atom.first(*PLACE_ENTRIES, *KB_NAMES):
            continue
        text = tokens.span_text(doc, atom.start, atom.end)
        earlier = next((m for m in named if m.end_token <= atom.start and text in _own_words(m, words)), None)
        if earlier is not None:
            out.append(mention_of(doc, atom.start, atom.end, earlier.actor, KIND))
    return out


def _own_words(mention: Mention, words: BusinessWords) -> set[str]:
    """The distinctive words of a company name: not its forms, heads or joiners."""
    return {w for w in mention.text.replace(".", " ").split() + mention.text.split()
            if w[:1].isupper() and w not in words.forms | words.heads | words.weak}
