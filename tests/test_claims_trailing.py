"""A sentence that ends in ", <noun phrase> said." is a statement even when no rule knows the noun phrase (found
unflagged 40-odd times in 1,500 unlabelled corpus items): a definite phrase speaks as written, an indefinite one, a
possessive pronoun's or an unnamed noun's is a source not named, a name the model found ends it or stands before an
appositive; a relative clause, a figure or an object after the verb is no such ending. A headline gets the same reading
only when the body credited nobody to it (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Halden": "GPE",
    "Marstrand": "GPE",
    "Red Cross": "ORG",
    "Kestrel Daily": "ORG",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Power was restored to the station after repairs were completed, the plant's Russian management said.",
            "plant's Russian management",
        ),
        (
            "The talks covered the sale of twelve trainer aircraft to Norland, the military's press wing said on Tuesday.",
            "military's press wing",
        ),
        (
            "A total of 1,382 flights were cancelled and 4,685 delayed on Friday afternoon, the website said.",
            "website",
        ),
        (
            "The municipal files set a limit of 100 people on the ground floor, Tuesday's statement said.",
            "Tuesday's statement",
        ),
        (
            "Eleven people were taken to hospital in Halden overnight, the governing body said in a statement.",
            "governing body",
        ),
    ],
)
def test_a_definite_noun_phrase_before_a_closing_said_speaks_as_written(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == ("attributed", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed a loan-for-jets deal worth $4 billion, one source briefed on the talks said.",
        "The bloc is on track to sign the agreement before the summer, his entourage said ahead of the speech.",
        "Survivors of the fire have filed a complaint with the prosecutor, a lawyer for a group of victims confirmed to Reuters.",
        "The ministers will meet again in Halden next month, those close to the talks said.",
    ],
)
def test_an_indefinite_or_unnamed_noun_phrase_is_a_source_not_named(
    res: analyse.Resources, sentence: str
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == ("reported", "")


def test_the_models_name_ends_the_phrase_and_a_name_before_an_appositive_speaks(
    res: analyse.Resources,
) -> None:
    rows = _claims(
        res,
        "Fuel prices rose by a third in the week before the vote, Kestrel Daily reported on Friday.\n"
        '"There has been an explosion of unknown origin," Anna Berg, a police spokeswoman in Eastwick canton, said.',
    )
    assert row_of(rows, "Fuel prices") == ("attributed", "Kestrel Daily")
    assert row_of(rows, '"There has been') == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause, an object after the verb, a figure: no closing speaker
        "Only 29% of respondents were worried about the sanctions, down from 45% who said so in March.",
        "The exports went mainly to Eastwick, after the company run by Tomas Lind reported a slump in deliveries.",
    ],
)
def test_lists_relative_clauses_and_objects_are_no_closing_speaker(
    res: analyse.Resources, sentence: str
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == ("unflagged", "")


def test_a_headline_reads_its_closing_phrase_only_when_the_body_credits_no_one(
    res: analyse.Resources,
) -> None:
    lead = "Fire crews put out a blaze at the Halden oil depot after a drone attack on Monday night."
    alone = _claims(res, lead, title="Fire put out at Halden oil depot after drone attack, state TV says")
    # state TV names no one, as "state television reported" does in the labels (round 40)
    assert row_of(alone, "Fire put out") == ("reported", "")
    lawyer = _claims(res, lead, title="Norland releases man wanted in Eastwick for hacking, lawyer says")
    assert row_of(lawyer, "Norland releases") == ("reported", "")
    # the body names the speaker the headline only describes: the body's name, not the description
    named = _claims(
        res,
        "Fire crews put out a blaze at the Halden oil depot, the Red Cross said on Monday.",
        title="Fire put out at Halden oil depot, aid group says",
    )
    assert row_of(named, "Fire put out") != ("attributed", "aid group")
