"""The throughput fast paths answer exactly as the plain code they replace, on real news.

Each test runs a fast path and a straightforward reference (written here, token by token, the slow way)
over ~200 parsed corpus texts and compares the answers; the pool test compares 1 and 2 worker processes.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from multivector.actors import matching
from multivector.actors.lexicon import MIN_SKELETON_WORD, fold_accents, skeleton
from multivector.coding import attribution
from multivector.coding.coder import sentence_extent
from multivector.model import Article
from multivector.pipeline import ArticleCoder, code_articles

AGNEWS_TEXTS = 180
VOA_TEXTS = 8


def _corpus(shared: Path) -> list[str]:
    with (shared / "corpus" / "agnews_world.csv").open(encoding="utf-8", newline="") as handle:
        texts = [f"{row[1]}\n{row[2]}" for row in csv.reader(handle) if len(row) >= 3][:AGNEWS_TEXTS]
    with (shared / "corpus" / "voa_dev.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle if line.strip()][:VOA_TEXTS]
    # transliteration variants the exact lexicon misses, and a blank-line/space-padded sentence
    texts.append("Toqaev met Djaparov in Astana.\n\n   Mirziyoev said the talks went well.  \n")
    return texts


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, nlp) -> list[tuple[Article, Doc]]:
    texts = _corpus(shared_dir)
    return [(Article.create(t), doc) for t, doc in zip(texts, nlp.pipe(texts, batch_size=64))]


def test_sentence_extent_equals_stripping_the_doc_text(corpus) -> None:
    checked = 0
    for _, doc in corpus:
        text = doc.text
        for sent in doc.sents:
            start, end = sentence_extent(sent)
            raw = text[sent.start_char:sent.end_char]
            lead = len(raw) - len(raw.lstrip())
            expected = (sent.start_char + lead, sent.start_char + lead + len(raw.strip())) if raw.strip() \
                else (sent.start_char, sent.start_char)
            assert (start, end) == expected, sent.text
            assert text[start:end] == raw.strip()
            checked += 1
    assert checked > 500


def _fuzzy_reference(kb, doc: Doc, used: set[int]) -> list[tuple[int, int, tuple]]:
    out = []
    for tok in doc:
        if (tok.i not in used and tok.is_title and len(tok) >= MIN_SKELETON_WORD
                and fold_accents(tok.text) not in kb.tables.never_alone):
            entries = kb.skeletons.get(skeleton(tok.text))
            if entries:
                out.append((tok.i, tok.i + 1, entries))
    return out


def test_fuzzy_names_equal_the_token_loop(corpus, kb, monkeypatch) -> None:
    found = 0
    real = matching._fuzzy_names
    for _, doc in corpus:
        with monkeypatch.context() as patched:
            patched.setattr(matching, "_fuzzy_names", lambda *args: [])
            exact = matching.atoms_of(kb, doc)  # the exact atoms alone
        used = {i for a in exact for i in range(a.start, a.end)}
        fast = [(a.start, a.end, a.entries) for a in real(kb, doc, exact)]
        assert fast == _fuzzy_reference(kb, doc, used), doc.text[:80]
        assert [(a.start, a.end) for a in matching.atoms_of(kb, doc)] == sorted(
            [(a.start, a.end) for a in exact] + [f[:2] for f in fast])
        found += len(fast)
    assert found > 0
    last = corpus[-1][1]
    keys = {e.key for a in matching.atoms_of(kb, last) for e in a.entries if e.kind == "person"}
    assert any("Tokayev" in k for k in keys) and any("Mirziyoyev" in k for k in keys)


def _report_reference(trigger: Token, reporting: Mapping[str, str], lemma) -> tuple | None:
    """The plain walk: every ancestor, parataxis children first, then 'according to', up to the root."""
    if reporting.get(lemma(trigger)) == "warn" and attribution.content_clause(trigger) is not None:
        return trigger.i, _i(attribution._subject(trigger)), "warn"
    token = trigger
    for _ in range(40):
        for child in token.children:
            if child.dep_ == "parataxis" and lemma(child) in reporting:
                return child.i, _i(attribution._subject(child)), reporting[lemma(child)]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    obj = next((g for g in to.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return child.i, obj.i, "say"
        came_from, token = token, token.head
        if came_from.dep_ in {"ccomp", "parataxis", "xcomp"} and lemma(token) in reporting:
            if came_from.dep_ == "xcomp" and reporting[lemma(token)] == "say":
                continue
            return token.i, _i(attribution._subject(token)), reporting[lemma(token)]
        if came_from.dep_ in {"relcl", "appos"}:
            return None
    return None


def _i(token: Token | None) -> int | None:
    return None if token is None else token.i


def test_find_report_equals_the_plain_walk(corpus, coder) -> None:
    reports = 0
    for _, doc in corpus:
        for tok in doc:
            if not tok.tag_.startswith(("VB", "NN")):
                continue
            found = attribution.find_report(tok, coder.reporting, coder.lemma)
            got = None if found is None else (found.verb.i, _i(found.speaker), found.kind)
            assert got == _report_reference(tok, coder.reporting, coder.lemma), (tok.text, doc.text[:80])
            reports += got is not None
    assert reports > 100


def _events(results) -> list[str]:
    return [json.dumps([e.to_dict() for e in r.events], sort_keys=True) for r in results]


def test_coding_is_repeatable_and_order_free(corpus, kb, coder) -> None:
    """Caches hold pure answers: coding again, or in reverse order, gives the same events."""
    first = {a.id: [e.to_dict() for e in coder.code(doc, a, kb)] for a, doc in corpus}
    again = {a.id: [e.to_dict() for e in coder.code(doc, a, kb)] for a, doc in reversed(corpus)}
    assert first == again
    assert sum(len(v) for v in first.values()) > 50
    assert not any(isinstance(k, str) and k.startswith("multivector.") for _, doc in corpus for k in doc.user_data)
    # every per-Doc cache was released when its coding ended (they refer back to the Doc: tokens.release)


def test_two_workers_give_the_events_of_one(corpus, nlp, kb, coder) -> None:
    articles = [a for a, _ in corpus[:64]]
    runner = ArticleCoder(nlp, kb, coder, batch_size=16)
    one = list(code_articles(articles, runner, workers=1, chunk_size=16))
    two = list(code_articles(articles, runner, workers=2, chunk_size=16))
    assert [r.article.id for r in two] == [a.id for a in articles]
    assert all(r.error is None for r in one + two)
    assert _events(two) == _events(one)
    assert sum(len(r.events) for r in one) > 10


def test_date_prefilter_only_skips_sentences_no_date_pattern_can_match(corpus) -> None:
    from multivector.coding import dates

    skipped = 0
    for _, doc in corpus:
        for sent in doc.sents:
            text = sent.text
            if dates._ANY_DATE_WORD.search(text):
                continue
            skipped += 1
            assert not any(p.search(text) for _, p in dates._PATTERNS), text
            assert not dates._LOOSE_MONTH.search(text), text
            assert dates.find_dates(text, None, future=False) == []
    assert skipped > 50


def test_cached_dates_are_fresh_lists_with_the_same_answer() -> None:
    from datetime import date

    from multivector.coding import dates

    dates.preload()
    sentence = "Ministers will meet on 3 March and again next week."
    first = dates.find_dates(sentence, date(2025, 2, 1), future=True)
    first.clear()  # a caller mutating its list must not change the cached answer
    again = dates.find_dates(sentence, date(2025, 2, 1), future=True)
    assert [(r.date, r.precision) for r in again] == [("2025-03-03", "day"), ("2025-02-08", "day")]
