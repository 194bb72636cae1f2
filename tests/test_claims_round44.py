"""Claim speakers from the misses of the lead's forty-fourth labelling round (Reuters, first sight), by
construction rather than by sentence: an institution's whole name after a state's possessive ("according to Japan's
Ministry of Defense"), an age between an inverted verb and the name ("said 76-year-old Anna Berg"), "the report
said" after a sentence that named the report's maker, a pronoun subject after a time that opens the sentence ("But
weeks later, he launched ..., claiming ...") and a headline that opens with a whole quoted sentence before its
own ("'We will stay.' Berg defies ...") (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Norland": "GPE",
    "Japan": "GPE",
    "Ministry of Defense": "ORG",
    "Ministry of Emergency Situations": "ORG",
    "National Security Bureau": "ORG",
    "Harbour Institute": "ORG",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
}
TITLE = "Storm closes the northern ports"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 44: "The missile is believed to have already fallen, according to Japan's Ministry of Defense."
        (
            "The ferry is believed to have sunk, according to Japan's Ministry of Defense.",
            ("reported", "Japan's Ministry of Defense"),
        ),
        (
            "Ten people were hurt, according to Norland's Ministry of Emergency Situations on Monday.",
            ("attributed", "Norland's Ministry of Emergency Situations"),
        ),
        # a lower-case institution keeps its words and no more
        (
            "Ten people were hurt, according to Norland's defence ministry of the north.",
            ("attributed", "Norland's defence ministry"),
        ),
    ],
)
def test_an_institution_after_a_possessive_keeps_its_whole_name(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


def test_an_age_before_the_name_of_an_inverted_verb_is_a_description(res: analyse.Resources) -> None:
    # round 44: '"It's to be together with the people who are suffering," said 76-year-old Charlotte Schumacher, a
    # participant in the procession. "I know people who have lost their grandchildren."'
    body = (
        'Hundreds walked through the town on Sunday.\n\n"We came to be with the families who are suffering," said '
        '76-year-old Anna Berg, a neighbour. "I know people who have lost their children."'
    )
    rows = _claims(res, body)
    assert row_of(rows, '"We came to be') == ("attributed", "Anna Berg")
    assert row_of(rows, '"I know people') == ("attributed", "Anna Berg")


def test_the_report_said_is_its_makers_when_a_sentence_before_named_it(res: analyse.Resources) -> None:
    # round 44: "..., the National Security Bureau said in a report to Parliament." / '..., "...," the report said.'
    body = (
        "The drills were political, the National Security Bureau said in a report to Parliament.\n\n"
        'The drills were also meant to "redirect public anger," the report said.\n\n'
        "The report said the campaign had grown."
    )
    rows = _claims(res, body)
    assert row_of(rows, "The drills were also") == ("attributed", "National Security Bureau")
    assert row_of(rows, "The report said") == ("attributed", "National Security Bureau")


def test_the_report_said_with_no_maker_named_stays_unnamed(res: analyse.Resources) -> None:
    # "A new report says" (round 24): a report nobody is named for
    body = "The ports closed on Monday.\n\nThe report said the campaign had grown."
    assert row_of(_claims(res, body), "The report said") == ("reported", "")


@pytest.mark.parametrize("opener", ["But weeks later, she", "Weeks later, she", "Days later she"])
def test_a_pronoun_subject_after_an_opening_time_speaks_through_its_participle(
    res: analyse.Resources, opener: str
) -> None:
    # round 44: "But weeks later, he launched an effort to bring white South Africans of Afrikaner ethnicity to the
    # U.S. as refugees, claiming they were victims of race-based persecution ..."
    body = (
        "Anna Berg froze the harbour fees. "
        f"{opener} launched a fund for the fishermen, claiming they were victims of the storm."
    )
    assert row_of(_claims(res, body), opener[:8]) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # round 44: "'We are going to run the country.' Trump bets on regime change in Venezuela."
        ("'We are going to stay in the port.' Berg bets on the fleet", ("attributed", "Anna Berg")),
        ("'This is our home!' Berg defies the storm", ("attributed", "Anna Berg")),
        # the colon form as before (round 17's "author Bill McKibben on ...")
        ("'We finally have a plan': Berg on the fleet", ("attributed", "Anna Berg")),
    ],
)
def test_a_headline_opening_with_a_whole_quoted_sentence_is_the_person_after_it(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    body = "Mayor Anna Berg spoke to fishermen in the port on Monday."
    assert row_of(_claims(res, body, title), title[:10]) == expected


SPOKES_BODY = (
    "The closure of the port creates an opportunity for talks, a Harbour Institute spokesperson said on Monday.\n"
    '"It is too early to assess all the implications," the spokesperson said.\n'
    'She did not comment on the fees, but said it "created an opportunity for the fleet."\n'
    '"It is worth recalling that Tomas Lind lacked the support of the fishermen," she added.'
)


def test_a_bodys_spokesperson_goes_on_through_the_spokesperson_and_she(res: analyse.Resources) -> None:
    # round 42: "..., a European Commission spokesperson said" / '"...," the spokesperson said.' / "She did not
    # comment ..., but said" / '"... Nicolas Maduro lacked ...," she added.': the Commission, never Maduro
    rows = _claims(res, SPOKES_BODY, "Institute sees opportunity for talks, spokesperson says")
    assert row_of(rows, "Institute sees") == ("attributed", "Harbour Institute")
    assert row_of(rows, '"It is too early') == ("attributed", "Harbour Institute")
    assert row_of(rows, "She did not comment") == ("attributed", "Harbour Institute")
    assert row_of(rows, '"It is worth recalling') == ("attributed", "Harbour Institute")


def test_a_person_named_after_the_spokesperson_is_whom_he_refers_to(res: analyse.Resources) -> None:
    body = (
        "The port will close, a Harbour Institute spokesman said on Monday.\n"
        "Mayor Tomas Lind visited the port on Tuesday.\n"
        '"It is closed," he said.'
    )
    assert row_of(_claims(res, body), '"It is closed') == ("attributed", "Tomas Lind")
