"""Speaker forms from rounds 80 and 81 (issue 11), by construction rather than by sentence: an office named with
its owner and without a name ("Colombia's foreign minister said", "the mayor of the town of Crans-Montana said",
"Ukraine's leader said") is the one person the item names with that title; with none or several, the office is
kept as written (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Piet Laar": "PERSON",
    "Laar": "PERSON",
    "Karl Moss": "PERSON",
    "Norland": "GPE",
    "Estmark": "GPE",
    "Vella": "GPE",
}


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Storm closes the northern ports", body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 80: "Colombia's foreign minister on Tuesday said ..." / "Foreign Minister Rosa Villavicencio said"
        (
            "Norland's foreign minister on Tuesday said the army must defend the coast.\n"
            '"The army must defend the coast," Foreign Minister Anna Berg said at a press conference.',
            "Norland's foreign minister",
            ("attributed", "Anna Berg"),
        ),
        # round 80: "..., the mayor of the town of Crans-Montana said" / "Crans-Montana Mayor Nicolas Feraud"
        (
            "No inspections were carried out at the harbour since 2019, the mayor of the town of Vella said.\n"
            '"We are sorry," Vella Mayor Anna Berg told reporters.',
            "No inspections",
            ("attributed", "Anna Berg"),
        ),
        # round 80: "Ukraine's leader said" / "Ukrainian President Volodymyr Zelensky said"; another president
        # without an owner written is not the one
        (
            "The talks will tackle the hardest issues, Norland's leader said.\n"
            "President Karl Moss of Estmark has other plans.\n"
            "Norlandic President Anna Berg said the teams would meet again on Friday.",
            "The talks will",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_an_owned_office_is_the_one_person_named_with_its_title(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # no person named with the title (round 80's "Venezuela's attorney general")
        (
            "Norland's foreign minister on Tuesday said the army must defend the coast.\n"
            "Anna Berg, a lawmaker, said the army was ready.",
            "Norland's foreign minister",
            ("attributed", "Norland's foreign minister"),
        ),
        # two persons with that title: not guessed
        (
            "Norland's foreign minister on Tuesday said the army must defend the coast.\n"
            "Foreign Minister Anna Berg met Foreign Minister Piet Laar in the capital.",
            "Norland's foreign minister",
            ("attributed", "Norland's foreign minister"),
        ),
        # a deputy's title is another office
        (
            "Norland's prime minister on Tuesday said the army must defend the coast.\n"
            "Deputy Prime Minister Anna Berg met the generals.",
            "Norland's prime minister",
            ("attributed", "Norland's prime minister"),
        ),
    ],
)
def test_an_owned_office_with_no_or_several_fitting_persons_is_kept(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_it_after_a_capital_opening_the_sentence_is_no_body_named_before(res: analyse.Resources) -> None:
    # round 80: "Moscow attacked ..., Ukraine's seaports authority told Reuters. ... Kyiv has long sought to curtail
    # this revenue stream, which it says is funding Russia's war in Ukraine."
    names = {**NAMES, "Harbour Authority": "ORG", "Kyiv": "GPE", "Moscow": "GPE"}
    body = (
        "Moscow attacked the harbour 96 times in 2025, the Harbour Authority said on Wednesday.\n"
        "Kyiv has long sought to curtail this revenue stream, which it says is funding the war."
    )
    rows = claim_rows(res, "Storm closes the northern ports", body, names)
    assert row_of(rows, "Kyiv has long") == ("attributed", "")


def test_a_title_inside_a_quotation_names_no_holder(res: analyse.Resources) -> None:
    # corpus check: 'The Ukrainian president said ... "Tomorrow, after the meeting with President Trump, ..."'
    body = (
        "Anna Berg said she would meet European leaders on Sunday.\n"
        "The Norlandic president said he had spoken with partners. "
        '"Tomorrow, after the meeting with President Karl Moss, we will continue," he said.'
    )
    rows = claim_rows(res, "Storm closes the northern ports", body, NAMES)
    assert row_of(rows, "The Norlandic president")[1] != "Karl Moss"
