"""Economic wire copy is not diplomacy: market business is dropped, political economy stays."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.economic import economic, load_words, parse_words
from multivector.coding.lexicon import lemma
from multivector.errors import CodingError
from multivector.model import ActorRef

PUB = date(1987, 4, 6)


def _ref(code: str, country: str | None, sector: str | None) -> ActorRef:
    return ActorRef(code, None, code, code, country, sector, None)


@pytest.mark.parametrize("text", [
    "Quibble Widget Industries Inc agreed to buy the Canadian unit of Harlow Brothers Ltd.",
    "Bank of America agreed to sell its stake in a Hong Kong bank to Japan Air Lines Co Ltd.",
    "Norwegian Petroleum Holdings raised its stake in Brightwater Co of Canada to 12 pct.",
    "Fratelli Gomma SpA signed a cooperation agreement with Toyota Motor Corp.",
])
def test_corporate_deals_are_no_events(code_text, text):
    assert code_text(text, PUB) == []


@pytest.mark.parametrize("text", [
    "Brazil agreed to buy shares in the state oil company of Argentina.",
    "France will cut its prices for wheat sold to Algeria, officials said.",
])
def test_market_objects_are_no_events_even_for_states(code_text, text):
    assert code_text(text, PUB) == []


@pytest.mark.parametrize("text, event_type", [
    ("The United States imposed sanctions on Japan over its semiconductor trade.", "SANCTION"),
    ("Bolivia nationalised the assets of the Brazilian company last week.", None),
    ("Japan agreed to reschedule Nigeria's debt of 400 mln dlrs.", "AGREE"),
])
def test_political_economy_stays(code_text, text, event_type):
    events = code_text(text, PUB)
    for event in events:
        assert all(a.sector != "BUS" for a in event.actors)
    if event_type is not None:
        assert event_type in {e.event_type for e in events}


def test_violence_next_to_prices_stays(code_text):
    text = "Rebels attacked the pipeline in Iraq, and oil prices rose 3 pct to 50 dollars a barrel."
    assert any(e.event_type == "ASSAULT" for e in code_text(text, PUB))


def test_reason_names_the_cause(nlp):
    doc = nlp("Sweden bought a large stake in the firm.")
    verb = next(t for t in doc if t.text == "bought")
    reason = economic(verb, [_ref("SWE", "SWE", None)], [], event_type="COOPERATE", lemma_of=lemma)
    assert reason is not None and "stake" in reason


def test_market_participants(nlp):
    doc = nlp("The two companies signed an agreement in Tokyo.")
    verb = next(t for t in doc if t.text == "signed")
    firm, other = _ref("JPNBUS", "JPN", "BUS"), _ref("BUS", None, "BUS")
    bank = ActorRef("GBRGOV", None, "Bank of England", "GBRGOV", "GBR", "GOV", "central_bank")

    def reason(actors, recipients):
        return economic(verb, actors, recipients, event_type="AGREE", lemma_of=lemma)

    assert "market" in reason([firm], [other])
    assert "market" in reason([firm], [_ref("USA", "USA", None)])  # 'exports to the U.S.': a market, no partner
    assert "market" in reason([bank], [])  # a central bank's market operation
    assert reason([firm], [_ref("USAGOV", "USA", "GOV")]) is None  # a company acting on a government
    assert reason([_ref("JPNGOV", "JPN", "GOV")], [other]) is None  # a government acting on a company
    assert reason([_ref("BRAGOV", "BRA", "GOV")], [bank]) is None  # a minister meets the central bank


def test_statistic_clause(nlp):
    doc = nlp("Exports to Egypt rose 5.4 pct to 48 billion guilders, the ministry said.")
    verb = next(t for t in doc if t.text == "rose")
    reason = economic(verb, [_ref("NLD", "NLD", None)], [_ref("EGY", "EGY", None)], event_type="COOPERATE",
                      lemma_of=lemma)
    assert reason is not None and "Exports" in reason
    assert economic(verb, [_ref("NLD", "NLD", None)], [], event_type="ASSAULT", lemma_of=lemma) is None


def test_word_lists():
    words = load_words()
    assert "stake" in words.market_objects and "sanctions" in words.political_words
    assert "BUS" in words.business_sectors
    with pytest.raises(CodingError):
        parse_words({"market_objects": "stake"})
