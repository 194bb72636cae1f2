"""Claim speakers from the misses of the twenty-eighth labelling round (first sight on items nobody tuned for): a
quotation closed by "he/she said" after a sentence whose subject is a named person and whose unnamed source
("..., even as rights groups said ...") only comes in a later clause is that person's, the quoted sentences before
it too; an unnamed source that opens its sentence still goes on (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE", "Eastwick": "GPE"}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, TITLE, body, NAMES)


_of = row_of


QUOTE = (
    '"We are to blame. Do not look for anyone else to blame. It is us who have to find a solution," {} said.'
)


@pytest.mark.parametrize(
    ("opening", "pronoun"),
    [
        (
            "During the latest unrest, the elected President Anna Berg has struck a conciliatory tone, pledging "
            "dialogue, even as rights groups said security forces had fired on demonstrators.",
            "she",
        ),
        (
            "Prime Minister Tomas Lind has promised talks with the unions in Eastwick, while witnesses said police "
            "had used tear gas.",
            "he",
        ),
    ],
)
def test_a_closing_pronoun_is_the_named_subject_not_a_later_unnamed_clause(
    res: analyse.Resources, opening: str, pronoun: str
) -> None:
    claims = _claims(res, f"{opening}\n{QUOTE.format(pronoun)}")
    who = "Anna Berg" if pronoun == "she" else "Tomas Lind"
    assert _of(claims, opening[:20]) == ("reported", "")  # the unnamed clause still makes it reported
    for start in ('"We are to blame', "Do not look", "It is us"):
        assert _of(claims, start) == ("attributed", who), start


@pytest.mark.parametrize(
    "opening",
    [
        "An official in Eastwick told Reuters that Anna Berg had ordered the police to stand down.",
        "Officials said Anna Berg had ordered the police to stand down in Eastwick.",
    ],
)
def test_an_unnamed_source_that_opens_its_sentence_goes_on(res: analyse.Resources, opening: str) -> None:
    claims = _claims(res, f"{opening}\n{QUOTE.format('he')}")
    assert _of(claims, "It is us") == ("reported", "")


def test_a_person_after_a_verb_is_no_subject(res: analyse.Resources) -> None:
    opening = "Police arrested Anna Berg in Eastwick on Monday, officials said."
    claims = _claims(res, f"{opening}\n{QUOTE.format('she')}")
    assert _of(claims, "It is us") == ("reported", "")
