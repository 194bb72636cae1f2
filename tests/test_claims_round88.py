"""Speaker forms from the full-text rounds 77, 78, 80 and 88 (issue 11), by construction (a small fake entity
finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Piet Holm": "PERSON",
    "Jan Kuus": "PERSON",
    "Norland": "GPE",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


def test_he_opening_a_paragraph_is_whom_the_paragraph_before_is_about_not_a_possessive(
    res: analyse.Resources,
) -> None:
    # round 88: "Zelenskiy held talks ... with Trump's special envoy Steve Witkoff ... / He said that some documents
    # ...": the paragraph before is about Zelenskiy; "Trump's" only qualifies the envoy, however often Trump is named
    rows = _rows(
        res,
        "Lind says a lot can be decided before meeting Berg",
        "Norland's President Tomas Lind said on Friday he planned to meet President Anna Berg soon, as Berg pushes "
        "for a deal.\n"
        '"We have agreed on a meeting with President Berg. A lot can be decided before the New Year," he said.\n'
        "Lind held talks on Thursday with Berg's special envoy Piet Holm.\n"
        "He said that some documents were nearly ready while others were fully prepared.",
    )
    assert row_of(rows, "He said that some") == ("attributed", "Tomas Lind")


def test_a_named_body_and_unnamed_agencies_of_one_verb_keep_the_body(res: analyse.Resources) -> None:
    # round 77: "Russian commanders told Putin that ..., the Kremlin and Russian agencies said on Telegram": one who
    # speaks is not named (`reported`), the named body is kept, as with "the navy and government officials said"
    rows = claim_rows(
        res,
        "Norland army takes two towns",
        "Norland commanders told Lind that the army had captured the towns of Arvik and Berslo, the Tower Council "
        "and Norland agencies said on Telegram.",
        {**NAMES, "Tower Council": "ORG", "Arvik": "GPE", "Berslo": "GPE"},
    )
    assert row_of(rows, "Norland commanders told") == ("reported", "Tower Council")
