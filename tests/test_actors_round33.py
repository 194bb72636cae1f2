"""Actors found without the watch list: the repairs that followed the lead's thirty-third labelling round (a
short given name beside the full one, a plural possessive's apostrophe inside the model's span of a place), each on
a short text written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_short_given_name_is_the_full_name_of_the_item(res: analyse.Resources) -> None:
    # round 33: "billionaire Leslie Wexner" in the headline, "billionaire benefactor Les Wexner" in a quote
    title = "Panel to subpoena Leslie Wexner over his ties"
    text = '"We secured key subpoenas for Les Wexner," Congressman Robert Garcia said.'
    names = {"Leslie Wexner": "PERSON", "Les Wexner": "PERSON", "Robert Garcia": "PERSON"}
    assert actors_of(res, text, names, title) == ["Leslie Wexner", "Robert Garcia"]
    # the short form first, the full name after it: the same person
    title = "Alex Stubb meets the panel"
    text = "Finland's president Alexander Stubb said the talks went well."
    assert actors_of(res, text, {"Alex Stubb": "PERSON", "Alexander Stubb": "PERSON"}, title) == [
        "Alexander Stubb"
    ]
    # two given names that only share their first letters are two people
    title = "Ann Berg and Annika Berg lead the list"
    text = "The sisters Ann Berg and Annika Berg were elected."
    names = {"Ann Berg": "PERSON", "Annika Berg": "PERSON"}
    assert actors_of(res, text, names, title) == ["Ann Berg", "Annika Berg"]


def test_a_plural_possessive_apostrophe_leaves_the_place_a_place(res: analyse.Resources) -> None:
    # round 33: "Burkina Faso' junta claims to have foiled ..." (the model: PERSON "Burkina Faso'")
    title = "Burkina Faso' junta claims to have foiled another plot"
    kinds = kinds_of(
        res, title, "The junta said on Monday the plot had been foiled.", {"Burkina Faso'": "PERSON"}
    )
    assert kinds.get("Burkina Faso") == "state"
    assert (
        actors_of(res, "The junta said the plot had been foiled.", {"Burkina Faso'": "PERSON"}, title) == []
    )


def test_a_flight_is_its_airline(res: analyse.Resources) -> None:
    # Reuters' "Jeju Air (089590.KS) , opens new tab Flight 2216" reads "Jeju Air Flight 2216" once the link note
    # is gone: the airline is the actor, the flight no one
    text = "Families gathered where Norair Flight 2216 crashed a year ago."
    assert actors_of(res, text, {"Norair Flight 2216": "ORG"}) == ["Norair"]
    text = "Norair flight NR17 was diverted to Oslo."
    assert actors_of(res, text, {"Norair flight NR17": "ORG"}) == ["Norair"]
