"""Nominal ownership (coding/arguments.py: the owner of what a deployment-like noun moves acts) and dates of
historical background (coding/dates.py: decades and old years are dated, not stamped with the publication day)."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.dates import event_date
from multivector.coding.patterns import load_theme_owner_nouns

PUB = date(2025, 10, 15)


def test_theme_owner_nouns_load() -> None:
    nouns = load_theme_owner_nouns()
    assert {"deployment", "withdrawal"} <= nouns and "attack" not in nouns


def test_deployment_belongs_to_the_owner_of_the_weapons(code_text) -> None:
    text = ("Lavrov said Moscow would respond if Tokyo agrees to the deployment of American "
            "intermediate-range missiles on its territory.")
    mobilize = code_text.of_type(text, "MOBILIZE", PUB)
    assert mobilize, "the deployment is coded"
    countries = {a.country for e in mobilize for a in e.actors}
    assert "USA" in countries and "JPN" not in countries


def test_nationality_of_the_deployed_troops_names_the_actor(code_text) -> None:
    text = "Lithuania protested against the deployment of Russian troops to Belarus."
    countries = {a.country for e in code_text.of_type(text, "MOBILIZE", PUB) for a in e.actors}
    assert "RUS" in countries and "LTU" not in countries


def test_victims_of_a_killing_do_not_become_its_actor(code_text) -> None:
    text = "Baghdad condemned the killing of American soldiers near Fallujah on Monday."
    countries = {a.country for e in code_text.of_type(text, "ASSAULT", PUB) for a in e.actors}
    assert "USA" not in countries


@pytest.mark.parametrize("sentence, iso, precision", [
    ("The fortress was built by Russian settlers in the 1860s.", "1860-01-01", "year"),
    ("In 1864 the army burned the town to the ground.", "1864-01-01", "year"),
    ("Relations have been tense since the late 1990s.", "1990-01-01", "year"),
    ("The two countries signed the treaty in 2019.", "2019-01-01", "year"),
])
def test_historical_dates_are_resolved(sentence: str, iso: str, precision: str) -> None:
    found = event_date(sentence, PUB, future=False)
    assert (found.date, found.precision, found.source) == (iso, precision, "text")


def test_digits_without_a_period_word_stay_undated() -> None:
    assert event_date("Some 1860 soldiers marched.", PUB, future=False).source == "publication"


def test_historical_event_is_not_dated_at_publication(code_text) -> None:
    text = "In the 1860s, Russian troops attacked the Circassians."
    dated = [e.date for e in code_text.of_type(text, "ASSAULT", PUB)]
    assert dated and all(d != PUB.isoformat() for d in dated)
