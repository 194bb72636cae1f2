"""Speaker and status errors found by scanning the analysis output over 1,560 unlabelled English corpus items for
suspicious classes (a speaker not in the text, a place or a common noun as speaker, a cut name, a sentence with
"said" left unflagged), not by labelling a round. Each test is a construction the scan showed failing, written on
invented names (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Halden": "GPE",
    "Red Cross": "ORG",
    "Hungary": "GPE",
}
TITLE = "Unrest spreads in the north"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


# --- an inverted verb, a description, then the name: '"...," said military strategist Jose Garcia' ------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The focus is now on the harbour," said Norlandic military strategist Tomas Lind.', "Tomas Lind"),
        ('"We had a black hole in the airspace," said aviation safety expert Anna Berg.', "Anna Berg"),
        (
            '"Prices will settle by spring," says senior market analyst Anna Berg of the Red Cross.',
            "Anna Berg",
        ),
        # a name the model did not read: the capitalised words after the description
        (
            '"We had a black hole in the airspace," said aviation safety expert Faithon Karaiosifidis.',
            "Faithon Karaiosifidis",
        ),
    ],
)
def test_an_inverted_verb_then_a_description_then_a_name_is_that_persons(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    status, who = row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20])
    assert status in ("attributed", "speculative") and who == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        '"He was there," said neighbours who had seen Tomas Lind.',
        '"It is over," said the lawyer for Anna Berg.',
    ],
)
def test_a_clause_or_a_preposition_before_the_name_is_no_description(
    res: analyse.Resources, sentence: str
) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20])[1] not in (
        "Tomas Lind",
        "Anna Berg",
    )


# --- a name, then an appositive, then the verb: '"...," Oleh Kiper, governor of the Odesa region, said' --------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # names the model did not read (a long text, a rare name): the capitalised words before the appositive
        ('"The town is hit," Oleh Kiper, governor of the Halden region, said.', "Oleh Kiper"),
        (
            "The port was closed on Monday, Halvard Moen, director of the energy research centre, said.",
            "Halvard Moen",
        ),
    ],
)
def test_a_name_before_an_office_appositive_and_a_closing_verb_speaks(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        speaker,
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The town is hit," Tomas Lind, governor of the Halden region, said on Telegram.', "Tomas Lind"),
        (
            "The port was closed on Monday, Anna Berg, director of the energy research centre in Eastwick, said.",
            "Anna Berg",
        ),
    ],
)
def test_a_name_the_model_read_before_an_appositive_still_speaks(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        speaker,
    )


def test_common_words_after_a_description_of_a_person_are_a_name(res: analyse.Resources) -> None:
    sentence = '"The focus is now on the harbour," said Venezuelan military strategist Jose Garcia.'
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        "Jose Garcia",
    )


# --- "according to" a noun phrase no rule names: a source all the same ---------------------------------------
# (55 of the 200 unlabelled sentences with "said/told/says/according to" left unflagged; the labels flag nearly every
# "according to" sentence: an indefinite source, data or results are not named, a definite one speaks as written)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prices rose 12% from last year, according to the statistics centre.",
            ("attributed", "statistics centre"),
        ),
        (
            "Residents received power for four hours a day, according to the local electricity supplier.",
            ("attributed", "local electricity supplier"),
        ),
        (
            "House prices fell in December, according to a top mortgage lender, with the market weak.",
            ("reported", ""),
        ),
        ("The toll rose to 40 on Sunday, according to emergency services.", ("reported", "")),
        (
            "About 2,000 people died last year, according to research on the costliest disasters.",
            ("reported", ""),
        ),
        (
            "Halvard Moen has been elected president, according to provisional results announced on Tuesday.",
            ("reported", ""),
        ),
    ],
)
def test_according_to_a_noun_phrase_no_rule_names_is_a_source(
    res: analyse.Resources, sentence: str, expected: tuple[str, str]
) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Norlandic law, the president has the authority to pardon convicts.",
        "The monarch, according to the constitution, appoints the prime minister.",
    ],
)
def test_according_to_a_law_is_no_source(res: analyse.Resources, sentence: str) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == ("unflagged", "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Premiums rise by 14 percent, according to an analysis by the healthcare research nonprofit KFF.",
            "KFF",
        ),
        (
            "Six in ten adults were worried, according to a recent poll from the Westfield Center on Health.",
            "Westfield Center on Health",
        ),
        (
            "The jackpot was the largest of the year, according to www.lotto-example.com.",
            "www.lotto-example.com",
        ),
    ],
)
def test_according_to_a_paper_from_a_named_issuer_is_the_issuers(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        speaker,
    )


def test_according_to_a_phrase_with_no_source_noun_is_left_as_it_was(res: analyse.Resources) -> None:
    sentence = "Norland is expected to receive 3 billion euros every year, according to earlier discussions."
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == ("speculative", "")


def test_according_to_a_paper_a_pronoun_made_is_not_an_unnamed_source(res: analyse.Resources) -> None:
    sentence = "Hours before his arrest, Tomas Lind met a delegation in Halden, according to photos he posted online."
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20])[0] != "reported"


# --- a state that only qualifies who speaks: "Latvia PM says", "UK campaigner ... accuses" ---------------------


def test_a_state_before_an_office_in_a_headline_is_the_office_the_body_names(res: analyse.Resources) -> None:
    title = "Norland PM says the harbour will reopen next week"
    body = "Prime Minister Anna Berg said on Monday that the harbour would reopen. Repairs are under way."
    assert row_of(claim_rows(res, title, body, NAMES), "Norland PM") == ("attributed", "Anna Berg")


def test_a_state_before_a_person_noun_is_no_speaker(res: analyse.Resources) -> None:
    title = "Norland campaigner targeted by Tomas Lind accuses tech giants of greed"
    body = "The roads were quiet. Nothing else happened on Monday."
    assert row_of(claim_rows(res, title, body, NAMES), "Norland campaigner") == (
        "attributed",
        "Norland campaigner",
    )


def test_a_state_before_an_office_and_its_holder_is_the_holder(res: analyse.Resources) -> None:
    sentence = "Norland envoy Tomas Lind said on Monday that the talks had failed."
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        "Tomas Lind",
    )


def test_a_state_before_a_paper_is_not_made_a_person(res: analyse.Resources) -> None:
    sentence = "The Norland statement said the talks had failed on Monday."
    assert (
        row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20])[1] != "Norland statement"
    )


# --- "it said" resolved to a state whose body opens the sentence: "Hong Kong's anti-graft agency ..., it said" -


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Hungary's anti-graft agency arrested 21 people on suspicion of corruption, it said on Friday.",
            "Hungary's anti-graft agency",
        ),
        (
            "Hungary's government has commented on the explosions, which it says were due to attacks.",
            "Hungary's government",
        ),
    ],
)
def test_it_said_after_a_states_body_is_the_body(res: analyse.Resources, sentence: str, speaker: str) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        speaker,
    )


# --- a body the model did not read, named with "of/for" inside: "The Syrian Observatory for Human Rights said" --


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Syrian Observatory for Human Rights said a young man was shot dead during the unrest.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "The Asian Network for Free Elections said the framework had no minimum turnout.",
            "Asian Network for Free Elections",
        ),
    ],
)
def test_the_capitalised_body_with_of_or_for_inside_speaks(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        speaker,
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"It is one of the most momentous decisions," said Brian Winter, editor-in-chief of Americas Quarterly.',
            "Brian Winter",
        ),
        (
            '"It has done a lot to keep the peace," said Gregory Waters, a senior fellow at the Atlantic Council.',
            "Gregory Waters",
        ),
    ],
)
def test_common_words_after_an_inverted_verb_and_before_a_persons_appositive_are_a_name(
    res: analyse.Resources, sentence: str, speaker: str
) -> None:
    assert row_of(_claims(res, f"The roads were quiet.\n\n{sentence}"), sentence[:20]) == (
        "attributed",
        speaker,
    )
