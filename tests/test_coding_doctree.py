"""coding/doctree.children_of gives exactly spaCy's ``token.children``, read once per token and Doc (sentences
written for the test and AG News items 550-649, a range free for development)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from multivector.coding.doctree import KEY, children_of, clear

FREE = slice(550, 650)  # AG News items free for development
OWN = [
    "Russia and China signed a trade agreement with the European Union in Beijing on Monday.",
    "The minister, who arrived late, said troops would not be withdrawn until talks resumed.\n\nA second line.",
    "",
]


@pytest.fixture(scope="module")
def docs(nlp, agnews_texts: list[str]) -> list[Doc]:  # type: ignore[no-untyped-def]
    return list(nlp.pipe(OWN + agnews_texts[FREE]))


def test_children_equal_spacy_children_in_order(docs: list[Doc]) -> None:
    checked = 0
    for doc in docs:
        for token in doc:
            got = children_of(token)
            assert isinstance(got, tuple)
            assert [c.i for c in got] == [c.i for c in token.children]
            assert [c.dep_ for c in got] == [c.dep_ for c in token.children]
            checked += len(got)
    assert checked > 1000  # every non-root token is someone's child


def test_children_are_read_once_and_reused(docs: list[Doc]) -> None:
    doc = docs[0]
    verb = next(t for t in doc if t.dep_ == "ROOT")
    first = children_of(verb)
    assert [c.text for c in first][:2] == ["Russia", "agreement"]
    assert children_of(doc[verb.i]) is first  # another Token object for the same word: the same tuple
    clear(doc)
    assert KEY not in doc.user_data
    again = children_of(verb)
    assert again is not first and [c.i for c in again] == [c.i for c in first]


def test_a_cache_of_another_length_is_rebuilt(docs: list[Doc]) -> None:
    doc = docs[1]
    doc.user_data[KEY] = [None]  # stale: made for a Doc of one token
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert [c.i for c in children_of(root)] == [c.i for c in root.children]
    assert len(doc.user_data[KEY]) == len(doc)


def test_the_coder_drops_the_cache_when_it_is_done(nlp, kb, coder) -> None:  # type: ignore[no-untyped-def]
    """Kept alive across articles the cached Token objects slow every garbage collection."""
    from multivector.model import Article

    text = "Russia and China signed a trade agreement in Beijing on Monday."
    doc = nlp(text)
    assert coder.code(doc, Article.create(text), kb)  # it codes an event, walking the tree
    assert KEY not in doc.user_data
