"""Forms rounds 135-137 showed (issue 11, forty-fifth session: Guardian items without a verb of saying, the ones
earlier rounds skipped, labelled blind, measured once, then read). The sentences are written for these tests, with
invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Jon Varga": "PERSON",
    "Varga": "PERSON",
    "Norland": "GPE",
    "Vesland": "GPE",
    "Nordvik Oil": "ORG",
}


@pytest.mark.parametrize(
    "sentence",
    [
        # what the finding is of, between the noun and its verb
        "Analysis of council statistics shows 212 libraries were closed or handed to volunteers last year.",
        "A study of 30 hospitals in Norland found waiting times rose by an average of 9%.",
        "Inquiry into the Vesland ferry sinking finds crew may not have been trained for night crossings.",
        # polling, with an adverb before its verb, after "as"
        "It comes as polling consistently shows that housing costs are the public's first concern.",
        # an adjective opening the sentence
        "Provisional figures in the scheme's second year show a 15% shortfall in homes insulated.",
    ],
)
def test_a_finding_no_one_is_named_for_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES) == ("reported", "")


def test_a_headline_closed_by_a_study_is_reported(res: analyse.Resources) -> None:
    title = "Working from home could raise your heating bill by a third, study reveals"
    rows = claim_rows(res, title, "The findings were published on Monday.", NAMES)
    assert row_of(rows, title[:20]) == ("reported", "")


def test_pictures_described_are_no_finding(res: analyse.Resources) -> None:
    sentence = (
        "Video footage showed Varga in a dark coat among soldiers as the service began at the cathedral."
    )
    assert row(res, sentence, NAMES) == ("unflagged", "")


def test_an_appearance_conceded_before_but_is_no_forecast(res: analyse.Resources) -> None:
    for sentence in (
        "A row over a wedding seating plan might seem trivial, but it matters more than it looks.",
        "Winter may seem like a quiet time for gardeners but there is plenty to do in the borders.",
    ):
        assert row(res, sentence, NAMES) == ("unflagged", "")
    # a forecast after the concession is still one
    assert row(res, "It could seem a small change, yet the rule may well alter every contract.", NAMES) == (
        "speculative",
        "",
    )


def test_a_purpose_is_no_forecast(res: analyse.Resources) -> None:
    sentence = (
        "The square was closed to traffic so that thousands more could watch the ceremony on big screens."
    )
    assert row(res, sentence, NAMES) == ("unflagged", "")
    assert row(res, "The dam is weak and it could give way within days.", NAMES) == ("speculative", "")


def test_an_outcome_set_to_come_is_a_forecast_what_is_scheduled_is_not(res: analyse.Resources) -> None:
    for sentence in (
        "Small retailers are set to benefit as shoppers hunt for bargains after the holidays.",
        "The Green Union is set to make large gains in the northern councils.",
        "The number of drones in Norland's skies is set to soar over the next decade.",
    ):
        assert row(res, sentence, NAMES) == ("speculative", "")
    assert row(res, "Varga is set to appear in court in Vesland on Monday.", NAMES) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Shoppers were told not to drink the bottled water over fears it could contain shards of glass.",
        "Dry weather and weak harvests are pushing up prices and raising fears of unrest.",
        "The reform is welcome, but concerns remain about its cost to small farmers.",
        "Norland prepares to join the currency union amid fears of disinformation campaigns.",
        "Two million voters will cast ballots in what observers are calling a double election.",
    ],
)
def test_fears_and_names_no_one_owns_are_reported(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence, NAMES) == ("reported", "")


def test_fears_beside_a_named_speaker_leave_the_sentence_his(res: analyse.Resources) -> None:
    sentence = (
        "Jon Varga said giving the machines legal status would be a grave mistake, amid fears that the technology "
        "is outpacing the law."
    )
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")


def test_an_emergency_declared_is_an_act_not_a_statement(res: analyse.Resources) -> None:
    assert row(res, "The governor declared an emergency in several counties as the river rose.", NAMES) == (
        "unflagged",
        "",
    )
    assert row(res, "Jon Varga declared that the county was ready for the floods.", NAMES) == (
        "attributed",
        "Jon Varga",
    )


def test_as_a_writer_notes_is_his(res: analyse.Resources) -> None:
    sentence = (
        "I was always puzzled by his view of class: as Jon Varga notes , his was a middle-class family."
    )
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")
    # the noun is nobody's verb
    assert row(res, "He kept his notes, a diary and two maps of the coast.", NAMES) == ("unflagged", "")


def test_a_charge_made_in_a_participle_is_the_subjects(res: analyse.Resources) -> None:
    sentence = "Jon Varga pulled the report days before it was due to air, charging that it was not ready."
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")
    assert row(res, "Jon Varga faces charges that he hid the money abroad.", NAMES) == ("unflagged", "")


def test_a_smear_as_is_a_characterisation(res: analyse.Resources) -> None:
    assert row(res, "Jon Varga smeared the minister as a traitor to Norland.", NAMES) == (
        "attributed",
        "Jon Varga",
    )
    assert row(res, "Jon Varga was smeared as a traitor by rivals in the party.", NAMES) != (
        "attributed",
        "Jon Varga",
    )


def test_a_county_sheriff_is_an_office_as_written(res: analyse.Resources) -> None:
    sentence = "The Vesland county sheriff announced this week that a missing hiker was found along a mountain trail."
    assert row(res, sentence, NAMES) == ("attributed", "Vesland county sheriff")


def test_quoted_by_a_medium_as_saying_is_the_speakers(res: analyse.Resources) -> None:
    sentence = (
        '"We will deal with the rioters," Norland\'s police chief Jon Varga was quoted by state media on Tuesday as '
        "saying."
    )
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")


def test_made_no_secret_is_said_openly(res: analyse.Resources) -> None:
    sentence = "Jon Varga has made no secret of wanting a share of Vesland's oil revenue."
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")


def test_a_video_a_body_posted_is_the_bodys_where_it_was_posted_aside(res: analyse.Resources) -> None:
    sentence = "The convoy crossed the border at dawn, a video posted by Nordvik Oil on social media showed."
    assert row(res, sentence, NAMES) == ("attributed", "Nordvik Oil")


def test_a_report_first_made_by_media_no_one_names_is_reported(res: analyse.Resources) -> None:
    sentence = "The offer was first reported by US media on the eve of the summit in Vesland."
    assert row(res, sentence, NAMES) == ("reported", "")


def test_what_is_destined_or_headed_for_is_a_forecast(res: analyse.Resources) -> None:
    for sentence in (
        "With the new bridge due in spring, 2027 was already destined to become a record year for Vesland.",
        "The fashion chain Nordvik Oil appears to be heading for collapse for the second time in a decade.",
    ):
        assert row(res, sentence, NAMES) == ("speculative", "")
    # a ship heading for a port, a destiny told of the past: no forecast
    assert row(res, "The ferry was heading for Vesland when its engine failed.", NAMES) == ("unflagged", "")
