"""Headline telegraphese: a linear reading of a news headline where the parse fails.

The small parser reads headlines badly ('Iraq militants free Turkish driver' makes 'militants' a verb and
'free' an adjective), so events get no argument or swapped roles. Headline English is regular enough to read
linearly: ``[speaker:] ACTOR mention(s) [to|will|not] TRIGGER [particle] [OBJECT words] [prep phrase]``, with
its conventions:

- present tense reports a past event ('Indian police kill two rebels');
- 'to' + verb is planned ('Iran to resume talks');
- 'X: ...' is X speaking ('Blair: Britain will not pull troops');
- a bare past participle after the subject is passive ('Israel given nuclear deadline', 'Police killed in
  ambush'): the subject underwent the act, a 'by' phrase names the agent.

The coder uses a reading only for a headline the parse gave no event, or where a parsed event's roles contradict
the reading (an actor after the trigger, a recipient before it, the subject of a headline passive as actor).
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .. import tokens
from ..model import Event, Mention
from ..titlecase import title_cased
from .arguments import Arg, Arguments, load_reaction_verbs
from .lexicon import lemma_of
from .ontology import DATA_DIR, read_csv
from .patterns import load_transitive_verbs
from .roles import load_forum_nouns, load_object_control_verbs, load_patient_possessor_nouns

MAX_WORDS = 16  # a headline longer than this is a sentence
_GLUE = frozenset({"and", ",", "&"})  # between coordinated actor mentions ('Israel and Egypt agree ...')
_BEFORE_TRIGGER = frozenset({"to", "will", "would", "may", "not", "won't", "wo", "n't", "again", "also", "set"})
_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away"})
_PAST_SUFFIX = "ed"
_RESULTS = frozenset({"dead", "alive", "hostage", "captive", "free", "again"})  # 'shot dead': no object
_FUNCTION_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "CD", "CC", "RB", "MD", "WDT", "EX", "IN", "TO"})
_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)
_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", "-", "--"})
MAX_PUNCT_MEMO = 100_000  # texts _is_punct remembers before it starts afresh
_PUNCT: dict[str, bool] = {}  # token text -> Token.is_punct
IRREGULAR_FILE = DATA_DIR / "irregular_verbs.csv"
PASSIVE_FILE = DATA_DIR / "headline_passive_verbs.csv"


@dataclass(frozen=True)
class Reading:
    """A headline read linearly: who, the trigger word, whom, and the headline conventions that apply."""

    trigger: Token
    lemma: str
    actors: tuple[Mention, ...]
    objects: tuple[Mention, ...]
    object_words: frozenset[str]
    particles: frozenset[str]
    prep: str | None
    prep_objects: tuple[Mention, ...]
    passive: bool = False
    planned: bool = False
    speaker: Mention | None = None

    @property
    def agents(self) -> tuple[Mention, ...]:
        """Who acts: the subject; in a headline passive the 'by' phrase, else the owner of what was given."""
        if not self.passive:
            return self.actors
        return self.prep_objects if self.prep == "by" else self.objects  # 'Syria handed UN ultimatum': the UN's

    @property
    def patients(self) -> tuple[Mention, ...]:
        """Who undergoes: the objects, or the subject of a headline passive."""
        return self.actors if self.passive else self.objects


def headline_end(doc: Doc) -> int:
    """The end token of the headline at the start of ``doc``: the text before the first line break when it is
    short, or a short first sentence that is title-cased or has no finite verb; 0 when the text starts with
    running prose. The headline is ``doc[:end]``."""
    arrays = tokens.of(doc)
    for i, text in enumerate(arrays.texts[:MAX_WORDS + 8]):  # the parser often ends a 'sentence' inside a
        if "\n" in text:  # title line: the line break decides (a Token's trailing whitespace is one space at most)
            end = i + (0 if text.isspace() else 1)  # Token.is_space
            return end if 0 < _word_count(doc, end) <= MAX_WORDS else 0
    flags, size = arrays.sent_flags, arrays.size
    for i in range(min(size, MAX_WORDS + 8)):
        if i + 1 == size or flags[i + 1] == 1:  # Token.is_sent_end, without a Token
            end = i + 1
            short = _word_count(doc, end) <= MAX_WORDS
            verbless = not any(tag in _FINITE for tag in arrays.tags[:end])
            return end if short and (verbless or title_cased(doc[:end])) else 0
    return 0


def _word_count(doc: Doc, end: int) -> int:
    """The words of ``doc[:end]`` that are no punctuation or space."""
    texts = tokens.of(doc).texts
    return sum(1 for k in range(end) if not (texts[k].isspace() or _is_punct(doc, texts[k])))


def _is_punct(doc: Doc, text: str) -> bool:
    """``Token.is_punct`` of a token with this text: a lexical flag (a function of the text), remembered per text."""
    found = _PUNCT.get(text)
    if found is None:
        if len(_PUNCT) >= MAX_PUNCT_MEMO:
            _PUNCT.clear()
        found = _PUNCT[text] = doc.vocab[text].is_punct
    return found


@functools.lru_cache(maxsize=1)
def _passive_verbs() -> dict[str, str]:
    """Verbs a headline uses as bare passives, by kind: 'ditransitive' keeps an object ('Israel given
    deadline'), 'transitive' needs one ('Iran accused of ...'); the violent and coercive verbs of
    data/transitive_verbs.csv count as transitive too."""
    rows = {row["lemma"].lower(): row["kind"] for _, row in read_csv(PASSIVE_FILE, ("lemma", "kind")) if row["lemma"]}
    return {**{verb: "transitive" for verb in load_transitive_verbs()}, **rows}


def _headline_passive(a: tokens.TokenArrays, end: int, k: int, lemma: str, has_object: bool) -> bool:
    """A bare past form ``lemma`` after the subject is passive ('Police killed in ambush', 'Israel given deadline',
    'Annan urged to act'): a transitive verb with no object, a ditransitive one, or an object-control verb
    before 'to'; 'Haniyeh refused to respond' and 'leaders met in Paris' stay active. ``k``: the word after the
    verb; ``has_object``: the reading found object mentions or words."""
    kind = _passive_verbs().get(lemma)
    if k < end and a.lowers[k] == "to" and k + 1 < end and a.tags[k + 1] == "VB":
        return lemma in load_object_control_verbs()
    if kind == "ditransitive":
        return True
    return (kind is not None or lemma in load_object_control_verbs()) and not has_object


@functools.lru_cache(maxsize=1)
def _irregular_participles() -> dict[str, str]:
    rows = read_csv(IRREGULAR_FILE, ("lemma", "past", "past_participle"))
    out: dict[str, str] = {}
    for _, row in rows:
        for form in (row["past_participle"] or "").split("|"):
            if form:
                out[form.lower()] = row["lemma"].lower()
    return out


def verb_reading(word: str) -> tuple[str, bool]:
    """The verb lemma of a headline word whatever its tag, and whether the word is a past form ('given',
    'killed'): a present ('frees', 'kill') is the base lemma, not past."""
    low = word.lower()
    irregular = _irregular_participles().get(low)
    if irregular is not None and irregular != low:
        return irregular, True
    if low.endswith(_PAST_SUFFIX) and len(low) > 4:
        return lemma_of(low, "VBN"), True
    return lemma_of(low, "VBZ") if low.endswith("s") else low, False


def read_headline(doc: Doc, end: int, at: dict[int, Mention], verbs: Collection[str]) -> Reading | None:
    """The linear reading of the headline ``doc[:end]`` (:func:`headline_end`); ``at`` maps token indexes to actor
    mentions, ``verbs`` are the lemmas the pattern table knows as verbs. None when the headline does not start
    with actor mentions followed by a known verb. A Token is made for the trigger only."""
    a = tokens.of(doc)
    texts, lowers = a.texts, a.lowers
    speaker, k = None, 0
    colon = next((i for i in range(end) if texts[i] == ":"), None)
    if colon is not None and colon > 0 and at.get(0) is not None \
            and all(i in at or _is_punct(doc, texts[i]) for i in range(colon)):
        speaker, k = at[0], colon + 1
    actors, k = _actor_region(lowers, end, k, at)
    if not actors:
        return None
    swallowed = _verb_in_mention(a, end, k, at, verbs)
    k -= swallowed
    planned = False
    while k < end and lowers[k] in _BEFORE_TRIGGER and k + 1 < end:
        planned, k = planned or lowers[k] == "to", k + 1
    if k >= end or (k in at and not swallowed) or not texts[k].isalpha():
        return None
    lemma, past = verb_reading(texts[k])
    if lemma not in verbs or a.tags[k] == "MD" or lowers[k] in _MONTHS or a.ent_types[k] == "DATE" \
            or _subject_noun(a, k, end):  # 'Japan March bond coupon ...': a month
        return None
    particles, objects, words, prep, prep_objects = _complete(a, end, k + 1, at, lemma)
    passive = past and not planned and _headline_passive(a, end, k + 1, lemma, bool(objects or words))
    return Reading(doc[k], lemma, actors, objects, words, particles, prep, prep_objects, passive, planned, speaker)


def _verb_in_mention(a: tokens.TokenArrays, end: int, k: int, at: dict[int, Mention], verbs: Collection[str]) -> int:
    """1 when the last actor mention swallowed the headline verb ("Taiwan's Leader Urges | China to ..."): its
    last word is an inflected known verb ('Urges') and another actor mention follows at once; else 0."""
    if k < 2 or k >= end or k - 1 not in at or k not in at:
        return 0
    last, mention = k - 1, at[k - 1]
    if mention is at[k] or mention.start_token == last or not a.lowers[last].endswith("s"):
        return 0
    lemma, _ = verb_reading(a.texts[last])
    return int(lemma != a.lowers[last] and lemma in verbs)


def _subject_noun(a: tokens.TokenArrays, k: int, end: int) -> bool:
    """'EU force takes over', 'storm survivors give thanks': word ``k`` tagged as a noun with a finite verb after
    it heads the subject; the later verb is the predicate."""
    tags = a.tags
    return tags[k].startswith("NN") and any(tags[i] in _FINITE for i in range(k + 1, end))


def _actor_region(lowers: list[str], end: int, k: int, at: dict[int, Mention]) -> tuple[tuple[Mention, ...], int]:
    """The actor mentions a headline starts with (coordinated by 'and' or commas) and the index after them."""
    found: list[Mention] = []
    while k < end:
        mention = at.get(k)
        if mention is not None:
            if found and mention is not found[-1] and at.get(k - 1) is not None:
                break  # 'Queen Urges | Thais': two names in a row are no coordinated subject
            if mention not in found:
                found.append(mention)
            k += 1
        elif found and lowers[k] in _GLUE and k + 1 < end and k + 1 in at:
            k += 1
        else:
            break
    return tuple(found), k


def _complete(a: tokens.TokenArrays, end: int, k: int, at: dict[int, Mention], lemma: str) -> tuple[
        frozenset[str], tuple[Mention, ...], frozenset[str], str | None, tuple[Mention, ...]]:
    """Particles, object mentions and words up to the first preposition, then that preposition and its mentions,
    after headline verb ``lemma``."""
    texts, lowers, tags = a.texts, a.lowers, a.tags
    particles: set[str] = set()
    while k < end and lowers[k] in _PARTICLES:
        particles.add(lowers[k])
        k += 1
    objects, words, prep, prep_objects, owned = [], set(), None, [], False
    for i in range(k, end):
        low = lowers[i]
        if texts[i] in _CLAUSE_ENDS:
            break  # 'Israel Arrests Suspect, Kills 4 Militants': the next clause has its own roles
        if tags[i] in {"IN", "TO"} and i not in at and low not in _PARTICLES | {"of"}:
            if prep is not None:
                break
            prep = low
            continue
        owned = owned or prep is None and low == "of" and (bool(objects) or _reacts_to_act(lemma, words))
        mention = at.get(i)
        bucket = prep_objects if prep is not None else objects
        if mention is not None and mention not in bucket and not (owned and bucket is objects):
            bucket.append(mention)  # 'Israeli killing of Palestinian boy': the owner, not the 'of' victim
        elif mention is None and prep is None and texts[i].isalpha() and low not in _RESULTS \
                and tags[i] not in _FUNCTION_TAGS:  # 'says no plans': 'no' is no object word ('said no')
            words.add(word := lemma_of(texts[i], "NNS" if low.endswith("s") else "NN"))
            if word in load_forum_nouns():  # 'UK to Host Mideast Conference': the place before it is the topic
                objects = [m for m in objects if m.end_token != i or m.kind == "igo"]  # 'APEC Summit': APEC's
    if prep_objects and at.get(_last_word(a, end, k, prep)) is None:
        prep_objects = []  # 'shot by a Saudi shopping centre': the phrase's head is no actor
    return frozenset(particles), tuple(objects), frozenset(words), prep, tuple(prep_objects)


def _reacts_to_act(lemma: str, words: Collection[str]) -> bool:
    """'Bush Condemns Beheading of U.S. Hostage': a reaction verb's object is an act done to its 'of' object,
    the victim, who is no target of the reaction."""
    return lemma in load_reaction_verbs() and any(w in load_patient_possessor_nouns() for w in words)


def _last_word(a: tokens.TokenArrays, end: int, k: int, prep: str | None) -> int:
    """The last word of the first prepositional phrase after index ``k`` (its head, in English)."""
    texts, lowers, tags = a.texts, a.lowers, a.tags
    phrase: list[int] = []
    for i in range(k, end):
        if texts[i] in _CLAUSE_ENDS or phrase and tags[i] in {"IN", "TO"}:
            break
        if phrase or lowers[i] == prep and tags[i] in {"IN", "TO"}:
            phrase.append(i)
    words = [i for i in phrase[1:] if texts[i].isalpha()]
    return words[-1] if words else end - 1


def contradicts(reading: Reading, actors: Collection[Mention], recipients: Collection[Mention]) -> bool:
    """Whether a parsed event on the reading's trigger has roles the linear reading rules out: an actor after
    the trigger that is no passive's 'by' agent, a recipient among the headline's subjects in an active reading,
    or the subject of a headline passive as the actor."""
    trigger = reading.trigger.i
    agents = {m.start_token for m in reading.agents}
    if any(m.start_token > trigger and m.start_token not in agents for m in actors):
        return True
    subjects = {m.start_token for m in reading.actors}
    if reading.passive:
        return any(m.start_token in subjects for m in actors)
    return any(m.start_token in subjects for m in recipients)


def reading_arguments(reading: Reading, pattern_prep: str | None) -> Arguments:
    """Arguments from a reading: its agents act; its patients receive, else the objects of the preposition the
    pattern names ('talks with X')."""
    where = f"headline '{reading.trigger.text}'"
    actors = tuple(Arg(m, f"{where}: {m.text} (subject{', by-agent' if reading.passive else ''})")
                   for m in reading.agents)
    patients = reading.patients
    role = "passive subject" if reading.passive else "object"
    if not patients and pattern_prep and pattern_prep == reading.prep:  # 'heads to Hungary', 'talks with X'
        patients, role = reading.prep_objects, f"'{reading.prep}' object"
    recipients = tuple(Arg(m, f"{where}: {m.text} ({role})") for m in patients if m not in reading.agents)
    return Arguments(actors, recipients, symmetric=len(actors) > 1 and not recipients)


def headline_conventions(event: Event, reading: Reading) -> Event:
    """'Iran to resume talks' is planned; 'Blair: ...' is said by Blair."""
    if reading.planned and event.status == "asserted":
        event = replace(event, status="planned")
    if reading.speaker is not None and event.speaker is None:
        event = replace(event, speaker=reading.speaker.actor.with_text(reading.speaker.text))
    return event


def same_event(one: Event, other: Event) -> bool:
    """Whether two events of an article report the same act: type, actors and recipients (as codes) agree."""
    return one.event_type == other.event_type and {a.code for a in one.actors} == {a.code for a in other.actors} \
        and {r.code for r in one.recipients} == {r.code for r in other.recipients}


def reacted_to(reading: Reading, trigger: Token, actors: Collection[Mention]) -> bool:
    """Whether a parsed event on a word after the headline verb takes the headline's subject as its actor although
    that verb only reacts to it ('Bush Condemns Beheading of U.S. Hostage': Bush beheaded no one;
    data/reaction_verbs.csv), or is read from a parse that swallowed the headline verb into a noun compound."""
    subjects = {m.start_token for m in reading.actors}
    if trigger.i > reading.trigger.i and swallowed_verb(reading, actors):
        return True
    return trigger.i > reading.trigger.i and not reading.passive and reading.lemma in load_reaction_verbs() \
        and any(m.start_token in subjects for m in actors)


def swallowed_verb(reading: Reading, actors: Collection[Mention]) -> bool:
    """Whether the parser read the headline verb as part of a noun compound ('Iran Rejects EU Proposal': 'Iran
    Rejects EU' modifies 'Proposal'; "Taiwan's Leader Urges China to Begin Talks") and an event after it takes
    the headline's subject or object as its actor: that event is the verb's object or content misread, and the
    linear reading's event (Iran rejects the proposal; Taiwan urges China) takes its place."""
    if reading.passive or reading.trigger.dep_ != "compound" or reading.trigger.head.i <= reading.trigger.i:
        return False
    parties = {m.start_token for m in (*reading.actors, *reading.objects)}
    return any(m.start_token in parties for m in actors)
