"""Word senses, round 3: conflict words used figuratively or in another sense are no violence. Constraints on
the trigger's subject (an impact without an agent), object ('fired the coach', 'capture market share', 'hit a
record'), modifiers ('surgical strikes' are no labour strike, 'a heart attack'), complement ('fight to keep'),
particle ('shot back:') and governing verb ('lead the charge'). Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.plausibility import load_rules, other_sense, parse_rules

PUB = date(2025, 3, 14)


def _reason(nlp, coder, text: str, word: str, event_type: str) -> str | None:
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return other_sense(tok, lemma=coder.lemma(tok), event_type=event_type, nominal=tok.tag_.startswith("NN"),
                       lemma_of=coder.lemma)


@pytest.mark.parametrize(("text", "word", "event_type", "reason"), [
    ("The ruling party fired the coach of the national team.", "fired", "ASSAULT", "non-political-theme"),
    ("Chinese exporters could capture 30 percent of the market.", "capture", "COERCE", "non-political-theme"),
    ("Approval of the government hit a record low in March.", "hit", "ASSAULT", "non-political-theme"),
    ("The two leaders struck a balance between trade and security.", "struck", "ASSAULT", "non-political-theme"),
    ("The minister died of a heart attack in Paris.", "attack", "ASSAULT", "non-political-theme"),
    ("American surgical strikes continued near the border.", "strikes", "PROTEST", "non-political-theme"),
    ("Turkish police charged into the crowd in Ankara.", "charged", "ACCUSE", "non-political-theme"),
    ("The fuel shortage hit Kenya hard this winter.", "hit", "ASSAULT", "non-agent-impact"),
    ("Farmers in Poland fight to keep their subsidies.", "fight", "ASSAULT", "struggle-for-goal"),
    ("Asked about the vote, the senator shot back: \"Nobody believes that.\"", "shot", "ASSAULT", "retort"),
    ("Brazil and India lead the charge for a new climate fund.", "charge", "ACCUSE", "idiom"),
    ("Congress passed a bill targeting Chinese banks.", "targeting", "ASSAULT", "figurative"),
])
def test_other_senses_are_recognised(nlp, coder, text, word, event_type, reason):
    got = _reason(nlp, coder, text, word, event_type)
    if reason == "figurative":  # the figurative check lives in implausible(); other_sense must not object
        assert got is None
    else:
        assert got == reason


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("Soldiers fired rockets at the rebel camp.", "fired", "ASSAULT"),
    ("Rebels captured the town of Kidal.", "captured", "COERCE"),
    ("A missile hit the hospital in Kharkiv.", "hit", "ASSAULT"),
    ("Israeli jets struck targets in Gaza.", "struck", "ASSAULT"),
    ("Gunmen attacked the embassy in Kabul.", "attacked", "ASSAULT"),
    ("Dock workers began a strike in Rotterdam.", "strike", "PROTEST"),
    ("Rebels fought government troops to take the airport.", "fought", "ASSAULT"),
    ("Troops fired back at the attackers.", "fired", "ASSAULT"),
    ("The prosecutor pressed charges against the former minister.", "charges", "ACCUSE"),
])
def test_conflict_senses_stay(nlp, coder, text, word, event_type):
    assert _reason(nlp, coder, text, word, event_type) is None


@pytest.mark.parametrize("text", [
    "Kenya fired its coach after the defeat.",
    "The scandal hit Japan's ruling party.",
    "Activists in Georgia fight to protect press freedom.",
    "The European Union passed legislation targeting Russia's shadow fleet.",
])
def test_coder_emits_no_violence(code_text, text):
    assert "ASSAULT" not in code_text.types(text, PUB)


def test_coder_still_codes_violence(code_text):
    assert "ASSAULT" in code_text.types("Russian forces fired missiles at Kyiv on Monday.", PUB)
    assert "ASSAULT" in code_text.types("Sudanese rebels fought the army near Khartoum.", PUB)


def test_round3_tables_parse():
    rules = load_rules()
    assert "coach" in rules.theme_exclusions["fire:ASSAULT"]  # '@dismissed_people' expands
    assert "lead" in rules.idiom_heads["charge"]
    assert "*" in rules.theme_exclusions["charge+into:ACCUSE"]
    custom = parse_rules({"idiom_heads": {"Charge": ["Lead"]}, "impact_verbs": ["hit"]})
    assert custom.idiom_heads["charge"] == frozenset({"lead"}) and custom.impact_verbs == frozenset({"hit"})
