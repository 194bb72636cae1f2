"""Speakers from the misses of the forty-third labelling round (Guardian excerpts, first sight) and the rounds before
it, by construction rather than by sentence: a finding's owner named before its noun or after "by" ("A Met Office
analysis ... found", "A report by X estimated"); a named source beside unnamed ones ("the navy and government
officials said": `reported`, the named one kept); a headline's quotation anywhere in it credited to the body sentence
that quotes its words; "it said" with no body that spoke before is the body a sentence before opened with; "both men
said" names the two people named before; a sub-heading in capitals "NAME: ..." is that person's (a small fake entity
finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Anna Berg": "PERSON",
    "Berg": "PERSON",
    "Tomas Lind": "PERSON",
    "Lind": "PERSON",
    "Norland": "GPE",
    "Harbour Institute": "ORG",
    "Nordic Freight": "ORG",
    "Coastal Board": "ORG",
    "Port Authority": "ORG",
}
TITLE = "Storm closes the northern ports"


def _claims(res: analyse.Resources, body: str, title: str = TITLE) -> list[tuple[str, str, str]]:
    return claim_rows(res, title, body, NAMES)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 43: "A Met Office analysis of data from the annual new year's plant hunt ... found ..."
        (
            "A Harbour Institute analysis of data from the annual port survey found an extra 2.5 closures a year.",
            ("attributed", "Harbour Institute"),
        ),
        # round 37: "A 2023 report by Spain's human rights ombudsman estimated hundreds of thousands of victims"
        (
            "A 2023 report by Norland's human rights ombudsman estimated thousands of victims.",
            ("attributed", "Norland's human rights ombudsman"),
        ),
        # round 39: "The analysis by S&P Global, first reported by CNBC, documented what ..."
        (
            "The analysis by the Harbour Institute, first reported by local radio, documented a rise in closures.",
            ("attributed", "Harbour Institute"),
        ),
    ],
)
def test_a_finding_is_its_owners(res: analyse.Resources, sentence: str, expected: tuple[str, str]) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == expected


def test_a_finding_of_no_one_named_keeps_no_owner(res: analyse.Resources) -> None:
    # "a report on the bodies found in ...": a participle, not the finding's verb
    sentence = "A report by a local prosecutor found nothing unusual."
    assert row_of(_claims(res, sentence), sentence[:20])[1] == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 43: "..., the Ukrainian navy and government officials said."
        ("Two ships were hit overnight, the Coastal Board and government officials said.", "Coastal Board"),
        ("Two ships were hit overnight, Nordic Freight and local residents said.", "Nordic Freight"),
    ],
)
def test_a_named_source_beside_unnamed_ones_is_kept(
    res: analyse.Resources, sentence: str, expected: str
) -> None:
    assert row_of(_claims(res, sentence), sentence[:20]) == ("reported", expected)


def test_unnamed_sources_alone_stay_unnamed(res: analyse.Resources) -> None:
    sentence = "Two ships were hit overnight, residents and government officials said."
    assert row_of(_claims(res, sentence), sentence[:20]) == ("reported", "")


def test_a_headline_quotation_is_the_speaker_whose_words_it_quotes(res: analyse.Resources) -> None:
    # round 43: "Ukraine war briefing: 'Attack on global food security' as Russia hits wheat ships and ports" over
    # "..., said the navy, adding that the attacks ... "threaten ... and undermine global food security."
    title = "Port briefing: 'Attack on northern grain routes' as storm hits ships"
    body = (
        "Two ships were hit on Tuesday.\n"
        'The ships were struck, said Anna Berg, adding that the attacks "undermine northern grain routes.\n'
        'They are a crime".'
    )
    assert row_of(_claims(res, body, title), "Port briefing") == ("attributed", "Anna Berg")


def test_a_scare_quote_in_a_headline_is_no_ones(res: analyse.Resources) -> None:
    title = "Officials triple 'self-deport' stipend for migrants"
    body = 'Anna Berg said the "self-deport" stipend would rise.'
    assert row_of(_claims(res, body, title), "Officials triple") == ("unflagged", "")


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Institute raised its storm warning on Thursday. It said the winds would reach 120 km/h.",
        "The Harbour Institute raised its storm warning on Thursday.\nIt said the winds would reach 120 km/h.",
        "Shipping agent Nordic Freight will cut 20 sailings this week.\nIt said the winds would reach 120 km/h.",
    ],
)
def test_it_said_is_the_body_a_sentence_before_opens_with(res: analyse.Resources, body: str) -> None:
    speaker = "Nordic Freight" if "Nordic" in body else "Harbour Institute"
    assert row_of(_claims(res, body), "It said") == ("attributed", speaker)


def test_it_said_after_a_person_opens_is_not_that_person(res: analyse.Resources) -> None:
    body = "Anna Berg raised the storm warning on Thursday. It said the winds would reach 120 km/h."
    assert row_of(_claims(res, body), "It said")[1] != "Anna Berg"


@pytest.mark.parametrize("opening", ["Both men said", "The two leaders said"])
def test_both_men_are_the_two_named_before(res: analyse.Resources, opening: str) -> None:
    # round 40's label: "both men said" names the two ("Donald Trump and Gustavo Petro")
    body = f"Anna Berg and Tomas Lind spoke by phone on Wednesday.\n{opening} the call was productive."
    assert row_of(_claims(res, body), opening) == ("attributed", "Anna Berg and Tomas Lind")


def test_both_agreeing_to_act_is_no_statement(res: analyse.Resources) -> None:
    body = "Anna Berg and Tomas Lind spoke by phone on Wednesday.\nBoth leaders agreed to meet in Oslo."
    assert row_of(_claims(res, body), "Both leaders") == ("unflagged", "")


def test_both_men_of_three_named_are_not_guessed(res: analyse.Resources) -> None:
    body = "Anna Berg, Tomas Lind and Ola Nord met on Wednesday.\nBoth men said the call was productive."
    names = {**NAMES, "Ola Nord": "PERSON"}
    assert row_of(claim_rows(res, TITLE, body, names), "Both men")[1] == ""


def test_a_capital_subheading_is_the_person_it_names(res: analyse.Resources) -> None:
    # round 40's label: "TRUMP: OIL MONEY 'WILL BE CONTROLLED BY ME'" is his
    body = (
        "Anna Berg spoke at length on Tuesday about the ports.\n"
        "BERG: PORT MONEY 'WILL BE CONTROLLED BY ME'\n"
        '"The money will be controlled by me," Berg told reporters.'
    )
    assert row_of(_claims(res, body), "BERG:") == ("attributed", "Anna Berg")


@pytest.mark.parametrize(
    "body",
    [
        # the lead's class: "he said" credited to a woman named before (Machado)
        'Anna Berg said on Monday she would return to Norland. Berg thanked her supporters.\n"We are ready," he said.',
        'Tomas Lind met Anna Berg on Thursday. Berg gave him her medal.\n"It was a great honour," she said.',
    ],
)
def test_he_is_never_a_woman_the_text_calls_she(res: analyse.Resources, body: str) -> None:
    rows = _claims(res, body)
    if '"We are ready,"' in body:
        assert row_of(rows, '"We are ready') == ("attributed", "")
    else:
        assert row_of(rows, '"It was') == ("attributed", "Anna Berg")


def test_an_object_pronoun_tells_no_gender(res: analyse.Resources) -> None:
    # "Lind thanked her for ...": "her" is someone else, so Lind may still be "he"
    body = 'Tomas Lind thanked her for the flowers on Thursday.\n"It was a great honour," he said.'
    assert row_of(_claims(res, body), '"It was') == ("attributed", "Tomas Lind")


def test_a_description_is_no_gendered_pronoun(res: analyse.Resources) -> None:
    # "the 26-year-old activist told the Guardian" after "Zarmina Paryani and her sisters froze": she, not "he"
    body = (
        "Anna Berg and her sisters froze when the knocking began.\n"
        '"We always knew the risks," the 26-year-old activist told reporters.'
    )
    assert row_of(_claims(res, body), '"We always') == ("attributed", "Anna Berg")


def test_the_company_of_several_is_the_one_the_headline_opens_with(res: analyse.Resources) -> None:
    # round 43: "BP agrees deal to sell £7.4bn stake in Castrol to US investment firm" / "..., the company said"
    title = "Nordic Freight agrees deal to sell stake in Coastal Board"
    body = (
        "Nordic Freight has agreed to sell a majority stake in the Coastal Board to the Harbour Institute.\n"
        "The deal is expected to close at the end of next year, the company said on Wednesday."
    )
    assert row_of(_claims(res, body, title), "The deal") == ("speculative", "Nordic Freight")


def test_the_company_of_several_with_no_body_opening_the_headline_stays_as_written(
    res: analyse.Resources,
) -> None:
    title = "Shipping deal agreed"
    body = (
        "Nordic Freight has agreed to sell a majority stake in the Coastal Board to the Harbour Institute.\n"
        "The deal is expected to close at the end of next year, the company said on Wednesday."
    )
    assert row_of(_claims(res, body, title), "The deal") == ("speculative", "company")


def test_a_headline_office_is_the_speaker_who_holds_it(res: analyse.Resources) -> None:
    # round 37: "Berlin mayor warns on infrastructure ..." over "Berlin's mayor said ..." and "..., Interior Minister
    # Alexander Dobrindt told ...": the mayor, not the first person who speaks
    title = "Norland mayor warns on infrastructure after port attack"
    body = (
        "Norland's mayor said on Monday the city's infrastructure needed better protection.\n"
        '"Sabotage is back," Interior Minister Tomas Lind told reporters.'
    )
    assert row_of(_claims(res, body, title), "Norland mayor") == ("attributed", "Norland's mayor")


def test_a_headline_office_the_first_speaker_holds_is_theirs(res: analyse.Resources) -> None:
    title = "Norland mayor warns on infrastructure after port attack"
    body = "Norland mayor Anna Berg said on Monday the city's infrastructure needed better protection."
    assert row_of(_claims(res, body, title), "Norland mayor") == ("attributed", "Anna Berg")


def test_a_setting_between_asked_and_the_question_is_not_the_speaker(res: analyse.Resources) -> None:
    # round 38: "When asked in a separate interview about Danish Prime Minister Mette Frederiksen telling Trump to
    # stop threatening Greenland, Starmer said: ..."
    body = (
        "When asked in a separate interview about Anna Berg telling the minister to stop the closures, "
        'Tomas Lind said: "I stand with her."'
    )
    assert row_of(_claims(res, body), "When asked") == ("attributed", "Tomas Lind")


def test_it_did_not_but_said_is_the_body_that_spoke(res: analyse.Resources) -> None:
    # round 38: "In a statement, the interior ministry said ... / It did not provide further details on Chen Zhi or
    # the alleged crimes, but said his Cambodian citizenship had been revoked."
    body = (
        "The Harbour Institute closed the port on Monday.\n"
        "It gave no reason but said the closure would last a week."
    )
    assert row_of(_claims(res, body), "It gave") == ("attributed", "Harbour Institute")


def test_she_is_a_name_the_model_called_an_organisation(res: analyse.Resources) -> None:
    # round 38: "Annouk Perret came to pay her respects ... / ..., Perret told Reuters. / "We've come today ... / We
    # need to see the place where it happened," she said.": the model's organisation that the text calls "she"
    names = {"Anna Berg": "ORG", "Berg": "ORG"}
    body = (
        "When Anna Berg came to pay her respects at the port, she knew she could have been one of them.\n"
        "Afterwards, the family learned that a friend had died there, Berg told reporters.\n"
        '"We have come today because we need to be here. We need to see the place where it happened," she said.'
    )
    rows = claim_rows(res, TITLE, body, names)
    assert row_of(rows, "We need to see") == ("attributed", "Anna Berg")
