"""Settlements named in a list after their plural noun, or after a title ("the districts of Velka and Orno Pars",
"the village of Sheikh Varan"), are places wherever the item names them, not people the model guessed (the
thirty-seventh session left Tehran's districts read as people; Aleppo's Sheikh Maqsoud, Yemen's Mahra and Iran's
Chaharmahal were the same). A name the item also calls a news agency or a body keeps its voice ("Fars, a news
agency ..., said" after "the provinces of ..., Fars, ..."). The model's spans are given by a fake finder; the phrase
index and word lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import kinds_of
from tests.test_claims_structure import claim_rows, row_of


def test_settlements_listed_after_their_plural_noun_are_places(res: analyse.Resources) -> None:
    text = (
        "Protests spread on Sunday to the districts of Velka and Orno Pars, witnesses said. "
        "Shops in Velka stayed shut."
    )
    found = kinds_of(res, "Report", text, {"Velka": "PERSON", "Orno Pars": "PERSON"})
    assert found.get("Velka") == "place"
    assert found.get("Orno Pars") in (None, "place")


def test_a_settlement_named_after_a_title_is_a_place(res: analyse.Resources) -> None:
    # the model reads "Sheikh Varan" as a title and a surname
    text = "She grew up in the village of Sheikh Varan, where girls did not go to school."
    assert kinds_of(res, "Report", text, {"Varan": "PERSON"}).get("Varan") == "place"


def test_a_list_without_and_names_one_settlement_only(res: analyse.Resources) -> None:
    # "the Western District of North Carolina, Russ Ferguson": the name after the comma is the person
    text = "The attorney for the district of Velka, Tomas Lind, said the man was arrested."
    assert kinds_of(res, "Report", text, {"Tomas Lind": "PERSON"}).get("Tomas Lind") == "person"


def test_a_settlement_the_item_also_calls_an_agency_keeps_its_voice(res: analyse.Resources) -> None:
    text = (
        "Protesters were killed in the provinces of Ilam, Lorestan, Varsa and Hamadan.\n\n"
        '"Mourners chanted slogans," said Varsa, a news agency close to the guards.\n\n'
        "After the funeral, Varsa said, about 100 mourners marched into the city."
    )
    rows = claim_rows(res, "Report", text, {"Varsa": "ORG"})
    assert row_of(rows, "After the funeral") == ("attributed", "Varsa")
