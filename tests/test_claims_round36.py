"""Claim status and speakers from the misses of the thirty-sixth labelling round (first sight on items nobody tuned
for) and the classes the session's brief named from round 34, by construction rather than by sentence: a contender's
chances nobody is named for ("is seen as the frontrunner"), a headline's inverted "'...,' says X as ...", more verbs
of saying inverted after a quotation ("explained Netanyahu"), a defence of a decision ("defends scrapping"), a
sentence that only says how a source spoke ("spoke on condition of anonymity"), a habit of reporting ("typically
reports"), a closing ", the X said." or unnamed ", state media reported." that frames a sentence, a participle or
second verb whose subject is an opening lower-case body ("The local government ..., citing"), a past-perfect relative
clause as background ("at the request of X, which had argued"), a statement issued by a named body, and the text an
outlet introduces ("Here is the text of the statement:") (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Olaf Brandt": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Red Cross": "ORG",
    "Kremlin": "ORG",
    "Liberal Party": "ORG",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a contender's chances nobody is named for, with or without an adverb before "seen" (round 36: "is seen
        # as the frontrunner to win", "is widely seen as a strong candidate to become prime minister")
        ("The Liberal Party is seen as the frontrunner to win the election in May.", ("reported", "")),
        ("Tomas Lind, 60, is seen as a strong candidate to become mayor.", ("reported", "")),
        ("The two parties are seen as front-runners in the race.", ("reported", "")),
        # not a hedge: a plain "seen as" (round 26), something seen doing something, or seen by a named source
        ("Such talks are seen as a test of the new government's resolve.", ("unflagged", "")),
        ("A drone was seen flying over the base on Monday.", ("unflagged", "")),
        ("The plan is seen by Anna Berg as a test of the government.", ("unflagged", "")),
    ],
)
def test_a_contender_seen_by_nobody_named_is_reported(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # round 36: "'Rioters must be put in their place,' says Iran's Khamenei as death toll reaches at least 10"
        ("'The border must stay shut,' says Norland's Berg as floods spread", ("attributed", "Anna Berg")),
        ("'We will rebuild every house,' says Tomas Lind after the storm", ("attributed", "Tomas Lind")),
        ('"No one will be left behind," says Anna Berg while the toll rises', ("attributed", "Anna Berg")),
    ],
)
def test_a_headline_quotation_then_says_name_is_the_name_s(
    res: analyse.Resources, title: str, expected: tuple[str, str]
) -> None:
    body = "Anna Berg and Tomas Lind spoke on Monday.\nThe floods reached the capital."
    assert row_of(_claims(res, body, title), title[:12]) == expected


@pytest.mark.parametrize(
    ("title", "body", "start", "expected"),
    [
        # round 34: "NY Mayor Mamdani defends scrapping executive orders", "defended his revocation of ..."
        (
            "Berg defends scrapping the bridge tolls",
            "The tolls end in May.",
            "Berg",
            ("attributed", "Anna Berg"),
        ),
        (
            TITLE,
            "Anna Berg on Friday defended her decision to close the bridge to lorries.",
            "Anna Berg",
            ("attributed", "Anna Berg"),
        ),
        (TITLE, "Tomas Lind defended the move in a radio interview.", "Tomas", ("attributed", "Tomas Lind")),
        # defending a place or a title is an act
        (TITLE, "Norland troops defended the city for three days.", "Norland", ("unflagged", "")),
        (TITLE, "Tomas Lind defended his title in the final on Sunday.", "Tomas", ("unflagged", "")),
    ],
)
def test_defending_a_decision_is_a_statement(
    res: analyse.Resources, title: str, body: str, start: str, expected: tuple[str, str]
) -> None:
    body = f"Anna Berg and Tomas Lind met.\n{body}" if title != TITLE else body
    assert row_of(_claims(res, body, title), start) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 34: "The sources ... spoke on condition of anonymity because they were not authorized to speak ..."
        (
            "The officials spoke on condition of anonymity because they were not authorised to discuss the talks.",
            ("unflagged", ""),
        ),
        ("Both sources requested anonymity to discuss the private meeting.", ("unflagged", "")),
        ("He asked not to be named because of the sensitivity of the matter.", ("unflagged", "")),
        # what an unnamed source says stays reported
        ("The talks have stalled, an official said on condition of anonymity.", ("reported", "")),
        ("Two officials, speaking on condition of anonymity, said the talks had stalled.", ("reported", "")),
    ],
)
def test_a_sentence_that_only_says_how_a_source_spoke_is_no_claim(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    body = f"The talks stalled on Monday, officials said.\n{sentence}"
    assert row_of(_claims(res, body), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 34: "Russia typically reports only how many drones its air defences say they downed, ..."
        (
            "Norland typically reports only how many drones its air defences say they downed, not how many were "
            "launched.",
            ("unflagged", ""),
        ),
        ("The ministry usually announces casualty figures once a month.", ("unflagged", "")),
        ("Eastwick rarely discloses the full extent of damage.", ("unflagged", "")),
        # a present statement stays one
        ("Norland said on Monday that 40 drones were shot down overnight.", ("attributed", "Norland")),
        (
            "Anna Berg often says the border must stay shut, and she said so again on Monday.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_habit_of_reporting_is_background(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 36: "Putin told ... Trump on Monday that Russia would review its position ..., the Kremlin said."
        (
            "Anna Berg told Tomas Lind on Monday that Norland would review its position, the Kremlin said.",
            ("attributed", "Kremlin"),
        ),
        (
            "Olaf Brandt told Berg that the dam was safe, the Red Cross said on Tuesday.",
            ("attributed", "Red Cross"),
        ),
        # a closing verb inside a quotation, or "he said", keeps its reading
        (
            'Anna Berg told Tomas Lind that "the dam is safe, the engineers said."',
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_a_closing_said_frames_a_sentence_that_opens_with_told_that(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


def test_a_closing_outlet_over_unnamed_sources_stays_reported(res: analyse.Resources) -> None:
    # corpus check: "..., according to two US officials, the Associated Press reported" is the officials' (unnamed)
    sentence = "Troops stopped a second ship on Saturday, according to two officials, the Red Cross said."
    assert row_of(_claims(res, sentence), sentence[:20])[0] == "reported"


@pytest.mark.parametrize("verb", ["explained", "replied", "insisted", "noted"])
def test_any_verb_of_saying_after_a_quotation_names_its_speaker(res: analyse.Resources, verb: str) -> None:
    # corpus check: '"Oh," said Trump as he took the letter. / "It's nominating you ...," explained Netanyahu.'
    body = f'"Oh," said Tomas Lind as he took the letter.\n"It is a fine letter, and well deserved," {verb} Anna Berg.'
    assert row_of(_claims(res, body), '"It is a fine') == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 36: "The local government tore down the monument ..., citing safety issues", "The Cuban government
        # statement gave few details, but said ...": a participle or a second verb takes the opening body
        (
            "The regional council closed the bridge, citing safety concerns and an expired permit.",
            ("attributed", "regional council"),
        ),
        (
            "The Norlandic government statement gave few details, but said all the dead were soldiers.",
            ("attributed", "Norlandic government"),
        ),
        (
            "The coast guard suspended the search, saying the weather was too rough.",
            ("attributed", "coast guard"),
        ),
        # no verb of saying: an act
        ("The city council closed the bridge on Monday and opened a ferry.", ("unflagged", "")),
        ("The army tore down the camp, killing two people.", ("unflagged", "")),
    ],
)
def test_a_participle_or_second_verb_takes_the_opening_body(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    names = {**NAMES, "Norlandic": "NORP"}
    assert row_of(claim_rows(res, TITLE, sentence, names), sentence[:20]) == expected


def test_a_local_body_is_not_the_national_one_spoken_of_before(res: analyse.Resources) -> None:
    # round 36: "a Chinese foreign ministry spokesperson said ... / The local government tore down ..., citing"
    body = (
        "Norland is dissatisfied, the Norland Foreign Ministry said on Monday.\n"
        "The local government closed the bridge, citing safety concerns."
    )
    names = {**NAMES, "Norland Foreign Ministry": "ORG"}
    assert row_of(claim_rows(res, TITLE, body, names), "The local") == ("attributed", "local government")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 34: "... at the request of the U.S. Justice Department, which had argued that the case was ..."
        (
            "A judge dropped the charges at the request of the Red Cross, which had argued that the case was unfair.",
            ("unflagged", ""),
        ),
        (
            "The court freed him after a plea by Anna Berg, who had insisted that he was innocent.",
            ("unflagged", ""),
        ),
        # a view held now, or the sentence's own subject, stays a claim
        (
            "The talks come amid pressure from the government of Anna Berg, who has said the border must stay shut.",
            ("attributed", "Anna Berg"),
        ),
        (
            "Tomas Lind, who had argued the case was unfair, said on Monday he would appeal.",
            ("attributed", "Tomas Lind"),
        ),
    ],
)
def test_what_a_body_had_argued_as_the_reason_for_an_act_is_background(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


def test_a_joint_statement_issued_by_a_named_body_is_its_own(res: analyse.Resources) -> None:
    # round 34: "A joint statement issued by the US State Department after the talks in the French capital said ..."
    body = (
        "A joint statement issued by the Red Cross after the talks in the capital said that both sides would meet.\n"
        '"Both sides have decided to set up a hotline," the statement said.'
    )
    rows = _claims(res, body)
    assert row_of(rows, "A joint statement") == ("attributed", "Red Cross")
    assert row_of(rows, '"Both sides') == ("attributed", "Red Cross")
    # signed by several, or issued with no issuer named: no one alone
    assert (
        row_of(_claims(res, "In a joint statement, Norland and Eastwick urged restraint."), "In a joint")[1]
        == ""
    )


def test_several_who_spoke_in_a_joint_statement_released_by_one_are_no_one_alone(
    res: analyse.Resources,
) -> None:
    # corpus check: '"...," the ministers of Britain, ... and Switzerland said in a joint statement released by the
    # UK's Foreign Office.'
    sentence = (
        '"Civilians face appalling conditions," the ministers of Norland and Eastwick said in a joint statement '
        "released by the Red Cross."
    )
    assert row_of(_claims(res, sentence), sentence[:20]) == ("attributed", "")


def test_the_text_an_outlet_introduces_is_the_speaker_s_before_it(res: analyse.Resources) -> None:
    # round 34: 'She said that Venezuela "aspires ..." / Here is the text of the statement: / "A message from ...'
    body = (
        "Anna Berg invited Eastwick to talk, in a statement on social media.\n"
        'She said that Norland "wants peace" and would seek balanced relations.\n'
        "Here is the text of the statement:\n"
        '"A message from Norland to the world:\n'
        '"Norland reaffirms its commitment to peace. We believe that peace is built at home."'
    )
    rows = _claims(res, body)
    assert row_of(rows, '"Norland reaffirms') == ("attributed", "Anna Berg")
    assert row_of(rows, "We believe") == ("attributed", "Anna Berg")
    assert row_of(rows, "Here is the text") == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 34: "Iran's president warned domestic suppliers against hoarding ..., state media reported"
        (
            "Anna Berg warned that the border would stay shut until spring, state media reported.",
            ("reported", "Anna Berg"),
        ),
        (
            "The Red Cross said 40 people had died in the floods, local media said on Monday.",
            ("reported", "Red Cross"),
        ),
        # no one named before the relay: not named
        ("Forty people died in the floods, state media reported.", ("reported", "")),
        ("He said the dam would hold, state media reported.", ("reported", "")),
    ],
)
def test_an_unnamed_relay_keeps_the_named_speaker_it_passes_on(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


def test_an_unnamed_relay_keeps_the_body_named_before(res: analyse.Resources) -> None:
    # corpus check: "The coalition said there were no casualties ..., Saudi state media reported."
    body = (
        "The Red Cross opened a camp on Monday.\n"
        "The Red Cross said there were no casualties from the floods, state media reported."
    )
    assert row_of(_claims(res, body), "The Red Cross said") == ("reported", "Red Cross")
    body = "Anna Berg toured the dam.\nShe said it would hold, state media reported."
    assert row_of(_claims(res, body), "She said") == ("reported", "Anna Berg")
