"""A statement several sign, and the names it speaks of (forty-eighth session): a named speaker who talks *of* the
joint statement keeps his name; "..., it added" after the statement goes on with the statement, not with a name its
own words mention; "the statement said" of a statement signed by several is no one signatory's; the quotation the
statement's closing sentence ends is credited as that sentence is. Sentences written for these tests, with invented
names (a small fake entity finder)."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Norland": "GPE",
    "Vesland": "GPE",
    "Ostmark": "GPE",
    "Nordic Council": "ORG",
    "Ilse Brandt": "PERSON",
    "Per Lund": "PERSON",
    "Brandt": "PERSON",
}
TITLE = "Leaders back Norland over the islands"


def test_a_speaker_who_talks_of_the_joint_statement_keeps_his_name(res: analyse.Resources) -> None:
    body = (
        "The statement was signed by Norland's prime minister Ilse Brandt and Vesland's prime minister Per Lund.\n\n"
        'Brandt said she had made her position "clear" in the joint statement, though she did not repeat it.'
    )
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, "Brandt said") == ("attributed", "Ilse Brandt")


def test_a_joint_statement_as_the_medium_is_still_several_authors(res: analyse.Resources) -> None:
    sentence = "The islands belong to their people, the ministers of Norland, Vesland and Ostmark said in a joint statement."
    rows = claim_rows(res, TITLE, sentence, NAMES)
    assert row_of(rows, "The islands belong") == ("attributed", "")


def test_it_added_goes_on_with_the_statement_not_a_name_it_speaks_of(res: analyse.Resources) -> None:
    body = (
        'The leaders\' joint statement called security in the north "critical".\n\n'
        "Norland, including the islands, was part of the Nordic Council, it added, urging a common approach."
    )
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, "Norland, including") == ("attributed", "")


def test_the_statement_said_of_several_signatories_names_none_and_its_quotation_is_credited(
    res: analyse.Resources,
) -> None:
    body = (
        'The leaders\' joint statement called security in the north "critical".\n\n'
        "The statement was signed by Norland Prime Minister Ilse Brandt, Vesland Prime Minister Per Lund and "
        "the Nordic Council.\n\n"
        '"The islands belong to their people. It is for Norland alone to decide on matters concerning them," the '
        "statement said."
    )
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, '"The islands belong') == ("attributed", "")
    assert row_of(rows, "It is for Norland") == ("attributed", "")
