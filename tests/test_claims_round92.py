"""Forecast words from round 92's items drawn for them (issue 11), by construction (a small fake entity finder;
paragraphs joined by a single newline, as in feed text), plus one real sentence of the round each."""

from __future__ import annotations

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Volodymyr Zelensky": "PERSON",
    "Zelensky": "PERSON",
    "Donald Trump": "PERSON",
    "Trump": "PERSON",
    "Norland": "GPE",
    "Florida": "GPE",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


def test_a_question_runs_to_its_last_modal(res: analyse.Resources) -> None:
    # a noun "might" ("military might") inside the question does not end it: the later "could" is still asked
    rows = _rows(
        res,
        "Looking back at the border war",
        "The two neighbours had been arming for a decade.\n"
        "The question was how a war between the rivals - each with great economic might - could end.\n"
        "It remained a mystery why a fleet of such naval might might withdraw at all.",
    )
    assert row_of(rows, "The question was how") == ("unflagged", "")
    assert row_of(rows, "It remained a mystery why") == ("unflagged", "")


def test_a_real_question_with_military_might(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Looking back at Israel and Iran's '12-day war'",
        "What was unclear was how a conflict between the two adversaries – both of which have considerable military"
        " might – could play out.",
    )
    assert row_of(rows, "What was unclear") == ("unflagged", "")


def test_a_forecast_after_a_question_is_still_one(res: analyse.Resources) -> None:
    # guard: the question ends at its clause; a forecast told after a comma is a forecast
    rows = _rows(
        res,
        "Talks resume in Norland",
        "It is unclear what the delay meant, and the talks could collapse next week.",
    )
    assert row_of(rows, "It is unclear what")[0] == "speculative"


def test_a_persons_own_plan_to_meet_is_an_intention(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Norland leader heads abroad",
        "Norland President Tomas Lind said he expects to meet Anna Berg in Geneva on Monday.\n"
        "Berg said she expects to sign the accord during the visit.",
    )
    assert row_of(rows, "Norland President Tomas Lind said") == ("attributed", "Tomas Lind")
    assert row_of(rows, "Berg said she") == ("attributed", "Anna Berg")


def test_a_real_plan_to_meet(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Zelensky heads to Florida",
        "Ukrainian President Volodymyr Zelensky said he expects to meet US President Donald Trump in Florida on"
        " Sunday in pursuit of a deal to end Russia's nearly four-year invasion.",
    )
    assert row_of(rows, "Ukrainian President Volodymyr Zelensky said") == ("attributed", "Volodymyr Zelensky")


def test_an_expectation_of_others_or_of_an_outcome_stays_a_forecast(res: analyse.Resources) -> None:
    # guards: "expects X to meet" forecasts another's act; "expects to see growth" is not a plan to go anywhere
    rows = _rows(
        res,
        "Norland economy",
        "Tomas Lind said he expects Anna Berg to meet the rebels soon.\n"
        "Berg said she expects to see growth of 3% next year.",
    )
    assert row_of(rows, "Tomas Lind said") == ("speculative", "Tomas Lind")
    assert row_of(rows, "Berg said") == ("speculative", "Anna Berg")


def test_hopes_that_rise_or_fade_are_chances_told(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Hopes Grow for Norland Ceasefire as Envoys Arrive",
        "Hopes were fading for a quick deal on the border on Monday.\n"
        "The strike dashed the hopes of many families.",
    )
    assert row_of(rows, "Hopes Grow for Norland")[0] == "speculative"
    assert row_of(rows, "Hopes were fading")[0] == "speculative"
    assert row_of(rows, "The strike dashed") == ("unflagged", "")


def test_a_real_headline_of_rising_hopes(res: analyse.Resources) -> None:
    rows = _rows(
        res,
        "Hopes Rise for U.S.-Europe Trade Deal as Trump Visits Scotland",
        "Trump and Ursula von der Leyen, a top EU top official, are set to meet Sunday during president's golf trip.",
    )
    assert row_of(rows, "Hopes Rise for") == ("speculative", "")
    assert row_of(rows, "Trump and Ursula") == ("unflagged", "")
