"""Group and IGO membership for analysis: who counts as a pole, a region or a focal actor.

Analysis never imports the actor KB directly: every function takes ``members``, a callable mapping a code
(``EUR``, ``CAS``, ``KAZ``) to the ISO3 codes it stands for. The default treats every code as itself;
``kb_members`` adapts ``ActorKB.members`` (optionally at a date).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Protocol

Members = Callable[[str], frozenset[str]]


class _HasMembers(Protocol):
    def members(self, code: str, *, on: date | None = None) -> frozenset[str]: ...


def identity_members(code: str) -> frozenset[str]:
    """The default membership: a code stands only for itself (right for ISO3 state codes)."""
    return frozenset({code})


def kb_members(kb: _HasMembers, *, on: date | None = None) -> Members:
    """Membership from an ``ActorKB`` (group/IGO -> member states at ``on``; a state -> itself)."""

    def members(code: str) -> frozenset[str]:
        return frozenset(kb.members(code, on=on))

    return members


def expand(code: str, members: Members, *, include_members: bool = True) -> frozenset[str]:
    """The country codes that count as ``code``: the code itself (its institutions) plus, optionally, members."""
    found = {code}
    if include_members:
        found |= set(members(code))
    return frozenset(found)


def expand_all(codes: Iterable[str], members: Members, *, include_members: bool = True) -> dict[str, frozenset[str]]:
    """``expand`` for several labels, keeping their order."""
    return {code: expand(code, members, include_members=include_members) for code in codes}
