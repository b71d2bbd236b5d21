"""Frozen records passed between stages, with a JSON round-trip.

``Event.to_dict()`` is the stable event record of DESIGN §3, field for field and in that order.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Status = Literal["asserted", "planned", "hypothetical", "negated", "question"]
STATUSES: tuple[str, ...] = ("asserted", "planned", "hypothetical", "negated", "question")
DatePrecision = Literal["day", "month", "year"]
DateSource = Literal["text", "publication", "unknown"]


def normalise_text(text: str) -> str:
    """NFC-normalise, unify line endings and strip trailing spaces; the basis of article ids and spans."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of the given strings."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Article:
    """One news item after ingest. ``text`` is normalised; ``date`` is the publication date or None."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None

    @staticmethod
    def make_id(text: str, url: str | None = None) -> str:
        """Article id: a stable hash of the normalised text, plus the url when given."""
        return "a-" + stable_hash(normalise_text(text), url or "")

    @classmethod
    def create(
        cls,
        text: str,
        *,
        title: str | None = None,
        date: date | None = None,
        source: str | None = None,
        url: str | None = None,
        origin: str | None = None,
    ) -> Article:
        """Build an article from raw text, normalising it and deriving its id."""
        clean = normalise_text(text)
        return cls(
            id=cls.make_id(clean, url),
            text=clean,
            title=title,
            date=date,
            source=source,
            url=url,
            origin=origin,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "url": self.url,
            "origin": self.origin,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        raw_date = data.get("date")
        return cls(
            id=data["id"],
            text=data["text"],
            title=data.get("title"),
            date=date.fromisoformat(raw_date) if raw_date else None,
            source=data.get("source"),
            url=data.get("url"),
            origin=data.get("origin"),
        )


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its index and character span in ``Article.text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor, exactly the actor object of DESIGN §3."""

    text: str
    id: str | None
    name: str
    code: str
    country: str | None
    sector: str | None
    role: str | None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorRef:
        return cls(**{f.name: data.get(f.name) for f in dataclasses.fields(cls)})

    def with_text(self, text: str) -> ActorRef:
        """The same actor as written differently in the text (itself when written so: the record is frozen)."""
        if text == self.text:
            return self
        ref = object.__new__(ActorRef)  # a copy of the fields, without the frozen __init__'s setattr per field
        fields = ref.__dict__
        fields.update(self.__dict__)
        fields["text"] = text
        return ref


@dataclass(frozen=True)
class Mention:
    """An actor mention: character span in the article text, token span in the Doc, and its resolution.

    ``kind`` tells how it was found: ``person``, ``state``, ``metonym``, ``demonym``, ``igo``, ``group``,
    ``sector``, ``title``, ``pronoun`` or ``business`` (a company or central bank).
    """

    start_char: int
    end_char: int
    start_token: int
    end_token: int
    text: str
    actor: ActorRef
    kind: str = "state"


@dataclass(frozen=True)
class Place:
    """A resolved location."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(**{f.name: data.get(f.name) for f in dataclasses.fields(cls)})


@dataclass(frozen=True)
class Event:
    """One coded event with its evidence; ``to_dict`` is the DESIGN §3 record."""

    id: str
    article_id: str
    sentence_index: int
    span: tuple[int, int]
    text: str
    trigger: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad_class: int
    goldstein: float
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    status: str
    speaker: ActorRef | None
    quote: str | None
    date: str | None
    date_precision: str | None
    date_source: str
    location: Place | None
    confidence: float
    rule: str
    coder_version: str

    @staticmethod
    def make_id(article_id: str, sentence_index: int, cameo: str, trigger: str,
                actor_codes: tuple[str, ...], recipient_codes: tuple[str, ...]) -> str:
        """Stable event id from its evidence and coding, so re-coding the same text gives the same id."""
        return "ev-" + stable_hash(article_id, str(sentence_index), cameo, trigger,
                                   ",".join(actor_codes), ",".join(recipient_codes))

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN §3 record, field for field, in order."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "span": [self.span[0], self.span[1]],
            "text": self.text,
            "trigger": self.trigger,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [a.to_dict() for a in self.recipients],
            "status": self.status,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "quote": self.quote,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "rule": self.rule,
            "coder_version": self.coder_version,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        speaker = data.get("speaker")
        location = data.get("location")
        return cls(
            id=data["id"],
            article_id=data["article_id"],
            sentence_index=int(data["sentence_index"]),
            span=(int(data["span"][0]), int(data["span"][1])),
            text=data["text"],
            trigger=data["trigger"],
            event_type=data["event_type"],
            mode=data.get("mode"),
            context=tuple(data.get("context") or ()),
            cameo=data["cameo"],
            quad_class=int(data["quad_class"]),
            goldstein=float(data["goldstein"]),
            actors=tuple(ActorRef.from_dict(a) for a in data.get("actors") or ()),
            recipients=tuple(ActorRef.from_dict(a) for a in data.get("recipients") or ()),
            status=data["status"],
            speaker=ActorRef.from_dict(speaker) if speaker else None,
            quote=data.get("quote"),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            date_source=data.get("date_source", "unknown"),
            location=Place.from_dict(location) if location else None,
            confidence=float(data["confidence"]),
            rule=data["rule"],
            coder_version=data["coder_version"],
        )

    @classmethod
    def from_json(cls, text: str) -> Event:
        return cls.from_dict(json.loads(text))


EVENT_FIELDS: tuple[str, ...] = (
    "id", "article_id", "sentence_index", "span", "text", "trigger", "event_type", "mode", "context",
    "cameo", "quad_class", "goldstein", "actors", "recipients", "status", "speaker", "quote", "date",
    "date_precision", "date_source", "location", "confidence", "rule", "coder_version",
)
ACTOR_FIELDS: tuple[str, ...] = ("text", "id", "name", "code", "country", "sector", "role")
