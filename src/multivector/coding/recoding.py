"""Recoding tables: a coded act whose status or frame makes it another kind of event.

DESIGN §3 and the CAMEO manual code a plan to cooperate as an intent (AGREE, 03x) and a cooperative act the
actor says it will not do as a refusal (REJECT, 12x). Both recodings are tables in status_cues.yaml: the event
types they apply to, a default code and CAMEO prefixes mapped to their new code (the longest prefix wins).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token


@dataclass(frozen=True)
class PrefixRecode:
    """Event types a recoding applies to, and the new CAMEO code for each code prefix."""

    types: frozenset[str]
    default: str
    by_prefix: Mapping[str, str]

    @classmethod
    def from_cues(cls, raw: Mapping[str, Any] | None, default: str) -> PrefixRecode:
        """Build from a ``{types, default, by_prefix}`` block of status_cues.yaml (absent block = no-op)."""
        raw = raw or {}
        return cls(types=frozenset(raw.get("types") or ()), default=str(raw.get("default", default)),
                   by_prefix={str(k): str(v) for k, v in (raw.get("by_prefix") or {}).items()})

    def target(self, cameo: str, event_type: str) -> str | None:
        """The new code of ``cameo``, or None when the recoding does not apply to ``event_type``."""
        if event_type not in self.types:
            return None
        prefixes = [p for p in self.by_prefix if cameo.startswith(p)]
        return self.by_prefix[max(prefixes, key=len)] if prefixes else self.default


def future_auxiliary(verb: Token, words: frozenset[str]) -> Token | None:
    """The future or reported-future auxiliary of ``verb`` ('will', 'would', "wo(n't)"), if it has one."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in words), None)


def is_refusal(verb: Token, status_cues: tuple[str, ...], words: frozenset[str]) -> Token | None:
    """'would not meet', 'will not attend': a negated act in the future tense is a refusal; returns the auxiliary.

    Only a negation on the verb itself counts (not a denial frame, 'no longer', or a negative subject).
    """
    if not any(cue.startswith("negation on") for cue in status_cues):
        return None
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    return future_auxiliary(verb, words)
