"""Actors found without the watch list: the repairs that followed the thirty-fourth labelling round, pooled with
the first-sight errors of the rounds before it (a place named after its kind's noun and "of", or before a
commune's noun, read as a person or a body), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
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
