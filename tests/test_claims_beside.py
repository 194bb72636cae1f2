"""A named source beside an unnamed one (round 107, issue 11): a `reported` sentence whose first subject is not
named takes the one named source a second clause or a relative clause credits ("Speaker '' unless a named source is
also in the sentence", rule 2 of tests/data/claims/README.md); two named sources, or none, leave it unnamed (a small
fake entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Erik Dahl": "PERSON",
    "Norland": "GPE",
    "Sudria": "GPE",
    "Red Cross": "ORG",
}


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Storm damage spreads along the coast", body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # dev, real: 'Venezuelan officials have said a large part of ... was killed "in cold blood," and Cuba has
        # said 32 members of its military ... were killed.'
        (
            'Norlandic officials have said most of the guards were killed "in cold blood," and Cuba has said 32 '
            "of its soldiers were killed.",
            "Norlandic officials",
            ("reported", "Cuba"),
        ),
        (
            "Police said two people were hurt, while the Red Cross said five had been taken to hospital.",
            "Police said",
            ("reported", "Red Cross"),
        ),
        # dev, real: "U.S. and Malaysian investigators have said more than $1 billion ... made their way into accounts
        # linked to Najib, who has consistently denied wrongdoing."
        (
            "Investigators have said more than $1 billion made its way into accounts linked to Erik Dahl, who has "
            "consistently denied wrongdoing.",
            "Investigators",
            ("reported", "Erik Dahl"),
        ),
    ],
)
def test_the_named_source_beside_an_unnamed_one_speaks(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_two_named_sources_beside_an_unnamed_one_leave_it_unnamed(res: analyse.Resources) -> None:
    body = (
        "Investigators have said the money went to accounts linked to Erik Dahl, who has denied wrongdoing, and to "
        "Anna Berg, who has also denied it."
    )
    assert _row(res, body, "Investigators") == ("reported", "")
