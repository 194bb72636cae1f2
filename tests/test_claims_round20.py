"""Claim status and speaker from the misses of the nineteenth and twentieth labelling rounds (first sight on items
nobody tuned for): a headline's source after its last colon, a headline's own crediting clause over the state its
first verb opens with, a person's reporting clause closing a sentence that opens with a state, a relative ("son of
...") who speaks for no one named, a titled person after "according to the <office> of <body>", a group described
by who backs it, a person's party or lieutenants (also of a person named as the object), "hoped ... would", ", said
to <verb>", an announced intention, a speech verb after "but" sharing the opening office, "apparent" with a named
source, a weekday given name after a quotation, a participle after a parenthesis between dashes and "X concludes"
(a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

PEOPLE = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON"}
BODIES = {"Collected Watches": "ORG", "Southern Council": "ORG"}
STATES = {"Spain": "GPE", "Norland": "GPE"}


# --- a headline's source after its last colon ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Spain and Norland bombed an arms dump in the north: Spain defence ministry",
            "Spain defence ministry",
        ),
    ],
)
def test_a_headline_names_its_source_after_a_colon(res: analyse.Resources, title: str, expected: str) -> None:
    text = title + "\n\nThe strike hit a cave in the mountains."
    assert status_of(res, title, text, title[:10], STATES) == ("attributed", expected)


def test_a_headline_with_unnamed_sources_after_its_colon_is_reported(res: analyse.Resources) -> None:
    title = "Spain and Norland bombed an arms dump in the north: sources"
    text = title + "\n\nThe strike hit a cave in the mountains."
    assert status_of(res, title, text, title[:10], STATES) == ("reported", "")


def test_a_headline_whose_colon_opens_a_topic_is_no_claim(res: analyse.Resources) -> None:
    title = "War in the north of Norland: what we know so far"
    text = title + "\n\nThe strike hit a cave in the mountains."
    assert status_of(res, title, text, title[:10], STATES) == ("unflagged", "")


# --- the person who reports, not the state the sentence opens with ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain condemned what it called a violation of international law, Prime Minister Anna Berg wrote in a letter.",
        "Spain condemned what it called a violation of international law, Anna Berg, the prime minister, said.",
        "Prime Minister Anna Berg wrote in a letter that Spain condemned what it called a violation of the law.",
    ],
)
def test_a_state_in_what_a_named_person_reports_is_not_the_speaker(
    res: analyse.Resources, sentence: str
) -> None:
    text = f"Raid\n\n{sentence}"
    assert status_of(res, "Raid", text, sentence[:12], {**PEOPLE, **STATES}) == ("attributed", "Anna Berg")


def test_a_state_that_speaks_alone_keeps_the_claim(res: analyse.Resources) -> None:
    sentence = (
        "Spain condemned what it called a violation of international law, the government said in a letter."
    )
    text = f"Raid\n\n{sentence}"
    assert status_of(res, "Raid", text, sentence[:12], STATES)[0] == "attributed"


@pytest.mark.parametrize(
    "title",
    [
        "Spain 'strongly condemns' violation of international law, PM says",
        "Spain 'strongly condemns' violation of international law, prime minister says",
    ],
)
def test_a_headline_crediting_clause_names_the_speaker_over_the_state(
    res: analyse.Resources, title: str
) -> None:
    body = "Spain condemned what it called a violation of international law, Prime Minister Anna Berg wrote."
    text = f"{title}\n\n{body}"
    assert status_of(res, title, text, title[:10], {**PEOPLE, **STATES}) == ("attributed", "Anna Berg")


# --- a relative of someone named speaks for no one named --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Son of jailed former Norland president says the sandal brand is openly leftwing",
        "The sandal brand is openly leftwing, the son of the jailed former Norland president said.",
        "The wife of the Norland president said on Monday that the sandal brand was openly leftwing.",
    ],
)
def test_a_relative_of_a_named_office_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    text = f"Sandals\n\n{sentence}"
    assert status_of(res, "Sandals", text, sentence[:12], STATES) == ("reported", "")


def test_a_relative_named_before_the_description_speaks(res: analyse.Resources) -> None:
    sentence = (
        "Tomas Lind, son of the jailed former Norland president, said the sandal brand was openly leftwing."
    )
    text = f"Sandals\n\n{sentence}"
    assert status_of(res, "Sandals", text, sentence[:12], {**PEOPLE, **STATES}) == (
        "attributed",
        "Tomas Lind",
    )


# --- "according to the <office> of <body>, <person>" ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Collectors are snapping up second-hand watches, according to the founder and CEO of Collected Watches "
        "Anna Berg.",
        "Collectors are snapping up second-hand watches, according to the chief executive of Collected Watches, "
        "Anna Berg.",
        "According to the chief executive of Collected Watches, Anna Berg, collectors are snapping up watches.",
    ],
)
def test_according_to_an_office_of_a_body_is_the_person_named_after_it(
    res: analyse.Resources, sentence: str
) -> None:
    text = f"Watches\n\n{sentence}"
    assert status_of(res, "Watches", text, sentence[:12], {**PEOPLE, **BODIES}) == ("attributed", "Anna Berg")


# --- a group described by who backs it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland-backed forces said on Friday they had taken control of key locations in the province.",
        "They had taken control of key locations in the province, Norland-backed forces said on Friday.",
    ],
)
def test_a_group_described_by_its_backer_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    text = f"Province\n\n{sentence}"
    assert status_of(res, "Province", text, sentence[:12], STATES) == ("reported", "")


def test_a_named_body_backed_by_a_state_speaks(res: analyse.Resources) -> None:
    sentence = "The Norland-backed Southern Council said on Friday it had taken control of the province."
    text = f"Province\n\n{sentence}"
    assert status_of(res, "Province", text, sentence[:12], {**STATES, **BODIES}) == (
        "attributed",
        "Southern Council",
    )


# --- a person's party or lieutenants speak for that person -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sentence", "expected"),
    [
        (
            "President Anna Berg will stand for re-election in March, her party said on Tuesday.",
            "President Anna Berg",
            "Anna Berg's party",
        ),
        (
            "President Anna Berg will stand for re-election in March. Her party said on Tuesday that she would win.",
            "Her party",
            "Anna Berg's party",
        ),
        (
            "Anna Berg was taken into custody. Her lieutenants said on Tuesday that they were still in charge.",
            "Her lieutenants",
            "Anna Berg's lieutenants",
        ),
    ],
)
def test_a_persons_party_or_lieutenants_speak_for_that_person(
    res: analyse.Resources, body: str, sentence: str, expected: str
) -> None:
    text = f"Election\n\n{body}"
    assert status_of(res, "Election", text, sentence, PEOPLE)[1] == expected


# --- a hope of what would happen, a hedge after a comma, an announced intention ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg said she had asked for a forum, adding she hoped this would bring all factions together.",
        "She hoped the forum would bring all factions together, Anna Berg said on Monday.",
    ],
)
def test_a_hope_of_what_would_happen_is_a_forecast(res: analyse.Resources, sentence: str) -> None:
    text = f"Forum\n\n{sentence}"
    assert status_of(res, "Forum", text, sentence[:12], PEOPLE) == ("speculative", "Anna Berg")


def test_a_hope_for_something_is_no_forecast(res: analyse.Resources) -> None:
    sentence = "Anna Berg said she had hoped for a forum with all factions."
    text = f"Forum\n\n{sentence}"
    assert status_of(res, "Forum", text, sentence[:12], PEOPLE) == ("attributed", "Anna Berg")


def test_a_thing_said_to_help_after_a_comma_is_reported(res: analyse.Resources) -> None:
    sentence = "The governor called for access to ibogaine, said to help with treating veterans with PTSD."
    text = f"Drugs\n\n{sentence}"
    assert status_of(res, "Drugs", text, sentence[:12], PEOPLE) == ("reported", "")


def test_said_to_reporters_is_no_hedge(res: analyse.Resources) -> None:
    sentence = "The talks failed on Monday, Anna Berg said to reporters in the capital."
    text = f"Talks\n\n{sentence}"
    assert status_of(res, "Talks", text, sentence[:12], PEOPLE) == ("attributed", "Anna Berg")


def test_an_announced_intention_is_no_claim(res: analyse.Resources) -> None:
    sentence = (
        "It came hours after the Southern Council announced its intention to hold a referendum in two years."
    )
    text = f"Vote\n\n{sentence}"
    assert status_of(res, "Vote", text, sentence[:12], BODIES) == ("unflagged", "")


def test_an_announced_fact_is_still_a_claim(res: analyse.Resources) -> None:
    sentence = "The Southern Council announced on Monday that the referendum had been postponed."
    text = f"Vote\n\n{sentence}"
    assert status_of(res, "Vote", text, sentence[:12], BODIES) == ("attributed", "Southern Council")


# --- a speech verb after "but/and" shares the subject that opens the sentence ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader didn't reach Oslo in time to collect the prize but said she would travel to Norway.",
        "She would travel to Norway, the opposition leader said.",
    ],
)
def test_an_office_opening_the_sentence_speaks_through_a_coordinated_verb(
    res: analyse.Resources, sentence: str
) -> None:
    text = f"Prize\n\n{sentence}"
    assert status_of(res, "Prize", text, sentence[:12], PEOPLE) == ("attributed", "opposition leader")


def test_a_new_subject_after_and_is_not_the_opening_office(res: analyse.Resources) -> None:
    sentence = "The leader of the group arrived on Monday, and she said the talks would go on."
    text = f"Prize\n\n{sentence}"
    assert status_of(res, "Prize", text, sentence[:12], PEOPLE)[1] != "leader of the group"


# --- "apparent" doubts a detail of what a named source said, not the claim ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg said on Monday the missiles were test-fired, days after she revealed apparent progress on a "
        "submarine.",
        "Days after revealing apparent progress on a submarine, Anna Berg said on Monday the missiles were "
        "test-fired.",
    ],
)
def test_an_apparent_detail_keeps_a_named_sources_claim_attributed(
    res: analyse.Resources, sentence: str
) -> None:
    text = f"Missiles\n\n{sentence}"
    assert status_of(res, "Missiles", text, sentence[:12], PEOPLE) == ("attributed", "Anna Berg")


def test_apparently_still_hedges_a_named_sources_claim(res: analyse.Resources) -> None:
    sentence = "Anna Berg said on Monday the ship had apparently been hit by a drone."
    text = f"Ship\n\n{sentence}"
    assert status_of(res, "Ship", text, sentence[:12], PEOPLE) == ("reported", "Anna Berg")


# --- a given name that is a weekday ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Another 130 pupils were released, none is left in captivity," Sunday Dare said in a post on social media.',
        '"None is left in captivity," Sunday Dare, a presidential spokesman, said on Monday.',
    ],
)
def test_a_weekday_and_a_name_after_a_closing_quotation_are_a_speakers_name(
    res: analyse.Resources, sentence: str
) -> None:
    text = f"Pupils\n\n{sentence}"
    assert status_of(res, "Pupils", text, sentence[:12], {}) == ("attributed", "Sunday Dare")


def test_a_day_after_said_is_still_a_day(res: analyse.Resources) -> None:
    sentence = '"None is left in captivity," Tomas Lind said Sunday.'
    text = f"Pupils\n\n{sentence}"
    assert status_of(res, "Pupils", text, sentence[:12], PEOPLE) == ("attributed", "Tomas Lind")


# --- a possessive refers to the one person the sentence names, also as the object -------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The operation delivered Tomas Lind into custody, though his lieutenants said they were in charge.",
            "Tomas Lind's lieutenants",
        ),
        ("Police arrested Tomas Lind on Monday, his lawyer said.", "Tomas Lind's lawyer"),
    ],
)
def test_a_possessive_refers_to_the_one_person_named_as_object(
    res: analyse.Resources, sentence: str, expected: str
) -> None:
    text = f"Custody\n\n{sentence}"
    assert status_of(res, "Custody", text, sentence[:12], PEOPLE) == ("attributed", expected)


def test_a_possessive_with_two_people_named_as_objects_stays_unnamed(res: analyse.Resources) -> None:
    sentence = "Police met Tomas Lind and Anna Berg on Monday, his lawyer said."
    text = f"Custody\n\n{sentence}"
    assert status_of(res, "Custody", text, sentence[:12], PEOPLE) == ("attributed", "")


# --- a participle after a name and a parenthesis between dashes; a finding concluded ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The row stems from the actor Anna Berg – the star of the film that won an Oscar – saying in the ad that "
        "the brand was leftwing.",
        "The row stems from the actor Anna Berg, the star of the film that won an Oscar, saying in the ad that the "
        "brand was leftwing.",
    ],
)
def test_a_participle_after_a_described_name_is_that_persons(res: analyse.Resources, sentence: str) -> None:
    text = f"Sandals\n\n{sentence}"
    assert status_of(res, "Sandals", text, sentence[:12], PEOPLE) == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Collected Watches concludes Norland did not target the residence in the drone strike",
        "Collected Watches has concluded that Norland did not target the residence in the drone strike.",
    ],
)
def test_a_body_that_concluded_something_is_its_source(res: analyse.Resources, sentence: str) -> None:
    text = f"Strike\n\n{sentence}"
    assert status_of(res, "Strike", text, sentence[:12], {**BODIES, **STATES}) == (
        "attributed",
        "Collected Watches",
    )


def test_talks_that_concluded_are_no_claim(res: analyse.Resources) -> None:
    sentence = "The talks concluded on Monday, with Collected Watches leaving early."
    text = f"Strike\n\n{sentence}"
    assert status_of(res, "Strike", text, sentence[:12], BODIES) == ("unflagged", "")
