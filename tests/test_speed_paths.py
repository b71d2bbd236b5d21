"""Speed-ups of the coding stage answer exactly as the plain code they replaced.

Each test runs the fast path and a straightforward reference written here (the slow way) over many inputs:
every verb pattern lemma with its own and foreign slot words, and parsed news texts from ../shared/corpus.
"""

from __future__ import annotations

import itertools
from datetime import date
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc, Token

from multivector import tokens
from multivector.actors import compose, names
from multivector.coding import attribution, dates, doctree, places
from multivector.coding.patterns import Pattern, PatternTable

TEXTS = 150


def _reference_match_verb(table: PatternTable, lemma: str, particles: set[str], objects: set[str],
                          preps: set[str]) -> Pattern | None:
    """The plain loop: patterns most specific first; a known particle makes the verb phrasal."""
    candidates = table.verb_patterns(lemma)
    known = {p.particle for p in candidates if p.particle}
    phrasal = bool(particles & known)
    for pat in candidates:
        if phrasal and pat.particle is None:
            return None
        if pat.matches(particles, objects, preps):
            return pat
    return None


def _slot_values(pats: tuple[Pattern, ...]) -> tuple[list, list, list]:
    particles = sorted({p.particle for p in pats if p.particle})[:3]
    objects = sorted({o for p in pats for o in p.objects})[:6]
    preps = sorted({p.prep for p in pats if p.prep})[:3]
    return ([set(), {"zzz"}] + [{x} for x in particles], [set(), {"zzz"}] + [{x} for x in objects],
            [set(), {"zzz"}] + [{x} for x in preps] + ([set(preps[:2])] if len(preps) > 1 else []))


def test_match_verb_equals_the_plain_loop_for_every_lemma() -> None:
    table = PatternTable.load()
    checked = matched = 0
    for lemma in sorted(table.verb_lemmas):
        for particles, objects, preps in itertools.product(*_slot_values(table.verb_patterns(lemma))):
            got = table.match_verb(lemma, particles=particles, objects=objects, preps=preps)
            assert got == _reference_match_verb(table, lemma, particles, objects, preps), (lemma, particles,
                                                                                          objects, preps)
            checked += 1
            matched += got is not None and bool(got.objects)
    assert checked > 5000 and matched > 500
    assert table.match_verb("nonexistentverb", objects={"talk"}) is None


def test_match_verb_skips_object_patterns_only_when_no_object_fits() -> None:
    table = PatternTable.load()
    lemma = max(table.verb_lemmas, key=lambda v: len(table.verb_patterns(v)))
    with_object = next(p for p in table.verb_patterns(lemma) if p.objects and not p.particle and not p.prep)
    found = table.match_verb(lemma, objects={with_object.objects[0]})
    assert found is not None and found.objects  # an object pattern wins when its word is there
    bare = table.match_verb(lemma, objects={"no-such-object"})
    assert bare is None or not bare.objects


@pytest.fixture(scope="module")
def docs(agnews_texts: list[str], nlp) -> list[Doc]:
    texts = agnews_texts[:TEXTS]
    texts.append("Q: Will you meet him?\nLavrov: We met in Geneva on Monday.\nQ: And then?\nLavrov: We talked.")
    return list(nlp.pipe(texts, batch_size=64))


def _reference_clause_tokens(trigger: Token) -> list[int]:
    out, stack = [], list(trigger.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in {"ccomp", "relcl", "advcl", "parataxis", "xcomp", "conj"}:
            continue
        out.append(tok)
        stack.extend(tok.children)
    nouns = [t.i for t in sorted(out, key=lambda t: t.i) if t.tag_.startswith("NN")]
    heads, token = [], trigger
    while token.dep_ in {"xcomp", "dobj", "pobj", "prep", "conj", "acl"} and token.head is not token:
        token = token.head
        heads.append(token.i)
    return [trigger.i, *nouns, *heads]


def _holds_place(tok: Token) -> bool:
    return any(p.dep_ == "prep" and p.lower_ in places.PLACE_PREPS and o.dep_ == "pobj"
               and o.ent_type_ in places.PLACE_LABELS for p in tok.children for o in p.children)


def test_clause_tokens_equal_the_full_walk(docs) -> None:
    nouns = 0
    for doc in docs:
        for tok in doc:
            if tok.tag_.startswith("VB"):
                full = _reference_clause_tokens(tok)  # trigger, every own-clause noun, heads
                got = places._clause_tokens(tokens.of(doc), tok)
                expected = [t for t in full if t == tok.i or not tok.is_ancestor(doc[t]) or _holds_place(doc[t])]
                assert got == expected, (tok.text, doc.text[:60])
                nouns += len(got) - 1
    assert nouns > 100


def test_turns_need_a_colon_and_are_still_found(docs) -> None:
    for doc in docs[:-1]:
        if ":" not in doc.text:
            assert attribution.find_turns(doc.text) == []
    turns = attribution.find_turns(docs[-1].text)
    assert [t.label for t in turns] == ["Q", "Lavrov", "Q", "Lavrov"]
    assert [t.is_question for t in turns] == [True, False, True, False]


def _reference_adjacent(ctx: compose.Ctx, i: int, allow_possessive: bool) -> int | None:
    if i + 1 >= len(ctx.atoms):
        return None
    end, nxt = ctx.atoms[i].end, ctx.atoms[i + 1].start
    if nxt == end:
        return i + 1
    gap = [tok.text for tok in ctx.doc[end:nxt]]
    return i + 1 if allow_possessive and len(gap) == 1 and gap[0] in compose.POSSESSIVE else None


def _reference_hyphen(doc: Doc, left_end: int, right_start: int) -> bool:
    gap = doc[left_end:right_start]
    return len(gap) == 1 and gap[0].text in ("-", "\u2013") and not gap[0].whitespace_ \
        and not doc[left_end - 1].whitespace_


def test_atom_adjacency_and_hyphen_joins_equal_the_gap_lists(docs, kb, nlp) -> None:
    from multivector.actors.matching import atoms_of

    extra = list(nlp.pipe(["Russia's Lavrov met Chinese-American and Franco-German envoys.",
                           "Kazakhstan\u2019s President Tokayev spoke.", "U.S.-Russian talks began."]))
    adjacent = joined = 0
    for doc in docs + extra:
        atoms = atoms_of(kb, doc)
        ctx = compose.Ctx(doc, atoms, kb, date(2025, 1, 1), starts={a.start for a in atoms})
        for i in range(len(atoms)):
            for possessive in (True, False):
                got = compose._adjacent(ctx, i, allow_possessive=possessive)
                assert got == _reference_adjacent(ctx, i, possessive), doc.text[:60]
                adjacent += got is not None
        for left_end in range(1, len(doc)):  # spans ending and starting around every token
            for right_start in range(left_end, min(left_end + 3, len(doc))):
                left, right = SimpleNamespace(end_token=left_end), SimpleNamespace(start_token=right_start)
                got = names._hyphen_joined(ctx, left, right)  # type: ignore[arg-type]
                assert got == _reference_hyphen(doc, left_end, right_start), doc.text[:60]
                joined += got
    assert adjacent > 20 and joined >= 2


@pytest.mark.parametrize("anchor", [None, 0, 12, 40, 200])
def test_event_date_takes_the_nearest_expression_first_on_ties(anchor) -> None:
    sentence = "On Monday officials said talks set for 3 March and next week would go ahead, reports said."
    published = date(2025, 2, 5)
    found = dates.find_dates(sentence, published, future=True)
    assert len(found) >= 3
    expected = found[0] if anchor is None else sorted(
        found, key=lambda r: r.start - anchor if r.start >= anchor else 2 * (anchor - r.end))[0]
    assert dates.event_date(sentence, published, future=True, anchor=anchor) == expected


def test_undated_sentences_fall_back_to_publication_or_unknown() -> None:
    got = dates.event_date("The minister resigned.", date(2025, 2, 5), future=False, anchor=4)
    assert (got.date, got.precision, got.source) == ("2025-02-05", "day", "publication")
    got = dates.event_date("The minister resigned.", None, future=False)
    assert (got.date, got.precision, got.source) == (None, None, "unknown")


def _reference_atoms(kb, doc: Doc) -> list[tuple[int, int, tuple]]:
    """The plain merge: every match appends its entries to its span's list unless already there."""
    from multivector.actors import matching

    m = matching.matchers_for(kb, doc.vocab)
    spans: dict[tuple[int, int], list] = {}
    for matcher in (m.lower, m.orth):
        for match_id, start, end in matcher(doc):
            bucket = spans.setdefault((start, end), [])
            bucket.extend(e for e in kb.lexicon[m.keys[match_id]] if e not in bucket)
    taken, used = [], set()
    for (start, end), entries in sorted(spans.items(), key=lambda kv: matching._text_rank(tokens.texts(doc), *kv[0])):
        if used.isdisjoint(range(start, end)):
            taken.append((start, end, tuple(entries)))
            used.update(range(start, end))
    exact = [matching.Atom(start, end, entries) for start, end, entries in taken]
    taken += [(a.start, a.end, a.entries) for a in matching._fuzzy_names(kb, doc, exact)]
    return sorted(taken)


def test_atoms_and_their_first_entries_equal_the_plain_merge(docs, kb) -> None:
    from multivector.actors.matching import atoms_of

    kinds = [("state",), ("person",), ("title", "modifier"), ("state", "demonym", "igo", "group"), ("sector",)]
    firsts = 0
    for doc in docs:
        atoms = atoms_of(kb, doc)
        assert [(a.start, a.end, a.entries) for a in atoms] == _reference_atoms(kb, doc), doc.text[:60]
        assert all(a.kinds == {e.kind for e in a.entries} for a in atoms)
        for atom in atoms:
            assert len(set(atom.entries)) == len(atom.entries)
            for wanted in kinds:
                got = atom.first(*wanted)
                assert got == next((e for e in atom.entries if e.kind in wanted), None)
                firsts += got is not None
    assert firsts > 100


def test_lemma_memo_stays_bounded_and_right(docs, monkeypatch) -> None:
    from multivector.coding import lexicon

    monkeypatch.setattr(lexicon, "_BY_IDS_MAX", 50)
    monkeypatch.setattr(lexicon, "_BY_IDS", {})  # start empty: earlier tests filled the shared memo
    monkeypatch.setattr(lexicon, "_by_ids_size", 0)
    tokens = [tok for doc in docs[:20] for tok in doc]
    for tok in tokens + tokens:
        assert lexicon.lemma(tok) == lexicon.lemma_of(tok.text, tok.tag_)
        assert sum(len(words) for words in lexicon._BY_IDS.values()) <= 50
    assert lexicon.lemma(SimpleNamespace(text="invited", tag_="VBD")) == "invite"  # no orth/tag ids: no memo


def test_subtree_indices_equal_spacy_subtree(docs) -> None:
    for doc in docs:
        kids = tokens.of(doc).kids
        for tok in doc:
            assert doctree.subtree_indices(kids, tok.i) == [t.i for t in tok.subtree], (tok.text, doc.text[:60])


def test_entity_text_equals_the_entity_of_doc_ents(docs) -> None:
    for doc in docs:
        for tok in doc:
            expected = next((ent.text for ent in doc.ents if ent.start <= tok.i < ent.end), tok.text)
            assert places._entity_text(tok) == expected, (tok.text, doc.text[:60])


def test_the_slotless_verb_memo_reads_every_dependency_verb_matching_reads() -> None:
    """``coder._fills_no_slot`` decides when a verb's match is its lemma's alone (and remembered per lemma): its
    dependency sets must cover every dependency the slot readers look at, or the memo would answer wrongly."""
    from multivector.coding import coder, constructions

    read = coder._OBJECT_DEPS | constructions._OBJECT_DEPS | constructions._PREP_DEPS | {"prt", "xcomp"}
    assert read <= coder._SLOT_DEPS
    assert constructions._COMPLEMENT_DEPS <= coder._SLOT_DEPS | coder._CLAUSE_DEPS


def test_records_built_without_their_dataclass_init_hold_every_field() -> None:
    """Candidate, Coded, Arg, Arguments and Atom write their frozen fields straight into their dict, and
    ``mention_of`` and ``ActorRef.with_text`` fill Mention and ActorRef so: a field added to one of these
    dataclasses must be added to that code too, or records would silently lack it."""
    import dataclasses

    import spacy

    from multivector.actors.conventions import mention_of
    from multivector.actors.matching import Atom
    from multivector.coding.arguments import Arg, Arguments
    from multivector.coding.coder import Candidate, Coded
    from multivector.model import ActorRef

    def names(record: object) -> list[str]:
        return list(vars(record))

    def fields(cls: type) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    doc = spacy.blank("en")("Kazakh police arrested two men")
    ref = ActorRef(text="", id=None, name="Kazakhstan police", code="KAZCOP", country="KAZ", sector="COP", role=None)
    mention = mention_of(doc, 0, 2, ref, "sector")
    arg = Arg(mention, "arrested -nsubj-> police")
    arguments = Arguments((arg,))
    candidate = Candidate(doc[2], None, False)
    records = [ref.with_text("the police"), mention, arg, arguments, candidate, Coded(None, candidate, arguments,
               None, None), Atom(0, 1, ())]  # type: ignore[arg-type]
    for record in records:
        assert names(record) == fields(type(record)), type(record).__name__
    assert mention.actor == ref.with_text("Kazakh police") and mention.text == "Kazakh police"
