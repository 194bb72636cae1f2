"""Theatres, second pass (tests/data/theatres/README.md, "Second pass"): a place that belongs to a name or to a
participle phrase is no locus."""

from __future__ import annotations

import pytest

from briefing import config
from briefing.analyse import analyse
from briefing.theatres import locus
from tests.conftest import make_item

pytestmark = pytest.mark.model  # the real spaCy model, through the whole analysis


def theatres_of(settings: config.Settings, title: str, text: str) -> tuple[str, ...]:
    out, _ = analyse([make_item(title, text, "en")], settings)
    return out[0].theatres


@pytest.mark.parametrize(
    ("title", "word"),
    [
        # a mission abroad is named by its host country: the embassy speaks, the event is not there
        ("Sanctions are an act of war, says Cuban Embassy in Spain", "Spain"),
        ("Polish consulate in Ukraine to reopen visa desk", "Ukraine"),
        ("Kenya's ambassador in Germany is summoned over remarks", "Germany"),
        # a relation: the country says whose ally or partner, not where the headline's event is
        ("Iran loses a key ally in Syria as Assad falls", "Syria"),
        ("Turkey courts new partners in Africa", "Africa"),
        # a participle that describes a person or a firm: where he is wanted, born, based, not the event
        ("Italy arrests banker wanted in Brazil for fraud", "Brazil"),
        ("Portugal extradites fugitive wanted in Colombia", "Colombia"),
        ("Singer born in Cuba, 88, dies in Madrid", "Cuba"),
        ("German start-up based in India to raise 20 million euros", "India"),
    ],
)
def test_a_place_in_a_name_or_a_participle_phrase_is_no_locus(title: str, word: str) -> None:
    start = title.index(word)
    assert locus(title, start, start + len(word)) is False


@pytest.mark.parametrize(
    ("title", "word"),
    [
        # the same words elsewhere still place the event
        ("Gunmen attack embassy compound in Libya", "Libya"),
        ("Britons stranded in Venezuela after strikes", "Venezuela"),
        ("Ally troops arrive in Poland", "Poland"),
    ],
)
def test_the_event_place_is_still_a_locus(title: str, word: str) -> None:
    start = title.index(word)
    assert locus(title, start, start + len(word)) is True


def test_the_wanted_man_is_released_where_he_was_held(settings: config.Settings) -> None:
    # the real one (Reuters via the corpus, 2026-01-08): France releases him; the US only wanted him
    title = "France releases Russian man wanted in US for cyberhacking, lawyer says"
    text = (
        "MOSCOW, Jan 8 (Reuters) - A Russian basketball player who was arrested in France last year and threatened "
        "with extradition to the United States has been released and flown back to Moscow, his lawyer was quoted "
        "as saying on Thursday.\nDaniil Kasatkin was detained at a Paris airport on June 21 at the request of the "
        "U.S., which suspected him of being part of a hacking network using ransomware against "
    )
    assert theatres_of(settings, title, text)[0] == "Europe"
