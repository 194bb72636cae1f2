"""Claim status and speaker from the misses of the eighteenth labelling round (first sight on items nobody tuned
for): two sources answering each other (a headline's second clause after a semicolon, "prompting X to deny", "an
assertion X was quick to challenge"), a joint statement of several, people described by their role or group
("organizers insist", "the gangs say", "researchers noticed"), "a source in <owner>'s forces told", a state
"reported as kidnapped" by no one named and a state's "ministry of ... affairs" after a passive "were told by" (a
small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

PEOPLE = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON"}
STATES = {"Norland": "GPE", "Osterland": "GPE"}


# --- two sources answering each other: no one speaker ------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Anna Berg says pardon on its way; Tomas Lind's office disputes claim",
        "Tomas Lind's office disputes claim; Anna Berg says pardon on its way",
        "Anna Berg says pardon on its way; Tomas Lind says no request was made",
    ],
)
def test_a_headline_with_a_second_speaker_after_a_semicolon_is_no_one_speakers(
    res: analyse.Resources, title: str
) -> None:
    text = title + "\n\nThe pardon request was filed in November."
    assert status_of(res, title, text, title[:10], PEOPLE) == ("attributed", "")


def test_a_headline_with_one_speaker_and_a_fact_after_a_semicolon_keeps_the_speaker(
    res: analyse.Resources,
) -> None:
    title = "Anna Berg says pardon on its way; court hearing set for May"
    text = title + "\n\nThe pardon request was filed in November."
    assert status_of(res, title, text, "Anna Berg says", PEOPLE) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg said on Monday that the pardon was on its way, an assertion Tomas Lind's office was quick to "
        "challenge.",
        "Anna Berg said on Monday that the pardon was on its way, a claim that Tomas Lind quickly denied.",
        "In early December, Anna Berg announced that the crossing would open, prompting Tomas Lind to swiftly deny "
        "that he had approved it.",
    ],
)
def test_a_claim_answered_by_another_source_in_the_same_sentence_is_no_one_speakers(
    res: analyse.Resources, sentence: str
) -> None:
    text = f"Talks\n\n{sentence}"
    assert status_of(res, "Talks", text, sentence[:12], PEOPLE) == ("attributed", "")


def test_a_claim_that_prompts_an_act_keeps_its_speaker(res: analyse.Resources) -> None:
    sentence = (
        "Anna Berg announced that the crossing would open, prompting Tomas Lind to travel to the border."
    )
    text = f"Talks\n\n{sentence}"
    assert status_of(res, "Talks", text, "Anna Berg", PEOPLE) == ("attributed", "Anna Berg")


# --- a joint statement: several authors, none alone ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'In a joint statement on Friday, Norland and six other countries, including Osterland, "urged the world '
        'to act" on the blockade.',
        "Norland and Osterland said in a joint statement that aid must be let through.",
        "Anna Berg and Tomas Lind said in a joint letter that aid must be let through.",
    ],
)
def test_a_joint_statement_is_no_one_speakers(res: analyse.Resources, sentence: str) -> None:
    text = f"Aid\n\n{sentence}"
    assert status_of(res, "Aid", text, sentence[:12], {**PEOPLE, **STATES}) == ("attributed", "")


def test_a_statement_of_one_keeps_its_speaker(res: analyse.Resources) -> None:
    sentence = "Anna Berg said in a statement that aid must be let through."
    text = f"Aid\n\n{sentence}"
    assert status_of(res, "Aid", text, "Anna Berg", PEOPLE) == ("attributed", "Anna Berg")


# --- people described by their role or group: unnamed ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Organizers insist the gathering on Saturday will be peaceful.",
        "The gathering on Saturday will be peaceful, organisers insist.",
        "The gangs say the targets are led like pigs to slaughter.",
        "The targets are led like pigs to slaughter, the gangs say.",
        "Researchers noticed 'dramatic' changes in nutrients in crops.",
        "Militants said the road to the border was closed.",
    ],
)
def test_people_described_by_role_or_group_are_unnamed_sources(res: analyse.Resources, sentence: str) -> None:
    text = f"Rally\n\n{sentence}"
    assert status_of(res, "Rally", text, sentence[:12], {}) == ("reported", "")


def test_a_named_person_who_noticed_is_still_named(res: analyse.Resources) -> None:
    sentence = "Anna Berg noticed 'dramatic' changes in nutrients in crops."
    text = f"Crops\n\n{sentence}"
    assert status_of(res, "Crops", text, "Anna Berg", PEOPLE) == ("attributed", "Anna Berg")


# --- "a source in X's security forces": unnamed, whoever it works for --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten missionaries were kidnapped on Saturday, a source in Norland's security forces told the paper.",
        "A source within Norland's police told the paper that ten missionaries were kidnapped on Saturday.",
        "Ten missionaries were kidnapped on Saturday, officials in Osterland's interior ministry said.",
    ],
)
def test_a_source_in_an_owned_body_is_unnamed(res: analyse.Resources, sentence: str) -> None:
    text = f"Kidnap\n\n{sentence}"
    assert status_of(res, "Kidnap", text, sentence[:12], STATES) == ("reported", "")


# --- "reported as kidnapped": by no one named ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Up to 17 missionaries reported as kidnapped by gang members",
        "Two climbers reported missing on the north face",
        "Three journalists have been reported detained at the border",
    ],
)
def test_a_state_reported_by_no_one_named_is_reported(res: analyse.Resources, title: str) -> None:
    text = title + "\n\nSearch teams set out on Sunday."
    assert status_of(res, title, text, title[:12], {}) == ("reported", "")


# --- "were told by Israel's ministry of diaspora affairs": the body, its lower-case "of" part too -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Thirty aid groups were told by Norland's ministry of diaspora affairs on Tuesday that they would have to "
        "stop work.",
        "Norland's ministry of diaspora affairs told thirty aid groups on Tuesday that they would have to stop work.",
    ],
)
def test_a_states_ministry_of_lower_case_affairs_is_the_whole_body(
    res: analyse.Resources, sentence: str
) -> None:
    text = f"Aid groups\n\n{sentence}"
    assert status_of(res, "Aid groups", text, sentence[:12], STATES) == (
        "attributed",
        "Norland's ministry of diaspora affairs",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Climbers noticed that the glacier had retreated by a kilometre.",
        "Fishermen say the catch has halved since the spill.",
        "The catch has halved since the spill, fishermen say.",
    ],
)
def test_a_plural_role_noun_opening_the_sentence_is_no_name(res: analyse.Resources, sentence: str) -> None:
    text = f"Spill\n\n{sentence}"
    assert status_of(res, "Spill", text, sentence[:12], {}) == ("reported", "")


# --- a doubt about what will happen: a forecast, its speaker kept -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"I wouldn\'t be so sure, to be honest, that the buyers would come back," Anna Berg says.',
        'Anna Berg says: "I wouldn\'t be so sure, to be honest, that the buyers would come back."',
        "Anna Berg doubts whether the truce will hold through the winter.",
    ],
)
def test_a_doubt_about_the_future_is_speculative(res: analyse.Resources, sentence: str) -> None:
    text = f"Oil\n\n{sentence}"
    assert status_of(res, "Oil", text, sentence[:12], PEOPLE) == ("speculative", "Anna Berg")


def test_a_doubt_about_the_past_is_no_forecast(res: analyse.Resources) -> None:
    sentence = "Anna Berg said she was not sure that the buyers had come back."
    text = f"Oil\n\n{sentence}"
    assert status_of(res, "Oil", text, "Anna Berg", PEOPLE) == ("attributed", "Anna Berg")
