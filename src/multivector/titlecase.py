"""Title case, the mark of a headline ('Musharraf to Retain Army Post'): one test for the coder and the actor finder.

No dependency beyond spaCy tokens, so ``actors`` can use it without importing the coder.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token


def title_cased(tokens: Iterable[Token], *, share: float = 0.8, min_words: int = 3) -> bool:
    """Whether at least ``share`` of the content words (alphabetic, not stop words; at least ``min_words`` of them)
    start with a capital letter."""
    words = [t for t in tokens if t.is_alpha and not t.is_stop]
    return len(words) >= min_words and sum(t.text[:1].isupper() for t in words) >= share * len(words)
