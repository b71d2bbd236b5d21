"""A Doc's parse as plain lists in slots: what the argument walks (:mod:`.arguments`, :mod:`.roles`) read.

:class:`Parse` holds the :mod:`multivector.tokens` arrays of one Doc (texts, lower-case texts, tags, entity
labels, dependency labels, head indices, children indices) in ``__slots__``, all read when it is made (reading
one is a slot load; :class:`multivector.tokens.TokenArrays` makes each on first use). It also keeps each token's
lemma once computed. A walk fetches ``p = parse_of(doc)``
once and passes ``(p, token index)`` down; functions named ``*_at(p, k)`` are their Token namesakes for token
``k``. Cached in ``doc.user_data`` under a ``"multivector."`` key, like the arrays it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import tokens
from .lexicon import lemma as token_lemma
from .lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

KEY = tokens.CACHE_PREFIX + "coding.parse"  # Doc.user_data key of a Doc's Parse
_COORDINATION_DEPS = frozenset({"conj", "appos"})

__all__ = ["Parse", "lemma_reader", "parse_of", "to_infinitive_at"]


class Parse:
    """One Doc's token arrays (see the module docstring); ``doc[k]`` is the Token where one must be made."""

    __slots__ = ("_coordinators", "_lemmas", "deps", "doc", "ent_types", "heads", "kids", "lowers", "size", "tags",
                 "texts")

    def __init__(self, doc: Doc) -> None:
        arrays = tokens.of(doc)
        self.doc, self.size = doc, arrays.size
        self.texts, self.lowers, self.tags = arrays.texts, arrays.lowers, arrays.tags
        self.ent_types, self.deps, self.heads, self.kids = arrays.ent_types, arrays.deps, arrays.heads, arrays.kids
        self._lemmas: list[str | None] = [None] * arrays.size
        self._coordinators: frozenset[int] | None = None

    def lemma(self, k: int) -> str:
        """``lexicon.lemma(doc[k])``: the lemma of the token's text and tag, computed once per token."""
        found = self._lemmas[k]
        if found is None:
            found = self._lemmas[k] = lemma_of(self.texts[k], self.tags[k])
        return found

    @property
    def coordinators(self) -> frozenset[int]:
        """The tokens with a conjunct or apposition ('A' of 'A, B and C'): any other token coordinates nothing."""
        if self._coordinators is None:
            heads = self.heads
            self._coordinators = frozenset(heads[k] for k in tokens.positions(self.deps, _COORDINATION_DEPS))
        return self._coordinators

    @property
    def sent_flags(self) -> list[int]:
        """spaCy's SENT_START of every token (``tokens.of(doc).sent_flags``)."""
        return tokens.of(self.doc).sent_flags

    @property
    def word_set(self) -> frozenset[str]:
        """The Doc's lower-case words as a set (``tokens.word_set``)."""
        return tokens.of(self.doc).word_set


def parse_of(doc: Doc) -> Parse:
    """The Doc's :class:`Parse`, made once per Doc (again after retokenizing changed its length)."""
    found = doc.user_data.get(KEY)
    if found is None or found.size != len(doc):
        found = doc.user_data[KEY] = Parse(doc)
    return found


def lemma_reader(p: Parse, lemma: Callable[[Token], str]) -> Callable[[int], str]:
    """``lemma`` as a function of a token index of ``p``'s Doc: the Parse's memo for the packaged lemmatiser
    (it reads only a token's text and tag), else ``lemma(doc[k])``."""
    if lemma is token_lemma:
        return p.lemma
    doc = p.doc
    return lambda k: lemma(doc[k])


def to_infinitive_at(a: Parse | tokens.TokenArrays, k: int) -> bool:
    """Whether token ``k`` has the infinitive marker 'to' as an auxiliary ('to strike')."""
    deps, lowers = a.deps, a.lowers
    return any(deps[c] == "aux" and lowers[c] == "to" for c in a.kids[k])
