"""Actors found without the watch list: the repairs that followed the sixty-eighth labelling round (headlines and
short texts: a Title Case headline's company whose name begins with a word of another language, a person the model
read as an organisation together with their title and state), each on a short text written for it and on one real
one. The model's spans are given by a fake finder (no model is loaded); the phrase index and the word-frequency
lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_title_case_headlines_company_with_a_foreign_article_is_kept(res: analyse.Resources) -> None:
    title = "How a Small Family Firm Turned Le Chaudron Into a Global Brand"
    text = "Marco Bellini led the struggling company to kitchens around the world."
    names = {"Le Chaudron": "ORG", "Marco Bellini": "PERSON"}
    assert actors_of(res, text, names, title=title) == ["Le Chaudron", "Marco Bellini"]
    real_title = "The South African Businessman Who Turned Le Creuset Into Commercial Gold"
    real = "Paul van Zuydam led the struggling French company to a global kitchenware powerhouse."
    names = {"Le Creuset": "ORG", "Paul van Zuydam": "PERSON"}
    assert actors_of(res, real, names, title=real_title) == ["Le Creuset", "Paul van Zuydam"]
    # an English noun the headline capitalised is still no name
    title = "The Businessman Who Turned Old Boots Into Commercial Gold"
    assert actors_of(res, "He made a fortune.", {"Old Boots": "ORG"}, title=title) == []


def test_a_person_read_with_their_title_and_state_as_an_organisation_is_the_person(
    res: analyse.Resources,
) -> None:
    title = "Law signed"
    text = "Moldovan President Maia Sandu also has signed a law on the media."
    assert kinds_of(res, title, text, {"Moldovan President Maia Sandu": "ORG"}) == {
        "Maia Sandu": "person",
        "Moldova": "state",
    }
    real_title = "Kazakh president signs law banning LGBT propaganda in media, online"
    real = (
        "Kazakh President Kassym-Jomart Tokayev also has signed a law banning the transmission of pedophilia "
        "propaganda in the media"
    )
    found = kinds_of(res, real_title, real, {"Kazakh President Kassym-Jomart Tokayev": "ORG"})
    assert found.get("Kassym-Jomart Tokayev") == "person"
    assert "Kazakh President Kassym-Jomart Tokayev" not in found
    # a body named after a royal stays a body
    text = "The Queen Elizabeth Hospital said the ward would reopen."
    assert actors_of(res, text, {"Queen Elizabeth Hospital": "ORG"}, title=title) == [
        "Queen Elizabeth Hospital"
    ]
