"""Speaker forms from the speaker errors of rounds 48, 49 and the fifty-first labelling round and the helpers' open
items, by construction rather than by sentence: a spokesperson for a named person speaks for that person (and "the
spokesperson said" just after); an inverted '"...," said spokesman for the Ministry of X, Y.' is Y; a name the model
did not know opening "X called ... and said" is X; a paper ("..., email says"), a lone title word opening a headline
("Judge says") and an indefinite platform channel ("A military Telegram channel said") are unnamed, while "Telegram
channel Baza" is Baza; "the two countries said ... after X announced" names no one alone; a person's words relayed
by a body that closes the sentence ("Kim affirmed that ..., KCNA said") are the person's (a small fake entity
finder; paragraphs joined by a single newline, as in feed text)."""

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
    "Ministry of Transport": "ORG",
    "Norland": "GPE",
}
TITLE = "Storm closes the northern ports"


def _row(res: analyse.Resources, body: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


def test_a_spokesperson_for_a_named_person_speaks_for_that_person(res: analyse.Resources) -> None:
    # round 51: "A spokesperson for Bill Clinton accused the White House ... / "...," the spokesperson said in a
    # statement on X."
    body = (
        "A spokesperson for Anna Berg accused the Harbour Institute of using her as a scapegoat.\n"
        '"The institute has been hiding these files for months," the spokesperson said in a statement.'
    )
    rows = claim_rows(res, TITLE, body, NAMES)
    assert row_of(rows, "A spokesperson") == ("attributed", "Anna Berg")
    assert row_of(rows, '"The institute') == ("attributed", "Anna Berg")


def test_a_spokesperson_who_says_nothing_is_no_claim(res: analyse.Resources) -> None:
    body = "A spokesperson for Anna Berg did not immediately respond to a request for comment."
    assert _row(res, body, "A spokesperson") == ("unflagged", "")


def test_an_inverted_spokesman_for_a_ministry_is_the_person_named_after_it(res: analyse.Resources) -> None:
    # open item: '"Organisations that have failed ...," said spokesman for the Ministry of Diaspora Affairs and
    # Combating Antisemitism, Gilad Zwick.'
    body = '"The port is safe for every ship," said spokesman for the Ministry of Transport, Tomas Lind.'
    assert _row(res, body, '"The port') == ("attributed", "Tomas Lind")


def test_a_name_the_model_did_not_know_calling_and_saying_speaks(res: analyse.Resources) -> None:
    # round 47's error: "Touadera called Putin a 'great leader' and said ..." (no speaker)
    # (the model took the name for a place; here the fake finder does)
    body = 'Kowalczyk called Anna Berg a "great leader" and said the port had helped his country.'
    rows = claim_rows(res, TITLE, body, {**NAMES, "Kowalczyk": "GPE"})
    assert row_of(rows, "Kowalczyk") == ("attributed", "Kowalczyk")


def test_a_pronoun_calling_and_saying_is_not_taken_for_a_name(res: analyse.Resources) -> None:
    body = 'Anna Berg arrived on Monday.\nShe called the port a "great asset" and said it was safe.'
    assert _row(res, body, "She called") == ("attributed", "Anna Berg")


def test_a_headlines_paper_is_no_speaker(res: analyse.Resources) -> None:
    # open item (round 44): "Exclusive: South Africa will not interfere with ..., email says" read as "email" when
    # it opens the text below a headline
    rows = claim_rows(res, "Port news", "Exclusive: port workers will not strike in March, email says", NAMES)
    assert row_of(rows, "Exclusive") == ("reported", "")


@pytest.mark.parametrize(
    "title",
    [
        # round 49: "Judge said newly unsealed government documents show 'some evidence' of ..." (standfirst);
        # corpus: "Judge says Trump administration must continue funding consumer watchdog"
        "Judge says the port authority must continue funding the pilots",
        "Judge said the port authority must continue funding the pilots",
    ],
)
def test_a_lone_title_word_opening_a_headline_is_unnamed(res: analyse.Resources, title: str) -> None:
    assert _row(res, "The pilots went back to work on Monday.", "Judge", title=title) == ("reported", "")


def test_a_title_with_its_holders_name_stays_named(res: analyse.Resources) -> None:
    title = "Judge Anna Berg says the port authority must continue funding the pilots"
    assert _row(res, "The pilots went back to work on Monday.", "Judge", title=title)[1] == "Anna Berg"


def test_an_indefinite_platform_channel_is_unnamed(res: analyse.Resources) -> None:
    # round 51: "A military Telegram channel said cruise and ballistic missiles were being deployed in the city."
    body = "A military Telegram channel said drones were being launched at the port."
    assert _row(res, body, "A military") == ("reported", "")


def test_a_platform_channels_own_name_is_the_speaker(res: analyse.Resources) -> None:
    # corpus: "Russian Telegram channel Baza published CCTV footage of what it said was the moment of the explosion"
    body = "Russian Telegram channel Baza said the port had been hit twice."
    assert _row(res, body, "Russian Telegram") == ("attributed", "Baza")


def test_a_lone_title_word_is_the_person_the_text_names_with_it(res: analyse.Resources) -> None:
    # corpus: "Mayor says 'I will govern as a democratic socialist' at inauguration ..." / "Zohran Mamdani on Thursday
    # vowed to "reinvent" New York City in a speech on his first day as mayor"
    title = "Mayor says 'I will keep the port open' at the ceremony"
    body = "Anna Berg on Thursday vowed to rebuild the port in a speech on her first day as mayor."
    assert _row(res, body, "Mayor", title=title) == ("attributed", "Anna Berg")


def test_several_countries_speaking_name_no_one_alone(res: analyse.Resources) -> None:
    # round 51: "..., the two West African countries said they were acting in the name of "reciprocity" after the
    # White House announced on December 16 that ..." (read as the White House's)
    body = (
        "In separate statements, the two northern countries said they were acting in the name of reciprocity after "
        "the Harbour Institute announced on Monday that the port was closing."
    )
    assert _row(res, body, "In separate") == ("attributed", "")


def test_a_persons_words_relayed_by_a_body_are_the_persons(res: analyse.Resources) -> None:
    # round 51: "Kim affirmed that North Korea would keep devoting all its efforts to ..., KCNA said."
    body = "Anna Berg affirmed that the port would stay open all winter, the Harbour Institute said."
    assert _row(res, body, "Anna Berg") == ("attributed", "Anna Berg")


def test_a_persons_act_told_by_a_body_stays_the_bodys(res: analyse.Resources) -> None:
    # round 51: "Kim expressed satisfaction as the cruise missiles ... hit their target, KCNA said."
    body = "Anna Berg expressed satisfaction as the ships reached the port, the Harbour Institute said."
    assert _row(res, body, "Anna Berg") == ("attributed", "Harbour Institute")
