"""Theatres, third pass (tests/data/theatres/README.md, "Third pass"): a headline that names only the fallback's
places and people is the fallback's affairs, the named theatre its text names listed "also"; a place inside a
hyphenated name or a currency is no place."""

from __future__ import annotations

import pytest

from briefing import config
from briefing.analyse import analyse
from briefing.theatres import load_theatres, not_a_place, place
from tests.conftest import make_item

pytestmark = pytest.mark.model  # the real spaCy model, through the whole analysis


def theatres_of(settings: config.Settings, title: str, text: str) -> tuple[str, ...]:
    out, _ = analyse([make_item(title, text, "en")], settings)
    return out[0].theatres


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            # US politics pegged to the Maduro raid: the headline names the US's people and bodies only
            "How Trump bypassed Congress before the strikes",
            "Senior lawmakers were told nothing before the raid on Caracas. Senators said the White House kept "
            "Congress in the dark, and the Senate will vote on war powers next week. The president said the "
            "operation against Venezuela's Nicolás Maduro needed no vote; Democrats in Washington said the "
            "US constitution gives Congress the power to declare war.",
            ("Elsewhere", "Caribbean"),
        ),
        (
            # the real one (Guardian, 2026-01-02): a European firm in a US court over a US policy
            "Ørsted files legal challenge against US government over windfarm lease freeze",
            "Europe's biggest offshore wind developer seeking to overturn White House decision to suspend work on "
            "a $5bn wind farm project\nEurope's biggest offshore wind developer is taking the Trump administration "
            "to court over its decision to suspend work on a $5bn project on the north-east US coast.\nDenmark's "
            "Ørsted filed a legal challenge on Thursday against the White House's decision 10 days ago to suspend "
            "the lease for its Revolution Wind site as part of a sweeping move halting all construction of "
            "offshore wind.",
            ("Elsewhere", "Europe"),
        ),
    ],
)
def test_a_headline_that_names_only_the_fallback_is_the_fallbacks_affairs(
    settings: config.Settings, title: str, text: str, expected: tuple[str, ...]
) -> None:
    assert theatres_of(settings, title, text) == expected


def test_a_stray_name_in_the_text_is_no_also(settings: config.Settings) -> None:
    # the real one (TASS/SCMP from Reuters, 2026-01-01): where the rights group is based neither places the item
    # (it was in Europe) nor follows the fallback
    title = "Iran executions hit 35-year high with 1,500 killed in 2025, rights group says"
    text = (
        "Iran executed at least 1,500 people last year, the Norway-based Iran Human Rights group said on Thursday, "
        'in what it called an "unprecedented" hike in the use of capital punishment.\n"It is very alarming," the '
        "group's director, Mahmood Amiry-Moghaddam, said of the provisional toll.\n\"It is unprecedented in the "
        'last 35 years. As long as Iran Human Rights has existed, we have never had such numbers."\nIn 2024, Iran '
        "executed at least 975 people, according to IHR and the French group Together Against..."
    )
    assert theatres_of(settings, title, text) == ("Elsewhere",)


def test_a_named_theatre_in_the_headline_keeps_its_place(settings: config.Settings) -> None:
    cfg = load_theatres(settings.analysis.theatres_file)
    scores = {"Elsewhere": 5.7, "Caribbean": 3.6}
    assert place(scores, cfg) == ("Caribbean",)
    assert place(scores, cfg, headline=frozenset({"Elsewhere", "Caribbean"})) == ("Caribbean",)
    assert place(scores, cfg, headline=frozenset({"Elsewhere"})) == ("Elsewhere", "Caribbean")
    # the named theatre outscores the fallback: it stays first
    assert place({"Elsewhere": 3.0, "Europe": 4.5}, cfg, headline=frozenset({"Elsewhere"})) == ("Europe",)
    # a third of the fallback's score is too little to follow it
    assert place({"Elsewhere": 9.0, "Europe": 3.0}, cfg, headline=frozenset({"Elsewhere"})) == ("Elsewhere",)


def test_the_tail_of_a_hyphenated_name_is_no_place(settings: config.Settings) -> None:
    # the real one (TASS/SCMP from Reuters, 2026-01-02): Crans-Montana's "Montana" was the US state, and the item,
    # whose text says only "a Swiss ski resort", sat in the fallback
    title = "Champagne sparklers likely cause of fatal Crans-Montana bar fire that killed 40"
    text = (
        "Investigators said on Friday that they believe sparkling candles atop champagne bottles ignited the fatal "
        "fire at a Swiss ski resort when they came too close to the ceiling of a bar crowded with New Year's Eve "
        "revellers.\nAuthorities planned to look into whether the material on the ceiling that was designed to "
        "muffle sound conformed with regulations."
    )
    assert theatres_of(settings, title, text) == ("Europe",)


def test_a_currencys_country_is_no_place(settings: config.Settings) -> None:
    # the real one (TASS/SCMP, 2026-01-02): the sum in US dollars made the US a place in the headline, which
    # alone would make the item the US's affairs
    title = "Elysee Palace silver steward arrested for stealing silverware worth up to US$47,000"
    text = (
        "Three men will stand trial next year after a silver steward employed at the official residence of the "
        "French president was arrested this week for the theft of items of silverware and table service worth "
        "thousands of euros, the Paris prosecutor's office said.\nThe Elysee Palace's head steward reported the "
        "disappearance, with the estimated loss ranging between €15,000 and €40,000 (US$17,500-US$47,000)."
    )
    assert theatres_of(settings, title, text) == ("Europe",)


@pytest.mark.parametrize(
    ("text", "word", "kind", "after_place", "expected"),
    [
        ("fire in Crans-Montana bar", "Montana", "place", False, True),
        ("Moscow-Kyiv talks", "Kyiv", "place", True, False),  # a pair of places keeps both
        ("the US-Venezuela talks", "Venezuela", "state", True, False),
        ("ranchers in Montana", "Montana", "place", False, False),
        ("worth US$47,000", "US", "state", False, True),
        ("worth HK$10 million", "HK", "state", False, True),
        ("the US said", "US", "state", False, False),
    ],
)
def test_not_a_place(text: str, word: str, kind: str, after_place: bool, expected: bool) -> None:
    start = text.index(word)
    assert not_a_place(text, start, start + len(word), kind, after_place) is expected
