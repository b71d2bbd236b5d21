"""Round-3 speed paths answer exactly as the plain code they replaced (compared on sentences written for the
test and on AG News items 400-549, a range free for development)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from multivector import tokens
from multivector.actors import matching
from multivector.tokens import tags as token_tags
from multivector.tokens import texts as token_texts

FREE = slice(400, 550)  # AG News items free for development
OWN = [
    "Kazakhstan's President Kassym-Jomart Tokayev met  NATO's chief in Astana.",
    "Der Präsident traf den Außenminister — 😀 spät am Abend.\n\nThe talks ended.",
]


@pytest.fixture(scope="module")
def docs(nlp, agnews_texts: list[str]) -> list[Doc]:  # type: ignore[no-untyped-def]
    return list(nlp.pipe(OWN + agnews_texts[FREE]))


def test_memoised_token_strings_equal_the_token_attributes(docs) -> None:  # type: ignore[no-untyped-def]
    tokens._STRING_MEMO.clear()
    for _ in range(2):  # first filling the memo, then reading from it
        for doc in docs:
            doc.user_data.pop(tokens.KEY, None)
            assert token_texts(doc) == [t.text for t in doc]
            assert token_tags(doc) == [t.tag_ for t in doc]
    assert tokens._STRING_MEMO


def test_atoms_keep_each_entry_once_in_lexicon_order(kb, docs) -> None:  # type: ignore[no-untyped-def]
    matchers = matching.matchers_for(kb, docs[0].vocab)
    for match_id, key in matchers.keys.items():
        entries, kinds = matchers.hits[match_id]
        assert entries == tuple(dict.fromkeys(kb.lexicon[key]))
        assert kinds == {e.kind for e in entries}
    atoms = matching.atoms_of(kb, docs[0])
    assert [docs[0][a.start:a.end].text for a in atoms][:2] == ["Kazakhstan", "President"]
    assert all(len(set(a.entries)) == len(a.entries) for doc in docs for a in matching.atoms_of(kb, doc))
