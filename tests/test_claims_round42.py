"""Claim status from the misses of the forty-second labelling round (Reuters items of the 2026-01-05 snapshot, first
sight) and the forms of speculation the rounds before it missed at first sight, by construction rather than by
sentence: a possibility stated without a modal ("further strikes possible", "leaving open the possibility"), a free
relative "what could be", a prediction's formula ("you'll see ..."), a course of things foretold ("conditions would
worsen"), an outcome foretold ("we will win"), what a thing "would mean", a hypothetical "would be a catastrophe",
"looks like it's ready to", and an unnamed group's view ("many ... view X as") or admission ("officials admit")
(a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Norland": "GPE",
    "Harbour Institute": "ORG",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 40: "Trump says further strikes possible"; a possibility as a predicate
        ("Anna Berg said further strikes were possible.", ("speculative", "Anna Berg")),
        ("A deal is still possible by the end of the month, Tomas Lind said.", ("speculative", "Tomas Lind")),
        ("It is possible that the bridge reopens next week.", ("speculative", "")),
        # an ability, a manner and a past condition are no possibility foretold
        ("It is possible to cross the river by ferry.", ("unflagged", "")),
        ("Anna Berg said the ports would reopen as soon as possible.", ("attributed", "Anna Berg")),
        ("The trips were only possible through a grant.", ("unflagged", "")),
    ],
)
def test_a_possibility_told_without_a_modal(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


def test_a_headline_possibility() -> None:
    """A headline "..., further strikes possible" is cued without the parser."""
    from briefing.claims.status import SPECULATIVE, _cues

    assert _cues(SPECULATIVE, "Berg says further strikes possible") == ["further strikes possible"]
    assert _cues(SPECULATIVE, "Ports will stay shut as long as possible") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 40: "leaving open the possibility of another incursion"
        (
            "Anna Berg declined to rule on the talks, leaving open the possibility of another strike.",
            "speculative",
        ),
        ("The vote raised the prospect of a snap election in the spring.", "speculative"),
        # round 40: "Orban is facing what could be the toughest challenge"; a free relative, not a question
        ("Tomas Lind is facing what could be the toughest election of his career.", "speculative"),
        ("The army seized the port in what may prove a turning point.", "speculative"),
        # a question asked stays one (_ASKED)
        ("Residents wondered what could be done about the floods.", "unflagged"),
    ],
)
def test_a_possibility_held_open_or_named(res: analyse.Resources, sentence: str, expected: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 42: '"I think you'll see right-wing governments applaud ...," Levitsky said'
        (
            '"I think you\'ll see the northern towns vote for change," Anna Berg said.',
            ("speculative", "Anna Berg"),
        ),
        ('"We are going to see more strikes in the spring," Tomas Lind said.', ("speculative", "Tomas Lind")),
        # seeing someone is a meeting, not a prediction
        ('"We will see him on Monday," Anna Berg said.', ("attributed", "Anna Berg")),
    ],
)
def test_a_prediction_s_formula(res: analyse.Resources, sentence: str, expected: tuple[str, str]) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 40: "conditions would worsen on Friday"; a course of things, not an undertaking
        ("The weather service said conditions would worsen on Friday.", "speculative"),
        ("Anna Berg said inflation will rise again in the spring.", "speculative"),
        # a subject that acts undertakes: the reported "will"
        ("Anna Berg said Norland would continue to support the talks.", "attributed"),
        # round 41: "In free and fair elections, we will win over 90% of the votes"
        ('"In a fair vote, we will win most of the seats," Anna Berg said.', "speculative"),
        ('"We will win back the trust of voters by working," Anna Berg said.', "attributed"),
    ],
)
def test_a_course_or_an_outcome_foretold(res: analyse.Resources, sentence: str, expected: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # rounds 30 and 32: "Peace in Ukraine Would Mean Returning to Russia", "The attack would amount to the first
        # known land strike"
        ("The strike would amount to the first attack on the port this year.", "speculative"),
        ("A ceasefire would mean the return of the fishing fleet.", "speculative"),
        # the content of a demand, told by its speaker
        ("Anna Berg rejected a demand that would mean closing the port.", "attributed"),
        # round 38: 'Lula had previously said that an armed intervention ... would be a "humanitarian catastrophe"'
        (
            'Anna Berg said that a blockade would be a "humanitarian catastrophe" for the north.',
            "speculative",
        ),
        # round 30 (its label set right by round 40's decision): 'said Cuba's regime "looks like it's ready to fall"'
        ('Anna Berg said the old regime "looks like it\'s ready to fall" on its own.', "speculative"),
    ],
)
def test_what_would_follow(res: analyse.Resources, sentence: str, expected: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 42: "many of whose leaders view the U.S.-backed military regimes ... as necessary bulwarks"
        (
            "Many countries have moved right, and many of whose leaders view the old regimes as necessary bulwarks.",
            "reported",
        ),
        ("Some economists regard the tax as a mistake.", "reported"),
        # round 37: "Swiss officials admit safety inspections lapse at bar"
        ("Norland officials admit safety inspections lapsed at the port.", "reported"),
        # the outlet's own account of a view held by a named body stays as before
        ("The Harbour Institute views the tax as a mistake.", "unflagged"),
    ],
)
def test_an_unnamed_group_s_view_or_admission(res: analyse.Resources, sentence: str, expected: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 38: "she knew that she too could have been one of the parents mourning a lost child"
        (
            "Anna Berg knew that she too could have been one of the parents mourning a lost child.",
            "unflagged",
        ),
        # round 38: '"(She) could have been dead, but is not."'
        ("Anna Berg said the ferry could have sunk, but it did not.", "attributed"),
        # a possibility about the past stays one
        ("Anna Berg said more than 200 people could have been on board.", "speculative"),
    ],
)
def test_a_past_that_did_not_happen_is_no_forecast(
    res: analyse.Resources, sentence: str, expected: str
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 38: "a Brooklyn jail where he likely will be confined to a cell 23 hours a day"
        ("Tomas Lind is held in a jail where he likely will be confined to a cell.", "speculative"),
        # round 32: "sinking to a record low ..., according to websites monitoring open market rates"
        ("The rial sank to a record low, according to websites monitoring open market rates.", "reported"),
        ("The rial sank to a record low, according to the Harbour Institute's website.", "attributed"),
    ],
)
def test_likely_will_and_unowned_websites(res: analyse.Resources, sentence: str, expected: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 38: "The independence of Malaysia's attorneys-general has often been questioned as they are appointed"
        (
            "The independence of the port authority has often been questioned as its head is appointed.",
            "reported",
        ),
        ("The plan rewrites an earlier draft that had been criticised as a wishlist.", "reported"),
        # the critics named
        ("The vote has been widely criticised by the Harbour Institute.", "attributed"),
    ],
)
def test_doubted_by_no_one_named(res: analyse.Resources, sentence: str, expected: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] == expected
