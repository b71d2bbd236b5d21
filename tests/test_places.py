"""Places from prepositional phrases, resolved in the offline gazetteer."""

from __future__ import annotations

import pytest

from multivector.coding.places import Gazetteer, LazyGazetteer, find_place


@pytest.fixture(scope="module")
def gazetteer() -> LazyGazetteer:
    return LazyGazetteer()


def test_gazetteer_lookup(gazetteer: LazyGazetteer) -> None:
    gaz = gazetteer.get()
    assert gaz.lookup("Beijing").country == "CHN"
    assert gaz.lookup("Astana").geonames_id == 1526273
    white_house = gaz.lookup("the White House")
    assert white_house.country == "USA" and abs(white_house.lat - 38.9) < 0.2
    assert gaz.lookup("Kazakhstan").country == "KAZ"
    assert gaz.lookup("Nowhereville") is None
    assert gazetteer.get() is gaz


def test_find_place_in_a_parse(nlp, gazetteer: LazyGazetteer) -> None:
    doc = nlp("Tokayev met Xi Jinping in Astana on Monday.")
    assert find_place(doc[1], gazetteer).name == "Astana"
    doc = nlp("Mirziyoyev will travel to Paris for talks with Macron.")
    trigger = next(t for t in doc if t.text == "travel")
    assert find_place(trigger, gazetteer).country == "FRA"
    assert find_place(nlp("Putin criticised NATO.")[1], gazetteer) is None


def test_fake_gazetteer_is_loaded_once() -> None:
    calls = []

    def loader() -> Gazetteer:
        calls.append(1)
        return Gazetteer({}, {})

    lazy = LazyGazetteer(loader)
    lazy.get()
    lazy.get()
    assert calls == [1]
