"""A headline's finding with no maker ("..., data shows", "..., study finds", "..., report says") is credited to the
maker the standfirst or lede names, when the body's first flagged sentence names one; when that sentence names none
("A new report finds ..."), the headline stays a report not named (fiftieth session; the labels' rule, round 133's
"More than 300 earthquakes recorded in UK this year, study finds" over "..., according to the British Geological
Survey"). Items written for these tests, with invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Norland": "GPE", "Norland Statistics Office": "ORG", "Halden Institute": "ORG"}


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        (
            "Norland households saving less as taxes squeeze incomes, data shows",
            "Households' saving ratio fell to its lowest in a year, according to the Norland Statistics Office",
        ),
        (
            "More than 300 earthquakes recorded in Norland this year, study finds",
            "The Halden Institute says the western valleys were the most active region",
        ),
        (
            "Norland exports hit record high, official figures show",
            "Exports rose 12% in the year to March, the Norland Statistics Office said",
        ),
    ],
)
def test_a_finding_is_the_makers_the_standfirst_names(
    res: analyse.Resources, title: str, standfirst: str
) -> None:
    body = standfirst + "\n\nThe figures cover the twelve months to March."
    rows = claim_rows(res, title, body, NAMES)
    status, speaker = row_of(rows, title[:20])
    assert status == "attributed"
    assert speaker in ("Norland Statistics Office", "Halden Institute")


def test_a_finding_stays_unnamed_when_the_body_first_leaves_it_so(res: analyse.Resources) -> None:
    title = "Investment in Norland data centres hit record $6bn, report finds"
    body = (
        "A new report finds that investment in Norland's data centre market reached $6bn this year.\n\n"
        "The analysis by the Halden Institute, first published on Monday, called it a construction frenzy."
    )
    assert row_of(claim_rows(res, title, body, NAMES), title[:20]) == ("reported", "")
