"""Claim status and speaker from the misses of the twenty-sixth labelling round (first sight on items nobody tuned
for) and from leftovers of rounds 24 and 25, by the sentence's structure: a quotation's later quoted words, a
lower-case kind noun after a name, an office of a place, a poll's shares, an
office opening a standfirst, a headline's condemnation, a sentence that opens with a time adverbial, what a count is
based on, hedging adjectives and views no one is named for (a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claims_of, status_of

NAMES = {
    "Anna Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Norland": "GPE",
    "Eastwick": "GPE",
    "Selby": "ORG",
}
TITLE = "Protests spread in the north"


def _status(res: analyse.Resources, text: str, start: str, title: str = TITLE) -> tuple[str, str]:
    return status_of(res, title, f"{title}\n\n{text}", start, NAMES)


# --- a quotation closed, then quoted words later in the same sentence ----------------------------------------------


def test_a_quotation_closed_before_its_speaker_is_his_though_the_sentence_quotes_again(
    res: analyse.Resources,
) -> None:
    text = (
        "Tomas Lind condemned the move, a spokesman said.\n"
        '"The treaty remains applicable to the agency and its assets. Property used by the agency is inviolable," '
        'Anna Berg, spokeswoman for the secretary-general, said while adding that it is an "integral" part of it.'
    )
    assert _status(res, text, '"The treaty remains') == ("attributed", "Anna Berg")
    assert _status(res, text, "Property used") == ("attributed", "Anna Berg")


# --- a lower-case kind noun after a name is no part of it ----------------------------------------------------------


def test_a_news_agency_is_its_name_without_the_kind_noun(res: analyse.Resources) -> None:
    text = (
        'Protests in Eastwick were described as "limited" by the Kestrel news agency, which said they were small.\n'
        "The news agency said the situation in Eastwick was calm."
    )
    assert _status(res, text, "Protests in Eastwick")[1] == "Kestrel"
    assert _status(res, text, "The news agency said") == ("attributed", "Kestrel")


def test_a_demonym_before_a_kind_noun_is_no_name(res: analyse.Resources) -> None:
    text = "The Eastwickian news agency said the situation in Eastwick was calm."
    assert _status(res, text, text[:20])[1] != "Eastwickian"


# --- an office of a place --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor of Eastwick told state media that the protests were caused by inflation.",
        "The governor of Eastwick said the protests were caused by inflation.",
    ],
)
def test_an_office_of_a_place_speaks_as_written(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("attributed", "governor of Eastwick")


def test_the_quotation_of_an_office_of_a_place_goes_on_with_it(res: analyse.Resources) -> None:
    text = (
        'The governor of Eastwick told state media that "the protests were caused by inflation. Individuals '
        'influenced by hostile channels took part in them".'
    )
    assert _status(res, text, "Individuals") == ("attributed", "governor of Eastwick")


# --- NGOs are not named ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the announcement, several NGOs questioned whether the government released as many as it said.",
        "Norland NGOs have estimated that around 900 political prisoners are still detained.",
    ],
)
def test_ngos_not_named_are_an_unnamed_source(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("reported", "")


# --- speculation spoken of -----------------------------------------------------------------------------------------


def test_speculation_about_a_topic_is_no_forecast(res: analyse.Resources) -> None:
    text = (
        "Anna Berg said on Sunday she would still be in power this time next year, in the face of low poll numbers "
        "and speculation about a possible leadership challenge."
    )
    assert _status(res, text, text[:20]) == ("attributed", "Anna Berg")


def test_speculation_that_something_will_happen_is_still_a_forecast(res: analyse.Resources) -> None:
    text = "There is speculation that Anna Berg will resign before the summer."
    assert _status(res, text, text[:20])[0] == "speculative"


# --- a poll's shares --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nearly half (45%) of Americans said their financial security is getting worse.",
        "57% of voters said the economy is undergoing a recession, up 11% from a similar poll.",
        'While 65% of Democrats cited it as a "very big problem", just 48% of Republicans did.',
    ],
)
def test_a_share_of_a_group_is_a_polls_figure_the_outlet_tells(res: analyse.Resources, sentence: str) -> None:
    assert _status(res, sentence, sentence[:20]) == ("unflagged", "")


def test_a_share_of_officials_is_still_an_unnamed_source(res: analyse.Resources) -> None:
    text = "Half of the officials said the talks had failed."
    assert _status(res, text, text[:20]) == ("reported", "")


# --- an office opening a standfirst ----------------------------------------------------------------------------------


def test_an_office_opening_a_standfirst_is_the_person_the_text_names(res: analyse.Resources) -> None:
    title = "Norland attack: what we know so far as Tomas Lind claims victory"
    text = (
        "Norland president confirms attack on Eastwick and says its leader has been flown out of the country\n"
        "The Norland president, Tomas Lind, has said the leader of Eastwick has been captured."
    )
    assert _status(res, text, "Norland president confirms", title) == ("attributed", "Tomas Lind")


# --- a headline's condemnation ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "UN chief condemns Norland law blocking electricity, water for refugee facilities",
        "Eastwick condemns Norland new year drone attack on power infrastructure",
    ],
)
def test_a_headline_condemnation_with_no_words_quoted_is_an_act(res: analyse.Resources, title: str) -> None:
    text = "Anna Berg condemned the law on Wednesday, a spokesman said."
    assert _status(res, text, title[:20], title) == ("unflagged", "")


def test_a_headline_condemnation_that_says_something_is_a_statement(res: analyse.Resources) -> None:
    title = "Anna Berg condemns attack, says Norland will respond"
    text = "Anna Berg condemned the attack on Wednesday, a spokesman said."
    assert _status(res, text, title[:20], title) == ("attributed", "Anna Berg")


# --- a sentence that opens with a time adverbial --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Earlier on Wednesday, Anna Berg\'s top adviser hailed "concrete results" in the talks.',
        "On Wednesday, Anna Berg's top adviser said the talks went well.",
    ],
)
def test_an_opening_adverbial_does_not_hide_the_subject(res: analyse.Resources, sentence: str) -> None:
    status, speaker = _status(res, sentence, sentence[:20])
    assert status == "attributed"
    assert speaker.startswith("Anna Berg") and speaker.endswith("adviser")


def test_an_opening_adverbial_before_no_speech_is_no_claim(res: analyse.Resources) -> None:
    text = "On Monday, the talks in Eastwick ended without a deal."
    assert _status(res, text, text[:20]) == ("unflagged", "")


# --- hailed with words quoted ----------------------------------------------------------------------------------------


def test_hailed_with_words_quoted_is_a_statement(res: analyse.Resources) -> None:
    text = 'Anna Berg hailed "concrete results" in the talks with Eastwick.'
    assert _status(res, text, text[:20]) == ("attributed", "Anna Berg")


def test_hailed_with_nothing_quoted_is_praise_given_in_words(res: analyse.Resources) -> None:
    # round 26 read this as an act; the blind rounds since label "X hailed / praised <what>" the speaker's statement
    # (rounds 37, 62, 89, 111 and 120: "Charles praised individuals who risked their lives", forty-fourth session)
    text = "Anna Berg hailed the talks with Eastwick."
    assert _status(res, text, text[:20]) == ("attributed", "Anna Berg")


# --- what a count is based on ---------------------------------------------------------------------------------------


def test_a_named_count_based_on_reports_is_the_counters(res: analyse.Resources) -> None:
    text = (
        "The protests have affected at least 40 cities, according to a Selby tally based on official announcements "
        "and media reports."
    )
    assert _status(res, text, text[:20]) == ("attributed", "Selby")


def test_a_count_no_one_is_named_for_is_reported(res: analyse.Resources) -> None:
    text = "At least 12 people have been killed, according to a toll based on official reports."
    assert _status(res, text, text[:20]) == ("reported", "")


# --- hedges and views no one is named for ----------------------------------------------------------------------------


def test_the_reported_adjective_hedges(res: analyse.Resources) -> None:
    text = "Protests began among shopkeepers in Eastwick on Sunday, with the reported break-in attempt on Wednesday."
    assert _status(res, text, text[:20]) == ("reported", "")


def test_a_body_that_reported_figures_is_no_hedge(res: analyse.Resources) -> None:
    text = "Selby reported profits of $3bn for the year."
    assert _status(res, text, text[:20]) == ("attributed", "Selby")


def test_a_view_widely_held_is_reported(res: analyse.Resources) -> None:
    text = 'The "Five-Point Consensus" peace plan has been largely seen as a failure, with the rulers refusing to meet.'
    assert _status(res, text, text[:20]) == ("reported", "")


def test_a_plain_seen_as_is_no_hedge(res: analyse.Resources) -> None:
    assert claims_of(res, TITLE, f"{TITLE}\n\nAnna Berg was seen as a reformer in Eastwick.", NAMES) == []


# --- "should" with an outcome ---------------------------------------------------------------------------------------


def test_should_with_an_outcome_is_a_forecast_with_its_speaker(res: analyse.Resources) -> None:
    text = "The decision to close the border should have a positive impact on trade with Eastwick, Anna Berg said."
    assert _status(res, text, text[:20]) == ("speculative", "Anna Berg")


def test_should_with_an_action_is_an_obligation(res: analyse.Resources) -> None:
    text = "Anna Berg said the two sides should exercise restraint and prioritise dialogue."
    assert _status(res, text, text[:20]) == ("attributed", "Anna Berg")
