"""Status rules from blind round 148 (fiftieth session): "it's believed" is "it is believed", a belief no one is named
for (`reported`, as "It is believed the woman was hiking alone"), not a forecast. A small fake entity finder."""

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
