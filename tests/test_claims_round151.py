"""Rules from blind round 151 (fifty-first session; Guardian news and columns of new text): a belief no one is named
for with its adjective ("were believed infertile") is `reported`; whoever makes something is an unnamed group
("policymakers ... hope"), where the sentence says they are too; a participle of praise opening the sentence
("Hailing the operation as spectacular, extraordinary, and ..., X surprised many") is the subject's after the list's
commas; a standfirst credited to the person the lede names keeps an unnamed source of its own ("..., but experts
say"). A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Norland": "GPE", "Ostland": "GPE"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A pair of rare birds who were believed infertile have stunned staff at the sanctuary.",
        "The beetle, long thought extinct, was seen again; it was once thought extinct in Norland.",
    ],
)
def test_a_belief_no_one_is_named_for_with_its_adjective(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Birds", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_plan_thought_through_is_no_belief(res: analyse.Resources) -> None:
    sentence = "The plan was thought through by the council."
    rows = claim_rows(res, "Birds", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


def test_believed_to_stays_an_estimate(res: analyse.Resources) -> None:
    sentence = "The bird is believed to number fewer than 500."
    rows = claim_rows(res, "Birds", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("speculative", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland will join the eurozone, with policymakers hoping the move will boost the economy.",
        "Norland will join the eurozone on 1 January, as policymakers in Brussels and Sofia hope it will help.",
        "Carmakers expect sales to rise next year.",
    ],
)
def test_whoever_makes_something_is_an_unnamed_group(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Euro", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_participle_of_praise_is_the_subjects_after_the_lists_commas(res: analyse.Resources) -> None:
    sentence = (
        'Hailing the operation as spectacular, extraordinary, and "an assault not seen in decades", Anna Berg '
        "surprised many by making oil the focus of her press conference."
    )
    rows = claim_rows(res, "Oil", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")


def test_a_ride_hailing_app_is_no_praise(res: analyse.Resources) -> None:
    sentence = "Hailing app will now act as agent rather than supplier outside the capital."
    rows = claim_rows(res, "Taxi tax", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


def test_a_credited_standfirst_keeps_its_own_unnamed_source(res: analyse.Resources) -> None:
    body = (
        "Norland president claims Norland will take back oil stolen from it, but experts say no legal claim exists\n\n"
        "Anna Berg surprised many by making oil the focus of her press conference on Saturday, Anna Berg said."
    )
    rows = claim_rows(res, "Berg's new focus on oil", body, NAMES)
    assert row_of(rows, "Norland president") == ("reported", "Anna Berg")
