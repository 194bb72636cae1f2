"""Actors found without the watch list: the repairs that followed the eleventh labelling round, each on a short
text written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_an_outlets_programme_is_not_an_organisation(res: analyse.Resources) -> None:
    text = "Sanders said on CNN's State of the Union that he was fearful. The BBC's Panorama aired it."
    names = {"Sanders": "PERSON", "CNN": "ORG", "State of the Union": "ORG", "BBC": "ORG", "Panorama": "ORG"}
    assert actors_of(res, text, names) == ["Sanders"]
    # an organisation after a possessive that is no outlet's stays
    text = "Ukraine's Defence Intelligence said the strike hit its target."
    assert actors_of(res, text, {"Defence Intelligence": "ORG"}) == ["Defence Intelligence"]


def test_new_years_eve_and_a_series_of_matches_are_not_actors(res: analyse.Resources) -> None:
    text = "A fire at a NYE party killed 40 on New Year's Eve. Team Jessica Korda won the Aramco Team Series."
    names = {"NYE": "ORG", "New Year's Eve": "ORG", "Jessica Korda": "PERSON", "Aramco Team Series": "ORG"}
    assert actors_of(res, text, names) == ["Jessica Korda"]


def test_a_gerund_after_a_preposition_of_a_title_case_headline_is_a_verb(res: analyse.Resources) -> None:
    title = "U.S. Flips History by Casting Europe as Villain in New Security Policy"
    assert actors_of(res, "", {"Casting": "PERSON"}, title=title) == []
    # a rarer surname ending in -ing after a preposition is a name
    title = "Peace Plan Backed by Manning Wins Support in Senate"
    assert actors_of(res, "", {"Manning": "PERSON"}, title=title) == ["Manning"]


def test_a_name_after_town_of_or_city_of_is_a_place(res: analyse.Resources) -> None:
    text = (
        "Drones struck a cafe in the resort town of Khorly, the region's leader Vladimir Saldo said. Two died "
        "in the southern city of Khan Younis."
    )
    names = {"Khorly": "PERSON", "Vladimir Saldo": "PERSON", "Khan Younis": "PERSON"}
    assert actors_of(res, text, names) == ["Vladimir Saldo"]


def test_a_common_word_with_of_and_a_name_is_one_bodys_name(res: analyse.Resources) -> None:
    text = "Hegseth will brief the 'Gang of Eight' US lawmakers on Tuesday."
    assert actors_of(res, text, {"Hegseth": "PERSON", "Gang": "PERSON"}) == ["Gang of Eight", "Hegseth"]
    # a post with "of" is not a body
    text = "Guests: Peter Mathews, Professor of Political Science at Cal State Long Beach."
    names = {"Peter Mathews": "PERSON", "Professor": "ORG"}
    assert actors_of(res, text, names) == ["Peter Mathews"]


def test_an_officers_title_ends_the_body_before_it(res: analyse.Resources) -> None:
    text = "According to Chinese Foreign Ministry Spokesperson Lin Jian, Beijing finds it unacceptable."
    names = {"Chinese Foreign Ministry": "ORG", "Spokesperson Lin Jian": "PERSON"}
    assert actors_of(res, text, names) == ["Foreign Ministry", "Lin Jian"]
    # the words of a title before a name are no body
    text = "Vance met Russian Presidential Special Envoy Kirill Dmitriev in Miami."
    names = {"Vance": "PERSON", "Russian Presidential Special": "ORG", "Kirill Dmitriev": "PERSON"}
    assert actors_of(res, text, names) == ["Kirill Dmitriev", "Vance"]


def test_an_office_body_and_its_holder_are_two_names(res: analyse.Resources) -> None:
    text = "US ambassador to Nato Matthew Whitaker cast doubt on the claim."
    assert actors_of(res, text, {"Nato": "ORG", "Matthew Whitaker": "PERSON"}) == ["Matthew Whitaker", "Nato"]
    text = "US Director of National Intelligence Tulsi Gabbard called it false."
    assert actors_of(res, text, {"National Intelligence Tulsi Gabbard": "ORG"}) == ["Tulsi Gabbard"]
    text = "According to the nation's Ambassador to Moscow Luciano Nkogo, talks went well."
    assert actors_of(res, text, {"Moscow Luciano Nkogo": "ORG"}) == ["Luciano Nkogo"]


def test_a_theatre_keyword_with_its_state_before_it_is_one_organisation(res: analyse.Resources) -> None:
    text = "According to the US Southern Command, the boats carried drugs."
    assert actors_of(res, text, {"the US Southern Command": "ORG"}) == ["US Southern Command"]


def test_a_ministrys_acronym_joins_the_ministry(res: analyse.Resources) -> None:
    title = "Japan's plans undermine stability in Asia — Chinese MFA"
    text = "The Chinese Foreign Ministry said the plans were unacceptable."
    names = {"MFA": "ORG", "Chinese Foreign Ministry": "ORG"}
    assert actors_of(res, text, names, title=title) == ["Foreign Ministry"]


def test_a_states_abbreviation_is_no_organisation(res: analyse.Resources) -> None:
    text = "Two militant bases were dismantled in CAR, and the DRC closed a border post."
    assert actors_of(res, text, {"CAR": "ORG", "DRC": "ORG"}) == []


def test_a_party_named_mid_sentence_is_an_organisation(res: analyse.Resources) -> None:
    text = (
        "Reform won seats as defections from the imploding Conservative party grew. Staff held a Christmas "
        "party. Tajani leads the Forza Italia party. Delegates met at the Ninth Party Congress."
    )
    names = {"Tajani": "PERSON", "Forza Italia": "ORG"}
    assert actors_of(res, text, names) == ["Conservative party", "Forza Italia", "Tajani"]
    # every word of a Title Case headline is capitalised: no party there
    assert actors_of(res, "", {}, title="Trump Attends Lavish Birthday Party in Florida") == []


def test_squares_bridges_rivers_stations_and_ranges_are_places(res: analyse.Resources) -> None:
    text = (
        "Crowds filled Bethlehem's Manger Square. A man walked along the River Goyt. Snow fell in the Sierra "
        "Nevada, a mountain range in the west. Leiston lies near the Sizewell power station."
    )
    names = {"Manger Square": "PERSON", "River Goyt": "ORG", "Sierra Nevada": "ORG", "Sizewell": "ORG"}
    assert actors_of(res, text, names) == []


def test_an_article_and_a_zero_width_character_are_not_part_of_a_name(res: analyse.Resources) -> None:
    text = "It works, according to a World Health Organization official. Drones hit President Vladimir \u200cPutin's home."
    names = {"a World Health Organization": "ORG", "Vladimir": "PERSON", "Putin": "PERSON"}
    assert actors_of(res, text, names) == ["Vladimir Putin", "World Health Organization"]


def test_words_and_a_title_before_a_name_leave_the_person(res: analyse.Resources) -> None:
    text = "The ban was blocked, San Francisco-based District Judge Trina Thompson wrote."
    assert actors_of(res, text, {"District Judge Trina Thompson": "ORG"}) == ["Trina Thompson"]
    assert actors_of(res, "", {"Meet Dr Happi": "PERSON"}, title="Meet Dr Happi, who wants to cure it") == [
        "Happi"
    ]


def test_a_handle_and_a_word_made_from_a_name_are_not_actors(res: analyse.Resources) -> None:
    text = "Talks go on behalf of @POTUS' peace process. The Putinisation of policy has arrived."
    assert actors_of(res, text, {"@POTUS": "ORG", "Putinisation": "ORG"}) == []


def test_a_reporter_after_an_outlets_possessive_and_a_bodys_common_words_stay(res: analyse.Resources) -> None:
    text = "Not an evening passes without the BBC's Chris Mason on air."
    assert actors_of(res, text, {"Chris Mason": "ORG"}) == ["Chris Mason"]
    text = "The National Energy System Operator has said it could record the lowest carbon year."
    names = {"National Energy System Operator": "ORG"}
    assert actors_of(res, text, names) == ["National Energy System Operator"]
    # a common word before "party" in lower case is no party's name
    assert actors_of(res, "It is that moment at a Black party you love or hate.", {}) == []
