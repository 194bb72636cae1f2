"""Actors found without the watch list: the repairs that followed the sixteenth and seventeenth labelling rounds
(Title Case headlines, a network's short name), each on a short text written for it. The model's spans are given by
a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre keywords) and the word-frequency
lists are the real ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from benchmarks.quality_claims import settings_for
from briefing import analyse
from briefing.models import Item
from tests.test_actors_repairs import ACTOR_KINDS, FakeFinder


@pytest.fixture(scope="module")
def res(tmp_path_factory: pytest.TempPathFactory) -> analyse.Resources:
    return analyse.resources(settings_for(Path(tmp_path_factory.mktemp("actors17")), ""))


def _actors(res: analyse.Resources, title: str, text: str, names: dict[str, str]) -> dict[str, str]:
    """name -> kind of the actors of one item, watch list empty, the model's spans being `names`."""
    it = Item(
        id="a1", source="t", title=title, url="", published=datetime(2026, 1, 5, tzinfo=UTC), summary=text
    )
    return {a.name: a.kind for a in analyse.analyse_items([it], res, FakeFinder(names))[0].actors}


def _named(found: dict[str, str]) -> list[str]:
    return sorted(n.lower() for n, k in found.items() if k in ACTOR_KINDS)


def test_a_networks_short_name_is_an_outlet(res: analyse.Resources) -> None:
    text = "The host was dropped by NBC last year, and CBS ended his show in May."
    found = _actors(res, "Report", text, {"NBC": "ORG", "CBS": "ORG"})
    assert _named(found) == [] and "outlet" in found.values()


def test_a_section_bar_is_no_byline(res: analyse.Resources) -> None:
    # a section's name and a bar before a Title Case headline: its subject is not an author after a headline's
    # bar, and the headline's verb is no part of a name
    found = _actors(
        res,
        "Opinion | Merkel Says Sayonara to Old Allies",
        "Why is she turning her back on the partners of three decades?",
        {"Merkel": "ORG", "Sayonara": "PERSON"},
    )
    assert "merkel" in _named(found) and not any(" says" in n for n in _named(found))
    # an author after the headline's bar still takes the given name the model left out
    found = _actors(res, "Floods are the new normal | Emily Boyle", "", {"Boyle": "PERSON"})
    assert _named(found) == ["emily boyle"]


def test_a_name_joined_by_and_to_a_person_is_a_person(res: analyse.Resources) -> None:
    # the model tags only the second of two surnames in a headline; the first, no place or body the index
    # knows and no English word, is the second person
    found = _actors(
        res,
        "Macron and Scholz to Hold Talks After Brussels Summit",
        "The two leaders will meet on Friday.",
        {"Scholz": "PERSON", "Brussels": "GPE"},
    )
    assert _named(found) == ["macron", "scholz"]
    # a state or a common word before "and" stays what it is
    found = _actors(
        res,
        "Report",
        "Ukraine and Putin traded blame. Sources and Putin aides disagreed.",
        {"Putin": "PERSON"},
    )
    assert _named(found) == ["putin"]


def test_a_title_case_headlines_common_noun_after_the_is_no_body(res: analyse.Resources) -> None:
    # "the Dice" of an idiom, capitalised only because every headline word is, and the body never names it
    found = _actors(
        res,
        "Merkel Rolls the Dice on a Snap Election in Germany",
        "The chancellor bets that voters will back her coalition.",
        {"Merkel": "PERSON", "Dice": "ORG", "Germany": "GPE"},
    )
    assert _named(found) == ["merkel"]
    # a body the body names as well stays
    found = _actors(
        res,
        "Merkel Visits the Bundesbank in Frankfurt",
        "The chancellor met officials of the Bundesbank on Friday.",
        {"Merkel": "PERSON", "Bundesbank": "ORG", "Frankfurt": "GPE"},
    )
    assert _named(found) == ["bundesbank", "merkel"]


def test_a_tunnel_is_a_place(res: analyse.Resources) -> None:
    text = "Trains through the Gotthard Tunnel were halted, the operator SBB said."
    found = _actors(res, "Report", text, {"Gotthard Tunnel": "ORG", "SBB": "ORG"})
    assert _named(found) == ["sbb"]
