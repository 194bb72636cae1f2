"""Claim status and speaker from the misses of the twenty-fourth labelling round (first sight on items nobody tuned
for): a monarch's office, "the office of the mayor of X", a statement a colon opens after "on his platform", a
person's team, a named body with its kind noun, a headline crediting a body by its kind, "according to X and Y",
an unnamed group's view that opens a named source's report and "a strong chance that" (a small fake entity
finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

PEOPLE = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON"}
BODIES = {"Southern Council": "ORG", "Northern Rights": "ORG", "Harbour Watch": "ORG"}
STATES = {"Norland": "GPE", "Eastwick": "GPE"}
NAMES = PEOPLE | BODIES | STATES
TITLE = "Talks stall in the north"


def _status(res: analyse.Resources, text: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return status_of(res, title, f"{title}\n\n{text}", start, NAMES)


# --- a monarch's office ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Norland monarch, who was taken ill last year, said his treatment would be scaled back in spring.",
        "His treatment would be scaled back in spring, the Norland monarch said on Friday.",
        "The emperor said the ceremony would take place in spring.",
    ],
)
def test_a_monarch_named_by_office_speaks_as_written(res: analyse.Resources, sentence: str) -> None:
    status, speaker = _status(res, sentence, sentence[:20])
    assert status == "attributed"
    assert speaker.split()[-1] in ("monarch", "emperor")


# --- "the office of the mayor of X said" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The office of the mayor of the town of Eastwick said the bar had no fire alarm.",
            "office of the mayor of the town of Eastwick",
        ),
        (
            "The office of the governor of Norland said the road would reopen.",
            "office of the governor of Norland",
        ),
    ],
)
def test_the_office_of_a_titled_holder_speaks_and_its_place_is_part_of_its_name(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", speaker)


# --- a statement a colon opens after "on his platform" --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "At dawn on Saturday, Anna Berg sent a message on her Truth Social platform: the army had seized the port.",
        "Anna Berg sent a message via her official Telegram channel: the army had seized the port.",
    ],
)
def test_a_message_sent_on_a_platform_then_a_colon_is_a_statement(
    res: analyse.Resources, sentence: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", "Anna Berg")


# --- a person's team ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The site, according to Anna Berg's transition team, reflects her values.",
            "Anna Berg's transition team",
        ),
        ("Anna Berg's team said the rally would go ahead.", "Anna Berg's team"),
        (
            'Thousands will watch what Anna Berg\'s team has dubbed the "Rally of a New Era" on Broadway.',
            "Anna Berg's team",
        ),
    ],
)
def test_a_named_person_s_team_speaks_for_that_person_as_written(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", speaker)


def test_a_member_of_her_team_is_one_of_them_not_named(res: analyse.Resources) -> None:
    text = "Tomas Lind will attend the funeral of Anna Berg next week, a member of her team said on Tuesday."
    assert _status(res, text, text[:20]) == ("reported", "")


# --- a named body with its kind noun --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland executed at least 900 people last year, the Oslo-based Northern Rights group said on Thursday.",
        "The Oslo-based Northern Rights group said Norland executed at least 900 people last year.",
    ],
)
def test_a_named_body_followed_by_its_kind_noun_speaks(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", "Northern Rights")


# --- a headline crediting a body by its kind ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Norland executions hit 35-year high, rights group says",
        "Rights group says Norland executions hit high",
    ],
)
def test_a_headline_s_kind_of_body_is_the_body_the_text_calls_so(res: analyse.Resources, title: str) -> None:
    body = "Norland executed at least 900 people last year, the Oslo-based Northern Rights group said on Thursday."
    assert _status(res, body, title[:20], title) == ("attributed", "Northern Rights")


@pytest.mark.parametrize(
    "title",
    ["Rights group says 16 dead in Norland protests", "16 dead in Norland protests, rights group says"],
)
def test_a_headline_s_kind_of_body_no_one_names_is_an_unnamed_source(
    res: analyse.Resources, title: str
) -> None:
    body = "At least 16 people have been killed in a week of unrest in Norland, rights groups said on Sunday."
    assert _status(res, body, title[:20], title) == ("reported", "")


# --- "according to X and Y" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024, Norland executed at least 975 people, according to Northern Rights and the French group Harbour "
        "Watch.",
        "According to Northern Rights and the monitoring group Harbour Watch, Norland executed 975 people in 2024.",
    ],
)
def test_according_to_two_named_sources_credits_neither_alone(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", "")


# --- an unnamed group's view that opens a named source's report -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Eastwick police believe around 40 people died in the fire, the Southern Council said in a statement.",
            "Southern Council",
        ),
        ("Investigators suspect the blaze began in the basement, Anna Berg said on Thursday.", "Anna Berg"),
    ],
)
def test_an_unnamed_group_s_view_opening_a_named_report_makes_it_reported(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("reported", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg believes the blaze began in the basement, Tomas Lind said on Thursday.",
        "Talks resumed on Monday in the capital, Anna Berg said.",
    ],
)
def test_a_named_opening_or_no_group_at_all_stays_attributed(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20])[0] == "attributed"


# --- "a strong chance that" -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"I see a strong chance that a more favourable energy situation will emerge," Anna Berg said.',
        "Anna Berg said there was a good chance that the talks would resume in spring.",
    ],
)
def test_a_strong_chance_that_is_a_forecast_with_its_speaker(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("speculative", "Anna Berg")


def test_a_chance_to_do_something_is_no_forecast(res: analyse.Resources) -> None:
    text = "Visitors will get a chance to see works borrowed from the Eastwick museum."
    assert _status(res, text, text[:20]) == ("unflagged", "")


# --- "could not": what someone could not do ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Reporters could not determine on what grounds the church members were detained.",
            ("unflagged", ""),
        ),
        ('"We could not believe this was our street," Anna Berg said.', ("attributed", "Anna Berg")),
        (
            "Anna Berg said Norland could not hold direct talks without its neighbours.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_could_not_is_an_inability_not_a_forecast(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _status(res, sentence, sentence[:20]) == expected


@pytest.mark.parametrize(
    "sentence",
    ["A new attack on the port could not be ruled out.", "The talks may not resume before spring."],
)
def test_could_not_be_ruled_out_and_may_not_still_weigh_a_possibility(
    res: analyse.Resources, sentence: str
) -> None:
    assert _status(res, sentence, sentence[:20])[0] == "speculative"
