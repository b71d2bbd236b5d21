"""Early exits and per-sentence reads of the coder answer exactly as the plain code they replaced.

Each test compares the fast path with the slow way (the exit switched off, a plain loop written here) on
sentences written for the test and on AG News items 400-549 (a range free for development).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from multivector.coding import Coder
from multivector.coding import coder as coder_module
from multivector.coding.parse import lemma_reader, parse_of
from multivector.coding.plausibility import _excluded_theme_at, load_rules
from multivector.coding.status import StatusCues, detect_status
from multivector.model import Article
from multivector.tokens import tags as token_tags

FREE = slice(400, 550)  # AG News items free for development
PUBLISHED = date(2024, 5, 6)
OWN = [
    "Two civilians were wounded in Mosul, Iraqi police said.",
    "Three people were killed overnight, Ukrainian officials said.",
    "Three soldiers were killed in an ambush near the border.",
    "Police detained dozens of protesters in Minsk.",
    "Was the convoy attacked?",
    "The army said it would not attack civilians.",
]


@pytest.fixture(scope="module")
def texts(agnews_texts: list[str]) -> list[str]:
    return OWN + agnews_texts[FREE]


@pytest.fixture(scope="module")
def docs(texts: list[str], nlp) -> list[Doc]:  # type: ignore[no-untyped-def]
    return list(nlp.pipe(texts, batch_size=64))


def _events(coder: Coder, kb, texts: list[str], docs: list[Doc]) -> list[list[dict]]:  # type: ignore[no-untyped-def]
    return [[e.to_dict() for e in coder.code(doc, Article.create(text, date=PUBLISHED), kb)]
            for text, doc in zip(texts, docs)]


def test_dropping_actorless_acts_without_participants_changes_no_event(texts, docs, kb, coder,
                                                                        monkeypatch) -> None:
    calls: list[bool] = []
    real = coder_module.Coder._nobody_involved

    def counted(self, *args):  # type: ignore[no-untyped-def]
        calls.append(real(self, *args))
        return calls[-1]

    monkeypatch.setattr(coder_module.Coder, "_nobody_involved", counted)
    fast = _events(coder, kb, texts, docs)
    assert sum(calls) >= 10  # the exit is taken: the test compares something
    monkeypatch.setattr(coder_module.Coder, "_nobody_involved", lambda self, *args: False)
    assert _events(coder, kb, texts, docs) == fast


def test_an_actorless_attack_keeps_a_town_in_its_target_slot(code_text, coder, monkeypatch) -> None:
    taken: list[bool] = []
    real = coder_module.Coder._nobody_involved
    monkeypatch.setattr(coder_module.Coder, "_nobody_involved",
                        lambda self, *args: taken.append(real(self, *args)) or taken[-1])
    events = code_text.of_type("Two civilians were wounded in Mosul, Iraqi police said.", "ASSAULT")
    assert [(e.actors, [r.code for r in e.recipients]) for e in events] == [((), ["IRQ"])]
    assert taken == [False]  # the town is a recipient: the act goes on to status and speaker
    assert code_text.of_type("Three people were killed overnight, Ukrainian officials said.", "ASSAULT") == []
    assert taken == [False, True]  # nobody and no place: dropped before status


def test_token_tags_are_the_tags_and_cached(docs) -> None:
    for doc in docs[:20]:
        assert token_tags(doc) == [t.tag_ for t in doc]
        assert token_tags(doc) is token_tags(doc)


def _reference_triggers(coder: Coder, sent) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """The trigger scan over every token, as before the tag array: the triggers must be the same."""
    out = []
    for tok in sent:
        lemma = coder.lemma(tok)
        if tok.tag_.startswith("VB") and (lemma in coder.patterns.verb_lemmas or lemma in coder._again) \
                or tok.tag_.startswith("NN") and lemma in coder.patterns.noun_lemmas \
                or tok.tag_ == "MD" and lemma in coder.patterns.verb_lemmas:
            out.append(tok.i)
    return out


def test_trigger_scan_sees_every_verb_noun_and_modal(docs, coder) -> None:
    seen = 0
    for doc in docs:
        for sent in doc.sents:
            found = {c.token.i for c in coder._triggers(sent)}
            assert found <= set(_reference_triggers(coder, sent))
            seen += len(found)
    assert seen > 300


def test_status_with_the_sentence_given_equals_finding_it(docs, coder) -> None:
    cues = StatusCues.load()
    questions = 0
    for doc in docs:
        for sent in doc.sents:
            for tok in sent:
                if tok.tag_.startswith("VB"):
                    given = detect_status(tok, cues=cues, lemma=coder.lemma, sentence=sent)
                    assert given == detect_status(tok, cues=cues, lemma=coder.lemma)
                    questions += given.status == "question"
    assert questions >= 1  # 'Was the convoy attacked?'


def _reference_excluded(trigger, sense: str, nominal: bool, table, lemma_of) -> bool:  # type: ignore[no-untyped-def]
    """The scan over every key of the table (before keys were grouped by lemma)."""
    from multivector.coding.plausibility import _ANY, _prep_objects, themes

    lemma, _, event_type = sense.partition(":")
    for key, words in table.items():
        head, _, key_type = key.partition(":")
        name, _, prep = head.partition("+")
        if name != lemma or key_type and key_type != event_type:
            continue
        found = _prep_objects(trigger, {prep}) if prep else themes(trigger, nominal=nominal)
        if found and _ANY in words or any(lemma_of(t) in words or t.lower_ in words for t in found):
            return True
    return False


def test_theme_exclusions_by_lemma_equal_the_full_table_scan(docs, coder) -> None:
    rules = load_rules()
    lemmas = sorted(rules.themes_by_lemma)
    assert sum(len(keys) for keys in rules.themes_by_lemma.values()) == len(rules.theme_exclusions)
    types = sorted({k.partition(":")[2] for k in rules.theme_exclusions} | {""})
    hits = 0
    for doc in docs:
        for tok in doc:
            if not tok.tag_.startswith(("VB", "NN")):
                continue
            nominal = tok.tag_.startswith("NN")
            for lemma in [coder.lemma(tok), *lemmas[:: max(1, len(lemmas) // 8)]]:
                for event_type in types:
                    want = _reference_excluded(tok, f"{lemma}:{event_type}", nominal, rules.theme_exclusions,
                                               coder.lemma)
                    p = parse_of(tok.doc)
                    got = _excluded_theme_at(p, tok.i, event_type, nominal, rules.themes_by_lemma.get(lemma, ()),
                                             lemma_reader(p, coder.lemma))
                    assert got == want, (tok.text, lemma, event_type)
                    hits += got
    assert hits > 0


def _trigger_rows(coder: Coder, sent) -> list[tuple[int, str, tuple[int, ...]]]:  # type: ignore[no-untyped-def]
    return [(c.token.i, c.pattern.id, tuple(t.i for t in c.absorbed)) for c in coder._triggers(sent)]


def test_trigger_lemmas_read_from_the_doc_arrays_equal_token_lemmas(docs, coder) -> None:
    from multivector.coding import lexicon

    slow = Coder(ontology=coder.ontology, patterns=coder.patterns, lemma=lambda tok: lexicon.lemma(tok),
                 cues=coder.cues, gazetteer=coder.gazetteer)  # another lemmatiser: Token objects all the way
    assert coder._text_lemma is not None and slow._text_lemma is None
    rows = 0
    for doc in docs:
        for sent in doc.sents:
            found = _trigger_rows(coder, sent)
            assert found == _trigger_rows(slow, sent)
            rows += len(found)
    assert rows > 300


def test_ranking_climbs_only_when_another_trigger_shares_the_sentence(docs, coder) -> None:
    from dataclasses import replace

    governed = 0
    for doc in docs:
        for sent in doc.sents:
            cands = coder._triggers(sent)
            events = {c.token.i for c in cands if coder.ontology.plover_for(c.pattern.cameo) is not None}
            for ranked, cand in zip(coder._ranked(cands), cands):
                climbed = any(a.i in events for a in cand.token.ancestors)  # the climb the pre-check skips
                assert ranked.governed or not climbed
                governed += climbed
                assert replace(ranked, governed=False, ambiguous=False) == cand
    assert governed >= 5
