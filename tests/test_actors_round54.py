"""Actors found without the watch list: the repairs that followed the fifty-fourth labelling round (a headline's
byline, a capitalised "Ex-" before a company, a person the model took for a place or a product, a company in
apposition the model took for a place), each on a short text written for it and on one real one. The model's spans
are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre keywords) and the
word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_a_headlines_byline_names_its_authors(res: analyse.Resources) -> None:
    # "... a source of delight in a difficult summer | Kate Lyons" (round 54: no span from the model)
    text = "Council figures show the cost has doubled since the plan was approved."
    title = "Why the tram line keeps costing the city more | Priya Halvorsen"
    assert actors_of(res, text, {}, title=title) == ["Priya Halvorsen"]
    title = "Why the tram line keeps costing the city more | Tomas Eberle and Nadia Quist"
    assert actors_of(res, text, {}, title=title) == ["Nadia Quist", "Tomas Eberle"]
    # the model's part of a name gives way to the whole
    assert actors_of(res, text, {"Quist": "ORG"}, title=title) == ["Nadia Quist", "Tomas Eberle"]
    # a feature's name, a section's bar and a headline after it name no author
    for title in (
        "Why the tram line keeps costing the city more | Inside Story",
        "Why the tram line keeps costing the city more | Editorial",
        "Opinion | Velmar Wins",
    ):
        assert actors_of(res, text, {}, title=title) == []
    real = (
        "My five-year-old daughter is learning to love cricket. It's a source of delight in a difficult summer "
        "| Kate Lyons"
    )
    text = "Watching the Ashes has felt like a small bright spot."
    assert "Kate Lyons" in actors_of(res, text, {}, title=real)


def test_a_capitalised_ex_before_a_company(res: analyse.Resources) -> None:
    # "Ex-Chevron executive seeks $2bn for Venezuelan oil projects" (round 54: the model's span keeps the prefix)
    text = "Ex-Borvanta manager joins the race for the state's mining licences."
    assert actors_of(res, text, {"Ex-Borvanta": "ORG"}) == ["Borvanta"]
    # a body's own name that opens so stays whole
    text = "The Ex-Im Bank approved the loan on Friday."
    assert actors_of(res, text, {"Ex-Im Bank": "ORG"}) == ["Ex-Im Bank"]
    real = "Ex-Chevron executive seeks $2bn for Venezuelan oil projects"
    assert actors_of(res, real, {"Ex-Chevron": "ORG"}) == ["Chevron"]


def test_a_person_the_model_placed_by_what_follows_the_name(res: analyse.Resources) -> None:
    # "Julia Barfield, who designed the Eye" (a place to the model), "Mukund Krishna is chief executive of the
    # Police Federation" (a product to the model; round 54)
    text = "Liesl Marrow, who designed the footbridge, said the lagoon would take a decade to build."
    assert actors_of(res, text, {"Liesl Marrow": "GPE"}) == ["Liesl Marrow"]
    text = "Dario Fenwick is chief executive of the Harbour Pilots Association."
    names = {"Dario Fenwick": "PRODUCT", "Harbour Pilots Association": "ORG"}
    assert actors_of(res, text, names) == ["Dario Fenwick", "Harbour Pilots Association"]
    # a place the gazetteer knows, or a place followed by something else, stays a place
    text = "Brighton, who lost on Saturday, sit tenth in the table."
    assert actors_of(res, text, {"Brighton": "GPE"}) == []
    text = "Liesl Marrow is a village of 400 people."
    assert actors_of(res, text, {"Liesl Marrow": "GPE"}) == []
    real = (
        "Julia Barfield, who designed the Eye and the i360 observation tower in Brighton, is part of a team that "
        "has drawn up the £11bn proposal."
    )
    assert actors_of(res, real, {"Julia Barfield": "GPE", "Brighton": "GPE"}) == ["Julia Barfield"]


def test_a_company_in_apposition_the_model_placed(res: analyse.Resources) -> None:
    # "a private company, Ocean Infinity, $70m" (round 54: a place to the model; the apposition rule only filled
    # gaps the model left)
    text = "The ministry hired a salvage company, Tern Deepsea, to map the wreck."
    assert actors_of(res, text, {"Tern Deepsea": "GPE"}) == ["Tern Deepsea"]
    real = (
        "The Malaysian government has promised to pay a private company, Ocean Infinity, $70m (£56m) to search for "
        'the plane on a "no find, no fee" basis.'
    )
    assert actors_of(res, real, {"Ocean Infinity": "GPE"}) == ["Ocean Infinity"]
