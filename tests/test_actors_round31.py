"""Actors found without the watch list: the repairs that followed the thirty-first labelling round, pooled with
round 30's errors (the subject of a headline's second sentence, the owner after "of" in a Title Case headline, a
verb's -es form in a headline, a given name in brackets, a quoted grouping's name, crafts and makers' models, the
end of a longer body's name), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import model_headline
from tests.test_actors_repairs import actors_of


def test_the_subject_of_a_headlines_second_sentence_is_found(res: analyse.Resources) -> None:
    # "After Maduro, who's next? Trump spurs speculation ...": the model tagged no one after the question
    title = "After the vote, who leads? Kastrowicz spurs talk of an early election"
    assert actors_of(res, "", {}, title) == ["Kastrowicz"]
    # a common word opening the second sentence is no one
    title = "After the vote, who leads? Analysts expect talk of an early election"
    assert actors_of(res, "", {}, title) == []


def test_the_owner_after_of_in_a_title_case_headline_is_the_name(res: analyse.Resources) -> None:
    # "Venezuela Ushers in the Era of Trump's 'Donroe Doctrine'": the model's span ran from "the Era" to the quote
    title = "Chile Enters the Era of Kastrowicz's 'Iron Doctrine'"
    text = "The new president's policy reshapes the region, officials said."
    assert actors_of(res, text, {"the Era of Kastrowicz's": "ORG"}, title) == ["Kastrowicz"]
    # an institution's name keeps its "of": not cut to its owner
    title = "Markets Cheer the Bank of Kastrowia's Surprise Rate Cut"
    assert "Kastrowia" not in actors_of(res, text, {"the Bank of Kastrowia's": "ORG"}, title)


def test_a_verbs_es_form_in_a_title_case_headline_is_read_in_lower_case(res: analyse.Resources) -> None:
    # "Israel Flexes New Diplomatic Muscle": read as "Israel Flexes" (a body) while "Flexes" stayed capitalised
    read = model_headline("Velmaria Flexes New Diplomatic Muscle in Talks", res.index)
    assert read.split()[1] == "flexes"
    # a surname ending so stays ("Hughes", "Moses")
    assert model_headline("Velmaria Backs Hughes in Talks With Rivals", res.index).split()[2] == "Hughes"


def test_a_given_name_in_brackets_joins_the_surname(res: analyse.Resources) -> None:
    # "(U.S.) President (Donald) Trump's team": an editor's insertions in a quotation
    text = '"We thank (Velmarian) President (Oskar) Brandvik\'s team," the minister said on Tuesday.'
    assert actors_of(res, text, {"Oskar": "PERSON", "Brandvik": "PERSON"}) == ["Oskar Brandvik"]


def test_a_quoted_groupings_name_is_a_body(res: analyse.Resources) -> None:
    # "'Coalition of the Willing' on Ukraine discussed ...": the model tagged nothing
    text = "Leaders of the so-called 'Coalition of the Steadfast' met in Rome on Tuesday."
    assert actors_of(res, text, {}) == ["Coalition of the Steadfast"]
    title = "'Alliance of the Bold' to meet in January, minister says"
    assert actors_of(res, "", {}, title) == ["Alliance of the Bold"]
    # a quoted word of another kind is no body
    assert actors_of(res, "Critics called the plan a 'Grand Bargain' on Tuesday.", {}) == []


def test_a_craft_is_no_actor(res: analyse.Resources) -> None:
    # "aboard Air Force One", "flight MH370", "the Marinera tanker": the model called them bodies or people
    text = "The president spoke to reporters aboard Sky Falcon One on his way home."
    assert actors_of(res, text, {"Sky Falcon One": "ORG"}) == []
    text = "Nearly a year after flight XK402 vanished, the search resumed. XK402 took off at midnight."
    assert actors_of(res, text, {"XK402": "ORG"}) == []
    text = "Both leaders discussed the operation to intercept the Velmara tanker in the Atlantic."
    assert actors_of(res, text, {"Velmara": "PERSON"}) == []
    # a navy aboard whose ships the crew sailed is the navy's, still a body
    text = "The crew sailed aboard Velmarian Navy ships, the Velmarian Navy said."
    assert actors_of(res, text, {"Velmarian Navy": "ORG"}) == ["Velmarian Navy"]


def test_a_makers_model_is_no_actor(res: analyse.Resources) -> None:
    # "wiping the Boeing 777 from civilian radar": the maker's name before a model number is the aircraft
    text = "Its transponder went dark, wiping the Velkor 777 from civilian radar."
    assert actors_of(res, text, {"Velkor": "ORG"}) == []
    # the maker acting elsewhere in the item stays
    text = "Velkor said on Monday that its Velkor 777 fleet was safe to fly."
    assert actors_of(res, text, {"Velkor": "ORG"}) == ["Velkor"]


def test_the_end_of_a_longer_bodys_name_is_that_body(res: analyse.Resources) -> None:
    # "The Ezzedine Al-Qassam Brigades" and "Qassam Brigades" (which the model called a person): one body
    text = "The Ezzar Al-Velmi Brigades released a video. The Velmi Brigades said the commander was killed."
    found = actors_of(res, text, {"The Ezzar Al-Velmi Brigades": "ORG", "Velmi Brigades": "PERSON"})
    assert found == ["Ezzar Al-Velmi Brigades"]
    # two names joined by a hyphen stay two ("Trump-Kennedy Center" and "Kennedy Center")
    text = "The board renamed the Velmo Center the 'Arkov-Velmo Center', and the Velmo Center sued."
    found = actors_of(res, text, {"Velmo Center": "ORG", "Arkov-Velmo Center": "ORG"})
    assert "Velmo Center" in found
