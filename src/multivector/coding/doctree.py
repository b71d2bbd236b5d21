"""Per-Doc cache of each token's dependency children, as Token objects made once per Doc.

``token.children`` is a generator that scans the token's subtree edges and makes a fresh Token object for
every child on every pass; the coder walks the same few clauses many times per candidate event (arguments,
status, plausibility, economic tests). :func:`children_of` gives the same tokens in the same (text) order as
``tuple(token.children)``, read from spaCy once per token and kept in ``doc.user_data`` under a
``"multivector."`` key (the throughput benchmark clears those keys between runs). The Doc must not be
retokenised or reparsed while the cache lives (the coder never does either).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .. import tokens

KEY = tokens.CACHE_PREFIX + "doctree.children"  # Doc.user_data key: list of each token's children tuple (None: not read yet)

__all__ = ["children_of", "clear", "subtree_indices"]


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, made once per token of a Doc and then reused (the same Token objects)."""
    doc = token.doc
    cache = doc.user_data.get(KEY)
    if cache is None or len(cache) != len(doc):
        cache = doc.user_data[KEY] = [None] * len(doc)
    found = cache[token.i]
    if found is None:
        found = cache[token.i] = tuple(token.children)
    return found


def clear(doc: Doc) -> None:
    """Forget a Doc's cached children (needed only if the Doc's parse changes)."""
    doc.user_data.pop(KEY, None)


def subtree_indices(kids: Sequence[tuple[int, ...]], k: int) -> list[int]:
    """``doc[k].subtree`` as token indices, in its order (the left children's subtrees, the token, the right
    ones'), from the children indices of :mod:`multivector.tokens` (``kids``): no Token made."""
    out: list[int] = []
    for child in kids[k]:
        if child < k:
            out += subtree_indices(kids, child)
    out.append(k)
    for child in kids[k]:
        if child > k:
            out += subtree_indices(kids, child)
    return out
