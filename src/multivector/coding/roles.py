"""Role checks from the dependency parse: which words may be the agent or the patient of a trigger.

The argument walker (:mod:`.arguments`) proposes candidates; these checks reject the ones whose syntactic
relation to the trigger contradicts the role, preferring a missing argument to a swapped one:

- **Object control**: only verbs of ``data/object_control_verbs.csv`` ('urged X to ...', 'allowed X to ...')
  hand their object to a to-infinitive as its subject; other verbs' infinitives are purposes of their own
  subject ('visited Libya to discuss ...': the visitor discusses, not Libya).
- **Raised passives**: a passive infinitive whose subject is inherited ('are reported to have been killed',
  'are likely to be freed') says that subject underwent the act.
- **Misparsed participles**: a participle modifying a noun that the tagger read as a past tense ('a Greek
  airliner forced to land') is a passive participle: the noun undergoes the act.
- **Reasons**: a noun event under 'over' on an active verb ('threatened sanctions over atrocities', 'protested
  over the raid') is not done by the verb's subject; only a passive subject may have done it ('arrested over the
  killing'). 'for' is left alone: it names a purpose as often as a reason ('paved the way for talks').
- **Patient 'of' phrases**: an agent noun of an act done to someone ('the kidnappers of two journalists',
  ``data/patient_of_nouns.csv``) is not denoted by its 'of' object: that object is the victim.
- **Undergoing possessors**: the possessor of an act done to someone (``data/patient_possessor_nouns.csv``:
  'the minister's trial', 'Saddam's arrest') undergoes it unless an 'of' object names the patient
  ('Israel's release of prisoners'); an agent noun's possessor is its victim ("the Americans' killers").
- **Abducted people**: when people the text names only by a noun or a bare name are kidnapped ('kidnapped an aid
  worker in Iraq', 'a charity chief kidnapped in Iraq'), the place where they were seized is not the target:
  hostages are so often foreigners that the place says nothing of their side (CAMEO 181). A killing's place
  ('Israelis kill five Palestinians in Gaza') stays a fair proxy for its victims.
- **Captive predicates**: 'two reporters held hostage in Iraq' is caption shorthand for a passive: a bare
  singular 'hostage', 'captive' or 'prisoner' parsed as the object leaves the subject as the one held.
- **Shared objects**: 'soldiers shot and killed a gunman' is no headline passive ('Two Britons shot dead'):
  the first verb shares the object of the verb coordinated after it, so its subject is the agent.
- **Seizures of people**: people seized by irregular or described seizers ('Kidnappers seized two Americans',
  ``data/abductor_nouns.csv``) are abducted (181); by a state's forces detained (173); never territorial force
  or a seizure of property. Acts done only to persons (``data/person_act_lemmas.csv``) have no place target, nor
  have arrests (``data/custody_lemmas.csv``): their place is the holder's jurisdiction ('arrested in France').
- **Bystanders**: kin nouns (``data/kin_nouns.csv``: 'the family of a hostage') denote neither their 'of' object
  nor their possessor; a reaction to an act done to someone ('condemned the beheading of X') never targets X.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Token

from .lexicon import lemma, lemma_of
from .ontology import DATA_DIR, read_csv
from .parse import Parse, parse_of
from .patterns import lemma_set

OBJECT_CONTROL_FILE = DATA_DIR / "object_control_verbs.csv"
PATIENT_OF_FILE = DATA_DIR / "patient_of_nouns.csv"
PATIENT_POSSESSOR_FILE = DATA_DIR / "patient_possessor_nouns.csv"
_ALWAYS_REASON = frozenset({"over"})  # 'protested over the raid': never the protesters' raid
_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})


@functools.lru_cache(maxsize=2)
def load_object_control_verbs(path: Path = OBJECT_CONTROL_FILE) -> frozenset[str]:
    """Verbs whose object is the subject of their to-infinitive complement ('urged X to ...')."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_patient_of_nouns(path: Path = PATIENT_OF_FILE) -> frozenset[str]:
    """Agent nouns whose 'of' object is their victim ('the kidnappers of X', 'the killers of Y')."""
    return lemma_set(path)


KIN_NOUN_FILE = DATA_DIR / "kin_nouns.csv"


@functools.lru_cache(maxsize=2)
def load_kin_nouns(path: Path = KIN_NOUN_FILE) -> frozenset[str]:
    """Nouns of people defined by their tie to someone else ('family', 'brother', 'employer')."""
    return lemma_set(path)


def names_other_party_at(a: Parse, k: int) -> bool:
    """Whether ``noun`` denotes someone other than its 'of' object and its possessor: an agent noun of an act
    on them ('the kidnappers of X', "the Americans' killers") or a tie to them ('the family of a hostage',
    "Bigley's brother"): that object or possessor is no actor of what the noun's referent does."""
    word = a.lemma(k)
    return word in load_patient_of_nouns() or word in load_kin_nouns()


def undergone_act_at(a: Parse, k: int) -> bool:
    """An act done to the noun's 'of' object ('the beheading of a hostage', 'the arrest of X'): under a reaction
    verb ('condemned the beheading of X') that object is the victim, not the target of the reaction."""
    return a.lemma(k) in load_patient_possessor_nouns() and _has_of(a, k)


def _has_of(a: Parse, k: int) -> bool:
    """Whether token ``k`` has an 'of' phrase."""
    deps, lowers = a.deps, a.lowers
    return any(deps[c] == "prep" and lowers[c] == "of" for c in a.kids[k])


@functools.lru_cache(maxsize=2)
def load_patient_possessor_nouns(path: Path = PATIENT_POSSESSOR_FILE) -> frozenset[str]:
    """Event nouns whose possessor undergoes the act when no 'of' object names the patient ('Saddam's trial')."""
    return lemma_set(path)


def possessor_undergoers_at(a: Parse, k: int) -> list[int]:
    """The possessor of an event noun that undergoes the act ('the minister's trial', 'Arafat's release'), not
    its agent; none when an 'of' object is the patient ('Israel's release of prisoners': Israel acts)."""
    if a.lemma(k) not in load_patient_possessor_nouns() or _has_of(a, k):
        return []
    deps = a.deps
    return [c for c in a.kids[k] if deps[c] == "poss"]


def controls_by_object_at(a: Parse, k: int) -> bool:
    """Whether verb ``k`` passes its object to its infinitive complement as subject ('urged X to leave')."""
    return a.lemma(k) in load_object_control_verbs()


def raised_passive_at(a: Parse, k: int) -> bool:
    """A passive infinitive with no subject or agent of its own ('reported to have been killed', 'likely to be
    freed'): the subject it inherits from the raising verb undergoes the act."""
    deps, kids = a.deps, a.kids[k]
    if deps[k] != "xcomp" or not any(deps[c] == "auxpass" for c in kids):
        return False
    return not any(deps[c] in _OWN_SUBJECT_DEPS for c in kids)


_CLAUSE_OWN_DEPS = _OWN_SUBJECT_DEPS | {"dobj", "aux", "auxpass"}


def misread_participle_at(a: Parse, k: int) -> bool:
    """A past-tense-tagged verb hanging on a noun as a clause without subject or object ('an airliner [forced]
    to land'): the tagger misread a passive participle, since a finite verb would have its own subject."""
    tags, deps = a.tags, a.deps
    return tags[k] == "VBD" and deps[k] == "acl" and tags[a.heads[k]].startswith("NN") \
        and not any(deps[c] in _CLAUSE_OWN_DEPS for c in a.kids[k])


def reason_excludes_subject_at(a: Parse, k: int, prep: str) -> bool:
    """Whether a noun event under the reason preposition ``prep`` of verb ``k`` cannot take the verb's subject as
    its actor: 'over' on an active verb ('protested over the raid'), not on a passive ('arrested over ...')."""
    if prep not in _ALWAYS_REASON:
        return False
    deps = a.deps
    return not any(deps[c] in {"auxpass", "nsubjpass", "agent"} for c in a.kids[k]) and a.tags[k] != "VBN"


def shares_conjunct_object_at(a: Parse, k: int) -> bool:
    """'soldiers shot and killed a gunman': a verb coordinated with a following verb that has an object and no
    subject of its own shares that object, so its own subject acts (no headline passive 'soldiers shot')."""
    deps, tags, kids = a.deps, a.tags, a.kids
    return any(deps[c] == "conj" and c > k and tags[c].startswith("VB")
               and any(deps[g] == "dobj" for g in kids[c])
               and not any(deps[g] in _OWN_SUBJECT_DEPS for g in kids[c]) for c in kids[k])


_ABDUCTION = "181"
_CAPTIVE_NOUNS = frozenset({"hostage", "captive", "prisoner"})  # predicates of 'held/taken hostage'


def captive_predicate_at(a: Parse, k: int) -> bool:
    """'reporters held hostage', 'two Turks taken captive': the only object is a bare singular captive noun (a
    predicate the parser made the object), so the subject is the one held ('militants took hostages' and
    'held two reporters hostage' have real objects)."""
    if _CAPTIVE_NOUNS.isdisjoint(a.word_set):
        return False
    deps, kids = a.deps, a.kids
    objects = [c for c in kids[k] if deps[c] == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    return a.tags[obj] == "NN" and a.lowers[obj] in _CAPTIVE_NOUNS \
        and not any(deps[c] != "prep" for c in kids[obj]) and any(deps[c] == "nsubj" for c in kids[k])


def abducted_people(trigger: Token, cameo: str) -> bool:
    """Whether ``trigger`` codes an abduction (``cameo`` 181x) of people named only by a noun or bare name, an
    act whose patient is always a person ('abducted in Afghanistan', 'beheadings in Iraq'), or a seizure of
    people by unknown or irregular men ('hostages seized in Iraq', 'kidnappers seized two engineers in Basra'):
    then a place is where it happened, not the target. The place of an arrest or detention
    (data/custody_lemmas.csv: 'ETA suspects arrested in France') is the holder's jurisdiction, no target either."""
    word = lemma(trigger)
    if word in load_person_act_lemmas() or word in load_custody_lemmas():
        return True
    people = seized_people(trigger) if word in load_seizure_verbs() else []
    if people and all(is_abductor(s) for s in _seizers(trigger, people)):
        return True  # not 'police seized two suspects in Lahore': an arrest's place may stand for its suspects
    return cameo.startswith(_ABDUCTION) and person_patient(trigger)


PERSON_ACT_FILE = DATA_DIR / "person_act_lemmas.csv"
PERSON_NOUN_FILE = DATA_DIR / "person_nouns.csv"
_PERSON_ENTS = frozenset({"PERSON", "NORP"})
CUSTODY_FILE = DATA_DIR / "custody_lemmas.csv"
SEIZURE_VERB_FILE = DATA_DIR / "seizure_verbs.csv"
ABDUCTOR_NOUN_FILE = DATA_DIR / "abductor_nouns.csv"
_DETENTION = "173"
_SEIZURE_PREFIXES = ("17", "19")  # detention, seizure of property, territorial force: not yet an abduction
_IRREGULAR_SECTORS = frozenset({"REB", "UAF", "INS"})
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


@functools.lru_cache(maxsize=2)
def load_person_act_lemmas(path: Path = PERSON_ACT_FILE) -> frozenset[str]:
    """Verbs and nouns of acts done only to persons ('kidnap', 'behead', 'abduction')."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_custody_lemmas(path: Path = CUSTODY_FILE) -> frozenset[str]:
    """Verbs and nouns of taking or keeping people in custody ('arrest', 'remand', 'detention')."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_seizure_verbs(path: Path = SEIZURE_VERB_FILE) -> frozenset[str]:
    """Verbs of taking hold of people or things ('seize', 'grab', 'capture')."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_abductor_nouns(path: Path = ABDUCTOR_NOUN_FILE) -> frozenset[str]:
    """Nouns of seizers that are no state's forces ('kidnappers', 'gunmen', 'militants')."""
    return lemma_set(path)


def is_abductor(noun: Token) -> bool:
    """A noun of irregular seizers, whatever its tag ('Kidnappers' opening a sentence is tagged NNP)."""
    return lemma_of(noun.text, "NNS") in load_abductor_nouns()


def seized_people(verb: Token) -> list[Token]:
    """The people a seizure verb takes: its object or passive subject, the noun its participle describes
    ('hostages seized in Iraq'), the subject of a headline passive ('2 US workers seized in Baghdad'), an
    object pronoun ('seized him') or a plural name ('Gunmen Seize Three Britons', a title-case demonym)."""
    patients = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"}:
        patients.append(verb.head)
    if not patients and verb.tag_ in {"VBN", "VBD"} and _headline_passive(verb):
        patients = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return [p for p in patients if p.lower_ in _PERSON_PRONOUNS or p.tag_ == "NNPS" or names_people(p)]


def _headline_passive(verb: Token) -> bool:
    """A transitive verb with a subject and no object or auxiliary ('2 US workers seized in Baghdad')."""
    return not any(c.dep_ in {"dobj", "ccomp", "xcomp", "agent", "nsubjpass", "aux", "auxpass"}
                   for c in verb.children)


def _seizers(verb: Token, people: list[Token]) -> list[Token]:
    """Who seizes: the 'by' agent, else a subject that is not one of the people seized."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents or [c for c in verb.children if c.dep_ == "nsubj" and c not in people]


def seizure_code(verb: Token, cameo: str, sectors: frozenset[str | None]) -> str | None:
    """The code of a seizure of people ('seized three Britons', 'hostages seized in Iraq'): an abduction (181)
    by irregular armed men, named ('gunmen', REB/UAF/INS ``sectors``) or only described ('kidnappers'), or of
    people whose seizer is unknown and who are usually foreigners ('two aid workers were seized'); else a
    detention (173), which only a state's forces make. None when ``verb`` seizes no people."""
    if cameo.startswith(_ABDUCTION) or not cameo.startswith(_SEIZURE_PREFIXES) \
            or lemma(verb) not in load_seizure_verbs():
        return None
    people = seized_people(verb)
    if not people:
        return None
    seizers = _seizers(verb, people)
    if sectors & _IRREGULAR_SECTORS or any(is_abductor(s) for s in seizers):
        return _ABDUCTION
    if not seizers and not sectors and any(lemma(p) in load_outsider_nouns() for p in people):
        return _ABDUCTION
    return None if cameo.startswith(_DETENTION) else _DETENTION


def person_patient(trigger: Token) -> bool:
    """Whether the trigger's patient is a person or group of people ('abducted a contractor', 'an engineer
    [kidnapped] in ...', 'the killing of two workers'): then a place is where it happened, never the target."""
    patients = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.dep_ == "acl" and trigger.tag_ in {"VBN", "VBD"}:
        patients.append(trigger.head)
    if trigger.tag_.startswith("NN"):
        patients += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]
    return any(names_people(p) for p in patients)


def names_people(noun: Token) -> bool:
    """A person or nationality name or a noun of people ('militants', 'Britons'): the agent of an active
    participle modifying it ('militants threatening to ...'), unlike 'a resolution demanding ...'."""
    return names_people_at(parse_of(noun.doc), noun.i)


def names_people_at(a: Parse, k: int) -> bool:
    if a.ent_types[k] in _PERSON_ENTS:
        return True
    return a.tags[k].startswith("NN") and a.lemma(k) in load_person_nouns()


def is_person_at(p: Parse, k: int, lemma_at: Callable[[int], str]) -> bool:
    """Whether token ``k`` is a person or nationality name, or a noun of people ('soldier', 'journalist',
    'civilians'); ``lemma_at`` is the lemmatiser by token index (:func:`.parse.lemma_reader`)."""
    if p.ent_types[k] in _PERSON_ENTS:
        return True
    return p.tags[k].startswith("NN") and lemma_at(k) in load_person_nouns()


@functools.lru_cache(maxsize=2)
def load_person_nouns(path: Path = PERSON_NOUN_FILE) -> frozenset[str]:
    """Nouns that name people ('soldier', 'hostage'): the object class ``@person``."""
    return frozenset(row["lemma"].strip().lower() for _, row in read_csv(path, ("lemma",)) if row["lemma"])


SITE_NOUN_FILE = DATA_DIR / "site_nouns.csv"
OUTSIDER_NOUN_FILE = DATA_DIR / "outsider_nouns.csv"
_PARTY_ENTS = frozenset({"PERSON", "NORP"})


@functools.lru_cache(maxsize=2)
def load_site_nouns(path: Path = SITE_NOUN_FILE) -> frozenset[str]:
    """Nouns of places that can themselves be the target of an act ('a village', 'the camp', 'a jail')."""
    return lemma_set(path)


def names_site_at(a: Parse, k: int) -> bool:
    """A settlement or facility noun: a place phrase on it locates the target itself ('shelled villages near X'),
    unlike one on a thing or a party ('struck coalition targets in X', 'forced a flight to land in X')."""
    return a.lemma(k) in load_site_nouns()


FORUM_NOUN_FILE = DATA_DIR / "forum_nouns.csv"
_FORUM_TOPIC_PREPS = frozenset({"on", "about"})


@functools.lru_cache(maxsize=2)
def load_forum_nouns(path: Path = FORUM_NOUN_FILE) -> frozenset[str]:
    """Nouns of meetings and discussions ('talks', 'a conference', 'a summit')."""
    return lemma_set(path)


def without_topic_at(a: Parse, k: int, preps: frozenset[str]) -> frozenset[str]:
    """The prepositions that may name a participant on ``noun``: not the topic 'on'/'about' of a meeting noun
    ('a conference on Middle East peace', 'talks on Iraq's future'), unlike 'sanctions on Iran'."""
    return preps - _FORUM_TOPIC_PREPS if a.lemma(k) in load_forum_nouns() else preps


VEHICLE_NOUN_FILE = DATA_DIR / "vehicle_nouns.csv"


@functools.lru_cache(maxsize=2)
def load_vehicle_nouns(path: Path = VEHICLE_NOUN_FILE) -> frozenset[str]:
    """Nouns of craft and vehicles ('plane', 'ship', 'convoy'): their arrival is no visit."""
    return lemma_set(path)


OWNED_SITE_NOUN_FILE = DATA_DIR / "owned_site_nouns.csv"


@functools.lru_cache(maxsize=2)
def load_owned_site_nouns(path: Path = OWNED_SITE_NOUN_FILE) -> frozenset[str]:
    """Nouns of facilities that belong to a party ('embassy', 'base', 'convoy'): a name on them is their owner."""
    return lemma_set(path)


def party_objects_at(p: Parse, t: int, named: Callable[[int], bool]) -> list[int]:
    """The objects of trigger ``t`` that name a party with a side of its own: a nationality or name ('killed
    three Americans', 'the killing of Smith') or people who are usually foreigners where they are hit
    ('hostages', 'aid workers'). An act of force on them has no place as its target; 'killed 35 children in X'
    keeps X. ``named``: whether a token heads a known actor mention (a misspelt 'Palestinans' is no party)."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    objects = [c for c in kids[t] if deps[c] in {"dobj", "nsubjpass"}]
    if p.tags[t].startswith("NN"):
        objects += [g for c in kids[t] if deps[c] == "prep" and lowers[c] == "of" for g in kids[c] if deps[g] == "pobj"]
    return [k for k in objects
            if p.ent_types[k] in _PARTY_ENTS and named(k) or p.lemma(k) in load_outsider_nouns()]


@functools.lru_cache(maxsize=2)
def load_outsider_nouns(path: Path = OUTSIDER_NOUN_FILE) -> frozenset[str]:
    """Nouns of people who are usually foreigners where an act hits them ('hostage', 'aid worker')."""
    return lemma_set(path)
