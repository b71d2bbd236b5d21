"""Organisations named by a noun or a place rather than a name of their own: newspapers and agencies ("the
Pakistani daily Dawn", "Le Monde"), sub-national governments ("the Sindh provincial government") and the
leaders of communities ("Yoruba leaders", "tribal elders in Waziristan")."""

from __future__ import annotations

from .orgwords import (
    ARTICLES,
    GOV,
    MAX_CUES,
    MEDIA,
    POSSESSIVE,
    OrgName,
    _name_word,
    _place_before,
    _Scan,
)


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
    named = k + 1 < len(doc) and doc[k + 1].tag_ == "NNP"  # "the German daily | Bild" (tagged JJ)
    if not tok.is_lower or tok.text not in scan.words.media_nouns or not (tok.tag_.startswith("NN") or named) or \
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
