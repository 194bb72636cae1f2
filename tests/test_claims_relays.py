"""An unnamed source passed on by a named outlet (round 107, issue 11): the outlet is the speaker of the `reported`
sentence (rule 2 of tests/data/claims/README.md), also when the unnamed source comes first and the outlet after it
("..., according to the San Francisco Chronicle"); whom a source spoke to is not an outlet that passes it on (a
small fake entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Erik Dahl": "PERSON",
    "Norland": "GPE",
    "Harbour City Chronicle": "ORG",
    "Norland News Agency": "ORG",
    "NNA": "ORG",
    "Morgonbladet": "ORG",
    "Axios": "ORG",
}


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Storm damage spreads along the coast", body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 107, real: "A witness driving by the area reported to authorities that they saw a shark ...,
        # according to the San Francisco Chronicle."
        (
            "The beach was closed on Sunday.\nA witness told authorities that they saw the pier collapse, "
            "according to the Harbour City Chronicle.",
            "A witness",
            ("reported", "Harbour City Chronicle"),
        ),
        # dev, real: "..., a local police official was quoted as saying on Monday by state news agency Antara."
        (
            "A fire at a retirement home has killed 16 people, a local police official was quoted as saying on "
            "Monday by state news agency Morgonbladet.",
            "A fire",
            ("reported", "Morgonbladet"),
        ),
        # dev, real: "..., while authorities said an investigation ... was ongoing, according to VNA." after "the
        # Vietnam News Agency": the acronym of an outlet the item names
        (
            "At least 7 people were killed, the Norland News Agency said.\nRescue teams were sent, while "
            "authorities said an investigation into the cause was ongoing, according to NNA.",
            "Rescue teams",
            ("reported", "Norland News Agency"),
        ),
        # dev, real: "Axios' source said that Washington is ready to submit a document ..."
        (
            "Talks went on into the night.\nAxios' source said that Norland is ready to submit a document.",
            "Axios' source",
            ("reported", "Axios"),
        ),
    ],
)
def test_an_outlet_that_passes_on_an_unnamed_source_speaks(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_a_source_who_spoke_to_an_outlet_stays_unnamed(res: analyse.Resources) -> None:
    # round 101, labelled: "A passenger onboard the Coral Adventurer has told the ABC she won't travel ..." is
    # `reported` with no speaker
    body = "The ship was stuck for days.\nA passenger has told Morgonbladet she won't travel with the line again."
    assert _row(res, body, "A passenger") == ("reported", "")


def test_an_outlet_named_as_what_the_sentence_is_about_does_not_speak(res: analyse.Resources) -> None:
    # the outlet is the subject of the claim, not the one who passes it on
    body = "Officials said Morgonbladet had been fined for a breach of privacy rules."
    assert _row(res, body, "Officials said") == ("reported", "")


def test_two_outlets_that_pass_on_an_unnamed_source_leave_it_unnamed(res: analyse.Resources) -> None:
    # corpus, real: "US media outlets CBS News and Fox News reported unnamed Trump administration officials
    # confirming that US forces were involved." (round 53's label: no speaker)
    body = (
        "Explosions were heard overnight.\nLocal outlets Morgonbladet and Axios reported unnamed officials "
        "confirming that the army was involved."
    )
    assert _row(res, body, "Local outlets") == ("reported", "")
