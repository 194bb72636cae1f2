"""What a non-verification refers to, from rounds 57 and 59 (issue 11): "the reports" marks every report told before
it, "X's account" every claim of X, "the report" that goes on in the sentence before it, "this account" of an unnamed
source told twice, the footage or device it names a paragraph further back; a verification coordinated under "could
not establish", and "not corroborated by evidence" as a speaker's finding (a small fake entity finder; paragraphs
joined by a single newline, as in feed text)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Reuters": "ORG",
    "Bernama": "ORG",
    "Norland": "GPE",
    "Ostland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


THE_REPORTS = "\n".join(
    [
        "Norland launched an overnight drone attack on Ostland's port, injuring four people, regional authorities "
        "said on Wednesday.",
        "The port has been repeatedly targeted by drones during the war.",
        '"Strike drones attacked residential and energy infrastructure in our region," Anna Berg, governor of the '
        "region, said on Telegram.",
        "In the city four people were injured, including two children, Tomas Lind, the head of the city's "
        "administration, said.",
        "He said that debris damaged the facades of several buildings.",
        "Reuters could not independently verify the reports.",
    ]
)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # round 57: "Reuters could not independently verify the reports." after the officials' accounts
        ("Norland launched", ("unverified", "")),
        ('"Strike drones', ("unverified", "Anna Berg")),
        ("In the city", ("unverified", "Tomas Lind")),
        ("He said that debris", ("unverified", "Tomas Lind")),
        # the outlet's background is no report
        ("The port has been", ("unflagged", "")),
        ("Reuters could not", ("unflagged", "")),
    ],
)
def test_the_reports_mark_every_report_told_before(
    res: analyse.Resources, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, THE_REPORTS, start) == expected


def test_the_reports_are_those_a_source_reported(res: analyse.Resources) -> None:
    # round 4: "The reports could not be independently verified." after a committee's statement and two channels'
    # reports marks the channels' sentences, not the committee's
    body = "\n".join(
        [
            "Norland opened a criminal case on Wednesday after an incident injured two officers, the country's "
            "Investigative Committee said. Several explosions were heard in the area, the channels Baza and Shot "
            "reported. The channels said that according to witnesses a car detonated. The reports could not be "
            "independently verified.",
        ]
    )
    assert _row(res, body, "Norland opened")[0] == "attributed"
    assert _row(res, body, "Several explosions")[0] == "unverified"
    assert _row(res, body, "The channels said")[0] == "unverified"


def test_the_claims_of_one_video_do_not_reach_the_video_itself(res: analyse.Resources) -> None:
    # round 4: "The claims have not been independently verified" is the man's, not the state-media video's
    body = "\n".join(
        [
            "Norland state media on Friday released a video purporting to show a man confessing to a car bombing.",
            "Norland's security service identified the man as Tomas Lind, who in the video claimed he carried out "
            "the attack.",
            "He said he had been recruited last year.",
            "The claims have not been independently verified.",
        ]
    )
    assert _row(res, body, "Norland state media")[0] != "unverified"
    assert _row(res, body, "He said he had")[0] == "unverified"


ACCOUNT = "\n".join(
    [
        "Anna Berg's five-storey home was completely destroyed by an explosion on September 14, she and a relative "
        "said.",
        "Berg, who was a few hundred meters away, said she heard at least five explosions.",
        "Several buildings in the same block were demolished around that time, satellite images show.",
        "The family is now staying with relatives, Berg said.",
        "The military did not respond to questions about the incident.",
        "Reuters could not establish what was targeted in the attack or independently verify all the details of "
        "Berg's account of the events.",
    ]
)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # round 59: "all the details of Badawi's account": every claim of hers, not only the last
        ("Anna Berg's five-storey", ("unverified", "")),
        ("Berg, who was", ("unverified", "Anna Berg")),
        ("The family is now", ("unverified", "Anna Berg")),
        # no claim of hers: the images nobody is named for make it `reported` (round 59's label, round 73's rule)
        ("Several buildings", ("reported", "")),
        # "could not establish ... or independently verify": a non-verification, no claim of its own
        ("Reuters could not", ("unflagged", "")),
        ("The military did not", ("unflagged", "")),
    ],
)
def test_a_persons_account_is_every_claim_of_theirs(
    res: analyse.Resources, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, ACCOUNT, start) == expected


def test_her_claim_is_still_her_last_one(res: analyse.Resources) -> None:
    body = "\n".join(
        [
            "Anna Berg said the port was closed on Monday.",
            "Berg said the army had advanced 20 kilometres.",
            "Reuters could not verify Berg's claim.",
        ]
    )
    assert _row(res, body, "Anna Berg said") == ("attributed", "Anna Berg")
    assert _row(res, body, "Berg said the army") == ("unverified", "Anna Berg")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 59: Bernama's report goes on in the sentence that quotes its source
        (
            "Citing sources, state news agency Bernama reported last week that the commission had recorded "
            "statements from three people.\nA preliminary review found that several firms had repeatedly secured "
            "high-value contracts, Bernama quoted one of the sources as saying.\nReuters was unable to "
            "independently verify the report.",
            "Citing sources",
            ("unverified", "Bernama"),
        ),
        # round 59: "this account" of a source told twice by its noun
        (
            'The Gulf source said the leadership was angered as they had been "misinformed" about the meeting.\n'
            "The misperception led to the escalation in the region, the source said.\n"
            "The Ostland foreign ministry did not confirm or deny this account.",
            "The Gulf source",
            ("unverified", ""),
        ),
        # another named source before the report is not the report
        (
            "Anna Berg said the port was closed on Monday.\nNorland's army advanced 20 kilometres, Bernama "
            "reported.\nReuters could not immediately verify the report.",
            "Anna Berg said",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_the_report_that_goes_on_before_it(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected


FOOTAGE = "\n".join(
    [
        "Romanenkov said 91 drones had been launched in an attack that was thwarted.",
        "The video released by the ministry included footage of a serviceman standing next to fragments of a device "
        "which he said was a downed drone carrying explosives.",
        "The ministry did not explain how it knew what the device's target was.",
        "Reuters could not confirm the location and the date of the footage showing fragments of a destroyed device. "
        "The model of the destroyed device could not be immediately verified.",
    ]
)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # round 59: the footage and the device named a paragraph before the sentence just before
        ("The video released", ("unverified", "")),
        ("The ministry did not", ("unflagged", "")),
        ("Romanenkov said", ("attributed", "Romanenkov")),
    ],
)
def test_the_thing_not_verified_is_the_claim_that_names_it(
    res: analyse.Resources, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, FOOTAGE, start)[0] == expected[0]


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # round 59: a judge's finding that letters lack evidence, with the outlet's "allegedly"
        (
            'But Anna Berg said the argument was "implausible" and dismissed letters that allegedly came from the '
            "king, saying they were not corroborated by evidence.",
            "But Anna Berg said",
            ("reported", "Anna Berg"),
        ),
        (
            "Anna Berg said the letters were not corroborated by evidence.",
            "Anna Berg said",
            ("attributed", "Anna Berg"),
        ),
        # a check nobody made stays a non-verification
        (
            "Anna Berg said the letters came from the king, which could not be independently corroborated.",
            "Anna Berg said",
            ("unverified", "Anna Berg"),
        ),
    ],
)
def test_not_corroborated_by_evidence_is_a_finding(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    assert _row(res, body, start) == expected
