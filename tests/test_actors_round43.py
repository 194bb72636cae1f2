"""Actors found without the watch list: the repairs that followed the forty-third labelling round (a body named in a
person's title, a body's acronym ending a list of states, a name the feed cut, a residential complex named like a
body), each on a short text written for it. The model's spans are given by a fake finder (no model is loaded); the
phrase index (gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_a_body_in_a_title_the_model_joined_to_its_holder_is_an_organisation(res: analyse.Resources) -> None:
    # "Secretary of the National Security and Defense Council of Ukraine Rustem Umerov said" (round 43: one span of
    # the model's, an organisation; the person was found, the council not)
    text = (
        "Chairman of the Supreme Audit and Control Council of Moldova Vasile Tarlev told reporters on Friday."
    )
    names = {"the Supreme Audit and Control Council of Moldova Vasile Tarlev": "ORG"}
    assert actors_of(res, text, names) == ["Supreme Audit and Control Council of Moldova", "Vasile Tarlev"]


def test_a_body_in_a_title_before_a_person_is_an_organisation(res: analyse.Resources) -> None:
    # "Chief of the General Staff Valery Gerasimov said" (round 43: the model's person only)
    text = "Head of the Presidential Office Andriy Yermak met the delegation in Geneva."
    names = {"Andriy Yermak": "PERSON", "Geneva": "GPE"}
    assert actors_of(res, text, names) == ["Andriy Yermak", "Presidential Office"]
    # one English word after the office is an office, no body; without "the" the office is a portfolio
    text = "Leader of the Opposition Kemi Badenoch spoke in the debate."
    assert actors_of(res, text, {"Kemi Badenoch": "PERSON"}) == ["Kemi Badenoch"]
    text = "Secretary of State Marco Rubio spoke in the debate."
    assert actors_of(res, text, {"Marco Rubio": "PERSON"}) == ["Marco Rubio"]


def test_a_bodys_acronym_ending_a_list_of_states_is_no_place(res: analyse.Resources) -> None:
    # "after talks with other European leaders, Canada and NATO." (round 43: NATO read as a place of the list)
    text = "The minister spoke after talks with Nordic leaders, Canada and OSCE on Tuesday."
    names = {"Nordic": "NORP", "Canada": "GPE", "OSCE": "ORG"}
    assert actors_of(res, text, names) == ["OSCE"]
    # a place's name the model calls an organisation, listed among places, stays a place
    text = "Shelling hit Kharkiv, Sumy and Nimeiriya overnight."
    names = {"Kharkiv": "GPE", "Sumy": "GPE", "Nimeiriya": "ORG"}
    assert actors_of(res, text, names) == []


def test_a_name_the_feed_cut_is_no_name(res: analyse.Resources) -> None:
    # "Speaking to reporters aboard Air Force O" (round 43: the feed's cut inside "Air Force One", a unit to the model)
    text = "The president flew to Florida on Sunday.\nSpeaking to journalists aboard Marine Corps O"
    assert actors_of(res, text, {"Florida": "GPE", "Marine Corps": "ORG"}) == []
    # a whole sentence keeps its body
    text = "The president flew to Florida on Sunday.\nHe thanked the Marine Corps."
    assert actors_of(res, text, {"Florida": "GPE", "Marine Corps": "ORG"}) == ["Marine Corps"]


def test_a_residential_complex_is_a_place(res: analyse.Resources) -> None:
    # "a massive fire broke out in the Wang Fuk Court residential complex" (round 43: found as a body by its "Court")
    text = "A fire broke out in the Lok Man House housing estate in Kowloon, killing three."
    assert actors_of(res, text, {"Kowloon": "GPE"}) == []
    text = "A fire broke out in the Tai Hing Court residential complex in Kowloon, killing three."
    assert actors_of(res, text, {"Kowloon": "GPE", "Tai Hing Court": "ORG"}) == []
    # a court that rules is a body
    text = "The Tai Hing Court ruled on Monday that the sale was void."
    assert actors_of(res, text, {"Tai Hing Court": "ORG"}) == ["Tai Hing Court"]
