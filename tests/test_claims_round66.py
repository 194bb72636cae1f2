"""Speaker forms from rounds 62-66 (issue 11), by construction rather than by sentence: an embassy named by the
country it sits in, a body's kind noun after its name, a place after a backed office, a name a number counts, the
office a paragraph opens with, a state's top diplomat, and a spokesperson of the body the sentence before opens with
(a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Reuters": "ORG",
    "Central Command": "ORG",
    "ISIS": "ORG",
    "Sudan": "GPE",
    "Chad": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(body: str, start: str, res: analyse.Resources, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "The Chinese embassy in Britain said": which embassy, not where it sits (round 62)
        (
            'The Sudanese embassy in Chad said the remarks were "a misrepresentation of the facts."',
            "The Sudanese embassy",
            ("attributed", "Sudanese embassy in Chad"),
        ),
        # "Finland's Border Guard authority told a press conference": the body's kind noun is no part of its name
        (
            "The vessel was en route to Chad at the time, Sudan's Border Guard authority told a press conference.",
            "The vessel",
            ("attributed", "Sudan's Border Guard"),
        ),
        # "The Saudi-backed governor of Hadramawt in Yemen said": the office as written, the place after "in" off,
        # never the backer (round 66)
        (
            "The Saudi-backed governor of Hadramawt in Yemen said on Friday that an operation would be launched.",
            "The Saudi-backed",
            ("attributed", "Saudi-backed governor of Hadramawt"),
        ),
    ],
)
def test_a_bodys_name_is_read_as_written(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(body, start, res) == expected


def test_a_name_a_number_counts_is_no_subject_of_a_closing_it(res: analyse.Resources) -> None:
    # "... CENTCOM said in a statement. The missions also eliminated four ISIS weapons caches, it said." (round 64)
    body = (
        '"Central Command and partners killed at least seven ISIS members during 11 missions," Central Command said'
        " in a statement. The missions also eliminated four ISIS weapons caches, it said."
    )
    assert _row(body, "The missions", res) == ("attributed", "Central Command")


def test_a_name_that_is_the_subject_still_takes_a_closing_it(res: analyse.Resources) -> None:
    # guard: "ISIS claimed the attack, it said" keeps its reading of the subject
    body = "Central Command said in a statement that strikes had hit the camps. ISIS claimed the attack, it said."
    assert _row(body, "ISIS claimed", res) == ("attributed", "ISIS")


def test_he_after_a_paragraph_opening_with_an_office_is_its_holder(res: analyse.Resources) -> None:
    # "US President Donald Trump said ... / The president has made ... / He has said he sees ..." (round 62)
    body = (
        "President Tomas Lind said he is dropping his push to deploy troops in the north.\n"
        "The troops had already left the capital earlier this year.\n"
        "The president has made a crackdown on crime a centrepiece of his second term.\n"
        "He has said he sees his approach as a winning political issue."
    )
    assert _row(body, "He has said", res) == ("attributed", "Tomas Lind")


def test_a_states_top_diplomat_is_one_office(res: analyse.Resources) -> None:
    # '"...," China's top diplomat added' after Wang Yi's own sentence (round 62): one office, read as one speaker;
    # since the twenty-sixth session's ruling ("Offices ruled", the label moved to Wang Yi) the office is the person
    # the item names with that post in other words (round 104's claims/referents.py)
    body = (
        "Foreign Minister Anna Berg said Sudan cannot accept any country acting as a judge.\n"
        '"The sovereignty of all countries should be protected," Sudan\'s top diplomat added, in her first remarks.'
    )
    assert _row(body, '"The sovereignty', res) == ("attributed", "Anna Berg")


def test_a_senior_diplomat_stays_unnamed(res: analyse.Resources) -> None:
    body = "Foreign Minister Anna Berg met her counterpart.\nThe talks went well, a senior diplomat added."
    assert _row(body, "The talks", res) == ("reported", "")


def test_a_bare_spokesperson_speaks_for_the_body_the_sentence_before_opens_with(
    res: analyse.Resources,
) -> None:
    # "France's civil aviation authority on Monday asked airlines ... / ..., a spokesperson told Reuters" (round 62)
    body = (
        "Sudan's civil aviation authority on Monday asked airlines to cancel 15% of flights after heavy snow.\n"
        "The airlines are free to choose which flights they cancel, a spokesperson told Reuters."
    )
    assert _row(body, "The airlines", res) == ("attributed", "Sudan's civil aviation authority")


def test_a_bare_spokesperson_after_a_person_stays_unnamed(res: analyse.Resources) -> None:
    body = (
        "Anna Berg on Monday asked airlines to cancel 15% of flights after heavy snow.\n"
        "The airlines are free to choose which flights they cancel, a spokesperson told Reuters."
    )
    assert _row(body, "The airlines", res) == ("reported", "")


def test_one_word_closing_a_quotation_is_the_body_it_ends(res: analyse.Resources) -> None:
    # 'The U.S. Treasury said ... / "...," Treasury said in a statement.' (round 66)
    body = (
        "The Sudan Treasury said on Tuesday it had added 10 entities to its sanctions list.\n"
        '"The firm has coordinated with the armed forces on the production of drones," Treasury said in a statement.'
    )
    names = {**NAMES, "Sudan Treasury": "ORG"}
    assert row_of(claim_rows(res, TITLE, body, names), '"The firm') == ("attributed", "Sudan Treasury")


def test_one_word_closing_a_quotation_names_no_one_else(res: analyse.Resources) -> None:
    # guard: a word that ends no body that spoke before is left as it was
    body = (
        "The Sudan Treasury said on Tuesday it had added 10 entities to its sanctions list.\n"
        '"The firm has coordinated with the armed forces on the production of drones," Parliament said on Friday.'
    )
    names = {**NAMES, "Sudan Treasury": "ORG"}
    assert row_of(claim_rows(res, TITLE, body, names), '"The firm')[1] != "Sudan Treasury"


def test_a_post_on_their_account_is_the_opening_bodys(res: analyse.Resources) -> None:
    # "In Malaga, Spain's Civil Guard found the body ..., according to a post on their X account" (round 66)
    body = (
        "In Malaga, Sudan's Civil Guard found the body of a man whose van was swept away on Sunday, according to a"
        " post on their X account."
    )
    assert _row(body, "In Malaga", res) == ("attributed", "Sudan's Civil Guard")


def test_the_group_the_text_named_before_is_the_body_that_spoke(res: analyse.Resources) -> None:
    # "Southern Yemeni separatists accuse ... / The Southern Transitional Council ... said ... / The separatists
    # said" (round 60)
    title = "Separatists accuse Chad of air strikes"
    body = (
        "The Southern Council, backed by Chad, said the strikes happened in the east.\n"
        "It was not clear if there were casualties.\n"
        "The separatists said they would not be deterred by the strikes."
    )
    names = {**NAMES, "Southern Council": "ORG"}
    got = row_of(claim_rows(res, title, body, names), "The separatists")
    assert got == ("attributed", "Southern Council")


def test_a_group_the_text_did_not_name_before_stays_unnamed(res: analyse.Resources) -> None:
    body = (
        "The Southern Council said the strikes happened in the east.\n"
        "The economists said the strikes would not change the forecast."
    )
    names = {**NAMES, "Southern Council": "ORG"}
    assert row_of(claim_rows(res, TITLE, body, names), "The economists")[1] == ""
