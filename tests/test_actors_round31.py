"""Actors found without the watch list: the repairs that followed the thirty-first labelling round, pooled with
round 30's errors (a quoted grouping's name, a craft named by what is said around it, a maker's model number), each
on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


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
