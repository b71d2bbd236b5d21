"""Event coding: ontology, patterns, arguments, status, attribution, dates and places -> DESIGN §3 events."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..model import Article, Event
from .coder import Coder


@lru_cache(maxsize=1)
def _default_coder() -> Coder:
    return Coder.load()


def code_doc(doc: Doc, article: Article, kb: Any, *, coder: Coder | None = None) -> list[Event]:
    """Code one parsed article with ``coder`` (the packaged coder, loaded once, when None)."""
    return (coder or _default_coder()).code(doc, article, kb)


__all__ = ["Coder", "code_doc"]
