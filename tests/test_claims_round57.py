"""Status forms from rounds 50-53 and the fifty-seventh labelling round's first sight, by construction rather than
by sentence: a suspicion no one is named for, an unnamed member of a group described by who backs it, a closing
clause of a state's unnamed news agency, "likely" inside a verb group, a headline's "poised to", and speculation
that a statement caused (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

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
    "AFP": "ORG",
    "Defence Ministry": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("title", "body", "start", "expected"),
    [
        # round 52: "Swedish man detained on espionage suspicion" and its first sentence
        (
            "Norland man detained on espionage suspicion",
            "The man, 33, will be held in custody for two weeks.",
            "Norland man detained",
            ("reported", ""),
        ),
        (
            TITLE,
            "A man with links to the armed forces will be held in pre-trial detention on suspicion of espionage, "
            "a court in Norland ruled on Wednesday.",
            "A man with links",
            ("reported", ""),
        ),
        # an act whose subject holds the suspicion is not a suspicion no one is named for (rounds 30, 41, 44)
        (
            TITLE,
            "The latest incident came five days after police seized a cargo vessel en route to Ostland on suspicion "
            "of sabotage.",
            "The latest incident",
            ("unflagged", ""),
        ),
        # a named source who tells of the suspicion keeps it
        (
            TITLE,
            "Anna Berg said the man was held on suspicion of espionage.",
            "Anna Berg said",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_suspicion_no_one_is_named_for_is_reported(
    res: analyse.Resources, title: str, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start, title) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 57: "An official with the Saudi-backed forces told AFP later Sunday that ..."
        (
            "An official with the Ostland-backed forces told AFP later Sunday that at least 14 of their fighters "
            "had been killed.",
            "An official with",
            ("reported", ""),
        ),
        (
            "A source within the Ostland-backed forces said the town had fallen.",
            "A source within",
            ("reported", ""),
        ),
        # the group itself as the subject stays as it was read
        (
            "The Ostland-backed forces said the town had fallen.",
            "The Ostland-backed forces",
            ("attributed", "Ostland-backed forces"),
        ),
    ],
)
def test_an_unnamed_member_of_a_described_group_is_unnamed(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 51: "..., the country's state media agency reported, citing a Nigerien diplomatic source."
        (
            "Norland said it would stop issuing visas to Ostland citizens, the country's state media agency "
            "reported, citing a diplomatic source.",
            "Norland said",
            ("reported", "Norland"),
        ),
        # the named state's adjective in the clause is not the state ("Niger" in "a Nigerien diplomatic source")
        (
            "Norland said it would stop issuing visas to Ostland citizens, the country's state media agency "
            "reported, citing a Norlandian diplomatic source.",
            "Norland said",
            ("reported", "Norland"),
        ),
        (
            "Anna Berg said the port would reopen on Monday, the state news agency reported.",
            "Anna Berg said",
            ("reported", "Anna Berg"),
        ),
        # a named outlet closing the sentence is no unnamed source
        (
            "Anna Berg said the port would reopen on Monday, Reuters reported, citing a statement.",
            "Anna Berg said",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_closing_clause_of_an_unnamed_news_agency_is_reported(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("title", "body", "start", "expected"),
    [
        # round 57: "... an underground facility in Syria that had likely been used by the Islamic State group"
        (
            TITLE,
            "The Defence Ministry said it struck an underground facility that had likely been used to store "
            "weapons.",
            "The Defence Ministry said",
            ("speculative", "Defence Ministry"),
        ),
        (
            TITLE,
            "Anna Berg said the fire has likely spread to the second warehouse.",
            "Anna Berg said",
            ("speculative", "Anna Berg"),
        ),
        # a body's "... and poised to help", a readiness told, stays the speaker's statement
        (
            TITLE,
            "Anna Berg wrote that Norland was ready and poised to help the protesters if they were attacked.",
            "Anna Berg wrote",
            ("attributed", "Anna Berg"),
        ),
        # round 52: the headline "EU poised to secure Italy's backing for contentious Mercosur deal"
        (
            "Norland poised to secure Ostland's backing for port deal",
            "The deal is due to be signed next week.",
            "Norland poised",
            ("speculative", ""),
        ),
    ],
)
def test_likely_in_a_verb_group_and_a_headline_poised_to_are_forecasts(
    res: analyse.Resources, title: str, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start, title) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 52: "Trump said ... that she had spoken with ..., leading to speculation that she would take the reins."
        (
            "Anna Berg said on Saturday that Tomas Lind had been sworn in, leading to speculation that he would "
            "take the reins.",
            "Anna Berg said",
            ("attributed", "Anna Berg"),
        ),
        # no forecast either when no one is named, but a guess no one owns, as "sparking fears that" (rounds 118 and
        # 134's "fuelling speculation she will be", forty-sixth session): `reported`, never `speculative`
        (
            "The move prompted speculation that the minister would resign.",
            "The move prompted",
            ("reported", ""),
        ),
        # speculation told as such, not as what something caused, stays a forecast
        (
            "There is speculation that the minister will resign.",
            "There is speculation",
            ("speculative", ""),
        ),
    ],
)
def test_speculation_a_statement_caused_is_spoken_of_not_made(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 57: "Yemen's presidency on Saturday announced the retaking of resource-rich Hadramawt , following an
        # apparent retreat of the STC."
        (
            "Norland's presidency on Saturday announced the retaking of the port, following an apparent retreat of "
            "the rebels.",
            "Norland's presidency",
            ("reported", ""),
        ),
        (
            "Anna Berg announced the closing of the border crossing.",
            "Anna Berg announced",
            ("unflagged", ""),
        ),
        # what was announced as a finding stays the announcer's
        (
            "Anna Berg announced that the border crossing would close.",
            "Anna Berg announced",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_an_act_announced_by_its_gerund_is_no_statement(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 50: "Russian air attacks caused death and destruction across Ukraine, authorities in different regions
        # reported on Thursday, with Russian authorities reporting similar Ukrainian attacks on their territory."
        (
            "Air attacks caused death across Norland, authorities in different regions reported on Thursday, with "
            "Ostland authorities reporting similar attacks on their territory.",
            "Air attacks",
            ("reported", ""),
        ),
        (
            "Air attacks caused death across Norland, regional officials said, citing early counts.",
            "Air attacks",
            ("reported", ""),
        ),
        # the same close after a named source keeps it
        (
            "Air attacks caused death across Norland, Anna Berg said on Thursday, with Ostland authorities "
            "reporting similar attacks on their territory.",
            "Air attacks",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_closing_unnamed_source_before_a_with_or_citing_clause_is_reported(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected
