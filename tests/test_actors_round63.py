"""Actors found without the watch list: the repairs that followed the sixty-third labelling round, each on a short
text written for it and on one real one. The model's spans are given by a fake finder (no model is loaded); the
phrase index (gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of


def test_a_blocs_council_or_court_is_a_body_of_its_own(res: analyse.Resources) -> None:
    title = "Ministers meet to discuss the budget"
    # the index knows "EU" alone: the model's "EU Council" is the council, not the bloc
    text = "EU Council President Antonio Costa said the loan was agreed."
    names = {"EU Council": "ORG", "Antonio Costa": "PERSON"}
    assert actors_of(res, text, names, title=title) == ["Antonio Costa", "EU Council"]
    text = "The Commission referred Greece to the EU Court of Justice on Friday."
    assert actors_of(res, text, {"the EU Court of Justice": "ORG"}, title=title) == ["EU Court of Justice"]
    # a meeting is no body, and a bloc's own name stays the bloc
    text = "The EU Summit opened in Brussels. The EU said it would act."
    assert actors_of(res, text, {"EU Summit": "ORG", "EU": "ORG"}, title=title) == ["EU"]
    real_title = "Cyprus takes over six-month presidency of EU Council from Denmark"
    real = (
        "Cyprus President Nikos Christodoulides noted that his country was assuming the EU Council presidency "
        '"against the backdrop of acute geopolitical upheaval and unpredictability"'
    )
    names = {"EU Council": "ORG", "Denmark": "GPE", "Nikos Christodoulides": "PERSON"}
    assert actors_of(res, real, names, title=real_title) == ["EU Council", "Nikos Christodoulides"]


def test_a_body_in_a_persons_title_before_its_states_forces(res: analyse.Resources) -> None:
    title = "Officials named to the talks"
    # "of Ukraine's armed forces" after the body's name still leaves the body in the holder's title
    text = "The team includes Chief of the General Staff of Ukraine's armed forces Andrey Gnatov."
    assert actors_of(res, text, {"Ukraine": "GPE", "Andrey Gnatov": "PERSON"}, title=title) == [
        "Andrey Gnatov",
        "General Staff",
    ]
    # an office's "of the" with no body's name in capitals gives no body
    text = "The team includes the head of the delegation of Ukraine's armed forces Andrey Gnatov."
    assert actors_of(res, text, {"Ukraine": "GPE", "Andrey Gnatov": "PERSON"}, title=title) == [
        "Andrey Gnatov"
    ]
    real_title = "Trump, Zelensky reveal names on working groups on Ukraine"
    real = (
        "The Ukrainian working group would involve National Security Council Secretary Rustem Umerov, Chief of the "
        "General Staff of Ukraine's armed forces Andrey Gnatov and First Deputy Foreign Minister Sergey Kislitsa"
    )
    names = {
        "Ukrainian": "NORP",
        "National Security Council": "ORG",
        "Rustem Umerov": "PERSON",
        "Ukraine": "GPE",
        "Andrey Gnatov": "PERSON",
        "Sergey Kislitsa": "PERSON",
    }
    assert "General Staff" in actors_of(res, real, names, title=real_title)
