"""Rules from blind round 152 (fifty-first session; Guardian news and columns of new text): the plural's present
"argue that" and "write that" are said; a people by its bare demonym plural that believed or feared is an unnamed
group (not a poll's "Twice as many Americans believe"); a worry nobody is named for after "amid" is `reported`; a
likelihood told of a noun with a headline's article left out is `speculative` (not "is likely for the long haul").
A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Berg": "PERSON", "Norland": "GPE", "Ostland": "GPE"}


def test_the_plurals_argue_that_is_said(res: analyse.Resources) -> None:
    body = "Anna Berg appeared in court on Monday.\n\nBerg's lawyers argue that she should be released while she waits."
    rows = claim_rows(res, "Court", body, NAMES)
    assert row_of(rows, "Berg's lawyers") == ("attributed", "Anna Berg's lawyers")


def test_an_infinitive_argue_is_no_statement(res: analyse.Resources) -> None:
    sentence = "The council plans to argue that the road should close."
    rows = claim_rows(res, "Court", sentence, NAMES)
    assert row_of(rows, sentence[:12])[1] != "council"


def test_a_demonym_peoples_belief_is_an_unnamed_groups(res: analyse.Resources) -> None:
    sentence = "For decades, Americans believed the court soared above the fray."
    rows = claim_rows(res, "Court", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_polls_share_of_a_people_stays_the_polls_figure(res: analyse.Resources) -> None:
    sentence = "Twice as many Americans believe their finances are getting worse than better."
    rows = claim_rows(res, "Poll", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rollout of chargers slackened in 2025 amid investor concerns over a slower switch to electric cars.",
        "Trial of crime gangs stalls amid sabotage fears",
    ],
)
def test_a_worry_nobody_is_named_for_after_amid(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Cars", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_likelihood_told_of_a_noun_is_a_forecast(res: analyse.Resources) -> None:
    sentence = (
        "As tariffs take effect, Norland is likely alternative destination for cars and telecoms equipment"
    )
    rows = claim_rows(res, "Trade", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("speculative", "")


def test_likely_for_the_long_haul_is_not_this_rule(res: analyse.Resources) -> None:
    sentence = "Anna Berg said the mission is likely for the long haul."
    rows = claim_rows(res, "Mission", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")
