"""The per-Doc token arrays of ``multivector.tokens`` equal the spaCy Token and Span attributes they replace
(on sentences written for the test and AG News items 400-479, a range free for development)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from multivector import tokens

FREE = slice(400, 480)  # AG News items free for development
OWN = [
    "Kazakhstan's President Kassym-Jomart Tokayev met  NATO's chief in Astana on Monday.",
    "HEADLINE: Rebels Free Troops\nThe talks ended. Der Präsident traf den Außenminister — 😀 spät.",
    "",
    "Hi",
]


@pytest.fixture(scope="module")
def docs(nlp, agnews_texts: list[str]) -> list[Doc]:  # type: ignore[no-untyped-def]
    return list(nlp.pipe(OWN + agnews_texts[FREE]))


def test_arrays_equal_the_token_attributes(docs: list[Doc]) -> None:
    for doc in docs:
        arrays = tokens.of(doc)
        assert arrays.texts == [t.text for t in doc]
        assert arrays.lowers == [t.lower_ for t in doc]
        assert arrays.tags == [t.tag_ for t in doc]
        assert arrays.ent_types == [t.ent_type_ for t in doc]
        assert arrays.spaces == [int(bool(t.whitespace_)) for t in doc]
        assert arrays.stops == [int(t.is_stop) for t in doc]
        assert arrays.deps == [t.dep_ for t in doc]
        assert arrays.heads == [t.head.i for t in doc]
        assert arrays.kids == [tuple(c.i for c in t.children) for t in doc]
        assert [list(tokens.ancestors(arrays.heads, t.i)) for t in doc] == [[a.i for a in t.ancestors] for t in doc]
        assert [tokens.sent_start(doc, t.i) for t in doc] == [t.is_sent_start for t in doc]
        assert tokens.has_sentences(doc) == doc.has_annotation("SENT_START")
        assert [tokens.opens_sentence(doc, t.i) for t in doc] == \
            [t.i == 0 or (doc.has_annotation("SENT_START") and bool(t.is_sent_start)) for t in doc]


def test_spans_and_sentences_equal_spacy(docs: list[Doc]) -> None:
    for doc in docs:
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 5, len(doc)) + 1):
                span = doc[start:end]
                assert tokens.char_bounds(doc, start, end) == (span.start_char, span.end_char)
                assert tokens.span_text(doc, start, end) == span.text
                assert tokens.span_parts(doc, start, end) == (span.start_char, span.end_char, span.text)
            if doc.has_annotation("SENT_START"):
                sent = doc[start].sent
                assert tokens.sentence_bounds(doc, start) == (sent.start, sent.end)
        assert tokens.span_text(doc, 0, 0) == ""


def test_sentence_range_and_parse_flag_equal_spacy(nlp, docs: list[Doc]) -> None:  # type: ignore[no-untyped-def]
    unparsed = nlp.make_doc("Rebels freed two soldiers. The army said so.")  # no sentence marks, no parse
    assert tokens.sentence_range(unparsed, 5) == (0, len(unparsed)) and not tokens.has_parse(unparsed)
    for doc in [unparsed, *docs]:
        assert tokens.has_parse(doc) == doc.has_annotation("DEP")
        for k in range(len(doc)):
            sent = doc[k].sent if doc.has_annotation("SENT_START") else doc[:]
            assert tokens.sentence_range(doc, k) == (sent.start, sent.end)
    assert tokens.sentence_range(docs[1], 0) != (0, len(docs[1]))  # a Doc of several sentences


def test_arrays_are_kept_per_doc_and_renewed_after_retokenizing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The New York Times reported it.")
    first = tokens.of(doc)
    assert tokens.of(doc) is first and tokens.texts(doc) is first.texts
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4])
    assert tokens.texts(doc) == [t.text for t in doc] == ["The", "New York Times", "reported", "it", "."]
    del doc.user_data[tokens.KEY]  # what the throughput benchmark does between runs
    assert tokens.of(doc) is not first


def test_word_set_is_the_docs_lower_case_vocabulary() -> None:
    import spacy

    doc = spacy.blank("en")("Gunmen held Two Reporters hostage")
    assert tokens.word_set(doc) == {"gunmen", "held", "two", "reporters", "hostage"}
    assert tokens.word_set(doc) is tokens.word_set(doc)  # made once per Doc


def test_release_drops_only_this_packages_caches_and_frees_the_doc() -> None:
    import gc
    import weakref

    import spacy

    doc = spacy.blank("en")("Gunmen held two reporters")
    doc.user_data["someone.else"] = 1
    arrays = tokens.of(doc)
    assert arrays.doc is doc and tokens.KEY in doc.user_data  # a cycle: Doc -> user_data -> arrays -> Doc
    tokens.release(doc)
    assert dict(doc.user_data) == {"someone.else": 1}
    assert tokens.texts(doc) == ["Gunmen", "held", "two", "reporters"]  # rebuilt on demand
    tokens.release(doc)
    del arrays
    gc.disable()  # freed by reference counting alone, with no cycle left to collect
    try:
        probe = weakref.ref(tokens.of(doc))
        tokens.release(doc)
        assert probe() is None
    finally:
        gc.enable()


def test_ancestors_end_on_a_head_cycle() -> None:
    assert list(tokens.ancestors([1, 2, 0], 0)) == [1, 2, 0]  # bounded by the length; spaCy's parses have no cycle
