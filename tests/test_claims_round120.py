"""Forms main misread most often over round 120's pool (issue 11, 788 unlabelled TASS/SCMP items of both snapshot
days): a short item's headline that describes its speaker ("Top Chinese diplomat points to ...", "..., ex-SBU
employee says", "Diplomat calls drills ... 'response'") or names a ministry after its closing dash ("... — MFA")
over a lede that names who speaks; and a spokesperson cited by name after "according to". Sentences written for
these tests after corpus ones; a small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE", "Eastport": "GPE"}


@pytest.mark.parametrize(
    ("title", "lede", "expected"),
    [
        # "Top Chinese diplomat points to stronger relations with Russia" / "Wang Yi added that ..."
        (
            "Top Norlandic diplomat points to stronger relations with Eastport",
            'Anna Berg added that "relations between the two countries have never been better"',
            ("attributed", "Anna Berg"),
        ),
        # "Former US congressman condemns Maduro's abduction as act of aggression" / '"No region is safe. ...'
        (
            "Former Norland congressman condemns the raid as act of aggression",
            '"No town is safe. The talks are a pretext," Tomas Lind stressed',
            ("attributed", "Tomas Lind"),
        ),
        # "Diplomat calls drills near Taiwan 'response' to ..." / "Lin Jian pointed out that ..."
        (
            "Diplomat calls drills near Eastport 'response' to foreign interference",
            "Anna Berg pointed out that the government is stubbornly sticking to its position",
            ("attributed", "Anna Berg"),
        ),
        # "FBI trained Ukrainian anti-corruption detectives, ex-SBU employee says" / "Vasily Prozorov stressed ..."
        (
            "Eastport trained the border police, ex-army employee says",
            "Tomas Lind stressed that, in essence, the border police is an Eastport project",
            ("attributed", "Tomas Lind"),
        ),
        # "Ukraine's ex-premier describes Zelensky's plan as attempt to stall talks" / "According to Nikolay Azarov"
        (
            "Norlandic ex-premier describes the peace plan as attempt to stall talks",
            "According to Tomas Lind, the plan does not resolve a number of important issues",
            ("attributed", "Tomas Lind"),
        ),
        # "New French missile could form basis of European 'nuclear umbrella,' expert says" / "Alexander Stepanov ..."
        (
            "New missile could form basis of a 'nuclear umbrella,' expert says",
            "Anna Berg pointed out that the missile has successfully completed its tests",
            ("speculative", "Anna Berg"),
        ),
        # "Zelensky wouldn't dare to attack Putin's residence without direct order — ex-PM" / "Nikolay Azarov also ..."
        (
            "The president would not dare to attack the residence without an order — ex-PM",
            "Tomas Lind also stressed that the target had been chosen deliberately",
            ("attributed", "Tomas Lind"),
        ),
        # "Iran continues to demand IAEA condemn Israeli strikes on nuclear facilities — MFA" / "Esmail Baghaei ..."
        (
            "Eastport continues to demand an inquiry into the strikes — MFA",
            "Anna Berg pointed out that the agency's failure to act shows indifference to the strikes",
            ("attributed", "Anna Berg"),
        ),
        # "Arms supplies to Taiwan to bring US no closer to its goals — Chinese embassy" / "..., spokesperson Liu ..."
        (
            "Arms supplies to Eastport bring Norland no closer to its goals — Norlandic embassy",
            "Such moves will not change the outcome, spokesperson Tomas Lind stated",
            ("attributed", "Tomas Lind"),
        ),
    ],
)
def test_a_headline_that_describes_its_speaker_is_the_person_the_lede_names(
    res: analyse.Resources, title: str, lede: str, expected: tuple[str, str]
) -> None:
    rows = claim_rows(res, title, lede, NAMES)
    assert row_of(rows, title[:25]) == expected


@pytest.mark.parametrize(
    ("title", "lede", "expected"),
    [
        # the lede's speaker talks about the person: "the American political scientist noted that Trump had said"
        (
            "Norland expert slams the statements as 'dangerous nonsense'",
            "Commenting on the meeting, the Norlandic political scientist noted that Anna Berg had said little",
            ("reported", ""),
        ),
        # a condemnation of a thing is an act (round 24's "Ukraine condemns ..."), whoever the lede names
        (
            "Former Norland congressman condemns attack on the port",
            "Tomas Lind said the attack had killed three people",
            ("unflagged", ""),
        ),
        # "calls for" asks for something: no view to credit
        (
            "Top Norlandic diplomat calls for talks with Eastport",
            "Anna Berg said the two countries should meet in the spring",
            ("unflagged", ""),
        ),
    ],
)
def test_a_described_headline_is_not_credited_where_the_lede_does_not_speak_for_it(
    res: analyse.Resources, title: str, lede: str, expected: tuple[str, str]
) -> None:
    rows = claim_rows(res, title, lede, NAMES)
    assert row_of(rows, title[:25]) == expected


def test_a_described_speaker_is_not_another_countrys_titled_official(res: analyse.Resources) -> None:
    """'Senior Russian diplomat says' over 'US Secretary of State Marco Rubio said': not Rubio's words."""
    title = "Senior Norlandic diplomat says Eastport must explain the strikes"
    rows = claim_rows(res, title, "Eastport Secretary of State Anna Berg said the strikes were legal", NAMES)
    assert row_of(rows, title[:25])[1] != "Anna Berg"


def test_a_spokesperson_cited_by_name_after_according_to_is_that_person(res: analyse.Resources) -> None:
    """'According to Chinese Foreign Ministry Spokesperson Lin Jian, ...' names its source (not `reported`)."""
    lede = "According to Norland Foreign Ministry Spokesperson Anna Berg, the talks will resume in the spring"
    rows = claim_rows(res, "Talks to resume in the spring", lede, NAMES)
    assert row_of(rows, "According to Norland") == ("attributed", "Anna Berg")


def test_a_body_the_headline_names_after_its_dash_keeps_its_name(res: analyse.Resources) -> None:
    """Round 85: "... — state security committee KGB" over "Ivan Tertel noted ..." is the KGB's, not Tertel's (only
    a body named by its kind, "— MFA", is the official the lede quotes)."""
    title = "Norland's opponents still hatch plots of regime change — state security committee NSK"
    rows = claim_rows(
        res, title, "Anna Berg noted that foreign services were concentrating on the border", NAMES
    )
    assert row_of(rows, title[:25])[1] != "Anna Berg"
