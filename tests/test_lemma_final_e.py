"""Regular past and -ing forms whose lemma lost a final e after a vowel pair or a v ('caused' -> 'cause')."""

from types import SimpleNamespace

import pytest

from multivector.coding.lexicon import lemma, lemma_of


@pytest.mark.parametrize(("word", "tag", "expected"), [
    ("caused", "VBD", "cause"), ("causing", "VBG", "cause"), ("pleased", "VBN", "please"),
    ("seized", "VBD", "seize"), ("voiced", "VBD", "voice"), ("relieved", "VBD", "relieve"),
    ("behaved", "VBD", "behave"), ("evaluated", "VBN", "evaluate"), ("affiliated", "VBN", "affiliate"),
    ("persuaded", "VBD", "persuade"), ("besieged", "VBN", "besiege"), ("aroused", "VBD", "arouse"),
])
def test_final_e_restored(word: str, tag: str, expected: str) -> None:
    assert lemma_of(word, tag) == expected


@pytest.mark.parametrize(("word", "tag", "expected"), [
    ("biased", "VBN", "bias"), ("defeated", "VBD", "defeat"), ("appealed", "VBD", "appeal"),
    ("shooting", "VBG", "shoot"), ("waited", "VBD", "wait"), ("recruited", "VBD", "recruit"),
])
def test_no_e_added(word: str, tag: str, expected: str) -> None:
    assert lemma_of(word, tag) == expected


def test_lemma_of_token_like_object() -> None:
    assert lemma(SimpleNamespace(text="caused", tag_="VBD")) == "cause"
