"""Actors found without the watch list: the repairs that followed the thirty-seventh labelling round, pooled with
the first-sight errors of the rounds before it (a headline's place read with the English words after it as one
name; a sports ground read as a body), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_a_headline_place_and_one_english_word_is_no_name(res: analyse.Resources) -> None:
    # "Australian police boost security for Sydney Ashes test" (round 37, a person to the model), "Israel Flexes New
    # Diplomatic Muscle" (round 30, a body): the place, and an English word the text below never joins to it
    title = "Police boost security for Sydney Ashes test after attack"
    text = "Police said they would add staff in Sydney for the fifth test on Sunday."
    assert actors_of(res, text, {"Sydney Ashes": "PERSON"}, title) == []
    title = "Israel Flexes New Diplomatic Muscle in Recognition of Somaliland"
    text = "Two years of war have honed Israeli independence on the world stage."
    assert actors_of(res, text, {"Israel Flexes": "ORG"}, title) == []
    # someone whose given name is a place stays a person: a surname as often written in other languages, or one
    # after a place the text below never names, or the full name written below
    title = "Georgia Brown wins seat in state election"
    text = "Brown said she was proud of the campaign in Georgia."
    assert actors_of(res, text, {"Georgia Brown": "PERSON", "Brown": "PERSON"}, title) == ["Georgia Brown"]
    title = "Chad Price named new coach"
    text = "The club said Price would start on Monday."
    assert actors_of(res, text, {"Chad Price": "PERSON", "Price": "PERSON"}, title) == ["Chad Price"]
    title = "Israel Katz vows response to attack"
    text = "Defence Minister Israel Katz said the army would respond."
    assert actors_of(res, text, {"Israel Katz": "PERSON"}, title) == ["Israel Katz"]


def test_a_headline_place_before_a_body_of_english_words_is_not_part_of_its_name(
    res: analyse.Resources,
) -> None:
    # "Nigeria Super Eagles fly off with 3 points against Tunisia" (round 34): the team is "Super Eagles"
    title = "Nigeria Super Eagles fly off with 3 points against Tunisia"
    text = "Produced by Emily Boyle and Julia Terradot"
    names = {"Nigeria Super Eagles": "ORG", "Emily Boyle": "PERSON", "Julia Terradot": "PERSON"}
    assert actors_of(res, text, names, title) == ["Emily Boyle", "Julia Terradot", "Super Eagles"]
    # an institution's or a unit's name keeps its place, and so does a name the text below writes whole
    title = "Taiwan Air Force scrambles jets as Chinese aircraft approach"
    text = "The island's defence ministry said 20 aircraft had crossed the median line."
    assert actors_of(res, text, {"Taiwan Air Force": "ORG"}, title) == ["Taiwan Air Force"]
    title = "Tokyo Electric Power to restart reactor"
    text = "Tokyo Electric Power said on Monday it would restart the unit in January."
    assert actors_of(res, text, {"Tokyo Electric Power": "ORG"}, title) == ["Tokyo Electric Power"]


def test_a_sports_ground_or_racecourse_is_a_venue(res: analyse.Resources) -> None:
    # "bolster staffing at the Sydney Cricket Ground for the fifth Ashes test" (round 37; the model's ORG), as a
    # stadium or an arena already was
    text = "Police said they would bolster staffing at the Velmont Cricket Ground for the fifth test."
    assert actors_of(res, text, {"Velmont Cricket Ground": "ORG"}) == []
    text = "The horse won at Kelmarsh Racecourse on Saturday."
    assert actors_of(res, text, {"Kelmarsh Racecourse": "ORG"}) == []
    # one that speaks is the body that runs it
    text = "The Velmont Cricket Ground said all tickets had been sold."
    assert actors_of(res, text, {"Velmont Cricket Ground": "ORG"}) == ["Velmont Cricket Ground"]


def test_a_bodys_name_with_and_after_its_of_is_one_body(res: analyse.Resources) -> None:
    # "the Ministry of Diaspora Affairs and Combating Antisemitism" (round 37: two bodies to the model): a name the
    # model cuts at its "and" (other shapes before: round 10's "Kissinger Institute on China and the United States",
    # left; "Meteorological and" + "Hydrological Institute", mended by `_qualifiers_before`)
    text = (
        "A spokesman for the Ministry of Velmar Affairs and Combating Antisemitism said the ban would hold."
    )
    names = {"Ministry of Velmar Affairs": "ORG", "Combating Antisemitism": "ORG"}
    assert actors_of(res, text, names) == ["Ministry of Velmar Affairs and Combating Antisemitism"]
    text = "The Institute of Velmar Affairs and Records Management said the files were open."
    names = {"Institute of Velmar Affairs": "ORG", "Records Management": "ORG"}
    assert actors_of(res, text, names) == ["Institute of Velmar Affairs and Records Management"]
    # the body's name pattern alone ended it there too
    text = "The Ministry of Labour and Social Affairs said wages rose."
    assert actors_of(res, text, {"Social Affairs": "ORG"}) == ["Ministry of Labour and Social Affairs"]
    # a person, a place or another body after the "and" is named apart
    text = "The Ministry of Defence and Ruslan Velmov said the drills would go on."
    names = {"Ministry of Defence": "ORG", "Ruslan Velmov": "PERSON"}
    assert actors_of(res, text, names) == ["Ministry of Defence", "Ruslan Velmov"]
    text = "The Ministry of Finance and Central Bank said rates would hold."
    names = {"Ministry of Finance": "ORG", "Central Bank": "ORG"}
    assert actors_of(res, text, names) == ["Central Bank", "Ministry of Finance"]
