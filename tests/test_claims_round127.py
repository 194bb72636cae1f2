"""Forms rounds 127 and 128 showed at first sight (issue 11, forty-third session: 44 Guardian items labelled blind,
then read). The sentences are written for these tests, with invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_plain_subjects import row
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Jon Varga": "PERSON",
    "Ola Brun": "PERSON",
    "Norland": "GPE",
    "Vesland": "GPE",
    "Norland Party": "ORG",
    "Courier": "ORG",
}


def test_a_group_after_its_inverted_verb_is_unnamed(res: analyse.Resources) -> None:
    sentence = (
        "Heating means pests are breeding faster, warn scientists, with the food system already vulnerable."
    )
    assert row(res, sentence, NAMES) == ("reported", "")
    # a named speaker's clause about experts is still the speaker's
    said = "Ola Brun, head of the regional government, said experts were using dental records for the task."
    assert row(res, said, NAMES) == ("attributed", "Ola Brun")


def test_a_request_turned_down_is_an_act(res: analyse.Resources) -> None:
    assert row(
        res, "The nation's highest court denied the government's request to lift the order.", NAMES
    ) == (
        "unflagged",
        "",
    )
    # an argument given with it speaks
    argued = (
        "On Tuesday, Jon Varga had denied an earlier request for release, arguing there was no need for it."
    )
    assert row(res, argued, NAMES) == ("attributed", "Jon Varga")
    # what one denies of oneself is still one's word
    assert row(res, "Jon Varga denied the charges against him.", NAMES) == ("attributed", "Jon Varga")


def test_a_bodys_bare_noun_opening_a_paragraph_speaks(res: analyse.Resources) -> None:
    body = "Government said the move was due to its 'unrestricted respect for human rights'."
    status, speaker = row_of(claim_rows(res, "Prisoners freed", body, NAMES), body[:12])
    assert status == "attributed" and speaker.lower() == "government"


def test_a_check_still_being_made_leaves_the_report_unverified(res: analyse.Resources) -> None:
    body = "Norland's foreign affairs department is seeking to verify the reported death of Ola Brun on 12 December."
    assert row(res, body, NAMES)[0] == "unverified"
    assert row(res, "Police are working to verify the identities of the victims.", NAMES) == ("unflagged", "")


def test_the_subject_before_an_aside_set_off_by_dashes_speaks(res: analyse.Resources) -> None:
    sentence = "Jon Varga – the head of the Norland Party – said it had sent naval forces to the area."
    assert row(res, sentence, NAMES) == ("attributed", "Jon Varga")


def test_a_quotation_no_one_owns_closing_a_headline_is_reported(res: analyse.Resources) -> None:
    title = "How the floods showed up in Norland's lives this year: 'The shift has been swift and stark'"
    assert row_of(claim_rows(res, title, "Readers share their stories.", NAMES), title[:12]) == (
        "reported",
        "",
    )
    # a body that quotes the same words credits them
    body = '"The shift has been swift and stark," said Ola Brun, a farmer.'
    assert row_of(claim_rows(res, title, body, NAMES), title[:12]) == ("attributed", "Ola Brun")


def test_a_status_declared_is_an_act(res: analyse.Resources) -> None:
    sentence = "Jon Varga had just declared parts of eastern Vesland to be independent and sent in troops."
    assert row(res, sentence, NAMES) == ("unflagged", "")


def test_the_view_of_a_group_no_one_names_is_reported(res: analyse.Resources) -> None:
    assert row(res, "To the purists, it lacks originality, polish and commercial value.", NAMES) == (
        "reported",
        "",
    )


def test_an_outlet_passing_on_someone_not_named_is_reported(res: analyse.Resources) -> None:
    sentence = "The Courier reported that a friend of Brun said he was killed during his final mission."
    assert row(res, sentence, NAMES) == ("reported", "Courier")


@pytest.mark.parametrize(
    "title",
    [
        # a participle after its noun with another participle's "by" later: still no agent named
        "Norland president accused of running a 'corrupt' government fuelled by a smuggling network",
    ],
)
def test_an_accusation_with_no_agent_is_reported(res: analyse.Resources, title: str) -> None:
    assert row_of(claim_rows(res, title, "The indictment was unsealed.", NAMES), title[:12]) == (
        "reported",
        "",
    )
