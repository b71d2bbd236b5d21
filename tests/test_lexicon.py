"""Lemmas without spaCy's lemmatizer."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from multivector.coding.lexicon import intent_verbs, lemma, lemma_of, reporting_verbs


@pytest.mark.parametrize(("text", "tag", "expected"), [
    ("met", "VBD", "meet"), ("held", "VBN", "hold"), ("sanctions", "NNS", "sanction"),
    ("imposed", "VBD", "impose"), ("invited", "VBN", "invite"), ("planned", "VBD", "plan"),
    ("visits", "VBZ", "visit"), ("visits", "NNS", "visit"), ("agreed", "VBD", "agree"),
    ("criticised", "VBD", "criticise"), ("criticized", "VBN", "criticize"), ("talks", "NNS", "talk"),
    ("visited", "VBD", "visit"), ("carried", "VBD", "carry"), ("died", "VBD", "die"),
    ("expelled", "VBD", "expel"), ("travelled", "VBD", "travel"), ("signing", "VBG", "sign"),
    ("mobilising", "VBG", "mobilise"), ("continued", "VBD", "continue"), ("defeated", "VBD", "defeat"),
    ("threatens", "VBZ", "threaten"), ("pledges", "VBZ", "pledge"), ("crises", "NNS", "crisis"),
    ("embassies", "NNS", "embassy"), ("lives", "NNS", "life"), ("forces", "NNS", "force"),
    ("Sanctions", "NNS", "sanction"), ("struck", "VBD", "strike"), ("withdrew", "VBD", "withdraw"),
    ("sought", "VBN", "seek"), ("was", "VBD", "be"), ("has", "VBZ", "have"),
])
def test_lemma_of(text: str, tag: str, expected: str) -> None:
    assert lemma_of(text, tag) == expected


def test_other_tags_are_only_lowercased() -> None:
    assert lemma_of("Talks", "NNP") == "talks"
    assert lemma_of("Stronger", "JJR") == "stronger"


def test_same_form_depends_on_tag() -> None:
    assert lemma_of("left", "VBD") == "leave"
    assert lemma_of("left", "JJ") == "left"


def test_lemma_reads_token_text_and_tag() -> None:
    token = SimpleNamespace(text="Imposed", tag_="VBD", lemma_="")
    assert lemma(token) == "impose"


def test_lemma_with_real_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Russia imposed sanctions and the ministers held talks.")
    found = {t.text: lemma(t) for t in doc}
    assert found["imposed"] == "impose" and found["sanctions"] == "sanction"
    assert found["held"] == "hold" and found["talks"] == "talk"


def test_word_lists() -> None:
    reporting = reporting_verbs()
    assert reporting["say"] == "say" and reporting["deny"] == "deny" and reporting["warn"] == "warn"
    assert {"plan", "intend", "expect", "hope"} <= set(intent_verbs())
