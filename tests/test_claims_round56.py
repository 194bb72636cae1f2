"""Speaker forms from the fiftieth to fifty-third and the fifty-sixth labelling rounds, by construction rather than by
sentence, read from the reporting verb's subject: an indefinite body, a state inside the subject's compound adjective,
a participle's subject, and a name before a closing apposition (a small fake entity finder; paragraphs joined by a
single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Lena Holm": "PERSON",
    "Holm": "PERSON",
    "Karl Lund": "PERSON",
    "Lund": "PERSON",
    "Norland": "GPE",
    "Ostland": "GPE",
    "Nordic organisation": "ORG",
    "Saudi Arabia": "GPE",
    "Saudi": "GPE",
    "Yemen": "GPE",
    "Investigative Committee": "ORG",
}
TITLE = "Talks resume after a long pause"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "A decades-old Pacific organisation for environmental protection said ...": introduced, not named
        (
            "A decades-old Nordic organisation for coastal protection said the country must go through a formal "
            "process to withdraw its support.",
            "A decades-old",
            ("reported", ""),
        ),
        # "The Saudi-backed governor of Yemen's Hadramout province said ...": the office as written, not the backer
        (
            "The Saudi-backed governor of Yemen's Mahra province said on Monday he had ordered his forces back to "
            "their barracks.",
            "The Saudi-backed",
            ("attributed", "Saudi-backed governor of Yemen's Mahra province"),
        ),
        # "Trump publicly closed the door ... on working with ... Machado, widely seen as ..., saying ...": Trump's
        (
            "Karl Lund spoke.\n"
            "Anna Berg publicly closed the door on Saturday on working with opposition leader and prize winner "
            "Lena Holm, widely seen as Lund's most credible opponent, saying she does not have support inside the "
            "country.",
            "Anna Berg publicly",
            ("reported", "Anna Berg"),
        ),
        (
            "Anna Berg praised Lena Holm, the opposition leader, saying she had shown courage.",
            "Anna Berg praised",
            ("attributed", "Anna Berg"),
        ),
        # "Lieutenant General Fanil Sarvarov, head of ..., died ..., Svetlana Petrenko, official spokesperson ...,
        # said." and the quotation after it
        (
            "General Karl Lund, head of the training directorate, died from his injuries, Lena Holm, official "
            "spokesperson for the Investigative Committee, said.\n"
            '"Investigators are pursuing numerous lines of enquiry regarding the murder.',
            "General Karl",
            ("attributed", "Lena Holm"),
        ),
        (
            "General Karl Lund, head of the training directorate, died from his injuries, Lena Holm, official "
            "spokesperson for the Investigative Committee, said.\n"
            '"Investigators are pursuing numerous lines of enquiry regarding the murder.',
            '"Investigators',
            ("attributed", "Lena Holm"),
        ),
        # "... Nicolas Maduro – who Donald Trump says is now in US hands – accused Washington of ...": Maduro's
        (
            "Opposition leader Lena Holm – who Anna Berg says is now in exile – accused the government of fraud.",
            "Opposition leader",
            ("attributed", "Lena Holm"),
        ),
        (
            "Opposition leader Lena Holm, who Anna Berg says is now in exile, accused the government of fraud.",
            "Opposition leader",
            ("attributed", "Lena Holm"),
        ),
    ],
)
def test_speakers_of_round_56(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # a body named with "the", a speaker who is the participle's subject, a state as the subject: unchanged
        (
            "The Nordic organisation for coastal protection said the country must go through a formal process.",
            "The Nordic",
            ("attributed", "Nordic"),
        ),
        (
            "A Nordic organisation spokesperson said the country must go through a formal process.",
            "A Nordic",
            ("attributed", "Nordic"),
        ),
        (
            "The search involves a Nordic organisation vessel and a helicopter, the Nordic organisation added.",
            "The search",
            ("attributed", "Nordic"),
        ),
        (
            "Lena Holm, the opposition leader, said on Friday she would run, saying the vote had been rigged.",
            "Lena Holm",
            ("attributed", "Lena Holm"),
        ),
        ("Ostland said on Friday it would launch an operation.", "Ostland said", ("attributed", "Ostland")),
        (
            "Saudi Arabia's foreign ministry said on Monday the Saudi-backed government had ordered its forces back.",
            "Saudi Arabia's",
            ("attributed", "Saudi Arabia's foreign ministry"),
        ),
        (
            "Anna Berg on Monday rejected a deal with Lena Holm, saying it would not hold.",
            "Anna Berg on",
            ("attributed", "Anna Berg"),
        ),
        (
            "Opposition leader Lena Holm, who Anna Berg says is now in exile, has lived abroad since 2024.",
            "Opposition leader",
            ("attributed", "Anna Berg"),
        ),
        (
            "Anna Berg met Lena Holm on Friday, who said the vote had been rigged.",
            "Anna Berg met",
            ("attributed", "Lena Holm"),
        ),
    ],
)
def test_speakers_kept(res: analyse.Resources, body: str, start: str, expected: tuple[str, str]) -> None:
    assert _row(res, body, start) == expected
