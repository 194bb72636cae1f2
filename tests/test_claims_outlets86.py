"""Speaker forms from rounds 26, 69 and 74 (issue 11), by construction rather than by sentence: an outlet that
quotes or cites people it does not name "as saying" is the speaker of the `reported` sentence, also when its name
is an acronym the model did not read or has its state and "news agency" around it; a titled person named before
"of <body>" speaks, not the body (a small fake entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Tasnim": "ORG",
    "Norland": "GPE",
    "National Bureau of Investigation": "ORG",
}


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Strikes spread across the northern ports", body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 69: '"Continuing to do business ... impossible," ILNA quoted protesters as saying.'
        (
            'Shops were shut on Monday.\n"We cannot go on like this," ILNA quoted protesters as saying.',
            '"We cannot',
            ("reported", "ILNA"),
        ),
        # round 26: "Iran's Tasnim news agency cited a local official as saying ..."
        (
            "Norland's Tasnim news agency cited a local official as saying four people were detained.",
            "Norland's Tasnim",
            ("reported", "Tasnim"),
        ),
    ],
)
def test_an_outlet_relaying_people_it_does_not_name_speaks(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_a_quotation_with_no_relay_after_it_stays_unnamed(res: analyse.Resources) -> None:
    body = 'Shops were shut on Monday.\n"We cannot go on like this," protesters were quoted as saying.'
    assert _row(res, body, '"We cannot') == ("reported", "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # round 74: "Detective Chief Superintendent Risto Lohi of Finland's National Bureau of Investigation said"
        (
            '"The interviews have clarified the events," Detective Chief Superintendent Risto Lohi of Norland\'s '
            "National Bureau of Investigation said in a statement.",
            ("attributed", "Risto Lohi"),
        ),
        # no person before "of": the body speaks
        (
            '"The interviews have clarified the events," the National Bureau of Investigation said.',
            ("attributed", "National Bureau of Investigation"),
        ),
    ],
)
def test_a_titled_person_of_a_body_speaks_not_the_body(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, '"The interviews') == expected
