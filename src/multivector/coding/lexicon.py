"""Lemmas of verbs and nouns without spaCy's lemmatizer (the pipeline excludes it for speed).

Irregular forms come from package data (``irregular_verbs.csv``, ``irregular_nouns.csv``); regular forms are
undone by suffix rules. When a rule leaves two candidates ("invited" → "invit" / "invite"), the one that is a
known lemma (pattern, word-list or irregular-verb lemma) wins; otherwise a spelling heuristic decides.
Word lists for the attribution module are here too: ``reporting_verbs()`` and ``intent_verbs()``.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from multivector.coding.ontology import DATA_DIR, read_csv, split_multi

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

VOWELS = frozenset("aeiou")
# stems that take a final "e" back when the -ed/-ing ending is removed ("sanctioned" no, "invited" yes)
E_ENDINGS = ("at", "iz", "is", "ys", "yz", "us", "ur", "iv", "ag", "ut", "id", "ul", "ud", "ot",
             "ov", "os", "as", "ar", "ir", "uc", "ac", "ic", "rc", "rg", "ng", "dg", "ns", "rs", "bl", "pl",
             "gl", "cl", "tl", "kl", "dl", "fl", "rv", "lv", "ll", "mm")
KEEP_DOUBLE = frozenset("lsz")
# no English verb ends in -v, -iat, -uat or a vowel pair before s, z or c: the e was dropped ("caus" -> "cause",
# "reliev" -> "relieve", "evaluat" -> "evaluate"); "bias" is the exception
E_AFTER_VOWEL_PAIR = ("v", "iat", "uat", "uad", "ieg", *(a + b + c for a in "aeiou" for b in "aeiou" for c in "szc"))
NO_E_AFTER_VOWEL_PAIR = ("ias",)


@functools.lru_cache(maxsize=1)
def _irregular_verbs() -> dict[str, str]:
    table: dict[str, str] = {}
    for _, row in read_csv(DATA_DIR / "irregular_verbs.csv", ("lemma", "past", "past_participle")):
        for form in split_multi(row["past"]) + split_multi(row["past_participle"]):
            table.setdefault(form.lower(), row["lemma"])
    return table


@functools.lru_cache(maxsize=1)
def _irregular_nouns() -> dict[str, str]:
    return {row["plural"].lower(): row["singular"]
            for _, row in read_csv(DATA_DIR / "irregular_nouns.csv", ("plural", "singular"))}


@functools.lru_cache(maxsize=1)
def _word_list(name: str) -> dict[str, str]:
    return {row["lemma"]: row["kind"] for _, row in read_csv(DATA_DIR / name, ("lemma", "kind"))}


def reporting_verbs() -> dict[str, str]:
    """Reporting-verb lemma → kind (say, claim, warn, deny, ask); not events in themselves."""
    return dict(_word_list("reporting_verbs.csv"))


def intent_verbs() -> dict[str, str]:
    """Plan/intent verb lemma → kind (plan, expect, hope, seek, want, agree, ...)."""
    return dict(_word_list("intent_verbs.csv"))


@functools.lru_cache(maxsize=2)
def known_lemmas(pos: str = "verb") -> frozenset[str]:
    """Lemmas the rules may restore to: for ``verb`` the pattern verbs, word lists and irregular verbs;
    for ``noun`` the pattern nouns and objects and irregular nouns."""
    from multivector.coding.patterns import PatternTable  # local: patterns imports the ontology only

    table = PatternTable.load()
    if pos == "noun":
        return frozenset(table.noun_lemmas | table.object_lemmas | set(_irregular_nouns().values()))
    words = set(table.verb_lemmas) | set(_irregular_verbs().values())
    words |= set(_word_list("reporting_verbs.csv")) | set(_word_list("intent_verbs.csv"))
    return frozenset(words)


def _needs_e(stem: str) -> bool:
    """Guess whether a stem lost a final e ("invit" → "invite"), for words no list knows."""
    if stem.endswith("u"):  # continued, issued, pursued
        return True
    if len(stem) < 3 or stem[-1] in VOWELS or stem[-1] in "wxy":
        return False
    if stem.endswith(E_AFTER_VOWEL_PAIR) and not stem.endswith(NO_E_AFTER_VOWEL_PAIR):
        return True  # caused, pleased, seized, voiced, relieved, evacuated (not biased)
    if stem[-2] in VOWELS and stem[-3] in VOWELS:  # defeated, appealed, shooting
        return False
    if stem.endswith(E_ENDINGS):
        return True
    # one-syllable consonant-vowel-consonant ("hop" in "hoped") usually had an e
    syllables = sum(1 for i, ch in enumerate(stem) if ch in VOWELS and (i == 0 or stem[i - 1] not in VOWELS))
    return syllables == 1 and stem[-2] in VOWELS and (len(stem) < 3 or stem[-3] not in VOWELS)


def _choose(candidates: list[str], pos: str = "verb") -> str | None:
    known = known_lemmas(pos)
    for cand in candidates:
        if cand in known:
            return cand
    return None


def _undo_suffix(word: str, suffix: str) -> str:
    """Strip -ed or -ing and restore the stem: doubled consonants, dropped e, -ied."""
    stem = word[: -len(suffix)]
    if suffix == "ed" and stem.endswith("i"):  # carried, died
        return stem[:-1] + "y" if len(stem) > 2 else stem + "e"
    if suffix == "ed" and stem.endswith("e"):  # agreed, freed
        return stem + "e"
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS
    candidates = [stem, stem + "e"] + ([stem[:-1]] if doubled else [])
    chosen = _choose(candidates)
    if chosen:
        return chosen
    if doubled and stem[-1] not in KEEP_DOUBLE:
        return stem[:-1]
    return stem + "e" if _needs_e(stem) else stem


def _verb_lemma(word: str, tag: str) -> str:
    irregular = _irregular_verbs().get(word)
    if irregular and tag in {"VBD", "VBN"}:
        return irregular
    if tag == "VBZ":
        return _third_person(word)
    if tag == "VBG" and word.endswith("ing") and len(word) > 4:
        return _undo_suffix(word, "ing")
    if tag in {"VBD", "VBN"} and word.endswith("ed") and len(word) > 3:
        return _undo_suffix(word, "ed")
    return irregular or word


def _third_person(word: str) -> str:
    special = {"is": "be", "has": "have", "does": "do", "goes": "go"}
    if word in special:
        return special[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _noun_lemma(word: str, tag: str) -> str:
    if tag not in {"NNS", "NNPS"}:
        return word
    irregular = _irregular_nouns().get(word)
    if irregular:
        return irregular
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("ves"):
        restored = _choose([word[:-3] + "f", word[:-3] + "fe"], "noun")
        if restored:
            return restored
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


@functools.lru_cache(maxsize=65536)
def lemma_of(text: str, tag: str) -> str:
    """Lemma of ``text`` with Penn tag ``tag``: verbs (VB*) and nouns (NN*) are reduced, others lower-cased."""
    word = text.lower()
    if tag.startswith("VB"):
        return _verb_lemma(word, tag)
    if tag.startswith("NN"):
        return _noun_lemma(word, tag)
    return word


_BY_IDS: dict[int, dict[int, str]] = {}  # tag hash -> orth hash -> lemma
_BY_IDS_MAX = 200_000  # words in all tags together; the memo starts afresh when full
_by_ids_size = 0


def lemma(token: Any) -> str:
    """Lemma of a spaCy token from its text and tag (``token.lemma_`` is empty in our pipeline).

    Memoised on the token's integer tag and orth hashes (the same in every vocab and process), which is
    cheaper than decoding ``text`` and ``tag_``: the coder asks for the lemma of most tokens several times.
    Two nested dicts, not one keyed on a pair: no tuple to build and hash on every call.
    Any object with ``text`` and ``tag_`` works too (without the memo)."""
    global _by_ids_size
    try:
        orth, by_orth = token.orth, _BY_IDS.get(token.tag)
    except AttributeError:
        return lemma_of(token.text, token.tag_)
    if by_orth is None:
        by_orth = _BY_IDS[token.tag] = {}
    found = by_orth.get(orth)
    if found is None:
        if _by_ids_size >= _BY_IDS_MAX:
            for words in _BY_IDS.values():
                words.clear()
            _by_ids_size = 0
        found = by_orth[orth] = lemma_of(token.text, token.tag_)
        _by_ids_size += 1
    return found
