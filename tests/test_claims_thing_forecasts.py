"""What a thing may do, told without a modal: a relative clause's "threatens to" / "promises to", and a winner
"tipped to win" (issue 11's speculative status; dev rounds 35, 67, 83, 99 and 117 missed these forms; sentences
written for these tests after them, a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, claims_of, row_of

NAMES = {"Anna Berg": "PERSON"}
LEAD = "The meeting took place on Monday in the capital."


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland seized two more tankers on Wednesday, a move that threatens to sever a lifeline for the island.",
        "Rebels pressed a sweeping advance that threatened to spill over into the wider region.",
        "Researchers grew the lining of a womb in a dish, which promises to shed light on early pregnancy.",
        "The ruling party is tipped to win a majority in Sunday's vote.",
        "A newcomer was favoured to become the city's next mayor.",
    ],
)
def test_what_a_thing_may_do_is_a_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:15])[0] == "speculative"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "Norland seized two more tankers, a move that threatens to sever a lifeline for the island.",
            "that threatens to",
        ),
        ("The economy is on track to shrink by 2% this year.", "on track to"),
        ("Port fees, projected to rise 5% to a record, will help pay for the new quays.", "projected to"),
    ],
)
def test_a_forecasts_cue_is_shown_in_whole_words(res: analyse.Resources, sentence: str, cue: str) -> None:
    # forty-first session: the brief showed 'Cue: "that threatens to s"' (the pattern took the next word's letter)
    [claim] = [
        c for c in claims_of(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES) if c.text == sentence
    ]
    assert claim.status == "speculative" and cue in claim.cues
    assert not any(c.endswith(" s") or c[-2:-1] == " " for c in claim.cues)


def test_a_headline_winner_tipped_to_win_is_a_forecast(res: analyse.Resources) -> None:
    title = "Norland polls open amid unrest, ruling party tipped to win"
    assert row_of(claim_rows(res, title, LEAD, NAMES), "Norland polls")[0] == "speculative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg threatened to leave the coalition.",  # a person's threat, not a forecast
        "Anna Berg, who promises to cut taxes, leads the polls.",  # "who": a person's promise
        "The tip of the iceberg was favoured by the light.",
    ],
)
def test_a_persons_threat_or_promise_is_no_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:15])[0] != "speculative"


@pytest.mark.parametrize(
    "sentence",
    [
        "It seems likely that the confusion will survive through the local elections.",
        "A snap election now looks likely after the government resigned.",
        "It is increasingly possible that the talks collapse before the summer.",
    ],
)
def test_a_likelihood_the_writer_states_of_an_outcome_is_a_forecast(
    res: analyse.Resources, sentence: str
) -> None:
    # found unflagged in the corpus (thirty-ninth session): an opinion piece's "It seems likely that", a headline's
    # "snap election looks likely"
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:15])[0] == "speculative"


def test_a_possibility_of_doing_something_is_no_forecast(res: analyse.Resources) -> None:
    sentence = "It was possible to see the smoke from the city centre."
    rows = claim_rows(res, "Talks in Geneva", f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:15])[0] == "unflagged"
