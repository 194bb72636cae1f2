"""Status forms from rounds 70 and 74 (issue 11), by construction rather than by sentence: a headline that ends
", says <source in lower case>" is a claim of that source, `reported` when the source is an unnamed kind; an
unnamed group acting "..., saying" after an opening adverbial is `reported` (a small fake entity finder;
paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Nordic Herald": "ORG",
    "Norland": "GPE",
}
BODY = "The ports of Norland stayed closed on Monday."


def _title_row(res: analyse.Resources, title: str) -> tuple[str, str]:
    return row_of(claim_rows(res, title, BODY, NAMES), title[:20])


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Storm closes the northern ports", body, NAMES), start)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # round 70: "Over a dozen media workers detained in Venezuela, says national press association"
        (
            "Twelve dock workers detained in Norland, says national dockers union",
            ("attributed", "national dockers union"),
        ),
        ("Twelve dock workers detained in Norland, say harbour officials", ("reported", "")),
        ("Twelve dock workers detained in Norland, says local police", ("reported", "")),
        # the corpus check: "..., says union", "..., say hospital chiefs"
        ("Norland should end port outsourcing, says union", ("attributed", "union")),
        ("Twelve dock workers detained in Norland, say hospital chiefs", ("reported", "")),
    ],
)
def test_a_headline_ending_says_a_source_in_lower_case_is_its_claim(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    assert _title_row(res, title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Twelve dock workers detained in Norland, says more",  # no source after "says"
        "Norland ports reopen as trade resumes",
    ],
)
def test_a_headline_without_a_source_after_says_stays_plain(res: analyse.Resources, title: str) -> None:
    assert _title_row(res, title) == ("unflagged", "")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # round 74: "Hours earlier, leaders from major European powers rallied behind Greenland, saying ..."
        (
            "Hours earlier, leaders from major northern powers rallied behind Norland, saying in a joint statement "
            "that the ports belonged to its people.",
            "Hours earlier",
        ),
        (
            "On Monday, dock workers in the north marched through the capital, saying the closure was unlawful.",
            "On Monday",
        ),
    ],
)
def test_an_unnamed_group_acting_with_saying_after_an_opener_is_reported(
    res: analyse.Resources, body: str, start: str
) -> None:
    assert _row(res, body, start) == ("reported", "")


def test_a_named_subject_after_an_opener_keeps_its_name(res: analyse.Resources) -> None:
    body = "Hours earlier, Anna Berg rallied behind the dockers, saying the closure was unlawful."
    assert _row(res, body, "Hours earlier") == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 74: "Sharbaugh concluded in his ruling that ...", "The FBI has concluded the pipe bombs were viable."
        (
            "Berg concluded in her ruling that the closure was lawful.",
            "Berg concluded",
            ("attributed", "Anna Berg"),
        ),
        (
            "The Nordic Herald has concluded the closures were unlawful.",
            "The Nordic Herald",
            ("attributed", "Nordic Herald"),
        ),
    ],
)
def test_a_named_subject_that_concluded_a_finding_is_attributed(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, "Anna Berg heard the case. " + body, start) == expected


def test_concluding_talks_is_no_finding(res: analyse.Resources) -> None:
    body = "Anna Berg heard the case. Berg concluded the talks on Monday."
    assert _row(res, body, "Berg concluded") == ("unflagged", "")
