"""Background by the trigger's own date (coding/background.py, round 2): an act whose own clause is dated well
before publication ('in 2016', 'last year', 'two years ago') is history, not news. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2021, 6, 10)
LEAD = "Talks on the crisis opened in Geneva on Monday. "  # the story's news: background follows it


@pytest.mark.parametrize("text", [
    "The Security Council ramped up sanctions on North Korea in 2016.",
    "Two years ago, rebels attacked the town of Goma.",
    "Last year, Russia expelled two British diplomats.",
    "Rebels attacked Goma in March 2019.",
    "Russia expelled two Dutch diplomats last September.",
    "The general, who seized the capital in a coup in 2013, met the Russian president.",
])
def test_act_dated_long_before_publication_is_background(code_text, text):
    events = code_text(LEAD + text, PUB)
    assert not [e for e in events if e.event_type in {"SANCTION", "ASSAULT", "FIGHT"}]


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Security Council ramped up sanctions on North Korea on Monday.", "SANCTION"),
    ("Rebels attacked the town of Goma last month.", "ASSAULT"),
    ("Rebels attacked Goma in April.", "ASSAULT"),
    ("Russia expelled two British diplomats in 2021.", "SANCTION"),
    # a dateline or a bare day without a year may lie ahead: not dated away from the news
    ("Ministers will impose sanctions on Iran on March 19.", "SANCTION"),
])
def test_recent_or_undated_act_stays_news(code_text, text, event_type):
    assert event_type in code_text.types(LEAD + text, PUB)


@pytest.mark.parametrize(("when", "invasions"), [("in 1998", 0), ("on Monday", 1)])
def test_relative_clause_about_a_participants_past_is_not_coded(code_text, when, invasions):
    events = code_text(f"{LEAD}The Rwandan president met Ugandan President Yoweri Museveni, whose army invaded Congo "
                       f"{when}, on Tuesday.", PUB)
    assert len([e for e in events if e.trigger.startswith("invade")]) == invasions
    assert "CONSULT" in [e.event_type for e in events]


def test_the_lead_sentence_is_the_news_whatever_its_date(code_text):
    assert "SANCTION" in code_text.types("Last year, Russia expelled two British diplomats.", PUB)
