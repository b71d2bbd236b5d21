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
    texts = scan.texts
    if not texts[k][:1].isupper():
        return None
    for name in scan.words.media_by_first.get(texts[k], ()):
        end, country = k + len(name), scan.words.media_names[name]
        if tuple(texts[k:end]) == name and not (end < scan.size and _name_word(scan, end)):
            before = _place_before(scan, k)
            if before is not None:  # "Russia's Izvestia"
                return OrgName(before[1], end, scan.text_of(k, end), country or before[0], MEDIA)
            return OrgName(k, end, scan.text_of(k, end), country or None, MEDIA)
    return None


def _media_noun(scan: _Scan, k: int) -> OrgName | None:
    """A media noun after an article or a state ("the daily", "a newspaper", "Pakistan's leading weekly"),
    with the paper's name if one follows ("the Pakistani daily Dawn")."""
    texts, lowers, tags, size = scan.texts, scan.lowers, scan.tags, scan.size
    named = k + 1 < size and tags[k + 1] == "NNP"  # "the German daily | Bild" (tagged JJ)
    if not texts[k].islower() or texts[k] not in scan.words.media_nouns or not (tags[k].startswith("NN") or named) \
            or k + 1 < size and tags[k + 1].startswith("NN") and texts[k + 1].islower():
        return None
    start = k
    while start > 0 and k - start < MAX_CUES and texts[start - 1].islower() and tags[start - 1][:2] in ("JJ", "VB") \
            and lowers[start - 1] not in ARTICLES:
        start -= 1
    before = _place_before(scan, start)
    if before is None and (start == 0 or lowers[start - 1] not in ARTICLES):
        return None
    end = k + 1
    while end < size and end - k <= 3 and _name_word(scan, end) and scan.atom_at(end) is None \
            and not scan.opens(end):
        end += 1
    name = scan.text_of(k + 1, end) or scan.text_of(start, k + 1)
    return OrgName(before[1] if before else start, end, name, before[0] if before else None, MEDIA)


# --- sub-national governments -----------------------------------------------------------------------------
def _subnational(scan: _Scan, k: int) -> OrgName | None:
    """ "Sindh provincial government", "Chechnya's regional administration" (a region at ``k``) or "the
    provincial government of Sindh province" (a unit word or government noun at ``k``)."""
    lowers, size, subgov = scan.lowers, scan.size, scan.words.subgov
    region = _region_at(scan, k)
    if region is not None:
        name, end = region
        units, end = _units(scan, end)
        gov = end < size and lowers[end] in subgov
        return _subgov(scan, k, end + 1, name, units) if gov else None
    units, gov = _units(scan, k)
    if gov >= size or lowers[gov] not in subgov or gov + 1 >= size or lowers[gov + 1] != "of":
        return None
    at = gov + 2 + int(gov + 2 < size and lowers[gov + 2] == "the")
    region = _region_at(scan, at)
    if region is None:
        return None
    more, end = _units(scan, region[1])
    return _subgov(scan, k, end, region[0], units | more)


def _region_at(scan: _Scan, k: int) -> tuple[tuple[str, ...], int] | None:
    """A listed region name starting at ``k`` that no KB place atom claims, and its end."""
    texts = scan.texts
    if not texts[k][:1].isupper():
        return None
    for name in scan.words.regions_by_first.get(texts[k], ()):
        end = k + len(name)
        if tuple(texts[k:end]) == name and not any(
                a.start < end and a.end > k and a.first("state", "demonym", "igo", "metonym") for a in scan.atoms):
            return name, end
    return None


def _units(scan: _Scan, k: int) -> tuple[set[str], int]:
    """The unit words (and a possessive) from token ``k`` on ("province 's", "provincial", "state", "local"),
    and the token after them."""
    lowers, texts, words, units = scan.lowers, scan.texts, scan.words, set()
    while k < scan.size and (lowers[k] in words.units or lowers[k] in words.unit_adjectives or texts[k] in POSSESSIVE):
        if lowers[k] in words.units:
            units.add(words.units[lowers[k]])
        k += 1
    return units, k


def _subgov(scan: _Scan, start: int, end: int, region: tuple[str, ...], units: set[str]) -> OrgName | None:
    """The government of a region as its state's GOV, when the region's state is certain."""
    countries = scan.words.regions[region]
    named = {countries[u] for u in units if u in countries}
    choice = set(countries.values()) if len(set(countries.values())) == 1 else named
    if len(choice) != 1:
        return None
    return OrgName(start, end, scan.text_of(start, end), choice.pop(), GOV)


# --- leaders of communities -------------------------------------------------------------------------------
def _community(scan: _Scan, k: int) -> OrgName | None:
    """The leading members of an ethnic, religious or tribal community ("Yoruba leaders", "tribal elders",
    "Iraq's Shiite clerics", "Kurdish leaders in Iraq"): the state the mention names (before it, or "in
    <state>" after it), else the one state the community lives in, else none; clergy are REL, others CVL."""
    words, lowers = scan.words, scan.lowers
    if k + 1 >= scan.size or lowers[k + 1] not in words.members or not scan.tags[k + 1].startswith("NNS"):
        return None
    home, kind = words.communities.get(scan.texts[k], ("", ""))
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
    sector = "REL" if kind == "religious" or words.members[lowers[k + 1]] == "REL" else "CVL"
    name = scan.text_of(k, k + 2)
    if entry is not None and country is None:
        return OrgName(k, end, name, entry.key, "")
    return OrgName(before[1] if before else k, end, name, country, sector)


def _located_in(scan: _Scan, end: int) -> tuple[str, int] | None:
    """ "in [the] <state>" right after token ``end``: the state and the end of its name."""
    lowers, size = scan.lowers, scan.size
    if end >= size or lowers[end] != "in":
        return None
    k = end + 1 + int(end + 1 < size and lowers[end + 1] == "the")
    atom = next((a for a in scan.atoms if a.start == k), None)
    after = atom.end if atom is not None else k
    if (country := scan.state_of(atom)) is None or after < size and scan.texts[after] in POSSESSIVE:
        return None
    return country, after
