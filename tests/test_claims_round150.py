"""Rules from blind round 150 (fifty-first session; Guardian news of new text): a statement named by its noun and its
maker ("a warning from X that ..."); a finding its maker states ("X surveyed ... and found that"); a poll's share
after an opening time is the poll's figure, and the pollster's when "according to" names one; a state's office
with no article and no name ("US president goes on ..., alleging") is the holder the item names; criticism told
as "took aim at", "hit out at". A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Kapwing": "ORG",
    "Gallup": "ORG",
    "Public Religion Research Institute": "ORG",
    "Walz": "PERSON",
}


def test_a_warning_from_someone_that_is_theirs(res: analyse.Resources) -> None:
    sentence = (
        "A surge in the price of silver has prompted a warning from Anna Berg that makers could suffer."
    )
    rows = claim_rows(res, "Silver", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("speculative", "Anna Berg")


def test_a_warning_with_no_statement_is_no_claim(res: analyse.Resources) -> None:
    sentence = "A warning from Anna Berg came on Monday."
    rows = claim_rows(res, "Silver", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The video-editing company Kapwing surveyed 15,000 channels and found that 278 of them carry only AI slop.",
            ("attributed", "Kapwing"),
        ),
        ("One survey last year found that councils could not hire social workers.", ("reported", "")),
    ],
)
def test_a_finding_is_stated_by_its_maker(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    rows = claim_rows(res, "Study", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == expected


def test_it_was_found_that_names_no_finder(res: analyse.Resources) -> None:
    sentence = "It was found that the door had been opened."
    rows = claim_rows(res, "Door", sentence, NAMES)
    assert row_of(rows, sentence[:12])[1] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "But in October of this year, just 36% of Democrats said the same.",
        "In 2024, 55% of voters said it mattered.",
    ],
)
def test_a_poll_share_after_a_time_is_the_polls_figure(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Poll", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "maker"),
    [
        (
            "In 2024, 55% of Democrats said abortion was important, according to polling from the Public Religion "
            "Research Institute.",
            "Public Religion Research Institute",
        ),
        ("In 2024, 55% of Democrats said abortion was important, according to a poll by Gallup.", "Gallup"),
    ],
)
def test_a_poll_share_according_to_a_pollster_is_the_pollsters(
    res: analyse.Resources, sentence: str, maker: str
) -> None:
    rows = claim_rows(res, "Poll", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", maker)


def test_a_states_office_without_a_name_is_the_holder_the_item_names(res: analyse.Resources) -> None:
    body = (
        "US president goes on tirade against lawmaker, alleging fraud in industry\n\n"
        "Anna Berg, the US president, spoke on Wednesday."
    )
    rows = claim_rows(res, "Berg attacks Walz", body, NAMES)
    assert row_of(rows, "US president goes") == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg took further aim at the governor on Wednesday.",
        "Anna Berg hit out at critics of the plan on Monday.",
        "Anna Berg lashed out at the press.",
    ],
)
def test_criticism_told_as_aim_or_hitting_out_is_said(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Governor", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Gold hit record highs as investors look for a Santa rally.",
        "Officials pledge 'massive savings' as companies agree to lower prices.",
        "Analysts predict further gains for bullion.",
    ],
)
def test_an_unnamed_groups_promise_bet_or_prediction_is_its_view(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, "Markets", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_an_unnamed_groups_undertaking_is_no_claim(res: analyse.Resources) -> None:
    sentence = "Officials pledge to review the case."
    rows = claim_rows(res, "Review", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")
