"""Rules from blind round 148 (fiftieth session): "it's believed" is "it is believed", a belief no one is named for
(`reported`, as "It is believed the woman was hiking alone"), not a forecast; a whole quoted sentence right after its
speaker's is theirs (`claims.uncredited.standalone_quotation`), not after a sentence of the writer's; who leaves a
possibility open is the forecast's speaker (`claims._possibility_holder`). A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

LEAD = "The plaque was taken down in 2021."


@pytest.mark.parametrize(
    "sentence",
    [
        "Its whereabouts aren't publicly known, though it's believed to be in storage.",
        "Its whereabouts aren't publicly known, though it is believed to be in storage.",
        "It’s believed the plaque was moved to a warehouse.",
    ],
)
def test_its_believed_is_a_belief_no_one_is_named_for(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Missing plaque", f"{LEAD}\n\n{sentence}", {})
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_forecast_stays_a_forecast(res: analyse.Resources) -> None:
    sentence = "The plaque is expected to be put back next year."
    rows = claim_rows(res, "Missing plaque", f"{LEAD}\n\n{sentence}", {})
    assert row_of(rows, sentence[:12])[0] == "speculative"


BODY = (
    "The ministry has tripled its payment to migrants who choose to leave, the Norland Interior Ministry said on "
    "Monday.\n\nThe offer would include a free flight home, it said.\n\n"
)
QUOTE = '"Those who stay illegally should take this offer and leave now because if they do not, we will find them."'


def test_a_whole_quoted_sentence_right_after_its_speakers_is_theirs(res: analyse.Resources) -> None:
    rows = claim_rows(res, "Payment tripled", BODY + QUOTE, {"Norland Interior Ministry": "ORG"})
    assert row_of(rows, QUOTE[:20]) == ("attributed", "Norland Interior Ministry")


@pytest.mark.parametrize(
    "between",
    [
        "Still, others wanted to see changes in schools and hospitals.",  # the writer's, about other people
        "THE OPPOSITION LEADER ON X:",  # a header the rules do not read as a speaker
    ],
)
def test_a_quoted_sentence_after_the_writers_is_nobody_named(res: analyse.Resources, between: str) -> None:
    rows = claim_rows(
        res, "Payment tripled", BODY + between + "\n\n" + QUOTE, {"Norland Interior Ministry": "ORG"}
    )
    assert row_of(rows, QUOTE[:20])[1] != "Norland Interior Ministry"


@pytest.mark.parametrize(
    "sentence",
    [
        # (round 148 and round 40: "..., with U.S. President Donald Trump leaving open the possibility of another
        # incursion ...", the forecast credited to no one)
        "The former leader was due in court on Monday, with President Anna Berg leaving open the possibility of "
        "another strike.",
        "Anna Berg left open the possibility of another strike.",
    ],
)
def test_who_holds_a_possibility_open_is_the_forecasts_speaker(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Court date", f"{LEAD}\n\n{sentence}", {"Anna Berg": "PERSON"})
    assert row_of(rows, sentence[:12]) == ("speculative", "Anna Berg")


def test_a_possibility_no_one_holds_stays_the_outlets(res: analyse.Resources) -> None:
    sentence = "The ruling left open the possibility of another appeal."
    rows = claim_rows(res, "Court date", f"{LEAD}\n\n{sentence}", {"Anna Berg": "PERSON"})
    assert row_of(rows, sentence[:12])[1] == ""
