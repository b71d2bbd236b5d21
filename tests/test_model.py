"""The event record is DESIGN §3 field for field, and every record round-trips through JSON."""

from __future__ import annotations

import json
import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from multivector.model import ACTOR_FIELDS, EVENT_FIELDS, ActorRef, Article, Event, Place, normalise_text

codes = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=6)
short = st.text(min_size=0, max_size=20)
actors = st.builds(ActorRef, text=short, id=st.none() | st.just("Q1"), name=short, code=codes,
                   country=st.none() | codes, sector=st.none() | st.sampled_from(["GOV", "MIL"]),
                   role=st.none() | st.just("head_of_state"))
places = st.builds(Place, name=short, country=st.none() | codes,
                   lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180),
                   geonames_id=st.none() | st.integers(1, 10**7))
events = st.builds(
    Event, id=st.just("ev-1"), article_id=st.just("a-1"), sentence_index=st.integers(0, 500),
    span=st.tuples(st.integers(0, 100), st.integers(100, 200)), text=short, trigger=short,
    event_type=st.sampled_from(["CONSULT", "AGREE", "THREATEN"]), mode=st.none() | st.just("visit"),
    context=st.lists(short, max_size=3).map(tuple), cameo=st.sampled_from(["036", "042", "138"]),
    quad_class=st.integers(1, 4), goldstein=st.floats(-10, 10), actors=st.lists(actors, max_size=3).map(tuple),
    recipients=st.lists(actors, max_size=5).map(tuple),
    status=st.sampled_from(["asserted", "planned", "hypothetical", "negated", "question"]),
    speaker=st.none() | actors, quote=st.none() | short, date=st.none() | st.just("2025-11-12"),
    date_precision=st.none() | st.just("day"), date_source=st.sampled_from(["text", "publication", "unknown"]),
    location=st.none() | places, confidence=st.floats(0, 1), rule=short, coder_version=st.just("0.1.0"),
)


@given(events)
def test_event_round_trips_through_json(event: Event) -> None:
    assert Event.from_json(event.to_json()) == event


def test_event_fields_are_design_section_3(shared_dir) -> None:
    design = (shared_dir / "DESIGN.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", design, re.S).group(1)
    record = json.loads(block)
    assert tuple(record) == EVENT_FIELDS
    assert tuple(record["actors"][0]) == ACTOR_FIELDS
    assert tuple(record["location"]) == tuple(Place.__dataclass_fields__)


@given(events)
def test_to_dict_keys_are_exact(event: Event) -> None:
    record = event.to_dict()
    assert tuple(record) == EVENT_FIELDS
    for actor in record["actors"] + record["recipients"]:
        assert tuple(actor) == ACTOR_FIELDS


def test_article_id_is_stable_and_depends_on_url() -> None:
    a = Article.create("Talks held.\r\nIn Astana.  ", date=date(2025, 1, 2))
    b = Article.create("Talks held.\nIn Astana.")
    c = Article.create("Talks held.\nIn Astana.", url="https://example.org/x")
    assert a.id == b.id != c.id
    assert a.text == "Talks held.\nIn Astana."
    assert Article.from_dict(a.to_dict()) == a


def test_normalise_text_unifies_unicode_forms() -> None:
    assert normalise_text("Tu\u0308rkiye") == normalise_text("Türkiye")
