"""Claim status and speakers from the misses of the thirtieth labelling round (first sight on items nobody tuned
for): a passive "were reported" with no one named is reported; a headline's "..., police say" is the lead's unnamed
police, not a spokesperson the body names after it; "the paper said" is the outlet named before (a small fake entity
finder); "cited by state media as warning", ", while also acknowledging", ", noting that" are speech, and an
indefinite judge or lawyer as their subject is a source not named."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Reuters": "ORG",
    "Dagbladet": "ORG",
    "Red Cross": "ORG",
    "China": "GPE",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


_of = row_of


@pytest.mark.parametrize(
    "sentence",
    [
        "The most intense clashes have been reported in western parts of Norland.",
        "No civilian casualties were reported after the strike on Eastwick.",
        "Deaths and arrests have been reported through the week both by state media and rights groups.",
    ],
)
def test_a_passive_report_with_no_one_named_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == ("reported", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named source is the source, the passive only says where
        ("Clashes were reported in Eastwick, Anna Berg said.", ("attributed", "Anna Berg")),
        # the outlet's own statement about the reports, and a quotation's words, are no report of a fact
        ("The incident was not reported to the police.", ("unflagged", "")),
        # a source the sentence names, even one the rules do not read as a speaker, is not "no one"
        (
            "Some 1,958 people have been reported infected in Norland, according to the Eastwick registry.",
            None,
        ),
    ],
)
def test_a_passive_report_leaves_named_sources_and_negations_alone(
    res: analyse.Resources, sentence: str, expected: tuple[str, str] | None
) -> None:
    assert _of(_claims(res, sentence), sentence[:20])[0] != "reported" if expected is None else expected


def test_a_headline_police_say_is_the_leads_unnamed_police(res: analyse.Resources) -> None:
    title = "At least 30 killed in Eastwick market attack, police say"
    body = (
        "At least 30 people were killed when gunmen attacked a market in Eastwick, police said on Sunday.\n"
        "Police spokesperson Tomas Lind said the gunmen stormed the market on Saturday."
    )
    claims = _claims(res, body, title)
    assert _of(claims, title[:20]) == ("reported", "")
    assert _of(claims, "Police spokesperson") == ("attributed", "Tomas Lind")


def test_a_headline_police_say_is_the_spokesperson_when_the_body_names_them_first(
    res: analyse.Resources,
) -> None:
    title = "At least 30 killed in Eastwick market attack, police say"
    body = "Police spokesperson Tomas Lind said at least 30 people were killed when gunmen attacked a market."
    assert _of(_claims(res, body, title), title[:20]) == ("attributed", "Tomas Lind")


@pytest.mark.parametrize(
    "quoted",
    [
        '"Why are the couple running the bar free?" the paper said on its front page.',
        "The paper said anger grew.",
    ],
)
def test_the_paper_said_is_the_outlet_named_before(res: analyse.Resources, quoted: str) -> None:
    body = f"On Monday, the newspaper Dagbladet said anger over the fire was growing.\n{quoted}"
    assert _of(_claims(res, body), quoted[:20]) == ("attributed", "Dagbladet")


def test_the_paper_said_is_no_other_body_named_before(res: analyse.Resources) -> None:
    body = 'The Red Cross said 40 people died.\n"Why are the couple free?" the paper said on its front page.'
    assert _of(_claims(res, body), '"Why are') == ("attributed", "paper")


def test_the_newspaper_said_is_the_name_the_text_calls_a_newspaper_paragraphs_before(
    res: analyse.Resources,
) -> None:
    body = (
        "In Eastwick, a grenade exploded, killing a man, the state-owned Dagbladet newspaper reported.\n"
        "Online videos from Eastwick purportedly showed fires in the street overnight.\n"
        "The second death happened in Norland. There, the newspaper said, a soldier died in a knife attack."
    )
    assert _of(_claims(res, body), "There, the newspaper") == ("attributed", "Dagbladet")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The analyst Tomas Lind examines how much damage is likely to have been caused to the dam.",
            "unflagged",
        ),
        ("It is unclear whether the talks are likely to resume in Eastwick.", "unflagged"),
        # a forecast outside the question is still one
        ("The talks are likely to resume in Eastwick next week.", "speculative"),
        ("What is likely to follow is a long stalemate in Norland.", "speculative"),
    ],
)
def test_likely_in_a_reported_question_asks(res: analyse.Resources, sentence: str, expected: str) -> None:
    assert _of(_claims(res, sentence), sentence[:20])[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A local official in Eastwick was cited by state media as warning that protesters would be punished.",
            ("reported", ""),
        ),
        (
            "A federal judge on Tuesday upheld the fee, while also acknowledging it could inflict harm.",
            ("reported", ""),
        ),
        (
            "Anna Berg scoffed away the dismay, noting that the offer was a nice gesture.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_speech_participles_and_their_indefinite_subjects(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert _of(_claims(res, sentence), sentence[:20]) == expected


def test_a_lawyer_for_a_named_person_is_no_indefinite_source(res: analyse.Resources) -> None:
    sentence = "A lawyer for Anna Berg argued on Monday that she should be released, pointing to her record."
    assert _of(_claims(res, sentence), sentence[:20]) == ("attributed", "Anna Berg")


def test_a_speech_gerund_after_for_is_no_speech_of_the_subject(res: analyse.Resources) -> None:
    sentence = (
        "SINGAPORE, Dec 30 (Reuters) - China is requiring chipmakers to use at least 50% domestically made "
        "equipment for adding new capacity, three people familiar with the matter said, as it pushes to build a "
        "supply chain."
    )
    assert _of(_claims(res, sentence), "China is requiring") == ("reported", "")


def test_in_saying_is_still_speech(res: analyse.Resources) -> None:
    sentence = "Tomas Lind joined Anna Berg in saying that they would defend the border."
    assert _of(_claims(res, sentence), sentence[:20])[0] == "attributed"
