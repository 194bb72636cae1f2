"""Claim status and speaker from the misses of the sixteenth labelling round (first sight on items nobody tuned
for): statements by verbs the rules did not read, whom "his spokeswoman" stands for when the others are only met,
two sources answering each other, outlets' witnesses and released figures, an institution's quotation going on,
a headline quoting its owner first, unnamed accusers and channels, and forecasts by inference (a small fake entity
finder; each pattern in both word orders where the sentence has two)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import status_of

PEOPLE = {"Anna Berg": "PERSON", "Tomas Lind": "PERSON", "Eva Holm": "PERSON"}


# --- verbs of speech --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"That is nearly 40% of all the loans," Anna Berg points out.',
        "Anna Berg points out that the loans have doubled since 2020.",
        "Anna Berg praised the deal on Monday, describing it as a turning point for the region.",
    ],
)
def test_pointing_out_and_describing_are_statements(res: analyse.Resources, sentence: str) -> None:
    text = "Loans to the region rose again.\n" + sentence
    assert status_of(res, "Loans rise", text, sentence[:20], PEOPLE) == ("attributed", "Anna Berg")


@pytest.mark.parametrize("dash", [" --", " —"])
def test_a_prediction_a_dash_opens_is_the_predictors_forecast(res: analyse.Resources, dash: str) -> None:
    sentence = f"Anna Berg made a dire prediction{dash} by 2030 the bank will be unable to pay its debts."
    assert status_of(res, "Bank in trouble", sentence, sentence[:20], PEOPLE) == ("speculative", "Anna Berg")


# --- "his spokeswoman said": whom "his" stands for --------------------------------------------------------------


@pytest.mark.parametrize(
    "met",
    [
        "with President Tomas Lind and Prime Minister Eva Holm",
        "with Prime Minister Eva Holm and President Tomas Lind",
    ],
)
def test_people_met_are_never_whom_his_spokesman_speaks_for(res: analyse.Resources, met: str) -> None:
    sentence = f"Anna Berg held constructive talks {met} in Oslo on Friday, his spokesman said."
    # the speaker spoke in the headline already: named again as the subject, he is still the one meant
    title = "Berg says talks in Oslo went well"
    assert status_of(res, title, sentence, sentence[:20], PEOPLE) == ("attributed", "Anna Berg")
    assert status_of(res, "Talks in Oslo", sentence, sentence[:20], PEOPLE) == ("attributed", "Anna Berg")


def test_only_people_met_leave_his_spokesman_unnamed(res: analyse.Resources) -> None:
    sentence = "Talks were held with President Tomas Lind and Prime Minister Eva Holm, his spokesman said."
    assert status_of(res, "Talks in Oslo", sentence, sentence[:20], PEOPLE) == ("attributed", "")


# --- two sources in one sentence ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Justice Ministry has accused Tomas Lind of fraud, but the former minister denies any wrongdoing.",
        "Tomas Lind says he never took a bribe, while the Justice Ministry says he hid the money abroad.",
        "Port facilities were damaged, the governor said, while Anna Berg said talks were going well.",
    ],
)
def test_two_sources_answering_each_other_are_no_one_speaker(res: analyse.Resources, sentence: str) -> None:
    names = {**PEOPLE, "the Justice Ministry": "ORG"}
    assert status_of(res, "Fraud case", sentence, sentence[:20], names) == ("attributed", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Lind said the plan would pass, but he denied that he had spoken to Anna Berg.",
        "The Justice Ministry said Tomas Lind hid the money, but officials said the case was weak.",
    ],
)
def test_one_source_with_a_pronoun_or_unnamed_others_keeps_its_speaker(
    res: analyse.Resources, sentence: str
) -> None:
    names = {**PEOPLE, "the Justice Ministry": "ORG"}
    status, speaker = status_of(res, "Fraud case", sentence, sentence[:20], names)
    assert speaker in ("Tomas Lind", "Justice Ministry")


# --- outlets' witnesses, released figures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Smoke rose over the port of Lota in the early hours of Saturday, according to Reuters witnesses, and the "
        "city was without power.",
        "According to Reuters witnesses, smoke rose over the port of Lota in the early hours of Saturday.",
    ],
)
def test_according_to_an_outlets_witnesses_is_the_outlet(res: analyse.Resources, sentence: str) -> None:
    names = {"Reuters": "ORG", "Lota": "GPE"}
    assert status_of(res, "Blasts in Lota", sentence, sentence[:20], names) == ("attributed", "Reuters")


def test_according_to_an_outlets_source_is_still_unnamed(res: analyse.Resources) -> None:
    sentence = "Smoke rose over the port of Lota on Saturday, according to an AFP source."
    names = {"AFP": "ORG", "Lota": "GPE"}
    assert status_of(res, "Blasts in Lota", sentence, sentence[:20], names) == ("reported", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign has killed at least 107 people, according to information released by the Health Ministry.",
        "According to information published by the Health Ministry, the campaign has killed at least 107 people.",
    ],
)
def test_according_to_information_released_by_a_body_is_that_body(
    res: analyse.Resources, sentence: str
) -> None:
    names = {"Health Ministry": "ORG"}
    assert status_of(res, "Campaign toll", sentence, sentence[:20], names) == (
        "attributed",
        "Health Ministry",
    )


# --- an institution's quotation goes on ---------------------------------------------------------------------------


def test_a_quotation_after_an_institutions_statement_in_its_paragraph_is_the_institutions(
    res: analyse.Resources,
) -> None:
    text = (
        "The general died of his injuries, a spokesperson for the Interior Ministry said. "
        '"Investigators are pursuing numerous lines of inquiry."'
    )
    names = {"Interior Ministry": "ORG"}
    assert status_of(res, "General killed", text, '"Investigators', names) == (
        "attributed",
        "Interior Ministry",
    )


def test_a_whole_quotation_in_the_next_paragraph_is_the_institutions_too(
    res: analyse.Resources,
) -> None:
    # restated in the fiftieth session: this guard expected no speaker for the next paragraph's quotation, a case no
    # label had; rounds 117 and 148 (two labellers, blind) give the institution a whole quoted sentence that follows
    # its statement in the next paragraph ('..., it said. / "Illegal aliens should take advantage ..."')
    text = (
        "The general died of his injuries, a spokesperson for the Interior Ministry said.\n"
        '"Investigators are pursuing numerous lines of inquiry."'
    )
    names = {"Interior Ministry": "ORG"}
    assert status_of(res, "General killed", text, '"Investigators', names) == (
        "attributed",
        "Interior Ministry",
    )


def test_a_quotation_two_paragraphs_on_is_not_continued_from_an_institution(res: analyse.Resources) -> None:
    text = (
        "The general died of his injuries, a spokesperson for the Interior Ministry said.\n"
        "The car had been parked outside his home overnight.\n"
        '"Investigators are pursuing numerous lines of inquiry."'
    )
    names = {"Interior Ministry": "ORG"}
    assert status_of(res, "General killed", text, '"Investigators', names)[1] != "Interior Ministry"


# --- a headline quoting its owner first ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "'Be fearful when others are greedy': Anna Berg's sharpest lessons in investing",
        "'Why wouldn't there be a change?' Anna Berg's latest on taxes",
    ],
)
def test_a_headline_opening_with_a_quotation_is_its_owners(res: analyse.Resources, title: str) -> None:
    assert status_of(res, title, "She retires this year.", title[:12], PEOPLE) == ("attributed", "Anna Berg")


def test_a_quoted_title_before_a_description_is_no_ones_words(res: analyse.Resources) -> None:
    title = "'Driving Home For Christmas' singer Anna Berg dies at 74"
    assert status_of(res, title, "She died in hospital.", title[:12], PEOPLE) == ("unflagged", "")


# --- accusers and channels no one names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Lind is accused of lying to the F.B.I. in a 2016 meeting.",
        "In a 2016 meeting with the bureau's lawyer, Tomas Lind was accused of lying about his links.",
    ],
)
def test_accused_of_by_no_one_named_is_reported(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Lawyer in court", sentence, sentence[:20], PEOPLE) == ("reported", "")


def test_accused_of_by_a_named_accuser_is_the_accusers(res: analyse.Resources) -> None:
    sentence = "The Justice Ministry accused Tomas Lind of lying to investigators."
    names = {**PEOPLE, "Justice Ministry": "ORG"}
    assert status_of(res, "Lawyer in court", sentence, sentence[:20], names) == (
        "attributed",
        "Justice Ministry",
    )


@pytest.mark.parametrize("ties", ["with links to the security services", "close to the army"])
def test_channels_with_ties_are_unnamed(res: analyse.Resources, ties: str) -> None:
    sentence = f"Russian Telegram channels {ties} reported that the car exploded on a Moscow street."
    names = {"Telegram": "ORG", "Moscow": "GPE"}
    assert status_of(res, "Blast in Moscow", sentence, sentence[:20], names) == ("reported", "")


@pytest.mark.parametrize(
    "title",
    [
        "Multiple explosions, aircraft sounds reported in Venezuela's Caracas",
        "Heavy Fighting Reported Near Kharkiv",
    ],
)
def test_a_headline_reported_by_no_one_is_reported(res: analyse.Resources, title: str) -> None:
    names = {"Venezuela": "GPE", "Caracas": "GPE", "Kharkiv": "GPE"}
    assert status_of(res, title, "Smoke rose over the city.", title[:12], names) == ("reported", "")


def test_a_headline_of_what_was_heard_is_plain(res: analyse.Resources) -> None:
    title = "Explosions heard in Venezuela's Caracas"
    names = {"Venezuela": "GPE", "Caracas": "GPE"}
    assert status_of(res, title, "Smoke rose over the city.", title[:12], names) == ("unflagged", "")


# --- forecasts by inference -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The fate of their $100 billion investment must now be worrying the bank's leaders.",
        "The bank's leaders must have known about the losses for months.",
        "The army is not about to invade the island, but the two sides are on a dangerous path.",
        "The coalition is about to collapse after the vote.",
        "The general was killed in what the ministry described as a likely assassination.",
    ],
)
def test_an_inference_or_the_near_future_is_speculative(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Bank", sentence, sentence[:20], {})[0] == "speculative"


@pytest.mark.parametrize(
    "sentence",
    [
        "Criticism is allowed, but it must be constructive.",
        "The envoy is alarmed by the strikes, the ministry said ahead of a likely council meeting.",
    ],
)
def test_an_obligation_or_a_likely_circumstance_is_no_forecast(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Bank", sentence, sentence[:20], {})[0] != "speculative"


# --- "they said" after an unnamed source ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "They said the mayor would become prime minister if the party wins the vote.",
        '"The mayor will become prime minister if the party wins," they said.',
    ],
)
def test_they_after_an_unnamed_source_stay_unnamed(res: analyse.Resources, sentence: str) -> None:
    text = "Two leaders formed an alliance on Monday, party officials said.\n" + sentence
    assert status_of(res, "Alliance formed", text, sentence[:12], PEOPLE) == ("reported", "")


def test_they_after_a_named_body_are_that_body(res: analyse.Resources) -> None:
    sentence = "They said the mayor would become prime minister if the party wins the vote."
    text = "Two leaders formed an alliance on Monday, the Freedom Party said.\n" + sentence
    names = {**PEOPLE, "the Freedom Party": "ORG"}
    assert status_of(res, "Alliance formed", text, sentence[:12], names) == ("attributed", "Freedom Party")


# --- a name in apposition to an office in capitals ------------------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Norway's Defence Minister, former general Anna Berg,",
        "Norway's defence minister, Anna Berg,",
    ],
)
def test_a_name_in_apposition_to_a_states_office_speaks_after_another_verb(
    res: analyse.Resources, subject: str
) -> None:
    sentence = f"{subject} stood in front of the parliament last week and said the army needed more money."
    names = {**PEOPLE, "Norway": "GPE"}
    assert status_of(res, "Army budget", sentence, sentence[:12], names) == ("attributed", "Anna Berg")


# --- "it states": a document the text opened with -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Money follows the emotions," it states on its second page.',
        "It states that money follows the emotions.",
    ],
)
def test_it_states_after_a_document_is_the_documents(res: analyse.Resources, sentence: str) -> None:
    text = "A handbook found during a police raid offers detailed instructions for scams.\n" + sentence
    assert status_of(res, "Scam handbook", text, sentence[:12], {}) == ("attributed", "handbook")


def test_it_said_after_a_body_spoke_is_still_the_body(res: analyse.Resources) -> None:
    text = (
        "A handbook found during a police raid offers instructions, the Crime Commission said.\n"
        '"Money follows the emotions," it said.'
    )
    names = {"the Crime Commission": "ORG"}
    assert status_of(res, "Scam handbook", text, '"Money', names) == ("attributed", "Crime Commission")


# --- a claim not made ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine has not claimed responsibility for the attack.",
        "Ukraine has never claimed the strike on the bridge.",
    ],
)
def test_a_claim_not_made_is_no_claim(res: analyse.Resources, sentence: str) -> None:
    assert status_of(res, "Bridge attack", sentence, sentence[:12], {"Ukraine": "GPE"}) == ("unflagged", "")


def test_a_claim_made_is_the_claimants(res: analyse.Resources) -> None:
    sentence = "The Freedom Front claimed responsibility for the attack in a statement."
    names = {"The Freedom Front": "ORG"}
    assert status_of(res, "Bridge attack", sentence, sentence[:12], names)[1] == "Freedom Front"
