"""Forms rounds 129 and 130 showed at first sight (issue 11, forty-third session: 44 Guardian items labelled blind,
then read). The sentences are written for these tests, with invented names (a small fake entity finder)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Jon Varga": "PERSON", "Ola Brun": "PERSON", "Norland": "GPE", "Vesland": "GPE", "Varga": "PERSON"}


def test_a_complaint_with_what_it_says_speaks(res: analyse.Resources) -> None:
    title = "Jon Varga complains the files are damaging people who 'innocently met' him"
    assert row_of(claim_rows(res, title, "He spoke on Friday.", NAMES), title[:12]) == (
        "attributed",
        "Jon Varga",
    )
    # not a complaint of or about something
    assert row(res, "Jon Varga complains about the noise from the port every night.", NAMES) == (
        "unflagged",
        "",
    )


def test_writes_one_of_a_group_no_one_names_is_reported(res: analyse.Resources) -> None:
    sentence = '"Do not give something that appeals only to you," writes one, and "Always give a book," writes another.'
    assert row(res, sentence, NAMES) == ("reported", "")
    # "another protester, X" is named
    named = '"They say we hate each other - no!" said another protester, Ola Brun.'
    assert row(res, named, NAMES) == ("attributed", "Ola Brun")


def test_a_possibility_named_is_speculative(res: analyse.Resources) -> None:
    assert (
        row(res, "The dispute has the potential to start a civil war in the south.", NAMES)[0]
        == "speculative"
    )
    title = "Jon Varga says war with Vesland is possible"
    assert row_of(claim_rows(res, title, "He spoke on Friday.", NAMES), title[:12]) == (
        "speculative",
        "Jon Varga",
    )
    # a past possibility and an ability are no forecast
    assert row(res, "Seeing him play reminded me that pride and belonging were possible.", NAMES) == (
        "unflagged",
        "",
    )
    assert row(res, "It is possible to cross the bridge on foot.", NAMES) == ("unflagged", "")


def test_a_name_one_gives_oneself_is_no_claim(res: analyse.Resources) -> None:
    sentence = (
        'Ola Brun – a staunch ally of Jon Varga who calls herself "ultra-loyal" – is ending her campaign.'
    )
    assert row(res, sentence, NAMES) == ("unflagged", "")


def test_a_name_that_only_modifies_the_subject_is_not_the_speaker(res: analyse.Resources) -> None:
    sentence = "The Varga-allied Republican said the campaign was not an effective use of time."
    status, speaker = row(res, sentence, NAMES)
    assert status == "attributed" and "Varga" not in speaker
