"""Speaker forms from the fiftieth to fifty-third labelling rounds' first sight, by construction rather than by
sentence: a coordinated subject of two states, a possessive in an opening adverbial, and "the website" after a
named site (a small fake entity
finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Lena Holm": "PERSON",
    "Holm": "PERSON",
    "Norland": "GPE",
    "Ostland": "GPE",
    "FlightTrack": "ORG",
    "Italy": "GPE",
    "France": "GPE",
}
TITLE = "Talks resume after a long pause"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "Italy and France last month dashed hopes for a December deal, saying they were not ready ..."
        (
            "Italy and France last month dashed hopes for a December deal , saying they were not ready to support it "
            "until farmers' fears of an influx of cheap commodities were resolved.",
            "Italy and",
            ("attributed", ""),
        ),
        # "But shortly after Trump's remarks, Rodriguez appeared on state television ... and said ..."
        (
            "President Anna Berg spoke on Saturday.\nBut shortly after Berg's remarks, Lena Holm appeared on state "
            "television flanked by her brother, and said the country would never be a colony.",
            "But shortly",
            ("attributed", "Lena Holm"),
        ),
        # "... according to flight tracking website FlightAware ... / ..., the website said."
        (
            "Airlines cancelled thousands of flights on Friday, according to flight tracking website "
            "FlightTrack.\nA total of 1,382 flights were cancelled and 4,685 delayed on Friday afternoon, the "
            "website said.",
            "A total",
            ("attributed", "FlightTrack"),
        ),
    ],
)
def test_speakers_of_rounds_50_to_53(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # one body subject, or a state only qualifying the subject, is still that speaker
        ("Italy said on Friday it was not ready to support the deal.", "Italy said", ("attributed", "Italy")),
        (
            "Italy and France's leaders said on Friday they were not ready to support the deal.",
            "Italy and",
            ("reported", ""),
        ),
        ("After talks with Berg, officials said the country would act.", "After talks", ("reported", "")),
        (
            "With the deal signed, Lena Holm said the country would act.",
            "With the",
            ("attributed", "Lena Holm"),
        ),
    ],
)
def test_speakers_kept(res: analyse.Resources, body: str, start: str, expected: tuple[str, str]) -> None:
    assert _row(res, body, start) == expected
