"""Actors found without the watch list: the repairs that followed the twenty-fourth labelling round (a quotation
in a Title Case headline read in sentence case, a state's embassy, a name before a capitalised "Regime", two names
hyphenated before a meeting, an award's committee), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import model_headline
from tests.test_actors_repairs import kinds_of
from tests.test_actors_repairs import lower_actors_of as _named


def test_a_quotation_in_a_title_case_headline_is_read_in_sentence_case(res: analyse.Resources) -> None:
    # the model read "'Protectionist Practices'" kept capitalised as a person: the quote hid its words
    title = "Naval Drills Send 'Severe Warning' Before Arms Sales to Allies"
    assert (
        model_headline(title, res.index) == "Naval drills send 'severe warning' before arms sales to allies"
    )
    # a name inside the quotation stays, and so does an apostrophe inside a name
    title2 = "Rivals Call Plan 'Okafor Gamble' as O'Brien Signs Accord"
    assert model_headline(title2, res.index) == "Rivals call plan 'Okafor Gamble' as O'Brien signs accord"


def test_a_states_embassy_or_consulate_is_generic(res: analyse.Resources) -> None:
    text = (
        "Both the Russian Embassy in Caracas and the U.S. Consulate urged citizens to leave, Ando Kresh said."
    )
    names = {"the Russian Embassy": "ORG", "the U.S. Consulate": "ORG", "Ando Kresh": "PERSON"}
    assert _named(res, text, names) == ["ando kresh"]
    # the model's span without the state's adjective before it ("the last Russian" + "Consulate General")
    text = "Poland closed the last Russian Consulate General in Gdansk this week."
    assert _named(res, text, {"Russian": "NORP", "Consulate General": "ORG"}) == []
    # a body named otherwise that ends on the same word stays a body
    text = "The charity Velmara Embassy opened a shelter in the city."
    assert _named(res, text, {"Velmara Embassy": "ORG"}) == ["velmara embassy"]


def test_a_name_before_a_capitalised_regime_is_a_person(res: analyse.Resources) -> None:
    title = "Navy Seizes Tanker in Escalation of Pressure on Okafor Regime"
    found = kinds_of(res, title, "The move comes amid heightened tension in the region.", {})
    assert found.get("Okafor") == "person"
    # an English word or an adjective before it is no one ("Military Regime", "Transitional Government")
    title = "Pressure Grows on Military Regime as Transitional Government Stalls"
    found = kinds_of(res, title, "The move comes amid heightened tension in the region.", {})
    assert [k for k in found.values() if k == "person"] == []


def test_two_names_hyphenated_before_a_meeting_are_the_two_who_meet(res: analyse.Resources) -> None:
    title = "Who Was in the Room for Okafor-Kresh Meeting"
    found = kinds_of(res, title, "The leaders were each flanked by senior advisers.", {})
    assert found.get("Okafor") == "person" and found.get("Kresh") == "person"
    # states the index knows are no people ("US-China talks"), nor English words ("Cross-Border talks")
    text = "The US-China talks and the Cross-Border talks resumed on Monday."
    assert [n for n, k in kinds_of(res, "Report", text, {}).items() if k == "person"] == []


def test_an_awards_committee_is_the_body_that_gives_it(res: analyse.Resources) -> None:
    text = "Velmor Peace Prize committee condemns the arrest of laureate Ando Kresh"
    names = {"Velmor Peace Prize": "WORK_OF_ART", "Ando Kresh": "PERSON"}
    assert _named(res, text, names) == ["ando kresh", "velmor peace prize committee"]
    # the prize alone is no body
    text = "Ando Kresh won the Velmor Peace Prize in 2023."
    assert _named(res, text, names) == ["ando kresh"]
