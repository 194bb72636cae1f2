"""Rules from blind round 149 and the fifty-first session (new text: Guardian news, features and columns): a state or
a past the writer concedes before ", but" is no forecast; an unnamed group's hope is its view (`reported`); a named
person's hope of what will happen is theirs; an objection voiced is said; "was accused in October of" is accused by
no one named; a headline's closing "..., X vows" and a "vows" with its clause are said; an envoy speaks with where
they are posted ("Italy's ambassador to Switzerland"), not as the body they are posted to. A small fake entity
finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

BERG = {"Anna Berg": "PERSON", "Norland": "GPE", "Ostland": "GPE", "NATO": "ORG"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenues may be rising rapidly, but not by nearly enough to cover the levels of investment under way.",
        "The project may have got glamorous, but it was another glum year for the town.",
        "It may not be the advice anyone wants to hear, but it's surprising how often a walk helps.",
    ],
)
def test_a_state_conceded_before_but_is_no_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "A column", sentence, {})
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The withdrawal may help defuse a confrontation, but the incident has exposed distrust.",  # a possibility
        "The strike may have killed dozens of people.",  # no concession: a hedge
        "Some might regard it as a fad, but the word could be the most hopeful sign of the year.",  # "could" after
    ],
)
def test_a_possibility_before_but_stays_a_forecast(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "A column", sentence, {})
    assert row_of(rows, sentence[:12])[0] == "speculative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Retailers hope the weekend will bring cheer to sales.",
        "Retailers are hoping for a last-minute dash for the shops this weekend.",
        "Farmers hope the rain will come before the harvest.",
    ],
)
def test_an_unnamed_groups_hope_is_its_view(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Shops brace", sentence, {})
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_named_persons_hope_of_what_will_happen_is_theirs(res: analyse.Resources) -> None:
    sentence = "Anna Berg hopes her new atlas will make smells visible to everyone."
    rows = claim_rows(res, "Smell atlas", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("speculative", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        '"Initially, Norland had hopes that it could win quickly on the battlefield," Anna Berg said.',  # a quote
        "Anna Berg also dispelled hopes among many voters that the country might hold an election soon.",  # noun
    ],
)
def test_hopes_as_a_noun_make_no_one_the_holder(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Elections", sentence, BERG)
    assert row_of(rows, sentence[:12])[1] != "Norland"
    if sentence.startswith("Anna"):  # whose hopes they were is not said: the forecast is no one's named
        assert row_of(rows, sentence[:12])[1] == ""


def test_an_objection_voiced_is_said(res: analyse.Resources) -> None:
    sentence = "Anna Berg, in a post on X, has objected to her artwork being used by the agency."
    rows = claim_rows(res, "Artist objects", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")


def test_cultural_objects_are_no_objection(res: analyse.Resources) -> None:
    sentence = "The scheme allows art and cultural objects to be shown in Norland."
    rows = claim_rows(res, "Art loans", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg, a streamer who covers local news, was accused in October of ramming his car into a van.",
        "Anna Berg was accused last year of stealing funds.",
        "Anna Berg was accused of stealing funds.",
    ],
)
def test_accused_with_a_time_first_is_by_no_one_named(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Case dropped", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("reported", "")


@pytest.mark.parametrize(
    "title",
    ["Norland will fight on if peace talks fail, Anna Berg vows", "Taxes will not rise, Anna Berg pledges"],
)
def test_a_headlines_closing_vow_is_said(res: analyse.Resources, title: str) -> None:
    rows = claim_rows(res, title, "The talks resume on Monday.", BERG)
    assert row_of(rows, title[:12]) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg stepped down in March, as she had promised.",  # a deed done as promised
        "Anna Berg vowed to rebuild the city.",  # an undertaking
    ],
)
def test_a_promise_kept_or_an_undertaking_is_no_claim(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Mayor", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")


def test_a_vow_with_its_clause_is_said(res: analyse.Resources) -> None:
    sentence = "Anna Berg vows Norland's response to further aggression will be harsh."
    rows = claim_rows(res, "Warning", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Norland ambassador to NATO said the alliance must spend more.", "Norland ambassador to NATO"),
        ("Ostland's ambassador to Norland said the claims were baseless.", "Ostland's ambassador to Norland"),
    ],
)
def test_an_envoy_speaks_with_their_posting(res: analyse.Resources, sentence: str, expected: str) -> None:
    rows = claim_rows(res, "Talks", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("attributed", expected)


def test_an_envoy_with_a_posting_is_the_envoy_the_item_names(res: analyse.Resources) -> None:
    body = (
        "Ostland's ambassador to Norland blamed the separatists on Friday for the delay.\n\n"
        "The Ostland ambassador, Anna Berg, has held the post since 2019."
    )
    rows = claim_rows(res, "Delay", body, BERG)
    assert row_of(rows, "Ostland's ambassador") == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg welcomed the appointment, calling it a step to ensure peace.",
        "Anna Berg welcomed the appointments, calling them a historic team.",
    ],
)
def test_a_participles_verdict_is_said(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Appointment", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")


def test_calling_it_a_day_is_no_verdict(res: analyse.Resources) -> None:
    sentence = "Anna Berg lost the final, calling it a day after ten years."
    rows = claim_rows(res, "Final", sentence, BERG)
    assert row_of(rows, sentence[:12]) == ("unflagged", "")
