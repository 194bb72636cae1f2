"""Actors found without the watch list: the repairs that followed the twenty-first labelling round (a group's
adjective before a group's noun, a building named after someone, a session of a gathering, places sharing a plural
place noun, an acronym's span run into a title, a name owning a thing after "in", a body's span ending on a
lower-case compound, a newsletter's or podcast's name, a nationality's state), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import lower_actors_of as _named


def test_a_word_before_a_groups_noun_is_the_groups_adjective(res: analyse.Resources) -> None:
    text = "Gunmen attacked a shrine of the Varrite minority sect, and the Kelm Front said it would respond."
    assert _named(res, text, {"Varrite": "ORG", "Kelm Front": "ORG"}) == ["kelm front"]
    # a body before another noun stays a body, and so does an acronym ("the KLF minority wing")
    text = "Talks with Kordavi leaders failed, and the KLF minority wing walked out."
    assert _named(res, text, {"Kordavi": "ORG", "KLF": "ORG"}) == ["klf", "kordavi"]


def test_a_person_naming_a_building_is_no_actor(res: analyse.Resources) -> None:
    text = "A blast hit the Imam Oskar bin Telvi mosque during prayers, Dravo Lint told reporters."
    names = {"Imam Oskar bin Telvi": "PERSON", "Dravo Lint": "PERSON"}
    assert _named(res, text, names) == ["dravo lint"]
    # a person before a noun that is no building stays a person
    text = "Aides said the Oskar Telvi administration would answer."
    assert _named(res, text, {"Oskar Telvi": "PERSON"}) == ["oskar telvi"]


def test_a_gathering_after_an_ordinal_is_a_session(res: analyse.Resources) -> None:
    text = "On the sidelines of the 41st Veltran Nations General Assembly, ministers met in Oslo."
    assert _named(res, text, {"Veltran Nations General Assembly": "ORG"}) == []
    # the gathering acting is a body
    text = "The Veltran Nations General Assembly voted on Friday to admit two members."
    assert _named(res, text, {"Veltran Nations General Assembly": "ORG"}) == [
        "veltran nations general assembly"
    ]


def test_names_sharing_a_plural_place_noun_are_places(res: analyse.Resources) -> None:
    text = "Separatists took control of the Kordavi and Osk Mesra governorates last month."
    assert _named(res, text, {"Kordavi": "PERSON", "Osk Mesra": "PERSON"}) == []
    # two people joined by "and" stay people
    text = "Kordavi and Osk Mesra met in the capital last month."
    assert _named(res, text, {"Kordavi": "PERSON", "Osk Mesra": "PERSON"}) == ["kordavi", "osk mesra"]


def test_an_acronyms_span_run_into_a_title_is_cut(res: analyse.Resources) -> None:
    text = "US Permanent Representative to NATO Jon Hale said talks go on, as did UN Special Envoy Ana Brel."
    names = {
        "US Permanent": "ORG",
        "NATO": "ORG",
        "Jon Hale": "PERSON",
        "UN Special": "ORG",
        "Ana Brel": "PERSON",
    }
    assert _named(res, text, names) == ["ana brel", "jon hale", "nato", "un"]
    # a body's own name before a title stays whole ("US Army"), never cut to its first word; a minister's field
    # before the holder's name ("Homeland Security Secretary") is no body at all (labelled so since round 31, the
    # rule written in round 38)
    text = "Homeland Security Secretary Ana Brel spoke, as did Jon Hale, US Army Colonel (Ret.), in Oslo."
    names = {"Homeland Security": "ORG", "Ana Brel": "PERSON", "US Army": "ORG", "Jon Hale": "PERSON"}
    assert _named(res, text, names) == ["ana brel", "jon hale", "us army"]


def test_a_name_owning_a_thing_after_in_is_no_place(res: analyse.Resources) -> None:
    text = "Is the opposition the big loser in Dravoni's move?"
    assert _named(res, text, {"Dravoni": "ORG"}) == ["dravoni"]
    # a place the index knows stays a place
    text = "Shelling resumed in Kherson's outskirts overnight."
    assert _named(res, text, {"Kherson": "ORG"}) == []


def test_a_bodys_span_ending_on_a_lower_case_compound_runs_on(res: analyse.Resources) -> None:
    text = "A shooting at a Church of the Vesper-day Pilgrims venue left two dead, the Kelm Front said."
    names = {"Church of the Vesper-day": "ORG", "Kelm Front": "ORG"}
    assert _named(res, text, names) == ["church of the vesper-day pilgrims", "kelm front"]
    # a compound that ends on a capitalised part ends the name
    text = "The Kelm-Osk Front said a shooting at a Vesper venue left two dead."
    assert _named(res, text, {"Kelm-Osk Front": "ORG"}) == ["kelm-osk front"]


def test_a_name_before_newsletter_or_podcast_is_the_series(res: analyse.Resources) -> None:
    text = "Sign up for Ana Brel's free Dune Light newsletter, or hear the Kelm Talks podcast, the Osk Trust said."
    names = {"Ana Brel": "PERSON", "Dune Light": "ORG", "Kelm Talks": "ORG", "Osk Trust": "ORG"}
    assert _named(res, text, names) == ["ana brel", "osk trust"]


def test_a_nationalitys_adjective_before_state_is_a_state(res: analyse.Resources) -> None:
    text = "Moscow backs a viable Palestinian State, Ana Brel said."
    assert _named(res, text, {"Palestinian State": "ORG", "Ana Brel": "PERSON"}) == ["ana brel"]
    # a group named after a creed stays a body
    text = "Fighters of the Islamic State attacked, Ana Brel said."
    assert _named(res, text, {"Islamic State": "ORG", "Ana Brel": "PERSON"}) == ["ana brel", "islamic state"]
