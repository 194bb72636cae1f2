"""Status rules from blind round 65 and rounds 58-64 (issue 11): a subject that is a group or a quantity of common
nouns with no name at its head, before a verb of saying or of a view, names nobody ("Most of the international
community says", "Almost all countries consider ... but Norland says", "a move Ostgrad and most Western countries
condemned", "Advocates have criticized ..., saying", "an allegation that Ostlandic leaders have dismissed", "Leaders
from major European powers and Norland have rallied ..., saying", "at what officials see as", "Relatives - who have
said ... -") (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Reuters": "ORG",
    "Houthis": "ORG",
    "Nordic Herald": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
    "Ostgrad": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 64: a quantity of a collective noun says (read as a speaker named "Most of the ... community")
        (
            "Most of the international community says the islands were annexed illegally.",
            "Most of the international",
            ("reported", ""),
        ),
        # round 64: a quantity of countries holds a view beside a state that says (the state kept as speaker)
        (
            "Almost all countries consider that the plant belongs to Ostland but Norland says it is owned by Norland.",
            "Almost all countries",
            ("reported", "Norland"),
        ),
        # round 65: "most Western countries" beside a capital, in a clause after "a move"
        (
            "Vessa is one of four regions which Norland claimed as its own in 2022, a move Ostgrad and most "
            "Western countries condemned as an illegal land grab.",
            "Vessa is one",
            ("reported", ""),
        ),
        # round 65: a bare plural of common nouns that criticizes, saying
        (
            "Advocates have criticized the use of health emergencies to deny access to asylum, saying the law has "
            "been twisted.",
            "Advocates have",
            ("reported", ""),
        ),
        # round 65: "leaders" of a nationality in a that-clause
        (
            "Ostgrad has accused Norland of trying to strike a residence, an allegation that Norlandic leaders have "
            "dismissed as a lie.",
            "Ostgrad has accused",
            ("reported", ""),
        ),
        # round 63: a plural with the places it comes from, then a verb and ", saying"
        (
            "Leaders from major European powers and Norland have rallied behind Ostland this week, saying the "
            "island belongs to its people.",
            "Leaders from",
            ("reported", ""),
        ),
        # round 62: "what officials see as" beside a capital's denial
        (
            "Concern is growing in Norland at what officials see as an increase in hybrid threats from Ostland, "
            "which Moscow denies.",
            "Concern is growing",
            ("reported", ""),
        ),
        # round 64: a bare plural's relative clause set off by dashes says
        (
            "Relatives - who have said they are outraged by the lack of progress - sobbed on Monday as they lit "
            "candles.",
            "Relatives - who",
            ("reported", ""),
        ),
    ],
)
def test_a_group_of_common_nouns_names_nobody(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # guards: a name at the head is no group
        ("Houthis said they fired a missile at a ship.", "Houthis said", ("attributed", "Houthis")),
        # a possessive's people stay the owner's ("His lawyers said", corpus)
        (
            "Anna Berg was detained on Monday. Her lawyers said the case was closed to save time.",
            "Her lawyers said",
            ("attributed", "Anna Berg's lawyers"),
        ),
        # a named speaker's that-clause about what a group will do is no view of the group's (round 25)
        (
            "Anna Berg said on Tuesday that leaders from the northern bloc will consider the vote next week.",
            "Anna Berg said",
            ("attributed", "Anna Berg"),
        ),
        # "many other ... countries" ends a list of states ("_others_tail"), several named sources
        (
            "The opposition, Norland and many other Western countries considered the vote illegitimate.",
            "The opposition",
            ("unflagged", ""),
        ),
        # a person named in the group's phrase speaks ("Journalists from Ukrainska Pravda media outlet Mykhailo Tkach
        # said", corpus)
        (
            "Journalists from Nordic Herald outlet Anna Berg said in a post that detectives entered the building.",
            "Journalists from",
            ("attributed", "Anna Berg"),
        ),
        # "the most" is a superlative, no quantity ("the most fanciful claims about AI", corpus)
        (
            "It is puffed up enough to distort the economy, whether or not the most fanciful claims about it are "
            "ever realised.",
            "It is puffed",
            ("unflagged", ""),
        ),
        # a relative clause that says nothing
        (
            "Relatives - who had gathered at the port since dawn - sobbed on Monday as they lit candles.",
            "Relatives - who",
            ("unflagged", ""),
        ),
        # an order to people is an act ("Authorities in the Netherlands told people to plan to stay at home")
        (
            "Authorities in Ostland told people to stay at home on Wednesday.",
            "Authorities in",
            ("unflagged", ""),
        ),
    ],
)
def test_a_named_head_or_an_act_is_no_group(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


WITHHELD_EVIDENCE = "\n".join(
    [
        "OSTGRAD, Jan 1 (Reuters) - Norland's governor Anna Berg on Thursday accused Ostland of killing 24 people in a "
        "drone strike on a cafe.",
        "Berg made the allegation in a statement on the Telegram messaging service.",
        "Ostland's military did not immediately respond to a request for comment, and Berg did not provide visuals or "
        "other evidence that would enable Reuters to immediately verify the allegation.",
    ]
)


def test_evidence_withheld_that_a_check_needed_is_a_non_verification(res: analyse.Resources) -> None:
    # round 65: "Saldo did not provide visuals or other evidence that would enable Reuters to immediately verify the
    # allegation" marks the allegation's restatement before it and is no claim itself
    assert _row(res, WITHHELD_EVIDENCE, "Berg made the allegation")[0] == "unverified"
    assert _row(res, WITHHELD_EVIDENCE, "Ostland's military") == ("unflagged", "")


def test_evidence_not_provided_alone_checks_nothing(res: analyse.Resources) -> None:
    # guard (round 65): "Lavrov did not provide any evidence for the accusation." says no check was made
    body = "Anna Berg accused Ostland of attacking a residence. Berg did not provide any evidence for the accusation."
    assert _row(res, body, "Anna Berg accused")[0] == "attributed"
