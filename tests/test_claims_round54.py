"""Status forms from the fifty-first and fifty-third labelling rounds' first sight, by construction rather than by
sentence: an unnamed group's doubt, unofficial channels' reports, a reported cause in a headline, state media's
pictures, a hope that something "can" follow, and a mood between an inverted "said" and a person's name (a small fake
entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Reuters": "ORG",
    "Telegram": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "Legal experts at home and abroad have questioned the legality of Bukele's attempts ..."
        (
            "Legal experts at home and abroad have questioned the legality of the plan to extend the term.",
            "Legal experts",
            ("reported", ""),
        ),
        (
            "Critics have long disputed the figures the port authority published.",
            "Critics have",
            ("reported", ""),
        ),
        # "... and unofficial Telegram channels reported explosions"
        (
            "Reuters eyewitnesses said air defences were in action and unofficial Telegram channels reported "
            "explosions near the port.",
            "Reuters eyewitnesses",
            ("reported", "Reuters"),
        ),
        # "Photos shared by state media showed Kim puffing on a cigarette ..."
        (
            "Photos shared by state media showed the leader watching as a missile soars into the sky.",
            "Photos shared",
            ("reported", ""),
        ),
    ],
)
def test_unnamed_groups_channels_and_state_media_pictures_are_reported(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_a_headline_cause_that_was_only_reported_is_reported(res: analyse.Resources) -> None:
    # "Live: Venezuela declares state of emergency after reported US 'military aggression'"
    title = "Norland declares state of emergency after reported Ostland 'military aggression'"
    assert _row(res, "The cabinet met overnight.", "Norland declares", title)[0] == "reported"


def test_a_hope_that_something_can_follow_is_speculative(res: analyse.Resources) -> None:
    # "Sudan team hopes Cup of Nations success can end war"
    title = "Norland team hopes cup success can end the strike"
    assert _row(res, "The team met overnight.", "Norland team", title) == ("speculative", "")


def test_a_mood_between_said_and_a_persons_name_describes_the_speaker(res: analyse.Resources) -> None:
    # '"Most of the time I try to run away from these questions ...," said a visibly upset Appiah.'
    body = (
        "Anna Berg has coached the team for six years.\n"
        '"Most of the time I try to run away from these questions because it hurts," said a visibly upset Berg.'
    )
    assert _row(res, body, '"Most of the time') == ("attributed", "Anna Berg")


def test_the_hope_as_a_noun_with_its_article_forecasts_nothing(res: analyse.Resources) -> None:
    # '"Thank you for giving us ... the hope and the vision that we can create government that works," said Sanders'
    body = '"Thank you for giving us the hope and the vision that we can build a port that works," said Anna Berg.'
    assert _row(res, body, '"Thank you') == ("attributed", "Anna Berg")


def test_unnamed_people_described_at_length_are_reported(res: analyse.Resources) -> None:
    # "US media outlets CBS News and Fox News reported unnamed Trump administration officials confirming ..."
    body = "Local papers cited unnamed port authority officials confirming that the ferries had stopped."
    assert _row(res, body, "Local papers")[0] == "reported"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "The official, who was speaking on the condition of anonymity, did not provide details."
        (
            "The official, who was speaking on the condition of anonymity, did not provide details.",
            "unflagged",
        ),
        (
            "The officials, who were speaking on condition of anonymity, did not give a date for the opening.",
            "unflagged",
        ),
        # something told after all
        (
            "The official, who was speaking on condition of anonymity, did not provide details but said five ships sank.",
            "reported",
        ),
    ],
)
def test_an_anonymous_source_that_tells_nothing_makes_no_claim(
    res: analyse.Resources, body: str, expected: str
) -> None:
    assert _row(res, body, "The official")[0] == expected


def test_an_outlet_that_cited_unnamed_people_in_an_aside_keeps_its_claim(res: analyse.Resources) -> None:
    # "According to Axios, which cited unnamed justice department officials, about 750,000 records have been ..."
    names = {**NAMES, "Axios": "ORG"}
    body = "According to Axios, which cited unnamed port authority officials, about 700 ships have been held."
    # (the outlet's claim, `reported` since round 73: an outlet citing sources it does not name, issue 11)
    assert row_of(claim_rows(res, TITLE, body, names), "According to Axios") == ("reported", "Axios")
