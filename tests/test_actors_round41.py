"""Actors found without the watch list: the repairs that followed the fortieth labelling round (a brand before
its product's noun, a site named without a place's noun, stations in a list, a state's abbreviation before an
office, a border patrol read as its state, an acronym after a body's noun), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_a_brand_before_its_products_noun_is_no_body(res: analyse.Resources) -> None:
    # "Rock star recovers treasured Gretsch guitar stolen 45 years ago" (round 40, the model's ORG)
    text = "The singer finally found the rare Gretsch guitar he had lost in Toronto."
    assert actors_of(res, text, {"Gretsch": "ORG"}) == []
    text = "She plays a vintage Steinway piano on the record."
    assert actors_of(res, text, {"Steinway": "ORG"}) == []
    # the maker that acts stays a body
    text = "Gretsch said its guitars would cost more next year."
    assert actors_of(res, text, {"Gretsch": "ORG"}) == ["Gretsch"]


def test_a_site_before_its_access_routes_is_a_place(res: analyse.Resources) -> None:
    # "Israel says it struck Tehran's Evin prison and Fordo access routes" (round 40, the model's ORG)
    text = "The army said it struck Fordo access routes on Monday."
    assert actors_of(res, text, {"Fordo": "ORG"}) == []
    text = "Drones hit Natanz entrances and tunnels overnight."
    assert actors_of(res, text, {"Natanz": "ORG"}) == []


def test_stations_in_a_list_are_places(res: analyse.Resources) -> None:
    # "at the République, Arts-et-Métiers and Opéra stations" (round 40: "Opéra" the model's ORG)
    text = "The suspect stabbed three women at the République, Arts-et-Métiers and Opéra stations on Friday."
    assert actors_of(res, text, {"République": "PRODUCT", "Opéra": "ORG"}) == []
    text = "Trains stopped at Bastille and Nation stations."
    assert actors_of(res, text, {"Nation": "ORG"}) == []


def test_a_states_abbreviation_before_an_office_is_a_place(res: analyse.Resources) -> None:
    # "The NSW premier's outrageous rhetoric on peaceful protests sows division" (round 40, the model's ORG)
    title = "The NSW premier's outrageous rhetoric on peaceful protests sows division"
    assert actors_of(res, "The premier spoke.", {"NSW": "ORG"}, title=title) == []
    text = "The WA treasurer said the budget was balanced."
    assert actors_of(res, text, {"WA": "ORG"}) == []
    # a body's acronym before an office stays a body
    text = "The NATO secretary general said the allies agreed."
    assert actors_of(res, text, {"NATO": "ORG"}) == ["NATO"]


def test_a_states_border_patrol_is_one_body(res: analyse.Resources) -> None:
    # "awaiting processing by the United States Border Patrol" (round 40: read as the state)
    text = "Thousands are awaiting processing by the United States Border Patrol."
    assert actors_of(res, text, {"the United States Border Patrol": "ORG"}) == ["United States Border Patrol"]


def test_an_acronym_after_a_bodys_noun_is_that_body(res: analyse.Resources) -> None:
    # "were picked up by the country's intelligence service SEBIN on Saturday" (round 40, not given)
    text = "They were picked up by the country's intelligence service SEBIN on Saturday."
    assert actors_of(res, text, {}) == ["SEBIN"]
    text = "He was held by the country's intelligence service, SEBIN, for a week."
    assert actors_of(res, text, {}) == ["SEBIN"]
    # a unit or a time after the noun is none
    text = "The intelligence service said at 10 AM GMT that he was held."
    assert actors_of(res, text, {}) == []


def test_a_towns_city_club_in_a_football_report_is_a_body(res: analyse.Resources) -> None:
    # "an inspired Rayan Cherki was both goalscorer and provider as Manchester City saw off Nottingham Forest"
    # (round 39, the model's GPE)
    text = "In the Premier League's festive fixtures, Rayan Cherki scored as Manchester City saw off Nottingham Forest."
    names = {"Rayan Cherki": "PERSON", "Manchester City": "GPE", "Nottingham Forest": "ORG"}
    assert actors_of(res, text, names) == ["Manchester City", "Nottingham Forest", "Rayan Cherki"]
    # a city so named stays a place outside football
    text = "Israeli troops advanced on Gaza City on Monday, the army said."
    assert actors_of(res, text, {"Gaza City": "GPE"}) == []
