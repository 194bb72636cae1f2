"""Rules from blind round 153 (fifty-second session; Guardian news, live pages and columns of new text): "its foreign
ministry said" is that ministry; a live page's headline office is the person its standfirst has speak; "amid reports
that" is a noun with no subject; the plural's "condemn" is said; "apparent" as plain to see is no hedge; a headline's
quoted participle with its object is someone's word; "points to" makes a case, unless a thing points; "she" after a
paper that cites a person is that person; a body that promotes its own thing as something claims it. A small fake
entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Norland": "GPE",
    "Ostland": "GPE",
    "QTS": "ORG",
}


def test_its_qualified_ministry_is_that_ministry(res: analyse.Resources) -> None:
    sentence = "Norland gave Ostland intelligence before the strikes, its foreign ministry said on Friday."
    rows = claim_rows(res, "Strikes", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "foreign ministry")


def test_a_live_pages_headline_office_is_the_person_its_standfirst_has_speak(res: analyse.Resources) -> None:
    title = "Norland gave Ostland intelligence for strikes, says foreign minister – politics live"
    body = "Anna Berg says the strikes against the group will be an 'ongoing process'\n\nThe strikes began on Monday."
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, title[:20]) == ("attributed", "Anna Berg")


def test_a_digests_later_office_is_not_the_next_name(res: analyse.Resources) -> None:
    # a war briefing's fourth story: the next name may be another story's (round 4)
    title = "Ostland war briefing: talks stall"
    body = (
        "The talks stalled on Monday.\n\nNorland will send more troops, the foreign minister said.\n\n"
        "Tomas Lind said the ceasefire would hold."
    )
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, "Norland will send")[1] != "Tomas Lind"


def test_amid_reports_that_has_no_speaker(res: analyse.Resources) -> None:
    sentence = (
        "The stars of the Norland right converged on Ostland this weekend amid reports that the coalition is "
        "showing signs of stress."
    )
    rows = claim_rows(res, "Conference", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_the_plurals_condemn_is_said(res: analyse.Resources) -> None:
    # with a word quoted (a headline's bare condemnation is an act, rounds 24 and 26: claims.speakers._CONDEMNS_ACT)
    title = "Berg and Lind condemn Ostland visa bans as row over 'censorship' escalates"
    body = "Anna Berg and Tomas Lind condemned the bans on Tuesday."
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, title[:12])[0] == "attributed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minority can hold informal events to highlight their proposals and criticize the government.",
        "The mayor refused to condemn the protest.",
    ],
)
def test_condemn_after_a_modal_infinitive_or_and_is_no_statement(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, "Politics", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


def test_apparent_as_plain_to_see_is_no_hedge(res: analyse.Resources) -> None:
    sentence = "My transformation was most apparent the day I realised that the test can be life-saving."
    rows = claim_rows(res, "Column", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


def test_an_apparent_attack_stays_a_hedge(res: analyse.Resources) -> None:
    sentence = "Two people died in an apparent attack on the Norland border on Sunday."
    rows = claim_rows(res, "Border", sentence, NAMES)
    assert row_of(rows, sentence[:12])[0] == "reported"


def test_a_headlines_quoted_participle_with_its_object_is_someones_word(res: analyse.Resources) -> None:
    title = "Norland's largest proposed datacentre 'understating planned water use'"
    rows = claim_rows(res, title, "The site would cover 50 hectares.", NAMES)
    assert row_of(rows, title[:12]) == ("reported", "")


def test_a_headlines_quoted_single_ing_word_is_the_outlets(res: analyse.Resources) -> None:
    title = "Norland minister 'meeting' with Ostland envoy on Friday"
    rows = claim_rows(res, title, "The talks will be held in private.", NAMES)
    assert row_of(rows, title[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anna Berg points to the bill's unanimous passage through parliament", ("attributed", "Anna Berg")),
        ("Opponents of Tomas Lind point to his close ties with Ostland.", ("reported", "")),
    ],
)
def test_points_to_makes_a_case(res: analyse.Resources, sentence: str, expected: tuple[str, str]) -> None:
    rows = claim_rows(res, "Bill", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The households' saving ratio dropped 0.7 percentage points to 9.5%.",
        "Norland's treatment of Anna Berg points to fragility of its ties with Ostland.",
    ],
)
def test_a_thing_that_points_is_no_ones_case(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Economy", sentence, NAMES)
    assert row_of(rows, sentence[:12]) != ("attributed", "Anna Berg")
    assert row_of(rows, sentence[:12])[0] != "attributed"


def test_she_after_a_paper_that_cites_a_person_is_that_person(res: analyse.Resources) -> None:
    body = (
        "The report said Ostland has been ramping up a campaign to pressure Norland.\n\n"
        "The report also pointed to a comment from Prime Minister Anna Berg late last year. She said an attack on "
        "Norland could be deemed an existential threat."
    )
    rows = claim_rows(res, "Report", body, NAMES)
    assert row_of(rows, "She said") == ("attributed", "Anna Berg")


def test_a_body_promoting_its_own_thing_as_something_claims_it(res: analyse.Resources) -> None:
    sentence = 'The operator QTS has promoted its "water-free" cooling system as proof of its sustainability.'
    rows = claim_rows(res, "Datacentre", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "QTS")


def test_promoted_to_a_rank_is_no_claim(res: analyse.Resources) -> None:
    sentence = "Anna Berg was promoted to general in 2020 and promoted her deputy the next year."
    rows = claim_rows(res, "Army", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")
