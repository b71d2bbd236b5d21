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


_KIND = attrgetter("kind")


@dataclass(frozen=True, init=False)
class Atom:
    """A lexicon hit: tokens ``[start, end)`` and everything the words may denote."""

    start: int
    end: int
    entries: tuple[Entry, ...]
    kinds: frozenset[str] = field(repr=False, compare=False)  # of the entries: a set test is cheaper than a
    # ``first`` call where only whether the atom has a kind matters

    def __init__(self, start: int, end: int, entries: tuple[Entry, ...], kinds: frozenset[str] | None = None
                 ) -> None:
        fields = self.__dict__  # atoms_of makes thousands: the frozen fields go straight into the instance dict
        fields["start"] = start  # (a frozen dataclass's own __init__ makes an object.__setattr__ call per field)
        fields["end"] = end
        fields["entries"] = entries
        fields["kinds"] = frozenset(map(_KIND, entries)) if kinds is None else kinds

    def first(self, *kinds: str) -> Entry | None:
        for entry in self.entries:  # a plain loop: this runs for every atom and pattern tried in compose
            if entry.kind in kinds:
                return entry
        return None

    def all(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]


_START = attrgetter("start")
Hit = tuple[tuple[Entry, ...], frozenset[str]]  # the entries of a span and their kinds


@dataclass(frozen=True)
class Matchers:
    """The LOWER and ORTH phrase matchers of one vocab and the lexicon key of every match id."""

    vocab: Vocab
    lower: PhraseMatcher
    orth: PhraseMatcher
    keys: dict[int, MatchKey]
    hits: dict[int, Hit]  # the lexicon entries of each match id, without repeats, and their kinds
    alone: tuple[frozenset[str], frozenset[str]]  # the ORTH texts and the lower-case texts one-token keys match


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
    hits: dict[int, Hit] = {}
    orth_words: set[str] = set()
    lower_words: set[str] = set()
    items = list(kb.lexicon)
    tokenizer = _tokenizer(kb)
    for key, words in zip(items, tokenizer.pipe(text for _, text in items)):  # type: ignore[attr-defined]
        label = key[0] + LABEL_SEPARATOR + key[1]
        keys[vocab.strings.add(label)] = key
        entries = tuple(dict.fromkeys(kb.lexicon[key]))
        hits[vocab.strings[label]] = (entries, frozenset(map(_KIND, entries)))
        pattern = Doc(vocab, words=[tok.text for tok in words], spaces=[bool(tok.whitespace_) for tok in words])
        (orth if key[0] == "O" else lower).add(label, [pattern])
        if len(words) == 1 and key[0] == "O":
            orth_words.add(words[0].text)
        elif len(words) == 1:
            lower_words.add(words[0].text.lower())
    return Matchers(vocab, lower, orth, keys, hits, (frozenset(orth_words), frozenset(lower_words)))


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
    found = m.hits
    spans: dict[tuple[int, int], Hit] = {}
    for matcher in (m.lower, m.orth):
        for match_id, start, end in matcher(doc):
            hit = found[match_id]
            if (old := spans.setdefault((start, end), hit)) is not hit:  # rare: one span, two keys
                spans[start, end] = (old[0] + tuple(e for e in hit[0] if e not in old[0]), old[1] | hit[1])
    keys = sorted(spans)
    taken: list[Atom] = []
    i, count = 0, len(keys)
    while i < count:  # each run of overlapping spans is one contest, most are one span
        reach = keys[i][1]
        j = i + 1
        while j < count and keys[j][0] < reach:
            reach = max(reach, keys[j][1])
            j += 1
        if j == i + 1:
            taken.append(Atom(keys[i][0], reach, *spans[keys[i]]))
        else:
            taken.extend(Atom(start, end, *spans[start, end]) for start, end in _longest(doc, keys[i:j]))
        i = j
    if fuzzy := _fuzzy_names(kb, doc, taken):
        return sorted(taken + fuzzy, key=_START)
    return taken


def _longest(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans a run of overlapping ones keeps, in text order: greedily by :func:`_text_rank` (a run shares no
    token with another, so ranking runs apart picks what ranking all spans together would)."""
    texts = tokens.texts(doc)
    used: set[int] = set()
    kept = []
    for start, end in sorted(spans, key=lambda span: _text_rank(texts, *span)):
        if used.isdisjoint(range(start, end)):
            kept.append((start, end))
            used.update(range(start, end))
    return sorted(kept)


def _text_rank(texts: list[str], start: int, end: int) -> tuple[int, int]:
    """The rank of span ``[start, end)`` among overlapping lexicon hits: longest first, a leading "the" not counted
    ("the West Bank" beats "the West"), then leftmost (``texts``: the Doc's token texts)."""
    words = end - start - int(texts[start].lower() == "the")
    return (-words, start)


def _fuzzy_names(kb: ActorKB, doc: Doc, exact: list[Atom]) -> list[Atom]:
    """Capitalised words outside the ``exact`` atoms whose transliteration skeleton names a person. A word that
    a one-token lexicon key matches is left out at once: wherever it stands, an exact atom covers it (its own
    match, or a longer one that beat it)."""
    texts = tokens.texts(doc)
    memo, misses = kb._fuzzy, kb._fuzzy_misses
    if misses.issuperset(texts):  # most Docs: every word is known to name no one
        return []
    if len(misses) > MAX_FUZZY_MEMO:
        memo.clear()
        misses.clear()
    orth, lower = matchers_for(kb, doc.vocab).alone
    hits = {}
    for word in set(texts).difference(misses):  # each new word once
        entries = memo.get(word)
        if entries is None:
            matched = word in orth or word.lower() in lower
            entries = _skeleton_entries(kb, word) if word.istitle() and not matched else None
            if entries is None:
                misses.add(word)
                continue
            memo[word] = entries
        hits[word] = entries
    if not hits:
        return []
    used = {k for atom in exact for k in range(atom.start, atom.end)}
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
