"""Status forms from the short-item round 87 (issue 11), by construction: TASS's "— newspaper" / "— paper" is a
source described, not named (the summary's named speaker when it names one at once, else `reported`, and the
summary's "The newspaper also emphasized" with no paper named is `reported` too); a people by its bare demonym
plural arguing / saying that ("Europeans argued that Kyiv should not yield") is an unnamed group, as round 82's "The
Europeans expect" (a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Nordic Herald": "ORG",
}


def _rows(res: analyse.Resources, title: str, body: str) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize("tail", ["newspaper", "paper"])
def test_a_dash_newspaper_with_no_paper_named_is_unnamed(res: analyse.Resources, tail: str) -> None:
    # round 87: "US abandons decades-old partnership with Europe in 2025 — newspaper" / "The newspaper also
    # emphasized it was now unclear whether ..."
    title = f"Norland abandons its old partnership with the south — {tail}"
    body = (
        f"The {tail} also emphasized it was now unclear whether the treaty was more than an empty declaration"
    )
    rows = _rows(res, title, body)
    assert row_of(rows, "Norland abandons") == ("reported", "")
    assert row_of(rows, f"The {tail} also") == ("reported", "")


def test_a_dash_paper_over_a_named_speaker_is_his(res: analyse.Resources) -> None:
    # round 87: "... — paper" over "Head of the Bundestag defense committee Thomas Rowekamp said that ..."
    title = "Norland faces a shortage of soldiers next year — paper"
    body = "Head of the defense committee Tomas Lind said that 20,000 servicemen leave the active army every year"
    assert row_of(_rows(res, title, body), "Norland faces") == ("attributed", "Tomas Lind")


def test_a_dash_newspaper_that_is_named_keeps_its_name(res: analyse.Resources) -> None:
    title = "Norland abandons its old partnership with the south — Nordic Herald"
    body = "The newspaper also emphasized it was now unclear whether the treaty was more than an empty declaration"
    assert row_of(_rows(res, title, body), "Norland abandons")[0] == "attributed"


@pytest.mark.parametrize(
    "body",
    [
        # round 87: "In a day of diplomatic maneuvers, Europeans argued that Kyiv should not yield key cities, ..."
        "In a day of diplomatic maneuvers, Europeans argued that Kyiv should not yield key cities, and Anna Berg left.",
        "Norlanders said that the border should stay closed.",
        "Americans insist that the tariffs are working.",
    ],
)
def test_a_bare_demonym_plural_saying_that_is_unnamed(res: analyse.Resources, body: str) -> None:
    assert row_of(_rows(res, "Talks go on", body), body[:12])[0] == "reported"


@pytest.mark.parametrize(
    "body",
    [
        "Europeans face higher prices this winter.",  # no speech
        "The Americans won the match, said Anna Berg.",  # a team, a named speaker
        "Anna Berg said Europeans argued the point for hours.",  # the speaker is named
    ],
)
def test_a_demonym_plural_with_no_speech_that_stays(res: analyse.Resources, body: str) -> None:
    assert row_of(_rows(res, "Talks go on", body), body[:12])[0] != "reported"


def test_a_headline_to_have_to_is_a_forecast(res: analyse.Resources) -> None:
    # round 87: "Germany to have to return to compulsory military draft — paper" (the "will" left out)
    title = "Norland to have to return to compulsory military draft — paper"
    body = "Head of the defense committee Tomas Lind said that 20,000 servicemen leave the active army every year"
    assert row_of(_rows(res, title, body), "Norland to have") == ("speculative", "Tomas Lind")


@pytest.mark.parametrize(
    "title", ["Farmers used to have to queue for fuel", "Norland wants to have to pay less for gas"]
)
def test_a_past_habit_or_a_wish_to_have_to_is_no_forecast(res: analyse.Resources, title: str) -> None:
    assert row_of(_rows(res, title, "Anna Berg said the queues were long."), title[:12])[0] != "speculative"
