"""Actors found without the watch list: the repairs that followed the eighteenth and nineteenth labelling rounds
(a British body named with "UK", a person the model calls a facility or a place), each on a short text written for
it. The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import ACTOR_KINDS, kinds_of


def _named(res: analyse.Resources, title: str, text: str, names: dict[str, str]) -> list[str]:
    """The people and organisations of one item, lower case, watch list empty, the model's spans being `names`."""
    return sorted(
        name.lower() for name, kind in kinds_of(res, title, text, names).items() if kind in ACTOR_KINDS
    )


def test_a_word_before_uk_names_a_british_body(res: analyse.Resources) -> None:
    # the model reads only the state; the capitalised word before it inside a sentence makes a body's name
    text = (
        "The charity said on Friday that donors to Tidewell UK had doubled, as the populists Reform UK rose."
    )
    assert _named(res, "Report", text, {"UK": "GPE"}) == ["reform uk", "tidewell uk"]
    # a sentence's first word, a title or a state's adjective before "UK" is no body's name
    text = "In UK hospitals, waits grew. Prime Minister UK visits were cut, and British UK exports fell."
    assert _named(res, "Report", text, {"UK": "GPE"}) == []


def test_a_facility_of_uncommon_name_words_inside_a_sentence_is_a_person(res: analyse.Resources) -> None:
    text = "The court heard claims from a young Marisol Quenneville about the events of 2019."
    assert _named(res, "Report", text, {"Marisol Quenneville": "FAC"}) == ["marisol quenneville"]
    # after "the" or "at" it stays a building ("the Werdha Damai retirement home"); a building's word keeps it one
    text = "A fire at the Kelvari Damsu home killed 16. Crews went to Ostreva Tower and a failed Le Quobble train."
    assert (
        _named(res, "Report", text, {"Kelvari Damsu": "FAC", "Ostreva Tower": "FAC", "Le Quobble": "FAC"})
        == []
    )


def test_a_place_after_a_lower_case_office_is_a_person(res: analyse.Resources) -> None:
    text = "New York mayor-elect Zorvani faces a test of turning bold pledges into action."
    assert _named(res, "Report", text, {"Zorvani": "GPE"}) == ["zorvani"]
    # a known place after an office is still that place ("the governor Texas ...": a gazetteer name)
    text = "The mayor Paris spoke of was elected in a landslide."
    assert _named(res, "Report", text, {"Paris": "GPE"}) == []
