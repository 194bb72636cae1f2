"""The words of a person the text does not name (issue 11, helper unnamed34): a speaker who asked not to be named, a
person described and never named ("a mother of three ... / the mother said"), a stranger or the writer's own people
("said the stranger", "my mum says"), a post of an unnamed source ('"...," the post said'), and a quotation the excerpt
opens inside with no credit: each sentence of their quotation `reported` with no speaker (tests/data/claims/README.md:
round 4's "a Russian commander said", round 59's excerpt that opens inside a quotation, rounds 113, 117 and 119).
Sentences written for these tests after dev's and the corpus's ones; a small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Norland": "GPE", "Eastport": "GPE"}
TITLE = "Norland's new leaders try to win back the east"
LEAD = "The government has freed hundreds of soldiers detained after the war."


@pytest.mark.parametrize(
    "sentence",
    [
        # "The mother, who asked not to be named, said it was painful to observe her son through a pane of glass ..."
        "The mother, who asked not to be named, said it was painful to see her son through a pane of glass.",
        # "A waiter in a restaurant near the bar, who declined to be named, said first responders approached staff ..."
        "A waiter in a cafe near the square, who declined to be named, said the police arrived late.",
        # '"No matter who I vote for, the USDP will win," he said, asking not to be named for fear of retribution.'
        '"No matter who I vote for, the ruling party wins," he said, asking not to be named for fear of retribution.',
        # "While he said he still wanted revenge ..., the fighter, who asked not to be named for fear of reprisal, said"
        "While he said he still wanted revenge, the fighter, who asked not to be named for fear of reprisal, said no "
        "one wanted to fight anymore.",
    ],
)
def test_a_speaker_who_asked_not_to_be_named_is_an_unnamed_source(
    res: analyse.Resources, sentence: str
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:20]) == ("reported", "")


def test_the_quotation_of_a_speaker_who_asked_not_to_be_named_goes_on_unnamed(res: analyse.Resources) -> None:
    body = (
        # paragraphs one line each, as the feed reader writes them
        f"{LEAD}\nThe mother, who asked not to be named, said it was painful to see her son.\n"
        '"They haven\'t seen the new Norland yet," she said, tears rolling down her cheeks. "They don\'t know '
        'anything. They just know that they are in prison."'
    )
    rows = claim_rows(res, TITLE, body, NAMES)
    for start in ('"They haven', '"They don', "They just know"):
        assert row_of(rows, start) == ("reported", ""), start


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no verb of saying: what they did not give is no one's words
        (
            "The officials, who were speaking on condition of anonymity, did not give a location.",
            ("unflagged", ""),
        ),
        # a name the text gives keeps its credit
        (
            "Anna Berg said the witness, who asked not to be named, had fled the town.",
            ("attributed", "Anna Berg"),
        ),
    ],
)
def test_an_anonymity_clause_credits_no_one_else(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{sentence}", NAMES)
    assert row_of(rows, sentence[:20]) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "A mother of three former soldiers who are in prison said ..." then the mother's own quotation
        (
            "A mother of three former soldiers said she was able to visit one of them.",
            '"It was painful. I cried," the mother said.',
        ),
        (
            "A mother of three former soldiers said she was able to visit one of them.",
            '"It was painful. I cried," said the mother.',
        ),
    ],
)
def test_a_person_described_and_never_named_speaks_unnamed_across_the_quotation(
    res: analyse.Resources, first: str, second: str
) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{first}\n\n{second}", NAMES)
    assert row_of(rows, '"It was painful') == ("reported", "")
    assert row_of(rows, "I cried") == ("reported", "")


def test_a_described_person_the_text_names_is_no_unnamed_source(res: analyse.Resources) -> None:
    body = f"{LEAD}\n\nAnna Berg, a mother of three soldiers, said she could visit one of them.\n\nThe mother said it hurt."
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, "The mother said") != ("reported", "")


@pytest.mark.parametrize(
    "body",
    [
        # "Valeriia Kholkina was out buying ice-cream ... when a man overheard them ... / "...," said the stranger."
        'Anna Berg was out buying ice-cream when a man overheard her.\n\n"Teach your daughter our language," said the '
        "stranger.",
        'Anna Berg was out buying ice-cream when a man overheard her.\n\n"Teach your daughter our language," the '
        "stranger said.",
        # "'Oh it's a mess!\" my mum says, shaking her head."
        "The shop is a chaos.\n\n'Oh it's a mess!\" my mum says, shaking her head.",
        '"Teach your daughter our language," said the passer-by.',
    ],
)
def test_a_stranger_or_the_writers_own_people_speak_unnamed(res: analyse.Resources, body: str) -> None:
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{body}", NAMES)
    start = "'Oh it" if "mess" in body else '"Teach your'
    assert row_of(rows, start) == ("reported", "")


def test_the_writers_mums_next_quoted_sentence_goes_on_unnamed(res: analyse.Resources) -> None:
    body = (
        "The shop is a chaos.\n'Oh it's a mess!\" my mum says, shaking her head. \"It's like a jumble sale.\"\n"
        "I'm fresh from a trip to the shop, and all I'm getting is negativity."
    )
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{body}", NAMES)
    assert row_of(rows, "\"It's like a jumble") == ("reported", "")
    # the mark after "mess!" closes what the single mark opened: the column's own words after it are quoted by no one
    assert row_of(rows, "I'm fresh") == ("unflagged", "")


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "The detention ... was confirmed by police in a post on X. / "She is in police custody. She will be
        # arraigned before court in due course," the post said"
        ("The detention of Anna Berg was confirmed by police in a post on X.", ("reported", "")),
        ("Police said in a post on X that Anna Berg had been detained.", ("reported", "")),
        # the post of a person named: hers
        ("Anna Berg said in a post on X that she had been detained.", ("attributed", "Anna Berg")),
        # "Her passing was announced in a social media post by the John F Kennedy Presidential Library and Museum."
        (
            "Her arrest was announced in a social media post by the Eastport Civil Liberties Union.",
            ("attributed", "Eastport Civil Liberties Union"),
        ),
    ],
)
def test_the_post_said_is_whoever_posted_it_across_the_quotation(
    res: analyse.Resources, before: str, expected: tuple[str, str]
) -> None:
    quote = '"She is in police custody. She will be arraigned before court in due course," the post said.'
    rows = claim_rows(res, TITLE, f"{LEAD}\n\n{before}\n\n{quote}", NAMES)
    assert row_of(rows, '"She is in police') == expected
    assert row_of(rows, "She will be arraigned") == expected


def test_an_excerpt_that_opens_inside_a_quotation_no_one_is_named_for(res: analyse.Resources) -> None:
    # '"I have the sense that the SDF is preparing the city for some kind of resistance. / Like many other residents,
    # I fear a new war."' (an excerpt cut before its credit)
    body = (
        '"I have the sense that the army is preparing the city for some kind of resistance. Like many other '
        'residents, I fear a new war."'
    )
    rows = claim_rows(res, "Tunnels in Eastport spark fears of renewed conflict", body, NAMES)
    assert row_of(rows, '"I have the sense') == ("reported", "")
    assert row_of(rows, "Like many other") == ("reported", "")


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # credited in its own sentence
        ('"We hold the city," Anna Berg said on Monday.', '"We hold', ("attributed", "Anna Berg")),
        # a quoted term in the outlet's own sentence
        ('"Rare" squirrels were seen in the park on Monday.', '"Rare"', ("unflagged", "")),
        # a quotation whose speaker the next sentence names
        (
            '"We are tired. We want peace."\nAnna Berg said the war had to end.',
            '"We are tired',
            ("unflagged", ""),
        ),
    ],
)
def test_an_opening_quotation_with_a_credit_or_no_words_of_its_own_is_not_unnamed(
    res: analyse.Resources, body: str, start: str, expected: tuple[str, str]
) -> None:
    rows = claim_rows(res, "Eastport waits", body, NAMES)
    assert row_of(rows, start) == expected
