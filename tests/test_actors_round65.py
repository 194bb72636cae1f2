"""Actors found without the watch list in long articles: the repairs that followed the sixty-fifth labelling round
(ten full texts of 3,000-9,000 characters, read whole since the model reads 20,000 characters), each on a short text
written for it and on one real one. The model's spans are given by a fake finder (no model is loaded); the phrase
index (gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import names_of_the_run
from briefing.models import Actor
from briefing.phrases import PhraseIndex
from tests.test_actors_repairs import actors_of, kinds_of

TITLE = "Leaders meet as tensions rise"


def test_a_doctrine_a_strategy_or_a_plan_named_after_someone_is_no_actor(res: analyse.Resources) -> None:
    text = "He cited the Monroe Doctrine and the Roosevelt Corollary. Marco Rubio said the talks would go on."
    names = {"Monroe Doctrine": "PERSON", "Roosevelt Corollary": "ORG", "Marco Rubio": "PERSON"}
    assert actors_of(res, text, names, title=TITLE) == ["Marco Rubio"]
    text = (
        "The National Security Strategy was published. Farmers fear for the Common Agricultural Policy (CAP)."
    )
    names = {"National Security Strategy": "ORG", "Common Agricultural Policy": "ORG", "CAP": "ORG"}
    assert actors_of(res, text, names, title=TITLE) == []
    # a body whose name ends on "Policy" after "for" or "and" stays a body
    text = "Michael Osterholm of the Center for Infectious Disease Research and Policy said so."
    names = {"Michael Osterholm": "PERSON", "the Center for Infectious Disease Research and Policy": "ORG"}
    assert actors_of(res, text, names, title=TITLE) == [
        "Center for Infectious Disease Research and Policy",
        "Michael Osterholm",
    ]
    real = (
        'Trump said the new schedule was "rooted in the Gold Standard of Science" and aligns the United States with '
        "other developed nations."
    )
    names = {"Trump": "PERSON", "the Gold Standard of Science": "ORG", "the United States": "GPE"}
    assert actors_of(res, real, names, title=TITLE) == ["Trump"]


def test_the_runs_surname_is_not_the_person_in_a_doctrine_named_after_him() -> None:
    # the run knows "Monroe" (James Monroe in three items); "the Monroe Doctrine" does not name him, "Monroe said" does
    texts = ["James Monroe spoke."] * 3 + ["Trump says the Monroe Doctrine is back.", "Monroe said so."]
    actors = [(Actor("James Monroe", "person"),)] * 3 + [(Actor("Trump", "person"),), ()]
    found = names_of_the_run(texts, actors, PhraseIndex())
    assert [a.name for a in found[3]] == ["Trump"]
    assert [a.name for a in found[4]] == ["Monroe"]


def test_a_building_or_a_site_named_by_its_last_word_is_no_actor(res: analyse.Resources) -> None:
    text = "Troops were sent to Thule Air Base. Around 100 prisoners were moved to Qom Central Prison."
    names = {"Thule Air Base": "PERSON", "Qom Central Prison": "ORG"}
    assert actors_of(res, text, names, title=TITLE) == []
    text = "He served in Kherson Oblast. Visitors came to the Grand Egyptian Museum."
    names = {"Kherson Oblast": "PERSON", "the Grand Egyptian Museum": "ORG"}
    assert actors_of(res, text, names, title=TITLE) == []
    # a museum that speaks is a body
    text = "The British Museum said the loan would go ahead."
    assert actors_of(res, text, {"The British Museum": "ORG"}, title=TITLE) == ["British Museum"]


def test_a_peoples_or_an_eras_adjective_before_its_noun_is_no_actor(res: analyse.Resources) -> None:
    text = "The museum, dedicated to the Pharaonic civilisation, houses colossal statues."
    assert actors_of(res, text, {"Pharaonic": "ORG"}, title=TITLE) == []
    real = (
        "Clashes broke out between protesters from the Alawite religious minority and counter-demonstrators. "
        "Assad, an Alawite, fled the country to Russia."
    )
    names = {"Alawite": "PERSON", "Assad": "PERSON", "Russia": "GPE"}
    assert actors_of(res, real, names, title=TITLE) == ["Assad"]
    # a name that acts somewhere in the item stays a name
    text = "Julian said the Julian case was closed."
    assert actors_of(res, text, {"Julian": "PERSON"}, title=TITLE) == ["Julian"]


def test_a_stray_mark_before_a_word_is_no_part_of_a_name(res: analyse.Resources) -> None:
    real = 'A bomb detonated in the city of Homs.\n"\u064bWe will keep asking for federalism," he said.'
    names = {"Homs": "GPE", "\u064bWe": "ORG"}
    assert actors_of(res, real, names, title=TITLE) == []


def test_a_company_the_model_calls_a_person(res: analyse.Resources) -> None:
    real = (
        'The game, the debut title from French studio Sandfall Interactive, won awards. "Win" said Ana Lima.'
    )
    names = {"Sandfall Interactive": "PERSON", "Ana Lima": "PERSON"}
    kinds = kinds_of(res, TITLE, real, names)
    assert (kinds["Sandfall Interactive"], kinds["Ana Lima"]) == ("organisation", "person")
    text = "Jimena Blanco, chief analyst for risk consultancy Verisk Maplecroft, said so."
    names = {"Jimena Blanco": "PERSON", "Verisk Maplecroft": "PERSON"}
    assert kinds_of(res, TITLE, text, names)["Verisk Maplecroft"] == "organisation"
    # the head of a service named after it stays a person
    text = "He will appoint the head of the foreign intelligence service Oleh Ivashchenko as chief."
    assert kinds_of(res, TITLE, text, {"Oleh Ivashchenko": "PERSON"}) == {"Oleh Ivashchenko": "person"}


def test_an_outlet_quoted_in_capitals_or_by_its_medium_is_no_actor(res: analyse.Resources) -> None:
    real = (
        '"There are almost no public systems working," Claire Nicolet, emergency coordinator for MSF in Gaza, '
        "told FRANCE 24."
    )
    names = {"Claire Nicolet": "PERSON", "MSF": "ORG", "Gaza": "GPE", "FRANCE 24": "ORG"}
    assert actors_of(res, real, names, title=TITLE) == ["Claire Nicolet", "MSF"]
    real = "Barrot told France Inter radio on Wednesday that Europe would respond."
    names = {"Barrot": "PERSON", "France Inter": "ORG", "Europe": "LOC"}
    assert actors_of(res, real, names, title=TITLE) == ["Barrot"]
