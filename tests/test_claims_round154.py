"""Rules from blind round 154 (fifty-second session; Guardian news, an editorial, a letter and columns of new text):
"may" conceded in an "although" clause, and the idiom "may as well", are no forecast; a paper's "estimates that" is its
verb, and an office's paper is that office's; an autopsy's finding is a paper's; "with warnings that" is `reported`;
"the company announced" closing a sentence is the company the sentence names; a lawsuit that accuses is not the one
it sues; "look plausible" is a forecast. A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Nordcom": "ORG",
    "Ostbank": "ORG",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "Funding has declined, and although the holidays may give us a chance to hear music, the reality is that few "
        "pupils play.",
        "All the incentives militate against hard choices, but a failing government may as well try honesty.",
    ],
)
def test_a_conceded_may_and_may_as_well_are_no_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Letters", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks may resume next week, though nothing is certain.",
        "Anna Berg teased a candidate while also musing that she might fire the bank's governor.",
    ],
)
def test_a_may_outside_a_conceding_clause_stays_a_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Talks", sentence, NAMES)
    assert row_of(rows, sentence[:12])[0] == "speculative"


def test_an_offices_paper_that_estimates_is_that_offices(res: analyse.Resources) -> None:
    sentence = "The Norland attorney general's report estimates that the suspect died on 16 December."
    rows = claim_rows(res, "Autopsy", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "Norland attorney general")


def test_an_autopsy_report_that_has_shown_is_a_papers_finding(res: analyse.Resources) -> None:
    sentence = "An autopsy report on the suspect has shown that he died two days before he was found."
    rows = claim_rows(res, "Autopsy", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_with_warnings_that_is_reported(res: analyse.Resources) -> None:
    sentence = (
        "The town reels from a year of record bear attacks, with warnings that winter will bring no respite."
    )
    rows = claim_rows(res, "Bears", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_the_company_closing_a_sentence_is_the_company_it_names(res: analyse.Resources) -> None:
    body = (
        "Lind led the firm when it faced rivals such as Ostbank.\n\n"
        "Tomas Lind, the businessman credited with turning around Nordcom, has died aged 83, the company announced "
        "on Sunday."
    )
    rows = claim_rows(res, "Obituary", body, NAMES)
    assert row_of(rows, "Tomas Lind, the") == ("attributed", "Nordcom")


def test_a_lawsuit_that_accuses_is_not_the_one_it_sues(res: analyse.Resources) -> None:
    sentence = (
        'The families are now suing Nordcom in a class-action lawsuit accusing the company of "pitching itself to '
        'armed groups".'
    )
    rows = claim_rows(res, "Court", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_challenge_made_to_look_plausible_is_a_forecast(res: analyse.Resources) -> None:
    sentence = "The party's slump makes a leadership challenge look plausible after the elections next May."
    rows = claim_rows(res, "Politics", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("speculative", "")
