"""Status forms from the short-item rounds 81 and 82 (issue 11), by construction: TASS's headline "<claim> —
<source>" whose source is described by a common noun ("— opposition politician", "— top brass") is the claim of the
person the summary names at once (or of no one named), and "— <title> to <place>" is a described office; "likely"
before a participle or a past is a forecast, also in a Title Case headline; a praise in the passive with no one after
"by" ("is being heralded as") and "economists polled by X had expected" are views of people not named; a headline
of two sentences is one claim ("...? It could be possible") (a small fake entity finder; paragraphs joined by a single
newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Nordic Herald": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    "tail",
    ["opposition politician", "top brass", "sociologist", "pollster"],
)
def test_a_dash_headline_described_by_a_common_noun_is_the_summary_speakers(
    res: analyse.Resources, tail: str
) -> None:
    # round 81: "No free elections in Ukraine until Russians returned their rights — opposition politician"
    title = f"No free elections in Norland until the war ends — {tail}"
    body = '"The people have no say in the matter at all," Anna Berg said'
    assert row_of(_rows(res, title, body), "No free elections") == ("attributed", "Anna Berg")


def test_a_dash_headline_whose_summary_names_no_one_is_reported(res: analyse.Resources) -> None:
    # round 82: "At least 20 years for Ukraine to meet EU accession criteria — German MP" / "According to the MP, ..."
    title = "At least 20 years for Norland to meet the criteria — Norland MP"
    body = "According to the MP, the union has long ceased to be a community of equals"
    assert row_of(_rows(res, title, body), "At least 20 years")[0] == "reported"


def test_a_dash_headline_with_an_office_and_its_place_is_attributed(res: analyse.Resources) -> None:
    # round 81: "Trump's statements against Iran equate to incitement to violence — Iran's envoy to UN"
    title = "Threats against Norland equate to incitement to violence — Norland's envoy to UN"
    body = "The envoy spoke at a meeting of the council on Monday."
    assert row_of(_rows(res, title, body), "Threats against")[0] == "attributed"


def test_a_dash_headline_naming_its_source_stays_as_it_was(res: analyse.Resources) -> None:
    title = "No free elections in Norland until the war ends — Tomas Lind"
    body = "The vote was postponed in March."
    assert row_of(_rows(res, title, body), "No free elections") == ("attributed", "Tomas Lind")


@pytest.mark.parametrize(
    ("title", "start"),
    [
        # round 81: "U.K. Economy Contracts Again, Likely Cementing BOE Rate Cut"
        ("Norland Economy Contracts Again, Likely Cementing Rate Cut", "Norland Economy"),
        ("Champagne Sparklers Likely Ignited Ceiling in Norland Bar Fire", "Champagne"),
        ("Norland economy contracts again, likely cementing a rate cut", "Norland economy"),
    ],
)
def test_likely_before_a_participle_is_a_forecast(res: analyse.Resources, title: str, start: str) -> None:
    body = "Economic activity dipped 0.1% on month in October."
    assert row_of(_rows(res, title, body), start)[0] == "speculative"


def test_likely_as_an_adjective_is_no_forecast(res: analyse.Resources) -> None:
    title = "Storm closes the northern ports"
    body = "The likely incoming president met the envoys on Monday."
    assert row_of(_rows(res, title, body), "The likely") == ("unflagged", "")


@pytest.mark.parametrize(
    "sentence",
    [
        # round 81: "An antiviral pill is being heralded as a potential Covid-19 game changer."
        "A new pill is being heralded as a potential game changer for poorer nations.",
        "The treaty was widely hailed as a breakthrough for the region.",
    ],
)
def test_a_praise_in_the_passive_with_no_one_named_is_reported(res: analyse.Resources, sentence: str) -> None:
    title = "Storm closes the northern ports"
    assert row_of(_rows(res, title, f"The ports stayed closed.\n{sentence}"), sentence[:12]) == (
        "reported",
        "",
    )


def test_a_praise_in_the_passive_by_a_named_source_is_not_reported(res: analyse.Resources) -> None:
    title = "Storm closes the northern ports"
    body = "The ports stayed closed.\nThe treaty was hailed as a breakthrough by Anna Berg."
    assert row_of(_rows(res, title, body), "The treaty")[0] != "reported"


def test_people_polled_by_an_outlet_are_not_named(res: analyse.Resources) -> None:
    # round 81: "Economists polled by The Wall Street Journal had expected an increase."
    title = "Norland Economy Contracts Again"
    body = "Economic activity dipped 0.1% on month in October. Economists polled by the Nordic Herald had expected an increase."
    assert row_of(_rows(res, title, body), "Economists polled") == ("reported", "")


@pytest.mark.parametrize(
    ("title", "status"),
    [
        # round 81: "London to New York in 90 minutes? It could be possible"
        ("Oslo to Tokyo in 90 minutes? It could be possible", "speculative"),
        # round 81: "An antiviral pill is being heralded as ... . Poorer nations could miss out again."
        ("A new pill is being heralded as a game changer. Poorer nations could miss out again.", "reported"),
    ],
)
def test_a_headline_of_two_sentences_is_one_claim(res: analyse.Resources, title: str, status: str) -> None:
    rows = _rows(res, title, "Interest in the idea has been picking up pace.")
    assert (title, status) in [(text, st) for text, st, _ in rows]
