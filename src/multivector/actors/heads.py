"""The sector noun that heads a noun phrase after a place: "Afghan election officials" -> AFGGOV, "Nigerian
Islamist rebels" -> NGAREB, "Iraqi government officials" -> IRQGOV, "Afghan government forces" -> AFGMIL.

Two general constructions, both inside one noun phrase that a place opens:

* **Compound modifiers.** Up to ``MAX_MODIFIERS`` common-noun or adjective words that are no actor words may
  stand between the place and the sector noun ("election", "cabinet", "Islamist"); the sector noun must end
  the noun phrase (no lowercase noun follows it: "Iraqi election officials' report" yes, "Japanese car firms"
  too, but not "Afghan election officials office"). The same holds for a sector noun that takes no country
  from context right after the place: "Iraq hostage mediators" are no hostages ("Israeli tank fire" is
  the army's).
* **A region before the noun.** A listed sub-national region (``regions.csv``) whose state is certain codes
  the group noun right after it, or after "in" it, by that state: "Darfur rebels", "rebels in Aceh" ->
  SDNREB, IDNREB. A region two states share (Punjab, Kashmir) gives nothing.
* **Stacked sector nouns.** Adjacent sector nouns ("government officials", "army officials", "police
  commandos") are one mention. The more specific sector wins: a modifier's sector beats the head's, except
  the generic government sector, which gives way to the head's ("government forces" -> MIL, "army officials"
  -> MIL, "government officials" -> GOV, "opposition lawmakers" -> OPP).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .lexicon import Entry
    from .orgwords import OrganisationWords
    from .matching import Atom
    from .tables import SectorWord

MAX_MODIFIERS = 2
MODIFIER_TAGS = frozenset({"NN", "NNS", "JJ"})
GENERIC_SECTOR = "GOV"
MAX_REGION_WORDS = 3
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "Afghan election officials yesterday said"
_NOT_STACKED = frozenset({"title", "person", "state", "demonym"})  # kinds of a sector atom that ends a stack
_NOT_HEADS = _NOT_STACKED | {"titles"}  # kinds of a sector atom that heads no noun phrase after a place


def modified_sector(doc: Doc, atoms: list[Atom], i: int, sectors: dict[str, SectorWord]) -> int | None:
    """Index of a sector atom that heads the noun phrase opened by atom ``i`` over one or two modifier words
    ("Afghan | election | officials"), or None."""
    if i + 1 >= len(atoms):
        return None
    start, nxt = atoms[i].end, atoms[i + 1]
    if not 0 < nxt.start - start <= MAX_MODIFIERS or not all(_modifier(doc, k) for k in range(start, nxt.start)):
        return None
    if "sector" not in nxt.kinds or not nxt.kinds.isdisjoint(_NOT_HEADS):
        return None
    return i + 1 if ends_phrase(doc, atoms[sector_run(atoms, i + 1, sectors)[1]].end) else None


def region_of(doc: Doc, start: int, end: int, words: OrganisationWords) -> tuple[str, int, int] | None:
    """The state of a region (``words.regions``) right before a group noun at tokens ``[start, end)`` ("Darfur |
    rebels"), or after it with "in" ("rebels | in Darfur"), and the mention's new bounds; None when no listed
    region of a single state is there."""
    texts, regions = tokens.texts(doc), words.regions  # the ORTH texts read once per Doc: no Token objects
    if not (start > 0 and texts[start - 1] in words.regions_last or end < len(texts) and texts[end].lower() == "in"):
        return None  # no region name can end right before the noun, and no "in" follows it
    for n in range(MAX_REGION_WORDS, 0, -1):
        before = tuple(texts[max(start - n, 0):start]) if start >= n else ()
        if (state := _one_state(regions.get(before))) is not None:
            return state, start - n, end
        after = tuple(texts[end + 1:end + 1 + n])
        if end + n < len(doc) and texts[end].lower() == "in" and (state := _one_state(regions.get(after))):
            return state, start, end + 1 + n
    return None


def _one_state(units: dict[str, str] | None) -> str | None:
    states = set(units.values()) if units else set()
    return states.pop() if len(states) == 1 else None


def sector_run(atoms: list[Atom], j: int, sectors: dict[str, SectorWord]) -> tuple[Entry, int]:
    """The sector entry a run of adjacent sector atoms from ``j`` stands for, and the run's last atom index."""
    entry = atoms[j].first("sector")
    assert entry is not None
    k = j
    while k + 1 < len(atoms) and atoms[k + 1].start == atoms[k].end and (nxt := atoms[k + 1].first("sector")) \
            and atoms[k + 1].kinds.isdisjoint(_NOT_STACKED):
        if sectors[entry.key].sector == GENERIC_SECTOR:
            entry = nxt
        k += 1
    return entry, k


def _modifier(doc: Doc, k: int) -> bool:
    arrays = tokens.of(doc)
    text, tag = arrays.texts[k], arrays.tags[k]
    if not text.isalpha() or tag not in MODIFIER_TAGS:
        return False
    return text.islower() or tag == "JJ"  # "Islamist rebels"


def ends_phrase(doc: Doc, end: int) -> bool:
    """Whether a noun phrase may end before token ``end``: no lowercase common noun follows (capitalised
    words are left alone, as headlines tag their verbs as nouns: "Iraqi Police Kill Five")."""
    if end >= len(doc):
        return True
    return not (tokens.tags(doc)[end] in ("NN", "NNS") and tokens.texts(doc)[end].islower()) \
        or tokens.ent_types(doc)[end] in TIME_ENTITIES
