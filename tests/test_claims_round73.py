"""Status forms from round 73 (issue 11), by construction rather than by sentence: an outlet citing a source it
does not name is `reported` with the outlet kept as speaker, not when what it cites is named, a spokesperson of a
body, a document or a reason (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Nordic Herald": "ORG",
    "Harbour Authority": "ORG",
    "Norland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "SANA, citing a Syrian government source, said" (first round, relabelled)
        (
            "The Nordic Herald, citing a Norlandic government source, said the ports would close.",
            "The Nordic Herald",
            ("reported", "Nordic Herald"),
        ),
        # "Defense Express reported, citing its sources" (round 9, relabelled)
        (
            "The quays are 4 metres deep, the Nordic Herald reported, citing its sources.",
            "The quays",
            ("reported", "Nordic Herald"),
        ),
        # the unnamed nouns the module knows: officials, diplomats, witnesses
        (
            "The Nordic Herald said the ports would close, citing two senior officials.",
            "The Nordic Herald said",
            ("reported", "Nordic Herald"),
        ),
        (
            "The Nordic Herald said the ports would close, citing diplomats in the capital.",
            "The Nordic Herald said",
            ("reported", "Nordic Herald"),
        ),
    ],
)
def test_an_outlet_citing_a_source_it_does_not_name_is_reported(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # a spokesperson of a body, even one written in lower case ("citing a spokesperson for North Korea's ...")
        (
            "The Nordic Herald said the launch succeeded, citing a spokesperson for the ministry.",
            "The Nordic Herald said",
            ("attributed", "Nordic Herald"),
        ),
        # a document or a count is not a source ("citing an ecological report")
        (
            "The Nordic Herald said the reefs were damaged, citing an ecological report.",
            "The Nordic Herald said",
            ("attributed", "Nordic Herald"),
        ),
        (
            "The Nordic Herald said exports fell, citing official figures.",
            "The Nordic Herald said",
            ("attributed", "Nordic Herald"),
        ),
        # a reason ("citing safety issues")
        (
            "The Harbour Authority closed the quay, citing safety issues.",
            "The Harbour Authority",
            ("attributed", "Harbour Authority"),
        ),
    ],
)
def test_a_named_spokesperson_a_document_or_a_reason_cited_keeps_the_sentence_attributed(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_an_outlet_that_cited_unnamed_officials_in_a_relative_clause_is_reported(
    res: analyse.Resources,
) -> None:
    # "According to Axios, which cited unnamed justice department officials, about 750,000 records ..." (round 35)
    body = "According to the Nordic Herald, which cited unnamed Harbour Authority officials, 7,000 crates were lost."
    assert _row(res, body, "According to") == ("reported", "Nordic Herald")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "..., satellite images show." (round 59): pictures no one is named for, with a word for their kind
        (
            "Several sheds in the same block were pulled down around that time, satellite images show.",
            "Several sheds",
            ("reported", ""),
        ),
    ],
)
def test_images_of_a_kind_no_one_is_named_for_are_reported(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected
