"""A sentence that opens with its time ("On Sunday, ...", "Late on Saturday ...") is read from the subject after it,
as if the subject opened the sentence: the same speakers, with or without the comma, a name or a noun phrase
(forty-eighth session: "Late on Saturday the governor of Qom ... said" was left unflagged). Sentences written for
these tests, with invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Varna": "GPE", "Norland": "GPE", "Ilse Brandt": "PERSON"}


@pytest.mark.parametrize(
    "opening",
    ["", "On Sunday, ", "On Sunday ", "Late on Saturday ", "Late on Saturday, ", "Earlier on Monday, "],
)
def test_the_governor_of_a_city_speaks_after_the_sentence_s_opening_time(
    res: analyse.Resources, opening: str
) -> None:
    subject = "the governor of Varna" if opening else "The governor of Varna"
    sentence = f"{opening}{subject} said two people had been killed in the unrest."
    rows = claim_rows(res, "Unrest spreads in Norland", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "governor of Varna"), sentence


def test_a_named_person_after_the_opening_time_keeps_her_name(res: analyse.Resources) -> None:
    sentence = "On Tuesday the mayor, Ilse Brandt, said the port would reopen."
    rows = claim_rows(res, "Port closed", "Ilse Brandt is mayor of Varna.\n\n" + sentence, NAMES)
    assert row_of(rows, "On Tuesday") == ("attributed", "Ilse Brandt")


def test_an_opening_time_before_a_plain_statement_flags_nothing(res: analyse.Resources) -> None:
    sentence = "On Sunday the governor of Varna opened a new bridge over the river."
    rows = claim_rows(res, "Bridge opens", sentence, NAMES)
    assert row_of(rows, "On Sunday") == ("unflagged", "")
