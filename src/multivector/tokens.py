"""Per-Doc token attribute arrays, read once per Doc without spaCy Token objects.

``doc[i]``, ``token.head``, ``doc[a:b]`` (a Span costs as much as ten Token reads) and span iteration each
build fresh objects; the hot loops of actor and event coding test the same few attributes of the same tokens
many times. :func:`of` gives a Doc's :class:`TokenArrays`: each attribute is read from the Doc's C arrays
(``Doc.to_array``) into a plain Python list on first use and then kept, in ``doc.user_data`` under a
``"multivector."`` key (the throughput benchmark clears those keys between runs). Fetch the arrays once per
function and index them in loops: ``words = tokens.of(doc).texts``.

Exact equivalents of Token attributes (spaCy's lexical attributes are string functions of the token text):
``texts[i] == doc[i].text``, ``lowers[i] == doc[i].lower_ == texts[i].lower()``, ``texts[i].istitle()`` is
``is_title`` (likewise ``isupper``/``isalpha``/``islower`` for ``is_upper``/``is_alpha``/``is_lower``),
``spaces[i] == bool(doc[i].whitespace_)``, ``stops[i] == doc[i].is_stop``, ``tags[i] == doc[i].tag_``,
``ent_types[i] == doc[i].ent_type_``, ``deps[i] == doc[i].dep_``, ``heads[i] == doc[i].head.i``,
``kids[i] == tuple(c.i for c in doc[i].children)`` (children in text order); :func:`sent_start` is ``doc[i].is_sent_start``, :func:`char_bounds`
gives ``doc[a:b].start_char, .end_char``, :func:`span_text` ``doc[a:b].text``, :func:`span_parts` all three,
:func:`sentence_bounds` ``doc[i].sent.start, .end``; :func:`sentence_range` is ``doc[i].sent`` on a Doc with sentence marks and the
whole Doc otherwise, :func:`has_parse` ``doc.has_annotation("DEP")``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container, Iterable, Iterator, Sequence
from itertools import compress
from operator import or_
from typing import TYPE_CHECKING, Any

from numpy import arange
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_STOP, ORTH, SENT_START, SPACY, TAG

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

CACHE_PREFIX = "multivector."  # the Doc.user_data keys of every per-Doc cache of this package start so
KEY = CACHE_PREFIX + "token_arrays"  # Doc.user_data key of a Doc's TokenArrays
_STRING_MEMO: dict[int, str] = {}  # spaCy string hash -> string, shared by all vocabs (the hash is of the string)
MAX_STRING_MEMO = 500_000  # strings remembered before the memo starts afresh
# Attributes read together by one Doc.to_array call (each call has a fixed cost that dwarfs a column's): nearly
# every Doc the coder sees needs the texts, tags, labels, entity types and heads, about half the others.
_STRING_COLUMNS = (("texts", ORTH), ("tags", TAG), ("deps", DEP), ("ent_types", ENT_TYPE))
_INT_COLUMNS = (("spaces", SPACY), ("starts", IDX), ("sent_flags", SENT_START), ("stops", IS_STOP))
_COLUMN_ATTRS = [attr for _, attr in _STRING_COLUMNS] + [HEAD] + [attr for _, attr in _INT_COLUMNS]
_COLUMN_NAMES = frozenset(name for name, _ in (*_STRING_COLUMNS, ("heads", HEAD), *_INT_COLUMNS))

__all__ = [
    "TokenArrays",
    "ancestors",
    "char_bounds",
    "deps",
    "ent_types",
    "has_parse",
    "has_sentences",
    "heads",
    "kids",
    "lowers",
    "of",
    "opens_sentence",
    "positions",
    "release",
    "sent_start",
    "sentence_bounds",
    "sentence_range",
    "spaces",
    "span_parts",
    "span_text",
    "stops",
    "tags",
    "texts",
    "word_set",
]


class TokenArrays:
    """One Doc's token attributes as plain lists, each read on first use (see the module docstring).

    ``texts``, ``tags``, ``ent_types``, ``deps`` (strings); ``lowers``; ``heads`` (each token's head index, its
    own index at a root); ``kids`` (each token's children indices, in text order); ``spaces``, ``stops`` (0/1); ``starts`` (the
    character offset of each token); ``sent_flags`` (spaCy's SENT_START: 1, 0, or -1 as an unsigned 64-bit
    number); ``sentence_starts`` (the tokens that open sentences, then the Doc's length); ``has_sentences``; ``word_set``
    (the lower-case words as a set: a cheap test that a cue word is absent from the Doc).
    """

    texts: list[str]
    tags: list[str]
    ent_types: list[str]
    deps: list[str]
    heads: list[int]
    kids: list[tuple[int, ...]]
    lowers: list[str]
    spaces: list[int]
    stops: list[int]
    starts: list[int]
    sent_flags: list[int]
    sentence_starts: list[int]
    has_sentences: bool
    has_parse: bool

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.size = len(doc)

    def __getattr__(self, name: str) -> Any:  # only called for an attribute not read yet
        doc = self.__dict__.get("doc")
        if doc is None:
            raise AttributeError(name)
        if name in _COLUMN_NAMES:
            self._read_columns()
            return self.__dict__[name]
        if name == "kids":
            value = _children_indices(self.heads)
        elif name == "lowers":
            value = list(map(str.lower, self.texts))
        elif name == "word_set":
            value = frozenset(self.lowers)
        elif name == "sentence_starts":
            flags = self.sent_flags
            value = [0] + [k for k in range(1, self.size) if flags[k] == 1] + [self.size]
        elif name == "has_sentences":
            value = doc.has_annotation("SENT_START")
        elif name == "has_parse":
            value = doc.has_annotation("DEP")
        else:
            raise AttributeError(name)
        setattr(self, name, value)
        return value

    def _read_columns(self) -> None:
        """Read every column attribute with one ``Doc.to_array`` call and one string-memo pass."""
        size, names = self.size, [name for name, _ in _STRING_COLUMNS]
        ints = [name for name, _ in _INT_COLUMNS]
        if not size:
            self.__dict__.update((name, []) for name in (*names, "heads", *ints))
            return
        table = self.doc.to_array(_COLUMN_ATTRS).T
        flat = _strings_of(self.doc.vocab, table[:len(names)].ravel().tolist())
        self.__dict__.update((name, flat[k * size:(k + 1) * size]) for k, name in enumerate(names))
        self.__dict__["heads"] = _head_indices(table[len(names)])
        self.__dict__.update(zip(ints, table[len(names) + 1:].tolist()))


def of(doc: Doc) -> TokenArrays:
    """The Doc's token arrays, made once per Doc (again after retokenizing changed its length)."""
    found = doc.user_data.get(KEY)
    if found is None or found.size != len(doc):
        found = doc.user_data[KEY] = TokenArrays(doc)
    return found


def release(doc: Doc) -> None:
    """Drop every per-Doc cache of this package (the ``doc.user_data`` keys that start with :data:`CACHE_PREFIX`).

    Each cache refers back to its Doc (``TokenArrays.doc``, cached Tokens and Spans): a reference cycle that only
    the cyclic garbage collector frees, after the Doc has been scanned several times. Released, a Doc its caller
    drops is freed at once. Caches are rebuilt on demand, so a released Doc can still be coded again."""
    data = doc.user_data
    for key in [k for k in data if isinstance(k, str) and k.startswith(CACHE_PREFIX)]:
        del data[key]


def texts(doc: Doc) -> list[str]:
    """The text of every token (``Token.text``)."""
    return of(doc).texts


def tags(doc: Doc) -> list[str]:
    """The fine-grained tag of every token (``Token.tag_``)."""
    return of(doc).tags


def ent_types(doc: Doc) -> list[str]:
    """The entity label of every token (``Token.ent_type_``, '' outside entities)."""
    return of(doc).ent_types


def lowers(doc: Doc) -> list[str]:
    """The lower-case text of every token (``Token.lower_``, which spaCy computes as ``text.lower()``)."""
    return of(doc).lowers


def word_set(doc: Doc) -> frozenset[str]:
    """The Doc's lower-case words as a set (``"no" in word_set(doc)``: whether a cue word occurs at all)."""
    return of(doc).word_set


def spaces(doc: Doc) -> list[int]:
    """1 where a token is followed by a space (``Token.whitespace_``), else 0."""
    return of(doc).spaces


def stops(doc: Doc) -> list[int]:
    """1 where a token is a stop word (``Token.is_stop``), else 0."""
    return of(doc).stops


def has_sentences(doc: Doc) -> bool:
    """``doc.has_annotation("SENT_START")``, computed once per Doc."""
    return of(doc).has_sentences


def sent_start(doc: Doc, k: int) -> bool | None:
    """``doc[k].is_sent_start``: True, False, or None where the Doc does not say."""
    flag = of(doc).sent_flags[k]
    return None if flag == 0 else flag == 1


def opens_sentence(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a sentence: token 0, or ``doc[k].is_sent_start`` on a Doc with sentence marks."""
    arrays = of(doc)
    return k == 0 or (arrays.has_sentences and arrays.sent_flags[k] == 1)


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Start and end token of the sentence holding token ``i``, as ``doc[i].sent`` gives them on a Doc with
    sentence boundaries (callers test :func:`has_sentences` first, as ``Token.sent`` needs them)."""
    return _sentence_of(of(doc).sentence_starts, i)


def _sentence_of(starts: list[int], i: int) -> tuple[int, int]:
    n = bisect_right(starts, i, 0, len(starts) - 1) - 1
    return starts[n], starts[n + 1]


def sentence_range(doc: Doc, i: int) -> tuple[int, int]:
    """Start and end token of the sentence holding token ``i``; the whole Doc when it has no sentence marks
    (``doc[i].sent if doc.has_annotation("SENT_START") else doc[:]``, without building a Span)."""
    arrays = of(doc)
    return _sentence_of(arrays.sentence_starts, i) if arrays.has_sentences else (0, arrays.size)


def has_parse(doc: Doc) -> bool:
    """``doc.has_annotation("DEP")``, computed once per Doc."""
    return of(doc).has_parse


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``(doc[start:end].start_char, doc[start:end].end_char)`` of a non-empty token range."""
    arrays = of(doc)
    return arrays.starts[start], arrays.starts[end - 1] + len(arrays.texts[end - 1])


def span_parts(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """``start_char``, ``end_char`` and ``text`` of ``doc[start:end]`` (a non-empty range), from one fetch of
    the Doc's arrays: what a mention of the range records."""
    arrays = of(doc)
    starts, words = arrays.starts, arrays.texts
    return starts[start], starts[end - 1] + len(words[end - 1]), _joined(arrays, start, end)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``: each token's text and trailing space, without the last token's space."""
    return _joined(of(doc), start, end)


def _joined(arrays: TokenArrays, start: int, end: int) -> str:
    words = arrays.texts
    if end - start <= 1:
        return words[start] if end > start else ""
    gaps = arrays.spaces
    return "".join([t + " " if s else t for t, s in zip(words[start:end - 1], gaps[start:end - 1])]
                   + words[end - 1:end])


def _head_indices(offsets: Any) -> list[int]:
    """Absolute head indices from a column of spaCy's HEAD array (offsets relative to each token, unsigned)."""
    return (offsets.astype("int64") + arange(len(offsets))).tolist()  # the cast wraps: 2**64 - 1 is -1


def _children_indices(heads: list[int]) -> list[tuple[int, ...]]:
    """Each token's children in text order, as ``Token.children`` yields them (a root is not its own child)."""
    found: list[tuple[int, ...]] = [()] * len(heads)  # most tokens are leaves: no list or tuple made for them
    for child, head in enumerate(heads):
        if head != child:
            found[head] += (child,)
    return found


def deps(doc: Doc) -> list[str]:
    """The dependency label of every token (``Token.dep_``)."""
    return of(doc).deps


def heads(doc: Doc) -> list[int]:
    """The head index of every token (``Token.head.i``; a root is its own head)."""
    return of(doc).heads


def kids(doc: Doc) -> list[tuple[int, ...]]:
    """The children indices of every token, in text order (``Token.children``)."""
    return of(doc).kids


def _strings_of(vocab: Vocab, hashes: list[int]) -> list[str]:
    """The strings of spaCy string hashes, each looked up in the vocab once per process."""
    memo = _STRING_MEMO
    try:
        return list(map(memo.__getitem__, hashes))  # the loop runs in C when every string is known
    except KeyError:
        if len(memo) > MAX_STRING_MEMO:
            memo.clear()
        strings = vocab.strings
        memo.update((h, strings[h]) for h in set(hashes).difference(memo))
        return list(map(memo.__getitem__, hashes))


def ancestors(heads: Sequence[int], i: int) -> Iterator[int]:
    """The ancestors of token ``i`` by index, nearest first (``Token.ancestors``): its head, that one's head, ...
    up to the root; at most as many steps as the Doc has tokens, so a head array with a cycle ends too."""
    for _ in range(len(heads)):
        if heads[i] == i:
            return
        i = heads[i]
        yield i


def positions(words: Sequence[str], *wanted: Container[str]) -> list[int]:
    """Indices of the words that are in any of the ``wanted`` sets, in order; the scan runs in C (``map`` and
    ``compress``), so a pass over every token of a long Doc costs little."""
    hits: Iterable[bool] = map(wanted[0].__contains__, words)
    for more in wanted[1:]:
        hits = map(or_, hits, map(more.__contains__, words))
    return list(compress(range(len(words)), hits))
