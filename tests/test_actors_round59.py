"""Actors found without the watch list: the repairs that followed the fifty-ninth labelling round (a hidden joiner
inside a name, an officer introduced by a town's possessive, a body's name the model cut at "and", things named
after "called", short forms of things in lower case, an acronym after "a" or "an"), each on a short text written
for it and on one real one. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_a_hidden_joiner_inside_a_name(res: analyse.Resources) -> None:
    title = "Ministers meet to discuss the budget"
    # the feed hides a word joiner after "the": the model reads a space, and so do the index and the repairs
    text = 'Hungary has threatened to leave the EU. "This is bad for the \u2060European Union," an official said.'
    assert actors_of(res, text, {"EU": "ORG", "the \u2060European Union": "ORG"}, title=title) == [
        "European Union"
    ]
    text = "The \u2060European Union and the EU's members agreed on Friday."
    assert actors_of(res, text, {"The \u2060European Union": "ORG", "EU": "ORG"}, title=title) == [
        "European Union"
    ]
    real_title = "Poland urges European Commission to investigate TikTok over AI-generated content"
    real = (
        "Poland has asked the European Commission to investigate TikTok after the social media platform hosted "
        "AI-generated content \u200cincluding calls for Poland to withdraw from the EU, it said on Tuesday.\n"
        '"The disclosed content poses a threat to public order in Poland and across the \u2060European Union," '
        "Deputy Digitalisation Minister Dariusz Standerski said."
    )
    names = {
        "European Commission": "ORG",
        "Poland": "GPE",
        "EU": "ORG",
        "the \u2060European Union": "ORG",
        "Dariusz Standerski": "PERSON",
    }
    assert actors_of(res, real, names, title=real_title) == [
        "Dariusz Standerski",
        "European Commission",
        "European Union",
    ]


def test_an_officer_introduced_by_a_towns_possessive(res: analyse.Resources) -> None:
    title = "Flooding closes roads in the valley"
    # ", the town's clerk" says who the person is; ", the town of ..." would say what a place is
    text = "Three roads were shut on Monday, according to Marta Feeney, the town's emergency manager."
    assert actors_of(res, text, {"Marta Feeney": "PERSON"}, title=title) == ["Marta Feeney"]
    text = "Water rose overnight, according to Owen Pritchard, the village’s council clerk."
    assert actors_of(res, text, {"Owen Pritchard": "PERSON"}, title=title) == ["Owen Pritchard"]
    # the place itself in apposition stays a place
    text = "Water rose overnight in Lowick, the town hit hardest."
    assert actors_of(res, text, {"Lowick": "ORG"}, title=title) == []
    real_title = "One person dead and one injured after two helicopters crash in New Jersey"
    real = (
        "Police in Hammonton, New Jersey, responded to a report of an aviation crash at about 11.25am on Sunday, "
        "according to Denise Mazzeo, the town's deputy municipal clerk."
    )
    names = {"Hammonton": "GPE", "New Jersey": "GPE", "Denise Mazzeo": "PERSON"}
    assert actors_of(res, real, names, title=real_title) == ["Denise Mazzeo"]
