"""Actors found without the watch list: the repairs that followed the twenty-sixth labelling round (a massacre's
name, a venue's name, a weapon counted by its make, a town named again, an acronym and its name both in the
index, a state's adjective the item writes apart, a word before what happened there, records named after someone),
each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import kinds_of

_TITLE = "Report"


def _actors(found: dict[str, str]) -> list[str]:
    return sorted(name for name, kind in found.items() if kind in ("person", "organisation", "unit"))


def test_a_massacre_named_after_a_place_is_an_event(res: analyse.Resources) -> None:
    # the model called "Nanjing Massacre" of "the Nanjing Massacre memorial" a body
    title = "Poland marks Volhynia Massacre anniversary with quiet ceremony"
    text = "Officials laid wreaths at the Volhynia Massacre memorial on Sunday."
    assert _actors(kinds_of(res, title, text, {"Volhynia Massacre": "ORG"})) == []


def test_a_venue_is_a_place_unless_it_speaks(res: analyse.Resources) -> None:
    # "Elon Musk's Tesla Diner", "the Imam Ali Bin Abi Talib Mosque", "the Harbour Bridge and Opera House"
    text = "Crowds queued outside the Velmarra Diner, and prayers were said at the Abu Bakr Mosque."
    found = kinds_of(res, _TITLE, text, {"Velmarra Diner": "ORG", "Abu Bakr Mosque": "PERSON"})
    assert _actors(found) == []
    assert found["Velmarra Diner"] == "place" and found["Abu Bakr Mosque"] == "place"
    # a house that speaks is the body that runs it
    text = "The Harbour Opera House said it would cancel the season."
    assert _actors(kinds_of(res, _TITLE, text, {"Harbour Opera House": "ORG"})) == ["Harbour Opera House"]


def test_a_weapon_or_machine_counted_by_its_make_is_no_actor(res: analyse.Resources) -> None:
    # "Up to ten Oreshnik systems", "the Optimus robot serving popcorn"
    text = "Minsk will receive two Velnik systems next year, and a Velnik system is already on duty."
    assert _actors(kinds_of(res, _TITLE, text, {"Velnik": "ORG"})) == []
    text = "Gone is the Optima robot that served drinks at the bar."
    assert _actors(kinds_of(res, _TITLE, text, {"Optima": "PERSON"})) == []
    # a body's system, with no article or number before the name, keeps the body
    text = "The reform of the Velnik system of courts was approved, the Velnik said."
    assert _actors(kinds_of(res, _TITLE, text, {"Velnik": "ORG"})) == ["Velnik"]


def test_a_town_the_item_introduces_is_a_place_where_it_is_named_again(res: analyse.Resources) -> None:
    # "the border town of Tine" and "the department that includes Tine": the second read as a body
    text = (
        "Shelling hit the border town of Velka on Friday, a local official said. "
        "Power was cut in the district that includes Velka."
    )
    found = kinds_of(res, _TITLE, text, {"Velka": "ORG"})
    assert _actors(found) == [] and found["Velka"] == "place"
    # a body of that name with no town introduced stays a body
    text = "Power was cut after Velka raised its prices, the regulator said."
    assert _actors(kinds_of(res, _TITLE, text, {"Velka": "ORG"})) == ["Velka"]


def test_an_acronym_and_its_name_both_known_to_the_index_are_one_body(res: analyse.Resources) -> None:
    # "EU countries say" and "the European Union said", two theatre keywords when the actor file is empty
    title = "EU countries call for restraint after strikes"
    text = "The European Union said on Sunday that international law must be upheld."
    found = kinds_of(res, title, text, {"EU": "ORG", "European Union": "ORG"})
    assert _actors(found) == ["European Union"]


def test_a_states_adjective_the_item_writes_apart_is_no_part_of_a_bodys_name(res: analyse.Resources) -> None:
    # "Italy's competition authority" and "The Italian Competition Authority" gave "Italian Competition Authority"
    text = (
        "The airline was fined by France's consumer authority on Monday. "
        "The French Consumer Authority said the fees were abusive."
    )
    found = kinds_of(res, _TITLE, text, {"French Consumer Authority": "ORG"})
    assert _actors(found) == ["Consumer Authority"]
    # written only with the adjective, the name stays as written
    text = "The French Consumer Authority said the fees were abusive."
    found = kinds_of(res, _TITLE, text, {"French Consumer Authority": "ORG"})
    assert _actors(found) == ["French Consumer Authority"]


def test_a_word_before_what_happened_there_is_the_place(res: analyse.Resources) -> None:
    # "victims of Bondi attack" (a person to the model) and "the devastating Bondi terror attack" (a body)
    title = "Vigil for victims of Velmarra attack"
    text = "Months after the devastating Velmarra terror attack, Velmarra residents gathered on the beach."
    found = kinds_of(res, title, text, {"Velmarra": "PERSON"})
    assert _actors(found) == [] and found["Velmarra"] == "place"
    # a surname the item gives in full is the person's ("Anna Velmarra" ... "the Velmarra attack")
    text = "Anna Velmarra was hurt. The Velmarra attack shocked the town."
    found = kinds_of(res, "Report", text, {"Anna Velmarra": "PERSON", "Velmarra": "PERSON"})
    assert _actors(found) == ["Anna Velmarra"]
    # a body before its attack stays a body
    text = "Israel marked two years since the Velnik attack. Velnik said it would respond."
    assert _actors(kinds_of(res, "Report", text, {"Velnik": "ORG"})) == ["Velnik"]


def test_records_named_after_someone_name_that_person(res: analyse.Resources) -> None:
    # "the Epstein files": the model called the name a product
    text = "Lawmakers pressed for the full release of the Halvorsen files on Tuesday."
    assert kinds_of(res, _TITLE, text, {"Halvorsen": "PRODUCT"}).get("Halvorsen") == "person"
    # a state's name or an English word before the records is none
    text = "Reporters studied the Panama papers and the Secret files again."
    found = kinds_of(res, _TITLE, text, {"Panama": "PRODUCT", "Secret": "PRODUCT"})
    assert _actors(found) == []
