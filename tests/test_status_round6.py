"""Status, round 6: awaited 'until' clauses, goals of failed efforts and of efforts to cause another's act, content of agreements, causes outside a negation,
reduced relatives outside a speculative frame. Sentences written for these tests."""

from __future__ import annotations

import pytest

from multivector.coding.status import StatusCues, detect_status

from test_coding_fakes import parse_lemma

CUES = StatusCues.load()


def _status(nlp, text: str, trigger: str) -> str:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return detect_status(token, cues=CUES, lemma=parse_lemma, event_type="CONSULT").status


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # an act awaited in a present-tense 'until' clause; a past one happened
    ("The miners will stay underground until the company meets their demands.", "meets", "hypothetical"),
    ("The miners stayed underground until the company met their demands.", "met", "asserted"),
    # the goal of an effort; the content of an agreement
    ("He welcomed the efforts of Norway to get the rebels to release the hostages.", "release", "hypothetical"),
    ("Oslo regretted the failed bid by Qatar to end the siege.", "end", "negated"),
    ("India has stepped up efforts to build ties with Kenya.", "build", "asserted"),
    ("They broke an accord signed in May to let Chad and Niger join the talks.", "join", "planned"),
    ("The minister reiterated the kingdom's commitment to the OPEC accord.", "accord", "asserted"),
    ("The army launched a campaign against the rebels in the north.", "campaign", "asserted"),
    # a cause is given: the clause's negation or modal does not reach it
    ("The bank could not lower the rate due to American pressure.", "pressure", "asserted"),
    ("The talks did not resume because of the bombing.", "bombing", "asserted"),
    ("The bank could not lower the rate under American pressure.", "pressure", "negated"),
    # a reduced relative misparsed as a clause is outside the frame; a real complement clause is not
    ("Police believe two engineers kidnapped last week are still being held near Basra.", "kidnapped", "asserted"),
    ("Police believe gunmen kidnapped two engineers last week.", "kidnapped", "hypothetical"),
])
def test_round6_status(nlp, text: str, trigger: str, expected: str) -> None:
    assert _status(nlp, text, trigger) == expected
