"""Forms from the fifty-second labelling round's first sight, by construction rather than by sentence: a maker's
data or photos right before "showed" (also a name the model read as a person), a quotation closed by "said X"
and a preposition, an office before a headline's colon and a lower-case clause, a headline's body named by its
kind "programme", and the plural "accuse ... of" (a small fake entity finder; paragraphs joined by a single
newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    # a data firm the model read as a person (round 52's "Kpler data showed")
    "Vortexa": "PERSON",
    "NTA": "ORG",
    "Norland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "China imported 389,000 barrels per day ..., Kpler data showed."
        (
            "Norland imported 300,000 barrels a day in 2025, Vortexa data showed.",
            "Norland imported",
            ("attributed", "Vortexa"),
        ),
        # "He took part in tree-planting ..., KCNA photos showed."
        (
            "The leader planted trees at the memorial with his daughter, NTA photos showed.",
            "The leader planted",
            ("attributed", "NTA"),
        ),
        # pictures with no maker stay unnamed
        (
            "Crowds gathered in the main square overnight, images posted online showed.",
            "Crowds gathered",
            ("reported", ""),
        ),
    ],
)
def test_a_makers_data_or_photos_speak_for_the_maker(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_a_person_before_a_word_and_a_finding_does_not_own_it(res: analyse.Resources) -> None:
    # "Biden administration analysis found" is not Biden's: only a name right before the finding owns it
    body = "Exports fell by a third last year, a Lind administration analysis found."
    assert _row(res, body, "Exports fell") != ("attributed", "Tomas Lind")


@pytest.mark.parametrize("prep", ["about the images", "to reporters", "during a visit", "over the phone"])
def test_a_quotation_closed_by_said_a_name_and_a_preposition_is_the_names(
    res: analyse.Resources, prep: str
) -> None:
    # '"What we are currently observing on X looks like ...," said Weimer about the images ... "spicy mode."'
    body = (
        "Norland's media minister, Anna Berg, spoke on Tuesday.\n"
        f'"What we are observing looks like harassment," said Berg {prep} shared in what is called "spicy mode."'
    )
    assert _row(res, body, '"What we are observing') == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "title",
    [
        "Norland minister: protection of the islands will be discussed within the alliance if needed",
        "Norland minister: Protection of the islands will be discussed within the alliance",
    ],
)
def test_an_office_before_a_headlines_colon_speaks_whatever_the_case_after_it(
    res: analyse.Resources, title: str
) -> None:
    # "German minister: protection of Greenland will be discussed within NATO if needed"
    body = "Norland's foreign minister Tomas Lind said on Monday that the islands belonged to Norland."
    status, _ = _row(res, body, title.split(":")[0], title=title)
    assert status == "attributed"


def test_a_profile_headline_with_a_colon_is_no_statement(res: analyse.Resources) -> None:
    title = "Norland minister: from fisherman to statesman"
    body = "Tomas Lind grew up in a fishing village on the coast."
    assert _row(res, body, "Norland minister", title=title) == ("unflagged", "")


def test_a_headline_body_called_a_programme_speaks(res: analyse.Resources) -> None:
    # "Pacific Islands environment programme says US must follow formal exit process"
    title = "Pacific Islands environment programme says Norland must follow formal exit process"
    body = "The organisation said the exit needed a formal process."
    assert _row(res, body, "Pacific Islands", title=title)[0] == "attributed"


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "Both Musk and the U.S. government accuse Europeans of censorship ..." (two named, none alone)
        (
            "Both Berg and the Norland government accuse the regulators of censorship.",
            "Both Berg",
            ("attributed", ""),
        ),
        # an unnamed group's "accuse ... of" stays unnamed
        ("Critics accuse the regulators of censorship.", "Critics accuse", ("reported", "")),
    ],
)
def test_the_plural_accuse_of_is_a_statement(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_mutual_accusations_are_background(res: analyse.Resources) -> None:
    # round 46: "Both Russia and Ukraine regularly accuse one another of shelling the plant"
    body = "Both Norland and its neighbour regularly accuse one another of shelling the plant."
    assert _row(res, body, "Both Norland") == ("unflagged", "")


def test_a_quoted_phrase_before_a_colon_is_no_office(res: analyse.Resources) -> None:
    # "'A bat's head': the best and worst gifts 11 people have ever received" (a corpus headline): no office; since
    # round 118 the quotation is read through its apostrophe, and three words no one owns are reported (the lead's
    # ruling of the thirty-first session)
    title = "'A bat's head': the best and worst gifts 11 people have ever received"
    body = "Readers wrote in with the presents they remember."
    assert _row(res, body, "'A bat", title=title) == ("reported", "")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 47: "Homeland Security Secretary Kristi Noem, speaking while visiting Texas, described the incident as an
        # 'act of domestic terrorism' carried out against ICE officers by a woman who ..."
        (
            "Norland's interior minister Anna Berg, speaking while visiting the coast, described the incident as an "
            '"act of terrorism" carried out against officers by a woman who "tried to run them over".',
            "Norland's interior minister",
            ("attributed", "Anna Berg"),
        ),
        # a participle before "as" or "by" describes the one before the comma: no statement
        (
            "Anna Berg, described by aides as tireless, met the officers.",
            "Anna Berg, described",
            ("unflagged", ""),
        ),
        (
            "Anna Berg, described as the real power in the port, met the officers.",
            "Anna Berg",
            ("unflagged", ""),
        ),
    ],
)
def test_described_after_a_comma_is_a_statement_unless_a_participle(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected
