"""Rules from blind round 155 (fifty-second session; Guardian news and columns of new text): a charge after "over"
or "settle" with "claims" or without "that"; suits whose filers are not named; a condemnation many make ("widely
condemned as", "regarded internationally as"); what could have been avoided is a reproach, no forecast; "as rumours
swirled" tells a time, no rumour; a headline's "deputy AG" is the person its standfirst has speak; the writer's own
"I would" is no forecast. A small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Berg": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE", "Nordcom": "ORG"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A Norland university faces the prospect of legal action over claims it failed to protect a lecturer.",
        "Nordcom has agreed to pay $15m to settle claims that it overcharged customers at its stores.",
        "Company settles allegations it failed to honor shelf prices in several states",
        "The settlement resolves lawsuits in several states alleging that shoppers paid more at the register.",
        "The vote has been widely condemned as a sham designed to keep the generals in power.",
        "A new law prohibits criticising a process regarded internationally as a sham.",
    ],
)
def test_a_charge_or_a_condemnation_no_one_is_named_for_is_reported(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, "Court", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_a_suit_its_filer_brings_is_not_reported_by_the_new_rule(res: analyse.Resources) -> None:
    sentence = "Anna Berg filed a lawsuit alleging that the city ignored the warnings."
    rows = claim_rows(res, "Court", sentence, NAMES)
    assert row_of(rows, sentence[:12]) != ("reported", "")


def test_what_could_have_been_avoided_is_a_reproach(res: analyse.Resources) -> None:
    sentence = (
        "Anna Berg told reporters that reasonable steps could have been taken to prevent the disruption."
    )
    rows = claim_rows(res, "Talk", sentence, NAMES)
    assert row_of(rows, sentence[:12]) == ("attributed", "Anna Berg")


def test_a_past_possibility_stays_a_forecast(res: analyse.Resources) -> None:
    sentence = "More than 200 people could have been on board the ferry, officials said."
    rows = claim_rows(res, "Ferry", sentence, NAMES)
    assert row_of(rows, sentence[:12])[0] == "reported"


def test_as_rumours_swirled_tells_a_time(res: analyse.Resources) -> None:
    body = (
        "On Thursday evening, as rumors about the gunman swirled, Anna Berg posted on social media, noting the "
        "confusion.\n\nRumors swirled that the gunman had been caught."
    )
    rows = claim_rows(res, "Shooting", body, NAMES)
    assert row_of(rows, "On Thursday")[0] == "attributed"
    assert row_of(rows, "Rumors swirled") == ("reported", "")


def test_a_headlines_deputy_ag_is_the_person_its_standfirst_has_speak(res: analyse.Resources) -> None:
    title = "Removing photos from files release 'nothing to do' with Lind, deputy AG says"
    body = "Anna Berg says 16 removals came at the request of victims' groups\n\nThe files were released on Friday."
    rows = claim_rows(res, title, body, NAMES)
    assert row_of(rows, title[:12]) == ("attributed", "Anna Berg")


def test_the_writers_own_would_is_no_forecast(res: analyse.Resources) -> None:
    body = 'Adding a filter is something I would now only do ironically.\n\n"I would not rule it out," Berg said.'
    rows = claim_rows(res, "Photos", body, NAMES)
    assert row_of(rows, "Adding") == ("unflagged", "")
    assert row_of(rows, '"I would')[0] != "unflagged"


def test_a_quotation_left_open_runs_on_into_a_paragraph_that_closes_it(res: analyse.Resources) -> None:
    # round 138: the publisher's text breaks one quotation into two paragraphs, the second with no opening mark
    body = (
        "Another resident, Anna Berg, says that she is worried about the buildings:\n"
        '"The situation is frightening. A few months ago, the militia dug a tunnel under a house.\n'
        "It's catastrophic. The tunnels are everywhere.\"\n"
        "The soil is sandy."
    )
    rows = claim_rows(res, "Tunnels", body, NAMES)
    assert row_of(rows, "It's catastrophic") == ("attributed", "Anna Berg")
    assert row_of(rows, "The soil") == ("unflagged", "")
