"""spaCy phrase matchers over the KB lexicon, built once per vocab, and the atoms they find in a Doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .. import tokens
from .lexicon import MIN_SKELETON_WORD, Entry, MatchKey, fold_accents, skeleton


if TYPE_CHECKING:
    from .kb import ActorKB

LABEL_SEPARATOR = "\x1f"
MAX_FUZZY_MEMO = 200_000  # words whose skeleton lookup a KB remembers before starting afresh
_UNSEEN = object()


_KIND = attrgetter("kind")


_SET = object.__setattr__  # what a frozen dataclass's own __init__ calls, without its per-field lookups


@dataclass(frozen=True, init=False)
class Atom:
    """A lexicon hit: tokens ``[start, end)`` and everything the words may denote."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    kinds: frozenset[str] = field(repr=False, compare=False)  # of the entries: a set test is cheaper than a
    # ``first`` call where only whether the atom has a kind matters

    def __init__(self, start: int, end: int, entries: tuple[Entry, ...]) -> None:
        _SET(self, "start", start)  # atoms_of makes thousands: one init, no __post_init__ call
        _SET(self, "end", end)
        _SET(self, "entries", entries)
        _SET(self, "kinds", frozenset(map(_KIND, entries)))

    def first(self, *kinds: str) -> Entry | None:
        for entry in self.entries:  # a plain loop: this runs for every atom and pattern tried in compose
            if entry.kind in kinds:
                return entry
        return None

    def all(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]


_START = attrgetter("start")


@dataclass(frozen=True)
class Matchers:
    """The LOWER and ORTH phrase matchers of one vocab and the lexicon key of every match id."""

    vocab: Vocab
    lower: PhraseMatcher
    orth: PhraseMatcher
    keys: dict[int, MatchKey]
    entries: dict[int, tuple[Entry, ...]]  # the lexicon entries of each match id, without repeats


def _tokenizer(kb: ActorKB):  # type: ignore[no-untyped-def]
    if kb._tokenizer is None:
        import spacy

        kb._tokenizer = spacy.blank("en").tokenizer
    return kb._tokenizer


def tokenize(kb: ActorKB, text: str) -> Doc:
    """A tokenizer-only Doc of ``text`` (for :meth:`ActorKB.resolve`)."""
    return _tokenizer(kb)(text)  # type: ignore[operator]


def build_matchers(kb: ActorKB, vocab: Vocab) -> Matchers:
    """Compile every lexicon key into a pattern of the given vocab (done once per vocab)."""
    lower = PhraseMatcher(vocab, attr="LOWER")
    orth = PhraseMatcher(vocab, attr="ORTH")
    keys: dict[int, MatchKey] = {}
    entries: dict[int, tuple[Entry, ...]] = {}
    items = list(kb.lexicon)
    tokenizer = _tokenizer(kb)
    for key, tokens in zip(items, tokenizer.pipe(text for _, text in items)):  # type: ignore[attr-defined]
        label = key[0] + LABEL_SEPARATOR + key[1]
        keys[vocab.strings.add(label)] = key
        entries[vocab.strings[label]] = tuple(dict.fromkeys(kb.lexicon[key]))
        pattern = Doc(vocab, words=[tok.text for tok in tokens], spaces=[bool(tok.whitespace_) for tok in tokens])
        (orth if key[0] == "O" else lower).add(label, [pattern])
    return Matchers(vocab, lower, orth, keys, entries)


def matchers_for(kb: ActorKB, vocab: Vocab) -> Matchers:
    """The cached matchers of a vocab, built on first use."""
    found = kb._matchers.get(id(vocab))
    if not isinstance(found, Matchers) or found.vocab is not vocab:
        found = build_matchers(kb, vocab)
        kb._matchers[id(vocab)] = found
    return found


def atoms_of(kb: ActorKB, doc: Doc) -> list[Atom]:
    """Longest non-overlapping lexicon hits of a Doc, in text order."""
    m = matchers_for(kb, doc.vocab)
    spans: dict[tuple[int, int], list[Entry]] = {}
    for matcher in (m.lower, m.orth):
        for match_id, start, end in matcher(doc):
            entries = m.entries[match_id]  # kb.lexicon[m.keys[match_id]] without repeats
            bucket = spans.get((start, end))
            if bucket is None:  # most spans match one key: no pairwise duplicate test
                spans[(start, end)] = list(entries)
            else:
                bucket.extend(e for e in entries if e not in bucket)
    taken: list[Atom] = []
    used: set[int] = set()
    texts = tokens.texts(doc)
    # _text_rank's key inline, with the end as a tie-breaker that never decides (a rank is one span's)
    for _, start, end in sorted([(start - end + (texts[start].lower() == "the"), start, end) for start, end in spans]):
        if used.isdisjoint(range(start, end)):
            taken.append(Atom(start, end, tuple(spans[start, end])))
            used.update(range(start, end))
    taken.extend(_fuzzy_names(kb, doc, used))
    return sorted(taken, key=_START)


def _rank(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Longest first, a leading "the" not counted ("the West Bank" beats "the West"), then leftmost."""
    return _text_rank(tokens.texts(doc), start, end)


def _text_rank(texts: list[str], start: int, end: int) -> tuple[int, int]:
    """:func:`_rank` on the Doc's token texts read once (atoms_of ranks every matched span)."""
    words = end - start - int(texts[start].lower() == "the")
    return (-words, start)


def _fuzzy_names(kb: ActorKB, doc: Doc, used: set[int]) -> list[Atom]:
    """Capitalised words the exact lexicon missed whose transliteration skeleton names a person."""
    texts = tokens.texts(doc)
    memo = kb._fuzzy
    if len(memo) > MAX_FUZZY_MEMO:
        memo.clear()
    hits = {}
    for word in filter(str.istitle, set(texts)):  # each distinct title-case word once
        entries = memo.get(word, _UNSEEN)
        if entries is _UNSEEN:
            entries = memo[word] = _skeleton_entries(kb, word)
        if entries:
            hits[word] = entries
    if not hits:
        return []
    return [Atom(i, i + 1, hits[texts[i]]) for i in tokens.positions(texts, hits) if i not in used]


def _skeleton_entries(kb: ActorKB, word: str) -> tuple[Entry, ...] | None:
    """The person entries a title-case word names by its skeleton (the IS_TITLE and LENGTH tests of
    spaCy, then the never-alone words), or None; a pure function of the word, kept per KB."""
    if len(word) < MIN_SKELETON_WORD:
        return None
    folded, key = _name_keys(word)
    if folded in kb.tables.never_alone:
        return None
    return kb.skeletons.get(key) or None


span_text = tokens.span_text  # ``doc[start:end].text`` without Token objects


@lru_cache(maxsize=65536)
def _name_keys(word: str) -> tuple[str, str]:
    """A word with accents folded, and its transliteration skeleton (both pure, so cached)."""
    return fold_accents(word), skeleton(word)
