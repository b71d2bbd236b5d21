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
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

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


def headline_span(doc: Doc) -> Span | None:
    """The headline at the start of ``doc``: the text before the first line break when it is short, or a short
    first sentence that is title-cased or has no finite verb; None when the text starts with running prose."""
    arrays = tokens.of(doc)
    for i, text in enumerate(arrays.texts[:MAX_WORDS + 8]):  # the parser often ends a 'sentence' inside a
        if "\n" in text:  # title line: the line break decides (a Token's trailing whitespace is one space at most)
            span = doc[:i + (0 if doc[i].is_space else 1)]
            return span if 0 < _word_count(span) <= MAX_WORDS else None
    flags, size = arrays.sent_flags, arrays.size
    for i in range(min(size, MAX_WORDS + 8)):
        if i + 1 == size or flags[i + 1] == 1:  # Token.is_sent_end, without a Token
            span = doc[:i + 1]
            words = list(span)  # one Token per word for the tests below
            short = _word_count(words) <= MAX_WORDS
            verbless = not any(tag in _FINITE for tag in arrays.tags[:i + 1])
            return span if short and (title_cased(words) or verbless) else None
    return None


def _word_count(words: Iterable[Token]) -> int:
    return sum(1 for t in words if not (t.is_punct or t.is_space))


@functools.lru_cache(maxsize=1)
def _passive_verbs() -> dict[str, str]:
    """Verbs a headline uses as bare passives, by kind: 'ditransitive' keeps an object ('Israel given
    deadline'), 'transitive' needs one ('Iran accused of ...'); the violent and coercive verbs of
    data/transitive_verbs.csv count as transitive too."""
    rows = {row["lemma"].lower(): row["kind"] for _, row in read_csv(PASSIVE_FILE, ("lemma", "kind")) if row["lemma"]}
    return {**{verb: "transitive" for verb in load_transitive_verbs()}, **rows}


def _headline_passive(reading: Reading, after: list[Token], past: bool) -> bool:
    """A bare past form after the subject is passive ('Police killed in ambush', 'Israel given deadline',
    'Annan urged to act'): a transitive verb with no object, a ditransitive one, or an object-control verb
    before 'to'; 'Haniyeh refused to respond' and 'leaders met in Paris' stay active."""
    if not past or reading.planned:
        return False
    kind = _passive_verbs().get(reading.lemma)
    if after and after[0].lower_ == "to" and len(after) > 1 and after[1].tag_ == "VB":
        return reading.lemma in load_object_control_verbs()
    if kind == "ditransitive":
        return True
    return (kind is not None or reading.lemma in load_object_control_verbs()) \
        and not reading.objects and not reading.object_words


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


def read_headline(span: Span | Sequence[Token], at: dict[int, Mention], verbs: Collection[str]) -> Reading | None:
    """The linear reading of a headline span (or its list of Tokens); ``at`` maps token indexes to actor mentions,
    ``verbs`` are the lemmas the pattern table knows as verbs. None when the headline does not start with actor
    mentions followed by a known verb."""
    tokens, speaker, k = list(span), None, 0
    colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
    if colon is not None and colon > 0 and at.get(tokens[0].i) is not None \
            and all(t.i in at or t.is_punct for t in tokens[:colon]):
        speaker, k = at[tokens[0].i], colon + 1
    actors, k = _actor_region(tokens, k, at)
    if not actors:
        return None
    swallowed = _verb_in_mention(tokens, k, at, verbs)
    k -= swallowed
    planned = False
    while k < len(tokens) and tokens[k].lower_ in _BEFORE_TRIGGER and k + 1 < len(tokens):
        planned, k = planned or tokens[k].lower_ == "to", k + 1
    if k >= len(tokens) or (tokens[k].i in at and not swallowed) or not tokens[k].is_alpha:
        return None
    trigger = tokens[k]
    lemma, past = verb_reading(trigger.text)
    if lemma not in verbs or trigger.tag_ == "MD" or trigger.lower_ in _MONTHS or trigger.ent_type_ == "DATE" \
            or _subject_noun(trigger, tokens[k + 1:]):  # 'Japan March bond coupon ...': a month
        return None
    reading = _complete(tokens, k + 1, at, Reading(trigger, lemma, actors, (), frozenset(), frozenset(), None, (),
                                                    planned=planned, speaker=speaker))
    return replace(reading, passive=_headline_passive(reading, tokens[k + 1:], past))


def _verb_in_mention(tokens: list[Token], k: int, at: dict[int, Mention], verbs: Collection[str]) -> int:
    """1 when the last actor mention swallowed the headline verb ("Taiwan's Leader Urges | China to ..."): its
    last word is an inflected known verb ('Urges') and another actor mention follows at once; else 0."""
    if k < 2 or k >= len(tokens) or tokens[k - 1].i not in at or tokens[k].i not in at:
        return 0
    last, mention = tokens[k - 1], at[tokens[k - 1].i]
    if mention is at[tokens[k].i] or mention.start_token == last.i or not last.lower_.endswith("s"):
        return 0
    lemma, _ = verb_reading(last.text)
    return int(lemma != last.lower_ and lemma in verbs)


def _subject_noun(word: Token, rest: list[Token]) -> bool:
    """'EU force takes over', 'storm survivors give thanks': a word tagged as a noun with a finite verb after it
    heads the subject; the later verb is the predicate."""
    return word.tag_.startswith("NN") and any(t.tag_ in _FINITE for t in rest)


def _actor_region(tokens: list[Token], k: int, at: dict[int, Mention]) -> tuple[tuple[Mention, ...], int]:
    """The actor mentions a headline starts with (coordinated by 'and' or commas) and the index after them."""
    found: list[Mention] = []
    while k < len(tokens):
        mention = at.get(tokens[k].i)
        if mention is not None:
            if found and mention is not found[-1] and at.get(tokens[k - 1].i) is not None:
                break  # 'Queen Urges | Thais': two names in a row are no coordinated subject
            if mention not in found:
                found.append(mention)
            k += 1
        elif found and tokens[k].lower_ in _GLUE and k + 1 < len(tokens) and tokens[k + 1].i in at:
            k += 1
        else:
            break
    return tuple(found), k


def _complete(tokens: list[Token], k: int, at: dict[int, Mention], reading: Reading) -> Reading:
    """Particles, object words and mentions up to the first preposition, then that preposition's mentions."""
    particles: set[str] = set()
    while k < len(tokens) and tokens[k].lower_ in _PARTICLES:
        particles.add(tokens[k].lower_)
        k += 1
    objects, words, prep, prep_objects, owned = [], set(), None, [], False
    for tok in tokens[k:]:
        if tok.text in _CLAUSE_ENDS:
            break  # 'Israel Arrests Suspect, Kills 4 Militants': the next clause has its own roles
        if tok.tag_ in {"IN", "TO"} and tok.i not in at and tok.lower_ not in _PARTICLES | {"of"}:
            if prep is not None:
                break
            prep = tok.lower_
            continue
        owned = owned or prep is None and tok.lower_ == "of" and (bool(objects) or _reacts_to_act(reading, words))
        mention = at.get(tok.i)
        bucket = prep_objects if prep is not None else objects
        if mention is not None and mention not in bucket and not (owned and bucket is objects):
            bucket.append(mention)  # 'Israeli killing of Palestinian boy': the owner, not the 'of' victim
        elif mention is None and prep is None and tok.is_alpha and tok.lower_ not in _RESULTS \
                and tok.tag_ not in _FUNCTION_TAGS:  # 'says no plans': 'no' is no object word ('said no')
            words.add(word := lemma_of(tok.text, "NNS" if tok.lower_.endswith("s") else "NN"))
            if word in load_forum_nouns():  # 'UK to Host Mideast Conference': the place before it is the topic
                objects = [m for m in objects if m.end_token != tok.i or m.kind == "igo"]  # 'APEC Summit': APEC's
    if prep_objects and at.get(_last_word(tokens, k, prep).i) is None:
        prep_objects = []  # 'shot by a Saudi shopping centre': the phrase's head is no actor
    return replace(reading, objects=tuple(objects), object_words=frozenset(words), particles=frozenset(particles),
                   prep=prep, prep_objects=tuple(prep_objects))


def _reacts_to_act(reading: Reading, words: Collection[str]) -> bool:
    """'Bush Condemns Beheading of U.S. Hostage': a reaction verb's object is an act done to its 'of' object,
    the victim, who is no target of the reaction."""
    return reading.lemma in load_reaction_verbs() and any(w in load_patient_possessor_nouns() for w in words)


def _last_word(tokens: list[Token], k: int, prep: str | None) -> Token:
    """The last word of the first prepositional phrase after index ``k`` (its head, in English)."""
    phrase: list[Token] = []
    for tok in tokens[k:]:
        if tok.text in _CLAUSE_ENDS or phrase and tok.tag_ in {"IN", "TO"}:
            break
        if phrase or tok.lower_ == prep and tok.tag_ in {"IN", "TO"}:
            phrase.append(tok)
    words = [t for t in phrase[1:] if t.is_alpha]
    return words[-1] if words else tokens[-1]


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
