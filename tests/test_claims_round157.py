"""Rules from blind round 157 (fifty-third session): a group no one names, written with whom or what it is of or for
("Survivors of the abuse condemn", "Families of the victims say"), voices a view; and an official or a source no one
names who "indicated" a statement is a source not named, as a named one who indicated it is that one's. A small fake
entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Berg": "PERSON", "Norland": "GPE", "Norland Coast Guard": "ORG"}


@pytest.mark.parametrize(
    "title",
    [
        "Survivors of the abuse condemn justice department for only partly releasing files",
        "Families of the victims condemn police over the delays",
        "Parents of missing students criticise ministry's response",
    ],
)
def test_a_group_of_or_for_someone_voices_a_view(res: analyse.Resources, title: str) -> None:
    rows = claim_rows(res, title, "The files were released on Friday.", NAMES)
    assert row_of(rows, title[:15]) == ("reported", "")


def test_a_group_of_what_a_named_person_did_is_still_a_group(res: analyse.Resources) -> None:
    # the person whose abuse the survivors are of is no speaker in the group
    title = "Survivors of Anna Berg's abuse condemn justice department"
    rows = claim_rows(res, title, "The files were released on Friday.", NAMES)
    assert row_of(rows, title[:15]) == ("reported", "")


def test_a_group_of_someone_named_is_not_that_person(res: analyse.Resources) -> None:
    # the person the group is of does not speak for it
    title = "Supporters of Anna Berg condemn the ruling"
    rows = claim_rows(res, title, "The court ruled on Friday.", NAMES)
    assert row_of(rows, title[:15])[1] != "Anna Berg"


@pytest.mark.parametrize(
    "sentence",
    [
        "One official indicated that the tanker is subject to sanctions.",
        "Norland officials have indicated their plan for now is to exert influence without an occupation.",
        "A senior official signalled that talks would resume next week.",
    ],
)
def test_an_official_no_one_names_who_indicated_is_reported(res: analyse.Resources, sentence: str) -> None:
    body = f"The Norland Coast Guard is tracking a tanker. {sentence}"
    rows = claim_rows(res, "Tanker", body, NAMES)
    assert row_of(rows, sentence[:12]) == ("reported", "")


def test_the_headline_form_with_its_bare_noun_phrase(res: analyse.Resources) -> None:
    title = "Official indicates vessel is subject to sanctions"
    rows = claim_rows(res, title, "The Norland Coast Guard is tracking a tanker.", NAMES)
    assert row_of(rows, title[:15]) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # a named subject's is that one's, as before
        "Anna Berg indicated that the tanker is subject to sanctions.",
        # a thing's sign, or a signal with a noun as its object, stays unflagged
        "A postmark on the envelope indicates it was processed three days later.",
        "The official signalled a desire to press ahead with the reforms.",
    ],
)
def test_not_a_source_no_one_names(res: analyse.Resources, sentence: str) -> None:
    rows = claim_rows(res, "Tanker", f"The ship left port. {sentence}", NAMES)
    expected = ("attributed", "Anna Berg") if sentence.startswith("Anna") else ("unflagged", "")
    assert row_of(rows, sentence[:12]) == expected
