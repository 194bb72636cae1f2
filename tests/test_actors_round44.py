"""Actors found without the watch list: the repairs that followed the forty-fourth labelling round (an award's name
the model calls a body, a programme quoted after its set, a speaker whose given name is a weekday, and round 43's
quoted troop grouping), each on a short text written for it. The model's spans are given by a fake finder (no model
is loaded); the phrase index (gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_common_words_the_item_names_as_an_award_are_no_body(res: analyse.Resources) -> None:
    # "Best of Buy Side Awards 2025: Travel" and "these Buy Side best product award-winning luggage picks" (round 44:
    # an organisation to the model in the text)
    title = "Best of Home Front Awards 2025: Kitchens"
    text = "Tested by our writers, these Home Front best product picks will brighten any kitchen."
    assert actors_of(res, text, {"Home Front": "ORG"}, title=title) == []
    # a body's own name of uncommon words keeps it, and so do common words the item never names as an award
    text = "Tested by our writers, these Home Front picks will brighten any kitchen."
    assert actors_of(res, text, {"Home Front": "ORG"}) == ["Home Front"]


def test_a_programme_quoted_after_its_set_is_no_body(res: analyse.Resources) -> None:
    # 'Sarah Murphree as Pam Dawber on the set of "Mork & Mindy."' (round 44: the quoted sitcom an organisation)
    text = 'The actor posted a scene he shot on the set of "Laverne & Shirley."'
    assert actors_of(res, text, {'"Laverne & Shirley': "ORG"}) == []
    text = 'Fans have waited for a new season of "Abbott Elementary" since May.'
    assert actors_of(res, text, {"Abbott Elementary": "ORG"}) == []
    # a quoted body that acts is one
    text = 'Members of "Ukraine Without Oligarchs" marched on Sunday.'
    assert actors_of(res, text, {"Ukraine Without Oligarchs": "ORG"}) == ["Ukraine Without Oligarchs"]


def test_a_speaker_whose_given_name_is_a_weekday(res: analyse.Resources) -> None:
    # '"Another 130 abducted Niger state pupils released, none left in captivity," Sunday Dare said' (round 44: no
    # span of the model's; "Sunday" read as the day)
    text = '"All the pupils are safe and back with their families," Monday Okafor said in a statement.'
    assert actors_of(res, text, {}) == ["Monday Okafor"]
    # the day of a statement is no name
    text = '"All the pupils are safe," police said. On Monday Okafor Street was reopened, officials said.'
    assert actors_of(res, text, {}) == []
    text = '"All the pupils are safe," the governor said on Monday.'
    assert actors_of(res, text, {}) == []


def test_a_quoted_troop_grouping_is_a_unit(res: analyse.Resources) -> None:
    # 'he inspected the "North" troop grouping' (round 43: no span of the model's; a named unit by the labels)
    text = 'The general visited the front and inspected the "Dnipro" troop grouping, the ministry said.'
    assert actors_of(res, text, {"Dnipro": "GPE"}) == ["Dnipro"]
    text = "The general said the 'East' group of forces had advanced near Pokrovsk."
    assert actors_of(res, text, {"Pokrovsk": "GPE"}) == ["East"]
    # a quoted name before another noun is no unit
    text = 'The general visited the "Dnipro" hotel near the front.'
    assert actors_of(res, text, {"Dnipro": "GPE"}) == []
