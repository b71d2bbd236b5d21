"""coding/parse.Parse gives the token arrays and lemmas the argument walks read, equal to spaCy's Token
attributes (sentences written for the test)."""

from __future__ import annotations

from multivector.coding.lexicon import lemma
from multivector.coding.parse import KEY, parse_of

TEXTS = ["Russia and China signed a trade agreement with the European Union in Beijing on Monday.",
         "Troops were reported killed in an ambush by rebels, officials said.", ""]


def test_parse_equals_token_attributes(nlp) -> None:  # type: ignore[no-untyped-def]
    for doc in nlp.pipe(TEXTS):
        p = parse_of(doc)
        assert p is parse_of(doc) and doc.user_data[KEY] is p
        assert p.size == len(doc)
        for t in doc:
            k = t.i
            assert (p.texts[k], p.lowers[k], p.tags[k], p.ent_types[k], p.deps[k]) == \
                (t.text, t.lower_, t.tag_, t.ent_type_, t.dep_)
            assert p.heads[k] == t.head.i and list(p.kids[k]) == [c.i for c in t.children]
            assert p.lemma(k) == lemma(t) and p.lemma(k) == lemma(t)
