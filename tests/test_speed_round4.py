"""Round-4 speed paths answer exactly as the spaCy attributes they replace (sentences written for the test and
AG News items 400-549, a range free for development)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from spacy.tokens import Doc

from multivector.actors.matching import atoms_of
from multivector.actors.nameparts import drop_name_parts
from multivector.tokens import texts as token_texts

FREE = slice(400, 550)  # AG News items free for development
OWN = [
    "Matthew England met officials of PORT-AU-PRINCE and the Congress of South African Trade Unions.",
    "Latin American leaders toured a police station in SÃO PAULO-BASED Brazil.",
]


@pytest.fixture(scope="module")
def docs(nlp, shared_dir: Path) -> list[Doc]:  # type: ignore[no-untyped-def]
    with (shared_dir / "corpus" / "agnews_world.csv").open(encoding="utf-8", newline="") as handle:
        rows = [f"{row[1]}\n{row[2]}" for row in csv.reader(handle) if len(row) >= 3]
    return list(nlp.pipe(OWN + rows[FREE]))


def test_text_tests_equal_the_lexeme_flags(docs) -> None:  # type: ignore[no-untyped-def]
    """nameparts reads IS_UPPER, IS_TITLE, IS_ALPHA and LOWER from the token texts cached per Doc."""
    for doc in docs:
        texts = token_texts(doc)
        assert [(t.is_upper, t.is_title, t.is_alpha, t.lower_) for t in doc] == [
            (w.isupper(), w.istitle(), w.isalpha(), w.lower()) for w in texts]


def test_name_parts_still_dropped(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Matthew England spoke to the Congress of South African Trade Unions.")
    atoms = atoms_of(kb, doc)
    kept = {doc[a.start:a.end].text for a in drop_name_parts(doc, atoms, kb)}
    assert "England" in {doc[a.start:a.end].text for a in atoms} and "England" not in kept
    assert "Congress" not in kept
