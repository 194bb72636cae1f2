"""Rules from blind round 156 (fifty-second session; the last fresh Guardian items): a claim pressed on others ("wants
us to believe that") and a warning ("sounded the alarm on") are said; someone's own relative who speaks unnamed
("her father told her") is a source not named; a view many hold, no one named ("has been widely opposed"); and, from
round 139's miss, "the bloc" is the bloc named before. A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Berg": "PERSON", "Norland": "GPE"}


@pytest.mark.parametrize(
    "sentence",
    [
        'Anna Berg wants us to believe that the "war on farmers" is spreading across the globe.',
        'Anna Berg recently sounded the alarm on the "mass slaughter" of livestock in Norland.',
    ],
)
def test_a_claim_pressed_on_others_or_a_warning_is_said(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Farms", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")


def test_someones_relative_who_speaks_unnamed_is_reported(res: analyse.Resources) -> None:
    sentence = (
        'At home, in her village in Norland, her father told her: "This is enough, you need not study more."'
    )
    rows = claim_rows(res, "School", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_view_many_hold_no_one_named_is_reported(res: analyse.Resources) -> None:
    sentence = "The rationale behind the strikes has been widely opposed, but the strikes themselves have been welcomed."
    rows = claim_rows(res, "Strikes", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_opposed_by_someone_named_is_not_the_unnamed_rule(res: analyse.Resources) -> None:
    sentence = "The plan has been widely opposed by Anna Berg and her party."
    rows = claim_rows(res, "Plan", sentence, NAMES)
    assert row_of(rows, sentence[:12]) != ("reported", "")


def test_the_bloc_is_the_bloc_named_before(res: analyse.Resources) -> None:
    # round 139's miss: "The bloc said" after the European Union was named (not "bloc" as written)
    body = "The European Union imposed the measures in 2023.\nThe bloc said this month it would lift them."
    rows = claim_rows(res, "Sanctions", body, dict(NAMES, **{"European Union": "ORG"}))
    assert row_of(rows, "The bloc") == ("attributed", "European Union")
