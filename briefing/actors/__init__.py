"""Key actors: who and what an item names, under canonical names, with roles, and ranked by mentions.

Two sources are merged: the phrase index (actors.toml aliases, outlets and the gazetteer, in every language)
and spaCy's named entities (English items only). The phrase index wins where both see a name; spaCy finds the
people and organisations nobody listed. Titles are moved into the role ("Lt. Gen. Kyrylo Budanov" ->
Kyrylo Budanov, role "Lt. Gen."), a surname alone joins the full name used elsewhere in the item, and media
cited as sources get kind "outlet" so they are never ranked as actors.

The modules, lowest first (each imports only those before it): words (word lists and tests), watchlist
(actors.toml, outlets), model (spaCy), headlines, spans (Found and the span cleaners), mend and repair (the
model's spans mended and repaired), patterns, places, people, bodies, outlets, layout (the finders of names
the model missed), links (names joined within an item), longtext, resolve (one item's mentions), run (actors
of an item, a story, a theatre, and names over a whole run). This package keeps the names the rest of the code
uses.
"""

from briefing.actors.headlines import headline_span, model_headline
from briefing.actors.model import MULTIPROCESS_MIN_TEXTS, NLP_STATS, find_entities, load_nlp
from briefing.actors.resolve import resolve
from briefing.actors.run import (
    RUN_NAME_ITEMS,
    actors_of,
    english_modifier,
    merge,
    names_of_the_run,
    surnames_in_full,
    theatre_actors,
    without_credits,
    without_plain_words,
)
from briefing.actors.spans import Found
from briefing.actors.watchlist import OUTLETS_FILE, ActorConfig, add_actors, add_outlets, load_actors
from briefing.actors.words import (
    AGE,
    DESCRIPTORS,
    KINDS,
    TITLE_WORDS,
    UNNAMED_NOUNS,
    common_word,
    english_word,
    trim_common,
)

__all__ = [
    "AGE",
    "DESCRIPTORS",
    "KINDS",
    "MULTIPROCESS_MIN_TEXTS",
    "NLP_STATS",
    "OUTLETS_FILE",
    "RUN_NAME_ITEMS",
    "TITLE_WORDS",
    "UNNAMED_NOUNS",
    "ActorConfig",
    "Found",
    "actors_of",
    "add_actors",
    "add_outlets",
    "common_word",
    "english_modifier",
    "english_word",
    "find_entities",
    "headline_span",
    "load_actors",
    "load_nlp",
    "merge",
    "model_headline",
    "names_of_the_run",
    "resolve",
    "surnames_in_full",
    "theatre_actors",
    "trim_common",
    "without_credits",
    "without_plain_words",
]
