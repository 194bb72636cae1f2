"""Actors found without the watch list: the repairs that followed the twenty-second labelling round (a body's whole
name before a member's full name, a region named after a state's adjective, a place named only before
"police", a body's name cut at "and"), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import lower_actors_of as _named


def test_a_bodys_name_before_a_members_full_name_is_two_names(res: analyse.Resources) -> None:
    text = "Speaker of the assembly, member of the Velmor Party Ando Kresh, said the vote would wait."
    names = {"the Velmor Party": "ORG", "Ando Kresh": "PERSON"}
    assert _named(res, text, names) == ["ando kresh", "velmor party"]
    # a body's name cut after its first word still joins the rest ("Fundación" + "Kresh Velmo")
    text = "The Fundación Kresh Velmo said it would fund the school."
    assert _named(res, text, {"Fundación": "ORG", "Kresh Velmo": "PERSON"}) == ["fundación kresh velmo"]


def test_a_word_after_a_place_preposition_and_a_states_adjective_is_a_region(res: analyse.Resources) -> None:
    text = "The singer will be buried on the French Corvella, Ando Kresh said."
    assert _named(res, text, {"Corvella": "ORG", "Ando Kresh": "PERSON"}) == ["ando kresh"]
    # a body after the adjective stays a body: without a preposition of place, or ending on an institution's word
    text = "Talks with the French Corvella stalled on Monday."
    assert _named(res, text, {"Corvella": "ORG"}) == ["corvella"]
    text = "A bill stalled in the Israeli Knesset on Monday."
    assert _named(res, text, {"Knesset": "ORG"}) == ["knesset"]


def test_a_word_written_only_before_police_is_the_place_they_serve(res: analyse.Resources) -> None:
    text = "The man was hit by a falling tree, Ando Kresh of Corvelby police told reporters."
    assert _named(res, text, {"Corvelby": "ORG", "Ando Kresh": "PERSON"}) == ["ando kresh"]
    # a body written alone as well keeps its police ("Velmara police" of the armed group Velmara), as does an acronym
    text = "Velmara said its fighters held the town, and Velmara police set up checkpoints; KLF police left."
    assert _named(res, text, {"Velmara": "ORG", "KLF": "ORG"}) == ["klf", "velmara"]


def test_a_bodys_name_cut_at_and_takes_its_first_qualifier(res: analyse.Resources) -> None:
    text = "The Swedish Coastal and Tidal Institute issued alerts for strong winds on Saturday."
    assert _named(res, text, {"Swedish": "NORP", "Tidal Institute": "ORG"}) == ["coastal and tidal institute"]
    # a name the model found before "and" is a name of its own
    text = "Ando Kresh and Tidal Institute staff issued alerts on Saturday."
    assert _named(res, text, {"Ando Kresh": "PERSON", "Tidal Institute": "ORG"}) == [
        "ando kresh",
        "tidal institute",
    ]
