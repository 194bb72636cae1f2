"""Speaker forms from rounds 61-69 (issue 11), by construction rather than by sentence: a bare title ("said the
pope") resolved to the one person the text names with that title, and a participle after an object with two asides
credited to the clause's subject (a small fake entity finder; paragraphs joined by a single newline, as in feed
text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

TITLE = "Storm closes the northern ports"


def _row(body: str, start: str, res: analyse.Resources, names: dict[str, str]) -> tuple[str, str]:
    return row_of(claim_rows(res, TITLE, body, names), start)


# the model reads the name after the title as a body, as it read "Leo" of "Pope Leo" (round 67)
POPES = {"Leo": "ORG", "Francis": "PERSON", "Reuters": "ORG"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "said the pope" after "Pope Leo met ... Leo said": the one pope the text names (round 67)
        (
            "VATICAN CITY, Jan 8 (Reuters) - Pope Leo met the cardinals on Thursday.\n"
            "Opening the meeting, Leo said the Church would only grow if it stayed united.\n"
            '"Only love is credible," said the pope.',
            ("attributed", "Pope Leo"),
        ),
        # the late holder of the title is not the one who speaks now
        (
            "VATICAN CITY, Jan 8 (Reuters) - Pope Leo met the cardinals on Thursday.\n"
            "Leo also signalled a desire to press ahead with the reforms of the late Pope Francis.\n"
            "Opening the meeting, Leo said the Church would only grow if it stayed united.\n"
            '"Only love is credible," said the pope.',
            ("attributed", "Pope Leo"),
        ),
        # in either word order
        (
            "VATICAN CITY, Jan 8 (Reuters) - Pope Leo met the cardinals on Thursday.\n"
            "Opening the meeting, Leo said the Church would only grow if it stayed united.\n"
            '"Only love is credible," the pope said.',
            ("attributed", "Pope Leo"),
        ),
    ],
)
def test_a_bare_title_is_the_person_named_with_it(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    assert _row(body, '"Only love', res, POPES) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no pope named: the office as written, as before
        "VATICAN CITY, Jan 8 (Reuters) - The cardinals met on Thursday.\n"
        '"Only love is credible," said the pope.',
        # a pope named only in a quotation is no holder the text names
        'VATICAN CITY, Jan 8 (Reuters) - The cardinals met on Thursday.\n"We pray for Pope Leo," one said.\n'
        '"Only love is credible," said the pope.',
    ],
)
def test_a_bare_title_with_no_holder_named_stays_as_written(res: analyse.Resources, body: str) -> None:
    assert _row(body, '"Only love', res, POPES) == ("attributed", "pope")


PEOPLE = {"Tomas Lind": "PERSON", "Lind": "PERSON", "Anna Berg": "PERSON", "Berg": "PERSON"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Zelenskiy called on lawmakers to support Shmyhal, a former prime minister, as the new energy minister,
        # saying": the participle is the subject's, past two asides on the object (round 69)
        (
            "Tomas Lind called on lawmakers to support Anna Berg, a former prime minister, as the new energy "
            "minister, saying her experience was vital to keep the grid stable.",
            ("attributed", "Tomas Lind"),
        ),
        # one aside, as before (round 56)
        (
            "Tomas Lind called on lawmakers to support Anna Berg, a former prime minister, saying her experience "
            "was vital to keep the grid stable.",
            ("attributed", "Tomas Lind"),
        ),
        # the object's own clause with its own verb is hers
        (
            "Tomas Lind nominated Anna Berg on Monday. Anna Berg, a former prime minister, accepted the post, "
            "saying her experience was vital to keep the grid stable.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_participle_after_an_object_with_asides_is_the_subjects(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    start = "Anna Berg, a former" if expected[1] == "Anna Berg" else "Tomas Lind"
    assert _row(body, start, res, PEOPLE) == expected


STATES = {"Tomas Lind": "PERSON", "Lind": "PERSON", "Kremlin": "ORG", "Kyiv": "GPE", "Norland": "GPE"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "despite the Kremlin saying ..., an allegation that Kyiv said was baseless": the claim and a second source's
        # word on it, two sources, none alone (round 69)
        (
            "He spoke despite the Kremlin saying its position would toughen after accusing Norland of an attack, "
            "an allegation that Kyiv said was baseless and intended to prolong the conflict.",
            ("attributed", ""),
        ),
        # the same with a verb of denial, as before (round 18)
        (
            "He spoke despite the Kremlin saying its position would toughen after accusing Norland of an attack, "
            "an allegation that Kyiv denied.",
            ("attributed", ""),
        ),
        # an allegation its own maker describes stays theirs
        (
            "He spoke despite the Kremlin saying its position would toughen after accusing Norland of an attack, "
            "an allegation that the Kremlin said was backed by evidence.",
            ("attributed", "Kremlin"),
        ),
    ],
)
def test_an_allegation_another_source_says_is_false_has_two_sources(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    assert _row(body, "He spoke", res, STATES) == expected


BODIES = {"U.S. Treasury Department": "ORG", "Treasury": "ORG", "Reuters": "ORG", "Norland": "GPE"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the Treasury said" after "The U.S. Treasury Department said": the body's name at its fullest (round 65)
        (
            "The U.S. Treasury Department said it imposed sanctions on four traders.\n"
            '"This action signals that the trade faces risks," the Treasury said in the statement.',
            ("attributed", "Treasury Department"),
        ),
    ],
)
def test_a_bodys_short_name_is_its_fullest(
    res: analyse.Resources, body: str, expected: tuple[str, str]
) -> None:
    # (the fake finder reads "U.S." as a state of its own; the benchmark counts names with the same last word alike)
    status, speaker = _row(body, '"This', res, BODIES)
    assert (status, speaker.removeprefix("U.S. ")) == expected


def test_a_short_name_with_no_kind_noun_after_it_stays() -> None:
    from briefing.claims import _kind_of_name

    assert _kind_of_name("U.S. Treasury Department", "Treasury")
    assert not _kind_of_name("Thomson Reuters Foundation Trust", "Reuters")
    assert not _kind_of_name("Treasury Department", "Treasury Department")
    assert not _kind_of_name("Treasury bond market", "Treasury")


GOVERNMENTS = {"Norland": "GPE", "Norland Foreign Ministry": "ORG", "Maduro": "PERSON", "Reuters": "ORG"}


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "the Swiss government said ... the Swiss Foreign Ministry said ... the government said": the body named
        # with that very noun (round 65)
        (
            "Norland has frozen assets held by Maduro, the Norland government said on Monday.\n"
            "A spokesperson for the Norland Foreign Ministry said the order affects 37 people.\n"
            "The measure aims to prevent an outflow of assets, the government said in a statement.",
            "The measure",
            ("attributed", "Norland government"),
        ),
        # with no government named before, "the government" still refers back to the ministry that spoke
        (
            "Norland has frozen assets held by Maduro on Monday.\n"
            "A spokesperson for the Norland Foreign Ministry said the order affects 37 people.\n"
            "The measure aims to prevent an outflow of assets, the government said in a statement.",
            "The measure",
            ("attributed", "Norland Foreign Ministry"),
        ),
    ],
)
def test_the_noun_refers_back_to_the_body_named_with_it(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(body, start, res, GOVERNMENTS) == expected
