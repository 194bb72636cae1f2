"""Claim status and speaker from the misses of the twenty-seventh labelling round (first sight on items nobody tuned
for): a clause that opens with he/she speaks through the person it refers to; "the administration" is a government,
named as the text named it; a definite description of a person ("says the former parliamentarian") refers back like
"he"; a headline's name before its colon as written; a headline's description credited to the person the body
describes so; a plural acronym ("NGOs") and "are suspected of" are sources not named; a nation's tallies are no
named source; a claim answered in apposition ("a claim the island rejects") and two sides trading blame are several
sources, none alone; "noticed" speaks only before a that-clause or a quotation (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claims_of, status_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Nordbank": "ORG",
    "Free Front": "ORG",
    "Temporary Protected Status": "ORG",
    "Trump": "PERSON",
}
TITLE = "Talks stall in the north"


def _status(res: analyse.Resources, text: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return status_of(res, title, f"{title}\n\n{text}", start, NAMES)


# --- a clause that opens with he/she ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "He declined to comment on the possible impact on industry, saying it remained unclear which goods would be "
        "targeted.",
        "He met Anna Berg in Eastwick on Monday, saying the talks had gone well.",
    ],
)
def test_a_clause_opening_with_he_speaks_through_the_person_before(
    res: analyse.Resources, second: str
) -> None:
    text = f"The ban is unacceptable, Tomas Lind told reporters on Wednesday. {second}"
    assert _status(res, text, second[:20]) == ("attributed", "Tomas Lind")


# --- "the administration" -----------------------------------------------------------------------------------------


def test_the_administration_is_the_government_the_text_named_not_another_body(res: analyse.Resources) -> None:
    text = (
        "A judge on Monday blocked the Trump administration from ending Temporary Protected Status for migrants.\n"
        "In termination notices, the administration has said that the migrants must leave."
    )
    assert _status(res, text, "In termination") == ("attributed", "Trump administration")


def test_the_administration_with_no_name_before_stays_as_written(res: analyse.Resources) -> None:
    text = "The administration said on Monday that the migrants must leave by March."
    assert _status(res, text, text[:20]) == ("attributed", "administration")


# --- a definite description of a person ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "It produced it, says the former parliamentarian.",
        "The law produced innovation, the former parliamentarian said.",
    ],
)
def test_a_described_person_refers_to_the_person_the_headline_names(
    res: analyse.Resources, second: str
) -> None:
    title = "Opinion | Anna Berg: Progress Depends on Conservatism"
    text = f"The heritage of common law did not constrain innovation. {second}"
    assert _status(res, text, second[:20], title) == ("attributed", "Anna Berg")
    assert _status(res, text, title[:20], title) == ("attributed", "Anna Berg")


def test_a_described_person_refers_to_the_person_named_before_in_the_paragraph(
    res: analyse.Resources,
) -> None:
    text = "Tomas Lind spoke in Eastwick on Monday. The law produced innovation, the 45-year-old said."
    assert _status(res, text, "The law") == ("attributed", "Tomas Lind")


def test_what_a_fascination_with_a_person_says_is_no_statement(res: analyse.Resources) -> None:
    text = "The show asks what the fascination with the actor says about the public and celebrity."
    assert _status(res, text, text[:20]) == ("unflagged", "")


# --- a headline's name before its colon, as written ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Anna Berg: Progress Depends on Conservatism", "Opinion | Anna Berg: Progress Depends on Conservatism"],
)
def test_a_title_case_headline_is_the_name_before_its_colon(res: analyse.Resources, title: str) -> None:
    text = "The heritage of common law did not constrain innovation."
    assert _status(res, text, title[:15], title) == ("attributed", "Anna Berg")


# --- a headline's description and the person the body describes so ------------------------------------------------


def test_a_headline_description_is_the_person_the_body_describes_with_that_noun(
    res: analyse.Resources,
) -> None:
    title = "Norland should hold talks with Eastwick, opposition leader says"
    text = (
        "Norland should hold direct talks with Eastwick, an opposition leader told Reuters on Thursday.\n"
        "The island is an autonomous territory. It has its own parliament and government.\n"
        "Its mineral resources are large.\n"
        '"We encourage our government to talk to Eastwick," said Anna Berg, the leader of the Free Front, the '
        "largest opposition party."
    )
    assert _status(res, text, title[:20], title) == ("attributed", "Anna Berg")


# --- sources not named ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Several NGOs questioned whether the government released as many people as it said it had.",
        "Local NGOs have estimated that around 900 prisoners are still held in Norland.",
        "Agents working for Norland are suspected of trying to kill the chief executive of Nordbank.",
        "The attack killed 1,200 people, according to Israeli tallies.",
    ],
)
def test_sources_no_one_names_are_reported(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("reported", "")


def test_a_vessel_suspected_of_something_leaves_the_named_speaker(res: analyse.Resources) -> None:
    text = "Norland inspected a vessel suspected of cutting the cable, Anna Berg said on Wednesday."
    assert _status(res, text, text[:20]) == ("attributed", "Anna Berg")


# --- a claim answered by another side, two sides trading blame -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland regards Eastwick as part of its territory, a claim the island rejects.",
        "The war has killed 71,000 people, according to Nordbank, and led to accusations of war crimes that Norland "
        "denies.",
        "Nordbank and the Free Front have traded blame for violations of the ceasefire.",
    ],
)
def test_a_claim_another_side_answers_is_several_sources(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", "")


def test_a_claim_no_one_answers_stays_as_it_was(res: analyse.Resources) -> None:
    text = "Norland regards Eastwick as part of its territory."
    assert _status(res, text, text[:20]) == ("unflagged", "")


# --- "noticed" ------------------------------------------------------------------------------------------------------


def test_noticing_a_thing_is_no_statement(res: analyse.Resources) -> None:
    text = (
        "Anna Berg was preparing dinner at her home in Eastwick when she noticed a small red dot travelling across "
        "the room."
    )
    assert claims_of(res, TITLE, f"{TITLE}\n\n{text}", NAMES) == []


def test_noticing_what_a_that_clause_says_is_still_a_statement(res: analyse.Resources) -> None:
    text = "Anna Berg noticed that the glacier had retreated by a kilometre."
    assert _status(res, text, text[:20]) == ("attributed", "Anna Berg")


# --- an owned announcement; "he" after a passive accusation of a named person ------------------------------------


def test_an_owned_announcement_is_its_owners_statement(res: analyse.Resources) -> None:
    text = "The release follows Nordbank's announcement that it had freed 99 people in December."
    assert _status(res, text, text[:20]) == ("attributed", "Nordbank")


def test_he_after_a_named_person_is_accused_is_that_person_not_the_accusers(res: analyse.Resources) -> None:
    text = (
        "Tomas Lind is accused of overseeing a smuggling network.\n"
        "He has long denied the allegations, saying they were a mask for designs on Norland."
    )
    assert _status(res, text, "He has long") == ("attributed", "Tomas Lind")


# --- a name, then the city it sits in -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "For centuries, the Kingdom of Denmark in Copenhagen also claimed the island as its own.",
            "Kingdom of Denmark",
        ),
        (
            "For years, the Free Front in Eastwick claimed to be the legitimate government of Norland.",
            "Free Front",
        ),
    ],
)
def test_a_name_with_its_seat_speaks_not_the_city(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    names = {**NAMES, "Denmark": "GPE", "Copenhagen": "GPE"}
    assert status_of(res, TITLE, f"{TITLE}\n\n{sentence}", sentence[:20], names) == ("attributed", speaker)


def test_police_in_a_place_stay_a_source_not_named(res: analyse.Resources) -> None:
    text = "Police in Eastwick said on Monday that two people had been arrested."
    assert _status(res, text, text[:20]) == ("reported", "")


def test_a_headline_crediting_a_body_keeps_the_body_over_its_spokesperson(res: analyse.Resources) -> None:
    title = "Drones locate air defences, military intelligence says"
    text = (
        "Drones are locating air defences, Anna Berg, a spokesperson of Norland's military intelligence, told "
        "Reuters."
    )
    assert _status(res, text, title[:20], title)[1] != "Anna Berg"
