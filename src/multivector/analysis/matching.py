"""The cluster-matching rule: when a new event mention is the same real-world event as a cluster.

Pure Python over small profiles, so the rule is testable without a database (docs/clusters.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

_TOKEN = re.compile(r"[^\W\d_]{3,}|\d{2,}", re.UNICODE)


@dataclass(frozen=True)
class ClusterRule:
    """Thresholds of the rule. A mention joins the best-scoring cluster with score >= ``min_score`` among
    clusters of the same event type and status, dated within ``window_days``, sharing participants."""

    window_days: int = 2
    min_overlap: float = 0.5
    min_score: float = 0.6
    actor_weight: float = 0.4
    text_weight: float = 0.4
    date_weight: float = 0.2
    max_token_sets: int = 5
    symmetric_types: frozenset[str] = field(default_factory=lambda: frozenset({"CONSULT", "AGREE", "COOPERATE"}))


@dataclass(frozen=True)
class EventSketch:
    """What the rule sees of one event mention (its type, status, day, participants and words)."""

    event_type: str
    status: str
    day: date | None
    actors: frozenset[str]
    recipients: frozenset[str]
    tokens: frozenset[str]

    @property
    def participants(self) -> frozenset[str]:
        return self.actors | self.recipients


class Profile:
    """A cluster as the rule sees it; grows as mentions join (internal, mutable)."""

    __slots__ = ("cluster_id", "event_type", "status", "first", "last", "actors", "recipients", "token_sets")

    def __init__(self, cluster_id: str, mention: EventSketch, *, first: date, last: date) -> None:
        self.cluster_id = cluster_id
        self.event_type, self.status = mention.event_type, mention.status
        self.first, self.last = first, last
        self.actors, self.recipients = set(mention.actors), set(mention.recipients)
        self.token_sets = [mention.tokens]

    def add(self, mention: EventSketch, rule: ClusterRule) -> None:
        """Absorb a mention: widen dates and participants, keep a few token sets for text similarity."""
        if mention.day is not None:
            self.first, self.last = min(self.first, mention.day), max(self.last, mention.day)
        self.actors |= mention.actors
        self.recipients |= mention.recipients
        if len(self.token_sets) < rule.max_token_sets:
            self.token_sets.append(mention.tokens)


def tokens(text: str | None) -> frozenset[str]:
    """Content tokens of an evidence sentence (lower case, no stop words, >= 3 letters or >= 2 digits)."""
    found = (t.lower() for t in _TOKEN.findall(text or ""))
    return frozenset(t for t in found if t not in STOP_WORDS)


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _directions_agree(m: EventSketch, p: Profile, rule: ClusterRule) -> bool:
    if not m.recipients or not p.recipients:
        return True
    same = bool(m.actors & p.actors) and bool(m.recipients & p.recipients)
    swapped = bool(m.actors & p.recipients) and bool(m.recipients & p.actors)
    return same or (swapped and m.event_type in rule.symmetric_types)


def day_gap(day: date, profile: Profile) -> int:
    """Days between ``day`` and the cluster's date range (0 inside it)."""
    if day < profile.first:
        return (profile.first - day).days
    return max(0, (day - profile.last).days)


def score(m: EventSketch, p: Profile, rule: ClusterRule) -> float | None:
    """Similarity of a mention to a cluster, or None when a hard constraint fails."""
    if m.day is None or m.event_type != p.event_type or m.status != p.status:
        return None
    gap = day_gap(m.day, p)
    parts = p.actors | p.recipients
    shared = m.participants & parts
    if gap > rule.window_days or not shared:
        return None
    if len(shared) / min(len(m.participants), len(parts)) < rule.min_overlap or not _directions_agree(m, p, rule):
        return None
    text = max(jaccard(m.tokens, t) for t in p.token_sets)
    closeness = 1.0 - gap / (rule.window_days + 1)
    return (rule.actor_weight * jaccard(m.participants, parts) + rule.text_weight * text
            + rule.date_weight * closeness)


def best_match(m: EventSketch, candidates: list[Profile], rule: ClusterRule) -> Profile | None:
    """The highest-scoring candidate at or above ``min_score`` (ties: smallest cluster id)."""
    best: tuple[float, str] | None = None
    chosen = None
    for profile in candidates:
        s = score(m, profile, rule)
        if s is None or s < rule.min_score:
            continue
        key = (-s, profile.cluster_id)
        if best is None or key < best:
            best, chosen = key, profile
    return chosen
