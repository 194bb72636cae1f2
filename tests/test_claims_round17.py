"""Claim status and speaker from the misses of the seventeenth labelling round (first sight on items nobody tuned
for): unnamed sources after an inverted verb without an article, "the regiment denied" for the body named before,
"what it said was" of a state that opens the sentence, "was quoted as stating", hopes as forecasts, characterisations
no one is named for, an acronym speaker the text spells out, "the ministry" for the ministry named just before, and
a quotation that goes on from an unnamed source's report (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

PEOPLE = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON"}


# --- unnamed sources after the verb -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "who",
    [
        "say officials",
        "says EU trade official",
        "says senior health ministry official",
        "say diplomats",
        "said a senior health ministry official, who asked not to be named",
    ],
)
def test_an_unnamed_source_after_the_verb_needs_no_article(res: analyse.Resources, who: str) -> None:
    title = f"Border crossing to stay closed until spring, {who}"
    text = title + "\n\nThe crossing was shut in October."
    assert status_of(res, title, text, "Border crossing", {}) == ("reported", "")


def test_a_name_after_the_verb_is_still_named(res: analyse.Resources) -> None:
    title = "Border crossing to stay closed until spring, says Anna Berg"
    text = title + "\n\nThe crossing was shut in October."
    assert status_of(res, title, text, "Border crossing", PEOPLE) == ("attributed", "Anna Berg")


# --- "the regiment denied": the body named before with that word ------------------------------------------------


@pytest.mark.parametrize("verb", ["denied", "said", "has denied"])
def test_the_noun_of_a_body_named_before_speaks_for_it(res: analyse.Resources, verb: str) -> None:
    text = (
        "Talks stall\n\nProsecutors linked the attack to the Northern Shield Regiment, which fights in the east.\n"
        f"The regiment {verb} any role in the attack on the depot."
    )
    names = {"Northern Shield Regiment": "ORG"}
    assert status_of(res, "Talks stall", text, "The regiment", names) == (
        "attributed",
        "Northern Shield Regiment",
    )


def test_the_noun_of_no_body_named_before_is_no_speaker(res: analyse.Resources) -> None:
    text = (
        "Talks stall\n\nThe depot burned for a day.\nThe regiment denied any role in the attack on the depot."
    )
    assert status_of(res, "Talks stall", text, "The regiment", {})[1] != "regiment"


# --- "what it said was": the state that opens the sentence -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States on Monday pledged $2bn in aid, part of what it said was a new model of assistance.",
        "Norway pledged $2bn in aid on Monday under what it described as a new model of assistance.",
    ],
)
def test_what_it_said_is_the_state_that_opens_the_sentence(res: analyse.Resources, sentence: str) -> None:
    names = {"United States": "GPE", "Norway": "GPE"}
    status, speaker = status_of(res, "Aid pledged", "Aid pledged\n\n" + sentence, sentence[:20], names)
    assert (status, speaker) == ("attributed", "United States" if "United" in sentence else "Norway")


# --- "was quoted as stating" ------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["stating", "telling reporters"])
def test_quoted_as_stating_is_a_statement(res: analyse.Resources, verb: str) -> None:
    sentence = f'"The sentence is cruel," Anna Berg was quoted as {verb}, without giving details.'
    assert status_of(res, "Sentence", "Sentence\n\n" + sentence, sentence[:20], PEOPLE) == (
        "attributed",
        "Anna Berg",
    )


# --- "the ministry" for the ministry named just before -----------------------------------------------------------


def test_the_ministry_is_the_ministry_named_just_before_when_none_spoke(res: analyse.Resources) -> None:
    text = (
        'Talks on a prisoner\n\nAnna Berg said that, "at the request of Norway\'s Ministry of Foreign Affairs," '
        'talks were held.\n"The death penalty is cruel," the ministry was quoted as stating.'
    )
    names = {**PEOPLE, "Ministry of Foreign Affairs": "ORG", "Norway": "GPE"}
    status, speaker = status_of(res, "Talks on a prisoner", text, '"The death penalty', names)
    assert status == "attributed" and speaker.endswith("Ministry of Foreign Affairs")


# --- forecasts and characterisations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg expressed hope that the games would build bridges between the two countries.",
        "Anna Berg voiced hope that the talks would end the war.",
    ],
)
def test_a_hope_expressed_is_a_forecast(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Games", "Games\n\n" + sentence, sentence[:20], PEOPLE) == (
        "speculative",
        "Anna Berg",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'The games were often characterized as a "pet project" of the president.',
        "The arrests are the latest in a series, in what some have termed a purge of the ministry.",
        "The arrests came in what critics call a purge of the ministry.",
    ],
)
def test_a_characterisation_no_one_is_named_for_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Games", "Games\n\n" + sentence, sentence[:20], {}) == ("reported", "")


# --- an acronym the text spells out -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Officials arrested for budget theft, NSB says", "NSB says officials arrested for budget theft"]
)
def test_an_acronym_speaker_is_named_as_the_text_spells_it_out(res: analyse.Resources, title: str) -> None:
    text = (
        title
        + "\n\nAccording to the National Security Bureau (NSB), the group took money from a farm programme."
    )
    names = {"NSB": "ORG", "National Security Bureau": "ORG"}
    assert status_of(res, title, text, title[:10], names) == ("attributed", "National Security Bureau")


# --- a quotation after an unnamed source's report ----------------------------------------------------------------


def test_a_quotation_after_an_unnamed_sources_report_goes_on_with_it(res: analyse.Resources) -> None:
    text = (
        "Satellites launched\n\nThree satellites were launched on Sunday, state television reported.\n"
        '"The satellites were launched by a rocket from the east and all three are in orbit. '
        "They will observe the weather."
    )
    assert status_of(res, "Satellites launched", text, '"The satellites', {}) == ("reported", "")


def test_a_quotation_after_an_unnamed_source_is_the_one_named_when_it_closes(res: analyse.Resources) -> None:
    text = (
        "Farmers stay\n\nMany farmers refuse to leave, residents said.\n"
        '"There is no thinking about withdrawal. We stay on our land," said Anna Berg, a farmer.'
    )
    assert status_of(res, "Farmers stay", text, '"There is no', PEOPLE) == ("attributed", "Anna Berg")


# --- a headline quoting its subject -----------------------------------------------------------------------------

NAMES = {**PEOPLE, "Berg": "PERSON", "Lind": "PERSON", "Norway": "GPE"}


@pytest.mark.parametrize(
    "title",
    [
        "Norway’s Berg asked Lind for ‘historic’ 50-year guarantee at summit",
        "Norway's Berg asked Lind for a 'historic' guarantee",
    ],
)
def test_words_a_headline_quotes_are_its_subject_s_when_the_body_credits_the_subject(
    res: analyse.Resources, title: str
) -> None:
    text = (
        title
        + "\n\nNorway's President Anna Berg said she asked Tomas Lind for guarantees lasting half a century."
    )
    assert status_of(res, title, text, title[:12], NAMES) == ("attributed", "Anna Berg")
