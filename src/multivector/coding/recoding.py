"""Recoding: a coded act whose status, frame or participants make it another kind of event.

DESIGN §3 and the CAMEO manual code a plan to cooperate as an intent (AGREE, 03x), a cooperative act the actor
says it will not do as a refusal (REJECT, 12x), and an announced or conditional conflict act as a threat (13x).
The tables live in status_cues.yaml (types, a default code, CAMEO prefixes mapped to their new code; the longest
prefix wins) and threat_recode.csv; :class:`Recoder` applies them for the coder (see docs/coding.md §4).

CAMEO conventions for a trigger's sense (session 3):

- **Purpose of an act**: 'sent troops to restore order', 'opened the bridge to allow deliveries': a to-infinitive
  of purpose is the point of the act, not an announced plan. The purpose of an act reported as done keeps its own
  code (no AGREE intent; the purpose of a planned act stays part of the plan) and its planned status; as a
  governed clause it ranks below the act (the coder's confidence), lends the act its recipient when the act has
  none, and, when the act is no event, the coder drops it (``_idle_purpose``). See :func:`purpose_of_done_act`.
- **Rally support** (053): an appeal whose content is support for a third party ('urged Japan to back the bid of
  the Palestinians'): the third party, named as the content's object, is the recipient (:meth:`Recoder.rally`).
- **Verbal attack**: 'launched a scathing attack on the president' is criticism (111), not force.
- **What is ended**: 'efforts to halt the fighting' - the fighting is no event of its own (:meth:`Recoder.ended`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Token

from ..model import ActorRef
from .arguments import Arguments, MentionIndex, place_targets, verb_arguments
from .doctree import children_of
from .obligations import ContentRecode, SettlementRecode, content_code, content_verb
from .parse import lemma_reader, parse_of, to_infinitive_at
from .patterns import load_threat_recode
from .status import StatusCues, StatusResult

GENERIC_THREAT = "130"
CRITICISM = "111"  # a verbal attack ('attacked the newspaper for ...') criticises
_THREAT_MODALS = frozenset({"will", "would", "shall", "'ll", "may", "might"})  # 'X may halt Y if Z' threatens
_VOWED_VIOLENCE = "vowed violence"  # status cue: the complement verb is the threat's specific content
_SHOW_OF_FORCE = "150"  # 'prepared to resume shelling': a military posture (MOBILIZE)
_VIOLENT_PROTEST = "145"
_STRIKE = "143"
_DETENTION = "173"
_ABDUCTION = "181"
_IRREGULAR_SECTORS = frozenset({"REB", "UAF", "INS"})
_REGULAR_SECTORS = frozenset({"MIL"})
_STATE_FORCES = frozenset({None, "GOV", "MIL"})  # a state as actor: its strikes are military ones
_POSTURE_TYPES = frozenset({"MOBILIZE"})  # announced exercises and deployments stay plans, not threats
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "LEG", "JUD", "SPY"})  # a state and its own organs


@dataclass(frozen=True)
class PrefixRecode:
    """Event types a recoding applies to, and the new CAMEO code for each code prefix."""

    types: frozenset[str]
    default: str
    by_prefix: Mapping[str, str]

    @classmethod
    def from_cues(cls, raw: Mapping[str, Any] | None, default: str) -> PrefixRecode:
        """Build from a ``{types, default, by_prefix}`` block of status_cues.yaml (absent block = no-op)."""
        raw = raw or {}
        return cls(types=frozenset(raw.get("types") or ()), default=str(raw.get("default", default)),
                   by_prefix={str(k): str(v) for k, v in (raw.get("by_prefix") or {}).items()})

    def target(self, cameo: str, event_type: str) -> str | None:
        """The new code of ``cameo``, or None when the recoding does not apply to ``event_type``."""
        if event_type not in self.types:
            return None
        prefixes = [p for p in self.by_prefix if cameo.startswith(p)]
        return self.by_prefix[max(prefixes, key=len)] if prefixes else self.default


def future_auxiliary(verb: Token, words: frozenset[str]) -> Token | None:
    """The future or reported-future auxiliary of ``verb`` ('will', 'would', "wo(n't)"), if it has one."""
    return next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ in words), None)


def is_refusal(verb: Token, status_cues: tuple[str, ...], words: frozenset[str]) -> Token | None:
    """'would not meet', 'will not attend': a negated act in the future tense is a refusal; returns the auxiliary.

    Only a negation on the verb itself counts (not a denial frame, 'no longer', or a negative subject).
    """
    if not any(cue.startswith("negation on") for cue in status_cues):
        return None
    if not any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    return future_auxiliary(verb, words)


class Recoder:
    """Applies the recoding tables to one candidate event (built once per :class:`~.coder.Coder`)."""

    def __init__(self, *, ontology: Any, patterns: Any, lemma: Callable[[Token], str], cues: StatusCues) -> None:
        self.ontology, self.patterns, self.lemma, self.cues = ontology, patterns, lemma, cues
        self._plan_recode = PrefixRecode.from_cues(cues.raw.get("plan_recode"), "030")
        refusal = cues.raw.get("refusal_recode") or {}
        self._refusal_recode = PrefixRecode.from_cues(refusal, "120")
        self._refusal_aux = frozenset(str(w) for w in refusal.get("aux") or ())
        self._threat_intents = frozenset(str(w) for w in cues.raw.get("threat_intent_heads") or ())
        self._posture_heads = frozenset(str(w) for w in cues.raw.get("posture_heads") or ())
        self.threat_recode = load_threat_recode()
        self._content_recode = ContentRecode.from_cues(cues.raw.get("content_recode"))
        self._settlement_recode = SettlementRecode.from_cues(cues.raw.get("settlement_recode"))
        ended = cues.raw.get("ended_events") or {}
        self._ending_verbs = frozenset(str(w) for w in ended.get("verbs") or ())
        self._ending_nouns = frozenset(str(w) for w in ended.get("nouns") or ())
        self._rally = cues.raw.get("rally_recode") or {}
        self._rally_cameo = str(self._rally.get("cameo", ""))
        self._rally_appeals = frozenset(str(c) for c in self._rally.get("appeals") or ())
        verbal = cues.raw.get("verbal_attack") or {}
        self._verbal = {k: frozenset(str(w) for w in verbal.get(k) or ()) for k in ("nouns", "modifiers", "targets")}

    def targets(self) -> list[str]:
        """Every code a recoding that may run without an actor can produce (the tests check that none is an
        actorless type: the coder skips actorless candidates early). :func:`armed_violence` needs actors."""
        return [self._plan_recode.default, self._refusal_recode.default, *self._plan_recode.by_prefix.values(),
                *self._refusal_recode.by_prefix.values(), *self.threat_recode.values(), _SHOW_OF_FORCE,
                CRITICISM, GENERIC_THREAT]

    def recode(self, cameo: str, mapping: Any, status: StatusResult,
                trigger: Token) -> tuple[str, str, Any, StatusResult]:
        """Plans, commitments and conditional offers ('would meet X if ...') to cooperate or yield become AGREE
        (CAMEO 03x; a conditional offer stays hypothetical); a cooperative act the actor
        says it will not do ('would not meet the demands') becomes a refusal, REJECT (12x), asserted."""
        cameo, mapping = self.content_recode(cameo, mapping, trigger)
        intended = (status.status == "planned" and not purpose_of_done_act(trigger, status)) or status.committed \
            or conditional_future(trigger, status)
        new = self._plan_recode.target(cameo, mapping.event_type) if intended else None
        if new is None and status.status == "negated":
            aux = is_refusal(trigger, status.cues, self._refusal_aux)
            new = self._refusal_recode.target(cameo, mapping.event_type) if aux is not None else None
            if new is not None:
                status = replace(status, status="asserted",
                                 cues=(*status.cues, f"refusal '{aux.text} not {trigger.text}': {cameo} -> {new}"))
        new_mapping = self.ontology.plover_for(new) if new is not None else None
        if new_mapping is None:
            return cameo, mapping.event_type, mapping, status
        return new, new_mapping.event_type, new_mapping, status

    def content_recode(self, cameo: str, mapping: Any, trigger: Token) -> tuple[str, Any]:
        """A generic agreement, demand or appeal about settling a conflict is coded as such ('agreed on a plan to
        end the dispute' -> 037); else a generic demand or appeal takes the sub-code of the act it asks for ('said
        Y must withdraw its troops' -> 1056). See coding/obligations.py; unchanged otherwise."""
        new = self._settlement_recode.target(cameo, trigger, self.lemma)
        if new is None and cameo in self._content_recode.generic:
            verb = content_verb(trigger)
            new = self._content_recode.target(cameo, content_code(verb, self.patterns, self.lemma) if verb else None)
        if new is None:
            return cameo, mapping
        new_mapping = self.ontology.plover_for(new) if self.ontology.has_cameo(new) else None
        if new_mapping is None or new_mapping.event_type != mapping.event_type:
            return cameo, mapping
        return new, new_mapping

    def reframe(self, cameo: str, event_type: str, mapping: Any, trigger: Token, args: Arguments,
                index: MentionIndex) -> tuple[str, str, Any, Arguments]:
        """Conventions that change the recipient: rally support (:meth:`rally`), and an act with no recipient
        takes the one of its purpose ('sent troops to restore order in Somalia', 'opened the bridge to allow
        deliveries to Afghanistan')."""
        cameo, event_type, mapping, args = self.rally(cameo, event_type, mapping, trigger, args, index)
        p, k = parse_of(trigger.doc), trigger.i
        if args.symmetric or not args.actors or not p.tags[k].startswith("VB"):
            return cameo, event_type, mapping, args
        deps = p.deps
        purposes = [c for c in p.kids[k] if deps[c] == "advcl" and to_infinitive_at(p, c)]
        if not purposes:  # no purpose to lend a recipient (most acts): the tests of the recipients are moot
            return cameo, event_type, mapping, args
        actors = [a.mention.actor for a in args.actors]
        if any(not any(same_side(a, r.mention.actor) for a in actors) for r in args.recipients):
            return cameo, event_type, mapping, args  # 'sent troops': its own troops are no recipient
        for purpose in (p.doc[c] for c in purposes):
            lent = verb_arguments(purpose, index).recipients or place_targets(purpose, index)
            lent = tuple(r for r in lent if not any(same_side(a, r.mention.actor) for a in actors))
            if lent:
                return cameo, event_type, mapping, replace(args, recipients=lent)
        return cameo, event_type, mapping, args

    def rally(self, cameo: str, event_type: str, mapping: Any, trigger: Token, args: Arguments,
              index: MentionIndex) -> tuple[str, str, Any, Arguments]:
        """CAMEO 053: 'urged Japan to back Ukraine' rallies support on behalf of Ukraine, the recipient; an appeal
        whose content is no support act, or names nobody to support, is unchanged."""
        unchanged = cameo, event_type, mapping, args
        new = self._rally_cameo
        if cameo not in self._rally_appeals or not self.ontology.has_cameo(new):
            return unchanged
        verb = content_verb(trigger)
        if verb is None or verb.dep_ not in {"xcomp", "ccomp", "advcl"} or not self._supports(verb):
            return unchanged
        supported = verb_arguments(verb, index).recipients
        new_mapping = self.ontology.plover_for(new)
        if not supported or new_mapping is None:
            return unchanged
        return new, new_mapping.event_type, new_mapping, replace(args, recipients=supported)

    def _supports(self, verb: Token) -> bool:
        """The content verb's pattern (with its object, else bare) is a support act of the rally table."""
        prefixes = tuple(str(p) for p in self._rally.get("content_prefixes") or ())
        name = self.lemma(verb)
        objects = {self.lemma(c) for c in children_of(verb) if c.dep_ == "dobj"}
        found = self.patterns.match_verb(name, objects=objects) if name in self.patterns.verb_lemmas else None
        return found is not None and bool(prefixes) and found.cameo.startswith(prefixes)

    def verbal(self, trigger: Token, event_type: str) -> bool:
        """'launched a scathing attack on the president', 'an attack on his policies': an attack noun with a
        verbal modifier or a verbal target (a policy, a remark, the press) is criticism, not force."""
        if event_type != "ASSAULT":
            return False
        p, k = parse_of(trigger.doc), trigger.i
        deps, lowers, tags, kids = p.deps, p.lowers, p.tags, p.kids
        lem = lemma_reader(p, self.lemma)
        nouns = [t for t in (k, *(c for c in kids[k] if deps[c] == "dobj"))
                 if tags[t].startswith("NN") and lem(t) in self._verbal["nouns"]]
        for noun in nouns:
            if any(deps[c] == "amod" and lowers[c] in self._verbal["modifiers"] for c in kids[noun]):
                return True
            targets = [g for q in kids[noun] if deps[q] == "prep" and lowers[q] in {"on", "against"}
                       for g in kids[q] if deps[g] == "pobj"]
            if any(lem(g) in self._verbal["targets"] for g in targets):
                return True
        return False

    def ended(self, noun: Token) -> bool:
        """'efforts to halt the fighting', 'an end to the war': the noun names what is ended, not an event."""
        p, k = parse_of(noun.doc), noun.i
        dep, head, tags = p.deps[k], p.heads[k], p.tags
        if dep in {"dobj", "nsubjpass"} and tags[head].startswith("VB"):
            return lemma_reader(p, self.lemma)(head) in self._ending_verbs
        if dep == "pobj" and p.lowers[head] in {"to", "of"} and tags[p.heads[head]].startswith("NN"):
            return lemma_reader(p, self.lemma)(p.heads[head]) in self._ending_nouns
        return False

    def forecast(self, verb: Token, actors: tuple[ActorRef, ...], index: MentionIndex) -> bool:
        """'The U.N. warned that fighting could spill into Chad': a warning addressed to nobody about what others
        may do is a forecast, not a threat ('warned Iran that ...', 'warned that it would retaliate' are threats)."""
        if self.lemma(verb) not in self.cues.threat_frames or any(c.dep_ in {"dobj", "dative"} for c in children_of(verb)):
            return False
        for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
            subjects = [s for s in children_of(clause) if s.dep_ in {"nsubj", "nsubjpass"}]
            if any(s.tag_ in {"PRP", "PRP$"} and index.at(s) is None for s in subjects):
                return False  # 'warned that it would ...': the warner's own act, as far as we can tell
            own = [m for s in subjects for m in index.for_head(s)]
            return not any(same_side(a, m.actor) for a in actors for m in own)
        return False

    def frame_recode(self, trigger: Token, cameo: str, event_type: str, mapping: Any,
                      status: StatusResult) -> tuple[str, str, Any, StatusResult]:
        """'vowed to fight on' / 'have sworn to retaliate': a generic vow whose complement is violence with no
        named target is a threat (13x); 'the army prepared to resume shelling': a prepared attack is a show of
        force (MOBILIZE 150), made now."""
        if cameo.startswith("03") and self.lemma(trigger) in self.cues.threat_frames:
            violent = self._violent_complement(trigger)
            if violent is not None:
                new = self.threat_recode_of(violent, *self._typed(violent))
                if new[1] == "THREATEN":
                    cue = f"{_VOWED_VIOLENCE}:{new[0]}"
                    return (*new, replace(status, status="asserted", cues=(*status.cues, cue)))
        if self.verbal(trigger, event_type):
            return (*self.recoded(CRITICISM, cameo, event_type, mapping), status)
        if status.status == "planned" and self.ontology.quad_class(event_type) == 4 and event_type != "MOBILIZE" \
                and self._posture_heads & set(self._governing_lemmas(trigger)):
            new = self.recoded(_SHOW_OF_FORCE, cameo, event_type, mapping)
            return (*new, replace(status, status="asserted", cues=(*status.cues, f"prepared attack:{new[0]}")))
        return cameo, event_type, mapping, status

    def _typed(self, cameo: str) -> tuple[str, Any]:
        mapping = self.ontology.plover_for(cameo)
        return mapping.event_type, mapping

    def _violent_complement(self, verb: Token) -> str | None:
        """The CAMEO code of a 'to'-infinitive complement that is a material-conflict verb without an object
        ('to fight until ...', 'to retaliate'), or None."""
        for comp in (c for c in children_of(verb) if c.dep_ in {"xcomp", "advcl"} and is_to_infinitive(c)):
            if any(c.dep_ in {"dobj", "nsubjpass"} for c in children_of(comp)):
                continue  # 'vowed to fight corruption': an object of another sense, or coded on its own
            for pattern in self.patterns.verb_patterns(self.lemma(comp)):
                mapping = self.ontology.plover_for(pattern.cameo)
                if not pattern.objects and mapping is not None and self.ontology.quad_class(mapping.event_type) == 4:
                    return pattern.cameo
        return None

    def _governing_lemmas(self, verb: Token) -> list[str]:
        """Lemmas of the verbs a complement chain hangs from ('prepared to resume shelling' -> resume, prepare)."""
        out: list[str] = []
        while verb.dep_ in {"xcomp", "advcl"} and len(out) < 3 and verb.head.i != verb.i:
            verb = verb.head
            out.append(self.lemma(verb))
        return out

    def announced_by_own_side(self, trigger: Token, status: StatusResult, speaker: ActorRef | None,
                               actors: tuple[ActorRef, ...]) -> bool:
        """A planned act voiced by its own side ('X said they would boycott Y', 'X vowed to strike Y'), or one
        it makes conditional on the other side ('X announced it will withdraw from Y unless Y ...')."""
        framed = self.threat_framed(trigger, status)
        if status.status != "planned" and not conditional_future(trigger, status) and not framed:
            return False
        if framed:
            return True  # 'warned that it would execute hostages if ...' (the status may read the condition)
        if infinitive_of(trigger) and self.lemma(trigger.head) in self.cues.threat_frames:
            return True  # 'vowed to strike', 'have sworn to fight' (the parser often says advcl)
        if conditional_future(trigger, status):
            return True  # 'will boycott the elections unless ...', 'may halt its mediation if ...'
        if infinitive_of(trigger) and self.lemma(trigger.head) in self._threat_intents:
            return True  # 'plans to impose sanctions on', 'is considering strikes against': an announced intent
        return speaker is not None and any(speaker.country is not None and speaker.country == a.country
                                           for a in actors)

    def threat_framed(self, trigger: Token, status: StatusResult) -> bool:
        """'threatened to execute ...', 'warned that it would execute ...', 'a threat to behead ...': the clause is
        the threat's content (a noun frame takes its 'to'-infinitive)."""
        if status.status == "negated":
            return False
        p, k = parse_of(trigger.doc), trigger.i
        deps, dep, head = p.deps, p.deps[k], p.heads[k]
        if dep not in {"xcomp", "ccomp", "advcl", "acl"}:
            return False
        if dep == "acl" and not (p.tags[head].startswith("NN") and to_infinitive_at(p, k)):
            return False
        lem, frames = lemma_reader(p, self.lemma), self.cues.threat_frames
        if dep == "advcl" and to_infinitive_at(p, k) and any(
                deps[c] == "dobj" and c < k and lem(c) in frames for c in p.kids[head]):
            return True  # 'renewed its threats to continue attacks': the parser hangs the infinitive on the verb
        return lem(head) in frames

    def recoded(self, new: str, cameo: str, event_type: str, mapping: Any) -> tuple[str, str, Any]:
        """Recode to CAMEO ``new`` when the ontology knows it."""
        new_mapping = self.ontology.plover_for(new)
        return (new, new_mapping.event_type, new_mapping) if new_mapping is not None else (cameo, event_type, mapping)

    def threat_recode_of(self, cameo: str, event_type: str, mapping: Any) -> tuple[str, str, Any]:
        """DESIGN §3: an announced material-conflict act (quad 4, not MOBILIZE) is a threat (CAMEO 13x)."""
        if self.ontology.quad_class(event_type) != 4 or event_type in _POSTURE_TYPES:
            return cameo, event_type, mapping
        prefixes = [p for p in self.threat_recode if cameo.startswith(p)]
        new_mapping = self.ontology.plover_for(self.threat_recode[max(prefixes, key=len)]) if prefixes else None
        if new_mapping is None:
            return cameo, event_type, mapping
        return self.threat_recode[max(prefixes, key=len)], new_mapping.event_type, new_mapping


def purpose_only(status: StatusResult) -> bool:
    """Planned only as the purpose of another act ('sent troops to restore order'): the act's aim, not an intent
    the actor announced (no commitment, no other cue)."""
    return status.status == "planned" and not status.committed and bool(status.cues) \
        and all(cue.startswith("purpose") for cue in status.cues)


def purpose_of_done_act(verb: Token, status: StatusResult) -> bool:
    """The purpose of an act reported as done ('sent troops to restore order', 'has opened the bridge to allow
    ...'); the purpose of a planned act ('is to visit Pakistan to discuss trade') is part of the plan."""
    head = purposed_act(verb) if purpose_only(status) else None
    if head is None:
        return False
    return head.tag_ == "VBD" or head.tag_ == "VBN" and any(c.lower_ in {"has", "have", "had"} for c in children_of(head))


def purposed_act(token: Token) -> Token | None:
    """The act whose purpose ``token`` is, or is part of: the head of a 'to'-infinitive adjunct ('sent troops to
    restore order' -> sent) or of an 'in order to' / 'in a bid to' phrase ('sent an envoy in order to revive talks'
    -> sent); None outside a purpose (the walk stops at a reported, coordinated or complement clause: "returned
    to help broker an end" stays an intent to mediate)."""
    p = parse_of(token.doc)
    deps, heads, k = p.deps, p.heads, token.i
    for _ in range(12):
        if to_infinitive_at(p, k):
            if deps[k] == "advcl":
                return p.doc[heads[k]]
            noun = heads[k]
            if deps[k] == "acl" and deps[noun] == "pobj" and p.lowers[heads[noun]] == "in":
                return p.doc[heads[heads[noun]]]
        if deps[k] in {"ROOT", "ccomp", "parataxis", "conj", "xcomp"} or heads[k] == k:
            return None
        k = heads[k]
    return None


def conditional_future(verb: Token, status: StatusResult) -> bool:
    """'will withdraw ... unless ...': a future act whose only hedge is a condition (the shape of a threat)."""
    if status.status != "hypothetical" or not any(c.startswith("condition") for c in status.cues):
        return False
    if not all(c.startswith(("condition", "modal 'would'", "modal 'may'", "modal 'might'")) for c in status.cues):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _THREAT_MODALS for c in children_of(verb))


def armed_violence(cameo: str, actors: tuple[ActorRef, ...], trigger: Token | None = None) -> str | None:
    """The attack code for violent protest (145) by armed actors: unconventional (180) for rebels and
    unidentified gunmen, conventional force (190) for soldiers; None for everyone else. A 'strike' (143, the
    noun at ``trigger``) by armed men or a state is a military strike ('Taliban fighters staged strikes',
    'the US launched strikes in Syria'). People detained (173) by rebels, militants or gunmen are abducted
    (181, ASSAULT): only a state arrests."""
    if not actors:
        return None
    sectors = {a.sector for a in actors}
    if cameo.startswith(_DETENTION):
        return _ABDUCTION if sectors & _IRREGULAR_SECTORS else None
    if cameo == _STRIKE and trigger is not None and _names_strike(trigger):
        return "180" if sectors & _IRREGULAR_SECTORS else "190" if sectors <= _STATE_FORCES else None
    if not cameo.startswith(_VIOLENT_PROTEST):
        return None
    if sectors & _IRREGULAR_SECTORS:
        return "180"
    return "190" if sectors & _REGULAR_SECTORS else None


def _names_strike(trigger: Token) -> bool:
    """The trigger is the noun 'strike' or a verb whose object it is ('staged strikes'); not 'boycott', not a
    'hunger strike'."""
    return any(t.lower_ in {"strike", "strikes"} and t.tag_.startswith("NN")
               and not any(m.lower_ == "hunger" for m in children_of(t)) for t in (trigger, *children_of(trigger)))


def vowed_violence(status: StatusResult) -> bool:
    return any(cue.startswith(_VOWED_VIOLENCE) for cue in status.cues)


def is_to_infinitive(verb: Token) -> bool:
    """The verb has a 'to' auxiliary ('to strike')."""
    return to_infinitive_at(parse_of(verb.doc), verb.i)


def infinitive_of(verb: Token) -> bool:
    """A 'to'-infinitive complement of its head verb ('vowed to strike')."""
    return verb.dep_ in {"xcomp", "advcl"} and is_to_infinitive(verb)


def same_side(a: ActorRef, b: ActorRef) -> bool:
    """Same body, or one state's organs: 'Syria offered its troops', 'Kostunica promised to democratize Serbia'."""
    if a.code == b.code:
        return True
    if a.country is None or a.country != b.country:
        return False
    if a.sector == b.sector:
        return True
    return (a.sector is None or b.sector is None) and {a.sector, b.sector} <= _STATE_SECTORS
