"""Unnamed sources and hedges from round 93 (issue 11), by construction: a headline's quoted words before a group of
common nouns, "..., sources say" and "..., newly released file shows" headlines, videos on social media, an opening
"Reports of", "according to one source from <body>", "an NGO said", "the unidentified official wrote", "Many
economists see ... a sign of" and "the semiofficial X news agency" (a small fake entity finder; paragraphs joined by a
single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Norland": "GPE",
    "Nordic Herald": "ORG",
    "Norland Energy Ministry": "ORG",
    "Tomas Lind": "PERSON",
    "Norland Foreign Ministry": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    "title",
    [
        "'We are all afraid': Norland villagers alarmed by plans for new dam",
        "'A bloody spectacle': animal welfare groups decry Norland seal cull",
        # round 93, real: the quoted words of groups no one names
        "'Heartbreaking': Florida wildlife groups decry state-sanctioned bear hunt",
    ],
)
def test_a_quotation_before_a_group_is_the_groups(res: analyse.Resources, title: str) -> None:
    assert row_of(_rows(res, title, "The plan was approved in May."), title[:6]) == ("reported", "")


def test_a_quotation_before_a_named_person_is_not_a_groups(res: analyse.Resources) -> None:
    title = "'We are all afraid': Anna Berg speaks of plans for new dam"
    assert row_of(_rows(res, title, "The plan was approved in May."), title[:6])[0] != "reported"


def test_a_headline_credited_to_sources_is_reported(res: analyse.Resources) -> None:
    # round 93: "Brazil's Justice Minister tells advisors, Presidential Palace he will exit, sources say"
    title = "Norland's energy minister tells aides she will resign, sources say"
    assert row_of(_rows(res, title, "The ministry did not comment."), "Norland's")[0] == "reported"


def test_a_headline_credited_to_a_released_file_is_reported(res: analyse.Resources) -> None:
    # round 93: "Trump flew on Epstein jet 'many more times than reported', newly released file shows"
    for title in (
        "Anna Berg met the envoy 'far more often than known', newly released file shows",
        "Anna Berg flew on Tomas Lind's jet 'many more times', file shows",
    ):
        assert row_of(_rows(res, title, "The file was released on Tuesday."), "Anna Berg") == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Videos on social media showed crowds marching through the centre of the capital.",
        "Footage shared on social media shows smoke rising over the port.",
    ],
)
def test_videos_on_social_media_are_no_one_named(res: analyse.Resources, sentence: str) -> None:
    rows = _rows(res, "Protests spread in Norland", f"Thousands marched on Monday.\n{sentence}")
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_footage_the_outlet_verified_stays_plain(res: analyse.Resources) -> None:
    sentence = "In footage verified by the newsroom, crowds could be seen marching through the centre."
    rows = _rows(res, "Protests spread in Norland", f"Thousands marched on Monday.\n{sentence}")
    assert row_of(rows, "In footage") == ("unflagged", "")


def test_reports_as_the_subject_are_no_one_named(res: analyse.Resources) -> None:
    # round 93: "Report of a drone attack on a port facility signals new phase in US military campaign ..."
    body = (
        "Reports of a missile strike near the port raise fears of a wider war\nThe port was closed on Monday."
    )
    assert row_of(_rows(res, "Tension rises in Norland", body), "Reports of") == ("reported", "")


def test_a_source_from_a_body_is_not_named(res: analyse.Resources) -> None:
    # round 93: "Lewandowski's exit is expected to become official on Friday, according to one source from the
    # Presidential Palace."
    body = "The deal is due to be signed on Friday, according to one source from the Norland Energy Ministry."
    assert row_of(_rows(res, "Norland gas deal near", body), "The deal") == ("reported", "")


def test_an_ngo_with_no_name_is_not_named(res: analyse.Resources) -> None:
    # round 93: "... as an NGO said more than two dozen people had been killed in a crackdown ..."
    body = "Police fired tear gas at the crowd on Tuesday, as an NGO said at least ten people had died."
    assert row_of(_rows(res, "Unrest in Norland", body), "Police fired") == ("reported", "")


def test_an_unidentified_writer_is_not_named(res: analyse.Resources) -> None:
    # round 93: "In an email dated January 7, 2020, the unidentified prosecutor wrote that flight records showed ..."
    body = (
        "In an email dated May 2, the unidentified prosecutor wrote that flight records showed Anna Berg had flown on"
        " Tomas Lind's private jet eight times."
    )
    assert row_of(_rows(res, "Norland files released", body), "In an email") == ("reported", "")


def test_a_group_that_sees_a_sign_is_not_named(res: analyse.Resources) -> None:
    # round 93: "Many critics see the rate a sign of an approaching hyperinflation."
    body = "Prices rose 40% in a year.\nMany economists see the rise a sign of a coming recession."
    assert row_of(_rows(res, "Norland inflation soars", body), "Many economists") == ("reported", "")


def test_a_semiofficial_agency_is_its_name(res: analyse.Resources) -> None:
    # round 93: "The semiofficial ILNA news agency said many businesses and merchants stopped trading ..."
    body = "The semiofficial Norpress news agency said many shops stayed shut on Monday."
    assert row_of(_rows(res, "Strike in Norland", body), "The semiofficial") == ("attributed", "Norpress")


@pytest.mark.parametrize(
    "title",
    [
        "Norland Foreign Ministry condemns mosque blast as attempt to undermine stability",
        "Anna Berg condemns the blockade as a violation of international law",
    ],
)
def test_a_condemnation_with_its_verdict_is_the_subjects(res: analyse.Resources, title: str) -> None:
    # round 93: "Syrian Foreign Ministry condemns Homs mosque blast as attempt to undermine stability"
    who = title.split(" condemns")[0]
    assert row_of(_rows(res, title, "The blast killed eight people."), title[:6]) == ("attributed", who)


@pytest.mark.parametrize(
    "title", ["Norland condemns strikes as talks resume", "Norland Foreign Ministry condemns mosque blast"]
)
def test_a_bare_condemnation_stays_an_act(res: analyse.Resources, title: str) -> None:
    assert row_of(_rows(res, title, "The blast killed eight people."), title[:6]) == ("unflagged", "")
