"""Reported speech, quotes and interview turns."""

from __future__ import annotations

from multivector.coding.attribution import find_report, find_turns, load_reporting_verbs, quote_around, turn_at

from test_coding_fakes import parse_lemma

REPORTING = load_reporting_verbs()


def test_reporting_verb_gives_the_speaker(nlp) -> None:
    doc = nlp("Lavrov said that Moscow would retaliate against any deployment.")
    report = find_report(next(t for t in doc if t.text == "retaliate"), REPORTING, parse_lemma)
    assert report is not None and report.speaker.text == "Lavrov" and report.kind == "say"
    doc = nlp("Russia attacked the port overnight, Ukrainian officials said.")
    report = find_report(doc[1], REPORTING, parse_lemma)
    assert report is not None and report.speaker.text == "officials"
    doc = nlp("According to Tokayev, China will invest in the railway.")
    report = find_report(next(t for t in doc if t.text == "invest"), REPORTING, parse_lemma)
    assert report is not None and report.speaker.text == "Tokayev"
    assert find_report(nlp("Putin met Xi.")[1], REPORTING, parse_lemma) is None


def test_quote_around_the_trigger() -> None:
    text = 'Lavrov said: "We will respond to any provocation," adding that talks were over.'
    assert quote_around(text, text.index("respond")) == "We will respond to any provocation,"
    assert quote_around(text, text.index("talks")) is None
    curly = "He called it “a dangerous escalation” on Monday."
    assert quote_around(curly, curly.index("dangerous")) == "a dangerous escalation"


def test_interview_turns() -> None:
    text = ("Interview with Ivan Smirnov\nQuestion: Will Russia attack?\nSmirnov: Russia could strike.\n"
            "It may happen soon.\nQ: And China?\nSmirnov: China will not intervene.")
    turns = find_turns(text)
    assert [(t.label, t.is_question) for t in turns] == [
        ("Question", True), ("Smirnov", False), ("Q", True), ("Smirnov", False)]
    follow_up = text.index("It may happen")
    assert turn_at(turns, follow_up).label == "Smirnov"
    assert turn_at(turns, 0) is None
    assert find_turns("Note: this is a normal article.\nPutin met Xi.") == []
    [single] = find_turns("Question: Will Astana sign the deal?")
    assert single.is_question


def test_outlet_label_is_a_question_turn() -> None:
    text = "Kursiv: What do you expect from the summit.\nSmirnov: Progress on transit.\nKursiv: Thank you"
    assert [t.is_question for t in find_turns(text, outlet="Kursiv")] == [True, False, True]


def test_a_warning_is_its_own_report(nlp) -> None:
    doc = nlp("Lavrov warned on Tuesday that Moscow would take retaliatory measures against Japan.")
    report = find_report(next(t for t in doc if t.text == "warned"), REPORTING, parse_lemma)
    assert report is not None and report.speaker.text == "Lavrov" and report.kind == "warn"
    doc = nlp("Lavrov warned Japan against the deployment.")
    assert find_report(doc[1], REPORTING, parse_lemma) is None


def test_the_last_turn_ends_where_the_narrative_resumes() -> None:
    text = ("Question: Will Russia react?\nSmirnov: Russia could strike.\nQuestion: And China?\n"
            "Smirnov: China will wait.\n\nThe next summit could take place in Astana, diplomats say.")
    turns = find_turns(text)
    assert turn_at(turns, text.index("China will wait")).label == "Smirnov"
    assert turn_at(turns, text.index("The next summit")) is None
    spaced = text.replace("\n", "\n\n")
    assert turn_at(find_turns(spaced), spaced.index("The next summit")).label == "Smirnov"
    [question] = find_turns("Question: Will Astana sign?\n\nPutin met Xi on Monday.")
    assert question.end < len("Question: Will Astana sign?") + 2


def test_threat_arguments_take_the_speakers_side_and_the_target(nlp, kb) -> None:
    from multivector.coding.arguments import MentionIndex, verb_arguments
    from multivector.coding.attribution import threat_arguments
    from multivector.coding.status import StatusCues

    cues = StatusCues.load()
    cases = [
        ("Lavrov warned that Moscow would take retaliatory measures against Japan.", ["RUS"], ["JPN"]),
        ("Lavrov warned that Moscow would respond if Washington deploys missiles.", ["RUS"], ["USA"]),
        ("Lavrov warned that Japan would face consequences.", ["RUS"], ["JPN"]),
    ]
    for text, actors, recipients in cases:
        doc = nlp(text)
        index = MentionIndex(kb.find_mentions(doc, on=None))
        trigger = next(t for t in doc if t.text == "warned")
        args = threat_arguments(trigger, verb_arguments(trigger, index), index, frames=cues.threat_frames,
                                marks=cues.conditional_marks, lemma=parse_lemma)
        assert [a.mention.actor.country for a in args.actors] == actors, text
        assert [r.mention.actor.country for r in args.recipients] == recipients, text
