"""Test helpers for the coding tests (no tests here): hand-built Docs, a fake actor KB, a small pattern table."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc, Token

from multivector.model import ActorRef, Article, Mention

_VOCAB = spacy.blank("en").vocab
ACTORS: dict[str, ActorRef] = {
    name: ActorRef(name, None, name, code, code[:3], code[3:] or None, None)
    for name, code in {
        "Putin": "RUSGOV", "Lavrov": "RUSGOV", "Russia": "RUS", "Moscow": "RUSGOV", "Kremlin": "RUSGOV",
        "Xi": "CHNGOV", "China": "CHN", "Beijing": "CHNGOV", "Ukraine": "UKR", "Kyiv": "UKRGOV",
        "Trump": "USAGOV", "Washington": "USAGOV", "Kazakhstan": "KAZ", "Tokayev": "KAZGOV",
        "Astana": "KAZGOV", "Uzbekistan": "UZB", "Mirziyoyev": "UZBGOV", "Iran": "IRN", "Turkey": "TUR",
        "Erdogan": "TURGOV", "Macron": "FRAGOV", "France": "FRA", "Japan": "JPN", "Tashkent": "UZBGOV",
        "Kyrgyzstan": "KGZ", "Tajikistan": "TJK", "Armenia": "ARM", "Azerbaijan": "AZE", "Israel": "ISR",
        "Germany": "DEU", "Berlin": "DEUGOV", "Brussels": "EURGOV", "India": "IND",
    }.items()
}
ACTORS["EU"] = ActorRef("EU", None, "European Union", "IGOEUR", "EUR", None, None)
ACTORS["NATO"] = ActorRef("NATO", None, "NATO", "IGONATO", "NATO", None, None)
ACTORS["Smirnov"] = ActorRef("Smirnov", None, "Ivan Smirnov", "RUSEDU", "RUS", "EDU", None)


class FakeKB:
    """Finds the single-token names of ``ACTORS`` (and 'United States') in a Doc."""

    version = "fakekb-0001"

    def find_mentions(self, doc: Doc, *, on: date | None = None) -> list[Mention]:
        out = []
        for tok in doc:
            if tok.text == "United" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "States":
                span = doc[tok.i:tok.i + 2]
                ref = ActorRef("United States", None, "United States", "USA", "USA", None, None)
                out.append(Mention(span.start_char, span.end_char, tok.i, tok.i + 2, span.text, ref))
            elif tok.text in ACTORS:
                out.append(Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, tok.text,
                                   ACTORS[tok.text]))
        return out

    def resolve(self, text: str, *, on: date | None = None) -> ActorRef | None:
        return ACTORS.get(text.split()[-1]) if text else None

    def recode(self, ref: ActorRef, on: date) -> ActorRef:
        return ref  # the fake actors hold no dated offices


def hand_doc(rows: list[tuple[str, str, str, str, int]], ents: dict[int, str] | None = None) -> Doc:
    """A parsed Doc from rows (word, lemma, tag, dep, head index); POS is derived from the tag.

    ``ents`` maps a token index to a one-token entity label (GPE, LOC, ...).
    """
    words = [r[0] for r in rows]
    pos = [_pos(r[2]) for r in rows]
    labels = [f"B-{ents[i]}" if ents and i in ents else "O" for i in range(len(rows))]
    return Doc(_VOCAB, words=words, lemmas=[r[1] for r in rows], tags=[r[2] for r in rows], pos=pos,
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], ents=labels,
               sent_starts=[1] + [0] * (len(rows) - 1))


def _pos(tag: str) -> str:
    if tag.startswith("VB"):
        return "VERB"
    if tag == "MD":
        return "AUX"
    if tag.startswith("NNP"):
        return "PROPN"
    if tag.startswith("NN"):
        return "NOUN"
    return {"PRP": "PRON", "IN": "ADP", "DT": "DET", "RB": "ADV", "TO": "PART", "CC": "CCONJ",
            ".": "PUNCT", ",": "PUNCT", "JJ": "ADJ", "RP": "ADP", "WDT": "PRON"}.get(tag, "X")


def doc_lemma(token: Token) -> str:
    """The lemma stored on a hand-built Doc."""
    return token.lemma_ or token.lower_


def article_for(doc: Doc, published: date | None = date(2025, 8, 28)) -> Article:
    return Article.create(doc.text, date=published)


def parse_lemma(token: Token) -> str:
    """The project lemmatiser when it exists, else a crude suffix stripper (enough for cue words)."""
    try:
        from multivector.coding.lexicon import lemma
    except ImportError:
        low = token.lower_
        irregular = {"said": "say", "told": "tell", "met": "meet", "refused": "refuse", "decided": "decide",
                     "planned": "plan", "agreed": "agree", "denied": "deny", "excluded": "exclude"}
        if low in irregular:
            return irregular[low]
        for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("s", ""), ("ing", "")):
            if token.tag_.startswith("VB") and low.endswith(suffix) and len(low) > len(suffix) + 2:
                return low[: -len(suffix)] + repl
        return low
    return lemma(token)
