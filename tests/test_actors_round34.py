"""Actors found without the watch list: the repairs that followed the thirty-fourth labelling round, pooled with
the first-sight errors of the rounds before it (a place named after its kind's noun and "of", or before a
commune's noun, read as a person or a body), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import RUN_NAME_ITEMS, names_of_the_run
from briefing.models import Actor
from briefing.phrases import PhraseIndex
from tests.test_actors_repairs import actors_of


def test_a_place_after_its_kind_and_of_is_no_actor(res: analyse.Resources) -> None:
    # "off the Greek island of Samos", "in the Petalides area of Samos" (round 34), "her hometown of Saint-Tropez"
    # (round 28): the noun says what kind of place the name is, wherever the item names it
    title = "Boat sinks off Greek island of Velmaro"
    text = "Migrants landed in the Kastri area of Velmaro on Monday. Velmaro has seen many landings."
    assert actors_of(res, text, {"Velmaro": "PERSON", "Kastri": "PERSON"}, title) == []
    text = "The storm hit the island of Velmaro on Sunday, officials said."
    assert actors_of(res, text, {"Velmaro": "ORG"}) == []
    text = "Drones struck the region of Velmaro overnight, the governor said."
    assert actors_of(res, text, {"Velmaro": "PERSON"}) == []
    # someone named after "of" that follows no place noun stays a person
    text = "The support of Velmaro mattered, the minister said."
    assert actors_of(res, text, {"Velmaro": "PERSON"}) == ["Velmaro"]


def test_a_name_before_a_commune_is_a_place(res: analyse.Resources) -> None:
    # "Hoang Anh Tuan, chairman of Phinh Ho commune, told VNA" (round 34): a commune as "district", "township"
    text = "Kim Van Lo, chairman of Phinh Ho commune, said the bus had flipped."
    assert actors_of(res, text, {"Kim Van Lo": "PERSON", "Phinh Ho": "PERSON"}) == ["Kim Van Lo"]


def test_a_name_the_item_places_is_a_place_wherever_it_is_named(res: analyse.Resources) -> None:
    # "the capital of Hadramawt province" and "a camp in Hadramawt"; "the township of Bekkersdal"; "the village of
    # La Bañeza" (round 34's "Greek island of Samos" in the title and the text): the item says what the name is
    text = "Forces moved on Velmara province on Friday. A strike on a camp in Velmara left 20 dead."
    assert actors_of(res, text, {"Velmara": "ORG"}) == []
    text = "The shooting happened in the township of Kastrodal. Kastrodal residents said police came late."
    assert actors_of(res, text, {"Kastrodal": "PERSON"}) == []
    text = "When the village of La Velmeza was flooded, La Velmeza lost its bridge."
    assert actors_of(res, text, {"La Velmeza": "ORG"}) == []
    # an acronym before "region" stays a body ("the EU region"), and so does a name with an institution's word
    text = "Trade in the KRB region grew. The KRB said it would act."
    assert actors_of(res, text, {"KRB": "ORG"}) == ["KRB"]
    # nor is the name's last word after its article someone speaking ("Mayor of La Bañeza says ...")
    title = "Mayor of La Velmeza says the lottery win fell from the heavens"
    text = "When the village of La Velmeza was flooded, residents fled."
    assert actors_of(res, text, {"La Velmeza": "ORG"}, title) == []


def test_a_given_name_joined_to_a_full_name_shares_its_family_name(res: analyse.Resources) -> None:
    # "Naveed and Sajid Akram" (round 17), "Sajid and Naveed Akram" (round 21): two people, each under the full name
    text = "The two men accused of the attack, Tariq and Jamil Velmani, were named by police."
    names = {"Tariq": "PERSON", "Jamil Velmani": "PERSON"}
    assert actors_of(res, text, names) == ["Jamil Velmani", "Tariq Velmani"]
    # a surname the item gives someone else ("Steve Witkoff and Jared Kushner") stays that person's
    text = "Envoy Karl Brantov met them. Brantov and Jamil Velmani left on Monday."
    names = {"Karl Brantov": "PERSON", "Brantov": "PERSON", "Jamil Velmani": "PERSON"}
    assert actors_of(res, text, names) == ["Jamil Velmani", "Karl Brantov"]
    # a place's name before a place of two words is no given name ("the districts of Novobat and Tehran Pars")
    text = "Protests were reported in the districts of Kastrovo and Tehran Velmani on Monday."
    names = {"Kastrovo": "PERSON", "Tehran Velmani": "PERSON"}
    assert "Kastrovo Velmani" not in actors_of(res, text, names)


def test_a_surname_the_run_knows_is_not_the_places_name_the_item_gives() -> None:
    # "Bondi gunmen acted alone" and "Sydney's Bondi Beach": the beach, not Attorney General Pam Bondi, whom the
    # run knows (the corpus; "victims of Bondi attack" in round 26)
    okonjo = (Actor("Amar Okonjo", "person"),)
    texts = [f"Amar Okonjo spoke in Lagos, report {i}." for i in range(RUN_NAME_ITEMS)]
    texts.append("Okonjo gunmen acted alone\nThe attack on Lagos's Okonjo Beach shocked the city.")
    texts.append("Okonjo beach's light endures\nCrowds went down to Okonjo again.")
    found = names_of_the_run(texts, [okonjo] * RUN_NAME_ITEMS + [(), ()], PhraseIndex())
    assert [[a.name for a in acts] for acts in found[-2:]] == [[], []]


def test_a_natural_features_short_name_is_that_place(res: analyse.Resources) -> None:
    # "Bondi gunmen acted alone" beside "Sydney's Bondi Beach" (the corpus), "victims of Bondi attack" (round 26)
    title = "Velmori gunmen acted alone, police say"
    text = "The attack on a celebration at Sydney's Velmori Beach killed 15 people."
    assert actors_of(res, text, {"Velmori": "ORG", "Velmori Beach": "LOC"}, title) == []
    # someone of that name the item gives in full stays a person ("Attorney General Pam Bondi")
    text = "Crowds filled Velmori Beach. Attorney General Anna Velmori said Velmori would speak."
    names = {"Velmori Beach": "LOC", "Anna Velmori": "PERSON", "Velmori": "PERSON"}
    assert actors_of(res, text, names) == ["Anna Velmori"]
