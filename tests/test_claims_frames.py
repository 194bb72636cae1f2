"""What a named speaker does in a statement, an interview or a speech is their statement (round 107, issue 11):
"In an interview with the Wall Street Journal, Trump robustly defended his health" is `attributed` to Trump though
"defended" is no speech verb; a pronoun subject or an opener that names no occasion of speaking stays unflagged (a
small fake entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Berg": "PERSON", "Norland": "GPE"}


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Norland's leader under pressure", body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # round 107, real: "In an interview with the Wall Street Journal, Trump robustly defended his health ..."
        (
            "The questions grew over the year.\nIn an interview with a local paper, Anna Berg robustly defended "
            "her health record after months of scrutiny.",
            "In an interview",
        ),
        # dev, real: "In a Christmas greeting published earlier on the Kremlin website, Putin praised the Russian
        # Orthodox Church ..."
        (
            "The holiday began on Wednesday.\nIn a Christmas greeting published on her website, Anna Berg praised the "
            "volunteers who kept the ports open.",
            "In a Christmas greeting",
        ),
    ],
)
def test_a_named_subject_acting_in_an_interview_or_statement_speaks(
    res: analyse.Resources, body: str, start: str
) -> None:
    assert _row(res, body, start) == ("attributed", "Anna Berg")


def test_a_pronoun_subject_or_an_opener_with_no_speaking_stays_unflagged(res: analyse.Resources) -> None:
    body = (
        "In a statement she congratulated the new mayor.\n"
        "In a rare move on Monday, Anna Berg closed the ports for a week."
    )
    rows = claim_rows(res, "Norland's leader under pressure", body, NAMES)
    assert row_of(rows, "In a statement") == ("unflagged", "")
    assert row_of(rows, "In a rare move") == ("unflagged", "")
