"""Claim status from the misses of the twenty-fifth labelling round (first sight on items nobody tuned for): an
expectation or a suspicion that a clause opens ("I suspect that U.S. allies will ...", "We expect, in particular,
that ... will") and a hope for what may follow ("he hoped for compromise to be reached") are forecasts, the speaker
kept; a list of states that ends with "and other allies" is several sources, none alone (a small fake entity
finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

NAMES = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE", "Eastwick": "GPE"}
TITLE = "Talks stall in the north"


def _status(res: analyse.Resources, text: str, start: str) -> tuple[str, str]:
    return status_of(res, TITLE, f"{TITLE}\n\n{text}", start, NAMES)


# --- an expectation or a suspicion that a clause opens --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Judging by the reactions to date, I suspect that U.S. allies will equivocate," said Anna Berg.',
        '"We expect, in particular, that the most difficult issues of the framework will be discussed," Anna Berg '
        "wrote on X.",
        "Anna Berg said she anticipated that the border crossings of Norland would reopen within the month.",
    ],
)
def test_an_expectation_a_clause_opens_is_a_forecast_with_its_speaker(
    res: analyse.Resources, sentence: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("speculative", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg said the police suspected that the driver had fled to Eastwick.",
        '"We expect that," Anna Berg said when asked about the protests.',
    ],
)
def test_a_suspicion_about_the_past_or_no_clause_is_no_forecast(
    res: analyse.Resources, sentence: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", "Anna Berg")


# --- a hope for what may follow -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Lind said land options had been discussed and that he hoped for compromise to be reached.",
        "Tomas Lind said he hopes for talks with Eastwick to resume in the spring.",
    ],
)
def test_a_hope_for_what_may_follow_is_a_forecast_with_its_speaker(
    res: analyse.Resources, sentence: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("speculative", "Tomas Lind")


def test_a_hope_for_something_with_no_outcome_is_no_forecast(res: analyse.Resources) -> None:
    text = "Tomas Lind said the fans had hoped for a better result."
    assert _status(res, text, text[:20]) == ("attributed", "Tomas Lind")


# --- a list of states that ends with "and other allies" -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil, Chile and other regional allies have accused the council of violating the truce.",
        "Peru and other states said the vote was flawed.",
    ],
)
def test_states_and_other_allies_are_several_sources(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", "")


def test_a_state_with_others_as_its_object_is_not_a_list_of_speakers(res: analyse.Resources) -> None:
    text = "Anna Berg said Brazil and other allies would send aid to the region."
    assert _status(res, text, text[:20])[1] == "Anna Berg"
