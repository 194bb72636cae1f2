"""Unnamed groups by their form (round 105, issue 11), by construction: a plural common noun as the subject of a verb
of saying or holding a view is a group no one is named for, whatever the noun ("historians", "exporters",
"organisations", "loyalists"), with a name before it as whom the group is of ("Maduro loyalists"), and more verbs of a
view (hail, fear, question whether, celebrate, doubt); not its passive participle, a quantity after a preposition, a
capitalised function word, a state's body ("US forces said"), nor a group that says nothing (a small fake entity
finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Norland": "GPE", "Maduro": "PERSON", "Anna Berg": "PERSON", "US": "GPE"}


def _row(res: analyse.Resources, sentence: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Norland news", sentence, NAMES), sentence[:25])


@pytest.mark.parametrize(
    "sentence",
    [
        # a kind of people or bodies no list holds, as the subject of a view or of a speech verb
        "Some historians see it as a superficial effort by the president.",
        "Exporters had feared they would have to pull out of the market.",
        "Bird organisations say more research on the species is needed.",
        "Immigrant-rights advocates say the administration is using the inquiry as an excuse.",
        "Though Norland has few allies, many countries have questioned the legality of the raid.",
        "Venezuelan exiles celebrated, saying the dictator was gone.",
        # a name before the plural head is whom the group is of or for
        "Opposition supporters hail the release of the prisoners as a victory.",
        # a closing group after a named one's denial: the sentence keeps the named
        "Norland has denied the talk, although some analysts say it should do so.",
    ],
)
def test_a_group_by_its_form_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence)[0] == "reported"


def test_a_name_before_the_group_is_not_its_speaker(res: analyse.Resources) -> None:
    assert _row(res, "Maduro loyalists insist he is still the president.") == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # a group that says nothing, a participle, a quantity after a preposition, a capitalised function word
        "Some tanker owners have insisted.",
        "Two men questioned by police were released on Monday.",
        "Dozens feared dead after the ferry sank.",
        "Firefighters hailed as heroes after the blaze.",
        "Judges have in some contexts concluded that envoys enjoy immunity.",
        "This welcome news came in the same week as the deaths of two novelists.",
        # a name's or a noun's verb in "-s" and its object, no plural head
        "Crash triggers fear of a wider war.",
        "Norland offers welcome relief to the refugees.",
        # acts of a group, no view
        "Norland supporters gathered outside the court.",
        "Official data showed inflation fell to 3%.",
    ],
)
def test_no_group_view_stays_unflagged(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence)[0] == "unflagged"


def test_a_states_body_speaks_as_itself(res: analyse.Resources) -> None:
    assert _row(res, "US forces said they struck dozens of targets in retaliation.")[0] == "attributed"


# --- a view held by no one named, in the passive without its auxiliary ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision was presented as an explicit endorsement of the two-state solution.",
        "The plan remains the basis of the talks, long viewed as the only framework for peace.",
        "Norland bill targeting refugees feared to signal new era of border policies.",
    ],
)
def test_a_view_no_one_is_named_for_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence)[0] == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "The award was presented as part of the ceremony.",
        "I feared to go out after dark.",
    ],
)
def test_a_presentation_or_ones_own_fear_stays_unflagged(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence)[0] == "unflagged"


def test_a_view_with_its_holder_named_is_not_reported(res: analyse.Resources) -> None:
    assert _row(res, "The plan was presented by Anna Berg as a compromise.")[0] != "reported"


# --- an agent or a body that refers to no one named ---------------------------------------------------------------


def _status(res: analyse.Resources, body: str, start: str) -> tuple[str, str]:
    return row_of(claim_rows(res, "Norland news", body, NAMES | {"Nordbank": "ORG"}), start)


def test_an_unnamed_persons_lawyer_is_not_named(res: analyse.Resources) -> None:
    body = (
        "A man, 33, was detained by police on Sunday, prosecutors said.\n\n"
        "The man denied the allegations against him, his lawyer told the court."
    )
    assert _status(res, body, "The man denied") == ("reported", "")


def test_it_after_an_unnamed_source_goes_on_unnamed(res: analyse.Resources) -> None:
    body = (
        "Two people were killed in the attack, the police said.\n\n"
        "A further two people suffered mild injuries, including a teenager, it said."
    )
    assert _status(res, body, "A further two") == ("reported", "")


def test_it_after_a_named_body_stays_that_bodys(res: analyse.Resources) -> None:
    body = "Nordbank said profits rose in March.\n\nRevenue grew by a tenth in the quarter, it said."
    assert _status(res, body, "Revenue grew") == ("attributed", "Nordbank")


def test_the_lawyers_of_someone_named_are_not_unnamed(res: analyse.Resources) -> None:
    body = "At one point during Anna Berg's detention, guards stopped an attack on her, her lawyers said."
    assert _status(res, body, "At one point")[0] != "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 30 killed in Norland after airstrike hits hospital, witnesses report",
        "Three people were killed in the shelling of the port, residents report.",
    ],
)
def test_a_group_closing_with_report_is_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    assert _row(res, sentence)[0] == "reported"


def test_a_report_as_a_noun_stays_unflagged(res: analyse.Resources) -> None:
    assert _row(res, "Stocks rose on Friday, after the jobs report.")[0] == "unflagged"


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts estimate that Norland has about $60 billion of defaulted bonds outstanding.",
        "The fund has $90m to support victims, but organizations say funding has been cut.",
        "U.S. officials see the general's help as crucial for avoiding a power vacuum.",
    ],
)
def test_a_group_that_estimates_or_speaks_after_a_contrast_is_unnamed(
    res: analyse.Resources, sentence: str
) -> None:
    assert _row(res, sentence)[0] == "reported"


def test_both_sides_after_a_contrast_are_the_parties_named(res: analyse.Resources) -> None:
    assert _row(res, "The talks ended, but both sides said progress was made.")[0] != "reported"
