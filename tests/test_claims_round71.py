"""Status forms from round 71 (issue 11), by construction rather than by sentence: a forecast's participle without
its auxiliary, an unnamed group's forecast with its "that" left out or told as an act, a headline's outcome due by a
date, and a headline's claim made for oneself (a small fake entity finder; paragraphs joined by a single newline, as
in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Norland": "GPE",
    "Finland": "GPE",
    "Goldman Sachs": "ORG",
}
TITLE = "Storm closes the northern ports"


def _row(body: str, start: str, res: analyse.Resources, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "Higher tax revenues, projected to rise 7.6% ..., will help fund" (round 68)
        (
            "Port fees, projected to rise 5% to a record 2 billion crowns, will help pay for the new quays.",
            "Port fees",
            ("speculative", ""),
        ),
        # "experts have cautioned the downturn will continue" (round 69): an unnamed group, no "that"
        (
            "Traffic fell for a third year in 2025 and experts have cautioned the decline will continue.",
            "Traffic fell",
            ("reported", ""),
        ),
        # "opinion polls had predicted Jamaat finishing a close second" (round 66)
        (
            "Before the merger, opinion polls had predicted the party finishing a close second.",
            "Before the merger",
            ("reported", ""),
        ),
        # "Shamans ... gathered ... where they made predictions for the year to come" (round 69)
        (
            "Fortune tellers gathered on Monday where they made predictions for the year to come.",
            "Fortune tellers",
            ("reported", ""),
        ),
        # a named maker keeps its forecast (not a reported one)
        (
            "Goldman Sachs predicted the port would reopen in March.",
            "Goldman Sachs",
            ("speculative", "Goldman Sachs"),
        ),
        # "with UK households forecast to spend" (a passive participle) is no group's forecast
        (
            "Shops hope for a late rush, with households forecast to spend 3 billion crowns this weekend.",
            "Shops hope",
            ("speculative", ""),
        ),
        # a passive forecast is no group's
        (
            "It was predicted that the port would reopen in March.",
            "It was predicted",
            ("speculative", ""),
        ),
    ],
)
def test_forecasts_without_their_auxiliary_and_unnamed_forecasters(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(body, start, res) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # "Indonesia's free meal scheme to reach 80 million recipients by April, behind target" (round 68)
        (
            "Norland's school meal scheme to reach 8 million pupils by April, behind target",
            ("speculative", ""),
        ),
        ("Norland port traffic to rise 10% by the end of 2027", ("speculative", "")),
        # a plan with a date stays a schedule: "Argentina's Milei to visit UK this year" (round 31)
        ("Norland's Berg to visit the northern ports in April", ("unflagged", "")),
        # "to rise by 114%": a figure, no time it is due by
        ("Port fees to rise by 14% for shippers as subsidies expire", ("unflagged", "")),
    ],
)
def test_a_headlines_outcome_due_by_a_date_is_a_forecast(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    body = "The port authority published its figures on Monday."
    assert _row(body, title[:20], res, title=title) == expected


def test_a_headlines_claim_made_for_oneself_is_its_subjects(res: analyse.Resources) -> None:
    # "Kim oversees cruise missile launch as North Korea touts nuclear readiness" (round 68)
    title = "Berg visits the shipyard as Finland touts naval readiness"
    body = "Anna Berg visited the shipyard on Monday."
    assert _row(body, title[:20], res, title=title) == ("attributed", "Finland")


def test_a_thing_touted_by_no_one_named_is_no_claim(res: analyse.Resources) -> None:
    body = "The shipyard was touted as a model for the region before it closed in 2019."
    assert _row(body, "The shipyard", res) == ("unflagged", "")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "with a fresh blizzard expected overnight" (round 58): a participle with no auxiliary, a vague time
        (
            "Schools stayed closed on Wednesday, with a fresh storm expected overnight.",
            "Schools stayed",
            ("speculative", ""),
        ),
        # "is expected ... on Tuesday" with its auxiliary and a date stays a schedule (round 4), and so does "a vote
        # ... expected later this week" (round 38)
        (
            "Ministers met ahead of a vote on the deal expected later this week.",
            "Ministers met",
            ("unflagged", ""),
        ),
        ("The ferry is expected in the harbour on Tuesday.", "The ferry", ("unflagged", "")),
    ],
)
def test_a_forecasts_participle_with_a_vague_time(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(body, start, res) == expected


def test_a_non_verification_of_the_report_marks_the_sources_sentences_before(res: analyse.Resources) -> None:
    # "Governor Vyacheslav Gladkov said ... Firefighters put out the fire ..., he added." / "Reuters was unable to
    # independently verify the report." (round 65): the named source's report goes on over both sentences
    body = (
        "Anna Berg said on the messaging app the two injured were taken to hospital. Firefighters put out the fire, "
        "which had engulfed the car, she added.\nReuters was unable to independently verify the report."
    )
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, "Anna Berg said") == ("unverified", "Anna Berg")
    assert row_of(rows, "Firefighters") == ("unverified", "Anna Berg")
