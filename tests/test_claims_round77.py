"""Status forms from rounds 70, 74 and 77 (issue 11), by construction: a speech verb whose subject joins a group
of common nouns with no name at its head to a named source, or whose subject is such a group relaying a named one
("Russian media cited X as saying"), or a headline closed by ", agencies report", is `reported` with the named
source kept; a welcome in quoted words ("welcomed ... as '...'") and a support or call said again ("reiterates its
support") are statements (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Nordic Herald": "ORG",
    "Norland": "GPE",
}
TITLE = "Storm closes the northern ports"
LEAD = "The ports of Norland stayed closed on Monday."


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 77: "..., Russian authorities and Ukraine's military said on Thursday."
        (
            f"{LEAD}\nDrones struck a depot in the south, Norland authorities and the Nordic Herald said on Thursday.",
            "Drones struck",
            ("reported", "Nordic Herald"),
        ),
        (
            f"{LEAD}\nDrones struck a depot in the south, local officials and Anna Berg said.",
            "Drones struck",
            ("reported", "Anna Berg"),
        ),
        # round 77: "Russian media cited the local governor's press service as saying that ..."
        (
            f"{LEAD}\nIn the south, Norland media cited the Nordic Herald as saying that a depot had been hit.",
            "In the south",
            ("reported", "Nordic Herald"),
        ),
    ],
)
def test_an_unnamed_group_beside_or_relaying_a_named_source_is_reported(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_a_named_subject_alone_stays_attributed(res: analyse.Resources) -> None:
    body = f"{LEAD}\nDrones struck a depot in the south, the Nordic Herald said on Thursday."
    assert _row(res, body, "Drones struck") == ("attributed", "Nordic Herald")


def test_a_headline_closed_by_agencies_report_is_reported(res: analyse.Resources) -> None:
    # round 77: "Putin says Ukraine in no hurry to reach peace, agencies report"
    title = "Berg says port talks have stalled, agencies report"
    status, speaker = _row(res, f"{LEAD}\nBerg said the talks had stalled.", title[:20], title)
    assert (status, speaker.split()[-1]) == ("reported", "Berg")


def test_a_welcome_in_quoted_words_is_a_statement(res: analyse.Resources) -> None:
    # round 70: 'She welcomed the U.S. actions as "a huge step for humanity, ..."'
    body = f'{LEAD}\nAnna Berg spoke on Monday.\nShe welcomed the new rules as "a huge step for the harbour."'
    assert _row(res, body, "She welcomed") == ("attributed", "Anna Berg")


def test_a_welcome_with_no_words_of_its_own_stays_an_act(res: analyse.Resources) -> None:
    # round 38: "Antonio Tajani welcomed new European Union measures ... as EU agriculture ministers held talks"
    body = f"{LEAD}\nAnna Berg welcomed the new rules as dock workers held talks on Monday."
    assert _row(res, body, "Anna Berg welcomed") == ("unflagged", "")


def test_support_said_again_is_the_subjects_statement(res: analyse.Resources) -> None:
    # round 74: "France reiterates its support of Denmark and Greenland sovereignty after renewed Trump threats"
    title = "Norland reiterates its support of the dockers after renewed threats"
    assert _row(res, LEAD, title[:20], title)[0] == "attributed"
