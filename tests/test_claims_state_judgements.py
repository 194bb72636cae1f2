"""A state's judgement told with no source: "Portugal deems the rebels terrorists", "Portugal has deemed the vote a
sham" are the state's view, attributed to it, as "It views ... as" after a sentence that opens with the state
(forty-ninth session: "Turkey deems the Kurdish fighters terrorists" and "The U.S. has deemed Maduro an illegitimate
dictator" were unflagged in every labelled round; "Norland regards Eastwick as part of its territory." stays
unflagged, tests/test_claims_round27.py). Sentences written for these tests (a small fake entity finder; a state's name, which
the gazetteer knows as a state: a city that stands for one names no one)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Portugal": "GPE", "Spain": "GPE"}
BEFORE = "Fighting went on along the border of Portugal and Spain on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Portugal deems the rebels terrorists and has threatened a military operation.",
        "Portugal has deemed the vote a sham since the count was halted in 2018.",
        "Portugal has long deemed the border militias an extension of Spain's army.",
    ],
)
def test_a_state_s_judgement_is_attributed_to_the_state(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Border tensions", BEFORE + sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "Portugal")


def test_a_state_judged_by_others_is_not_their_judge(res: analyse.Resources) -> None:
    # a passive: the state is what is judged, not who judges
    sentence = "Portugal was deemed a safe country for returns by a court in Spain."
    rows = claim_rows(res, "Border tensions", BEFORE + sentence, NAMES)
    assert row_of(rows, sentence[:12])[1] != "Portugal"
