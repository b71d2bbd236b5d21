"""HTML pages: main text, title, date and site name via trafilatura."""

from __future__ import annotations

import logging

import trafilatura

from multivector.errors import InputError
from multivector.ingest.article import RawArticle

log = logging.getLogger(__name__)

# dates only from explicit page metadata, never guessed from the page text
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _drop_title_line(text: str, title: str | None) -> str:
    """trafilatura often repeats the headline as the first line of the text."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    return rest if first.strip().casefold() == title.strip().casefold() else text


def parse_html(html: str, *, where: str) -> RawArticle:
    """Extract the article from an HTML page; falls back to all visible text when no main text is found."""
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, date_extraction_params=_DATE_PARAMS)
        fallback = "" if doc is not None and doc.text else trafilatura.html2txt(html)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"cannot parse HTML: {exc}", source=where) from exc
    if doc is None or not doc.text:
        log.info("%s: no main text found; using all visible text", where)
        title = doc.title if doc is not None else None
        return RawArticle(text=fallback or "", title=title)
    return RawArticle(
        text=_drop_title_line(doc.text, doc.title),
        title=doc.title,
        date=doc.date,
        url=doc.url,
        source=doc.sitename or doc.hostname,
    )
