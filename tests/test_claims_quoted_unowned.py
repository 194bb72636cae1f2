"""What no one named says, in forms round 111 left (issue 11): a quoted judgement standing as a headline's predicate,
a "they" in a relative clause that no one named before it, and people known by whom they shared a place with
("ex-classmates") (sentences written for these tests after rounds 39, 101, 107 and 111's labelled ones; a small fake
entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Erik Dahl": "PERSON", "Norland": "GPE"}
BODY = "The storm hit the coast on Monday."


@pytest.mark.parametrize(
    "title",
    [
        # round 111, labelled: "US seizes two sanctioned Venezuela-linked oil tankers as blockade 'in full effect'"
        "Norland seizes two fishing boats as ban 'in full effect'",
        # round 39, labelled: "Tents supplied to displaced Palestinians 'inadequate for Gaza winter'"
        "Tents supplied to families in Norland 'inadequate for winter'",
        # round 101, labelled: "Australian cruise ship stuck off PNG 'detained' amid investigation into ..."
        "Cargo ship stranded off Norland 'detained' amid inquiry into the grounding",
    ],
)
def test_a_quoted_judgement_as_a_headlines_predicate_is_reported(res: analyse.Resources, title: str) -> None:
    assert row_of(claim_rows(res, title, BODY, NAMES), title[:12]) == ("reported", "")


@pytest.mark.parametrize(
    "title",
    [
        "Norland province launches 'peaceful' bid to retake bases",  # round 66, labelled unflagged
        "Storm damage spreads amid 'accelerated' flooding",  # round 6, labelled unflagged
        "Lawmakers hold forum on election 'threats'",  # round 63, labelled unflagged
    ],
)
def test_a_quoted_term_in_a_headline_stays_unflagged(res: analyse.Resources, title: str) -> None:
    assert row_of(claim_rows(res, title, BODY, NAMES), title[:12]) == ("unflagged", "")


def test_they_in_a_relative_clause_no_one_named_is_reported(res: analyse.Resources) -> None:
    # round 107, labelled: "... to push for reforms they say the US is ready for."
    body = (
        "A new generation of young leaders is gaining power in Norland by using their experience of floods to push for"
        " reforms they say the country needs."
    )
    assert row_of(claim_rows(res, "Flood campaigners", body, NAMES), "A new generation") == ("reported", "")


def test_ex_classmates_are_an_unnamed_source(res: analyse.Resources) -> None:
    # round 107, labelled: "Brown shooting suspect: gruelling academic climate may have taken mental toll, say
    # ex-classmates"
    title = "Suspect was withdrawn and anxious in his final year, say ex-classmates"
    assert row_of(claim_rows(res, title, BODY, NAMES), "Suspect") == ("reported", "")


def test_former_classmates_are_no_named_source(res: analyse.Resources) -> None:
    # round 107's "former classmates of the suspected gunman ... have been asking if": no one named
    body = "The suspect was quiet and kept to himself, former classmates said."
    assert row_of(claim_rows(res, "Suspect profile", body, NAMES), "The suspect") == ("reported", "")


@pytest.mark.parametrize(
    "title",
    [
        # the Guardian's "End of shareholder revolt register 'will help UK firms bury pay controversies'"
        "End of harbour fee register 'will help shipowners hide their costs'",
        "Norland ferry operator 'has cut safety checks to save money'",
    ],
)
def test_a_headlines_predicate_quoted_from_its_auxiliary_is_reported(
    res: analyse.Resources, title: str
) -> None:
    assert row_of(claim_rows(res, title, BODY, NAMES), title[:12]) == ("reported", "")


def test_a_quoted_deed_is_the_report_of_the_body_that_tells_it(res: analyse.Resources) -> None:
    # the Guardian's "North Korea 'has fired ballistic missile towards the Sea of Japan'" over a lede crediting South
    # Korea's military: the quoted deed is the body's report, not the outlet's and not no one's
    title = "Norland 'has fired artillery across the border'"
    body = "Norland has fired artillery shells across the border, according to the Vesland Coast Guard."
    names = {**NAMES, "Vesland Coast Guard": "ORG"}
    assert row_of(claim_rows(res, title, body, names), title[:12]) == ("attributed", "Vesland Coast Guard")
    # with no one credited in the body, the quoted deed is someone's claim all the same
    assert row_of(claim_rows(res, title, BODY, NAMES), title[:12]) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # the Guardian's "... video, photos and reports from witnesses suggest the blaze spread quickly ..."
        "While the cause is still under investigation, video, photos and reports from witnesses suggest the flood"
        " rose within minutes.",
        "Accounts from survivors indicate the boat capsized before dawn.",
        "Video and photos suggest the dam gave way at its western end.",
    ],
)
def test_what_witnesses_reports_or_pictures_suggest_is_reported(
    res: analyse.Resources, sentence: str
) -> None:
    assert row_of(claim_rows(res, "Flood", sentence, NAMES), sentence[:12]) == ("reported", "")


def test_what_a_picture_plainly_shows_stays_unflagged(res: analyse.Resources) -> None:
    sentence = "The photo shows the mayor wearing a grey raincoat beside the dam."
    assert row_of(claim_rows(res, "Flood", sentence, NAMES), sentence[:12]) == ("unflagged", "")
