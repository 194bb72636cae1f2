"""Actors found without the watch list: the repairs that followed the twenty-eighth labelling round, pooled with
round 27's errors (a town after "hometown of" or "resort of", an acronym before its officers or allies, a warship
named before its class, a force after "outside", a state's adjective its short form spells), each on a short text
written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import kinds_of

_TITLE = "Report"


def _actors(found: dict[str, str]) -> list[str]:
    return sorted(name for name, kind in found.items() if kind in ("person", "organisation", "unit"))


def test_a_town_after_hometown_or_resort_of_is_a_place(res: analyse.Resources) -> None:
    # "buried in her hometown of Saint-Tropez": the model called the town a body
    text = "The singer will be buried in her hometown of Velmont on Friday."
    found = kinds_of(res, _TITLE, text, {"Velmont": "ORG"})
    assert _actors(found) == [] and found["Velmont"] == "place"
    text = "Skiers returned to the Alpine resort of Kravenna after the fire."
    found = kinds_of(res, _TITLE, text, {"Kravenna": "ORG"})
    assert _actors(found) == [] and found["Kravenna"] == "place"
    # "the last resort of" is no place's noun: the body after it stays
    text = "Loans became the last resort of Kravenna, the lender said."
    assert _actors(kinds_of(res, _TITLE, text, {"Kravenna": "ORG"})) == ["Kravenna"]


def test_an_acronym_before_its_officers_or_allies_is_a_body(res: analyse.Resources) -> None:
    # "ICE officer kills a woman", "its CSTO allies": the model tagged neither acronym
    title = "KBP officers detain two men at the border"
    assert _actors(kinds_of(res, title, "The men were released on Monday.", {})) == ["KBP"]
    text = "The republic asked its ODKB allies for help, a spokesman said."
    assert _actors(kinds_of(res, _TITLE, text, {})) == ["ODKB"]
    # a common acronym before the same nouns stays none ("AI agents")
    assert _actors(kinds_of(res, "AI agents take over the help desk", "Banks are testing them.", {})) == []


def test_a_warship_named_before_its_class_is_no_actor(res: analyse.Resources) -> None:
    # "the nuclear-powered Charles de Gaulle aircraft carrier": the model called the ship a body
    text = (
        "The navy will retire the ageing Marcel Dupuy aircraft carrier and the Anton Velik frigate by 2030."
    )
    found = kinds_of(res, _TITLE, text, {"Marcel Dupuy": "ORG", "Anton Velik": "PERSON"})
    assert _actors(found) == []
    # a person named before another noun stays a person
    text = "Marcel Dupuy, a retired admiral, said the carrier was too old."
    assert _actors(kinds_of(res, _TITLE, text, {"Marcel Dupuy": "PERSON"})) == ["Marcel Dupuy"]


def test_a_force_after_outside_is_the_force_not_a_building(res: analyse.Resources) -> None:
    # "the only nuclear-powered carrier outside the US Navy": the force was read as a venue and lost
    text = "It is the only such carrier outside the US Navy, officials said."
    assert _actors(kinds_of(res, _TITLE, text, {"the US Navy": "ORG"})) == ["US Navy"]
    # a building after "outside" stays a place
    text = "Protesters gathered outside the Velmar Palace on Sunday."
    assert _actors(kinds_of(res, _TITLE, text, {"the Velmar Palace": "ORG"})) == []


def test_a_states_adjective_its_short_form_spells_is_part_of_the_name(res: analyse.Resources) -> None:
    # "The Philippines Coast Guard said ..." and "the Philippine Coast Guard (PCG) said": one body, under the name
    # its short form spells; without the short form the adjective is the state's ("the Mexican Navy" -> "Navy")
    text = (
        "The Philippines Coast Guard said it sent a plane. No reply came, the Philippine Coast Guard (PCG) said "
        "in a statement."
    )
    names = {"The Philippines Coast Guard": "ORG", "the Philippine Coast Guard": "ORG", "PCG": "ORG"}
    assert _actors(kinds_of(res, _TITLE, text, names)) == ["Philippine Coast Guard"]
    text = "No reply came, the Philippine Coast Guard said in a statement."
    assert _actors(kinds_of(res, _TITLE, text, {"the Philippine Coast Guard": "ORG"})) == ["Coast Guard"]


def test_a_peoples_adjective_made_from_a_name_the_item_writes_is_no_actor(res: analyse.Resources) -> None:
    # "While Tigrayan rebels welcomed the announcement" beside "Ethiopia's Tigray region": the model called the
    # adjective a body
    text = "Fighting spread across the Velkar region. Velkaran rebels said they had taken the airport."
    assert _actors(kinds_of(res, _TITLE, text, {"Velkaran": "ORG"})) == []
    # the same word with no name it is made from in the item stays a body
    text = "Velkaran said it had taken the airport, a statement from the group said."
    assert _actors(kinds_of(res, _TITLE, text, {"Velkaran": "ORG"})) == ["Velkaran"]


def test_an_institutions_name_runs_over_a_pair_of_states_and_words_joined_by_and(
    res: analyse.Resources,
) -> None:
    # "the creation of the US-Uzbekistan Business and Investment Council": "Investment Council" was found
    text = "The leaders welcomed the creation of the Kenya-Uganda Business and Investment Council on Monday."
    found = kinds_of(res, _TITLE, text, {"Kenya": "GPE", "Uganda": "GPE"})
    assert _actors(found) == ["Kenya-Uganda Business and Investment Council"]
    # a place before "and" is no part of a body's name
    text = "Talks between Kenya and Investment Council members ended on Monday."
    assert "Kenya and Investment Council" not in kinds_of(res, _TITLE, text, {"Kenya": "GPE"})


def test_a_day_after_an_institutions_name_is_no_part_of_it(res: analyse.Resources) -> None:
    # "a letter sent by the Commission on Tuesday" gave "Commission on Tuesday"
    text = "Ministers welcomed a letter sent by the Velkar Commission on Tuesday proposing new quotas."
    assert _actors(kinds_of(res, _TITLE, text, {})) == ["Velkar Commission"]
    # a name's own tail stays ("Commission on Human Rights")
    text = "Ministers welcomed a letter sent by the Velkar Commission on Human Rights proposing new quotas."
    assert _actors(kinds_of(res, _TITLE, text, {})) == ["Velkar Commission on Human Rights"]


def test_a_company_in_apposition_after_its_noun_is_a_body_however_common_its_word(
    res: analyse.Resources,
) -> None:
    # "a plan to merge it with his own parcels company, Shift.": the model tagged nothing
    text = "He planned to merge the chain with his own delivery company, Pivot. The deal collapsed in March."
    assert _actors(kinds_of(res, _TITLE, text, {})) == ["Pivot"]
    # a place after the comma is where the company is, no name of it
    text = "He sold his shares in the trading firm, Geneva. The deal collapsed in March."
    assert _actors(kinds_of(res, _TITLE, text, {})) == []


def test_a_title_case_headlines_object_that_travels_is_a_name(res: analyse.Resources) -> None:
    # "Modi Taps India's Consumer Power in Trade Fight With Trump": the model called "Trump" a body and the
    # headline rule dropped it (a name as frequent as "Trump" or "Putin" passed no rarity test)
    title = "Farmers Brace for Long Trade Fight With Putin"
    found = kinds_of(res, title, "Exports of soybeans fell again in December.", {"Putin": "ORG"})
    assert "Putin" in _actors(found)
    # a capitalised English noun there stays none
    title = "Farmers Brace for Long Trade Fight With Rivals"
    found = kinds_of(res, title, "Exports of soybeans fell again in December.", {"Rivals": "ORG"})
    assert _actors(found) == []


def test_a_states_someone_the_model_placed_who_travels_is_a_person(res: analyse.Resources) -> None:
    # "Iran's Araqchi to visit Beirut after ...": the model called the foreign minister a place
    title = "Iran's Velaqchi to visit Beirut after talks stall"
    found = kinds_of(res, title, "", {"Iran": "GPE", "Velaqchi": "GPE", "Beirut": "GPE"})
    assert _actors(found) == ["Velaqchi"]
    # a state's village that is shelled stays a place
    title = "Ukraine's Velaqchi shelled overnight"
    found = kinds_of(res, title, "", {"Ukraine": "GPE", "Velaqchi": "GPE"})
    assert _actors(found) == []
