"""Claim status and speakers from the misses of the thirty-third labelling round and of round 31 (first sight on
items nobody tuned for), by construction rather than by sentence: a speech verb set apart from its subject ("with X
saying that", "X and his allies say", "a report by X that said", "the leaders of several countries ... said"), a
question put before the answer ("Asked if he condemned ..., X said"), hedges ("believed to be", "is thought to
have"), a paper nobody is named for ("a document seen by Reuters" ... "the document said"), a headline's "Name:
clause", and what the law provides for ("could face up to 20 years") read apart from a forecast (a small fake entity
finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Olaf Brandt": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Reuters": "ORG",
    "Dagbladet": "ORG",
    "Red Cross": "ORG",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


_of = row_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle clause after "with": its subject speaks
        (
            "The talks ended on Friday, with Anna Berg stating that Norland would not sign.",
            ("attributed", "Anna Berg"),
        ),
        # a named person with a group of his own: two sources, no one alone
        ("Tomas Lind and his allies say the new rules aim to protect the border.", ("attributed", "")),
        # a relative clause after the paper a named outlet published: the outlet
        (
            "The visit follows a report published on Monday by the newspaper Dagbladet that said Lind planned to resign.",
            ("attributed", "Dagbladet"),
        ),
        # a plural office of unnamed holders, its verb after a long apposition: not named
        (
            "Last month, the leaders of several northern countries, including Norland and Eastwick, said there had "
            "been progress in the talks.",
            ("reported", ""),
        ),
    ],
)
def test_a_speech_verb_set_apart_from_its_subject_is_still_speech(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


def test_a_plain_with_clause_and_a_plain_coordination_stay_unflagged(res: analyse.Resources) -> None:
    body = (
        "The talks ended on Friday, with Anna Berg leaving early for Eastwick. "
        "Tomas Lind and his allies met in Norland on Sunday."
    )
    assert _claims(res, body) == []


def test_a_verb_in_the_question_put_to_the_speaker_is_not_his(res: analyse.Resources) -> None:
    body = (
        "Olaf Brandt said on Saturday that the army had struck the port.\n\n"
        "Asked if he condemned the strike like the opposition leaders, who both called it unlawful, Tomas Lind said "
        "he first wanted to know what had happened.\n\n"
        '"We need all the facts," he said.'
    )
    rows = _claims(res, body)
    assert _of(rows, "Asked if he") == ("attributed", "Tomas Lind")
    assert _of(rows, '"We need') == ("attributed", "Tomas Lind")


@pytest.mark.parametrize(
    "sentence",
    [
        "The former commander, believed to be in his early 40s, leads the northern brigade.",
        "Anna Berg is thought to have left Norland before the vote.",
        "The militia is widely believed to be the largest group in Eastwick.",
    ],
)
def test_a_belief_no_one_is_named_for_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == ("reported", "")


def test_a_belief_of_a_named_person_is_not_a_hedge(res: analyse.Resources) -> None:
    sentence = "They believed the vote to be fair, Anna Berg said."
    assert _of(_claims(res, sentence), sentence[:20]) == ("attributed", "Anna Berg")


def test_a_paper_nobody_is_named_for_stays_unnamed_when_it_is_quoted_again(res: analyse.Resources) -> None:
    body = (
        "Norland has 5,000 pages left to review, according to a government document reviewed by Reuters on Tuesday.\n\n"
        "The review will take until March, the document said."
    )
    rows = _claims(res, body)
    assert _of(rows, "The review will") == ("reported", "")


def test_a_paper_a_named_source_wrote_keeps_its_owner(res: analyse.Resources) -> None:
    body = (
        "Norland has 5,000 pages left to review, according to a Red Cross document seen by Reuters.\n\n"
        "The camps are full, the document said."
    )
    assert _of(_claims(res, body), "The camps are")[0] == "attributed"


def test_a_headline_bare_paper_is_a_source_not_named(res: analyse.Resources) -> None:
    title = "Norland to review 5,000 pages of files, document shows"
    rows = _claims(res, "Norland will review the files by March.", title)
    assert _of(rows, "Norland to review") == ("reported", "")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Anna Berg: allies will make commitments at the summit", ("attributed", "Anna Berg")),
        # a profile, not a statement: no verb after the colon
        ("Anna Berg: from teacher to president", ("unflagged", "")),
    ],
)
def test_a_headline_name_before_a_lower_case_clause(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    rows = _claims(res, "The summit opens in Eastwick on Monday.", title)
    assert _of(rows, "Anna Berg:") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the law provides for is no forecast
        ("Tomas Lind could face up to 20 years in prison if convicted.", ("unflagged", "")),
        ("Anna Berg said the fraud could lead to denaturalization.", ("attributed", "Anna Berg")),
        # a forecast stays one
        ("The talks could lead to a ceasefire, Anna Berg said.", ("speculative", "Anna Berg")),
    ],
)
def test_a_legal_possibility_is_not_a_forecast(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


def test_he_after_a_sentence_whose_irregular_verb_has_an_object_is_its_subject(
    res: analyse.Resources,
) -> None:
    body = "Tomas Lind knew Olaf Brandt socially in the 1990s. He has said their friendship ended in 2005."
    assert _of(_claims(res, body), "He has said") == ("attributed", "Tomas Lind")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two clauses, each with a speaker of its own: none alone
        (
            "Anna Berg said on Saturday that the army had taken the port, while Norland's Vice President Olaf Brandt "
            "said he did not know where the leader was.",
            ("attributed", ""),
        ),
        # the same speaker named again in the second clause is still one
        (
            "Anna Berg has yet to comment and Red Cross spokeswoman Anna Berg said such details stay private.",
            ("attributed", "Anna Berg"),
        ),
        # a list of people met, then the one speaker's verb
        (
            "Anna Berg appeared on television flanked by Tomas Lind and Olaf Brandt and said the leader was safe.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_second_speaker_in_its_own_clause_shares_the_sentence(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named source and a group of his: two sources, not the group alone
        ("Tomas Lind and his lawyers have argued that the case is political.", ("attributed", "")),
        # the group alone keeps its owner
        (
            "Tomas Lind's lawyers have argued that the case is political.",
            ("attributed", "Tomas Lind's lawyers"),
        ),
    ],
)
def test_a_name_and_his_group_speak_together(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anna Berg and her supporters insist the vote was stolen.", ("attributed", "")),
        (
            "The heads of state of several northern countries said on Monday the talks had failed.",
            ("reported", ""),
        ),
        ("The move followed an article in Reuters that said the port was closed.", ("attributed", "Reuters")),
        ("Tomas Lind could be jailed for up to 10 years if convicted.", ("unflagged", "")),
        # a possibility with no statutory maximum stays a forecast
        ("Tomas Lind could be jailed, Anna Berg said.", ("speculative", "Anna Berg")),
    ],
)
def test_the_same_constructions_in_other_words(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected
