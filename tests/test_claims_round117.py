"""Forms main left unflagged most often over round 117's pool (issue 11, 2,375 unlabelled items of the Guardian,
Reuters/France 24 and TASS/SCMP files): a group of people no one names saying something in a form the group reader
left ("The protesters argue", "Ukraine's European allies say"), and a subject that speaks in ", saying" after a long
opening phrase ("In her first remarks since the US attack, Rodriguez struck a defiant note, saying"). Sentences
written for these tests after corpus ones; a small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE", "Eastport": "GPE"}
TITLE = "Norland braces for a winter of protests"
LEAD = "Thousands marched in the capital on Sunday."


@pytest.mark.parametrize(
    "sentence",
    [
        # "The protesters argue that these alliances are diverting resources away from domestic needs ..."
        "The protesters argue that the new tax is diverting money away from schools.",
        # "Ukraine's European allies say any peace accord must ensure robust security guarantees ..."
        "Norland's northern allies say any deal must include firm guarantees for the border.",
        # "They and six other OPEC+ members are meeting online on Sunday, and OPEC+ delegates say they will ..."
        "The ministers are meeting online on Monday, and union delegates say the strike will go on.",
        # "Meanwhile, Americans whose premiums are skyrocketing say lawmakers don't understand ..."
        "Meanwhile, farmers whose costs are rising say the government does not understand their plight.",
        # "Cyclist and road safety groups argue proposed alternative route ... is unsafe"
        "Cyclist and road safety groups argue the new route is unsafe.",
    ],
)
def test_a_group_no_one_names_saying_something_is_an_unnamed_source(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:20]) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The prices say little about the demand this winter.",  # no noun of people
        "Anna Berg's lawyers argue the charges are baseless.",  # a named person's own people
    ],
)
def test_a_plural_that_is_no_group_of_people_is_not_read_as_one(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:20]) != ("reported", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "In her first remarks since the US attack, Rodriguez struck a defiant note, saying Maduro was ..."
        (
            "In her first remarks since the vote, Anna Berg struck a defiant note, saying the count was rigged.",
            "Anna Berg",
        ),
        # "Just before Christmas, US President Donald Trump has unleashed a fresh blast of vitriol ..., saying ..."
        (
            "Just before the holiday, Tomas Lind has unleashed a fresh attack on the press, saying reporters lie.",
            "Tomas Lind",
        ),
    ],
)
def test_a_subject_after_a_long_opening_phrase_speaks_in_saying(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:20]) == ("attributed", speaker)


def test_adding_as_an_act_after_an_opening_phrase_is_no_statement(res: analyse.Resources) -> None:
    sentence = "In 2020, the company cut its workforce, adding to the pressure on the town."
    assert row_of(claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES), sentence[:20]) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # "Reflecting the confusion, Trump indicated US involvement is likely for the long haul."
        (
            "Reflecting the confusion, Tomas Lind indicated the army is there for the long haul.",
            "Tomas Lind",
        ),
        # "Israel has indicated that if Hamas is not disarmed peacefully, it will resume military action ..."
        ("Tomas Lind has indicated that the border stays closed until the talks end.", "Tomas Lind"),
        # "But Trump has already indicated that timeline is moot."
        ("But Anna Berg has already indicated that deadline is moot.", "Anna Berg"),
    ],
)
def test_a_named_subject_that_indicated_a_statement_is_its_speaker(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:20]) == ("attributed", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint appearance indicated the coalition is staying united for now.",  # a thing's sign
        "Anna Berg also signalled a desire to press ahead with the reforms.",  # an intention, a noun as object
    ],
)
def test_a_sign_or_an_intention_that_is_indicated_is_no_statement(
    res: analyse.Resources, sentence: str
) -> None:
    assert row_of(claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES), sentence[:20]) == ("unflagged", "")
