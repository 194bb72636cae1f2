"""Actors found without the watch list: the repairs that followed the thirty-first labelling round, pooled with
rounds 29 and 30's errors (a quoted grouping's name, crafts and makers' models, a venue in apposition, a dotted
acronym the model places, a ministry after a state's code), each on a short text written for it.
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


def test_a_venue_in_apposition_is_a_place(res: analyse.Resources) -> None:
    # "Le Constellation, a two-storey bar with a glass-enclosed terrace": the model called the bar a body
    text = "Le Velmont, a two-storey bar with a terrace, was still packed after midnight."
    assert actors_of(res, text, {"Le Velmont": "ORG"}) == []
    # a body described by what it runs is still a body
    text = "Velmont Group, a company that runs a hotel chain, said profits rose."
    assert actors_of(res, text, {"Velmont Group": "ORG"}) == ["Velmont Group"]


def test_a_dotted_acronym_the_model_places_is_a_body(res: analyse.Resources) -> None:
    # "Accused of Lying in F.B.I. Meeting": the model called the bureau a place
    text = "The lawyer was accused of lying to the K.V.B. in a meeting in Washington."
    assert actors_of(res, text, {"K.V.B.": "GPE"}) == ["K.V.B"]
    # a state's dotted name stays a place
    assert actors_of(res, "Talks in the U.S. ended on Monday.", {"U.S.": "GPE"}) == []


def test_a_ministry_after_a_states_code_is_named_without_it(res: analyse.Resources) -> None:
    # "the U.K. Defense Ministry reported", as "the U.S. Treasury Department" gives "Treasury Department"
    text = "Losses reached new highs in June, the U.K. Defense Ministry reported on Friday."
    assert actors_of(res, text, {"the U.K. Defense Ministry": "ORG"}) == ["Defense Ministry"]
