"""Actors found without the watch list: the repairs that followed the forty-seventh labelling round, pooled with the
first-sight errors left from rounds 44-46 (a ministry in lower case as a headline's source, a person placed by "in"
before what only a person has, an adjective and a place read as a body, a weapon listed beside designations, the
initials of a convention, a quoted figure of speech read as a person, a city's facility read as a person), each on a
short text written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_ministry_in_lower_case_as_a_headlines_source(res: analyse.Resources) -> None:
    # "Russia destroys 90 Ukrainian drones overnight, defence ministry says" (round 46: the model's lower-case span
    # dropped, the ministry rule wanted "the" or a possessive)
    title = "Estonia downs 12 drones overnight, interior ministry says"
    assert actors_of(res, "", {"interior ministry": "ORG"}, title=title) == ["interior ministry"]
    # with no state named, whose ministry is not said
    title = "Prices rose again in March, finance ministry says"
    assert actors_of(res, "", {"finance ministry": "ORG"}, title=title) == []


def test_a_person_after_in_before_what_only_a_person_has(res: analyse.Resources) -> None:
    # "... immunity for foreign leaders tested in Noriega trial" (round 46: "in" made the model's person a place)
    title = "Case will revive a legal debate over immunity tested in Velmarez trial"
    assert kinds_of(res, title, "", {"Velmarez": "PERSON"}) == {"Velmarez": "person"}
    # a place after "in" stays one
    title = "Crowds gathered in Velmarez on Monday after the storm"
    assert actors_of(res, "", {"Velmarez": "PERSON"}, title=title) == []


def test_an_english_adjective_before_a_known_place_is_no_body(res: analyse.Resources) -> None:
    # "Tiny Pacific nation of Palau to take migrants from US in return for aid" (round 46: "Tiny Pacific" a body)
    title = "Small Pacific nation of Nauru to host talks on fishing"
    text = "The island nation will host the talks in March."
    assert actors_of(res, text, {"Small Pacific": "ORG"}, title=title) == []
    # a first word as common in other languages may open a body's name ("Union Pacific")
    title = "Union Pacific railroad workers vote to strike"
    assert actors_of(res, text, {"Union Pacific": "ORG"}, title=title) == ["Union Pacific"]


def test_a_name_listed_beside_designations_is_a_product(res: analyse.Resources) -> None:
    # "Russia Turns Moscow Into 'Fortress' With S-400, S-500, Pantsir Air Defense" (round 46: "Pantsir" a body)
    title = "Army Rings Capital With S-300, Tor and Buk Air Defense"
    text = "The systems were moved in overnight."
    assert actors_of(res, text, {"Tor": "ORG", "Buk": "ORG"}, title=title) == []
    # a body in another list stays one
    text = "Orders went to Velmari and Okantek, officials said."
    assert actors_of(res, text, {"Velmari": "ORG", "Okantek": "ORG"}) == ["Okantek", "Velmari"]


def test_the_initials_of_a_convention_are_no_body(res: analyse.Resources) -> None:
    # "... wrapping up the Democratic National Convention ... DNC vibes & partisan fervor" (round 47: "DNC" a body)
    text = "Delegates cheered at the Liberal Unity Convention on Thursday.\nLUC vibes & partisan fervor"
    names = {"the Liberal Unity Convention": "ORG", "LUC": "ORG"}
    assert actors_of(res, text, names) == []
    # a committee's initials stay a body's
    text = "The Liberal Unity Committee (LUC) met on Thursday. The LUC said it would act."
    names = {"The Liberal Unity Committee": "ORG", "LUC": "ORG"}
    assert actors_of(res, text, names) == ["Liberal Unity Committee"]


def test_a_quoted_figure_of_speech_is_no_person(res: analyse.Resources) -> None:
    # "Russia's Medvedev claims 'Grim Reaper' coming for Zelensky in vile threat" (round 47: a person)
    title = "Minister says 'Iron Fist' coming for smugglers in new crackdown"
    assert actors_of(res, "", {"Iron Fist'": "PERSON"}, title=title) == []
    # a name written without the marks elsewhere stays a person
    title = "Fans chant 'Rose Hill' as she takes the stage"
    text = "Rose Hill sang for two hours."
    assert actors_of(res, text, {"Rose Hill": "PERSON"}, title=title) == ["Rose Hill"]


def test_a_citys_facility_after_its_possessive_is_no_person(res: analyse.Resources) -> None:
    # "... near Tehran's main Grand Bazaar" (round 47: the model's facility made a person by the rule for
    # "assaulting a teenage Virginia Giuffre")
    text = "Traders rallied near Tehran's main Velmar Bazaar on Monday."
    assert actors_of(res, text, {"Velmar Bazaar": "FAC"}) == []
    text = "Police said they were assaulting a teenage Velmar Okonjo on Monday."
    assert actors_of(res, text, {"Velmar Okonjo": "FAC"}) == ["Velmar Okonjo"]


def test_a_given_name_before_a_partner_beside_a_full_name(res: analyse.Resources) -> None:
    # "Diosdado Cabello and Vladimir Padrino command Venezuela's police" (round 46: no model span for the first,
    # the partner rule read "Cabello" alone)
    text = "Teodoro Velmari and Vladimir Padrino command the police and the army."
    assert actors_of(res, text, {"Vladimir Padrino": "PERSON"}) == ["Teodoro Velmari", "Vladimir Padrino"]
    # beside a surname alone only the word before "and" ("Trump and Putin"), and never a place's possessive
    text = "Teodoro Velmari and Padrino command the police."
    assert actors_of(res, text, {"Padrino": "PERSON"}) == ["Padrino", "Velmari"]
    text = "Lagos's Velmari and Vladimir Padrino command the police."
    assert actors_of(res, text, {"Vladimir Padrino": "PERSON"}) == ["Velmari", "Vladimir Padrino"]
