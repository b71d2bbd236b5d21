"""Role checks (coding/roles.py): who may be the agent or the patient of a trigger, with a near miss for each."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.parse import parse_of
from multivector.coding.roles import (controls_by_object_at, misread_participle_at, raised_passive_at,
                                      reason_excludes_subject_at)


def _at(check, token, *args):  # type: ignore[no-untyped-def]
    """A role check by index, asked of a Token."""
    return check(parse_of(token.doc), token.i, *args)


def _doc(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A hand-parsed sentence: ``heads`` are absolute token indexes."""
    return Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps)


def _actors(events, event_type: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[a.code for a in e.actors] for e in events if e.event_type == event_type]


# --- object control: only urge/ask/allow-like verbs hand their object to the infinitive ---------------------

def test_urged_object_is_the_subject_of_the_infinitive(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The United States urged Sudan to disarm the militias in Darfur.")
    assert ["SDN"] in _actors(events, "RETREAT")


def test_purpose_infinitive_belongs_to_the_visitor_not_the_visited(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The Italian minister visited Libya to discuss joint efforts to curb illegal migration into the EU.")
    assert all("LBY" not in codes for codes in _actors(events, "COERCE"))


def test_object_control_verbs_come_from_the_word_list(nlp) -> None:  # type: ignore[no-untyped-def]
    urged, visited = nlp("Britain urged Iran to talk."), nlp("Britain visited Iran to talk.")
    assert _at(controls_by_object_at, urged[1]) and not _at(controls_by_object_at, visited[1])


def test_used_a_speech_to_urge_keeps_the_speaker_as_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Taiwan's leader used his speech to urge China to begin peace talks.")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and requests[0].actors[0].country == "TWN" and requests[0].recipients[0].code == "CHN"


# --- raised passives: 'are reported to have been killed' ----------------------------------------------------

def test_raised_passive_subject_is_the_victim(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Three Iraqi policemen are reported to have been killed in Baghdad.")
    killed = [e for e in events if e.event_type == "ASSAULT"]
    assert killed and not killed[0].actors and killed[0].recipients[0].code == "IRQCOP"


def test_raised_active_subject_stays_the_attacker(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Iraqi insurgents are reported to have killed three policemen in Baghdad.")
    assert ["IRQREB"] in _actors(events, "ASSAULT")


def test_raised_passive_needs_a_passive_auxiliary(nlp) -> None:  # type: ignore[no-untyped-def]
    passive = nlp("Two Chinese engineers are believed to have been kidnapped in Iraq.")
    active = nlp("Two Chinese engineers are believed to have kidnapped a guard in Iraq.")
    assert _at(raised_passive_at, next(t for t in passive if t.text == "kidnapped"))
    assert not _at(raised_passive_at, next(t for t in active if t.text == "kidnapped"))


# --- participles the tagger read as past tense ----------------------------------------------------------------

def test_past_tense_tag_on_a_noun_modifier_is_a_passive_participle() -> None:
    doc = _doc(["an", "airliner", "forced", "to", "land"], ["DT", "NN", "VBD", "TO", "VB"],
               [1, 1, 1, 4, 2], ["det", "ROOT", "acl", "aux", "xcomp"])
    assert _at(misread_participle_at, doc[2])


def test_a_modifier_with_its_own_object_is_no_misread_participle() -> None:
    doc = _doc(["an", "airliner", "carried", "passengers"], ["DT", "NN", "VBD", "NNS"],
               [1, 1, 1, 2], ["det", "ROOT", "acl", "dobj"])
    assert not _at(misread_participle_at, doc[2])


def test_forced_airliner_undergoes_the_coercion(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Police said there was no threat to a Greek airliner forced to make an emergency landing in Britain.")
    assert all("GRC" not in codes for codes in _actors(events, "COERCE"))


# --- reasons: 'over' on an active verb is never the subject's act ---------------------------------------------

def test_over_on_an_active_verb_excludes_its_subject() -> None:
    doc = _doc(["Protesters", "rallied", "over", "the", "killing"], ["NNS", "VBD", "IN", "DT", "NN"],
               [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"])
    assert _at(reason_excludes_subject_at, doc[1], "over")
    assert not _at(reason_excludes_subject_at, doc[1], "for")  # 'left for talks': a purpose


def test_over_on_a_passive_keeps_its_subject() -> None:
    doc = _doc(["officer", "was", "arrested", "over", "killing"], ["NN", "VBD", "VBN", "IN", "NN"],
               [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "prep", "pobj"])
    assert not _at(reason_excludes_subject_at, doc[2], "over")


def test_atrocities_named_as_a_reason_are_not_the_threateners(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Sudan said on Saturday that UN sanctions, threatened over atrocities in the Darfur region, "
                       "would lead to destruction.")
    assert all("IGOUNO" not in codes for codes in _actors(events, "ASSAULT"))


# --- shared objects: 'shot and killed a gunman' is no headline passive ------------------------------------------

def test_shot_and_killed_keeps_the_shooters_as_actors(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Iraqi police shot and wounded two gunmen.")
    shot = [e for e in events if e.trigger == "shot"]
    assert shot and [a.code for a in shot[0].actors] == ["IRQCOP"]
    assert all(r.code != "IRQCOP" for r in shot[0].recipients)


def test_headline_passive_pair_makes_both_verbs_passive(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Two Iraqi policemen shot and wounded in Mosul.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert len(assault) == 2 and all(not e.actors for e in assault)
    assert all(e.recipients[0].code == "IRQCOP" for e in assault)


def test_headline_passive_alone_still_makes_the_subject_the_victim(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Two Britons shot dead in Thailand.")
    shot = [e for e in events if e.event_type == "ASSAULT"]
    assert shot and not shot[0].actors and shot[0].recipients[0].code == "GBR"
