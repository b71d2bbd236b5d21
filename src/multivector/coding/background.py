"""Background mentions: an event word that names a past event as time, cause or history is not a new event.

News sentences report today's act against a backdrop of earlier ones: 'the first arrest since last month's
bombing', 'a veteran of the 2003 invasion', 'the anniversary of the attack', 'tensions dating from the Cold War'.
Coding those mentions as current events duplicates old events with today's date. The markers are general and
syntactic (the word lists live in data/plausibility.yaml under the ``background_`` keys):

- a noun trigger governed by a purely retrospective preposition ('since the invasion') or by a retrospective
  noun's 'of' phrase ('in the wake of the execution', 'the anniversary of the attack', 'a veteran of the war');
- a noun trigger dated in the past by its own modifier: a year before the publication year ('the 2003 invasion',
  'the invasion of 2003', 'the 1990s war') or a possessive time phrase ('last year's bombing');
- a noun trigger that is part of a capitalised event name in running text ('the Cold War', 'the Six-Day War');
- a verb trigger in a temporal 'since' clause ('since the Taliban seized power') or in a subordinate clause
  dated to an earlier year ('... in 2013, when rebels seized power');
- a trigger whose own clause dates it well before publication (round 2): the verb's own time adjunct ('imposed
  sanctions in 2016', 'last year, Russia expelled', 'two years ago, rebels attacked', 'a general who seized power
  in 2013'), or, for a noun trigger, the adjunct of the verb it is the subject or object of ('ramped up sanctions
  on X in 2016'). Years before the publication year, '<n> years ago', and day or month dates more than
  ``background_min_days`` before publication count; 'last month' or 'on Monday' is the news itself, and so is
  the story's first sentence (its headline or lead), whatever its date.

'after', 'following', 'during' and 'amid' are not markers by themselves: in news they mostly frame the
reported event ('talks resumed after a meeting in Doha'); combined with a past date they are caught above.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from .. import tokens
from .dates import find_dates
from .doctree import children_of, subtree_indices
from .parse import Parse, lemma_reader, parse_of

_YEAR = re.compile(r"(1[89]\d\d|20\d\d)(s)?")
_MODIFIERS = frozenset({"compound", "nummod", "amod", "npadvmod", "nmod", "poss"})
_SUBORDINATE = frozenset({"advcl", "relcl", "acl"})
_TIME_PREPS = frozenset({"in", "during", "on"})
_TIME_ADVERBIALS = frozenset({"npadvmod", "advmod", "tmod"})
_CLAUSE_ROLES = frozenset({"dobj", "nsubj", "nsubjpass"})  # a noun trigger dated by its verb's adjunct
_LONG_AGO = frozenset({"year", "decade", "century"})


@dataclass(frozen=True)
class BackgroundRules:
    """Word lists of the background checks (keys ``background_*`` of plausibility.yaml)."""

    preps: frozenset[str]
    heads: frozenset[str]
    time_nouns: frozenset[str]
    past_words: frozenset[str]
    clause_marks: frozenset[str]
    min_days: int = 180
    legal_heads: frozenset[str] = frozenset()
    legal_preps: frozenset[str] = frozenset()
    legal_with: frozenset[str] = frozenset()


def parse_background(raw: Mapping[str, object]) -> BackgroundRules:
    """Background rules from the parsed plausibility YAML mapping."""
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(f"background_{key}") or ())  # type: ignore[attr-defined]
    return BackgroundRules(preps=words("preps"), heads=words("heads"), time_nouns=words("time_nouns"),
                           past_words=words("past_words"), clause_marks=words("clause_marks"),
                           legal_heads=words("legal_heads"), legal_preps=words("legal_preps"),
                           legal_with=words("legal_with"),
                           min_days=int(raw.get("background_min_days") or 180))  # type: ignore[call-overload]


@lru_cache(maxsize=1)
def load_background() -> BackgroundRules:
    """The packaged background word lists."""
    from .plausibility import read_table

    return parse_background(read_table())


def background(trigger: Token, *, nominal: bool, published: date | None = None,
               rules: BackgroundRules | None = None,
               lemma_of: Callable[[Token], str] | None = None) -> str | None:
    """Why the trigger only mentions a past event as background ('background:<marker>'), or None."""
    lemma_of = lemma_of or (lambda tok: tok.lemma_.lower() or tok.lower_)
    p = parse_of(trigger.doc)  # the markers are read from the Doc's arrays by token index
    return background_at(p, trigger.i, lemma_reader(p, lemma_of), nominal=nominal, published=published, rules=rules)


def background_at(p: Parse, k: int, lem: Callable[[int], str], *, nominal: bool, published: date | None = None,
                  rules: BackgroundRules | None = None) -> str | None:
    """:func:`background` of token ``k`` of the Parse's Doc, with the caller's lemma reader ``lem``."""
    rules = rules or load_background()
    marker = _noun_marker(p, k, rules, published, lem) if nominal else _clause_marker(p, k, rules, published)
    if marker is not None:
        return f"background:{marker}"
    start, end = _sentence_of(p, k)
    if _timeline_entry(p.texts, start, end, published):
        marker = "timeline"
    elif published is not None and start > 0:  # the lead is the story's news
        clause = k if not nominal else p.heads[k] if p.deps[k] in _CLAUSE_ROLES else None
        if clause is not None and _dated_long_before(p, clause, rules, published):
            marker = "dated-past"
    return f"background:{marker}" if marker else None


def _noun_marker(p: Parse, noun: int, rules: BackgroundRules, published: date | None,
                 lem: Callable[[int], str]) -> str | None:
    governor = _governor(p, noun)
    if governor is not None:
        prep, holder = governor
        deps, lowers, kids = p.deps, p.lowers, p.kids
        word = lowers[prep]
        if word in rules.preps:
            return f"{word}-adjunct"
        if word == "of" and holder is not None and lem(holder) in rules.heads:
            return f"{lem(holder)}-of"
        if holder is not None and _legal_cause(word, lem(holder), rules):
            return f"{lem(holder)}-{word}"
        if word == "from" and any(deps[c] == "prep" and lowers[c] == "to" for c in (*kids[prep], *kids[noun])):
            return "from-to-range"
    if _past_dated(p, noun, rules, published):
        return "past-date"
    if p.texts[noun].istitle() and _named_event(p.doc[noun]):  # ``is_title`` is ``str.istitle``: no Token needed
        return "event-name"
    return None


def _legal_cause(prep: str, head: str, rules: BackgroundRules) -> bool:
    """'arrested over the attack', 'jailed for the murder', 'charged with the bombing', 'a probe into the raid':
    the act a legal step is taken for happened before it."""
    return prep in rules.legal_preps and head in rules.legal_heads or prep == "with" and head in rules.legal_with


def _sentence_of(p: Parse, k: int) -> tuple[int, int]:
    """The start and end token of token ``k``'s sentence (``doc[k].sent``), from the Doc's cached arrays."""
    doc = p.doc
    if tokens.has_sentences(doc):
        return tokens.sentence_bounds(doc, k)
    sent = doc[k].sent
    return sent.start, sent.end


def _timeline_entry(words: list[str], start: int, end: int, published: date | None) -> bool:
    """A chronology entry: the sentence of tokens ``start:end`` (``words``: the Doc's texts) is labelled with a past
    year ('1979: The Soviet Union sends troops ...'), in its own first tokens or as the bare label the parser split
    off before it."""
    label = start if end - start > 2 and words[start + 1] == ":" else start - 2
    return label >= 0 and words[label + 1] == ":" and _past_year(words[label], published)


def _governor(p: Parse, noun: int) -> tuple[int, int | None] | None:
    """The preposition whose object the noun is (through conjunctions) and the word that preposition hangs on."""
    deps, heads = p.deps, p.heads
    while deps[noun] == "conj" and heads[noun] != noun:
        noun = heads[noun]
    prep = heads[noun]
    if deps[noun] != "pobj" or deps[prep] != "prep":
        return None
    return prep, (heads[prep] if heads[prep] != prep else None)


def _past_dated(p: Parse, noun: int, rules: BackgroundRules, published: date | None) -> bool:
    """'the 2003 invasion', 'the invasion of 2003', 'the 1990s war', 'last year's bombing'."""
    deps, lowers, texts, kids = p.deps, p.lowers, p.texts, p.kids
    mods = [c for c in kids[noun] if deps[c] in _MODIFIERS]
    mods += [g for m in list(mods) if deps[m] == "compound" for g in kids[m] if deps[g] in _MODIFIERS]
    mods += [g for c in kids[noun] if deps[c] == "prep" and lowers[c] in {"of", "in"}
             for g in kids[c] if deps[g] == "pobj"]
    for mod in mods:
        if _past_year(texts[mod], published):
            return True
        if deps[mod] == "poss" and _time_word(lowers[mod]) in rules.time_nouns \
                and any(lowers[c] in rules.past_words or _past_year(texts[c], published) for c in kids[mod]):
            return True  # 'last year's', 'the previous month's'
    return False


def _time_word(word: str) -> str:
    """A lower-case time noun without its plural: 'years' -> 'year'."""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _past_year(text: str, published: date | None) -> bool:
    found = _YEAR.fullmatch(text.strip("'\u2019"))
    if not found:
        return False
    year = int(found.group(1))
    return year < (published.year if published else date.today().year) or bool(found.group(2))


def _named_event(noun: Token) -> bool:
    """'the Cold War', 'the Six-Day War', 'the Orange Revolution' in running text (not a title-case headline)."""
    holder = noun.head if noun.dep_ == "compound" else noun  # 'the Cold War summits'
    if not noun.is_title or noun.i == noun.sent.start or not any(c.lower_ == "the" for c in children_of(holder)):
        return False  # 'U.S. Pressure' in a capitalised wire line is no name: an era takes 'the'
    named = [c for c in children_of(noun) if c.dep_ in {"compound", "amod"} and c.i < noun.i]
    if not named or not all(c.is_title or c.like_num for c in named):
        return False
    return not _title_case(noun.sent)


def _title_case(sent) -> bool:  # noqa: ANN001 - a spaCy Span
    """Whether most content words of the sentence are capitalised (a headline)."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) >= 0.6 * len(words)


def _since_past(p: Parse, verb: int, rules: BackgroundRules, published: date | None) -> bool:
    """The verb has a 'since' phrase naming a past year or a past-dated event ('since 1965', 'since the 1965 war')."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    since = [g for c in kids[verb] if deps[c] == "prep" and lowers[c] == "since" for g in kids[c] if deps[g] == "pobj"]
    return any(_past_year(p.texts[g], published) or _past_dated(p, g, rules, published) for g in since)


def _clause_marker(p: Parse, verb: int, rules: BackgroundRules, published: date | None) -> str | None:
    """'since the Taliban seized power', '... in 2013, when rebels seized power'."""
    deps, lowers, kids, tag, dep = p.deps, p.lowers, p.kids, p.tags[verb], p.deps[verb]
    marks = {lowers[c] for c in kids[verb] if deps[c] in {"mark", "advmod"}}
    if "since" in marks and tag in {"VBD", "VBN"}:
        return "since-clause"
    if dep == "acl" and tag in {"VBD", "VBN"} and _since_past(p, verb, rules, published):
        return "since-participle"  # 'the rail link suspended since the 1965 war' is a lasting state
    if dep not in _SUBORDINATE or not (marks & rules.clause_marks or dep == "relcl"):
        return None
    head = p.heads[verb]
    dated = [g for t in (verb, head) for c in kids[t] if deps[c] == "prep" and lowers[c] in {"in", "during"}
             for g in kids[c] if deps[g] == "pobj"] + [head]  # 'in 2013, when ...' hangs on the year
    return "dated-clause" if any(_past_year(p.texts[t], published) for t in dated) else None


def _dated_long_before(p: Parse, verb: int, rules: BackgroundRules, published: date) -> bool:
    """The verb's own time adjunct ('in 2016', 'last year', 'two years ago', 'in March 2019') lies well before
    publication; adjuncts of embedded clauses do not count (they date their own verbs)."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    for child in kids[verb]:
        if deps[child] == "prep" and lowers[child] in _TIME_PREPS or deps[child] in _TIME_ADVERBIALS:
            if lowers[child] == "ago":
                before = [child - 1] if child > 0 else []  # 'by the North decades ago'
                if any(_time_word(lowers[g]) in _LONG_AGO for g in (*kids[child], *before)):
                    return True
                continue
            phrase = " ".join([p.texts[t] for t in subtree_indices(kids, child)])
            if _past_either_way(phrase, rules, published):
                return True
    return False


def _past_either_way(phrase: str, rules: BackgroundRules, published: date) -> bool:
    """A date in the phrase lies well before publication read as past and as future alike: 'on March 19' or a
    dateline's 'Dec 3' (no year) may be ahead, 'in 2016' or 'last September' may not."""
    past = find_dates(phrase, published, future=False)
    ahead = find_dates(phrase, published, future=True)
    return any(_long_before(p.date, p.precision, rules, published) and _long_before(f.date, f.precision, rules,
                                                                                   published)
               for p, f in zip(past, ahead, strict=False))


def _long_before(iso: str | None, precision: str | None, rules: BackgroundRules, published: date) -> bool:
    if iso is None:
        return False
    when = date.fromisoformat(iso)
    if precision in {"year", "decade"}:
        return when.year < published.year
    return (published - when).days > rules.min_days
