"""Self-named armed groups ("a group calling itself X") are actor mentions, and the actors of what the group did."""

from datetime import date

import pytest

pytestmark = pytest.mark.slow

ON = date(2004, 10, 1)


@pytest.mark.parametrize("text, name, code", [
    ("A group calling itself the Army of the Green Crescent said it had beheaded a Korean translator.",
     "Army of the Green Crescent", "REB"),
    ("The group, which calls itself Jund al-Haqq, said on Tuesday it was holding two French reporters.",
     "Jund al-Haqq", "REB"),
    (("Two engineers were kidnapped by a militant organisation that identified itself as the Brigade of the Black "
      "Banners."), "Brigade of the Black Banners", "REB"),
    ("An Iraqi militant group known as the Sword of Righteousness Brigades seized three Kenyan drivers.",
     "Sword of Righteousness Brigades", "IRQREB"),
    ("A previously unknown group, the Mujahideen Lions, said it had abducted a Filipino nurse.",
     "Mujahideen Lions", "REB"),
    ("Saif al-Adl Battalion, a militant group, released a video showing the hostages.",
     "Saif al-Adl Battalion", "REB"),
])
def test_self_named_group_is_a_mention(mentions_in, text: str, name: str, code: str) -> None:
    assert mentions_in.codes(text, ON).get(name) == code


@pytest.mark.parametrize("text, absent", [
    ("Officials said Vinsan, a construction company, would withdraw from the project.", "Vinsan"),
    ('On Tuesday, soldiers, led by an Iraqi known as "The Source," reopened the city.', "The Source"),
    ("The drug will be known as Arthaxan in West Germany.", "Arthaxan"),
    ("A group calling itself Friends of the Park collected signatures for a new playground.", "Friends of the Park"),
])
def test_no_armed_group_without_an_armed_naming(mentions_in, text: str, absent: str) -> None:
    assert not any(absent in m.text for m in mentions_in(text, ON))


def test_country_is_the_groups_own_never_the_victims(mentions_in) -> None:
    codes = mentions_in.codes("A group calling itself the Black Flag Battalion kidnapped two Italian aid workers.", ON)
    assert codes["Black Flag Battalion"] == "REB"


@pytest.mark.parametrize("text, actor, victim", [
    (("Two Turkish engineers were kidnapped last week by a militant organisation that identified itself as the "
      "Brigade of the Black Banners."), "REB", "TURCVL"),
    ("An Iraqi militant group known as the Sword of Righteousness Brigades seized three Kenyan drivers.",
     "IRQREB", "KENCVL"),
    ("A previously unknown group, the Mujahideen Lions, said it had abducted a Filipino nurse.", "REB", "PHL"),
])
def test_named_group_is_the_abductor(code_text, text: str, actor: str, victim: str) -> None:
    events = code_text.of_type(text, "ASSAULT", ON)
    assert [(e.cameo, [a.code for a in e.actors], [r.code for r in e.recipients]) for e in events] \
        == [("181", [actor], [victim])]
    assert events[0].actors[0].text != "organisation"


def test_the_group_noun_stands_for_its_name(code_text) -> None:
    events = code_text.of_type("A group calling itself the Army of the Green Crescent said it had beheaded a Korean "
                               "translator.", "ASSAULT", ON)
    assert [a.text for e in events for a in e.actors] == ["Army of the Green Crescent"]


def test_a_group_that_called_someone_names_nobody(mentions_in) -> None:
    text = "The militant group called Bush a liar after the kidnapping."
    assert "Bush" not in [m.text for m in mentions_in(text, ON) if m.kind == "group"]


def test_victims_nationality_stays_with_the_victims(code_text) -> None:
    text = "A group calling itself the Black Flag Battalion kidnapped two Italian aid workers in Baghdad."
    assert [(e.cameo, [a.code for a in e.actors]) for e in code_text.of_type(text, "ASSAULT", ON)] == [("181", ["REB"])]


def test_gate_words_cover_every_construction() -> None:
    """The Doc-level prefilter must admit every cue: each cue's first word, and the armed and unknown words."""
    from multivector.actors.selfnamed import load_naming_words

    words = load_naming_words()
    assert {c[0] for c in (*words.self_cues, *words.direct_cues)} <= words.gates
    assert words.armed | words.unknown <= words.gates
    assert not words.violent <= words.gates  # a violent word alone starts no construction
