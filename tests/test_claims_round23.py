"""Claim status and speaker from the misses of the twenty-third labelling round (first sight on items nobody tuned
for): an unnamed group's own clause after a named source's ("X said ..., as investigators said"), "a parliamentary
statement said" as the parliament's and "X's warnings that ..." as X's (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

PEOPLE = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON"}
BODIES = {"Southern Council": "ORG", "Northern Railways": "ORG"}
STATES = {"Norland": "GPE", "Oslo": "GPE"}
NAMES = PEOPLE | BODIES | STATES
TITLE = "Talks stall in the north"


def _status(res: analyse.Resources, text: str, start: str) -> tuple[str, str]:
    return status_of(res, TITLE, f"{TITLE}\n\n{text}", start, NAMES)


# --- an unnamed group's own clause after a named source's ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Southern Council said guards blocked the officers on Saturday, as investigators said some members "
            "were implicated.",
            "Southern Council",
        ),
        (
            "Anna Berg said the convoy was stopped at the border, while witnesses said shots were fired.",
            "Anna Berg",
        ),
    ],
)
def test_an_unnamed_group_s_own_clause_makes_a_named_source_s_sentence_reported(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("reported", speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg said the convoy was stopped at the border, and a spokesman said the talks would go on.",
        'Anna Berg said the convoy was stopped, adding: "Our investigators said nothing."',
        "Anna Berg said the convoy was stopped at the border as Tomas Lind said shots were fired.",
    ],
)
def test_a_spokesman_a_quotation_or_a_named_second_source_is_not_an_unnamed_group(
    res: analyse.Resources, sentence: str
) -> None:
    assert _status(res, sentence, sentence[:20])[0] != "reported"


# --- "a parliamentary statement said" -----------------------------------------------------------------------------


def test_a_parliamentary_statement_is_the_parliament_the_text_names_before(res: analyse.Resources) -> None:
    text = (
        "Norland's parliament elected Anna Berg as speaker on Monday. "
        "A parliamentary statement said Berg secured 208 of 283 votes."
    )
    assert _status(res, text, "A parliamentary statement") == ("attributed", "Norland's parliament")


def test_a_ministerial_statement_with_no_ministry_named_is_the_ministry(res: analyse.Resources) -> None:
    text = "A ministerial statement said the border would reopen on Monday."
    assert _status(res, text, "A ministerial statement") == ("attributed", "ministry")


def test_a_statement_of_no_body_stays_unnamed(res: analyse.Resources) -> None:
    text = "Norland's parliament elected Anna Berg as speaker on Monday. A statement said she won 208 votes."
    assert _status(res, text, "A statement said")[1] == ""


# --- "X's warnings that ..." ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The drills began after the vote, drawing the Southern Council's ire and warnings that it would "
            '"take forceful measures" in response.',
            "Southern Council",
        ),
        (
            "The drills began after the vote, drawing the Norland defence ministry's warning that the army would "
            "respond.",
            "Norland defence ministry",
        ),
        ("The strike came two days after Anna Berg's claim that the vote was rigged.", "Anna Berg"),
    ],
)
def test_a_named_owner_s_warning_that_is_attributed_to_the_owner(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", speaker)


def test_a_place_s_claim_that_is_not_credited_to_the_place(res: analyse.Resources) -> None:
    sentence = "The strike came two days after the city's claim that the vote was rigged."
    assert _status(res, sentence, sentence[:20])[1] == ""


# --- a hypothetical outcome the writer states ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Failure to tap the funds would be devastating for the region on the battlefield.",
        "Losing the port would prove a disaster for the north's exporters.",
    ],
)
def test_what_something_would_be_by_its_outcome_is_speculative(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("speculative", "")


def test_a_named_source_s_would_be_keeps_the_speaker(res: analyse.Resources) -> None:
    # a named source's hypothetical outcome is a forecast with the name kept (round 38's label of Lula's "would be
    # a 'humanitarian catastrophe'", rule 3; this test read "attributed" before round 42)
    sentence = "A deal would be a disaster for the region, Anna Berg said on Monday."
    assert _status(res, sentence, sentence[:20]) == ("speculative", "Anna Berg")


def test_a_schedule_with_would_be_is_not_a_forecast(res: analyse.Resources) -> None:
    sentence = "It would be their first meeting since the funeral in April."
    assert _status(res, sentence, sentence[:20])[0] == "unflagged"


# --- a standfirst's described speaker ---------------------------------------------------------------------------


def test_a_standfirst_s_described_speaker_is_the_person_the_title_credits(res: analyse.Resources) -> None:
    title = "Thrillers should be taught at school, says Anna Berg"
    text = (
        f"{title}\n\nBestselling author says focus on 'masterpieces' puts children off as she promotes a scheme\n\n"
        'Anna Berg, the writer of crime novels, said: "I understand why teachers love the classics."'
    )
    assert status_of(res, title, text, "Bestselling author", NAMES) == ("attributed", "Anna Berg")


def test_a_standfirst_s_described_body_is_not_a_person(res: analyse.Resources) -> None:
    title = "Thrillers should be taught at school, says Anna Berg"
    text = (
        f'{title}\n\nRail operator says trains will run late on Monday\n\nAnna Berg said: "I understand why."'
    )
    assert status_of(res, title, text, "Rail operator", NAMES)[1] != "Anna Berg"


# --- a headline quoting its named subject -------------------------------------------------------------------------

BODY = "The prize will be handed out on Sunday at a ceremony in the capital."


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Prince Tomas Lind 'proud' of son's growing commitment to the coast", "Tomas Lind"),
        ("Anna Berg 'deeply worried' about the harbour plan", "Anna Berg"),
    ],
)
def test_a_headline_s_quoted_word_after_a_named_person_is_theirs(
    res: analyse.Resources, title: str, speaker: str
) -> None:
    assert status_of(res, title, f"{title}\n\n{BODY}", title[:15], NAMES) == ("attributed", speaker)


def test_a_scare_quote_after_a_verb_is_no_one_s(res: analyse.Resources) -> None:
    title = "Norland makes 'proposal' to the Southern Council"
    assert status_of(res, title, f"{title}\n\n{BODY}", title[:15], NAMES)[0] == "unflagged"


# --- "in what X Palace are calling" -------------------------------------------------------------------------------


def test_in_what_a_palace_the_finder_calls_a_place_is_calling_is_the_palace_s(res: analyse.Resources) -> None:
    names = NAMES | {"Northgate Palace": "FAC"}
    sentence = 'The prize will be handed out on Sunday in what Northgate Palace are calling "the greenest event yet."'
    assert status_of(res, TITLE, f"{TITLE}\n\n{sentence}", sentence[:20], names) == (
        "attributed",
        "Northgate Palace",
    )


def test_in_what_a_station_is_calling_is_no_one_s(res: analyse.Resources) -> None:
    names = NAMES | {"Northgate Station": "FAC"}
    sentence = 'The trains will stop on Sunday in what Northgate Station is calling "a short pause."'
    assert status_of(res, TITLE, f"{TITLE}\n\n{sentence}", sentence[:20], names)[1] != "Northgate Station"


# --- a headline's body as written, whose head the text quotes -----------------------------------------------------

GRID_TITLE = "Norland's energy situation improving, state grid operator says"


def test_a_headline_s_body_is_the_head_the_text_quotes_of_it(res: analyse.Resources) -> None:
    body = "The supply is improving, Anna Berg, the head of state grid operator Northgrid, said on Friday."
    names = NAMES | {"Northgrid": "ORG"}
    assert status_of(res, GRID_TITLE, f"{GRID_TITLE}\n\n{body}", GRID_TITLE[:15], names) == (
        "attributed",
        "Anna Berg",
    )


def test_a_headline_s_body_stays_as_written_when_the_speaker_is_not_its_head(res: analyse.Resources) -> None:
    body = "The supply is improving, Anna Berg, an engineer, said on Friday."
    assert (
        status_of(res, GRID_TITLE, f"{GRID_TITLE}\n\n{body}", GRID_TITLE[:15], NAMES)[1]
        == "state grid operator"
    )


# --- "a presidential spokesman said" -----------------------------------------------------------------------------


def test_a_presidential_spokesman_is_that_office_s_spokesman_as_written(res: analyse.Resources) -> None:
    sentence = (
        "Norland authorities have secured the release of 130 pupils, a presidential spokesman said on Sunday."
    )
    assert _status(res, sentence, sentence[:20]) == ("attributed", "presidential spokesman")


def test_a_spokesman_of_no_office_stays_unnamed(res: analyse.Resources) -> None:
    sentence = "The pupils were freed on Sunday, a spokesman said."
    assert _status(res, sentence, sentence[:20]) == ("reported", "")
