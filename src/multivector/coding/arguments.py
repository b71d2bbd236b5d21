"""Predicate–argument extraction: who acts (actors) and on whom (recipients) for a trigger token.

Arguments come from the dependency parse (nsubj, passive agent, dobj, dative, prepositional objects,
xcomp/conj subject inheritance, coordination, appositions) and are mapped onto the actor KB's mentions.
Every argument keeps the dependency path that found it, for ``Coder.explain``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Token

from ..actors.selfnamed import load_naming_words, naming_sites
from ..model import Mention
from .doctree import children_of
from .lexicon import lemma
from .patterns import (
    DATA_DIR,
    lemma_set,
    load_container_nouns,
    load_owner_nouns,
    load_relocation_verbs,
    load_theme_owner_nouns,
    load_transitive_verbs,
)
from .roles import (
    captive_predicate,
    controls_by_object,
    load_owned_site_nouns,
    load_vehicle_nouns,
    misread_participle,
    names_other_party,
    names_people,
    names_site,
    possessor_undergoers,
    raised_passive,
    reason_excludes_subject,
    shares_conjunct_object,
    undergone_act,
    without_topic,
)

RECIPIENT_PREPS = frozenset({"with", "to", "against", "on", "from", "at", "toward", "towards", "upon", "into"})
NOUN_ACTOR_PREPS = frozenset({"by", "from"})
NOUN_SYMMETRIC_PREPS = frozenset({"between", "among", "amongst"})
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
_PLACING_PREPS = frozenset({"in", "from"})
_IN = frozenset({"in"})
_AIM_PREPS = frozenset({"on", "against"})
_VISIT = "042"
_ARRIVAL_IN = frozenset({"in", "at"})
_SITE_PREPS = frozenset({"at", "near", "outside", "inside", "in", "on", "against", "into", "by"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
# Adjectival passives whose grammatical subject holds the stance: 'Vietnam is committed to reform'.
_STATIVE_PASSIVES = frozenset({"commit", "determine", "oppose", "resolve", "dedicate", "devote"})
_BY = frozenset({"by"})
_STATE_KINDS = frozenset({"state", "metonym"})
_PLACE_KINDS = frozenset({"state", "metonym", "demonym"})
_OBJECT_AUTHOR_PREPS = RECIPIENT_PREPS | {"by"}  # 'rejected calls by X', 'condemned an attack by X': X is the target
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_PLACE_PREPS = frozenset({"to", "from", "into"})
_FROM = frozenset({"from"})
_PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP"})
GROUP_NOUNS = load_naming_words().nouns  # "group", "organisation": may stand for a name the text gives them
_RECIPROCAL = frozenset({"each other", "one another"})
_RECIPROCAL_TEXT = " ".join(_RECIPROCAL)
_OF = frozenset({"of"})
_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})  # what a complement is about
_REASON_PREPS = frozenset({"over", "for"})
# 'resorted to throwing stones', 'turned to looting', 'took to attacking convoys': the gerund is the act, done by
# the subject of the verb its 'to' hangs on.
_RESORT_VERBS = frozenset({"resort", "turn", "take", "return", "revert", "switch"})
# 'succeeded in persuading', 'responded by shelling', 'after meeting': the governing verb's subject does the gerund
_GERUND_SUBJECT_PREPS = frozenset({"in", "by", "after", "before", "while", "since", "through", "upon"})
_JUDGED_PREPS = frozenset({"of", "for"})  # 'accused Y of ... by refusing': the judged party did it
_COMPANION_VERBS = frozenset({"join"})  # 'X joined Y in condemning Z': Y condemns too
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
_STRANDED_CLAUSE_TAGS = frozenset({"VBN", "VBD", "VBG"})
# Prepositions whose object the parser may strand; not 'with' (an absolute clause: 'with troops withdrawing'),
# 'of' or 'as', whose following subject really is a clause's ('the result of buyers rushing to ...').
_STRANDED_PREPS = frozenset({"to", "for", "against", "on", "at", "toward", "towards", "into", "upon", "from"})
_COMPLEMENT_DEPTH = 4  # prepositional hops searched inside a complement for its target
# Circumstance prepositions: a noun event under them is background ('after the killing of ...', 'according to a
# release by ...'), so it does not inherit the subject of the clause's verb.
BACKGROUND_PREPS = frozenset({"after", "following", "before", "since", "during", "amid", "amidst", "despite",
                              "according", "until", "ahead", "because", "like", "unlike"})
_CONCESSIVE_PREPS = frozenset({"despite", "amid", "amidst", "because", "according", "like", "unlike"})
_CREDIT_FOLLOWERS = frozenset({"-", "--", "—", "–", ".", ":"})  # what may follow an outlet's bracketed name
_VISIT_PREPS = frozenset({"with", "to"})  # 'during talks with Y', 'after a visit to Y': the subject took part
TEMPORAL_ENTS = frozenset({"DATE", "TIME"})
REACTION_VERB_FILE = DATA_DIR / "reaction_verbs.csv"
ATTACK_NOUN_FILE = DATA_DIR / "attack_nouns.csv"
_ATTACK_PREPS = frozenset({"in", "during"})  # 'killed in an Israeli raid', 'wounded during an ambush by rebels'


@functools.lru_cache(maxsize=2)
def load_reaction_verbs(path: Path = REACTION_VERB_FILE) -> frozenset[str]:
    """Verbs whose subject undergoes, reacts to or judges the event its object names ('survived a bombing',
    'condemned the killing'): that event does not take the verb's subject as its actor."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_attack_nouns(path: Path = ATTACK_NOUN_FILE) -> frozenset[str]:
    """Nouns of armed acts whose owner did what a passive victim verb under them says ('killed in a US raid')."""
    return lemma_set(path)


def is_temporal(prep: Token) -> bool:
    """A preposition introducing a date or time ('on Monday', 'in June')."""
    return any(g.dep_ == "pobj" and g.ent_type_ in TEMPORAL_ENTS for g in children_of(prep))


def is_verb(token: Token) -> bool:
    """A verb by its Penn tag (the pipeline sets tags, not coarse POS)."""
    return token.tag_.startswith("VB") or token.tag_ == "MD"


def is_noun(token: Token) -> bool:
    """A noun or proper noun by its Penn tag."""
    return token.tag_.startswith("NN")


@dataclass(frozen=True)
class Arg:
    """A resolved argument: its mention and the dependency path from the trigger (for explanations)."""

    mention: Mention
    path: str


@dataclass(frozen=True)
class Arguments:
    """Actors and recipients of one trigger."""

    actors: tuple[Arg, ...] = ()
    recipients: tuple[Arg, ...] = ()
    symmetric: bool = False
    inherited: bool = False
    pronoun_subject: bool = False


class MentionIndex:
    """Maps tokens to the KB mention whose token span contains them (end_token exclusive)."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start_token, max(mention.end_token, mention.start_token + 1)):
                self._by_token[i] = mention
        self._named: dict[int, Mention] | None = None  # group nouns the text names ("a group calling itself X")

    def __len__(self) -> int:
        return len(self._by_token)

    def at(self, token: Token) -> Mention | None:
        """The mention covering this very token, if any (never a date: 'Friday' names no actor)."""
        mention = self._by_token.get(token.i)  # most tokens have none: no entity label to read
        if mention is None or token.ent_type_ in TEMPORAL_ENTS:
            return self._self_named(token) if token.lower_ in GROUP_NOUNS else None
        return self._self_named(token) or mention if token.lower_ in GROUP_NOUNS else mention

    def _self_named(self, token: Token) -> Mention | None:
        """The named group a group noun stands for: "the group, which calls itself X, said" -> X."""
        if self._named is None:
            self._named = {site.head: m for site in naming_sites(token.doc)
                           if (m := self._by_token.get(site.start)) is not None and m.kind == "group"}
        return self._named.get(token.i)

    def any_in(self, doc: Doc, start: int, end: int) -> bool:
        """Whether any token of ``doc[start:end]`` is covered by a mention (as :meth:`at` says), without
        making a Token object for every word."""
        by_token = self._by_token
        return any(doc[i].ent_type_ not in TEMPORAL_ENTS for i in range(start, end) if i in by_token)

    def for_head(self, token: Token) -> list[Mention]:
        """Mentions a phrase headed by ``token`` denotes: itself, its modifiers, or 'X of Y' objects."""
        own = self.at(token)
        if own is None:
            own = next((m for c in children_of(token) if c.dep_ in _MODIFIER_DEPS
                        and not (c.dep_ == "poss" and names_other_party(token))  # not "Americans' killers"
                        for m in [self.at(c) or next(iter(self._modifier_mentions(c)), None)] if m), None)
        if own is not None:
            own = self._located(token, own) if own.actor.country is None else own
            others = [m for m in self._coordinated_modifiers(token) + self._coordinated_of(token) if m is not own]
            return sorted([own] + others, key=lambda m: m.start_token)
        for child in children_of(token) if not names_other_party(token) else ():  # not 'the kidnappers of X'
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [g for g in children_of(child) if g.dep_ == "pobj"]
                return [m for obj in objects for t in coordinated(obj) for m in self.for_head(t)]
        for child in children_of(token):
            if child.dep_ == "appos" and self.at(child) is not None:
                return [self.at(child)]  # type: ignore[list-item]
        return []

    def _located(self, token: Token, mention: Mention) -> Mention:
        """A countryless group placed by the text ('demonstrators in Baghdad', 'rebels in the Ivory Coast')
        belongs to that place's state."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in _PLACING_PREPS):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                place = self.at(obj) or next(iter(self._modifier_mentions(obj)), None)
                if place is not None and place.kind in _PLACE_KINDS and place.actor.country:
                    country = place.actor.country
                    actor = replace(mention.actor, country=country, code=country + mention.actor.code)
                    return replace(mention, actor=actor)
        return mention

    def _coordinated_modifiers(self, token: Token) -> list[Mention]:
        """'Hungarian and Romanian officials', 'US and British forces': each coordinated modifier's mention."""
        out: list[Mention] = []
        for child in children_of(token):
            if child.dep_ in {"amod", "compound", "nmod"}:
                group = coordinated(child)
                for tok in group if len(group) > 1 else ():
                    found = self.at(tok)
                    if found is not None and found not in out:
                        out.append(found)
        return out

    def _coordinated_of(self, token: Token) -> list[Mention]:
        """'the presidents of A, B and C': one mention per coordinated 'of' object beyond the first."""
        out: list[Mention] = []
        for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in children_of(prep) if g.dep_ == "pobj"):
                group = coordinated(obj)
                for tok in group if len(group) > 1 else ():  # 'the Albanians of Serbia' names one side only
                    found = self.at(tok)
                    if found is not None and found not in out:
                        out.append(found)
        return out

    def _modifier_mentions(self, token: Token) -> Iterable[Mention]:
        for child in children_of(token):
            if child.dep_ in _MODIFIER_DEPS and self.at(child) is not None:
                yield self.at(child)  # type: ignore[misc]


def coordinated(token: Token) -> list[Token]:
    """The token and everything coordinated with it ('A, B and C'), in text order."""
    out, stack = [], [token]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in children_of(tok) if c.dep_ in {"conj", "appos"} and not is_verb(c)
                     and not _colon_credit(c))
    return sorted(out, key=lambda t: t.i)


def _colon_credit(child: Token) -> bool:
    """'Russia will not talk to rebels: Putin': a name after a colon that ends the sentence credits the
    speaker, no apposition (not 'Nairobi, Mar 3 : Somali and Ethiopian officials signed ...')."""
    if child.dep_ != "appos" or child.tag_ != "NNP":
        return False  # tested first: finding the sentence end below costs more
    start, end, doc = child.left_edge.i, child.right_edge.i, child.doc
    closes = all(t.is_punct or t.is_space for t in doc[end + 1:child.sent.end])
    return child.dep_ == "appos" and child.tag_ == "NNP" and start > 0 and doc[start - 1].text == ":" and closes


def _resolve(tokens: Iterable[tuple[Token, str]], index: MentionIndex) -> list[Arg]:
    args: list[Arg] = []
    seen: set[tuple[int, int]] = set()
    for head, path in tokens:
        for tok in coordinated(head):
            for mention in index.for_head(tok):
                key = (mention.start_token, mention.end_token)
                if key not in seen and not outlet_credit(tok.doc, mention):
                    seen.add(key)
                    args.append(Arg(mention, path + (f" ~ {tok.text}" if tok is not head else "")))
    return args


def outlet_credit(doc: Doc, mention: Mention) -> bool:
    """A name in brackets that closes its sentence or opens a dateline ('... deportation of a Canadian
    (Canadian Press)', 'LIMA (Reuters) - ...'): the news outlet's credit, never a participant."""
    start, end = mention.start_token, mention.end_token
    if start < 1 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    return after is None or after.is_space or after.is_sent_start or after.text in _CREDIT_FOLLOWERS


def _prep_objects(token: Token, preps: frozenset[str]) -> list[tuple[Token, str]]:
    found = []
    for child in children_of(token):
        if child.dep_ in ("prep", "dative") and child.lower_ in preps and not is_temporal(child):
            objects = [obj for obj in children_of(child) if obj.dep_ == "pobj"]
            if not objects:
                objects = [obj for obj in [stranded_object(child)] if obj is not None]
            found += [(obj, f"{token.text} -prep-> {child.text} -pobj-> {obj.text}") for obj in objects]
    return found


def stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left empty by making the noun phrase after it the subject of the
    next clause ('granted asylum to [five officers] holed up in ...', 'offered asylum to [dissidents] hiding in
    ...', where the clause may even hang on the preposition itself)."""
    doc = prep.doc
    if prep.lower_ not in _STRANDED_PREPS or not is_verb(prep.head) or prep.i + 1 >= len(doc):
        return None
    token = doc[prep.i + 1]
    if token.is_sent_start:  # the preposition ends its sentence
        return None
    if token.ent_type_ in TEMPORAL_ENTS:  # 'watched on Friday a video ...'
        return None
    for _ in range(6):  # climb the noun phrase that starts right after the preposition
        if token.dep_ in {"nsubj", "nsubjpass"}:
            break
        if token.head.i == token.i or token.head.i <= prep.i or is_verb(token.head):
            return None
        token = token.head
    clause = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.left_edge.i != prep.i + 1 or not is_noun(token) \
            or clause.i < token.i or clause.tag_ not in _STRANDED_CLAUSE_TAGS \
            or any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return None
    return token


def participle_subject(subject: Token) -> Token:
    """The real subject when the parser made a participle clause the subject ('The Red Cross [operating] in Iraq
    said ...': 'operating' is the subject of 'said', 'Red Cross' the subject of 'operating'); else ``subject``."""
    if subject.tag_ not in _PARTICIPLE_TAGS:
        return subject
    return next((c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i and is_noun(c)), subject)


def subject_tokens(verb: Token, *, depth: int = 0, raising: bool = False) -> tuple[list[tuple[Token, str]], bool]:
    """The subject of a verb, inherited through xcomp/conj/advcl when it has none; (tokens, inherited).

    ``raising``: the verb governs an xcomp, so its passive subject counts ('Tokayev is expected to meet').
    """
    deps = _SUBJECT_DEPS | {"nsubjpass"} if raising or lemma(verb) in _STATIVE_PASSIVES else _SUBJECT_DEPS
    own = [_subject_path(verb, c) for c in children_of(verb) if c.dep_ in deps]
    agents = [(g, f"{verb.text} -agent-> {c.text} -pobj-> {g.text}")
              for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    if agents and not any(c.dep_ == "nsubj" for c in children_of(verb)):  # 'shortened by one hour': no passive
        return agents, False
    if own:
        if verb.dep_ == "relcl" and own[0][0].tag_ in _RELATIVE_TAGS:
            return [(verb.head, f"{verb.text} <-relcl- {verb.head.text}")], True
        return own, False
    if depth > 4 or verb.head == verb or _keeps_own_subject(verb, raising):
        return [], False
    resorted = _resort_subject(verb, depth)
    if resorted is not None:
        return resorted, True
    head = verb.head
    if verb.dep_ == "xcomp" and controls_by_object(head):  # not 'visited Libya to discuss ...'
        controller = _object_controller(head)
        if controller:
            return controller, True
    gerund = _gerund_subject(verb, depth)
    if gerund is not None:
        return gerund, True
    planned = _misattached_plan(verb)
    if planned is not None:  # 'criticised the plans of X to strengthen ...': the plan's owner acts
        return _noun_owner(planned, depth + 1), True
    if verb.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} or (verb.dep_ == "acl" and is_noun(head)):
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and names_people(head):  # 'militants threatening to ...'
            # they threaten; not 'a resolution demanding ...', whose owner demands
            return [(head, f"{verb.text} <-acl- {head.text} (active participle)")], True
        if verb.dep_ == "acl":
            return _noun_owner(head, depth + 1), True
        if verb.dep_ == "conj" and head.dep_ == "acl" and _passive_participle(head):
            return [], False  # 'brigades killed or wounded ...': the noun underwent both, no owner acts
        tokens, _ = subject_tokens(head, depth=depth + 1, raising=verb.dep_ == "xcomp")
        return tokens, True
    return [], False


def _subject_path(verb: Token, child: Token) -> tuple[Token, str]:
    """A subject child with its path, looking through a participle the parser made the subject."""
    real = participle_subject(child)
    if real is child:
        return child, f"{verb.text} -{child.dep_}-> {child.text}"
    return real, f"{verb.text} -{child.dep_}-> {child.text} -nsubj-> {real.text} (participle subject)"


def _resort_subject(verb: Token, depth: int) -> list[tuple[Token, str]] | None:
    """'youths resorted to throwing stones': the subject of 'resort/turn/take to' does the gerund's act; when the
    parser hung 'resorted' on the noun as a participle ('Palestinian youths resorted to ...'), that noun acts."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "to" or lemma(prep.head) not in _RESORT_VERBS:
        return None
    governor = prep.head
    if governor.dep_ == "acl" and is_noun(governor.head):
        return [(governor.head, f"{verb.text} <-pcomp- to <-prep- {governor.text} <-acl- {governor.head.text}")]
    tokens, _ = subject_tokens(governor, depth=depth + 1)
    return [(tok, f"{path} (resorted to {verb.text})") for tok, path in tokens]


def _gerund_subject(verb: Token, depth: int) -> list[tuple[Token, str]] | None:
    """'X succeeded in persuading Y', 'X responded by shelling Y': the subject of the verb a manner or time
    preposition hangs on does the gerund; 'X joined Y in condemning Z' makes Y a co-actor. Not 'accused Y of
    killing', 'blamed Y for attacking', 'stopped Y from leaving', 'accused Y of miscalculation by refusing':
    their object may be the doer; 'without passing' says the act did not happen."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in _GERUND_SUBJECT_PREPS \
            or not is_verb(prep.head) or _judges_someone(prep.head, prep):
        return None
    governor = prep.head
    tokens, _ = subject_tokens(governor, depth=depth + 1)
    tokens = [(tok, f"{path} ({prep.text} {verb.text})") for tok, path in tokens]
    if tokens and lemma(governor) in _COMPANION_VERBS:
        tokens += [(c, f"{governor.text} -dobj-> {c.text} (co-actor)") for c in governor.children if c.dep_ == "dobj"]
    return tokens


def _judges_someone(verb: Token, prep: Token) -> bool:
    """'accused Y (on Monday) of ... by', 'blamed Y for ... by': an 'of'/'for' phrase between the verb and ``prep``."""
    return any(t.dep_ == "prep" and t.lower_ in _JUDGED_PREPS for t in verb.doc[verb.i + 1:prep.i])


def _keeps_own_subject(verb: Token, raising: bool) -> bool:
    """Clauses that never borrow a subject: a finite adverbial clause ('after Cuba threatened ...' where the
    parser lost 'Cuba') and a passive without its agent ('... but five Palestinians were killed') — their
    actor is unknown, not the main clause's subject."""
    if verb.dep_ == "advcl" and verb.tag_ in _FINITE_TAGS:
        return True
    return not raising and verb.dep_ in {"conj", "advcl"} \
        and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _misattached_plan(verb: Token) -> Token | None:
    """The intention noun a 'to'-infinitive belongs to when the parser hung it on the verb governing that
    noun ('criticised the plans of X [to strengthen ...]', 'welcomed Y's decision [to withdraw]')."""
    if verb.dep_ not in {"advcl", "xcomp"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                 and lemma(c) in load_owner_nouns()), None)


def _object_controller(head: Token) -> list[tuple[Token, str]]:
    """'urged X to ...', 'called on X to ...': the object of the governing verb is the subject."""
    for child in head.children:
        if child.dep_ in {"dobj", "dative"}:
            return [(child, f"{head.text} -{child.dep_}-> {child.text} (controls)")]
    return [(obj, path + " (controls)") for obj, path in _prep_objects(head, frozenset({"on", "upon"}))]


def _noun_owner(noun: Token, depth: int) -> list[tuple[Token, str]]:
    """Who owns a noun like 'plans' or 'talks': its possessor, else the subject of the verb governing it."""
    owners = [(c, f"{noun.text} -{c.dep_}-> {c.text}") for c in noun.children if _may_name_actor(c)]
    if not owners and lemma(noun) in load_owner_nouns():  # 'the plans of Washington and Tokyo to ...'
        owners = _prep_objects(noun, _OF)
    if owners:
        return owners
    head = noun.head
    if is_background(noun) and not any(c.dep_ == "prep" and c.lower_ in _VISIT_PREPS for c in noun.children):
        return []  # 'X acted following the killing of Y': X did not kill ('after talks with Y, X said': X did talk)
    while head.dep_ == "prep" and head.head != head:
        head = head.head
    if depth >= 5:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_noun(head):
        # 'a (new) package of sanctions', 'a round of talks' — not 'a decade of war', 'the start of protests'
        return _noun_owner(head, depth + 1) if lemma(head) in load_container_nouns() else []
    reason = noun.dep_ == "pobj" and noun.head.lower_ in _REASON_PREPS  # 'officer arrested over the killing'
    if reason and is_verb(head) and reason_excludes_subject(head, noun.head.lower_):
        return []  # 'threatened sanctions over atrocities', 'blamed Y for the attack': not the subject's act
    if noun.dep_ in {"dobj", "pobj", "attr", "nsubjpass"} and is_verb(head) \
            and performs_its_object(head, reason, reacts=not is_background(noun)):
        return subject_tokens(head, depth=depth)[0]
    return []


def performs_its_object(verb: Token, reason: bool = False, *, reacts: bool = True) -> bool:
    """Whether the verb's subject performs the event its object or prepositional noun names: not a reaction
    ('escaped a bombing', 'condemned the attack') nor a passive whose subject is the victim ('five Iraqis
    killed in a bombing', 'soldiers were reported wounded in an ambush'). ``reason``: the noun gives the
    reason for the verb's act ('arrested over the killing'), which its passive subject may well have done.
    ``reacts``: the verb's reaction sense applies to this noun (not to a background 'after talks with Y')."""
    if reacts and lemma(verb) in load_reaction_verbs():
        return False
    return reason or not (_reduced_passive(verb) or _passive_participle(verb))


def is_background(noun: Token) -> bool:
    """A noun under a circumstance preposition ('after the talks', 'according to a release', 'because of')."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in {"to", "of"} and prep.head.i != prep.i:  # 'according to', 'because of', 'ahead of'
        return prep.head.lower_ in BACKGROUND_PREPS
    return prep.lower_ in BACKGROUND_PREPS


def _may_name_actor(child: Token) -> bool:
    """A possessor or a name-like modifier ('Russia's', 'EU', 'Turkish'), not 'new' or 'bilateral'."""
    if child.dep_ == "poss":
        return True
    return child.dep_ in {"compound", "amod"} and (child.tag_.startswith("NNP") or child.text[:1].isupper())


def verb_arguments(trigger: Token, index: MentionIndex) -> Arguments:
    """Arguments of a verbal trigger: subject or passive agent acts; objects and prepositional objects receive."""
    subjects, inherited = subject_tokens(trigger)
    patients = [_antecedent(trigger, c) for c in children_of(trigger) if c.dep_ in {"nsubjpass", "dobj", "dative"}]
    patients = [p for p in patients if not _detached_object(p[0])]  # '..., increasing pressure on X'
    patients = [p for p in patients if not _idiom_object(p[0])] or _agentive_head(trigger) \
        or _shared_object(trigger) or patients
    if not inherited and (_reduced_passive(trigger) or captive_predicate(trigger)):
        # 'Two Britons shot dead in Thailand', 'two reporters held hostage in Iraq': the subject is hit
        patients, subjects = [(tok, f"{path} (reduced passive)") for tok, path in subjects], []
    elif _passive_conjunct(trigger) and not patients:  # 'were arrested and jailed by US troops'
        patients = [(c, f"{trigger.text} <-conj- {trigger.head.text} -nsubjpass-> {c.text}")
                    for c in trigger.head.children if c.dep_ == "nsubjpass"]
    elif inherited and (_passive_participle(trigger) or raised_passive(trigger) or _reduced_conjunct(trigger)):
        # 'the leader, killed in a raid', 'journalists held hostage', 'are reported to have been killed'
        described = [(trigger.head, f"{trigger.text} <-acl- {trigger.head.text}")]
        undergoer = described if trigger.dep_ == "acl" else subjects
        patients, subjects = patients + [(tok, f"{path} (passive participle)") for tok, path in undergoer], []
    patients += _particle_objects(trigger)
    recipient_preps = RECIPIENT_PREPS - _PLACE_PREPS if moves_people(trigger) else RECIPIENT_PREPS
    preps = _prep_objects(trigger, recipient_preps)
    for obj, _ in list(patients):
        if obj.dep_ == "dobj":
            preps += _prep_objects(obj, without_topic(obj, _OBJECT_AUTHOR_PREPS | NOUN_SYMMETRIC_PREPS))  # 'host
            # talks between X and Y'; not 'host a conference on Middle East peace'
            preps += _prep_objects(trigger, _BY)  # 'rejected a proposal by X' with 'by' hung on the verb
            preps += [p for inner, _ in _prep_objects(obj, _OF) for p in _prep_objects(inner, RECIPIENT_PREPS)]
    actors = _resolve(subjects, index)
    if not actors and patients and not subjects:  # 'three Palestinians were killed in an Israeli raid'
        actors = _resolve(_attack_owners(trigger, index), index)
    recipients = _resolve(_reaction_targets(trigger, patients) + preps, index)
    between = _resolve(_prep_objects(trigger, NOUN_SYMMETRIC_PREPS), index)
    if not actors and len(between) > 1:  # 'talks were held between X and Y', 'fighting broke out between X and Y'
        return Arguments(tuple(between), tuple(r for r in recipients if r not in between), symmetric=True)
    has_party = any(names_people(tok) for tok, _ in patients)  # 'meet bankers during a trip to X': X no target
    for level in _complement_targets(trigger) if not recipients and not has_party else ():
        recipients = _resolve(level, index)
        if recipients:
            break
    reciprocal = any(c.lower_ in _RECIPROCAL_TEXT and " ".join(t.lower_ for t in c.subtree) in _RECIPROCAL
                     for c in children_of(trigger))  # the child is one of the phrase's words: skip big subtrees
    symmetric = (len(actors) > 1 and not recipients) or reciprocal
    pronoun = any(tok.tag_ in _PRONOUN_TAGS for tok, _ in subjects)
    return Arguments(tuple(actors), tuple(recipients), symmetric, inherited, pronoun)


def _reaction_targets(verb: Token, patients: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """'condemned the beheading of a hostage': the object of a reaction verb that is an act done to someone
    targets whoever did it (its possessor or name-like modifier, 'Israel's killing of X'), never its victim."""
    if lemma(verb) not in load_reaction_verbs():
        return patients
    out: list[tuple[Token, str]] = []
    for tok, path in patients:
        out += [(c, f"{path} -{c.dep_}-> {c.text} (act owner)") for c in tok.children
                if _may_name_actor(c)] if undergone_act(tok) else [(tok, path)]
    return out


def _attack_owners(verb: Token, index: MentionIndex) -> list[tuple[Token, str]]:
    """Who did an attack a victim verb happened in: its possessor, name-like modifier or 'by' object ('were
    killed in an Israeli raid', 'wounded during an ambush by insurgents'); never its place ('a raid in Gaza',
    'a Baghdad rocket attack')."""
    found: list[tuple[Token, str]] = []
    for noun, path in _prep_objects(verb, _ATTACK_PREPS):
        if lemma(noun) in load_attack_nouns():
            found += [(c, f"{path} -{c.dep_}-> {c.text} (attack owner)") for c in noun.children
                      if _may_name_actor(c) and not _capital_as_place(c, index)]
            found += [(obj, f"{p} (attack owner)") for obj, p in _prep_objects(noun, _BY)]
    return found


def _attack_victims(noun: Token) -> list[tuple[Token, str]]:
    """Who an attack noun hit, from the passive victim verb it hangs on ('three soldiers were killed in an
    ambush', 'two policemen killed in a US raid'): that verb's passive subject, or the noun its participle
    describes."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _ATTACK_PREPS or lemma(noun) not in load_attack_nouns():
        return []
    verb = prep.head
    if not is_verb(verb):
        return []
    found = [(c, f"{noun.text} <-pobj- {prep.text} <-prep- {verb.text} -nsubjpass-> {c.text}")
             for c in verb.children if c.dep_ == "nsubjpass"]
    if not found and verb.dep_ == "acl" and _passive_participle(verb) and is_noun(verb.head):
        found = [(verb.head, f"{noun.text} <-pobj- {prep.text} <-prep- {verb.text} <-acl- {verb.head.text}")]
    return found


def _antecedent(verb: Token, child: Token) -> tuple[Token, str]:
    """An object slot's word, or the noun a relative pronoun stands for ('a Briton who was shot dead')."""
    if verb.dep_ == "relcl" and child.tag_ in _RELATIVE_TAGS and child.dep_ == "nsubjpass":
        return verb.head, f"{verb.text} -{child.dep_}-> {child.text} <-relcl- {verb.head.text}"
    return child, f"{verb.text} -{child.dep_}-> {child.text}"


def _agentive_head(verb: Token) -> list[tuple[Token, str]]:
    """'a hostage killed by his captors', 'workers kidnapped by militants': a participle with a 'by' agent
    hanging on a noun says that noun underwent the act."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and is_noun(verb.head) and any(c.dep_ == "agent"
                                                                                 for c in verb.children):
        return [(verb.head, f"{verb.text} <-acl- {verb.head.text} (passive participle)")]
    return []


def _shared_object(verb: Token) -> list[tuple[Token, str]]:
    """'attacked and killed three soldiers': a verb with no object of its own shares the object of the verb
    coordinated right after it, when that verb has no subject of its own."""
    if any(c.dep_ in {"prep", "ccomp", "xcomp", "prt"} or (c.dep_ == "dobj" and not _idiom_object(c))
           for c in verb.children):  # 'opened fire and killed three soldiers': 'fire' is part of the verb
        return []
    for conj in (c for c in verb.children if c.dep_ == "conj" and is_verb(c) and c.i > verb.i):
        if any(c.dep_ in _SUBJECT_DEPS | {"nsubjpass"} for c in conj.children):
            return []
        return [(c, f"{verb.text} -conj-> {conj.text} -dobj-> {c.text}") for c in conj.children if c.dep_ == "dobj"]
    return []


def _detached_object(noun: Token) -> bool:
    """A second object after a comma that opens with a participle ('beheaded a hostage, increasing pressure on
    X'): the parser's reading of a participle clause, whose object is no patient of the verb (not 'expressed
    anger at the summit, particularly Bush')."""
    doc, start = noun.doc, noun.left_edge.i
    return noun.dep_ == "dobj" and start > 0 and doc[start - 1].text == "," and doc[start].tag_ == "VBG" \
        and any(c.dep_ == "dobj" and c.i < start for c in noun.head.children)


def _idiom_object(noun: Token) -> bool:
    """A bare singular common noun object that belongs to the verb's idiom ('opened fire', 'gave chase'), not
    a participant: no determiner, number, modifier or name."""
    return noun.dep_ == "dobj" and noun.tag_ == "NN" and not any(True for _ in noun.children) \
        and noun.ent_type_ == ""


def _reduced_passive(verb: Token) -> bool:
    """A verb that needs an object, used with a subject and none ('Mexican columnist murdered', 'Two Britons
    shot dead'): headline and caption shorthand for a passive. A relative clause ('the man they killed')
    and a clausal complement ('killed to ...') are not."""
    if lemma(verb) not in load_transitive_verbs() or verb.dep_ == "relcl" or shares_conjunct_object(verb):
        return False  # 'soldiers shot and killed a gunman': the object of 'killed' is shot too
    deps = {c.dep_ for c in verb.children}
    if any(c.dep_ == "prep" and c.lower_ in {"at", "on", "into", "upon"} and any(g.dep_ == "pobj" for g in c.children)
           for c in verb.children):
        return False  # 'troops shot at protesters'; a stranded 'at' is passive ('UN plane shot at in Chad')
    return "nsubj" in deps and not deps & {"dobj", "nsubjpass", "agent", "ccomp", "xcomp", "dative", "aux", "auxpass"}


def _reduced_conjunct(verb: Token) -> bool:
    """'Two policemen shot and wounded in Mosul': a verb without object coordinated with a headline passive is
    passive too, so the subject it inherits was hit."""
    return verb.dep_ == "conj" and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in verb.children) \
        and _reduced_passive(verb.head)


def _passive_participle(verb: Token) -> bool:
    """A past participle with no subject or auxiliary of its own hanging on a noun or clause ('a leader killed
    in a raid', 'is dead, killed in an operation') or coordinated with a passive ('were arrested and jailed'):
    the word it would inherit as subject undergoes the act."""
    if misread_participle(verb):  # 'a Greek airliner forced to land'
        return True
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "agent", "dobj"}
                                 for c in verb.children):
        return False
    if verb.dep_ in {"acl", "advcl", "xcomp"}:  # 'were reported killed', 'was found murdered'
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)


def moves_people(verb: Token) -> bool:
    """'deported detainees to Honduras': a verb that moves people, whose to/from/into phrase is a place."""
    return lemma(verb) in load_relocation_verbs()


def _passive_conjunct(verb: Token) -> bool:
    """A participle coordinated with a passive verb, with no subject of its own ('were arrested and jailed')."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children)


def _capital_as_place(modifier: Token, index: MentionIndex) -> bool:
    """'the Madrid bombings', 'the Geneva talks': a capital compounded onto an event noun says where it happened;
    only its possessive ('Moscow's offensive') names the government as the actor."""
    mention = index.at(modifier)
    return modifier.dep_ == "compound" and mention is not None and mention.kind == "metonym"


def _particle_objects(verb: Token) -> list[tuple[Token, str]]:
    """Objects the parser hung under a particle: 'kidnapped up to 16 advisers' (prt 'up' -> prep 'to')."""
    return [(g, f"{verb.text} -prt-> {p.text} -prep-> {q.text} -pobj-> {g.text}")
            for p in children_of(verb) if p.dep_ == "prt" and p.lower_ == "up"
            for q in children_of(p) if q.dep_ == "prep" and q.lower_ == "to"
            for g in children_of(q) if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in children_of(g))]


def beneficiaries(verb: Token, index: MentionIndex) -> tuple[Arg, ...]:
    """Whom the verb's object is for ('backed autonomy for Sudan's Darfur', 'rejected a role for the IMF',
    'approved a commission for the European Union'): the target of a stance on that object."""
    found = [(g, f"{verb.text} -dobj-> {o.text} -prep-> {p.text} -pobj-> {g.text}")
             for o in children_of(verb) if o.dep_ == "dobj"
             for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "for" for g in children_of(p) if g.dep_ == "pobj"]
    return tuple(_resolve(found, index))


def clause_subjects(verb: Token, index: MentionIndex) -> list[Arg]:
    """Subjects of a verb's content clauses ('demanded that Mugabe abandon ...'): whom a demand addresses."""
    return _resolve([(s, f"{verb.text} -ccomp-> {c.text} -nsubj-> {s.text}") for c in verb.children
                     if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"], index)


def place_targets(trigger: Token, index: MentionIndex) -> tuple[Arg, ...]:
    """States or capitals in 'in X' phrases on the trigger, its complement verbs and their objects: a last
    resort target ('threatened to resume attacks in Israel', 'agreed to set up a centre in Tokyo')."""
    heads, found = [trigger], []
    owners = _resolve([o for head in [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
                       for o in _site_owners(head)], index)
    if owners:  # 'exploded outside the Indonesian embassy in Paris': the embassy's state, not Paris
        return tuple(a for a in owners if a.mention.kind != "person")
    for head in heads:  # 'forced a flight to land in X': the object's own act happens there, X is no target
        steps = {"dobj"} if any(c.dep_ == "dobj" for c in children_of(head)) else {"xcomp", "dobj"}
        heads += [c for c in children_of(head) if c.dep_ in steps and len(heads) < 8]
        if not aimed_elsewhere(head):  # 'attacks on army targets in X': the targets are hit, not X
            found += _prep_objects(head, _IN)
    return tuple(a for a in _resolve(found, index) if a.mention.kind in _STATE_KINDS)


def _site_owners(head: Token) -> list[tuple[Token, str]]:
    """Names on a facility in a locative phrase on the word ('outside the Indonesian embassy', 'near a US base',
    'at Israel's consulate'; data/owned_site_nouns.csv): the facility's owner is hit where it stands."""
    return [(m, f"{path} -{m.dep_}-> {m.text}") for site, path in _prep_objects(head, _SITE_PREPS)
            if lemma(site) in load_owned_site_nouns() for m in site.children if _may_name_actor(m)]


def aimed_elsewhere(head: Token) -> bool:
    """Whether an 'on'/'against' phrase on the word names a target that is no place ('strikes on army posts in
    X', 'attacks on Americans in X'): then a place phrase only says where it happened."""
    return any(obj.ent_type_ not in _PLACE_ENTS and not locates_target(obj)
               for obj, _ in _prep_objects(head, _AIM_PREPS))


def locates_target(noun: Token) -> bool:
    """A settlement, facility or attack noun: a place phrase on it is where the target is ('at a jail in X',
    'killed in bombings in X'), unlike one on a thing or a party ('fired on targets in X')."""
    return names_site(noun) or lemma(noun) in load_attack_nouns()


def _located_in_place(trigger: Token) -> bool:
    """Whether an 'in' phrase on the trigger names a place entity ('the killing of two hostages in Iraq')."""
    return any(obj.ent_type_ in _PLACE_ENTS for obj, _ in _prep_objects(trigger, _IN))


def visit_hosts(trigger: Token, pattern_prep: str | None, cameo: str, index: MentionIndex) -> tuple[Arg, ...]:
    """The host of a trip a travel pattern names with 'in'/'at' ('arrived in China', 'will land in Kabul'): the
    state or capital of that phrase (CAMEO 042); a meeting's venue ('met in Paris', 044) stays no participant."""
    if not cameo.startswith(_VISIT) or pattern_prep not in _ARRIVAL_IN \
            or any(c.dep_ == "nsubj" and lemma(c) in load_vehicle_nouns() for c in trigger.children):
        return ()  # 'a German air force plane landed in Baku' carries others
    found = _prep_objects(trigger, frozenset({pattern_prep}))
    return tuple(a for a in _resolve(found, index) if a.mention.kind in _STATE_KINDS)


def withdrawn_from(trigger: Token, index: MentionIndex) -> tuple[Arg, ...]:
    """The state a withdrawal leaves ('pulled its forces out of Lebanon', 'withdrew troops from Iraq'): places
    in 'from' or 'out of' phrases on the trigger or its object, never an organisation ('quit the coalition')."""
    found: list[tuple[Token, str]] = []
    for head in [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]:
        found += _prep_objects(head, _FROM)
        for out in (c for c in head.children if c.lower_ == "out" and c.dep_ in {"prep", "prt", "advmod"}):
            found += [(g, f"{head.text} -{out.dep_}-> out {path}") for g, path in _prep_objects(out, _OF)]
    return tuple(a for a in _resolve(found, index) if a.mention.kind in _STATE_KINDS)


def _complement_targets(trigger: Token) -> list[list[tuple[Token, str]]]:
    """Targets inside a complement, nearest level first: 'threatened to cut off gas to X', 'called for
    sanctions against X', 'threatened to launch an offensive in its war with X'.

    Breadth-first through the complement's objects and prepositional phrases, never into another clause
    or a topic phrase ('over their ties with Y'); one list of candidates per depth.
    """
    levels: list[list[tuple[Token, str]]] = []
    frontier = [(c, f"{trigger.text} -{c.dep_}-> {c.text}") for c in children_of(trigger) if c.dep_ == "xcomp"]
    frontier += [(g, f"{trigger.text} -{c.dep_}-> {c.text} -pobj-> {g.text}") for c in children_of(trigger)
                 if c.dep_ == "prep" and not is_temporal(c) and c.lower_ not in _CONCESSIVE_PREPS
                 for g in c.children if g.dep_ == "pobj"]  # 'despite objections from X', 'amid protests by X'
    for _ in range(_COMPLEMENT_DEPTH):
        following: list[tuple[Token, str]] = []
        found: list[tuple[Token, str]] = []
        for head, path in frontier:
            for child in head.children:
                step = f"{path} -{child.dep_}-> {child.text}"
                if child.dep_ in {"dobj", "dative"}:
                    found.append((child, step))
                    following.append((child, step))
                elif child.dep_ == "prep" and child.lower_ not in _TOPIC_PREPS and not is_temporal(child):
                    objects = [(g, f"{step} -pobj-> {g.text}") for g in child.children if g.dep_ == "pobj"]
                    found += objects if child.lower_ in RECIPIENT_PREPS else []
                    following += objects
        levels.append(found)
        frontier = following
    return levels


def _theme_owners(trigger: Token) -> list[tuple[Token, str]]:
    """Owners of what a deployment-like noun moves: 'the deployment of American missiles' (the USA deploys),
    'the withdrawal of Russia's troops'; the 'of' object itself when it is a name ('the pullout of NATO')."""
    if lemma(trigger) not in load_theme_owner_nouns():
        return []
    found: list[tuple[Token, str]] = []
    for obj, path in _prep_objects(trigger, _OF):
        found += [(c, f"{path} -{c.dep_}-> {c.text}") for c in obj.children if _may_name_actor(c)]
        if not found and obj.tag_.startswith("NNP"):
            found.append((obj, path))
    return found


def noun_arguments(trigger: Token, index: MentionIndex, *, pattern_prep: str | None = None,
                   of_patient: bool = False, of_agent: bool = False) -> Arguments:
    """Arguments of a nominal trigger ('the summit between A and B', 'sanctions on X', 'an attack by Y').

    ``pattern_prep``: the preposition the matched pattern names ('withdrawal from'): it introduces the
    recipient even where it would otherwise name the actor ('an offer from X'). ``of_patient``: the noun
    names an act done to someone (material conflict), so its 'of' object is the target ('the killing of
    three aid workers', 'the invasion of Iraq'). ``of_agent``: the noun names a meeting or visit, whose 'of'
    object takes part ('the meeting of Putin with Schroeder', 'the visit of the Chinese premier to India').
    """
    actor_preps = NOUN_ACTOR_PREPS - {pattern_prep} if pattern_prep else NOUN_ACTOR_PREPS
    between = _resolve(_prep_objects(trigger, NOUN_SYMMETRIC_PREPS), index)
    if len(between) > 1:
        return Arguments(tuple(between), (), True)
    undergoers = possessor_undergoers(trigger)  # "the minister's trial": the possessor is tried
    owners = [(c, f"{trigger.text} -{c.dep_}-> {c.text}") for c in trigger.children
              if c.dep_ in _MODIFIER_DEPS and not _capital_as_place(c, index) and c not in undergoers]
    owners += _prep_objects(trigger, actor_preps)
    actors = _resolve(owners, index) or _resolve(_theme_owners(trigger), index)
    if not actors and of_agent and pattern_prep != "of":  # 'the meeting of A with B'; not 'X's tour of China'
        actors = _resolve(_prep_objects(trigger, _OF), index)
    inherited = False
    if not actors:
        actors = _resolve(_noun_owner(trigger, 0), index)
        inherited = bool(actors)
    recipients = _resolve(_prep_objects(trigger, without_topic(trigger, RECIPIENT_PREPS - actor_preps)), index)
    if not recipients:  # 'the withdrawal of forces from Panama': the theme's own preposition names the target
        recipients = _resolve([p for inner, _ in _prep_objects(trigger, _OF)
                               for p in _prep_objects(inner, RECIPIENT_PREPS)], index)
    if not recipients and of_patient and lemma(trigger) not in load_theme_owner_nouns() \
            and (actors or place_targets(trigger, index) or _located_in_place(trigger)):  # the victim, not the
        # place, is the target ('the killing of three Americans in Gaza')
        recipients = [a for a in _resolve(_prep_objects(trigger, _OF), index) if a not in actors]
    if not recipients and of_patient:  # 'three Palestinians were killed in an Israeli raid': the raid hit them
        recipients = [a for a in _resolve(_attack_victims(trigger), index) if a not in actors]
    if not recipients and trigger.dep_ in ("dobj", "obj") and trigger.head.tag_.startswith("VB"):
        # 'send a convoy ... to Afghanistan': the object's governing verb carries the recipient
        recipients = _resolve(_prep_objects(trigger.head, RECIPIENT_PREPS - NOUN_ACTOR_PREPS), index)
    if undergoers:
        undergo = _resolve([(c, f"{trigger.text} -poss-> {c.text} (undergoes)") for c in undergoers], index)
        actors = [a for a in actors if a.mention not in {u.mention for u in undergo}]
        recipients = recipients or undergo
    recipients += [a for a in between if a not in recipients]
    symmetric = len(actors) > 1 and not recipients
    return Arguments(tuple(actors), tuple(recipients), symmetric, inherited)

