"""Guardian headlines that open with a quotation, in the forms main left unread (issue 11, round 118, the forms counted
over the 475 free Guardian titles of 2026-01-04): a quotation with an apostrophe inside a word ("'It's sad we have to
do this': ..."), a quotation whose own words are a forecast ("'These trees may not survive': ...") and a quotation
whose owner the headline describes with a capitalised qualifier or as a "boss" ("'Undermines free speech': Labour
MP hits back ..."). Sentences written for these tests after round 118's labelled titles; a small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Erik Dahl": "PERSON",
    "Mira Holt": "PERSON",
    "Norland": "GPE",
    "Westmark": "GPE",
    "Nemiroff": "ORG",
}


@pytest.mark.parametrize(
    "title",
    [
        # pool: "'It's sad we have to do this': the US citizens carrying passports out of fear"
        "'It's sad we have to do this': the citizens carrying passports out of fear",
        # pool: "'They didn't de-extinct anything': can Colossal's genetically engineered animals ever be the real thing?"
        "'They didn't bring back anything': can cloned animals ever be the real thing?",
        # pool: "'A bat's head': the best and worst gifts 11 people have ever received"
        "'A bat's head': the best and worst gifts people have ever received",
    ],
)
def test_an_opening_quotation_with_an_apostrophe_no_one_owns_is_reported(
    res: analyse.Resources, title: str
) -> None:
    assert row_of(claim_rows(res, title, "People in Norland carry their papers.", NAMES), title[:8]) == (
        "reported",
        "",
    )


def test_an_opening_quotation_with_an_apostrophe_is_the_person_after_the_colon(
    res: analyse.Resources,
) -> None:
    # round 39's "'They want to destroy my career': Kiwi Chow on ..." with a contraction in the quotation
    title = "'We didn't give up': Erik Dahl on ten years in exile"
    assert row_of(claim_rows(res, title, "He left Norland in 2015.", NAMES), "'We didn") == (
        "attributed",
        "Erik Dahl",
    )


def test_two_words_with_a_contraction_are_a_term(res: analyse.Resources) -> None:
    # the lead's ruling: a quotation of one or two words no one owns is a term ("'Ghost resorts': ...")
    title = "'Don't panic': a guide to the winter storms in Norland"
    assert row_of(claim_rows(res, title, "Storms hit Norland.", NAMES), "'Don") == ("unflagged", "")


@pytest.mark.parametrize(
    "title",
    [
        # pool: "'These trees may not survive': Jordan's ancient olive harvest wilts under record-breaking heat"
        "'These trees may not survive': the ancient olive harvest wilts under record heat",
        # pool (round 43's, left then): "'I never imagined we could buy an island': how a community saved ..."
        "'I never imagined we could buy an island': how a community saved Norland's coast",
    ],
)
def test_an_opening_quotations_own_forecast_no_one_owns_is_reported(
    res: analyse.Resources, title: str
) -> None:
    assert row_of(claim_rows(res, title, "The harvest fell by half.", NAMES), title[:8]) == ("reported", "")


def test_an_opening_quotations_own_forecast_keeps_its_named_speaker(res: analyse.Resources) -> None:
    title = "'We may never go home': Erik Dahl on life in exile"
    assert row_of(claim_rows(res, title, "He left Norland in 2015.", NAMES), "'We may") == (
        "speculative",
        "Erik Dahl",
    )


def test_a_forecast_of_the_headline_itself_stays_a_forecast(res: analyse.Resources) -> None:
    title = "'Very hard times': the harvest in Norland may fail this year"
    assert row_of(claim_rows(res, title, "Prices fell.", NAMES), "'Very") == ("speculative", "")


def test_a_quotation_of_an_mp_described_with_a_party_is_the_person_the_opening_paragraphs_name(
    res: analyse.Resources,
) -> None:
    # round 118 (pool): "'Undermines free speech': Labour MP hits back at US government over visa-related sanctions"
    title = "'Undermines free speech': Labour MP hits back at Westmark over visa sanctions"
    body = (
        "Chair of the technology committee says Westmark is trying to limit debate\n"
        "Norland politics live – latest updates\n"
        "A senior Labour MP has accused Westmark of undermining free speech.\n"
        "Erik Dahl, the chair of the technology committee, criticised the Westmark government on Wednesday."
    )
    assert row_of(claim_rows(res, title, body, NAMES), "'Undermines") == ("attributed", "Erik Dahl")


def test_a_quotation_of_a_boss_is_the_person_the_opening_paragraphs_name(res: analyse.Resources) -> None:
    # round 118 (pool): "'This is business as usual': boss of bombed Ukrainian vodka maker seeks to expand exports"
    title = "'This is business as usual': boss of bombed vodka maker seeks to expand exports"
    body = (
        "Nemiroff says products still reach shops despite production difficulties\n"
        'Businesses are "not sitting and waiting for the war to end", according to a leading exporter.\n\n'
        "Erik Dahl, the chief executive of Nemiroff, has said its products continue to reach shops."
    )
    assert row_of(claim_rows(res, title, body, NAMES), "'This is") == ("attributed", "Erik Dahl")


def test_a_quotation_of_several_mps_is_no_one_named(res: analyse.Resources) -> None:
    title = "'We will not back down': Labour MPs rebel over welfare cuts"
    body = "Erik Dahl, the chief whip, said the vote would go ahead."
    assert row_of(claim_rows(res, title, body, NAMES), "'We will") == ("reported", "")


def test_a_quotation_of_a_person_described_with_an_article_and_an_adjective_is_theirs(
    res: analyse.Resources,
) -> None:
    # round 51: "'I can't forget the horror': a young mother on giving birth twice during the Gaza war"
    title = "'Every night was terror': a young mother on giving birth during the war"
    body = 'Mira Holt gave birth in a tent in Norland.\n"It was hard," Mira Holt said.'
    assert row_of(claim_rows(res, title, body, NAMES), "'Every") == ("attributed", "Mira Holt")


def test_a_quotation_before_a_state_and_a_noun_is_no_described_person(res: analyse.Resources) -> None:
    # pool: "'Gunboat diplomacy on steroids': US signs security deals across Latin America" under a standfirst
    # quoting Nicolás Maduro on something else
    title = "'Gunboat diplomacy on steroids': Westmark signs security deals across the region"
    body = "Norland's Erik Dahl warns the deals may 'destabilise the entire region'"
    assert row_of(claim_rows(res, title, body, NAMES), "'Gunboat") == ("reported", "")


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        # corpus: "'I don't like winning': Toronto man outruns streetcars ..." / "Mac Bauer's racing activism has made ..."
        (
            "'I will keep running': Norland man outruns trams to show up a slow transit network",
            "Erik Dahl's racing activism has made traffic a big talking point for the city",
        ),
        # pool: "'Not my first rodeo': meet the 21-year-old serving as Georgia's youngest state legislator" /
        # "Democrat Muhammad Akbar Ali joins the Georgia state house ..."
        (
            "'This is not my first campaign': meet the 21-year-old serving as Norland's youngest legislator",
            "Democrat Erik Dahl joins the state house as a legislator for a suburb",
        ),
        # pool: "'He shouldn't be allowed to hide': the Golden State Killer's prosecutor on the relentless search ..." /
        # "Thien Ho considers his book ... part of a 'trilogy'"
        (
            "'He should never be allowed to hide': the Norland Killer's prosecutor on the long search for a murderer",
            "Erik Dahl considers his book part of a trilogy",
        ),
    ],
)
def test_a_quotation_of_one_described_person_is_the_person_the_standfirst_opens_with(
    res: analyse.Resources, title: str, standfirst: str
) -> None:
    body = f"{standfirst}\nThe city has grown."
    assert row_of(claim_rows(res, title, body, NAMES), title[:8]) == ("attributed", "Erik Dahl")


@pytest.mark.parametrize(
    "title",
    [
        "'We will not leave': the villagers of Norland facing eviction",  # several people
        "'It has hit us very hard': grief-stricken residents on how their world has changed",  # pool, several
        "'Gunboat diplomacy on steroids': Westmark signs security deals across the region",  # no person described
    ],
)
def test_a_quotation_of_people_or_of_no_one_described_is_not_the_standfirsts_person(
    res: analyse.Resources, title: str
) -> None:
    body = "Erik Dahl's campaign has made the eviction a talking point\nThe city has grown."
    assert row_of(claim_rows(res, title, body, NAMES), title[:8]) == ("reported", "")


def test_an_epithet_of_the_described_person_is_not_theirs(res: analyse.Resources) -> None:
    # corpus: "'Ferryman of the souls': the man who helps Taiwan's dead return home to China" / "Liu De-wen operates
    # at a sensitive space ...": what others may call him, no words of his
    title = "'Ferryman of the souls': the man who helps Norland's dead return home"
    body = "Erik Dahl operates at a sensitive space in Norland's history\nThe city has grown."
    assert row_of(claim_rows(res, title, body, NAMES), "'Ferryman") == ("reported", "")


def test_a_closing_quotation_is_the_speaker_of_the_body_sentence_that_quotes_it(
    res: analyse.Resources,
) -> None:
    # round 61: "Afghanistan-Pakistan border closure leaves thousands stranded: 'we miss our parents'"
    title = "Norland border closure leaves thousands stranded: 'we miss our parents'"
    body = 'Students are left hanging.\n"We miss our parents and relatives," said Erik Dahl, 25, who studies medicine.'
    assert row_of(claim_rows(res, title, body, NAMES), "Norland border") == ("attributed", "Erik Dahl")


def test_a_closing_quotation_of_one_described_person_is_the_person_the_body_opens_with(
    res: analyse.Resources,
) -> None:
    # round 101: "The US reporter who has witnessed 14 executions: 'People need to know what it looks like'"
    title = "The Norland reporter who has witnessed 14 executions: 'People need to know what it looks like'"
    body = "Norland-based journalist Erik Dahl observed the executions\nErik Dahl has watched 14 men die."
    assert row_of(claim_rows(res, title, body, NAMES), "The Norland") == ("attributed", "Erik Dahl")


@pytest.mark.parametrize(
    "title",
    [
        "Film review: 'One Battle After Another'",  # a title of a work
        "What we learned this year: 'the end of the beginning'",  # the outlet's own voice
        "Norland's new slogan: 'go green'",  # two words, a term
    ],
)
def test_a_closing_title_term_or_the_outlets_voice_is_no_ones_quotation(
    res: analyse.Resources, title: str
) -> None:
    assert row_of(claim_rows(res, title, "The year was long.", NAMES), title[:8]) == ("unflagged", "")


def test_a_closing_quotation_after_a_named_person_is_theirs(res: analyse.Resources) -> None:
    # pool: "How I Shop with Jo Malone: 'I like my bed steamed every day'" (the closing-quotation reader tried in the
    # twenty-sixth session was dropped for reading it as no one's)
    title = "How I Shop with Mira Holt: 'I like my bed steamed every day'"
    body = "Always wondered what celebrities buy? Mira Holt tells us."
    assert row_of(claim_rows(res, title, body, NAMES), "How I Shop") == ("attributed", "Mira Holt")
