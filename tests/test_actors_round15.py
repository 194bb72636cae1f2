"""Actors found without the watch list: the repairs that followed the fifteenth labelling round (a BBC article
scraped without its line breaks, VZLAnews summaries that repeat their Title Case headlines), each on a short text
written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer,
outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import ACTOR_KINDS, kinds_of


def _named(found: dict[str, str]) -> list[str]:
    return sorted(n.lower() for n, k in found.items() if k in ACTOR_KINDS)


def test_a_credit_glued_to_a_spans_first_word_is_cut_off(res: analyse.Resources) -> None:
    # a photo credit runs into the next paragraph's first word: the outlet's name, then an English word
    found = kinds_of(
        res, "Report", "ReutersCrowds gathered outside the court on Monday.", {"ReutersCrowds": "ORG"}
    )
    assert _named(found) == []
    # an agency's initials glued to a state: the state is what the model saw
    found = kinds_of(
        res,
        "Report",
        "APPortugal's president Marcelo Silva said the vote would go ahead.",
        {"APPortugal": "ORG", "Marcelo Silva": "PERSON"},
    )
    assert _named(found) == ["marcelo silva"] and found.get("Portugal") in ("state", "place")
    # a brand written in one word, even with a state's name inside, is not two glued words
    found = kinds_of(res, "Report", "PetroChina said its profits rose.", {"PetroChina": "ORG"})
    assert _named(found) == ["petrochina"]


def test_a_states_ministry_is_found_by_more_portfolios(res: analyse.Resources) -> None:
    text = "Nigeria's petroleum ministry revoked 12 licences, and the mining ministry said more would follow."
    assert _named(kinds_of(res, "Report", text, {})) == ["mining ministry", "petroleum ministry"]


def test_a_states_department_is_named_without_the_state(res: analyse.Resources) -> None:
    # "the U.S. Commerce Department" is labelled as "Russia's Defence Ministry" is: without the state
    text = "The U.S. Commerce Department said on Tuesday it would widen the export controls."
    found = kinds_of(res, "Report", text, {"U.S. Commerce Department": "ORG"})
    assert _named(found) == ["commerce department"]


def test_a_headline_subject_who_travels_is_a_person_even_where_a_town_has_the_name(
    res: analyse.Resources,
) -> None:
    title = "Rohini travels to meet Andean leaders as talks on the border stall"
    found = kinds_of(res, title, "The talks resume on Friday.", {})
    assert found.get("Rohini") == "person"
    # a town that is only named stays a place
    found = kinds_of(res, "Floods cut roads near Rohini as rivers rise", "Rain is expected to continue.", {})
    assert found.get("Rohini") != "person"


def test_a_noun_after_an_indefinite_article_in_a_title_case_headline_is_no_name(
    res: analyse.Resources,
) -> None:
    title = "Grain Exports and Food Security: Prospects for Farmers in a Changing Agrostate"
    found = kinds_of(res, title, "The researcher studied harvests over ten years.", {"Agrostate": "ORG"})
    assert _named(found) == []


def test_a_summary_repeating_its_title_case_headline_is_read_as_the_headline(res: analyse.Resources) -> None:
    title = "Kenya's Water Ministry, Farmers Union Sign Accord to Boost Grain Exports ..."
    text = (
        "Kenya's Water Ministry, Farmers Union Sign Accord to Boost Grain Exports, Storage ...\nMore below."
    )
    names = {"Boost Grain Exports": "ORG", "Farmers Union": "ORG", "Kenya's Water Ministry": "ORG"}
    assert _named(kinds_of(res, title, text, names)) == ["farmers union", "water ministry"]


def test_a_companys_short_name_beside_its_full_name_is_one_actor(res: analyse.Resources) -> None:
    text = "Valero and Harbor Petroleum are bidding for the cargo. Harbor declined to comment."
    names = {"Valero": "ORG", "Harbor Petroleum": "ORG", "Harbor": "ORG"}
    assert _named(kinds_of(res, "Report", text, names)) == ["harbor petroleum", "valero"]
    # two companies that share the word stay two
    text = "Harbor Petroleum and Harbor Energy are bidding for the cargo. Harbor declined to comment."
    names = {"Harbor Petroleum": "ORG", "Harbor Energy": "ORG", "Harbor": "ORG"}
    assert {"harbor petroleum", "harbor energy"} <= set(_named(kinds_of(res, "Report", text, names)))


def test_words_that_a_short_form_in_brackets_spells_are_a_bodys_name(res: analyse.Resources) -> None:
    # the model tags nothing in the name (a Spanish company's, with a state's name and "S.A." inside it)
    text = "Talks with Minerales de Bolivia S.A. (MDBSA) stalled on Monday over the price of lithium."
    assert _named(kinds_of(res, "Report", text, {})) == ["minerales de bolivia s.a."]
    # words that do not spell the short form are no name
    text = "Talks with Minerales de Bolivia S.A. (XYZ) stalled on Monday over the price of lithium."
    assert "minerales de bolivia s.a." not in _named(kinds_of(res, "Report", text, {}))
