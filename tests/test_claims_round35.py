"""Speakers from the misses of the thirty-fifth labelling round (first sight on items nobody tuned for), by mechanism
rather than by sentence: an organisation's name the model cut before "and" that its acronym confirms ("US Immigration
and Customs Enforcement (ICE)"), a name in apposition to an object that "he said" does not refer to ("the capture of
the Venezuelan president, Nicolás Maduro"), a person in apposition to the office a source is named by ("according
to the finance minister, Bezalel Smotrich"), and a paper whose owner is named in the clause that carries it ("The
report, conducted by the ministry, also said") (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Olaf Brandt": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Norland Border": "ORG",
    "Red Cross": "ORG",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


_of = row_of


# --- a name the model cut before "and", confirmed by its acronym --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (
            "The Norland Border and Customs Service (BCS) said on Monday that the crossing would stay shut.",
            "The Norland Border",
            ("attributed", "Norland Border and Customs Service"),
        ),
        # the same body referred to later as "the agency"
        (
            "The Norland Border and Customs Service (BCS) has reportedly planned a campaign, for what it calls a "
            '"summer drive".\n\n"Want to guard the border?" one of the agency\'s ads says, directing readers to apply.',
            '"Want to',
            ("attributed", "Norland Border and Customs Service"),
        ),
    ],
)
def test_a_name_cut_before_and_is_whole_when_its_acronym_follows(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, body), start) == expected


def test_two_bodies_joined_by_and_stay_two(res: analyse.Resources) -> None:
    # the acronym is not the initials of the words joined: no longer name
    rows = _claims(res, "The Norland Border and Red Cross (ICRC) teams said the crossing would stay shut.")
    assert _of(rows, "The Norland Border")[1] != "Norland Border and Red Cross"


# --- "he said" and a name in apposition to an object ------------------------------------------------------------


def test_a_name_in_apposition_to_an_object_is_not_whom_he_refers_to(res: analyse.Resources) -> None:
    body = (
        "Olaf Brandt had been reading the news on his phone since dawn. All day, the arrest of the Eastwick "
        'president, Tomas Lind, had been the talk of his street. "It is bad news for all of us," he said late on '
        "Saturday."
    )
    assert _of(_claims(res, body), '"It is bad news') == ("attributed", "Olaf Brandt")


def test_a_name_in_apposition_to_a_subject_is_whom_he_refers_to(res: analyse.Resources) -> None:
    body = (
        "Olaf Brandt spoke first. Later, the Eastwick president, Tomas Lind, took the stage. "
        '"We will not give in," he said.'
    )
    assert _of(_claims(res, body), '"We will not') == ("attributed", "Tomas Lind")


def test_a_name_in_apposition_after_a_conjunction_is_a_subject(res: analyse.Resources) -> None:
    body = (
        "Olaf Brandt left early. The row began after the Eastwick president, Tomas Lind, attacked the plan in a "
        "speech in which he said the border would close."
    )
    assert _of(_claims(res, body), "The row began") == ("attributed", "Tomas Lind")


# --- a person in apposition to the office a source is named by ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It brings the total to 69, a new record, according to the far-right finance minister, Tomas Lind, who "
            "has pushed the plan.",
            ("attributed", "Tomas Lind"),
        ),
        (
            "The toll rose to 12, according to the regional health chief, Anna Berg.",
            ("attributed", "Anna Berg"),
        ),
        # an office alone keeps its words
        (
            "The toll rose to 12, according to the regional health chief.",
            ("attributed", "regional health chief"),
        ),
    ],
)
def test_a_person_apposed_to_an_office_speaks(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


# --- a paper whose owner is named in its own clause ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The report, compiled by the Red Cross, also said that illegal fishing had threatened the reef.",
            ("attributed", "Red Cross"),
        ),
        (
            "The report by the Red Cross said that illegal fishing had threatened the reef.",
            ("attributed", "Red Cross"),
        ),
        (
            "The report, conducted by the country's natural resources ministry, also said that illegal fishing had "
            "threatened the reef.",
            ("attributed", "natural resources ministry"),
        ),
    ],
)
def test_a_paper_speaks_for_the_owner_its_clause_names(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


# --- a named source beside an unnamed one: `reported`, the named one kept ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second clause with its own subject and verb is no crediting clause
        (
            "Anna Berg said the convoy was stopped, and a spokesman said the talks would go on.",
            ("attributed", "Anna Berg"),
        ),
        ("Anna Berg said the talks had failed, state media reported on Thursday.", ("reported", "Anna Berg")),
        (
            "Anna Berg said the talks had failed, two people familiar with the matter said.",
            ("reported", "Anna Berg"),
        ),
        # the closing clause's own subject is named: no one unnamed
        ("Anna Berg said the talks had failed, Dagbladet reported.", ("attributed", "Anna Berg")),
        # a closing clause that is the named source's own
        (
            "The offences are homicide by negligence, the prosecutors' office in the canton of Eastwick said.",
            # (the office as round 124 labels it: "the prosecutors' office in the canton of Valais said" ->
            # "prosecutors' office", the canton only saying where it sits)
            ("attributed", "prosecutors' office"),
        ),
    ],
)
def test_a_named_source_beside_an_unnamed_closing_clause_is_reported_and_kept(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


# --- a verdict on a noun the verb's object stands for -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state the gazetteer knows
        (
            'In May, Norland approved a reserve at the shoal, a plan the Philippines condemned as a "pretext for '
            'occupation".',
            ("attributed", "Philippines"),
        ),
        (
            "In May, Norland approved a reserve, a plan Vietnam described as a provocation.",
            ("attributed", "Vietnam"),
        ),
        # a body (read before too)
        ("The talks ended with a deal the Red Cross described as fragile.", ("attributed", "Red Cross")),
    ],
)
def test_a_verdict_on_a_noun_the_object_stands_for_is_its_subjects(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


# --- "estimates" with a clause of its own -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Red Cross estimates it has thousands of records left to review.",
            ("attributed", "Red Cross"),
        ),
        # a noun, not the verb
        ("Official estimates about the toll were disputed.", ("unflagged", "")),
    ],
)
def test_estimates_with_a_clause_is_its_subjects_figure(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


# --- a joint paper one named body issued ----------------------------------------------------------------------------


def test_a_joint_statement_one_body_issued_is_that_bodys(res: analyse.Resources) -> None:
    body = (
        "A joint statement issued by the Red Cross after the talks in the Eastwick capital said that both sides "
        'had agreed to a truce. "Both sides have decided to set up a hotline," the statement said.'
    )
    rows = _claims(res, body)
    assert _of(rows, "A joint statement") == ("attributed", "Red Cross")
    assert _of(rows, '"Both sides') == ("attributed", "Red Cross")


def test_a_joint_statement_several_signed_stays_several(res: analyse.Resources) -> None:
    # the signatories speak; the office that released it does not make it its own
    sentence = (
        '"Civilians are facing appalling conditions," the ministers of Norland and Eastwick said in a joint '
        "statement released by the Red Cross."
    )
    assert _of(_claims(res, sentence), '"Civilians') == ("attributed", "")


# --- a closing "it added" after a quotation -------------------------------------------------------------------------


def test_a_closing_it_after_a_quotation_goes_on_with_the_institution_before(res: analyse.Resources) -> None:
    body = (
        "Pakistan's army chief and his Bangladesh counterpart held talks on new jets, the Red Cross said. "
        'Pakistan has also assured Bangladesh of the "fast delivery of trainer aircraft," it added in '
        "Tuesday's statement."
    )
    assert _of(_claims(res, body), "Pakistan has also") == ("attributed", "Red Cross")


def test_a_name_inside_the_quotation_before_it_added_is_not_the_speaker(res: analyse.Resources) -> None:
    body = (
        '"Officers found a group that included members of parliament," the Norland Border said. "Staff of the Red '
        'Cross are resisting our officers," it added.'
    )
    assert _of(_claims(res, body), '"Staff of the') == ("attributed", "Norland Border")


# --- a quotation, then a name and its office of a body ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"It is a catastrophe for our trade," Olaf Brandt, president of the restaurant branch of the Union of '
        "Hotel Trades and Industries (UHTI) said in an interview.",
        '"Drones attacked our region," Olaf Brandt, governor of the Eastwick region, said on Telegram.',
    ],
)
def test_a_quotation_then_a_name_with_its_office_of_a_body_is_that_persons(
    res: analyse.Resources, sentence: str
) -> None:
    assert _of(_claims(res, sentence), sentence[:12]) == ("attributed", "Olaf Brandt")
