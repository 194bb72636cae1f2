"""Status forms from the misses of the forty-eighth labelling round (Reuters/France 24 excerpts, first sight) and of
rounds 43 to 45, by construction rather than by sentence: pictures put online by no one named, what an unnamed group
sees, a share of a people's view, a belief "among investors", "with police having warned", "widely seen as" without
its verb, papers nobody is named for ("email says", "summary reviewed by") are `reported`; a warning of what a thing
will do is `speculative`; "raised concerns about" and "put the toll at" are statements; "kept on course to the port"
is a heading, not a forecast; ", meaning it would have the votes" foretells (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Harbour Institute": "ORG",
    "Norland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        # round 48: "Photographs and videos posted online showed smoke rising from an area of vast destruction"
        "Photographs and videos posted online showed smoke rising over the port.",
        # round 43: "Images of the boxes, which resemble tiny padded cells, first spread on social media last week"
        "Images of the cells, which resemble tiny boxes, first spread on social media last week.",
        # round 48: "Ukraine's government bonds rallied on Monday as investors saw some positive signs in talks"
        "Norland's bonds rallied on Monday as investors saw some positive signs in the talks.",
        # round 45: "Many Israelis criticize what they see as an unfair burden carried by the majority who serve."
        "Many Norlandians criticize what they see as an unfair burden.",
        # round 48: "... have signalled renewed optimism, among investors at least, that a truce might now be within reach"
        "The bonds have signalled renewed optimism, among investors at least, that a truce might now be within reach.",
        # round 45: "..., with police having warned in the days following the tragedy that the tolls were likely to change"
        "The toll was revised downwards, with police having warned that the figures were likely to change.",
        # round 45: "the latest in a series of measures against EU exports widely seen as retaliation for ..."
        "The duties are the latest in a series of measures widely seen as retaliation for the tariffs.",
        # round 44: "..., an internal meeting summary reviewed by Reuters showed."
        "The two sides reached an agreement in December, an internal meeting summary reviewed by Reuters showed.",
    ],
)
def test_an_unnamed_view_or_unowned_material_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == ("reported", "")


def test_a_headlines_email_is_a_paper_no_one_is_named_for(res: analyse.Resources) -> None:
    # round 44: "Exclusive: South Africa will not interfere with US refugee program for white minority, email says"
    title = "Norland will not interfere with the refugee program, email says"
    rows = _claims(res, "The program resumed on Monday.", title=title)
    assert row_of(rows, "Norland will not")[0] == "reported"


def test_a_warning_of_what_a_thing_will_do_is_a_forecast(res: analyse.Resources) -> None:
    # round 48: "The UN has warned that the ban will exacerbate the humanitarian situation in Gaza."
    sentence = "The Harbour Institute has warned that the ban will exacerbate the crisis in the port."
    assert row_of(_claims(res, sentence), "The Harbour") == ("speculative", "Harbour Institute")


def test_a_consequence_foretold_after_meaning_is_a_forecast(res: analyse.Resources) -> None:
    # round 44: "... the Commission appeared to have won Italy's backing, meaning it would have the votes needed ..."
    sentence = "The plan has wide backing, meaning it would have the votes needed to pass without the north."
    assert row_of(_claims(res, sentence), "The plan") == ("speculative", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 48: "United Nations Secretary-General Antonio Guterres raised concerns on Monday about ..."
        ("Anna Berg raised concerns on Monday about instability in the region.", ("attributed", "Anna Berg")),
        # round 48: "Mayor Ihor Terekhov put the casualty toll at 30 injured."
        ("Mayor Tomas Lind put the casualty toll at 30 injured.", ("attributed", "Tomas Lind")),
        # round 48: "Only a fraction of ships have kept on course to the OPEC country." (a heading, no forecast)
        ("Only a fraction of ships have kept on course to the northern port.", ("unflagged", "")),
    ],
)
def test_a_worry_voiced_or_a_count_given_is_a_statement(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # corpus: "Budanov said in a video posted online, ...": the speaker's own medium
        ("Anna Berg said in a video posted online that the port would reopen.", ("attributed", "Anna Berg")),
        # corpus: "Aerial video footage posted online on Christmas Eve by the fire department showed ...": an owner's
        ("Aerial footage posted online on Monday by the Harbour Institute showed mud in the streets.", None),
        # corpus: "Reporters ... rushed ... as images of the inferno began circulating online": a time told
        ("Reporters rushed to the resort as images of the fire began circulating online.", None),
        # a pronoun's "will" after a warning is a threat or an undertaking, not a forecast
        ("Anna Berg warned that she will respond to any attack on the port.", ("attributed", "Anna Berg")),
        # a word's sense is no forecast: "will be named Zavodska, meaning factory in Ukrainian" (round 1)
        ("The station will be named Zavodska, meaning factory in Norlandic.", ("unflagged", "")),
        # a course foretold is still one
        ("The economy is on track to grow 3% this year.", ("speculative", "")),
    ],
)
def test_what_the_new_forms_leave_alone(
    res: analyse.Resources, sentence: str, expected: tuple[str, str] | None
) -> None:
    got = row_of(_claims(res, sentence), sentence[:20])
    if expected is None:
        assert got[0] != "reported"
    else:
        assert got == expected
