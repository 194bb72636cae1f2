"""Claims after rounds 111 and 113 (issue 11, attributed claims not found): a headline-style office of a place with
no article ("Mayor of La Bañeza says ...", "..., incoming archbishop of Canterbury warns") speaks when the model
reads the place as a place; the office is as written, or the person the item names who holds it (a small fake
entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Ribera": "GPE", "Castilla": "GPE", "Lyon": "GPE", "Anna Berg": "PERSON"}


def test_an_office_of_a_place_opening_a_standfirst_is_its_speaker(res: analyse.Resources) -> None:
    # round 111, real: "Mayor of La Bañeza says winning El Gordo Christmas lottery 'is something that has fallen
    # from the heavens'" / "When the village of La Bañeza in Castilla y León was engulfed ..."
    body = (
        "Mayor of Ribera says winning the lottery 'is something that has fallen from the heavens'\n"
        "When the village of Ribera in Castilla was engulfed by fire, the rain came too late."
    )
    rows = claim_rows(res, "Villagers win the lottery", body, NAMES)
    assert row_of(rows, "Mayor of Ribera") == ("attributed", "Mayor of Ribera")


def test_a_headline_closing_with_an_office_of_a_place_is_its_holders(res: analyse.Resources) -> None:
    # round 113, real: "Immigration debate 'dividing us', incoming archbishop of Canterbury warns in Christmas
    # sermon" / "Sarah Mullally says ..." / "The incoming archbishop of Canterbury has warned in her ... sermon ..."
    body = (
        "Anna Berg says the debate continues to divide us\n"
        "The incoming archbishop of Lyon has warned in her sermon that the debate continues to divide us."
    )
    rows = claim_rows(
        res, "Immigration debate is dividing us, incoming archbishop of Lyon warns in sermon", body, NAMES
    )
    assert row_of(rows, "Immigration debate") == ("attributed", "Anna Berg")
    assert row_of(rows, "The incoming archbishop") == ("attributed", "Anna Berg")


def test_a_headline_office_of_a_place_no_one_holds_in_the_item_stays_as_written(
    res: analyse.Resources,
) -> None:
    body = "The floods reached the old town on Monday.\nThe rain came too late."
    rows = claim_rows(res, "Floods are a disaster, governor of Lyon says", body, NAMES)
    assert row_of(rows, "Floods are a disaster") == ("attributed", "governor of Lyon")


SPELLINGS = {"Olena Kovalskyy": "PERSON", "Kovalskiy": "ORG", "Norland": "GPE"}


def test_a_surname_in_another_transliteration_is_the_person_the_item_names_in_full(
    res: analyse.Resources,
) -> None:
    # round 113, real: 'Ukrainian President Volodymyr Zelenskyy ...' / '"We had a substantive conversation ...,"
    # Zelenskiy said in a statement' (the model read "Zelenskiy" as an organisation); the label is the fullest name
    body = (
        "Norland's president Olena Kovalskyy met the envoy on Sunday.\n"
        'Kovalskyy said talks went well. "We had a substantive conversation on all issues," Kovalskiy said in a '
        "statement."
    )
    rows = claim_rows(res, "Talks on Norland", body, SPELLINGS)
    assert row_of(rows, '"We had a substantive') == ("attributed", "Olena Kovalskyy")
