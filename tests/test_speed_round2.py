"""Round-2 speed paths answer exactly as the plain code they replaced (compared on sentences written for the
test and on AG News items 400-549, a range free for development)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from multivector.actors.heads import MAX_REGION_WORDS, _one_state, region_of
from multivector.actors.orgwords import load_organisation_words

FREE = slice(400, 550)  # AG News items free for development
OWN = [
    "Darfur rebels attacked a convoy.",
    "The army fought rebels in Aceh on Monday.",
    "Kashmir militants and rebels in North Darfur were blamed.",
]


@pytest.fixture(scope="module")
def docs(nlp, agnews_texts: list[str]) -> list[Doc]:  # type: ignore[no-untyped-def]
    return list(nlp.pipe(OWN + agnews_texts[FREE]))


def _plain_region_of(doc: Doc, start: int, end: int, regions: dict) -> tuple[str, int, int] | None:  # type: ignore[type-arg]
    """region_of as written before: the words read from Token objects."""
    for n in range(MAX_REGION_WORDS, 0, -1):
        before = tuple(t.text for t in doc[max(start - n, 0):start]) if start >= n else ()
        if (state := _one_state(regions.get(before))) is not None:
            return state, start - n, end
        after = tuple(t.text for t in doc[end + 1:end + 1 + n])
        if end + n < len(doc) and doc[end].lower_ == "in" and (state := _one_state(regions.get(after))):
            return state, start, end + 1 + n
    return None


def test_region_of_on_token_texts_equals_the_token_walk(docs) -> None:  # type: ignore[no-untyped-def]
    words = load_organisation_words()
    regions = words.regions
    found = 0
    for doc in docs:
        for start in range(len(doc)):
            for end in (start + 1, start + 2):
                expected = _plain_region_of(doc, start, end, regions)
                assert region_of(doc, start, end, words) == expected
                found += expected is not None
    assert found >= 3  # the sentences above name regions before and after their group nouns


def test_span_text_equals_span_text_of_every_short_span(docs) -> None:  # type: ignore[no-untyped-def]
    from multivector.actors.matching import span_text

    for doc in docs:
        for start in range(len(doc) + 1):
            for end in range(start, min(start + 6, len(doc)) + 1):
                assert span_text(doc, start, end) == doc[start:end].text
