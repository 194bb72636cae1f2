"""Forms from the sixty-third labelling round's first sight, by construction rather than by sentence: an office its
owner names ("Norland's top judge"), a body inside a plural owner ("Osterby's regional prosecutors' office"), "X's
statement that", "repeated that", the one an agency quotes by name in an apposition, an unnamed relay without its
auxiliary ("with Vestria reported to be"), a paper the outlet saw, a hypothetical with an indefinite subject, and a
plural possessive that is no speech verb (a small fake entity finder; paragraphs joined by a single newline, as in
feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Norland": "GPE",
    "Vestria": "GPE",
    "Osterby": "GPE",
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Berg": "PERSON",
    "Norpress": "ORG",
}
TITLE = "Tension rises in the north"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    "body",
    [
        "Norland's top judge warned protesters on Wednesday there would be no leniency for rioters.",
        "Norland's chief prosecutor said on Wednesday there would be no leniency for rioters.",
    ],
)
def test_an_office_its_owner_names_speaks_as_written(res: analyse.Resources, body: str) -> None:
    status, speaker = _row(res, body, "Norland's")
    assert status == "attributed"
    assert speaker.startswith("Norland's") and speaker != "Norland"


def test_a_headline_office_its_owner_names_speaks(res: analyse.Resources) -> None:
    title = "Norland's top judge warns protesters of 'no leniency'"
    rows = claim_rows(res, title, "Protests went on in the capital for a third day.", NAMES)
    assert row_of(rows, title) == ("attributed", "Norland's top judge")


def test_a_body_inside_a_plural_owner_is_named_not_unnamed(res: analyse.Resources) -> None:
    body = "Osterby's regional prosecutors' office said in a statement that one civilian was injured in the attack."
    assert _row(res, body, "Osterby's") == ("attributed", "Osterby's regional prosecutors' office")


@pytest.mark.parametrize(
    "body",
    [
        "The talks followed Anna Berg's statement that the border would stay closed until spring.",
        "The talks followed Anna Berg's remarks that the border would stay closed until spring.",
    ],
)
def test_a_persons_statement_that_is_theirs(res: analyse.Resources, body: str) -> None:
    assert _row(res, body, "The talks") == ("attributed", "Anna Berg")


def test_repeated_that_says_something(res: analyse.Resources) -> None:
    body = "Anna Berg has in recent days repeated that she wants the border closed, an idea first voiced in 2019."
    assert _row(res, body, "Anna Berg has") == ("attributed", "Anna Berg")
    # "repeated" of an act says nothing
    body = "Anna Berg repeated the exercise on Tuesday with the navy."
    assert _row(res, body, "Anna Berg repeated") == ("unflagged", "")


def test_the_one_an_agency_quotes_by_name_in_an_apposition_speaks(res: analyse.Resources) -> None:
    body = (
        "The state news agency Norpress quoted his lawyer, Tomas Lind, as saying the man had been released."
    )
    assert _row(res, body, "The state") == ("attributed", "Tomas Lind")
    # without the apposition the agency's quotation of an unnamed lawyer is not the lawyer's name
    body = "The state news agency Norpress quoted his lawyer as saying the man had been released."
    assert _row(res, body, "The state")[1] != "Tomas Lind"


def test_reported_to_be_without_an_auxiliary_is_a_report_no_one_is_named_for(res: analyse.Resources) -> None:
    body = "The clashes killed at least four people, with Vestria reported to be mediating a de-escalation."
    assert _row(res, body, "The clashes") == ("reported", "")
    body = "The clashes killed at least four people, with Vestria mediating a de-escalation."
    assert _row(res, body, "The clashes") == ("unflagged", "")


def test_a_paper_the_outlet_saw_names_nobody(res: analyse.Resources) -> None:
    body = (
        "According to a note sent to the 35 invited delegations and reviewed by Reuters, the meeting will focus on "
        "a multinational force."
    )
    assert _row(res, body, "According") == ("reported", "")


@pytest.mark.parametrize(
    "body",
    [
        "A military seizure of the island from a longtime ally, Vestria, would send shock waves through the alliance.",
        "Any deal would need the approval of both parliaments before the summer.",
    ],
)
def test_a_hypothetical_with_an_indefinite_subject_is_a_forecast(res: analyse.Resources, body: str) -> None:
    assert _row(res, body, body[:8]) == ("speculative", "")


@pytest.mark.parametrize(
    "body",
    [
        "A spokesman would not comment on the case.",
        "A man who said he would run was arrested on Monday.",
    ],
)
def test_a_refusal_or_a_relative_clause_is_no_hypothetical(res: analyse.Resources, body: str) -> None:
    assert _row(res, body, body[:8])[0] != "speculative"


def test_caused_fears_are_spoken_of_not_a_forecast(res: analyse.Resources) -> None:
    body = "The ministry has sought the voter lists, leading to fears the information could be misused."
    assert _row(res, body, "The ministry")[0] != "speculative"


def test_a_plural_possessive_is_no_speech_verb(res: analyse.Resources) -> None:
    body = "Anna Berg's government has sought states' voter registration lists for a review."
    assert _row(res, body, "Anna Berg's") == ("unflagged", "")
