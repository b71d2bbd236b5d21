"""Predicate–argument extraction: who acts (actors) and on whom (recipients) for a trigger token.

Arguments come from the dependency parse (nsubj, passive agent, dobj, dative, prepositional objects,
xcomp/conj subject inheritance, coordination, appositions) and are mapped onto the actor KB's mentions.
Every argument keeps the dependency path that found it, for ``Coder.explain``.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Token

from .. import tokens
from ..actors.selfnamed import load_naming_words, naming_sites
from ..model import Mention
from ..tokens import TokenArrays
from .parse import Parse, parse_of
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
    captive_predicate_at,
    controls_by_object_at,
    load_owned_site_nouns,
    load_vehicle_nouns,
    misread_participle_at,
    names_other_party_at,
    names_people_at,
    names_site_at,
    possessor_undergoers_at,
    raised_passive_at,
    reason_excludes_subject_at,
    shares_conjunct_object_at,
    undergone_act_at,
    without_topic_at,
)

RECIPIENT_PREPS = frozenset({"with", "to", "against", "on", "from", "at", "toward", "towards", "upon", "into"})
NOUN_ACTOR_PREPS = frozenset({"by", "from"})
NOUN_SYMMETRIC_PREPS = frozenset({"between", "among", "amongst"})
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
_SUBJECT_OR_PASSIVE = _SUBJECT_DEPS | {"nsubjpass"}
_CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COORDINATION_DEPS = frozenset({"conj", "appos"})
_COORDINATED_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj", "dative"})
_OBJECT_OR_SUBJECT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_PREP_OR_DATIVE = frozenset({"prep", "dative"})
_AUXPASS = frozenset({"auxpass"})
_AGENT = frozenset({"agent"})
_OWN_CLAUSE_DEPS = frozenset({"prep", "ccomp", "xcomp", "prt"})  # a verb with these shares no conjunct's object
_PARTICIPLE_OWN_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "agent", "dobj"})
_NOT_REDUCED_DEPS = frozenset({"dobj", "nsubjpass", "agent", "ccomp", "xcomp", "dative", "aux", "auxpass"})
_INHERITING_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})  # clauses that borrow a subject
_SHOT_AT_PREPS = frozenset({"at", "on", "into", "upon"})
_ON_UPON = frozenset({"on", "upon"})
_DOBJ = frozenset({"dobj"})
_XCOMP_DOBJ = frozenset({"xcomp", "dobj"})
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
_RECIPROCAL_WORDS = frozenset(" ".join(_RECIPROCAL).split())  # a subtree reading a phrase holds only its words
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


# The walks below follow the parse by token index over the Doc's arrays ``a`` (:func:`.parse.parse_of`): a
# candidate argument is ``(token index, dependency path)``; a Token is made only where one is returned.
Candidates = list[tuple[int, str]]


def temporal_at(a: Parse | TokenArrays, k: int) -> bool:
    """Whether preposition ``k`` introduces a date or time ('on Monday', 'in June')."""
    deps, ents = a.deps, a.ent_types
    return any(deps[g] == "pobj" and ents[g] in TEMPORAL_ENTS for g in a.kids[k])


def _verb(a: Parse, k: int) -> bool:
    """A verb by its Penn tag (the pipeline sets tags, not coarse POS)."""
    tag = a.tags[k]
    return tag.startswith("VB") or tag == "MD"


def _noun(a: Parse, k: int) -> bool:
    """A noun or proper noun by its Penn tag."""
    return a.tags[k].startswith("NN")


def _with_dep(a: Parse, k: int, dep: str) -> list[int]:
    """The children of token ``k`` with dependency label ``dep``."""
    deps = a.deps
    return [c for c in a.kids[k] if deps[c] == dep]


def _has_dep(a: Parse, k: int, wanted: Container[str]) -> bool:
    """Whether token ``k`` has a child whose label is in ``wanted``."""
    deps = a.deps
    return any(deps[c] in wanted for c in a.kids[k])


# Arg and Arguments write their fields straight into the instance dict: a frozen dataclass's own __init__ calls
# object.__setattr__ per field, at two to three times the cost (thousands of each per benchmark pass).


@dataclass(frozen=True, init=False)
class Arg:
    """A resolved argument: its mention and the dependency path from the trigger (for explanations)."""

    mention: Mention
    path: str

    def __init__(self, mention: Mention, path: str) -> None:
        fields = self.__dict__
        fields["mention"], fields["path"] = mention, path


@dataclass(frozen=True, init=False)
class Arguments:
    """Actors and recipients of one trigger."""

    actors: tuple[Arg, ...] = ()
    recipients: tuple[Arg, ...] = ()
    symmetric: bool = False
    inherited: bool = False
    pronoun_subject: bool = False

    def __init__(self, actors: tuple[Arg, ...] = (), recipients: tuple[Arg, ...] = (), symmetric: bool = False,
                 inherited: bool = False, pronoun_subject: bool = False) -> None:
        fields = self.__dict__
        fields["actors"], fields["recipients"], fields["symmetric"] = actors, recipients, symmetric
        fields["inherited"], fields["pronoun_subject"] = inherited, pronoun_subject

    def with_recipients(self, recipients: tuple[Arg, ...]) -> Arguments:
        """The same arguments with other recipients (``dataclasses.replace`` without its generic field walk)."""
        return Arguments(self.actors, recipients, self.symmetric, self.inherited, self.pronoun_subject)


NO_ARGUMENTS = Arguments()  # what a trigger without participants has


class MentionIndex:
    """Maps tokens to the KB mention whose token span contains them (end_token exclusive).

    :meth:`at` and :meth:`for_head` take a Token; :meth:`mention_at` and :meth:`for_head_at` are the same for
    token ``i`` of the Doc whose arrays are ``a`` (:func:`.parse.parse_of`), for walks by index.
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start_token, max(mention.end_token, mention.start_token + 1)):
                self._by_token[i] = mention
        self._covered = sorted(self._by_token)  # any_in finds a range's covered tokens by bisection
        self._named: dict[int, Mention] | None = None  # group nouns the text names ("a group calling itself X")
        self._heads: tuple[Parse | None, dict[int, list[Mention]]] = (None, {})  # for_head_at's answers

    def __len__(self) -> int:
        return len(self._by_token)

    def at(self, token: Token) -> Mention | None:
        """The mention covering this very token, if any (never a date: 'Friday' names no actor)."""
        return self.mention_at(tokens.of(token.doc), token.i)  # the Doc's Parse may never be needed

    def mention_at(self, a: Parse | TokenArrays, i: int) -> Mention | None:
        """:meth:`at` of token ``i`` (from the Doc's Parse, or its token arrays)."""
        mention = self._by_token.get(i)  # most tokens have none: no entity label to read
        if mention is None or a.ent_types[i] in TEMPORAL_ENTS:
            return self._self_named(a, i) if a.lowers[i] in GROUP_NOUNS else None
        return self._self_named(a, i) or mention if a.lowers[i] in GROUP_NOUNS else mention

    def _self_named(self, a: Parse | TokenArrays, i: int) -> Mention | None:
        """The named group a group noun stands for: "the group, which calls itself X, said" -> X."""
        if self._named is None:
            self._named = {site.head: m for site in naming_sites(a.doc)
                           if (m := self._by_token.get(site.start)) is not None and m.kind == "group"}
        return self._named.get(i)

    def any_in(self, doc: Doc, start: int, end: int) -> bool:
        """Whether any token of ``doc[start:end]`` is covered by a mention (as :meth:`at` says), without
        making a Token object for every word."""
        covered = self._covered
        first = bisect_left(covered, start)
        if first == len(covered) or covered[first] >= end:
            return False
        ents = tokens.of(doc).ent_types
        return any(ents[i] not in TEMPORAL_ENTS for i in covered[first:bisect_left(covered, end, first)])

    def for_head(self, token: Token) -> list[Mention]:
        """Mentions a phrase headed by ``token`` denotes: itself, its modifiers, or 'X of Y' objects."""
        return list(self.for_head_at(parse_of(token.doc), token.i))

    def for_head_at(self, a: Parse, i: int) -> list[Mention]:
        """:meth:`for_head` of token ``i``, worked out once per token (the candidates of a sentence share
        their subjects and objects); the list is shared: read it, do not change it."""
        parse, known = self._heads
        if parse is not a:
            known = {}
            self._heads = (a, known)
        found = known.get(i)
        if found is None:
            found = known[i] = self._for_head(a, i)
        return found

    def _for_head(self, a: Parse, i: int) -> list[Mention]:
        deps, kids = a.deps, a.kids[i]
        own = self.mention_at(a, i)
        if own is None:
            for c in kids:  # a modifier's mention; no possessor of "Americans' killers"
                dep = deps[c]
                if dep in _MODIFIER_DEPS and not (dep == "poss" and names_other_party_at(a, i)):
                    own = self.mention_at(a, c) or self._modifier_mention(a, c)
                    if own is not None:
                        break
        if own is not None:
            own = self._located(a, i, own) if own.actor.country is None else own
            others = [m for m in self._coordinated_modifiers(a, i) + self._coordinated_of(a, i) if m is not own]
            return sorted([own] + others, key=_start_token) if others else [own]
        lowers = a.lowers
        for c in kids:  # the first 'of' phrase
            if deps[c] == "prep" and lowers[c] == "of":
                if names_other_party_at(a, i):  # not 'the kidnappers of X'
                    break
                return [m for obj in _with_dep(a, c, "pobj") for t in _coordinated(a, obj)
                        for m in self.for_head_at(a, t)]
        for c in kids:
            if deps[c] == "appos":
                found = self.mention_at(a, c)
                if found is not None:
                    return [found]
        return []

    def _located(self, a: Parse, i: int, mention: Mention) -> Mention:
        """A countryless group placed by the text ('demonstrators in Baghdad', 'rebels in the Ivory Coast')
        belongs to that place's state."""
        deps, lowers = a.deps, a.lowers
        for prep in (c for c in a.kids[i] if deps[c] == "prep" and lowers[c] in _PLACING_PREPS):
            for obj in _with_dep(a, prep, "pobj"):
                place = self.mention_at(a, obj) or self._modifier_mention(a, obj)
                if place is not None and place.kind in _PLACE_KINDS and place.actor.country:
                    country = place.actor.country
                    actor = replace(mention.actor, country=country, code=country + mention.actor.code)
                    return replace(mention, actor=actor)
        return mention

    def _coordinated_modifiers(self, a: Parse, i: int) -> list[Mention]:
        """'Hungarian and Romanian officials', 'US and British forces': each coordinated modifier's mention."""
        deps = a.deps
        return self._coordinated_mentions(a, [c for c in a.kids[i] if deps[c] in _COORDINATED_MODIFIER_DEPS])

    def _coordinated_of(self, a: Parse, i: int) -> list[Mention]:
        """'the presidents of A, B and C': one mention per coordinated 'of' object beyond the first."""
        deps, lowers = a.deps, a.lowers
        return self._coordinated_mentions(a, [g for c in a.kids[i] if deps[c] == "prep" and lowers[c] == "of"
                                              for g in _with_dep(a, c, "pobj")])

    def _coordinated_mentions(self, a: Parse, heads: list[int]) -> list[Mention]:
        """The mentions of the words coordinated with each of ``heads`` (none for a lone word: 'the Albanians
        of Serbia' names one side only)."""
        out: list[Mention] = []
        coordinators = a.coordinators
        for head in heads:
            if head not in coordinators:
                continue  # a lone word
            group = _coordinated(a, head)
            for k in group if len(group) > 1 else ():
                found = self.mention_at(a, k)
                if found is not None and found not in out:
                    out.append(found)
        return out

    def _modifier_mention(self, a: Parse, i: int) -> Mention | None:
        """The mention of the first modifier of token ``i`` that has one."""
        deps = a.deps
        for c in a.kids[i]:
            if deps[c] in _MODIFIER_DEPS:
                found = self.mention_at(a, c)
                if found is not None:
                    return found
        return None


def _start_token(mention: Mention) -> int:
    return mention.start_token


def coordinated(token: Token) -> list[Token]:
    """The token and everything coordinated with it ('A, B and C'), in text order."""
    doc = token.doc
    return [token if k == token.i else doc[k] for k in _coordinated(parse_of(doc), token.i)]


def _coordinated(a: Parse, i: int) -> list[int]:
    """:func:`coordinated` of token ``i``, as indices."""
    if i not in a.coordinators:  # most words have no conjunct: nothing to walk
        return [i]
    deps, kids = a.deps, a.kids
    out, stack = [], [i]
    while stack:
        k = stack.pop()
        out.append(k)
        stack.extend(c for c in kids[k] if deps[c] in _COORDINATION_DEPS and not _verb(a, c)
                     and not _colon_credit(a, c))
    return sorted(out) if len(out) > 1 else out


def _colon_credit(a: Parse, c: int) -> bool:
    """'Russia will not talk to rebels: Putin': a name after a colon that ends the sentence credits the
    speaker, no apposition (not 'Nairobi, Mar 3 : Somali and Ethiopian officials signed ...')."""
    if a.deps[c] != "appos" or a.tags[c] != "NNP":
        return False  # tested first: finding the sentence end below costs more
    child = a.doc[c]
    start, end, doc = child.left_edge.i, child.right_edge.i, child.doc
    closes = all(t.is_punct or t.is_space for t in doc[end + 1:child.sent.end])
    return start > 0 and a.texts[start - 1] == ":" and closes


def _resolve(a: Parse, candidates: Sequence[tuple[int, str]], index: MentionIndex) -> list[Arg]:
    """The mentions of the candidates and of the words coordinated with them, each once, in order."""
    if not candidates:  # most slots are empty: no set or list to make
        return []
    args: list[Arg] = []
    seen: set[tuple[int, int]] = set()
    texts, coordinators = a.texts, a.coordinators
    for head, path in candidates:
        for k in _coordinated(a, head) if head in coordinators else (head,):  # most words coordinate nothing
            for mention in index.for_head_at(a, k):
                key = (mention.start_token, mention.end_token)
                if key not in seen and not _outlet_credit(a, mention):
                    seen.add(key)
                    args.append(Arg(mention, path + (f" ~ {texts[k]}" if k != head else "")))
    return args


def _outlet_credit(a: Parse, mention: Mention) -> bool:
    """A name in brackets that closes its sentence or opens a dateline ('... deportation of a Canadian
    (Canadian Press)', 'LIMA (Reuters) - ...'): the news outlet's credit, never a participant."""
    start, end, texts = mention.start_token, mention.end_token, a.texts
    if start < 1 or end >= a.size or texts[start - 1] != "(" or texts[end] != ")":
        return False
    if end + 1 >= a.size:
        return True
    after = texts[end + 1]  # Token.is_space is str.isspace of the text
    return after.isspace() or a.sent_flags[end + 1] == 1 or after in _CREDIT_FOLLOWERS


def _prep_objects(a: Parse, k: int, preps: Container[str]) -> Candidates:
    """The objects of token ``k``'s prepositions (or datives) in ``preps``, not dates ('on Monday')."""
    found: Candidates = []
    deps, lowers, texts, kids = a.deps, a.lowers, a.texts, a.kids
    for c in kids[k]:
        if deps[c] in _PREP_OR_DATIVE and lowers[c] in preps and not temporal_at(a, c):
            objects = [g for g in kids[c] if deps[g] == "pobj"]
            if not objects:
                objects = [g for g in [stranded_object_at(a, c)] if g is not None]
            found += [(g, f"{texts[k]} -prep-> {texts[c]} -pobj-> {texts[g]}") for g in objects]
    return found


def stranded_object_at(a: Parse, p: int) -> int | None:
    """The object of preposition ``p`` when the parser left it empty by making the noun phrase after it the subject
    of the next clause ('granted asylum to [five officers] holed up in ...', 'offered asylum to [dissidents] hiding
    in ...', where the clause may even hang on the preposition itself)."""
    deps, heads = a.deps, a.heads
    if a.lowers[p] not in _STRANDED_PREPS or not _verb(a, heads[p]) or p + 1 >= a.size:
        return None
    k = p + 1
    if a.sent_flags[k] == 1:  # the preposition ends its sentence
        return None
    if a.ent_types[k] in TEMPORAL_ENTS:  # 'watched on Friday a video ...'
        return None
    for _ in range(6):  # climb the noun phrase that starts right after the preposition
        if deps[k] in _CLAUSE_SUBJECT_DEPS:
            break
        head = heads[k]
        if head == k or head <= p or _verb(a, head):
            return None
        k = head
    clause = heads[k]
    if deps[k] not in _CLAUSE_SUBJECT_DEPS or a.doc[k].left_edge.i != p + 1 or not _noun(a, k) \
            or clause < k or a.tags[clause] not in _STRANDED_CLAUSE_TAGS or _has_dep(a, clause, _AUX_DEPS):
        return None
    return k


def participle_subject(subject: Token) -> Token:
    """The real subject when the parser made a participle clause the subject ('The Red Cross [operating] in Iraq
    said ...': 'operating' is the subject of 'said', 'Red Cross' the subject of 'operating'); else ``subject``."""
    real = participle_subject_at(parse_of(subject.doc), subject.i)
    return subject if real == subject.i else subject.doc[real]


def participle_subject_at(a: Parse, k: int) -> int:
    """:func:`participle_subject` of token ``k``."""
    if a.tags[k] not in _PARTICIPLE_TAGS:
        return k
    deps = a.deps
    return next((c for c in a.kids[k] if deps[c] == "nsubj" and c < k and _noun(a, c)), k)


def _subject_tokens(a: Parse, v: int, depth: int = 0, raising: bool = False) -> tuple[Candidates, bool]:
    """The subject of verb ``v``, inherited through xcomp/conj/advcl when it has none; (candidates, inherited).

    ``raising``: the verb governs an xcomp, so its passive subject counts ('Tokayev is expected to meet').
    """
    deps, texts, heads, kids = a.deps, a.texts, a.heads, a.kids[v]
    wanted = _SUBJECT_OR_PASSIVE if raising or a.lemma(v) in _STATIVE_PASSIVES else _SUBJECT_DEPS
    own = [_subject_path(a, v, c) for c in kids if deps[c] in wanted]
    agents = [(g, f"{texts[v]} -agent-> {texts[c]} -pobj-> {texts[g]}")
              for c in kids if deps[c] == "agent" for g in _with_dep(a, c, "pobj")]
    if agents and not any(deps[c] == "nsubj" for c in kids):  # 'shortened by one hour': no passive
        return agents, False
    head = heads[v]
    if own:
        if deps[v] == "relcl" and a.tags[own[0][0]] in _RELATIVE_TAGS:
            return [(head, f"{texts[v]} <-relcl- {texts[head]}")], True
        return own, False
    if depth > 4 or head == v or _keeps_own_subject(a, v, raising):
        return [], False
    resorted = _resort_subject(a, v, depth)
    if resorted is not None:
        return resorted, True
    dep = deps[v]
    if dep == "xcomp" and controls_by_object_at(a, head):  # not 'visited Libya to discuss ...'
        controller = _object_controller(a, head)
        if controller:
            return controller, True
    gerund = _gerund_subject(a, v, depth)
    if gerund is not None:
        return gerund, True
    planned = _misattached_plan(a, v)
    if planned is not None:  # 'criticised the plans of X to strengthen ...': the plan's owner acts
        return _noun_owner(a, planned, depth + 1), True
    if dep in _INHERITING_DEPS or (dep == "acl" and _noun(a, head)):
        if dep == "acl" and a.tags[v] == "VBG" and names_people_at(a, head):  # 'militants threatening to ...'
            # they threaten; not 'a resolution demanding ...', whose owner demands
            return [(head, f"{texts[v]} <-acl- {texts[head]} (active participle)")], True
        if dep == "acl":
            return _noun_owner(a, head, depth + 1), True
        if dep == "conj" and deps[head] == "acl" and _passive_participle(a, head):
            return [], False  # 'brigades killed or wounded ...': the noun underwent both, no owner acts
        found, _ = _subject_tokens(a, head, depth + 1, dep == "xcomp")
        return found, True
    return [], False


def _subject_path(a: Parse, v: int, c: int) -> tuple[int, str]:
    """A subject child with its path, looking through a participle the parser made the subject."""
    real, texts = participle_subject_at(a, c), a.texts
    if real == c:
        return c, f"{texts[v]} -{a.deps[c]}-> {texts[c]}"
    return real, f"{texts[v]} -{a.deps[c]}-> {texts[c]} -nsubj-> {texts[real]} (participle subject)"


def _resort_subject(a: Parse, v: int, depth: int) -> Candidates | None:
    """'youths resorted to throwing stones': the subject of 'resort/turn/take to' does the gerund's act; when the
    parser hung 'resorted' on the noun as a participle ('Palestinian youths resorted to ...'), that noun acts."""
    heads, texts = a.heads, a.texts
    prep = heads[v]
    if a.deps[v] != "pcomp" or a.tags[v] != "VBG" or a.lowers[prep] != "to" \
            or a.lemma(heads[prep]) not in _RESORT_VERBS:
        return None
    governor = heads[prep]
    if a.deps[governor] == "acl" and _noun(a, heads[governor]):
        noun = heads[governor]
        return [(noun, f"{texts[v]} <-pcomp- to <-prep- {texts[governor]} <-acl- {texts[noun]}")]
    found, _ = _subject_tokens(a, governor, depth + 1)
    return [(k, f"{path} (resorted to {texts[v]})") for k, path in found]


def _gerund_subject(a: Parse, v: int, depth: int) -> Candidates | None:
    """'X succeeded in persuading Y', 'X responded by shelling Y': the subject of the verb a manner or time
    preposition hangs on does the gerund; 'X joined Y in condemning Z' makes Y a co-actor. Not 'accused Y of
    killing', 'blamed Y for attacking', 'stopped Y from leaving', 'accused Y of miscalculation by refusing':
    their object may be the doer; 'without passing' says the act did not happen."""
    heads, texts = a.heads, a.texts
    prep = heads[v]
    if a.deps[v] != "pcomp" or a.tags[v] != "VBG" or a.lowers[prep] not in _GERUND_SUBJECT_PREPS \
            or not _verb(a, heads[prep]) or _judges_someone(a, heads[prep], prep):
        return None
    governor = heads[prep]
    found, _ = _subject_tokens(a, governor, depth + 1)
    found = [(k, f"{path} ({texts[prep]} {texts[v]})") for k, path in found]
    if found and a.lemma(governor) in _COMPANION_VERBS:
        found += [(c, f"{texts[governor]} -dobj-> {texts[c]} (co-actor)") for c in _with_dep(a, governor, "dobj")]
    return found


def _judges_someone(a: Parse, v: int, prep: int) -> bool:
    """'accused Y (on Monday) of ... by', 'blamed Y for ... by': an 'of'/'for' phrase between the verb and ``prep``."""
    deps, lowers = a.deps, a.lowers
    return any(deps[t] == "prep" and lowers[t] in _JUDGED_PREPS for t in range(v + 1, prep))


def _keeps_own_subject(a: Parse, v: int, raising: bool) -> bool:
    """Clauses that never borrow a subject: a finite adverbial clause ('after Cuba threatened ...' where the
    parser lost 'Cuba') and a passive without its agent ('... but five Palestinians were killed') — their
    actor is unknown, not the main clause's subject."""
    dep = a.deps[v]
    if dep == "advcl" and a.tags[v] in _FINITE_TAGS:
        return True
    return not raising and dep in {"conj", "advcl"} and _has_dep(a, v, _PASSIVE_DEPS)


def _misattached_plan(a: Parse, v: int) -> int | None:
    """The intention noun a 'to'-infinitive belongs to when the parser hung it on the verb governing that
    noun ('criticised the plans of X [to strengthen ...]', 'welcomed Y's decision [to withdraw]')."""
    deps, lowers = a.deps, a.lowers
    if deps[v] not in {"advcl", "xcomp"} or not any(deps[c] == "aux" and lowers[c] == "to" for c in a.kids[v]):
        return None
    return next((c for c in a.kids[a.heads[v]] if deps[c] == "dobj" and c < v
                 and a.lemma(c) in load_owner_nouns()), None)


def _object_controller(a: Parse, head: int) -> Candidates:
    """'urged X to ...', 'called on X to ...': the object of the governing verb is the subject."""
    deps, texts = a.deps, a.texts
    for c in a.kids[head]:
        if deps[c] in {"dobj", "dative"}:
            return [(c, f"{texts[head]} -{deps[c]}-> {texts[c]} (controls)")]
    return [(obj, path + " (controls)") for obj, path in _prep_objects(a, head, _ON_UPON)]


def _noun_owner(a: Parse, noun: int, depth: int) -> Candidates:
    """Who owns a noun like 'plans' or 'talks': its possessor, else the subject of the verb governing it."""
    deps, heads, lowers, texts = a.deps, a.heads, a.lowers, a.texts
    owners = [(c, f"{texts[noun]} -{deps[c]}-> {texts[c]}") for c in a.kids[noun] if _may_name_actor(a, c)]
    if not owners and a.lemma(noun) in load_owner_nouns():  # 'the plans of Washington and Tokyo to ...'
        owners = _prep_objects(a, noun, _OF)
    if owners:
        return owners
    head = heads[noun]
    background = _is_background(a, noun)
    if background and not any(deps[c] == "prep" and lowers[c] in _VISIT_PREPS for c in a.kids[noun]):
        return []  # 'X acted following the killing of Y': X did not kill ('after talks with Y, X said': X did talk)
    while deps[head] == "prep" and heads[head] != head:
        head = heads[head]
    if depth >= 5:
        return []
    dep, prep = deps[noun], heads[noun]
    if dep == "pobj" and lowers[prep] == "of" and _noun(a, head):
        # 'a (new) package of sanctions', 'a round of talks' — not 'a decade of war', 'the start of protests'
        return _noun_owner(a, head, depth + 1) if a.lemma(head) in load_container_nouns() else []
    reason = dep == "pobj" and lowers[prep] in _REASON_PREPS  # 'officer arrested over the killing'
    if reason and _verb(a, head) and reason_excludes_subject_at(a, head, lowers[prep]):
        return []  # 'threatened sanctions over atrocities', 'blamed Y for the attack': not the subject's act
    if dep in {"dobj", "pobj", "attr", "nsubjpass"} and _verb(a, head) \
            and _performs_its_object(a, head, reason, reacts=not background):
        return _subject_tokens(a, head, depth)[0]
    return []


def _performs_its_object(a: Parse, v: int, reason: bool = False, *, reacts: bool = True) -> bool:
    """Whether the verb's subject performs the event its object or prepositional noun names: not a reaction
    ('escaped a bombing', 'condemned the attack') nor a passive whose subject is the victim ('five Iraqis
    killed in a bombing', 'soldiers were reported wounded in an ambush'). ``reason``: the noun gives the
    reason for the verb's act ('arrested over the killing'), which its passive subject may well have done.
    ``reacts``: the verb's reaction sense applies to this noun (not to a background 'after talks with Y')."""
    if reacts and a.lemma(v) in load_reaction_verbs():
        return False
    return reason or not (_reduced_passive(a, v) or _passive_participle(a, v))


def is_background(noun: Token) -> bool:
    """A noun under a circumstance preposition ('after the talks', 'according to a release', 'because of')."""
    return _is_background(parse_of(noun.doc), noun.i)


def _is_background(a: Parse, noun: int) -> bool:
    if a.deps[noun] != "pobj":
        return False
    heads, lowers = a.heads, a.lowers
    prep = heads[noun]
    if lowers[prep] in {"to", "of"} and heads[prep] != prep:  # 'according to', 'because of', 'ahead of'
        return lowers[heads[prep]] in BACKGROUND_PREPS
    return lowers[prep] in BACKGROUND_PREPS


def _may_name_actor(a: Parse, c: int) -> bool:
    """A possessor or a name-like modifier ('Russia's', 'EU', 'Turkish'), not 'new' or 'bilateral'."""
    dep = a.deps[c]
    if dep == "poss":
        return True
    return (dep == "compound" or dep == "amod") and (a.tags[c].startswith("NNP") or a.texts[c][:1].isupper())


def verb_arguments(trigger: Token, index: MentionIndex, *, need_actor: bool = False) -> Arguments:
    """Arguments of a verbal trigger: subject or passive agent acts; objects and prepositional objects receive.

    ``need_actor``: the caller drops arguments without an actor, pronoun subject or symmetric pair, so without
    one no recipient is looked for (``NO_ARGUMENTS`` comes back)."""
    return _verb_arguments(parse_of(trigger.doc), trigger.i, index, need_actor)


def _verb_arguments(a: Parse, t: int, index: MentionIndex, need_actor: bool = False) -> Arguments:
    deps, heads, texts, kids = a.deps, a.heads, a.texts, a.kids[t]
    subjects, inherited = _subject_tokens(a, t)
    patients = [_antecedent(a, t, c) for c in kids if deps[c] in _PATIENT_DEPS]
    patients = [p for p in patients if not _detached_object(a, p[0])]  # '..., increasing pressure on X'
    patients = [p for p in patients if not _idiom_object(a, p[0])] or _agentive_head(a, t) \
        or _shared_object(a, t) or patients
    if not inherited and (_reduced_passive(a, t) or captive_predicate_at(a, t)):
        # 'Two Britons shot dead in Thailand', 'two reporters held hostage in Iraq': the subject is hit
        patients, subjects = [(k, f"{path} (reduced passive)") for k, path in subjects], []
    elif _passive_conjunct(a, t) and not patients:  # 'were arrested and jailed by US troops'
        head = heads[t]
        patients = [(c, f"{texts[t]} <-conj- {texts[head]} -nsubjpass-> {texts[c]}")
                    for c in _with_dep(a, head, "nsubjpass")]
    elif inherited and (_passive_participle(a, t) or raised_passive_at(a, t) or _reduced_conjunct(a, t)):
        # 'the leader, killed in a raid', 'journalists held hostage', 'are reported to have been killed'
        described = [(heads[t], f"{texts[t]} <-acl- {texts[heads[t]]}")]
        undergoer = described if deps[t] == "acl" else subjects
        patients, subjects = patients + [(k, f"{path} (passive participle)") for k, path in undergoer], []
    patients += _particle_objects(a, t)
    actors = _resolve(a, subjects, index)
    if not actors and patients and not subjects:  # 'three Palestinians were killed in an Israeli raid'
        actors = _resolve(a, _attack_owners(a, t, index), index)
    lowers = a.lowers
    reciprocal = any(lowers[c] in _RECIPROCAL_WORDS and " ".join(x.lower_ for x in a.doc[c].subtree) in _RECIPROCAL
                     for c in kids)  # the child is one of the phrase's words: skip big subtrees
    pronoun = any(a.tags[k] in _PRONOUN_TAGS for k, _ in subjects)
    between = _resolve(a, _prep_objects(a, t, NOUN_SYMMETRIC_PREPS), index)
    if need_actor and not (actors or pronoun or reciprocal or len(between) > 1):
        return NO_ARGUMENTS  # no actor, pronoun or symmetric pair: the recipients below would go unused
    recipient_preps = RECIPIENT_PREPS - _PLACE_PREPS if moves_people_at(a, t) else RECIPIENT_PREPS
    preps = _prep_objects(a, t, recipient_preps)
    for obj, _ in list(patients):
        if deps[obj] == "dobj":
            preps += _prep_objects(a, obj, without_topic_at(a, obj, _OBJECT_AUTHOR_PREPS | NOUN_SYMMETRIC_PREPS))
            # 'host talks between X and Y'; not 'host a conference on Middle East peace'
            preps += _prep_objects(a, t, _BY)  # 'rejected a proposal by X' with 'by' hung on the verb
            preps += [p for inner, _ in _prep_objects(a, obj, _OF) for p in _prep_objects(a, inner, RECIPIENT_PREPS)]
    recipients = _resolve(a, _reaction_targets(a, t, patients) + preps, index)
    if not actors and len(between) > 1:  # 'talks were held between X and Y', 'fighting broke out between X and Y'
        return Arguments(tuple(between), tuple(r for r in recipients if r not in between), symmetric=True)
    has_party = any(names_people_at(a, k) for k, _ in patients)  # 'meet bankers during a trip to X': X no target
    for level in _complement_targets(a, t) if not recipients and not has_party else ():
        recipients = _resolve(a, level, index)
        if recipients:
            break
    symmetric = (len(actors) > 1 and not recipients) or reciprocal
    return Arguments(tuple(actors), tuple(recipients), symmetric, inherited, pronoun)


def _reaction_targets(a: Parse, v: int, patients: Candidates) -> Candidates:
    """'condemned the beheading of a hostage': the object of a reaction verb that is an act done to someone
    targets whoever did it (its possessor or name-like modifier, 'Israel's killing of X'), never its victim."""
    if a.lemma(v) not in load_reaction_verbs():
        return patients
    deps, texts = a.deps, a.texts
    out: Candidates = []
    for k, path in patients:
        out += [(c, f"{path} -{deps[c]}-> {texts[c]} (act owner)") for c in a.kids[k]
                if _may_name_actor(a, c)] if undergone_act_at(a, k) else [(k, path)]
    return out


def _attack_owners(a: Parse, v: int, index: MentionIndex) -> Candidates:
    """Who did an attack a victim verb happened in: its possessor, name-like modifier or 'by' object ('were
    killed in an Israeli raid', 'wounded during an ambush by insurgents'); never its place ('a raid in Gaza',
    'a Baghdad rocket attack')."""
    deps, texts = a.deps, a.texts
    found: Candidates = []
    for noun, path in _prep_objects(a, v, _ATTACK_PREPS):
        if a.lemma(noun) in load_attack_nouns():
            found += [(c, f"{path} -{deps[c]}-> {texts[c]} (attack owner)") for c in a.kids[noun]
                      if _may_name_actor(a, c) and not _capital_as_place(a, c, index)]
            found += [(obj, f"{p} (attack owner)") for obj, p in _prep_objects(a, noun, _BY)]
    return found


def _attack_victims(a: Parse, noun: int) -> Candidates:
    """Who an attack noun hit, from the passive victim verb it hangs on ('three soldiers were killed in an
    ambush', 'two policemen killed in a US raid'): that verb's passive subject, or the noun its participle
    describes."""
    heads, texts = a.heads, a.texts
    prep = heads[noun]
    if a.deps[noun] != "pobj" or a.lowers[prep] not in _ATTACK_PREPS or a.lemma(noun) not in load_attack_nouns():
        return []
    verb = heads[prep]
    if not _verb(a, verb):
        return []
    found = [(c, f"{texts[noun]} <-pobj- {texts[prep]} <-prep- {texts[verb]} -nsubjpass-> {texts[c]}")
             for c in _with_dep(a, verb, "nsubjpass")]
    if not found and a.deps[verb] == "acl" and _passive_participle(a, verb) and _noun(a, heads[verb]):
        found = [(heads[verb], f"{texts[noun]} <-pobj- {texts[prep]} <-prep- {texts[verb]} <-acl- {texts[heads[verb]]}")]
    return found


def _antecedent(a: Parse, v: int, c: int) -> tuple[int, str]:
    """An object slot's word, or the noun a relative pronoun stands for ('a Briton who was shot dead')."""
    deps, texts = a.deps, a.texts
    if deps[v] == "relcl" and a.tags[c] in _RELATIVE_TAGS and deps[c] == "nsubjpass":
        head = a.heads[v]
        return head, f"{texts[v]} -{deps[c]}-> {texts[c]} <-relcl- {texts[head]}"
    return c, f"{texts[v]} -{deps[c]}-> {texts[c]}"


def _agentive_head(a: Parse, v: int) -> Candidates:
    """'a hostage killed by his captors', 'workers kidnapped by militants': a participle with a 'by' agent
    hanging on a noun says that noun underwent the act."""
    head = a.heads[v]
    if a.deps[v] == "acl" and a.tags[v] == "VBN" and _noun(a, head) and _has_dep(a, v, _AGENT):
        return [(head, f"{a.texts[v]} <-acl- {a.texts[head]} (passive participle)")]
    return []


def _shared_object(a: Parse, v: int) -> Candidates:
    """'attacked and killed three soldiers': a verb with no object of its own shares the object of the verb
    coordinated right after it, when that verb has no subject of its own."""
    deps, kids, texts = a.deps, a.kids, a.texts
    if any(deps[c] in _OWN_CLAUSE_DEPS or (deps[c] == "dobj" and not _idiom_object(a, c)) for c in kids[v]):
        return []  # 'opened fire and killed three soldiers': 'fire' is part of the verb
    for conj in (c for c in kids[v] if deps[c] == "conj" and _verb(a, c) and c > v):
        if _has_dep(a, conj, _SUBJECT_OR_PASSIVE):
            return []
        return [(c, f"{texts[v]} -conj-> {texts[conj]} -dobj-> {texts[c]}") for c in _with_dep(a, conj, "dobj")]
    return []


def _detached_object(a: Parse, noun: int) -> bool:
    """A second object after a comma that opens with a participle ('beheaded a hostage, increasing pressure on
    X'): the parser's reading of a participle clause, whose object is no patient of the verb (not 'expressed
    anger at the summit, particularly Bush')."""
    deps = a.deps
    if deps[noun] != "dobj" or not any(deps[c] == "dobj" and c < noun for c in a.kids[a.heads[noun]]):
        return False  # tested first (an earlier object starts before the phrase's left edge): the edge costs more
    start = a.doc[noun].left_edge.i
    return start > 0 and a.texts[start - 1] == "," and a.tags[start] == "VBG" \
        and any(deps[c] == "dobj" and c < start for c in a.kids[a.heads[noun]])


def _idiom_object(a: Parse, noun: int) -> bool:
    """A bare singular common noun object that belongs to the verb's idiom ('opened fire', 'gave chase'), not
    a participant: no determiner, number, modifier or name."""
    return a.deps[noun] == "dobj" and a.tags[noun] == "NN" and not a.kids[noun] and a.ent_types[noun] == ""


def _reduced_passive(a: Parse, v: int) -> bool:
    """A verb that needs an object, used with a subject and none ('Mexican columnist murdered', 'Two Britons
    shot dead'): headline and caption shorthand for a passive. A relative clause ('the man they killed')
    and a clausal complement ('killed to ...') are not."""
    deps, lowers, kids = a.deps, a.lowers, a.kids
    if a.lemma(v) not in load_transitive_verbs() or deps[v] == "relcl" or shares_conjunct_object_at(a, v):
        return False  # 'soldiers shot and killed a gunman': the object of 'killed' is shot too
    labels = {deps[c] for c in kids[v]}
    if any(deps[c] == "prep" and lowers[c] in _SHOT_AT_PREPS and any(deps[g] == "pobj" for g in kids[c])
           for c in kids[v]):
        return False  # 'troops shot at protesters'; a stranded 'at' is passive ('UN plane shot at in Chad')
    return "nsubj" in labels and not labels & _NOT_REDUCED_DEPS


def _reduced_conjunct(a: Parse, v: int) -> bool:
    """'Two policemen shot and wounded in Mosul': a verb without object coordinated with a headline passive is
    passive too, so the subject it inherits was hit."""
    return a.deps[v] == "conj" and not _has_dep(a, v, _OBJECT_OR_SUBJECT_DEPS) and _reduced_passive(a, a.heads[v])


def _passive_participle(a: Parse, v: int) -> bool:
    """A past participle with no subject or auxiliary of its own hanging on a noun or clause ('a leader killed
    in a raid', 'is dead, killed in an operation') or coordinated with a passive ('were arrested and jailed'):
    the word it would inherit as subject undergoes the act."""
    if misread_participle_at(a, v):  # 'a Greek airliner forced to land'
        return True
    if a.tags[v] != "VBN" or _has_dep(a, v, _PARTICIPLE_OWN_DEPS):
        return False
    dep = a.deps[v]
    if dep in {"acl", "advcl", "xcomp"}:  # 'were reported killed', 'was found murdered'
        return True
    return dep == "conj" and _has_dep(a, a.heads[v], _AUXPASS)


def moves_people_at(a: Parse, v: int) -> bool:
    """'deported detainees to Honduras': a verb that moves people, whose to/from/into phrase is a place."""
    return a.lemma(v) in load_relocation_verbs()


def _passive_conjunct(a: Parse, v: int) -> bool:
    """A participle coordinated with a passive verb, with no subject of its own ('were arrested and jailed')."""
    return a.deps[v] == "conj" and a.tags[v] == "VBN" and _has_dep(a, a.heads[v], _AUXPASS) \
        and not _has_dep(a, v, _OBJECT_OR_SUBJECT_DEPS)


def _capital_as_place(a: Parse, modifier: int, index: MentionIndex) -> bool:
    """'the Madrid bombings', 'the Geneva talks': a capital compounded onto an event noun says where it happened;
    only its possessive ('Moscow's offensive') names the government as the actor."""
    if a.deps[modifier] != "compound":
        return False
    mention = index.mention_at(a, modifier)
    return mention is not None and mention.kind == "metonym"


def _particle_objects(a: Parse, v: int) -> Candidates:
    """Objects the parser hung under a particle: 'kidnapped up to 16 advisers' (prt 'up' -> prep 'to')."""
    deps, lowers, texts, kids = a.deps, a.lowers, a.texts, a.kids
    return [(g, f"{texts[v]} -prt-> {texts[p]} -prep-> {texts[q]} -pobj-> {texts[g]}")
            for p in kids[v] if deps[p] == "prt" and lowers[p] == "up"
            for q in kids[p] if deps[q] == "prep" and lowers[q] == "to"
            for g in kids[q] if deps[g] == "pobj" and any(deps[n] == "nummod" for n in kids[g])]


def beneficiaries(verb: Token, index: MentionIndex) -> tuple[Arg, ...]:
    """Whom the verb's object is for ('backed autonomy for Sudan's Darfur', 'rejected a role for the IMF',
    'approved a commission for the European Union'): the target of a stance on that object."""
    a, v = parse_of(verb.doc), verb.i
    deps, lowers, texts = a.deps, a.lowers, a.texts
    found = [(g, f"{texts[v]} -dobj-> {texts[o]} -prep-> {texts[p]} -pobj-> {texts[g]}")
             for o in _with_dep(a, v, "dobj")
             for p in a.kids[o] if deps[p] == "prep" and lowers[p] == "for" for g in _with_dep(a, p, "pobj")]
    return tuple(_resolve(a, found, index))


def clause_subjects(verb: Token, index: MentionIndex) -> list[Arg]:
    """Subjects of a verb's content clauses ('demanded that Mugabe abandon ...'): whom a demand addresses."""
    a, v = parse_of(verb.doc), verb.i
    texts = a.texts
    return _resolve(a, [(s, f"{texts[v]} -ccomp-> {texts[c]} -nsubj-> {texts[s]}") for c in _with_dep(a, v, "ccomp")
                        for s in _with_dep(a, c, "nsubj")], index)


def place_targets(trigger: Token, index: MentionIndex) -> tuple[Arg, ...]:
    """States or capitals in 'in X' phrases on the trigger, its complement verbs and their objects: a last
    resort target ('threatened to resume attacks in Israel', 'agreed to set up a centre in Tokyo')."""
    a, t = parse_of(trigger.doc), trigger.i
    deps, kids = a.deps, a.kids
    heads, found = [t], []
    owners = _resolve(a, [o for head in [t, *_with_dep(a, t, "xcomp")] for o in _site_owners(a, head)], index)
    if owners:  # 'exploded outside the Indonesian embassy in Paris': the embassy's state, not Paris
        return tuple(x for x in owners if x.mention.kind != "person")
    for head in heads:  # 'forced a flight to land in X': the object's own act happens there, X is no target
        steps = _DOBJ if any(deps[c] == "dobj" for c in kids[head]) else _XCOMP_DOBJ
        heads += [c for c in kids[head] if deps[c] in steps and len(heads) < 8]
        if not aimed_elsewhere_at(a, head):  # 'attacks on army targets in X': the targets are hit, not X
            found += _prep_objects(a, head, _IN)
    return tuple(x for x in _resolve(a, found, index) if x.mention.kind in _STATE_KINDS)


def _site_owners(a: Parse, head: int) -> Candidates:
    """Names on a facility in a locative phrase on the word ('outside the Indonesian embassy', 'near a US base',
    'at Israel's consulate'; data/owned_site_nouns.csv): the facility's owner is hit where it stands."""
    deps, texts = a.deps, a.texts
    return [(m, f"{path} -{deps[m]}-> {texts[m]}") for site, path in _prep_objects(a, head, _SITE_PREPS)
            if a.lemma(site) in load_owned_site_nouns() for m in a.kids[site] if _may_name_actor(a, m)]


def aimed_elsewhere_at(a: Parse, head: int) -> bool:
    """Whether an 'on'/'against' phrase on word ``head`` names a target that is no place ('strikes on army posts
    in X', 'attacks on Americans in X'): then a place phrase only says where it happened."""
    ents = a.ent_types
    return any(ents[obj] not in _PLACE_ENTS and not locates_target_at(a, obj)
               for obj, _ in _prep_objects(a, head, _AIM_PREPS))


def locates_target_at(a: Parse, noun: int) -> bool:
    """A settlement, facility or attack noun: a place phrase on it is where the target is ('at a jail in X',
    'killed in bombings in X'), unlike one on a thing or a party ('fired on targets in X')."""
    return names_site_at(a, noun) or a.lemma(noun) in load_attack_nouns()


def _located_in_place(a: Parse, t: int) -> bool:
    """Whether an 'in' phrase on the trigger names a place entity ('the killing of two hostages in Iraq')."""
    ents = a.ent_types
    return any(ents[obj] in _PLACE_ENTS for obj, _ in _prep_objects(a, t, _IN))


def visit_hosts(trigger: Token, pattern_prep: str | None, cameo: str, index: MentionIndex) -> tuple[Arg, ...]:
    """The host of a trip a travel pattern names with 'in'/'at' ('arrived in China', 'will land in Kabul'): the
    state or capital of that phrase (CAMEO 042); a meeting's venue ('met in Paris', 044) stays no participant."""
    if not cameo.startswith(_VISIT) or pattern_prep not in _ARRIVAL_IN:
        return ()
    a, t = parse_of(trigger.doc), trigger.i
    if any(a.lemma(c) in load_vehicle_nouns() for c in _with_dep(a, t, "nsubj")):
        return ()  # 'a German air force plane landed in Baku' carries others
    found = _prep_objects(a, t, frozenset({pattern_prep}))
    return tuple(x for x in _resolve(a, found, index) if x.mention.kind in _STATE_KINDS)


def withdrawn_from(trigger: Token, index: MentionIndex) -> tuple[Arg, ...]:
    """The state a withdrawal leaves ('pulled its forces out of Lebanon', 'withdrew troops from Iraq'): places
    in 'from' or 'out of' phrases on the trigger or its object, never an organisation ('quit the coalition')."""
    a, t = parse_of(trigger.doc), trigger.i
    deps, lowers, texts = a.deps, a.lowers, a.texts
    found: Candidates = []
    for head in [t, *_with_dep(a, t, "dobj")]:
        found += _prep_objects(a, head, _FROM)
        for out in (c for c in a.kids[head] if lowers[c] == "out" and deps[c] in {"prep", "prt", "advmod"}):
            found += [(g, f"{texts[head]} -{deps[out]}-> out {path}") for g, path in _prep_objects(a, out, _OF)]
    return tuple(x for x in _resolve(a, found, index) if x.mention.kind in _STATE_KINDS)


def _complement_targets(a: Parse, t: int) -> Iterator[Candidates]:
    """Targets inside a complement, nearest level first: 'threatened to cut off gas to X', 'called for
    sanctions against X', 'threatened to launch an offensive in its war with X'.

    Breadth-first through the complement's objects and prepositional phrases, never into another clause
    or a topic phrase ('over their ties with Y'); one list of candidates per depth, each made only when the
    caller asks for it (it stops at the first level that names someone).
    """
    deps, lowers, texts, kids = a.deps, a.lowers, a.texts, a.kids
    frontier = [(c, f"{texts[t]} -{deps[c]}-> {texts[c]}") for c in _with_dep(a, t, "xcomp")]
    frontier += [(g, f"{texts[t]} -{deps[c]}-> {texts[c]} -pobj-> {texts[g]}") for c in kids[t]
                 if deps[c] == "prep" and not temporal_at(a, c) and lowers[c] not in _CONCESSIVE_PREPS
                 for g in _with_dep(a, c, "pobj")]  # 'despite objections from X', 'amid protests by X'
    for _ in range(_COMPLEMENT_DEPTH):
        following: Candidates = []
        found: Candidates = []
        for head, path in frontier:
            for child in kids[head]:
                dep = deps[child]
                if dep == "dobj" or dep == "dative":
                    step = f"{path} -{dep}-> {texts[child]}"
                    found.append((child, step))
                    following.append((child, step))
                elif dep == "prep" and lowers[child] not in _TOPIC_PREPS and not temporal_at(a, child):
                    step = f"{path} -{dep}-> {texts[child]}"
                    objects = [(g, f"{step} -pobj-> {texts[g]}") for g in _with_dep(a, child, "pobj")]
                    found += objects if lowers[child] in RECIPIENT_PREPS else []
                    following += objects
        yield found
        frontier = following


def _theme_owners(a: Parse, t: int) -> Candidates:
    """Owners of what a deployment-like noun moves: 'the deployment of American missiles' (the USA deploys),
    'the withdrawal of Russia's troops'; the 'of' object itself when it is a name ('the pullout of NATO')."""
    if a.lemma(t) not in load_theme_owner_nouns():
        return []
    deps, texts = a.deps, a.texts
    found: Candidates = []
    for obj, path in _prep_objects(a, t, _OF):
        found += [(c, f"{path} -{deps[c]}-> {texts[c]}") for c in a.kids[obj] if _may_name_actor(a, c)]
        if not found and a.tags[obj].startswith("NNP"):
            found.append((obj, path))
    return found


def noun_arguments(trigger: Token, index: MentionIndex, *, pattern_prep: str | None = None,
                   of_patient: bool = False, of_agent: bool = False, need_actor: bool = False) -> Arguments:
    """Arguments of a nominal trigger ('the summit between A and B', 'sanctions on X', 'an attack by Y').

    ``pattern_prep``: the preposition the matched pattern names ('withdrawal from'): it introduces the
    recipient even where it would otherwise name the actor ('an offer from X'). ``of_patient``: the noun
    names an act done to someone (material conflict), so its 'of' object is the target ('the killing of
    three aid workers', 'the invasion of Iraq'). ``of_agent``: the noun names a meeting or visit, whose 'of'
    object takes part ('the meeting of Putin with Schroeder', 'the visit of the Chinese premier to India').
    ``need_actor``: as for :func:`verb_arguments`.
    """
    a, t = parse_of(trigger.doc), trigger.i
    deps, heads, texts = a.deps, a.heads, a.texts
    actor_preps = NOUN_ACTOR_PREPS - {pattern_prep} if pattern_prep else NOUN_ACTOR_PREPS
    between = _resolve(a, _prep_objects(a, t, NOUN_SYMMETRIC_PREPS), index)
    if len(between) > 1:
        return Arguments(tuple(between), (), True)
    undergoers = possessor_undergoers_at(a, t)  # "the minister's trial": the possessor is tried
    owners = [(c, f"{texts[t]} -{deps[c]}-> {texts[c]}") for c in a.kids[t]
              if deps[c] in _MODIFIER_DEPS and not _capital_as_place(a, c, index) and c not in undergoers]
    owners += _prep_objects(a, t, actor_preps)
    actors = _resolve(a, owners, index) or _resolve(a, _theme_owners(a, t), index)
    if not actors and of_agent and pattern_prep != "of":  # 'the meeting of A with B'; not 'X's tour of China'
        actors = _resolve(a, _prep_objects(a, t, _OF), index)
    inherited = False
    if not actors:
        actors = _resolve(a, _noun_owner(a, t, 0), index)
        inherited = bool(actors)
        if need_actor and not actors:
            return NO_ARGUMENTS
    recipients = _resolve(a, _prep_objects(a, t, without_topic_at(a, t, RECIPIENT_PREPS - actor_preps)), index)
    if not recipients:  # 'the withdrawal of forces from Panama': the theme's own preposition names the target
        recipients = _resolve(a, [p for inner, _ in _prep_objects(a, t, _OF)
                                  for p in _prep_objects(a, inner, RECIPIENT_PREPS)], index)
    if not recipients and of_patient and a.lemma(t) not in load_theme_owner_nouns() \
            and (actors or place_targets(trigger, index) or _located_in_place(a, t)):  # the victim, not the
        # place, is the target ('the killing of three Americans in Gaza')
        recipients = [x for x in _resolve(a, _prep_objects(a, t, _OF), index) if x not in actors]
    if not recipients and of_patient:  # 'three Palestinians were killed in an Israeli raid': the raid hit them
        recipients = [x for x in _resolve(a, _attack_victims(a, t), index) if x not in actors]
    if not recipients and deps[t] in ("dobj", "obj") and a.tags[heads[t]].startswith("VB"):
        # 'send a convoy ... to Afghanistan': the object's governing verb carries the recipient
        recipients = _resolve(a, _prep_objects(a, heads[t], RECIPIENT_PREPS - NOUN_ACTOR_PREPS), index)
    if undergoers:
        undergo = _resolve(a, [(c, f"{texts[t]} -poss-> {texts[c]} (undergoes)") for c in undergoers], index)
        actors = [x for x in actors if x.mention not in {u.mention for u in undergo}]
        recipients = recipients or undergo
    recipients += [x for x in between if x not in recipients]
    symmetric = len(actors) > 1 and not recipients
    return Arguments(tuple(actors), tuple(recipients), symmetric, inherited)
