"""Word senses, round 2: a trigger word used in a non-political sense is no event. Selectional checks on the theme
(what is released, exchanged, targeted, celebrated), disasters and accidents as causes, game results, 'engage'
without an opponent, 'suggest' meaning 'imply', topic mentions in headlines and dated biography clauses."""

from __future__ import annotations

import pytest

from multivector.coding.ontology import Ontology
from multivector.coding.patterns import PatternTable
from multivector.coding.plausibility import load_rules, other_sense, parse_rules
from multivector.errors import CodingError


def _reasons(nlp, coder, text: str, *, event_type: str = "") -> dict[str, str]:
    """Word -> reason for every token that other_sense rejects as a verb (or a noun, for noun tags)."""
    doc = nlp(text)
    out: dict[str, str] = {}
    for tok in doc:
        reason = other_sense(tok, lemma=coder.lemma(tok), event_type=event_type, nominal=tok.tag_.startswith("NN"),
                             lemma_of=coder.lemma)
        if reason:
            out[tok.lower_] = reason
    return out


def test_theme_lists_expand_references_and_keep_type_suffixes() -> None:
    rules = parse_rules({"artefact_nouns": ["Report", "video"],
                         "theme_exclusions": {"release:retreat": ["@artefact_nouns", "Album"], "accede+to": ["throne"]}})
    assert rules.theme_exclusions["release:RETREAT"] == frozenset({"report", "video", "album"})
    assert rules.theme_exclusions["accede+to"] == frozenset({"throne"})
    assert rules.artefact_nouns == frozenset({"report", "video"})


def test_malformed_theme_table_is_a_coding_error() -> None:
    with pytest.raises(CodingError, match="theme_exclusions"):
        parse_rules({"theme_exclusions": ["release", "report"]})


def test_packaged_sense_lists_load() -> None:
    rules = load_rules()
    assert "report" in rules.theme_exclusions["release:RETREAT"]
    assert {"typhoon", "crash", "earthquake"} <= rules.disaster_nouns
    assert "engage" in rules.combat_verbs and "fighting" in rules.combat_nouns
    assert "beat" in rules.sports_verbs and "tournament" in rules.sports_words
    assert "explosion" in rules.subject_only_disasters


@pytest.mark.parametrize("text", [
    "The report, released by the Foreign Ministry of Japan, accused China of provocations.",
    "The Chinese ministry released a video showing the damaged embassy.",
])
def test_releasing_an_artefact_is_no_release_of_people(code_text, text: str) -> None:
    assert "RETREAT" not in code_text.types(text)


def test_releasing_prisoners_stays_a_release(code_text) -> None:
    events = code_text.summaries("Russia released two American prisoners on Friday.")
    assert [(t, a, r) for t, _, a, r in events] == [("RETREAT", ["RUS"], ["USA"])]


@pytest.mark.parametrize("text", [
    "Typhoon kills four in the Philippines.",
    "A powerful earthquake killed 20 people in Turkey.",
    "Two Pakistani soldiers were killed in an air crash near Quetta.",
    "A storm hit the coast of Japan on Monday.",
    "Tropical Storm Jeanne killed at least 250 people in northern Haiti.",
])
def test_disasters_and_accidents_are_no_attacks(code_text, text: str) -> None:
    assert "ASSAULT" not in code_text.types(text)


def test_attack_by_an_actor_stays_an_attack(code_text) -> None:
    events = code_text.summaries("Israeli troops killed four Palestinians in Gaza.")
    assert [(t, r) for t, _, _, r in events] == [("ASSAULT", ["PSE"])]


def test_explosion_is_a_cause_only_as_subject(nlp, coder) -> None:
    assert _reasons(nlp, coder, "An explosion killed 12 workers.").get("killed") == "disaster-or-accident"
    assert "killed" not in _reasons(nlp, coder, "Five Palestinians were killed in the explosion.")
    assert _reasons(nlp, coder, "Five Palestinians were killed in the crash.").get("killed") == "disaster-or-accident"


@pytest.mark.parametrize("text", [
    "Iraq beat Portugal 4-2 in the Olympic football tournament.",
    "Brazil defeated Argentina in the World Cup final.",
    "Japan beat China to win the gold medal.",
])
def test_game_results_are_no_violence(code_text, text: str) -> None:
    assert "ASSAULT" not in code_text.types(text)


def test_police_beating_protesters_stays_violence(nlp, coder) -> None:
    assert "beat" not in _reasons(nlp, coder, "Police beat protesters in Tehran on Monday.", event_type="ASSAULT")


@pytest.mark.parametrize("text", [
    "Russia and Ukraine agreed to engage in a peace process.",
    "Many Chinese teenagers are deeply engaged with TikTok.",
    "The Russian chess champion is engaged to a Japanese woman.",
])
def test_engage_without_an_opponent_is_no_assault(code_text, text: str) -> None:
    assert "ASSAULT" not in code_text.types(text)


@pytest.mark.parametrize("text", [
    "Russian forces engaged Ukrainian troops near Bakhmut.",
    "Pakistani soldiers engaged in heavy fighting with Taliban militants.",
])
def test_engaging_an_opponent_stays_an_assault(code_text, text: str) -> None:
    assert "ASSAULT" in code_text.types(text)


def test_engage_with_is_dialogue(table: PatternTable) -> None:
    pattern = table.match_verb("engage", preps={"with"})
    assert pattern is not None and pattern.cameo.startswith("04")
    assert table.match_verb("engage").cameo == "190"


@pytest.fixture(scope="module")
def table() -> PatternTable:
    return PatternTable.load()


@pytest.mark.parametrize("text", [
    "The data suggest that Russia's economy is slowing.",
    "The French president suggested that Iran could be behind the attack.",
])
def test_suggest_meaning_imply_is_no_appeal(code_text, text: str) -> None:
    assert "REQUEST" not in code_text.types(text)


@pytest.mark.parametrize("text", [
    "Germany suggested holding talks with Russia.",
    "Germany suggested that Kyiv and Moscow hold direct talks.",
])
def test_suggesting_an_action_stays_a_proposal(code_text, text: str) -> None:
    assert "REQUEST" in code_text.types(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Shares fell on the Tokyo Stock Exchange after China announced new tariffs.", "RETREAT"),
    ("The Pope celebrated Mass in Lourdes.", "SUPPORT"),
    ("Mauritius acceded to independence in 1968.", "SUPPORT"),
    ("The Labour Party will target swing voters in England.", "ASSAULT"),
    ("The Iraqi cleric returned home from Britain on Wednesday.", "RETREAT"),
    ("Men armed with knives attacked a police station in Xinjiang.", "AID"),
])
def test_non_political_theme(code_text, text: str, absent: str) -> None:
    assert absent not in code_text.types(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Israel and Hamas completed a prisoner exchange on Sunday.", "RETREAT"),
    ("Russia returned the bodies of 500 Ukrainian soldiers.", "RETREAT"),
    ("Iran armed Hezbollah with rockets.", "AID"),
])
def test_political_theme_kept(code_text, text: str, kept: str) -> None:
    assert kept in code_text.types(text)


@pytest.mark.parametrize("text", [
    "Five facts about France's headscarf ban.",
    "Five facts about Russia's ban on Georgian wine.",
    "What to know about Russia's ban on Georgian wine.",
])
def test_topic_of_a_headline_is_background(code_text, text: str) -> None:
    assert code_text.types(text) == []


def test_reported_ban_stays_an_event(code_text) -> None:
    assert "SANCTION" in code_text.types("Russia imposed a ban on Georgian wine.")


def test_dated_biography_clause_is_background(code_text) -> None:
    text = "The party is led by Imran Khan, who resigned as prime minister in 2022."
    assert "CONCEDE" not in code_text.types(text)
    assert "CONCEDE" in code_text.types("Imran Khan resigned as prime minister on Monday.")


def test_sense_keys_name_pattern_lemmas_and_plover_types(table: PatternTable) -> None:
    """A typo in a theme key would silently disable its check: every key must name a pattern trigger whose own
    sense is of the named PLOVER type."""
    rules, ont = load_rules(), Ontology.load()
    for key in rules.theme_exclusions:
        head, _, event_type = key.partition(":")
        lemma = head.partition("+")[0]
        patterns = table.verb_patterns(lemma) + table.noun_patterns(lemma)
        assert patterns, key
        if event_type:
            assert event_type in ont.event_types
            senses = {mapping.event_type for p in patterns if (mapping := ont.plover_for(p.cameo))}
            assert event_type in senses, key
    for lemma in rules.theme_required | rules.combat_verbs:
        assert table.verb_patterns(lemma), lemma


def test_toll_of_an_intransitive_disaster_verb(nlp, coder) -> None:
    reasons = _reasons(nlp, coder, "The ferry capsized on Sunday, killing 40 passengers.")
    assert reasons.get("killing") == "disaster-or-accident"
    assert "killing" not in _reasons(nlp, coder, "Ukraine sank a Russian warship on Sunday, killing 40 sailors.")


def test_compound_of_a_person_noun_is_no_disaster(nlp, coder) -> None:
    assert "attacked" not in _reasons(nlp, coder, "Flood victims attacked the police station.")
    assert _reasons(nlp, coder, "Typhoon Meari kills nine in Japan.").get("kills") == "disaster-or-accident"


def test_stance_holder_makes_its_topic_background(code_text) -> None:
    assert "ASSAULT" not in code_text.types("Britain is a vocal critic of Iran's human rights abuses.")


def test_fighting_terrorism_is_a_policy_not_an_attack(code_text) -> None:
    text = "Karzai will visit Pakistan to discuss fighting terrorism and boosting trade."
    assert "ASSAULT" not in code_text.types(text)


def test_celebrating_years_of_relations_is_kept(nlp, coder) -> None:
    text = "Kazakhstan and China celebrated 30 years of diplomatic relations."
    assert "celebrated" not in _reasons(nlp, coder, text, event_type="SUPPORT")
    assert _reasons(nlp, coder, "The Pope celebrated Mass in Lourdes.", event_type="SUPPORT").get("celebrated") \
        == "non-political-theme"


@pytest.mark.parametrize("text", [
    "Taiwan's trade surplus with the United States hit 13.6 billion dollars last year.",
    "Indonesia has been severely hit by last year's fall in world oil prices.",
    "Chinese spot March will be set at 110,000 yen per 15 tonne lot from 90,000.",
])
def test_market_reports_are_no_events(code_text, text: str) -> None:
    assert code_text.types(text) == []


def test_a_protest_rally_as_subject_stays_an_event(code_text) -> None:
    text = "Kenyan police attacked the opposition in Nairobi on Monday."
    assert "ASSAULT" in code_text.types(text)


def test_air_strike_is_an_airstrike(code_text) -> None:
    events = code_text.summaries("The Israeli army killed two militants in an air strike in the Gaza Strip.")
    assert ("ASSAULT", "195") in [(kind, cameo) for kind, cameo, *_ in events]
    assert "PROTEST" not in code_text.types("The Israeli army killed two militants in an air strike in Gaza.")


def test_quelling_speculation_is_no_repression(code_text) -> None:
    assert code_text.types("British Chancellor Gordon Brown sought to quell speculation about Labour.") == []


@pytest.mark.parametrize("text", [
    "A Russian rocket carrying a new crew lifted off from the Baikonur cosmodrome.",
    "A former British soccer player set off on Wednesday on a charity ride across Australia.",
])
def test_launches_and_departures_are_no_attacks(code_text, text: str) -> None:
    assert "ASSAULT" not in code_text.types(text)


def test_setting_off_a_bomb_is_an_attack(code_text) -> None:
    assert "ASSAULT" in code_text.types("Iraqi militants set off a car bomb in Baghdad.")
