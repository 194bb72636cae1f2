"""Status rules from blind round 62 and rounds 56-60 (issue 11): "has never confirmed" is a non-verification, one
inside a speaker's quotation is that speaker's words, an order whose object has a relative clause ("told travellers
whose flights ... to stay away"), a threat with a that-clause is a statement, "a boat believed to have departed" is
hedged, the dateline outlet's own poll is its own finding, "remains hopeful that ... will" is a hope for what may
follow, "were described as" with no one named is hedged (a small fake entity finder; paragraphs joined by a single
newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Reuters": "ORG",
    "Ipsos": "ORG",
    "Nordair": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


NEVER_CONFIRMED = "\n".join(
    [
        "OSTGRAD, Jan 2 (Reuters) - The leader's daughter accompanied her parents on a visit to the mausoleum, state "
        "media photos showed.",
        "Mira, who is believed to have been born in the early 2010s, attended the celebrations, according to "
        "state media on Thursday.",
        "The leader visits the mausoleum on key dates and anniversaries.",
        "Norland has never confirmed Mira's age.",
    ]
)


def test_has_never_confirmed_marks_the_claim_it_refers_to(res: analyse.Resources) -> None:
    # round 62: "North Korea has never confirmed Ju Ae's age." read as the state's statement ("confirmed")
    assert _row(res, NEVER_CONFIRMED, "Mira, who")[0] == "unverified"
    assert _row(res, NEVER_CONFIRMED, "Norland has never") == ("unflagged", "")


def test_his_assertion_marks_the_sentence_just_before(res: analyse.Resources) -> None:
    # guard (corpus): "Reuters could not verify his battlefield assertion." after the general's own sentence
    body = "\n".join(
        [
            "Kyiv has dismissed Norland's allegation as a lie.",
            "In another video, Norland's top general told troops to keep going and said his forces had advanced "
            "faster in December.",
            "Reuters could not verify his battlefield assertion.",
        ]
    )
    assert _row(res, body, "Kyiv has dismissed")[0] != "unverified"


def test_has_confirmed_is_still_a_statement(res: analyse.Resources) -> None:
    body = "Norland has confirmed that two of its ships were damaged in the storm."
    assert _row(res, body, "Norland has confirmed")[0] == "attributed"


QUOTED_NOT_CONFIRMED = "\n".join(
    [
        "Norland's foreign minister Tomas Lind wrote on X:",
        '"I extend my sincere condolences to the families of the victims of the storm. Some of the victims are also '
        "foreign nationals; however, due to the ongoing investigation, their nationality has not yet been "
        'confirmed. We stand ready to help."',
    ]
)


def test_a_quoted_non_verification_is_the_speakers_words(res: analyse.Resources) -> None:
    # round 59: a minister's quoted "their nationality has not yet been confirmed" says no claim was unchecked
    assert _row(res, QUOTED_NOT_CONFIRMED, "Some of the victims")[0] != "unverified"


def test_an_unquoted_non_verification_still_marks(res: analyse.Resources) -> None:
    body = "Anna Berg said two ships sank near the port. Reuters could not immediately verify the report."
    assert _row(res, body, "Anna Berg said") == ("unverified", "Anna Berg")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 58: an order whose object has a relative clause is an act, not a statement
        (
            "Nordair had already cancelled 400 flights on Tuesday and told travellers whose flights had been "
            "called off to stay away from the airport to prevent overcrowding.",
            "Nordair had already",
            ("unflagged", ""),
        ),
        (
            "Nordair told passengers who had booked early flights to check their bookings online.",
            "Nordair told",
            ("unflagged", ""),
        ),
        # guards: told with a that-clause says something
        (
            "Nordair told passengers who had booked early flights that the airport would reopen on Friday.",
            "Nordair told",
            ("attributed", "Nordair"),
        ),
        (
            "Anna Berg told reporters who had gathered at the port that she wanted to stay.",
            "Anna Berg told",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_an_order_with_a_relative_clause_is_an_act(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 62: a threat told in a that-clause is a statement
        (
            'Anna Berg threatened Sunday that Ostland\'s new leader will pay a "big price" if she does not cooperate.',
            "Anna Berg threatened",
            ("attributed", "Anna Berg"),
        ),
        (
            "Anna Berg threatened that the ports would stay shut.",
            "Anna Berg threatened",
            ("attributed", "Anna Berg"),
        ),
        # guards: a threat of an act stays an act (round 28)
        (
            "Anna Berg threatened on Friday to close the ports if the strikes continue.",
            "Anna Berg threatened",
            ("unflagged", ""),
        ),
        ("Anna Berg threatened the company that owns the port.", "Anna Berg threatened", ("unflagged", "")),
    ],
)
def test_a_threat_with_a_that_clause_is_a_statement(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 62: a belief no one is named for, in a reduced relative clause after a noun
        (
            "At least 70 people were killed in August when a boat believed to have departed from Norland capsized.",
            "At least 70",
            "reported",
        ),
        (
            "Police searched several companies believed to be involved in the scheme.",
            "Police searched",
            "reported",
        ),
        # guards: a belief held by someone named, and "believed" as a verb with its own object
        ("Anna Berg believed the port would reopen soon.", "Anna Berg believed", "unflagged"),
    ],
)
def test_believed_to_after_a_noun_is_hedged(
    res: analyse.Resources, body: str, start: str, expected: str
) -> None:
    assert _row(res, body, start)[0] == expected


OWN_POLL = "\n".join(
    [
        "WASHINGTON, Jan 5 (Reuters) - One in three Norlanders approve of the strike on Ostland, according to a "
        "Reuters/Ipsos poll that concluded on Monday.",
        "The two-day poll showed 65% of voters back the operation.",
    ]
)


def test_the_dateline_outlets_own_poll_is_its_own_finding(res: analyse.Resources) -> None:
    # round 58: "..., Reuters/Ipsos poll finds" and "according to a Reuters/Ipsos poll" in a Reuters item
    title = "Only 33% of Norlanders approve of strike on Ostland, Reuters/Ipsos poll finds"
    assert _row(res, OWN_POLL, "Only 33%", title=title) == ("unflagged", "")
    assert _row(res, OWN_POLL, "One in three", title=title) == ("unflagged", "")


def test_another_outlets_poll_stays_its_own(res: analyse.Resources) -> None:
    body = (
        "Some 63 percent of Norlanders approve of the strike, according to a Nordair/Ipsos poll for Reuters."
    )
    assert _row(res, body, "Some 63 percent")[0] == "attributed"


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 56: "remains hopeful that ... will" is a hope for what may follow, as "hopes ... will"
        (
            "Norland said on Thursday it remains hopeful that the rebels will end an escalation and withdraw.",
            "Norland said",
            ("speculative", "Norland"),
        ),
        # guard: hopeful about the present, no future
        (
            "Norland said on Thursday it remains hopeful about the talks.",
            "Norland said",
            ("attributed", "Norland"),
        ),
    ],
)
def test_hopeful_that_will_is_a_hope(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 58: a description no one is named for, as "were characterized as"
        (
            "A series of photos posted on January 3 were described as the first images to show the leader.",
            "A series of photos",
            "reported",
        ),
        # guard: described by someone named is no hedge
        (
            "The photos were described by Anna Berg as the first images to show the leader.",
            "The photos were",
            "not reported",
        ),
    ],
)
def test_described_as_with_no_one_named_is_hedged(
    res: analyse.Resources, body: str, start: str, expected: str
) -> None:
    status = _row(res, body, start)[0]
    assert status == expected if expected == "reported" else status != "reported"
