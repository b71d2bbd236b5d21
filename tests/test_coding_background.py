"""Background mentions: a past event named as time, cause or history is not coded as a new event
(coding/background.py). Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.background import background, load_background, parse_background

PUB = date(2025, 3, 14)


def _markers(nlp, text: str, *, published: date | None = PUB) -> dict[str, str]:
    doc = nlp(text)
    found = {}
    for tok in doc:
        reason = background(tok, nominal=tok.tag_.startswith("NN"), published=published)
        if reason:
            found[tok.lower_] = reason
    return found


def _events(code_text, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.event_type, e.trigger) for e in code_text(text, PUB)]


@pytest.mark.parametrize(("text", "word", "marker"), [
    ("Police made the first arrest since last month's invasion of the town.", "invasion", "since-adjunct"),
    ("The general is a veteran of the Iraq invasion.", "invasion", "veteran-of"),
    ("Protesters gathered on the anniversary of the attack on the embassy.", "attack", "anniversary-of"),
    ("Riots spread in the wake of the execution of the opposition leader.", "execution", "wake-of"),
    ("The economy never recovered from the 1998 invasion.", "invasion", "past-date"),
    ("The ministry published a study of the bombing of 2011.", "bombing", "past-date"),
    ("Last year's bombing of the consulate is still unsolved.", "bombing", "past-date"),
    ("Analysts compared the talks to the Cold War summits, when tensions ran high.", "war", "event-name"),
])
def test_noun_markers(nlp, text, word, marker):
    assert _markers(nlp, text).get(word) == f"background:{marker}"


@pytest.mark.parametrize(("text", "word"), [
    ("Soldiers attacked the village on Tuesday after an assault on a checkpoint.", "assault"),
    ("The invasion of the northern province began at dawn.", "invasion"),
    ("Sunday's attack on the convoy killed four soldiers.", "attack"),  # weekday: the news event itself
    ("The 2025 offensive in the east has stalled.", "offensive"),  # the publication year is current
    ("The talks continued during a visit to Ankara.", "visit"),  # 'during' frames current events
])
def test_current_mentions_are_not_background(nlp, text, word):
    assert word not in _markers(nlp, text)


def test_a_year_is_past_only_before_the_publication_year(nlp):
    text = "Officials discussed the 2024 blockade of the port."
    assert _markers(nlp, text, published=date(2025, 1, 2)).get("blockade") == "background:past-date"
    assert "blockade" not in _markers(nlp, text, published=date(2024, 6, 1))


@pytest.mark.parametrize(("text", "word", "marker"), [
    ("No state has recognised the junta since it seized power in the capital.", "seized", "since-clause"),
    ("The region fell into chaos in 2013, when rebels seized the provincial capital.", "seized", "dated-clause"),
])
def test_clause_markers(nlp, text, word, marker):
    assert _markers(nlp, text).get(word) == f"background:{marker}"


def test_a_dated_main_clause_is_the_point_and_stays(nlp):
    assert "seized" not in _markers(nlp, "In 2013, rebels seized the provincial capital of the country.")


def test_coder_drops_background_but_keeps_the_news(code_text):
    news = _events(code_text, "Russian troops attacked Ukrainian positions near Kharkiv on Monday.")
    assert any(t == "ASSAULT" for t, _ in news)
    background_only = _events(code_text,
                              "Ukraine has rebuilt its army since the 2014 invasion by Russia.")
    assert not any(t == "ASSAULT" for t, _ in background_only)
    dated = _events(code_text,
                    "Ukraine and Poland have traded more grain since Russia invaded Ukraine in February 2022.")
    assert not any(t == "ASSAULT" for t, _ in dated)


def test_rules_come_from_the_packaged_table():
    rules = load_background()
    assert "since" in rules.preps and "anniversary" in rules.heads and "year" in rules.time_nouns
    custom = parse_background({"background_preps": ["Since", "After"], "background_heads": []})
    assert custom.preps == frozenset({"since", "after"}) and not custom.heads and not custom.clause_marks
