"""Claim status and speaker from the misses of the twenty-first and twenty-second labelling rounds (first sight on
items nobody tuned for): "the agency said" of the body that opens the sentence, "It said" going on with the state
that spoke just before, "in what X is calling", "casts doubt on" as a statement and a headline's office of a named
body ("NATO envoy says") credited to the person the body names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

PEOPLE = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON"}
BODIES = {"FLA": "ORG", "Southern Council": "ORG", "Eastern Air": "ORG", "Northern Railways": "ORG"}
STATES = {"Spain": "GPE", "Norland": "GPE"}
NAMES = PEOPLE | BODIES | STATES
TITLE = "Flights cancelled across the north"


# --- "the agency said": the body that opens the sentence -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('The FLA closed the airspace "due to safety risks," the agency said in a notice.', "FLA"),
        ("Northern Railways reduced its fleet by a third, the company said on Monday.", "Northern Railways"),
    ],
)
def test_the_agency_said_is_the_body_that_opens_the_sentence(
    res: analyse.Resources, sentence: str, expected: str
) -> None:
    text = f"{TITLE}\n\nEastern Air and Northern Railways cancelled trips on Saturday.\n\n{sentence}"
    assert status_of(res, TITLE, text, sentence[:20], NAMES) == ("attributed", expected)


def test_the_army_said_is_not_a_company_that_opens_the_sentence(res: analyse.Resources) -> None:
    sentence = "Eastern Air cancelled all flights to the coast, the army said on Monday."
    text = f"{TITLE}\n\n{sentence}"
    assert status_of(res, TITLE, text, sentence[:20], NAMES) == ("attributed", "army")


# --- "It said" after a state spoke ------------------------------------------------------------------------------


def test_it_said_goes_on_with_the_state_that_spoke_just_before(res: analyse.Resources) -> None:
    text = (
        f"{TITLE}\n\nSpain said the drone attack was a provocation. "
        "It said it would retaliate and that its stance in the talks would toughen."
    )
    assert status_of(res, TITLE, text, "It said it would", NAMES) == ("attributed", "Spain")


def test_it_said_in_a_new_paragraph_is_not_the_state_of_the_one_before(res: analyse.Resources) -> None:
    text = (
        f"{TITLE}\n\nSpain said the drone attack was a provocation.\n\n"
        "Northern Railways halted its trains on Sunday. It said services would resume on Monday."
    )
    assert status_of(res, TITLE, text, "It said services", NAMES)[1] != "Spain"


# --- "in what X is calling" -------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["are calling", "is calling", "calls", "called", "has described as"])
def test_in_what_a_named_body_calls_is_that_body_s(res: analyse.Resources, verb: str) -> None:
    sentence = f"The prize will be handed out on Sunday in what the Southern Council {verb} a celebration of the coast."
    text = f"{TITLE}\n\n{sentence}"
    assert status_of(res, TITLE, text, sentence[:20], NAMES) == ("attributed", "Southern Council")


def test_in_what_some_call_stays_unnamed(res: analyse.Resources) -> None:
    sentence = "The prize will be handed out on Sunday in what some are calling a celebration of the coast."
    text = f"{TITLE}\n\n{sentence}"
    assert status_of(res, TITLE, text, sentence[:20], NAMES)[1] == ""


# --- "casts doubt on" --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg cast doubt on the claim that the drone had come from the south.",
        "Anna Berg casts doubt over the claim that the drone had come from the south.",
    ],
)
def test_casting_doubt_on_a_claim_is_a_statement(res: analyse.Resources, sentence: str) -> None:
    text = f"{TITLE}\n\n{sentence}"
    assert status_of(res, TITLE, text, sentence[:20], NAMES) == ("attributed", "Anna Berg")


# --- a headline's office of a named body -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Southern Council envoy casts doubt on claim that the drone came from the south",
        "Southern Council envoy says the drone did not come from the south",
    ],
)
def test_a_headline_office_of_a_body_is_the_person_the_body_names(res: analyse.Resources, title: str) -> None:
    text = f"{title}\n\nTomas Lind, the council's envoy, said on Monday that the claim was not credible."
    assert status_of(res, title, text, title[:20], NAMES) == ("attributed", "Tomas Lind")
