"""Speakers the rules flagged but left unnamed (twenty-seventh session), by construction: a body's statement named by
the body noun before the paper ("according to a government statement") and a headline's one "official" or
"spokesperson" whom the lede names (a small fake entity finder; paragraphs joined by a single newline)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


# --- a body's statement: "according to a government statement" ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The dams are half empty, according to a government statement from Saturday.", "government"),
        ('"The dams are half empty," said a government statement after the meeting.', "government"),
        ("A government statement said the dams were half empty.", "government"),
        ("The dams are half empty, according to a ministry statement.", "ministry"),
        ("The dams are half empty, according to a parliamentary statement.", "parliament"),
    ],
)
def test_a_body_nouns_statement_is_the_bodys(res: analyse.Resources, sentence: str, body: str) -> None:
    assert row_of(_rows(res, "Dams", sentence), sentence[:12]) == ("attributed", body)


def test_a_government_statement_is_the_government_named_before(res: analyse.Resources) -> None:
    body = (
        "The Norland government met on Friday.\nThe dams are half empty, according to a government statement."
    )
    assert row_of(_rows(res, "Dams", body), "The dams") == ("attributed", "Norland government")


def test_the_government_named_before_without_a_name_is_the_noun(res: analyse.Resources) -> None:
    body = "The government met on Friday.\nThe dams are half empty, according to a government statement."
    assert row_of(_rows(res, "Dams", body), "The dams") == ("attributed", "government")


def test_the_statement_goes_on_with_the_government(res: analyse.Resources) -> None:
    # real (dev): "Niger 's military rulers have approved a general mobilisation ..., according to a government
    # statement from Saturday." and "The measures were required by the need to ..., said the statement."
    body = (
        "Niger 's military rulers have approved a general mobilisation and the requisition of people and goods to "
        "fight a long-running jihadist insurgency , according to a government statement from Saturday.\n"
        'The measures were required by the need to "preserve the integrity of the national territory", said the '
        "statement."
    )
    rows = _rows(res, "Niger junta orders 'general mobilisation'", body)
    assert row_of(rows, "Niger 's") == ("attributed", "government")
    assert row_of(rows, "The measures") == ("attributed", "government")


def test_a_government_statement_not_spoken_is_no_source(res: analyse.Resources) -> None:
    body = "Anna Berg welcomed the government statement on the dams."
    assert row_of(_rows(res, "Dams", body), "Anna Berg")[1] != "government"


# --- a headline's one official or spokesperson, named in the lede ----------------------------------------------


def test_a_headlines_official_is_the_person_the_lede_names(res: analyse.Resources) -> None:
    body = (
        "OSLO, Jan 5 (Reuters) - The dams are unlikely to fill this winter, Norland Presidential Chief of Staff "
        "Tomas Lind said in a radio interview on Monday."
    )
    rows = _rows(res, "Dams may stay empty all winter, Norland official says", body)
    assert row_of(rows, "Dams may") == ("speculative", "Tomas Lind")


def test_a_headlines_spokesperson_is_the_office_the_lede_names(res: analyse.Resources) -> None:
    # real (dev): "Canada prime minister to visit China next week, spokesperson says" over "Canadian Prime Minister
    # Mark Carney will visit China January 13-17, his office said on Wednesday, ..."
    body = (
        "OTTAWA, Jan 7 (Reuters) - Norland Prime Minister Anna Berg will visit the city on January 13, her office "
        "said on Wednesday."
    )
    rows = _rows(res, "Norland leader to visit Oslo next week, spokesperson says", body)
    assert row_of(rows, "Norland leader") == ("attributed", "Anna Berg's office")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a lede whose official is not named
        (
            "Dams may stay empty all winter, Norland official says",
            "The dams are unlikely to fill this winter, a senior Norland official said on condition of anonymity.",
        ),
        # several officials: unnamed, whoever the lede names
        (
            "Dams may stay empty all winter, Norland officials say",
            "The dams are unlikely to fill this winter, Tomas Lind said on Monday.",
        ),
    ],
)
def test_an_official_the_lede_does_not_name_stays_unnamed(
    res: analyse.Resources, title: str, body: str
) -> None:
    assert row_of(_rows(res, title, body), "Dams may")[1] == ""


def test_a_dash_official_is_not_the_ledes_speaker(res: analyse.Resources) -> None:
    # corpus check: "US interference in Iran's affairs may destabilize entire region — security official" over a
    # lede quoting Trump is not Trump's (TASS's dash keeps its own rule: an official is left unnamed)
    body = (
        'Norland Prime Minister Anna Berg wrote earlier on January 2 on her website that "If they shoot protesters, '
        'Norland will come to their rescue"'
    )
    rows = _rows(
        res, "Interference in Norland's affairs may destabilize entire region — security official", body
    )
    assert row_of(rows, "Interference")[1] == ""


def test_a_top_official_who_acts_is_the_person_the_lede_names(res: analyse.Resources) -> None:
    # real (dev): "Top US official defends partial release of Epstein files as Democrats cry foul" over "US Deputy
    # Attorney General Todd Blanche on Sunday defended the Justice Department's decision to release ..."
    body = (
        "Norland Deputy Justice Minister Anna Berg on Sunday defended the ministry's decision to release just a "
        "fraction of the files."
    )
    rows = _rows(res, "Top Norland official defends partial release of files as critics cry foul", body)
    assert row_of(rows, "Top Norland") == ("reported", "Anna Berg")


def test_a_top_official_the_lede_does_not_show_acting_stays_unnamed(res: analyse.Resources) -> None:
    body = "Norland Deputy Justice Minister Anna Berg said on Sunday that more files would follow."
    rows = _rows(res, "Top Norland official defends partial release of files as critics cry foul", body)
    assert row_of(rows, "Top Norland")[1] == ""
