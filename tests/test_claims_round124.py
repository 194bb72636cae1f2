"""Forms round 124 showed at first sight (issue 11, forty-third session: 22 Guardian items labelled blind, then read).
The sentences are written for these tests, with invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Jon Varga": "PERSON", "Norland": "GPE", "Vesland": "GPE", "Ola Brun": "PERSON", "Norvale": "GPE"}


def test_might_as_a_noun_forecasts_nothing(res: analyse.Resources) -> None:
    assert row(res, "In contrast, all Norlanders felt the might of our navy.", NAMES) == ("unflagged", "")
    # the modal still forecasts
    assert row(res, "The navy might close the strait next week.", NAMES)[0] == "speculative"


def test_papers_named_for_a_person_are_not_that_persons_words(res: analyse.Resources) -> None:
    title = "'You know what I want': Jon Varga files reveal the tycoon's routine abuse of staff"
    body = "Released documents detail the process by which Jon Varga hired his victims."
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, title[:12]) == ("reported", "")
    assert row_of(rows, body[:12]) == ("reported", "")
    # the person the words after the colon open with, speaking on a topic, is still the one quoted
    spoken = "'You know what I want': Jon Varga on life as a tycoon"
    assert row_of(claim_rows(res, spoken, "He spoke at length.", NAMES), spoken[:12]) == (
        "attributed",
        "Jon Varga",
    )


def test_but_said_shares_the_subject_of_the_clause_before(res: analyse.Resources) -> None:
    sentence = "Transport department publishes the rail timetable on deadline day – but said it would hold back some routes"
    assert row(res, sentence, NAMES) == ("attributed", "Transport department")


def test_an_office_opening_a_sentence_speaks_as_written(res: analyse.Resources) -> None:
    sentence = "Attorney general's office also says 10 people received prison terms for the bombing."
    assert row(res, sentence, NAMES) == ("attributed", "Attorney general's office")


def test_an_office_in_a_named_region_is_that_office(res: analyse.Resources) -> None:
    sentence = "The two managers are suspected of arson by negligence, the prosecutors' office in the canton of Norvale said."
    assert row(res, sentence, NAMES) == ("attributed", "prosecutors' office")


def test_speaking_to_an_outlet_as_the_scene_of_an_interview_is_no_claim(res: analyse.Resources) -> None:
    body = (
        '"You float stuff until people get used to it," said Ola Brun, a senator.\n\nBrun was sitting in his office and'
        " speaking to the Courier at 11am on Thursday."
    )
    rows = claim_rows(res, "Senator", body, NAMES)
    assert row_of(rows, "Brun was sitting") == ("unflagged", "")
    # a speaker "speaking to" an outlet as he says something still says it
    said = "Speaking to the Courier on Thursday, Ola Brun said the vote would be close."
    assert row(res, said, NAMES) == ("attributed", "Ola Brun")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland has announced prison sentences for 40 gang members, some of them for hundreds of years.",
        "In a statement slipped out before the holiday, the transport department announced the U-turn on fares.",
        "Vesland took control of the port in 2022 and announced plans to connect it to its rail network.",
        "The airport authority had earlier announced the temporary closure of the runway.",
    ],
)
def test_a_decision_made_public_is_an_act(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES) == ("unflagged", "")


def test_what_an_unnamed_group_fears_is_reported(res: analyse.Resources) -> None:
    sentence = "The new safety chief will face a daunting task amid fears from some experts that the machines could fail."
    assert row(res, sentence, NAMES) == ("reported", "")
