"""Status forms from the short-item rounds 81-83 (issue 11), by construction: TASS's "— expert" is the person the
summary names at once, as "— opposition politician" ("— diplomat" stays unnamed); an outlet's name that goes on to a
medium ("Yonhap News TV") is named, a place's "state news agency" is not; a possessive's apostrophe is no quotation
in a headline's bare "condemns"; a definite people by its demonym ("The Europeans expect"), "state media shows" and
", researchers find" are unnamed sources; "promised <name> that", "sends warning to", "asserts", "doesn't rule out
possibility" state something; "Pictures show the ..." is the outlet's caption; "Instead of being hailed as" is no
praise given (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Syria": "GPE",
    "China": "GPE",
    "Thailand": "GPE",
    "Yonhap": "ORG",
    "Nordic Herald": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("tail", "body"),
    [
        # round 83: "Attack on Putin's residence aims to derail negotiations on Ukraine — Pakistani expert"
        (
            "Norland expert",
            "According to Anna Berg, a compromise will become more difficult after the attack",
        ),
        # round 83: "Oreshnik missile system in Belarus is anti-aggression warning to West — expert"
        ("expert", "Anna Berg noted that the West crossed many red lines during the operation"),
    ],
)
def test_a_dash_headline_by_an_expert_is_the_summary_speakers(
    res: analyse.Resources, tail: str, body: str
) -> None:
    title = f"The attack aims to derail the talks — {tail}"
    assert row_of(_rows(res, title, body), "The attack aims") == ("attributed", "Anna Berg")


@pytest.mark.parametrize("tail", ["diplomat", "source", "media"])
def test_a_dash_headline_by_a_diplomat_stays_unnamed(res: analyse.Resources, tail: str) -> None:
    title = f"Drones were used to find air defences — {tail}"
    assert row_of(_rows(res, title, "Anna Berg said the talks went well."), "Drones were") == ("reported", "")


def test_an_outlet_name_that_goes_on_to_a_medium_is_named(res: analyse.Resources) -> None:
    # round 83: "..., Yonhap News TV reported on Friday." was read as an unnamed "TV"
    body = "A local court issued a new warrant to detain Tomas Lind for another six months, Yonhap News TV reported on Friday."
    assert row_of(_rows(res, "Court extends warrant", body), "A local court")[0] == "attributed"


def test_a_places_state_news_agency_is_not_named(res: analyse.Resources) -> None:
    # round 83: "..., Syria's state news agency said on Wednesday." (as "state media", rule 2)
    body = "A suicide bomber targeted a police patrol, killing one person, Syria's state news agency said on Wednesday."
    assert row_of(_rows(res, "One killed in attack", body), "A suicide bomber") == ("reported", "")


def test_a_possessive_in_a_bare_condemns_headline_is_no_quotation(res: analyse.Resources) -> None:
    # round 83: "African Union condemns Israel's recognition of Somaliland" (a stance taken, rounds 24, 26, 44, 80)
    title = "Nordic Herald condemns Norland's recognition of the breakaway region"
    assert (
        row_of(_rows(res, title, "The region declared independence in 1991."), "Nordic Herald")[0]
        == "unflagged"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 82
        ("The Europeans expect Tomas Lind to pressure the leader to accept concessions.", "reported"),
        ("Tensions are high as state media shows the army training for an invasion.", "reported"),
        ("Norland likely placing mines in the sea, researchers find", "reported"),
        (
            "Tomas Lind promised Norland that trade would replace aid, but his government is slashing both.",
            "attributed",
        ),
        # round 83
        ("They have ruled out the possibility of an attack.", "reported"),
        ("Pictures show the aftermath of the strikes and the reaction from around the world.", "unflagged"),
        # round 82's corpus check: no one hailed it
        (
            "Instead of being hailed as a giant leap for tourism, the voyage turned into a PR failure.",
            "unflagged",
        ),
    ],
)
def test_short_item_sentences(res: analyse.Resources, sentence: str, expected: str) -> None:
    body = f"Investigators are probing the cause of the blaze.\n{sentence}"
    assert row_of(_rows(res, "News of the day", body), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("China sends warning to Norland in military training propaganda video", ("attributed", "China")),
        (
            "Anna Berg asserts Norland to formalize security guarantees in parliament",
            ("attributed", "Anna Berg"),
        ),
        # round 83: "Global Fact-Checking Network exposes opposition's fake claims about CAR president"
        (
            "Nordic Herald exposes Norland's fake claims about the president",
            ("attributed", "Nordic Herald"),
        ),
        (
            "Thailand doesn't rule out possibility of a ceasefire in the conflict zone",
            ("attributed", "Thailand"),
        ),
    ],
)
def test_headline_verbs_that_state_something(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    assert row_of(_rows(res, title, "The talks resumed in March."), title[:12]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Lind promised a deal that would end the war.",
        "Norland asserts control over the disputed reef.",
        "Covid deaths hit a record high but lawmakers rule out a lockdown.",
        "Toppling Tomas Lind sends a salutary message to the region.",
        "The report exposes the weaknesses of the system.",
    ],
)
def test_acts_stay_unflagged(res: analyse.Resources, sentence: str) -> None:
    body = f"The talks resumed in March.\n{sentence}"
    assert row_of(_rows(res, "News of the day", body), sentence[:20])[0] == "unflagged"


def test_a_passive_condemnation_with_a_possessive_stays_reported(res: analyse.Resources) -> None:
    # round 83's corpus check: "US homeland security condemned for using Japanese artist's work without consent"
    title = "Norland ministry condemned for using a Nordic artist's work without consent"
    assert (
        row_of(_rows(res, title, "The ministry used the image in a post."), "Norland ministry")[0]
        == "reported"
    )
