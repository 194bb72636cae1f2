"""Forms counted over round 119's pool (issue 11: 475 unlabelled Guardian 2026-01-04 excerpts, ids 4-f): a
"he/she said" after a speaker's sentence that names someone else only in the possessive ('Zelenskyy said ...
subverted Donald Trump's constant claims ... / "Those 10% contain, in fact, everything," he said'). Sentences
written for these tests after corpus ones; a small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Maria Lind": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE"}
TITLE = "Talks on Norland's border drag on into the new year"


@pytest.mark.parametrize(
    "body",
    [
        # 'Zelenskyy said a peace agreement was "90% ready", but added something that subverted Donald Trump's
        # constant claims that a deal is just around the corner. "Those 10% contain, in fact, everything," he said.'
        'Anna Berg said a deal was "90% ready", but added something that undercut Maria Lind\'s constant claims '
        'that it is done. "Those 10% contain, in fact, everything," she said.',
        # 'Donald Trump told NBC News that going to war with Maduro's regime remains on the table. "I don't rule it
        # out, no," he said in a phone interview with the network.'
        "In an interview on Friday, Anna Berg told the radio that a strike on Maria Lind's camp remains on the "
        'table. "I don\'t rule it out, no," she said in a phone interview.',
    ],
)
def test_a_pronoun_goes_on_with_the_speaker_not_a_name_in_the_possessive(
    res: analyse.Resources, body: str
) -> None:
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, '"')[1] == "Anna Berg"


def test_a_person_who_answers_in_the_speakers_sentence_is_still_whom_he_may_mean(
    res: analyse.Resources,
) -> None:
    # 'On Sunday Sánchez said Spain had reached a deal that would see it exempted from the target – something Rutte
    # swiftly pushed back on. "Nato is absolutely convinced Spain will have to spend 3.5% to get there," he said'
    body = (
        "On Sunday Anna Berg said Norland had reached a deal that would exempt it – something Tomas Lind swiftly "
        'pushed back on. "Norland will have to pay its share," he said on Monday.'
    )
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, '"') == ("attributed", "Tomas Lind")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "If I wanted fish sperm on my face, I would tickle some pollocks." (a column)
        ("If I wanted snow in my boots, I would walk to work.", ("unflagged", "")),
        # "If we were trapped in a burning building, the last words I'd hear would be, ..."
        ("If we were lost at sea, the last thing I'd hear would be a joke.", ("unflagged", "")),
        # 'there are now so many "words of the year" that, if they were physical objects, they could make a ...'
        ("There are so many lists that, if they were books, they could fill a library.", ("unflagged", "")),
        # '"If the plan had succeeded, the results could have been devastating," ... said' (round 74)
        (
            '"If the plot had succeeded, the results could have been grim," Anna Berg said.',
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_counterfactual_conditional_is_no_forecast(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    rows = claim_rows(res, TITLE, sentence, NAMES)
    assert row_of(rows, sentence[:15]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "... in what would mark his team's first land strike on Venezuela if confirmed": no subject, a possibility
        "The blast hit the port in what would mark the first attack on it if confirmed.",
        "If the talks fail, the border could close within days.",  # a present verb: a real condition
        "If the talks were to fail, the border could close within days.",  # "were to": what may yet happen
    ],
)
def test_a_condition_that_may_yet_be_met_still_forecasts(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, TITLE, sentence, NAMES)
    assert row_of(rows, sentence[:15])[0] == "speculative"
