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


# --- "also": a named theatre the headline names as a party ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            # a visit placed where it happens; the visitor's country is a party, named in the headline only
            "Mexico's president hosts Zelensky for talks on grain and trade",
            "Mexican President Claudia Sheinbaum said on Monday that Mexico would buy more grain. Mexico City "
            "officials said the talks at the National Palace covered trade, and Mexican farmers protested "
            "outside. Sheinbaum said Mexico and the United States would also discuss tariffs in Washington, and "
            "that Mexican exports to the United States rose last year. Mexico's senate must approve any deal.",
            ("Elsewhere", "Europe"),
        ),
        (
            "Brazil and Cuba sign rice deal as Brazilian harvest booms",
            "Brazil's farm ministry said on Tuesday the Brazilian harvest would set a record. Brazil exports rice "
            "to Asia and Africa, and Brazilian growers in Rio Grande do Sul expect higher prices. Sao Paulo "
            "traders said Brazil's deal was small. The United States and Argentina are Brazil's rivals in rice, "
            "Brazilian officials said, and China buys most of Brazil's grain.",
            ("Elsewhere", "Caribbean"),
        ),
    ],
)
def test_a_named_theatre_the_headline_names_as_a_party_is_also_listed(
    settings: config.Settings, title: str, text: str, expected: tuple[str, ...]
) -> None:
    assert theatres_of(settings, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            # a victim's nationality is no party; nor is the state that only speaks
            "Spanish climber missing on volcano in Indonesia",
            "Indonesian rescuers searched Mount Rinjani on Lombok on Sunday. Indonesia's disaster agency said "
            "rain slowed the search. Jakarta sent two helicopters, Indonesian police said.",
        ),
        (
            "Germany condemns coup in Niger, urges return to civilian rule",
            "Niger's army seized power in Niamey on Wednesday. Soldiers in Niger closed the borders, and Niger's "
            "president was held at his residence. Nigeria and Benin said they would meet, and African Union "
            "envoys flew to Niamey.",
        ),
        (
            # a city is the venue of talks more often than a party to them
            "Israel and Lebanon hold ceasefire talks in Geneva",
            "Israeli and Lebanese officers met on Tuesday, Israel's army said. Lebanon's president said the "
            "talks would continue, and Israel said Hezbollah must disarm south of the Litani in Lebanon.",
        ),
        (
            # the speaker's tag after the dash, and a mission named by its host country, are no parties
            "Tehran will never give up enrichment — Iranian ambassador to Italy",
            "Iran's nuclear programme is peaceful, the ambassador said. Iran will defend its rights, he said, "
            "and Tehran is ready for talks with Washington.",
        ),
    ],
)
def test_a_demonym_or_a_speaker_in_the_headline_is_no_party(
    settings: config.Settings, title: str, text: str
) -> None:
    assert theatres_of(settings, title, text) == ("Elsewhere",)


def test_a_third_countrys_trouble_pegged_to_venezuela_lists_the_caribbean_also(
    settings: config.Settings,
) -> None:
    # the real one (Reuters, 2026-01-05, its first paragraphs): Iran's own crisis; the raid in Venezuela is one
    # party to it, named once in the headline and twice in the text
    title = "Iran's leaders struggle to end protests, US action in Venezuela stokes fears"
    text = (
        "DUBAI, Jan 5 (Reuters) - Iran's efforts to quell a wave of anti-government protests have been complicated "
        "by Donald Trump's threat to intervene on their side, a warning firmly underlined by the subsequent U.S. "
        "capture of Venezuela's Nicolas Maduro , officials and insiders said on Monday.\nA day before U.S. special "
        "forces seized Maduro and his wife on January 3 and whisked them off to New York, the U.S. president warned "
        "in a social media post that if Iran's leadership killed protesters who have taken to the streets since "
        'December 28 the U.S. "will come to their rescue". At least 17 people have died so far.\nTehran\'s options '
        "have been limited by Trump's threats and a long-running economic crisis that deepened after Israel, joined "
        "by the U.S., launched strikes on the Islamic Republic in June in a 12-day war that pummelled several of "
        "Iran's nuclear sites."
    )
    assert theatres_of(settings, title, text) == ("Elsewhere", "Caribbean")
