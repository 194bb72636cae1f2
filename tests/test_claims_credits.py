"""Subject forms of a quote-and-credit sentence the readers missed (issue 11, round 109; briefing/claims/credits.py),
by construction with a small fake entity finder: an adverb, a relative clause or an appositive between the subject
and its reporting verb; an unnamed individual ("one trader"); a body's or a person's noun after "the" in a reporting
clause; a capitalised name the entity model does not tag closing a quotation. Plain facts stay unflagged."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Norland": "GPE", "Anna Berg": "PERSON", "Merz": "PERSON", "Nottingham Forest": "ORG"}


def _row(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Norland news", body, NAMES), start)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name the entity model did not tag ("Kessler": not in the fake finder's list)
        ("Kessler still said the final decision on the loan sends a clear signal.", "Kessler"),
        # a relative clause inside the subject
        (
            "The Saudi-led military coalition that carried out the strike claimed the bombardment hit depots.",
            "coalition",
        ),
    ],
)
def test_a_subject_read_past_an_adverb_or_a_relative_clause(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    status, who = _row(res, sentence, sentence[:20])
    assert status == "attributed"
    assert who.endswith(speaker)


def test_a_name_read_past_its_appositive(res: analyse.Resources) -> None:
    sentence = "SHOT, a Telegram news channel with sources in the security services, said a series of explosions was heard."
    assert _row(res, sentence, "SHOT") == ("attributed", "SHOT")


@pytest.mark.parametrize(
    "sentence",
    [
        '"Nothing is moving," said one trader, although trade has come to a standstill.',
        '"My love, oh no, look at that," said one woman in a video.',
        "Another trader said offers were at minus $11 per barrel.",
        # a quantity or "those who" with no noun
        "Several told the court their comments were intended as satire.",
        "But those who received the binders said that there was little new information in them.",
    ],
)
def test_an_unnamed_individual_is_a_source_not_named(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence, sentence[:15]) == ("reported", "")


def test_a_body_noun_closing_a_quotation_credits_the_body(res: analyse.Resources) -> None:
    body = 'Nottingham Forest lost on Saturday.\n\n"The situation is very serious and we will act," the club said.'
    status, _ = _row(res, body, '"The situation')
    assert status == "attributed"


def test_a_description_after_said_credits_a_speaker(res: analyse.Resources) -> None:
    sentence = '"The good of the beloved people must prevail," said the pontiff.'
    assert _row(res, sentence, '"The good')[0] == "attributed"


def test_an_untagged_name_closing_a_quotation_is_written_at_its_fullest(res: analyse.Resources) -> None:
    body = 'Nottingham Forest mourned its legend.\n\n"He was our greatest," Forest said in a statement.'
    assert _row(res, body, '"He was') == ("attributed", "Nottingham Forest")


@pytest.mark.parametrize(
    "sentence",
    [
        # plain facts and what is written, not said
        "The team that won the cup last year lost on Saturday.",
        "Norland, a small country with few allies, signed the deal on Monday.",
        "One day the league will change its rules.",
    ],
)
def test_plain_sentences_stay_as_they_were(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence, sentence[:15])[0] == "unflagged"


def test_a_named_person_in_apposition_speaks(res: analyse.Resources) -> None:
    sentence = '"They say we hate each other - no!" said another protester, Nisreen Khazem.'
    assert _row(res, sentence, '"They say') == ("attributed", "Nisreen Khazem")


def test_a_town_speaks_for_its_government_with_no_one_speaker(res: analyse.Resources) -> None:
    sentence = '"She helped to make our town shine across the world," the city said.'
    assert _row(res, sentence, '"She helped') == ("attributed", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Days later it happens again: one of the teachers tells his pupils to tidy up the classroom.",
        "The results announced on Monday showed the president won 74% of the vote.",
        # ('"Teach your daughter to speak Polish," said the stranger.' is a person the text does not name: round 113's
        # label `reported` with no speaker, tests/test_claims_unnamed_people.py)
    ],
)
def test_no_speaker_in_these_forms(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence, sentence[:15])[0] == "unflagged"


def test_a_possible_statement_keeps_its_named_speaker(res: analyse.Resources) -> None:
    sentence = "Anna Berg may also claim that the court has no say over the case."
    assert _row(res, sentence, "Anna Berg") == ("speculative", "Anna Berg")
