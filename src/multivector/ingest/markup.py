"""Markup left in feed text: escaped HTML entities, entities that lost their ampersand, inline tags.

News feeds and scraped corpora often carry text that was escaped once too often or stripped carelessly:
``Bush &#39;s`` became ``Bush #39;s``, ``&quot;war&quot;`` became `` quot;war quot;``, and teaser markup such as
``&lt;b&gt;...&lt;/b&gt;`` survives as text. Left alone, these break possessives ("last year's"), quotations and
names for every later stage. ``repair_markup`` restores the characters and drops inline tags.
"""

from __future__ import annotations

import html
import re

# an entity whose '&' was replaced by a space (or lost): ' #39;' -> "'", ' quot;' -> '"'
_BARE_ENTITY = re.compile(r" ?(#\d{2,5}|#x[0-9a-fA-F]{2,4}|quot|amp|lt|gt|apos|nbsp|mdash|ndash|rsquo|lsquo|"
                          r"rdquo|ldquo|hellip);")
_ENTITY = re.compile(r"&(#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")
_INLINE_TAG = re.compile(r"</?(b|i|u|p|br|em|strong|span|font|a|div|sup|sub)\b[^<>]{0,200}>", re.IGNORECASE)


def _bare_entity(match: re.Match[str]) -> str:
    restored = html.unescape(f"&{match[1]};")
    return match[0] if restored.startswith("&") or not restored.isprintable() else restored


def repair_markup(text: str) -> str:
    """``text`` with escaped and ampersand-less entities restored and inline HTML tags removed.

    Ordinary text is returned unchanged: only entity names followed by ';' and a closed list of inline tags are touched.
    """
    if ";" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m[0]), text)
        text = _BARE_ENTITY.sub(_bare_entity, text)
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    return text
