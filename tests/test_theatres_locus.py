"""Where the headline puts its event: a country after "in", "near", "visit" is the primary theatre, the fallback
included, and the states that act there follow it (tests/data/theatres/README.md, first sight); a capital under
another of its names ("D.C.") is that capital."""

from __future__ import annotations

import pytest

from briefing import config
from briefing.analyse import analyse
from briefing.theatres import combine, load_theatres, locus, place
from tests.conftest import make_item

pytestmark = pytest.mark.model  # the real spaCy model, through the whole analysis


def theatres_of(settings: config.Settings, title: str, text: str) -> tuple[str, ...]:
    out, _ = analyse([make_item(title, text, "en")], settings)
    return out[0].theatres


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            # states of one theatre acting in another: the place first, the actors after it
            "Dutch and Belgian jets bomb militant arms depot in Iraq",
            "The Dutch defence ministry said Dutch F-35s and Belgian F-16s struck the depot on Tuesday. "
            "Belgium's defence minister said the Netherlands led the mission. The Dutch ministry said no "
            "civilians were hurt near the depot west of Mosul.",
            ("Elsewhere", "Europe"),
        ),
        (
            "Polish president to visit Japan as Tokyo seeks wider ties with the EU",
            "Poland's president will travel to Japan next week, the Polish foreign ministry said. Warsaw and "
            "the European Union hope to widen trade, Polish officials said. Poland's leader last visited Asia "
            "in 2019.",
            ("Elsewhere", "Europe"),
        ),
        (
            "Cuban foreign minister in Russia for talks, sources say",
            "Cuba's foreign minister arrived in Moscow on Sunday, three sources said. Cuba and its ally "
            "Venezuela have sought help after the US strikes. Havana has not commented on the Cuban trip.",
            ("Europe", "Caribbean"),
        ),
        (
            # the real one (Reuters, 2026-01-04): the UK and France, named first and more often, act in Syria
            "UK, France strike suspected IS arms site near Syria's Palmyra",
            "The British Ministry of Defence said it cooperated with France on Saturday night to strike an "
            "underground facility in Syria that had likely been used by the Islamic State group to store "
            'weapons.\n"Royal Air Force aircraft have completed successful strikes against Daesh in a joint '
            'operation with France," the ministry said in a statement, using the Arabic acronym for IS.\nThe '
            "ministry said there was no indication the bombing north of the ancient site of Palmyra had posed "
            "any risk to civilians.",
            ("Elsewhere", "Europe"),
        ),
    ],
)
def test_the_place_the_headline_puts_the_event_in_is_primary(
    settings: config.Settings, title: str, text: str, expected: tuple[str, ...]
) -> None:
    assert theatres_of(settings, title, text) == expected


def test_a_country_that_modifies_a_noun_or_a_city_is_no_locus(settings: config.Settings) -> None:
    # "in US court" is a kind of court, not the US as the place; a city is left to the scores as before
    title = "Venezuelan general pleads not guilty in US court"
    text = (
        "The Venezuelan general, captured in Caracas, faces drug charges. Venezuela's government protested."
    )
    assert theatres_of(settings, title, text)[0] == "Caribbean"
    assert (
        theatres_of(
            settings, "Venezuelans in Madrid celebrate the fall of Maduro", "Venezuela's exiles sang."
        )[0]
        == "Caribbean"
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Trump presses Denmark over Greenland after US raid in Venezuela",
            "Trump said Greenland must become American. Denmark's prime minister said the island was not for "
            "sale. Danish officials said the raid on Venezuela had emboldened him.",
        ),
        (
            # the real one (SCMP, 2026-01-05)
            "Trump doubles down on Greenland ambitions after US intervention in Venezuela",
            "US President Donald Trump doubled down on Sunday on his claim that Greenland should become part of "
            'the United States, despite calls by Denmark\'s prime minister to stop "threatening" the territory.\n'
            "Washington's military intervention in Venezuela has reignited fears for Greenland, which Trump has "
            "repeatedly said he wants to annex, given its strategic location in the Arctic.",
        ),
    ],
)
def test_a_place_in_the_headlines_background_clause_is_no_locus(
    settings: config.Settings, title: str, text: str
) -> None:
    assert theatres_of(settings, title, text)[0] == "Europe"


@pytest.mark.parametrize(
    ("title", "word", "expected"),
    [
        ("Gunmen kill 30 villagers in northern Nigeria", "Nigeria", True),
        ("Lithuanian premier arrives in Korea for talks", "Korea", True),
        ("Maduro's lawyer in US court", "US", False),
        ("Japan to visit China as ties thaw", "China", True),
        ("Russia says Ukraine attacked a depot", "Ukraine", False),
        ("Estonian premier in Japan Monday for talks", "Japan", True),
        # a compound or a name after the country: it names a kind of thing, not the place
        ("Europe seeks a seat in U.S.-led talks on Ukraine", "U.S.", False),
        ("Spain not involved in US Cuba raid, minister says", "US", False),
        # a background clause: the headline's event is before it
        ("Kenyan general pleads guilty as he faces charges in the US", "US", False),
        ("Denmark recalls envoy after Chinese drills in Taiwan", "Taiwan", False),
    ],
)
def test_locus_words(title: str, word: str, expected: bool) -> None:
    start = title.index(word)
    assert locus(title, start, start + len(word)) is expected


def test_place_puts_the_locus_first_even_when_it_is_the_fallback(settings: config.Settings) -> None:
    cfg = load_theatres(settings.analysis.theatres_file)
    assert place({"Europe": 10.5, "Elsewhere": 11.5}, cfg) == ("Europe",)
    assert place({"Europe": 10.5, "Elsewhere": 11.5}, cfg, "Elsewhere") == ("Elsewhere", "Europe")
    assert place({"Caribbean": 14.4, "Europe": 4.5}, cfg, "Europe") == ("Europe", "Caribbean")


def test_a_story_placed_in_the_fallback_first_stays_there(settings: config.Settings) -> None:
    # six outlets' items on the strike in Syria, each "Elsewhere, Europe": the story is Elsewhere, then Europe; an
    # item placed in the fallback alone still gives way to a named theatre any item is in
    cfg = load_theatres(settings.analysis.theatres_file)
    strike = [(("Elsewhere", "Europe"), {"Elsewhere": 9.0, "Europe": 7.5})] * 5 + [
        (("Europe",), {"Europe": 6.0})
    ]
    assert combine(strike, cfg) == ("Elsewhere", "Europe")
    assert combine([(("Elsewhere",), {}), (("Elsewhere",), {}), (("Caribbean",), {})], cfg) == ("Caribbean",)


def test_the_us_capital_written_dc_is_washington(settings: config.Settings) -> None:
    # (fiftieth session: "en route back to Washington, D.C., from Florida" gave the story an actor "D.C")
    out, _ = analyse(
        [
            make_item(
                "Trump returns from Florida",
                "Trump spoke aboard Air Force One en route back to Washington, D.C., from Florida. D.C. police "
                "closed the roads near the White House.",
                "en",
            )
        ],
        settings,
    )
    names = {a.name for a in out[0].actors}
    assert "Washington" in names
    assert not any(n.startswith("D.C") for n in names)
