"""Status forms from the misses of the forty-sixth labelling round (Reuters/France 24 excerpts, first sight) and the
rounds before it, by construction rather than by sentence: an unnamed group's expectation, finding or warning ("Analysts
expect ... to", "as environmentalists report a decline", "as meteorologists warn of") is `reported`, a capitalised
owner's staff are not ("AccuWeather meteorologists"); "few believe"; "amid accusations that"; figures "cited by state
media"; an indefinite person as the subject of "estimated" or "said", whatever the noun; quotations under a list's
opening line ("Below are a selection.") that reach no speaker (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Harbour Institute": "ORG",
    "Nordic Freight": "ORG",
    "Norland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        # round 46: "Analysts expect the military-aligned Union Solidarity and Development Party, led by retired
        # generals, to be returned to power."
        "Analysts expect the ruling Harbour Party, led by retired generals, to be returned to power.",
        "Many economists expect inflation to ease next year.",
        "Norlandic analysts expect the talks to resume.",
        # round 43: "as environmentalists report a decline in the area's wildlife"
        "The number of visitors has risen, as environmentalists report a decline in the area's wildlife.",
        "Residents report shortages of water and fuel.",
        # round 46 (a headline's form in a body sentence): "... as meteorologists warn of 'bomb cyclone'"
        "The storm snarled travel as meteorologists warned of a 'bomb cyclone'.",
        # round 43: "If successful, people would continue to be exposed ..., experts and advocates say."
        "If successful, people would continue to be exposed to the toxin, experts and advocates say.",
        # round 43: "..., few believe the vote will be free"
        "With the leader in jail, few believe the vote will be free.",
        # round 43: "is investigating school officials amid accusations that the district may have confined pupils"
        "The board is investigating its staff amid accusations that the port may have hidden losses.",
        # round 45's known form: "early results cited by state media showed"
        "Early results cited by state media showed the ruling party ahead.",
        # round 46: "After Plumridge dug the nugget out ..., a guide estimated it was around 0.2 of a gram of gold"
        "After Berg dug the nugget out, a guide estimated it was around 0.2 of a gram of gold.",
    ],
)
def test_an_unnamed_source_or_hedge_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == ("reported", "")


def test_an_unnamed_groups_warning_in_a_headline_is_reported(res: analyse.Resources) -> None:
    title = "Storm snarls travel as meteorologists warn of 'bomb cyclone'"
    rows = _claims(res, "The storm hit the coast on Monday.", title=title)
    assert row_of(rows, "Storm snarls") == ("reported", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named owner's staff: "AccuWeather meteorologists warned the powerful storm would intensify" (round 46)
        (
            "Harbour Institute meteorologists warned of a storm on Monday.",
            ("attributed", "Harbour Institute"),
        ),
        # a named body's spokesman or statement: "an army spokesman said", "A parliamentary statement said"
        (
            "The port will reopen on Monday, a Nordic Freight spokesman said.",
            ("attributed", "Nordic Freight"),
        ),
        # "as expected" is no unnamed group's view
        ("Prices rose as expected in March.", ("unflagged", "")),
        # a name's word is no kind of people: "The independent Belarusian Association of Journalists reported that"
        (
            "The independent Harbour Association of Journalists reported that the port shut.",
            ("unflagged", ""),
        ),
    ],
)
def test_a_named_owner_is_not_an_unnamed_group(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # corpus: "..., an allegation that Kyiv said was baseless" (a name after the noun), "A British ... campaigner
        # told by the Trump administration that ..." (a passive), "A military Telegram channel said" (a capitalised word)
        "The port closed on Monday, an allegation that Norland said was baseless.",
        "A British campaigner told by the Harbour Institute that he faces removal has said he is targeted.",
    ],
)
def test_an_indefinite_subject_needs_lower_case_words_and_an_active_verb(
    res: analyse.Resources, sentence: str
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20])[0] != "reported"


def test_an_indefinite_channel_is_unnamed_whatever_names_modify_it(res: analyse.Resources) -> None:
    # round 51 labelled "A military Telegram channel said" unnamed; round 58's rule reads any indefinite subject
    # headed by a common noun so, also with a place's name in it
    sentence = "A military Norland channel said missiles were deployed."
    assert row_of(_claims(res, sentence), sentence[:20]) == ("reported", "")


def test_a_lists_quotations_without_a_speaker_are_reported(res: analyse.Resources) -> None:
    # round 46: "Below are a selection." then a quotation of four sentences whose speaker the excerpt never reaches
    body = (
        "Tributes poured in on Sunday. Below are a selection.\n\n"
        '"Her films, her voice, her fame. A French existence. She moved us. We mourn a legend."\n\n'
        "(Her face was used as the model for a bust.)"
    )
    rows = _claims(res, body, title="Reactions to the death of a film icon")
    for start in ('"Her films', "A French existence", "She moved us", "We mourn"):
        assert row_of(rows, start) == ("reported", "")
    assert row_of(rows, "Below are") == ("unflagged", "")
    assert row_of(rows, "(Her face") == ("unflagged", "")


def test_a_lists_quotation_that_names_its_speaker_keeps_it(res: analyse.Resources) -> None:
    body = 'Tributes poured in on Sunday. Below are a selection.\n\n"She moved us. We mourn a legend," Anna Berg said.'
    rows = _claims(res, body, title="Reactions to the death of a film icon")
    assert row_of(rows, '"She moved us') == ("attributed", "Anna Berg")


def test_a_quotation_after_a_look_back_is_not_a_list(res: analyse.Resources) -> None:
    # round 25: "Here is a look back at some high points of her career." / '"And God created ..." ran the headline'
    body = 'Here is a look back at some high points of her career.\n\n"Storm Queen" ran the headline in 2009.'
    assert row_of(_claims(res, body), '"Storm Queen"') != ("reported", "")


def test_a_described_name_after_according_to_is_the_names(res: analyse.Resources) -> None:
    # round 46: "..., according to the U.S.-based nonprofit International Foundation for Electoral Systems."
    sentence = "Turnout was about 70% in 2020, according to the Norland-based nonprofit Harbour Institute."
    assert row_of(_claims(res, sentence), "Turnout") == ("attributed", "Harbour Institute")


def test_a_described_speaker_after_the_quotation_may_take_a_relative_clause(res: analyse.Resources) -> None:
    # round 46: '"But to me, it's worth a million dollars," said the 63-year-old, who had bought the detector ...'
    body = (
        "Anna Berg jumps for joy when she digs a nugget out of her garden. "
        '"To me, it is worth a million dollars," said the 63-year-old, who had bought the detector.'
    )
    assert row_of(_claims(res, body), '"To me') == ("attributed", "Anna Berg")
