"""Attributed claims unseen text still misses (round 112, issue 11): a sentence opening with a body's description
("The retailer said") is the body named before; a relative clause's pronoun and "claims" ("food that it claims will
satisfy") is a statement of the sentence's subject; "X open to ..." in a headline is X's stance; "the pontiff" is the pope the item names; "told
journalists he planned to" tells, it does not order; '..., says his mother, the painter Anna Berg' is Anna Berg's; a
"with" clause's gerund ("..., with China accusing ...") is its subject's; a passive's agent ended by a time or place
("was lambasted by JD Vance at this year's event") speaks (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Norbank": "ORG", "Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE", "China": "GPE"}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


def test_a_sentence_opening_with_a_bodys_description_is_the_body_named_before(res: analyse.Resources) -> None:
    # round 112, real: "Marks & Spencer is targeting weight-loss jab users ... / The retailer said the range, which
    # launches on 5 January ..., is "perfectly portioned ..."" (Marks & Spencer)
    body = (
        "Norbank is opening ten new branches in small towns this spring.\n"
        'The lender said the branches, which open on 5 January, are "built for people who still need cash".'
    )
    assert row_of(_rows(res, "Branches return to the high street", body), "The lender said") == (
        "attributed",
        "Norbank",
    )


def test_a_pronoun_and_claims_in_a_relative_clause_is_the_subjects_statement(res: analyse.Resources) -> None:
    # round 112, real: "Marks & Spencer is targeting weight-loss jab users with a new range of ... food that it
    # claims will satisfy customers who are eating less."
    body = "Norbank is targeting young savers with a new account that it claims will pay more than any rival."
    assert row_of(_rows(res, "Banks chase young savers", body), "Norbank is targeting") == (
        "attributed",
        "Norbank",
    )


def test_claims_after_a_determiner_stays_a_noun(res: analyse.Resources) -> None:
    body = "The claims were rejected by the court on Monday after a short hearing."
    assert row_of(_rows(res, "Court hearing ends", body), "The claims") == ("unflagged", "")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # round 112, real: "Ukraine war briefing: Zelenskyy open to creating demilitarised zone in country's east"
        (
            "War briefing: Tomas Lind open to creating demilitarised zone in the east",
            ("attributed", "Tomas Lind"),
        ),
        ("Museum open to visitors again after the fire", ("unflagged", "")),
    ],
)
def test_a_named_subject_open_to_something_in_a_headline_is_its_stance(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    body = "Talks went on through the night in the capital."
    assert row_of(_rows(res, title, body), title[:12]) == expected


def test_the_pontiff_is_the_pope_the_item_names(res: analyse.Resources) -> None:
    # the leftover of round 109's corpus check: "said the pontiff" after "Pope Leo" stayed "the pontiff"
    names = {**NAMES, "Pope Leo": "PERSON"}
    body = "Pope Leo used his first Christmas address to call for an end to wars.\nThe pontiff said the world needed hope."
    rows = claim_rows(res, "Christmas address from the Vatican", body, names)
    status, speaker = row_of(rows, "The pontiff said")
    assert (status, speaker.split()[-1]) == ("attributed", "Leo")


def test_a_passive_agent_ended_by_a_place_speaks(res: analyse.Resources) -> None:
    # round 107, real: "Move comes after party's exclusion for last two years was lambasted by JD Vance at this year's
    # event"
    body = "The party's exclusion was lambasted by Anna Berg at this year's conference."
    assert row_of(_rows(res, "Party returns to the conference", body), "The party") == (
        "attributed",
        "Anna Berg",
    )


def test_telling_journalists_of_a_plan_is_a_statement_not_an_order(res: analyse.Resources) -> None:
    # the leftover: "had previously told journalists he planned to ..." (a clause with its own subject)
    body = "Anna Berg had previously told journalists she planned to leave the party before the election."
    assert row_of(_rows(res, "Party loses its speaker", body), "Anna Berg") == ("attributed", "Anna Berg")
    order = "Anna Berg told the ministers to leave the building before noon."
    assert row_of(_rows(res, "Party loses its speaker", order), "Anna Berg") == ("unflagged", "")
    # dev, labelled `unflagged`: "Thirty-seven NGOs told they have to cease operations, ..." (an order passed on)
    obliged = "Thirty ministers told they have to leave the building before noon, putting the vote at risk"
    assert row_of(_rows(res, "Party loses its speaker", obliged), "Thirty") == ("unflagged", "")


def test_a_relation_closing_a_quotation_with_the_name_in_apposition_speaks(res: analyse.Resources) -> None:
    # the leftover, real: '"He would've been a YouTube sensation by now," says his mother, the celebrity stylist
    # Tameka Foster.'
    body = 'The village is quiet now.\n"He was always laughing," says his mother, the painter Anna Berg.'
    assert row_of(_rows(res, "A summer remembered", body), '"He was always') == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # round 112, real: "Japan's cabinet has approved a record high defence budget as tensions with China continue
        # to spiral, with Beijing this week accusing Tokyo of "fuelling a space arms race"." (a city: no one named)
        (
            "Norbank has approved a record budget, with China this week accusing it of fuelling a price war.",
            ("attributed", "China"),
        ),
        (
            "Norbank has approved a record budget, with Anna Berg saying the move would hurt savers.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_with_clause_that_speaks_is_its_subjects(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    assert row_of(_rows(res, "Budget approved", body), "Norbank has approved") == expected
