"""token_texts(): token strings read from the Doc's arrays, cached per Doc."""

from __future__ import annotations

from multivector.tokens import texts as token_texts


def test_token_texts_match_the_tokens_and_are_cached(nlp) -> None:
    doc = nlp("Bank of America Corp. said on Monday it would buy a stake.")
    assert token_texts(doc) == [t.text for t in doc]
    assert token_texts(doc) is token_texts(doc)
    assert token_texts(nlp("")) == []
