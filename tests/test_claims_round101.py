"""Unnamed sources by their kind (round 101, issue 11), by construction: papers or data no one is named for that show
or allege, a charge or report after "amid/over/in the wake of", people and outlets not named ("news outlets report",
"people familiar with", "a passenger onboard the X has told"), groups of bodies that argue or identify, a passive
whose agent is "police", and a figure a named body "estimates" (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Norland": "GPE",
    "Nordbank": "ORG",
    "Anna Berg": "PERSON",
    "Sea Star": "ORG",
    "Norland Rail Union": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        # papers or data nobody is named for that show, suggest or allege
        "Documents allege the banker's partner directed the payments.",
        "Court documents suggest the mayor was warned twice.",
        "The wettest autumn on record led to a rise in river flooding, data has shown.",
        "A memo among the newly released files casts fresh light on how the scheme was run.",
        # a charge or report no one is named for, after a preposition of cause
        "The ministry freezes school funding in wake of fraud scheme allegations.",
        "The chatbot faces scrutiny over complaints it produced fake images.",
        # people and outlets not named
        "The former minister arrives in Norland, news outlets report.",
        "The plan was drawn up in March, based on a review of records and people familiar with the talks.",
        "A passenger onboard the Sea Star has told reporters she will not sail again.",
        "Two boys have revealed the torment of living in the camps.",
        # kinds of bodies that argue or identify
        "Rail unions are campaigning to end outsourcing, arguing that staff have worse conditions.",
        "The navy has chased the tanker, which maritime groups have identified as the Bella 1, for two weeks.",
        # a passive whose agent is an unnamed source
        "The arrest of the activist was confirmed by police in a post on Tuesday.",
        # the hedging adjective coordinated, and a group's view closing the sentence or gapped
        "The overthrow and reported capture of the president will send a shiver around the world.",
        "The new aid could be the nail in the coffin for the old system, aid experts fear.",
        "The bill introduces rules that observers fear will usher in a new era of border policy.",
    ],
)
def test_an_unnamed_source_by_its_kind_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert row_of(_rows(res, "Norland news", sentence), sentence[:25])[0] == "reported"


def test_a_figure_a_named_body_estimates_is_its_statement(res: analyse.Resources) -> None:
    sentence = "Nordbank estimates six suppliers made £150m in profits last year."
    assert row_of(_rows(res, "Rail profits", sentence), "Nordbank estimates") == ("attributed", "Nordbank")


@pytest.mark.parametrize(
    "sentence",
    [
        # an election count's results are the count's fact (rounds 47, 56, 74), not an unnamed source
        "The ruling party won a third term, provisional results showed on Tuesday.",
        # a time told by "after allegations", and a pronoun's verb after a time noun, are no unnamed source
        "The school closed after allegations of abuse surfaced last year.",
        # a plain fact with the words nearby
        "The union has 40,000 members across the rail network.",
        "The estimates of the ministry were published in March.",
    ],
)
def test_plain_facts_stay_unflagged(res: analyse.Resources, sentence: str) -> None:
    assert row_of(_rows(res, "Norland news", sentence), sentence[:25])[0] == "unflagged"


def test_a_named_speaker_after_a_time_noun_keeps_the_sentence(res: analyse.Resources) -> None:
    sentence = "The strikes hit homes in 13 regions, Anna Berg said, a day after she described the attacks."
    assert row_of(_rows(res, "Strikes", sentence), "The strikes") == ("attributed", "Anna Berg")
