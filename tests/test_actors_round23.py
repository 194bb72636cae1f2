"""Actors found without the watch list: the repairs that followed the twenty-third labelling round (a body's name
opened by a quote mark, a stock index, an office's building after "returned to the", two names glued by a lost
space, the speaker of a heading in capitals, a prefix before a common word), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import lower_actors_of as _named


def test_a_bodys_name_opened_by_a_quote_mark_is_the_name_after_it(res: analyse.Resources) -> None:
    text = "Leaders of the 'Velmor Compact' met in Oslo on Monday to agree on aid."
    assert _named(res, text, {"the 'Velmor Compact'": "ORG"}) == ["velmor compact"]


def test_one_word_before_an_indexs_size_is_the_index(res: analyse.Resources) -> None:
    text = "The Kresh 100 rose 2% on Monday as banks and miners gained."
    assert _named(res, text, {"Kresh": "ORG"}) == []
    # the same word before a verb is the body
    text = "Kresh rose 2% on Monday after its results, Ando Velmar said."
    assert _named(res, text, {"Kresh": "ORG", "Ando Velmar": "PERSON"}) == ["ando velmar", "kresh"]


def test_an_offices_building_after_returned_to_the_is_a_place(res: analyse.Resources) -> None:
    text = "Since Ando Kresh returned to the Velmor Palace, aides have left in droves."
    assert _named(res, text, {"the Velmor Palace": "ORG", "Ando Kresh": "PERSON"}) == ["ando kresh"]
    # the building speaking is the body it houses
    text = "The Velmor Palace said on Monday that Ando Kresh would stay."
    assert _named(res, text, {"The Velmor Palace": "ORG", "Ando Kresh": "PERSON"}) == [
        "ando kresh",
        "velmor palace",
    ]


def test_two_names_glued_by_a_lost_space_are_two(res: analyse.Resources) -> None:
    text = "The summit was built around KreshNato's secretary general. Kresh is expected on Tuesday."
    assert _named(res, text, {"KreshNato": "ORG", "Kresh": "PERSON"}) == ["kresh", "nato"]
    # one name in two parts stays one when its first part is never written alone ("SoftBank", "PetroChina")
    text = "VelmoKresh said on Monday it would buy the firm."
    assert _named(res, text, {"VelmoKresh": "ORG"}) == ["velmokresh"]


def test_a_heading_in_capitals_names_its_speaker_after_the_title(res: analyse.Resources) -> None:
    text = (
        'Leaders reacted on Friday.\nVELMORIAN PRIME MINISTER ANDO KRESHNIK:\n"This is a tragedy for us all."'
    )
    assert _named(res, text, {}) == ["ando kreshnik"]
    # a heading whose words after the title are common words names no one
    text = 'Leaders reacted on Friday.\nWHAT THE PRESIDENT SAID TODAY:\n"This is a tragedy for us all."'
    assert _named(res, text, {}) == []


def test_a_prefix_before_a_common_word_is_no_name(res: analyse.Resources) -> None:
    text = "Trump\n\nEx-special envoy Ando Kresh told the committee he had never met him."
    assert _named(res, text, {"Ex-special": "ORG", "Ando Kresh": "PERSON", "Trump": "PERSON"}) == [
        "ando kresh",
        "trump",
    ]


def test_a_legislatures_name_after_in_is_the_body(res: analyse.Resources) -> None:
    text = "The pact will be ratified in Congress next month, Ando Kresh said."
    assert _named(res, text, {"Congress": "ORG", "Ando Kresh": "PERSON"}) == ["ando kresh", "congress"]
    # another word after "in" is still a place
    text = "The pact will be signed in Velmora next month, Ando Kresh said."
    assert _named(res, text, {"Velmora": "ORG", "Ando Kresh": "PERSON"}) == ["ando kresh"]


def test_a_quoted_name_after_an_article_in_a_title_case_headline_is_a_things(res: analyse.Resources) -> None:
    title = "Norway Asked a Farm to Build a 'Goat Palace.' It Is Not Going Well."
    text = "Plans to keep goats warm in winter have gone awry."
    assert _named(res, text, {"Goat Palace": "PERSON"}, title) == []
    # the headline's subject is still a person
    title = "Ando Kresh Asked a Farm to Build a 'Goat Palace.' It Is Not Going Well."
    assert _named(res, text, {"Ando Kresh": "PERSON", "Goat Palace": "PERSON"}, title) == ["ando kresh"]


def test_a_common_word_a_report_is_credited_to_inside_a_sentence_is_a_body(res: analyse.Resources) -> None:
    text = (
        "House prices fell in March, Harvest says.\nThe average price fell to £200,000, according to Harvest."
    )
    assert _named(res, text, {"Harvest": "ORG"}) == ["harvest"]
    # the same word opening a sentence, or before a lower-case noun, is the common word
    text = "Harvest says a lot about the year.\nPrices rose, according to Harvest figures."
    assert _named(res, text, {"Harvest": "ORG"}) == []


def test_a_two_letter_acronym_a_title_case_headline_acts_on_is_kept(res: analyse.Resources) -> None:
    title = "Kresh Gets $20 Million Trimmed From EU Fine"
    text = "Judges cut the penalty on Monday."
    assert _named(res, text, {"Kresh": "ORG", "EU": "ORG"}, title) == ["eu", "kresh"]
    # a common acronym is no body
    title = "Kresh Bets Big on TV Rights"
    assert _named(res, text, {"Kresh": "ORG", "TV": "ORG"}, title) == ["kresh"]
