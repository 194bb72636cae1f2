"""Statements and speakers from rounds 61-71 (issue 11), by construction rather than by sentence: a named source
beside one unnamed person keeps the named one, and two named sources joined by "and" are several, none alone (a
small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Olaf Dahl": "PERSON",
    "Dahl": "PERSON",
    "Norland": "GPE",
    "Le Monde": "ORG",
    "France Info": "ORG",
    "Early Rain Church": "ORG",
}
TITLE = "Storm closes the northern ports"


def _row(body: str, start: str, res: analyse.Resources, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # "MOSCOW, Jan 4 (Reuters) - Russia's Security Council deputy chairman Dmitry Medvedev and a senior lawmaker
        # said ..." (round 62): at the sentence's start, after a dateline
        (
            "OSLO, Jan 4 (Reuters) - Norland's deputy leader Olaf Dahl and a senior lawmaker said on Sunday that "
            "the strike was unlawful.",
            "Norland's deputy leader",
        ),
        ("Olaf Dahl and another official said the port would close.", "Olaf Dahl and"),
        ("The port will close until March, Olaf Dahl and a senior lawmaker said.", "The port will"),
    ],
)
def test_a_named_source_beside_one_unnamed_person_is_kept(
    res: analyse.Resources, body: str, start: str
) -> None:
    assert _row(body, start, res) == ("reported", "Olaf Dahl")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # "His government will submit draft legislation ..., Le Monde and France Info reported." (round 65)
        ("The port will close until March, Le Monde and France Info reported.", "The port will"),
        ("Le Monde and France Info reported that the port would close in March.", "Le Monde and"),
    ],
)
def test_two_named_sources_joined_by_and_are_none_alone(
    res: analyse.Resources, body: str, start: str
) -> None:
    assert _row(body, start, res) == ("attributed", "")


def test_a_name_met_before_and_does_not_join_the_speaker(res: analyse.Resources) -> None:
    body = "Anna Berg met Olaf Dahl on Monday and Le Monde reported that the port would close."
    assert _row(body, "Anna Berg met", res) == ("attributed", "Le Monde")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "The UAE-backed Southern Transitional Council depicted the announcement as a declaration of independence"
        # (round 61): a characterisation, as "described ... as"
        (
            "The Norland Port Authority depicted the closure as a declaration of war on the fishermen.",
            "The Norland Port Authority",
            ("attributed", "Norland Port Authority"),
        ),
        (
            "Olaf Dahl portrayed the storm as the worst in a century.",
            "Olaf Dahl",
            ("attributed", "Olaf Dahl"),
        ),
        # not a portrayal with no "as" (a film's subject)
        ("The film portrays a family in crisis during the storm.", "The film", ("unflagged", "")),
    ],
)
def test_a_characterisation_with_as_is_its_subjects(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(body, start, res) == expected


def test_a_headline_describes_as_described(res: analyse.Resources) -> None:
    # "UK's Queen Camilla describes assault by man on train" (round 61)
    title = "Anna Berg describes assault by man on train"
    body = "Anna Berg has described for the first time fighting off an attack by a man on a train."
    assert _row(body, title, res, title=title) == ("attributed", "Anna Berg")


def test_two_named_outlets_relaying_unnamed_people_stay_reported(res: analyse.Resources) -> None:
    # "US media outlets CBS News and Fox News reported unnamed Trump administration officials confirming ..."
    # (round 53's label: `reported`, speaker "")
    body = "Le Monde and France Info reported unnamed officials confirming that the port would close."
    assert _row(body, "Le Monde and", res) == ("reported", "")


def test_a_self_description_is_no_ones_claim(res: analyse.Resources) -> None:
    # "Defendant Delphine Jegousse, 51, who ... describes herself as a medium and an author, is considered to have
    # played a major role" (corpus check): who she says she is, not whose the sentence is
    body = "Anna Berg, 51, who describes herself as a medium and an author, runs a shop in the harbour."
    assert _row(body, "Anna Berg", res) == ("unflagged", "")


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # "China detains six underground church members in latest crackdown, church tells members" (round 67): "tells"
        # as "told", and the one body the text names with that noun
        (
            "Norland detains six church members in latest crackdown, church tells members",
            "Six members of the Early Rain Church were detained on Tuesday, according to a church statement.",
            ("attributed", "Early Rain Church"),
        ),
        # no body named with that noun: the noun as written
        (
            "Norland detains six church members in latest crackdown, church says",
            "Six members of an underground church were detained on Tuesday, according to a church statement.",
            ("attributed", "church"),
        ),
    ],
)
def test_a_headlines_body_noun_is_the_body_the_text_names(
    res: analyse.Resources, title: str, body: str, expected: tuple[str, str]
) -> None:
    assert _row(body, title, res, title=title) == expected


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # '"We are both privileged and proud to have known her," the royal couple said in a statement.' (round 67)
        ('"We are both proud to have known her," the royal couple said in a statement.', '"We are both'),
        ("The two said the port would close.", "The two said"),
    ],
)
def test_a_pair_speaks_as_several(res: analyse.Resources, sentence: str, start: str) -> None:
    body = f"Anna Berg and her husband Olaf Dahl met fishermen on Monday.\n{sentence}"
    assert _row(body, start, res) == ("attributed", "")
