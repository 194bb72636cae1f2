"""Forms of saying found unflagged or misread in unlabelled text of the corpus (issue 11, forty-second session: a
scan of the Guardian snapshot's items that no labelling round holds). The sentences are written for these tests,
with invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of


@pytest.mark.parametrize(
    "sentence",
    [
        # a case an unnamed group makes, the verb right after the group
        "Freeze-dried fruit is made by drying it, and some claim it's an easy way to eat well.",
        "The odds are slim, but in new research, scientists argue that the skull is the oldest yet found.",
        "Of course, many would argue that the novel is not real literature.",
        # no one named says it, in the passive
        "It was suggested the talks would continue on Sunday.",
        "It has been alleged that the guards beat the prisoners.",
    ],
)
def test_a_source_no_one_names_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert row(res, sentence) == ("reported", "")


def test_a_group_a_speaker_tells_of_is_not_the_source(res: analyse.Resources) -> None:
    sentence = '"There are others that argue that the vote was stolen," Anna Berg said.'
    assert row(res, sentence, {"Anna Berg": "PERSON"}) == ("attributed", "Anna Berg")


def test_a_passive_with_its_agent_names_the_agent(res: analyse.Resources) -> None:
    assert row(res, "It was suggested by the mayor that the talks would continue.") == ("attributed", "mayor")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a subject that did something "and said": the same subject says it, also when no reader knew its noun
        (
            "The charity highlighted the number of extremist accounts and said platforms were putting people in danger.",
            "charity",
        ),
        (
            "The charity highlights the number of extremist accounts and says platforms are failing.",
            "charity",
        ),
    ],
)
def test_a_subject_that_acted_and_said_speaks(res: analyse.Resources, sentence: str, speaker: str) -> None:
    assert row(res, sentence) == ("attributed", speaker)


def test_a_bodys_own_office_after_the_verb_speaks_as_written(res: analyse.Resources) -> None:
    sentence = "The country should defy its neighbours over the nuclear talks, says its foreign minister."
    assert row(res, sentence) == ("attributed", "foreign minister")


def test_a_sentence_opener_is_no_first_name_of_an_office_holder(res: analyse.Resources) -> None:
    # the office that closes a headline line is not held by the person the next line opens with
    text = (
        "Norland should defy Tomas Lind over the talks, says its foreign minister\n"
        "While Tomas Lind earlier this year achieved his aim, it came at a cost."
    )
    rows = claim_rows(res, "Talks in Geneva", text, {"Tomas Lind": "PERSON", "Norland": "GPE"})
    assert row_of(rows, "Norland should") == ("attributed", "foreign minister")


@pytest.mark.parametrize(
    "body",
    [
        # the Guardian's "With his new film rejected by official censors, the award-winning film-maker says ..."
        "With his new play banned by the censors, the award-winning playwright says he is being punished.",
        "After her documentary was pulled, the film-maker says she is being punished for her views.",
    ],
)
def test_a_described_artist_after_an_opening_clause_is_the_person_named(
    res: analyse.Resources, body: str
) -> None:
    title = "Jon Varga: 'They want to silence me'"
    rows = claim_rows(res, title, body, {"Jon Varga": "PERSON"})
    assert row_of(rows, body[:12]) == ("attributed", "Jon Varga")
