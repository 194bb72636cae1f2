"""Sources of text nobody tuned for (round 108, issue 11), by construction: a speech verb after "and" shares the
subject that opens the sentence even after a long first clause with its own object ("Kim inspected a munitions
factory and said ..."), the name led by its title ("North Korean leader", "Pope"); a group that opens the sentence
stays unnamed; results a body published or announced are its ("according to official results published by
the Supreme Court"); what someone anticipates is a forecast ("anticipates growth", "is anticipating meetings")
(a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Leo": "PERSON", "Norland": "GPE", "Tomas Lind": "PERSON", "Fjord Air": "ORG"}


def _row(res: analyse.Resources, sentence: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Norland news", sentence, NAMES), sentence[:25])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Anna Berg inspected a munitions factory and said the launchers would be the mainstay of artillery.",
            "Anna Berg",
        ),
        (
            "Norland leader Anna Berg inspected a munitions factory and said the launchers were ready.",
            "Anna Berg",
        ),
        (
            "Pope Leo called for Norland to remain an independent nation and said he was following events closely.",
            "Leo",
        ),
        ("Fjord Air cancelled the evening flight and said the runway was closed.", "Fjord Air"),
    ],
)
def test_a_speech_verb_after_and_shares_the_named_opening_subject(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert _row(res, sentence) == ("attributed", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        # the opening subject is a group no one names, or a source noun stands right before the verb
        "Officials inspected the site and said the launchers were ready.",
        "Anna Berg met the generals and officials said the launchers were ready.",
    ],
)
def test_a_speech_verb_after_and_keeps_an_unnamed_subject(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence) == ("reported", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # results a body published or announced: the body's, by "by" after the participle
        (
            "Anna Berg won 86 percent of the vote, according to official results published by the Supreme Court.",
            "Supreme Court",
        ),
        (
            "The party took 197 seats, according to provisional results announced on Monday by the electoral commission, "
            "up from 163.",
            "electoral commission",
        ),
    ],
)
def test_results_announced_by_a_body_are_that_bodys(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert _row(res, sentence) == ("attributed", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg won 86 percent of the vote, according to provisional results.",
        "Anna Berg won 86 percent of the vote, according to official results.",
    ],
)
def test_results_no_one_is_named_for_stay_unnamed(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence) == ("reported", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # what someone anticipates, told by its object: a forecast, the subject kept
        ("Anna Berg anticipates growth in exports next year.", "Anna Berg"),
        ("Anna Berg is also anticipating meetings with the European leaders.", "Anna Berg"),
    ],
)
def test_what_someone_anticipates_is_a_forecast(res: analyse.Resources, sentence: str, speaker: str) -> None:
    assert _row(res, sentence) == ("speculative", speaker)


def test_a_headline_that_anticipates_keeps_its_office(res: analyse.Resources) -> None:
    rows = claim_rows(
        res, "Norland parliament speaker anticipates growth in protests", "The vote is on Monday.", NAMES
    )
    assert row_of(rows, "Norland parliament") == ("speculative", "Norland parliament speaker")


@pytest.mark.parametrize(
    "sentence",
    [
        # not a forecast: the participle opening a clause, the noun, "as expected"
        "Anticipating a surge in visitors, Fjord Air hired more staff.",
        "In anticipation of the storm, Anna Berg closed the schools.",
        "Prices rose as expected in November.",
    ],
)
def test_anticipation_that_forecasts_nothing(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence)[0] != "speculative"


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # one body's noun with no article closing a headline speaks as "the military" does, as written
        ("Troops raise flag on the spit held since 2022, military says", "military"),
        ("Border crossing to reopen on Monday, ministry says", "ministry"),
    ],
)
def test_a_bare_body_closing_a_headline_is_that_body(
    res: analyse.Resources, title: str, speaker: str
) -> None:
    rows = claim_rows(res, title, "The vote is on Monday.", NAMES)
    assert row_of(rows, title[:12]) == ("attributed", speaker)


@pytest.mark.parametrize(
    "title",
    [
        # a group no one names stays unnamed
        "Blaze kills 40 in bar, police say",
        "Raid kills four, authorities say",
        "Raid kills four, officials say",
        # a body that "was told" (a passive closing the headline) does not speak: whoever told it is unnamed
        "Help the ceramics industry or lose a piece of national identity, government told",
    ],
)
def test_a_group_closing_a_headline_stays_unnamed(res: analyse.Resources, title: str) -> None:
    rows = claim_rows(res, title, "The vote is on Monday.", NAMES)
    assert row_of(rows, title[:12]) == ("reported", "")


def test_in_her_words_is_hers(res: analyse.Resources) -> None:
    rows = claim_rows(
        res, "Norland news", "Anna Berg visited the port on Sunday. In her words, it was unsafe.", NAMES
    )
    assert row_of(rows, "In her words") == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "second",
    [
        "In their view, the blockade violates the rules of international law.",
        "According to them, the blockade violates the rules of international law.",
    ],
)
def test_the_view_of_a_group_no_one_names_is_unnamed(res: analyse.Resources, second: str) -> None:
    rows = claim_rows(res, "Norland news", f"Critics met on Monday. {second}", NAMES)
    assert row_of(rows, second[:12]) == ("reported", "")


def test_in_his_words_inside_a_sentence_is_no_source(res: analyse.Resources) -> None:
    rows = claim_rows(
        res, "Norland news", "Anna Berg told the story in his own words at the ceremony.", NAMES
    )
    assert row_of(rows, "Anna Berg")[0] != "attributed" or row_of(rows, "Anna Berg")[1] == "Anna Berg"
