"""Forms from the sixtieth labelling round's first sight, by construction rather than by sentence: statements made
by verbs of judgement and praise ("a ruling denounced by X as", "X lauded ... "...", "X called it ...", "X thanked
... for their "..."") and a state's view ("what it views as", "viewing ... as" after a state subject; a small fake
entity finder; paragraphs joined by a single newline, as in feed text)."""

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
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 60: "a ruling denounced by Meloni as "intolerable interference"": the judge's words, as "a plan the
        # Philippines condemned as"
        (
            "Last month the court refused to approve the bridge plan, a ruling denounced by Anna Berg as "
            '"intolerable interference."',
            "Last month the court",
            ("attributed", "Anna Berg"),
        ),
        # "Kim lauded the people's efforts which led to "successes and phenomenal changes"": praise in words quoted
        (
            'In a speech, Anna Berg lauded the workers\' efforts which led to "successes and great changes" in 2025.',
            "In a speech",
            ("attributed", "Anna Berg"),
        ),
        # "Zelenskiy called it Russia's response to ...": a verdict given
        (
            "Russian drones struck the port overnight.\nAnna Berg called it Ostland's response to the peace efforts.",
            "Anna Berg called it",
            ("attributed", "Anna Berg"),
        ),
        # 'Zelensky thanked the two envoys for their "constructive approach"': his words quoted
        (
            'Anna Berg thanked the two envoys for their "constructive approach, the intensive work, and the kind '
            'words".',
            "Anna Berg thanked",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_verdict_or_praise_is_a_statement(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # nothing said: an act, a name, a thanks without words
        ("Anna Berg called it a day after the vote.", "Anna Berg called"),
        ("Anna Berg called it off on Monday.", "Anna Berg called"),
        ("Anna Berg thanked the firefighters for their work on Monday.", "Anna Berg thanked"),
        ("Anna Berg lauded the workers at a ceremony on Monday.", "Anna Berg lauded"),
        # (not "The bridge was denounced by many residents": a passive with an unnamed group as agent is that group's
        # report, `reported`, round 32's ruling restated in round 111, tests/test_claims_none_named.py)
    ],
)
def test_an_act_of_judgement_without_words_stays_plain(res: analyse.Resources, body: str, start: str) -> None:
    assert _row(res, body, start)[0] == "unflagged"


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "Abu Dhabi has used alliances ... to counter what it views as the destabilising threat of political Islam"
        (
            "Norland has used alliances and financial support mainly to counter what it views as the threat of "
            "political Islam.",
            "Norland has used",
            ("attributed", ""),
        ),
        # "Abu Dhabi has been Cairo's most important financial backer since 2013, viewing a secular Egypt as a firewall"
        (
            "Norland has been Ostland's most important financial backer since 2013, viewing a secular Ostland as a "
            "firewall against unrest.",
            "Norland has been",
            ("attributed", ""),
        ),
    ],
)
def test_a_states_view_is_attributed(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "Meloni's right-wing government has clashed ..., accusing judges of leftist bias": the government as written
        (
            "Berg's right-wing government has clashed frequently with the courts, accusing judges of leftist bias.",
            "Berg's right-wing",
            ("attributed", "Berg's right-wing government"),
        ),
        # "Vatican and Italian officials said": a body beside unnamed officials, none alone
        (
            "About 33.5 million pilgrims came in 2025, Reuters and Norlandic officials said on Monday.",
            "About 33.5 million",
            ("reported", ""),
        ),
        # "the prosecutor's statement said" and "It said" after "the Istanbul chief prosecutor's office said"
        (
            "Police detained 110 suspects on Tuesday, the Norland chief prosecutor's office said.\n"
            "Police carried out raids on 114 addresses, the prosecutor's statement said. It said documents were seized.",
            "Police carried out",
            ("attributed", "Norland chief prosecutor's office"),
        ),
        (
            "Police detained 110 suspects on Tuesday, the Norland chief prosecutor's office said.\n"
            "Police carried out raids on 114 addresses, the prosecutor's statement said. It said documents were seized.",
            "It said",
            ("attributed", "Norland chief prosecutor's office"),
        ),
    ],
)
def test_a_body_speaks_as_written_or_not_alone(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_a_group_around_a_person_is_unnamed(res: analyse.Resources) -> None:
    # "Supporters of U.S. President Donald Trump have largely praised the capture ... as a swift, painless win"
    body = "Supporters of Anna Berg have largely praised the capture of the port as a swift, painless win."
    assert _row(res, body, "Supporters of") == ("reported", "")


def test_an_unnamed_group_in_a_restrictive_relative_after_a_comma_is_reported(res: analyse.Resources) -> None:
    # "Italy's parliament ... approved a reform ..., amid protests from magistrates and opposition lawmakers who say it
    # will encourage wasteful spending": the comma further back ends no part of who says it
    body = (
        "Norland's parliament on Saturday approved a reform that loosens controls, amid protests from magistrates "
        "and opposition lawmakers who say it will encourage wasteful spending."
    )
    assert _row(res, body, "Norland's parliament") == ("reported", "")


def test_an_unquoted_praise_in_the_passive_is_background(res: analyse.Resources) -> None:
    # "The U.S. capture of ... Maduro - praised by President Donald Trump as stunning and powerful - leaves behind ..."
    body = (
        "The capture of the port - praised by Anna Berg as stunning and powerful - leaves behind uncertainty."
    )
    assert _row(res, body, "The capture")[0] == "unflagged"
