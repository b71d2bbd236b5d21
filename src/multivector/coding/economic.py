"""Economic wire copy is not diplomacy: market and corporate business is no political event.

A candidate event is market business when
  - every actor is a company or a central bank and no recipient is a government, official body or IGO
    ("Texaco agreed to buy the unit of Amoco Corp", "Mobil Oil Corp plans to open an office in Peking",
    "the Bank of England offered facilities to the discount houses"),
  - the trigger acts on a market object: shares, a stake, a unit, prices ("Japan Air Lines raised its stake
    in ...", "Saudi Arabia cut its oil prices", "made a tender offer for 33 mln shares"), or
  - its clause reports a statistic next to a figure ("exports to Egypt rose 5 pct", "figures show ..."), or
  - no participant is official and the clause's subject is a business whatever country the actor KB read in
    it: a listed company marked by its wire ticker ("American Travellers <ATVC> expands operations") or a
    business head noun ("Taiwan banks will take part in the loan"; not violence, protest, threats, accusations).
  - a business subject names the official actor as its modifier ("U.S. Government bond brokers give in"), or
  - no recipient is an actor and the act is for a domestic group or a business ("offer a bonus payment to corn
    farmers", "offer its creditor banks a plan"), or acts on a market operation ("a 1.2 billion dlr bond issue").
Political economy stays an event: a government imposing sanctions, tariffs or quotas, nationalising, seizing
or banning, granting loans or rescheduling debt (``political_words`` on the trigger or its objects).
The word lists live in data/economic.yaml; :func:`economic` returns the reason a candidate is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from spacy.tokens import Token

from .. import tokens
from ..errors import CodingError
from ..model import ActorRef
from ..resources import load_package_yaml
from .parse import Parse, lemma_reader, parse_of, to_infinitive_at

_RESOURCE = "economic.yaml"
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "dative", "oprd"})
_OBJECT_PREPS = frozenset({"of", "for"})  # 'a bid for the shares', 'the purchase of shares'; not 'in a bid to'
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss"})
_IGO_PREFIX = "IGO"


@dataclass(frozen=True)
class EconomicWords:
    """The word lists of data/economic.yaml."""

    business_sectors: frozenset[str]
    market_roles: frozenset[str]
    official_sectors: frozenset[str]
    market_objects: frozenset[str]
    statistic_nouns: frozenset[str]
    figure_words: frozenset[str]
    political_words: frozenset[str]
    statistic_exempt_types: frozenset[str]
    business_heads: frozenset[str] = frozenset()
    domestic_beneficiaries: frozenset[str] = frozenset()
    issue_heads: frozenset[str] = frozenset()

    @cached_property
    def programme_groups(self) -> frozenset[str]:
        """The beneficiary and business nouns: the groups an economic programme may be for (made once)."""
        return self.domestic_beneficiaries | self.business_heads


def parse_words(raw: Mapping[str, object], *, source: str = _RESOURCE) -> EconomicWords:
    """Word lists from the parsed YAML mapping (each a list of words)."""
    values: dict[str, frozenset[str]] = {}
    for name in EconomicWords.__dataclass_fields__:
        items = raw.get(name) or ()
        if not isinstance(items, list):
            raise CodingError(f"{name} must be a list of words", source=source)
        upper = name in ("business_sectors", "official_sectors", "statistic_exempt_types")
        values[name] = frozenset(str(w).upper() if upper else str(w).lower() for w in items)
    return EconomicWords(**values)


@lru_cache(maxsize=1)
def load_words() -> EconomicWords:
    """The packaged economic word lists."""
    raw = load_package_yaml("multivector.coding", _RESOURCE, error=CodingError)
    return parse_words(raw, source=str(resources.files("multivector.coding").joinpath("data", _RESOURCE)))


def economic(trigger: Token, actors: Sequence[ActorRef], recipients: Sequence[ActorRef], *, event_type: str,
             lemma_of: Callable[[Token], str], words: EconomicWords | None = None) -> str | None:
    """Why a candidate is market business and no political event, or None when it may be one."""
    words = words or load_words()
    p, k = parse_of(trigger.doc), trigger.i
    lower = _lowering(p, lemma_of)
    official_recipients = [r for r in recipients if _official(r, words)]
    officials = [*(r for r in actors if _official(r, words)), *official_recipients]
    if business := _business_clause(p, k, event_type, words, lower, officials):
        return business
    objects = _objects(p, k)
    if not recipients and event_type not in words.statistic_exempt_types \
            and (group := _beneficiary(p, k, objects, words, lower)) is not None:
        return f"economic: a programme for '{p.texts[group]}', no political recipient"
    if _political(p, k, objects, actors, words, lower):
        return None
    if actors and event_type != "PROTEST" and all(_market_side(a, words) for a in actors) \
            and not official_recipients:  # companies' protests stay ('Korean shipbuilders')
        return "economic: market participants acting on no government"
    deps, kids = p.deps, p.kids
    own = [k] if p.tags[k].startswith("NN") else []  # 'a bid', 'the merger'; not 'sharing expertise'
    named = [c for o in objects if lower(o) in words.issue_heads  # 'a bond issue', 'a share offer';
             for c in kids[o] if deps[c] == "compound"]  # not 'the frozen assets question'
    market = next((o for o in [*own, *objects, *named] if lower(o) in words.market_objects), None)
    if market is not None:
        return f"economic: market object '{p.texts[market]}'"
    if event_type not in words.statistic_exempt_types and (stat := _statistic(p, k, words, lower)):
        return f"economic: statistic '{stat}' with a figure"
    return None


def _market_side(ref: ActorRef, words: EconomicWords) -> bool:
    return ref.sector in words.business_sectors or ref.role in words.market_roles


def _official(ref: ActorRef, words: EconomicWords) -> bool:
    """An official participant: a government body, court, army, police... (not a central bank in a market) or
    an IGO; a bare state name is not one ('exports to the U.S.', 'Swiss francs')."""
    if ref.role in words.market_roles:
        return False
    return ref.sector in words.official_sectors or ref.code.startswith(_IGO_PREFIX)


def _lowering(p: Parse, lemma_of: Callable[[Token], str]) -> Callable[[int], str]:
    """Token k's lower-case lemma (its lower-case text when the lemma is empty)."""
    lem, lowers = lemma_reader(p, lemma_of), p.lowers
    return lambda k: (lem(k) or lowers[k]).lower()


def _objects(p: Parse, trigger: int) -> list[int]:
    """The trigger's objects and the nouns of their 'of'/'for'/'in' phrases ('a stake in X', 'shares of X'),
    a noun trigger's own such nouns ('a bid for the shares'), and its infinitive complement's objects
    ('agreed to buy the unit')."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    verbs = [trigger, *(c for c in kids[trigger] if deps[c] == "xcomp")]
    heads = [c for v in verbs for c in kids[v] if deps[c] in _OBJECT_DEPS]
    heads += [g for h in list(heads) for a in kids[h] if deps[a] == "acl" and to_infinitive_at(p, a)
              for g in kids[a] if deps[g] in _OBJECT_DEPS]  # 'fought back a bid to secure a stake'
    inner = [g for h in [*verbs, *heads] for q in kids[h] if deps[q] == "prep" and lowers[q] in _OBJECT_PREPS
             and (h == trigger or lowers[q] != "of")  # 'workers of the company' are no company
             for g in kids[q] if deps[g] == "pobj"]
    return heads + inner


def _ticker_subject(p: Parse, trigger: int) -> bool:
    """Wire copy marks a listed company with its ticker in angle brackets ('American Travellers <ATVC> expands
    operations'): the trigger's subject phrase, up to the trigger, holds a '<...>' bracket."""
    if "<" not in p.word_set:  # no bracket anywhere (most Docs): no need to find the subject
        return False
    deps = p.deps
    subjects = [c for c in p.kids[trigger] if deps[c] in {"nsubj", "nsubjpass", "npadvmod"} and c < trigger]
    if not subjects:
        return False
    words = p.texts[min(p.doc[s].left_edge.i for s in subjects): trigger]
    return "<" in words and ">" in words[words.index("<"):]


def _business_clause(p: Parse, trigger: int, event_type: str, words: EconomicWords, lower: Callable[[int], str],
                     officials: Sequence[ActorRef] = ()) -> str | None:
    """A clause whose subject is a business, whatever country the actor KB gave it: a listed company ('<ATVC>')
    or a business head noun ('Taiwan banks agreed to join a loan'; not for violence, protest, threats and
    accusations). ``officials``: the official participants; with any, only a business subject that names them
    all as its modifiers counts ('U.S. Government bond brokers are likely to give in to pressure')."""
    if not officials and _ticker_subject(p, trigger):
        return "economic: market business of a listed company ('<TICKER>')"
    if event_type in words.statistic_exempt_types and not officials:  # an official read in the subject is no
        return None  # agent of the violence or pressure either
    if not all(ref.text for ref in officials):  # an official with no text cannot be named in the subject
        return None
    head = _business_subject(p, trigger, words, lower)
    if head is None or not all(_names_in(p, head, ref) for ref in officials):
        return None
    return f"economic: market business by the subject '{p.texts[head]}'"


def _names_in(p: Parse, head: int, ref: ActorRef) -> bool:
    """The actor's text is a modifier inside the subject phrase before its head ('U.S. Government bond brokers')."""
    phrase = " ".join(p.texts[p.doc[head].left_edge.i:head])
    return bool(ref.text) and f" {ref.text} " in f" {phrase} "


def _beneficiary(p: Parse, trigger: int, objects: list[int], words: EconomicWords,
                 lower: Callable[[int], str]) -> int | None:
    """The domestic group an economic programme is for: the indirect object or a 'to' noun of the trigger or of
    its objects that is a beneficiary or business noun ('offer a bonus payment to corn farmers', 'will offer its
    creditor banks a plan')."""
    groups = words.programme_groups
    deps, lowers, kids = p.deps, p.lowers, p.kids
    found = [c for c in kids[trigger] if deps[c] == "dative" and not any(deps[g] == "pobj" for g in kids[c])]
    found += [g for h in [trigger, *objects] for q in kids[h] if deps[q] in {"prep", "dative"} and lowers[q] == "to"
              for g in kids[q] if deps[g] == "pobj"]
    return next((t for t in found if lower(t) in groups or lowers[t] in groups), None)


def _business_subject(p: Parse, trigger: int, words: EconomicWords, lower: Callable[[int], str]) -> int | None:
    """The subject of the trigger's clause (a noun trigger's governing verb; 'agreed to buy': the governing
    verb's; 'are likely to give in': the copula's) when its head is a business noun ('Taiwan banks')."""
    doc, deps, heads, lowers = p.doc, p.deps, p.heads, p.lowers
    verb = trigger
    for _ in range(4):  # 'take part in a loan to X': the loan's clause is 'take'
        if doc[verb].pos_ in {"VERB", "AUX"}:  # a root is its own head: climbing on from one changes nothing
            break
        verb = heads[verb]
    while deps[verb] in {"xcomp", "conj", "acomp"} and heads[verb] != verb and not _has_subject(p, verb):
        verb = heads[verb]
    business = words.business_heads
    return next((s for s in p.kids[verb] if deps[s] in {"nsubj", "nsubjpass"}
                 and (lower(s) in business or lowers[s] in business)), None)


def _has_subject(p: Parse, verb: int) -> bool:
    deps = p.deps
    return any(deps[c] in {"nsubj", "nsubjpass"} for c in p.kids[verb])


def _political(p: Parse, trigger: int, objects: list[int], actors: Sequence[ActorRef], words: EconomicWords,
               lower: Callable[[int], str]) -> bool:
    """A government's act of political economy: sanctions, tariffs, nationalisation, seizure, bans, loans."""
    if not any(a.country and (a.sector is None or _official(a, words)) for a in actors):
        return False
    deps, kids = p.deps, p.kids
    near = [trigger, *objects, *(c for o in objects for c in kids[o] if deps[c] in ("compound", "amod"))]
    return any(lower(t) in words.political_words for t in near)


def _statistic(p: Parse, trigger: int, words: EconomicWords, lower: Callable[[int], str]) -> str | None:
    """A statistic the trigger's clause reports (the trigger itself, its subject, the noun it modifies or a
    noun of its prepositions: 'exports rose', 'figures show', 'an impact on prices'), when the sentence also
    gives a figure; else None. An object is a goal, not a report ('agreed to increase trade by 50 pct')."""
    deps, kids = p.deps, p.kids
    near = [trigger, p.heads[trigger], *(c for c in kids[trigger] if deps[c] in _CLAUSE_DEPS)]
    near += [g for c in kids[trigger] if deps[c] == "prep" for g in kids[c] if deps[g] == "pobj"]
    found = next((t for t in near if lower(t) in words.statistic_nouns), None)
    if found is None:
        return None
    start, end = tokens.sentence_range(p.doc, trigger)  # the sentence, or the Doc without sentence marks
    figure = not words.figure_words.isdisjoint(p.lowers[start:end]) or "%" in p.texts[start:end]
    return p.texts[found] if figure else None
