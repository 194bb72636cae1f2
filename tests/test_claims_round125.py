"""Forms rounds 125 and 126 showed at first sight (issue 11, forty-third session: 21 Guardian items and 20 SCMP and
Reuters/France 24 items labelled blind, then read). The sentences are written for these tests, with invented names
(a small fake entity finder)."""

from __future__ import annotations

import pytest

from benchmarks.quality_claims import same_speaker
from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Jon Varga": "PERSON",
    "Ola Brun": "PERSON",
    "Norland": "GPE",
    "Vesland": "GPE",
    "Hillside College": "ORG",
    "Lena Holt": "PERSON",
}


def test_a_statement_issued_on_a_day_speaks_for_its_issuer(res: analyse.Resources) -> None:
    body = (
        "Lena Holt, 15, attended Hillside College, a private school in the town.\n\nThe school issued a statement on"
        ' Friday saying it was "praying for a miracle".'
    )
    assert row_of(claim_rows(res, "Missing girl", body, NAMES), "The school") == (
        "attributed",
        "Hillside College",
    )


def test_a_described_person_after_a_report_about_them_is_that_person(res: analyse.Resources) -> None:
    body = (
        "Film star Jon Varga has become a citizen of Norland, an official decree showed. "
        '"I love the culture, even if I am still bad at the language," the 64-year-old actor told a radio station.'
    )
    assert row_of(claim_rows(res, "Citizenship", body, NAMES), '"I love') == ("attributed", "Jon Varga")


def test_she_of_a_friend_no_one_names_is_unnamed(res: analyse.Resources) -> None:
    body = 'Several months ago, staring down another empty weekend, a friend texted me. "Why is no one having parties?" she fumed.'
    assert row_of(claim_rows(res, "Parties", body, NAMES), '"Why is') == ("reported", "")


def test_an_apposition_accused_of_is_no_speech_of_its_subject(res: analyse.Resources) -> None:
    title = "Jon Varga, accused of planting bombs before the vote, presents 'intolerable risk', court finds"
    assert row_of(claim_rows(res, title, "The judge ruled on Friday.", NAMES), title[:12]) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norland postal service has announced it will cease deliveries from 30 December after 400 years.",
        "The ferry company announced that it would suspend crossings for the winter.",
    ],
)
def test_a_bodys_own_next_step_announced_is_an_act(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "This food preservation method is being promoted as a nutrition powerhouse, but it is no substitute.",
        "He also warned against any involvement by Vesland, echoing frequent concerns expressed by Norland officials.",
    ],
)
def test_what_no_one_named_sells_or_fears_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES)[0] == "reported"


def test_a_saying_is_no_speaker(res: analyse.Resources) -> None:
    sentence = "News must be something someone somewhere does not want printed, says the old maxim."
    assert row(res, sentence, NAMES) == ("reported", "")


def test_a_question_asked_after_a_colon_is_the_askers(res: analyse.Resources) -> None:
    sentence = 'In one of his last sermons, the philosopher Jon Varga asked: "Do we have a right to hope?"'
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")


def test_a_headlines_bare_owner_of_a_claim_is_its_speaker(res: analyse.Resources) -> None:
    title = "Oil firms silent on Jon Varga claim they will spend billions on Norland's oil industry"
    rows = claim_rows(res, title, "The firms said nothing.", NAMES)
    assert row_of(rows, title[:12]) == ("attributed", "Jon Varga")


def test_a_headlines_likely_cause_is_speculative(res: analyse.Resources) -> None:
    title = "Sparklers likely cause of fatal bar fire that killed 40"
    assert row_of(claim_rows(res, title, "The bar was full.", NAMES), title[:12]) == ("speculative", "")
    assert row(res, "The likely cause of the fire was a candle.", NAMES) == ("unflagged", "")


def test_scorn_in_quoted_words_is_a_statement(res: analyse.Resources) -> None:
    sentence = (
        "As the Norland government derides climate policy as a 'scam', emissions cuts are gaining popularity."
    )
    status, speaker = row(res, sentence, NAMES)
    assert status == "attributed" and speaker.endswith("government")


def test_an_agency_and_its_initials_are_one_speaker() -> None:
    # the benchmark's comparison: a hyphenated word gives each part's letter
    assert same_speaker("AFP", "Agence France-Presse")
    assert not same_speaker("AFP", "Associated Press")
