"""Status rules from blind round 68 and rounds 61-67 (issue 11): sources nobody names behind a subject that is a
group of common nouns ("Authorities later determined that", "Several witnesses have recounted"), behind a "they"
that refers to such a group ("Authorities did not name the vessel. / They said ...", "Federal prosecutors ...
released transcripts ... in which they say"), behind a passive judgement ("was long accused by critics"), and
beside a named source ("..., citing people familiar with the matter", "..., the Saudi state news agency reported")
(a small fake entity finder; paragraphs joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Nordic Herald": "ORG",
    "Amnesty International": "ORG",
    "Ostland Coalition": "ORG",
    "Harbour Authority": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 67: a group's finding after an adverb of time (read as plain)
        (
            "Authorities later determined that the driver had fled to the coast.",
            "Authorities later determined",
            ("reported", ""),
        ),
        # round 66: a group's account (read as plain)
        (
            "Several witnesses have recounted seeing staff holding candles near the ceiling.",
            "Several witnesses have recounted",
            ("reported", ""),
        ),
        # round 68: "they" after a sentence that opens with an unnamed group (read as several named ones)
        (
            "Authorities did not name the vessel or disclose its nationality.\n"
            "They said 16 foreign crew members had been detained on criminal charges.",
            "They said 16",
            ("reported", ""),
        ),
        # round 67: "they" of the group that opens the same sentence
        (
            "Federal prosecutors on Tuesday released transcripts of recordings in which they say the driver confessed.",
            "Federal prosecutors",
            ("reported", ""),
        ),
        # round 66: a passive judgement by an unnamed group (read as plain)
        (
            "A 63-year-old socialist, Berg was long accused by critics of running the port as a fief.",
            "A 63-year-old socialist",
            ("reported", ""),
        ),
        (
            "He was sworn in after an election that was widely condemned as fraudulent by international observers.",
            "He was sworn in",
            ("reported", ""),
        ),
        # round 67: a named paper citing sources it does not name (read as the paper's alone)
        (
            "The Nordic Herald reported on Wednesday that the ports would close, citing people familiar with the matter.",
            "The Nordic Herald reported",
            ("reported", "Nordic Herald"),
        ),
        # "citing its sources" (round 9, relabelled in round 73: issue 11's unnamed source, the outlet kept)
        (
            "The Nordic Herald reported the ports would close, citing its sources.",
            "The Nordic Herald reported",
            ("reported", "Nordic Herald"),
        ),
        # round 68: a state's outlet described, with the state's adjective before it
        (
            "The Ostland Coalition said any military moves will be dealt with, the Norlandic state news agency reported.",
            "The Ostland Coalition said",
            ("reported", "Ostland Coalition"),
        ),
    ],
)
def test_a_source_nobody_names_makes_the_sentence_reported(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # a named agent of the passive
        (
            "The plan was criticised by Amnesty International.",
            "The plan was criticised",
            ("attributed", "Amnesty International"),
        ),
        # an act by a group, no judgement
        ("He was killed by gunmen in the north.", "He was killed", ("unflagged", "")),
        # a named body cited, or an office
        (
            "The Nordic Herald said the launch succeeded, citing a spokesperson for the Harbour Authority.",
            "The Nordic Herald said",
            ("attributed", "Nordic Herald"),
        ),
        (
            "Anna Berg said the economy was strong, citing official data.",
            "Anna Berg said",
            ("attributed", "Anna Berg"),
        ),
        # a description stays plain (round 52); a bare judgement in the passive by an unnamed group is that group's
        # report (round 32's "criticised by the United Nations, Western governments and human rights groups", restated
        # in round 111), with no one named
        ("The bridge was denounced by many residents.", "The bridge was", ("reported", "")),
        (
            "Anna Berg, described by aides as tireless, met the officers.",
            "Anna Berg, described",
            ("unflagged", ""),
        ),
        # "now see ... as" in the outlet's reading of a sign: no group's view (corpus check)
        (
            "The council welcomed the plan, a sign that all sides now see negotiation as the means of ending it.",
            "The council welcomed",
            ("unflagged", ""),
        ),
        # "they" after a named person's sentence stays theirs to resolve, not an unnamed group's
        (
            "Anna Berg met port workers on Monday.\nThey said the ports would reopen.",
            "They said the ports",
            ("attributed", ""),
        ),
    ],
)
def test_a_named_source_or_an_act_is_no_unnamed_source(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


def test_a_he_after_a_passive_judgement_is_the_one_judged(res: analyse.Resources) -> None:
    """ "Berg has been accused by critics of ... / The premier has repeatedly said ...": the judgement's agents are no
    source that goes on (corpus check)."""
    body = (
        "Berg has been accused by critics of betraying voters.\n"
        "She has repeatedly said she does not interfere in court cases."
    )
    assert _row(res, body, "Berg has been accused") == ("reported", "")
    assert _row(res, body, "She has repeatedly said") == ("attributed", "Berg")
