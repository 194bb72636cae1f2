"""Where things are heading, told in idioms (fifty-second session, from dev misses of rounds 85-151): "on course for a
majority", "on course to fall short", "in danger of closing", "looks to be coming to a close", "a term sure to see"
are forecasts; a ship "kept on course to" a port and "make sure to" are not. A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Norland": "GPE"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At the assembly, the Norland party is on course for a majority.",
        "Prices cooled in November, keeping the central bank on course for a fourth interest-rate cut of the year.",
        "The take-up of new fuels is on course to fall short of the first mandate.",
        "Norland's living library of fungi is in danger of closing",
        "The family's trade has lasted centuries, but its time looks to be coming to a close.",
        "Anna Berg took office for a term sure to see her clash with the president.",
    ],
)
def test_a_likelihood_told_in_an_idiom_is_a_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Outlook", sentence, NAMES)
    assert row_of(rows, sentence[:12])[0] == "speculative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Only a fraction of ships have kept on course to the Norland port.",
        "Make sure to keep a steady pace and take time off.",
    ],
)
def test_a_course_held_or_an_instruction_is_no_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Ships", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")
