"""Actors found without the watch list: the repairs that followed the forty-sixth labelling round, pooled with
round 45's first-sight errors in Title Case WSJ headlines (a name joined by a hyphen to an English modifier, an
acronym after a word the headline's reading lower-cased, a place's event read as a body), each on a short text
written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer,
outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import RUN_NAME_ITEMS, english_modifier, names_of_the_run
from briefing.models import Actor
from briefing.phrases import PhraseIndex
from tests.test_actors_repairs import actors_of


def test_a_name_the_run_knows_before_a_hyphenated_modifier() -> None:
    # "Trump-Brokered Cease-Fire Crumbles on Thai-Cambodian Border" (round 45: no span of the model's, and the run's
    # pass read "Trump-Brokered" as one word)
    okonjo = (Actor("Amar Okonjo", "person"),)
    texts = [f"Amar Okonjo spoke in Lagos, report {i}." for i in range(RUN_NAME_ITEMS)]
    texts.append("Okonjo-Brokered Truce Crumbles on Border\nThe army said it had returned fire.")
    texts.append("The rebels rejected an Okonjo-backed plan on Monday.")
    # one name of two ("Rees-Mogg", "Rolls-Royce"): no English word after the hyphen, so no one the run knows
    texts.append("Okonjo-Velmari Bridge reopens\nTraffic resumed on Monday.")
    found = names_of_the_run(texts, [okonjo] * RUN_NAME_ITEMS + [(), (), ()], PhraseIndex())
    assert [[a.name for a in acts] for acts in found[-3:]] == [["Okonjo"], ["Okonjo"], []]
    assert english_modifier("Brokered") and english_modifier("backed") and not english_modifier("Velmari")


def test_an_acronym_after_a_lowered_word_in_a_title_case_headline(res: analyse.Resources) -> None:
    # "U.K. Economy Contracts Again, Likely Cementing BOE Rate Cut" (round 45: the model's "BOE" dropped, as it
    # followed no preposition)
    title = "Economy Contracts Again, Likely Cementing KVB Rate Cut"
    text = "Economic activity dipped 0.1% on month in October. Economists had expected an increase."
    assert actors_of(res, text, {"KVB": "ORG"}, title=title) == ["KVB"]
    # the first word of a law's name is no body ("United States Grossly Violate UN Charter", the corpus)
    title = "Lawmakers Say Regulator Breached KVB Charter on Rates"
    assert actors_of(res, text, {"KVB": "ORG"}, title=title) == []
    # a headline's first word is its subject, left to the text below to name (as "DRC", "AFCON")
    title = "KVB Rate Cut Looms as Economy Contracts Again"
    assert actors_of(res, text, {"KVB": "ORG"}, title=title) == []


def test_a_places_event_in_a_title_case_headline_is_no_body(res: analyse.Resources) -> None:
    # "A Blueprint for Louvre Heist Lay Buried in the Museum's Own Archives" (round 45: "Louvre Heist" a body)
    title = "A Blueprint for Velmoro Heist Lay Buried in the Museum's Own Archives"
    text = "A security assessment years before the robbery sketched out how a truck could reach the second floor."
    assert actors_of(res, text, {"Velmoro Heist": "ORG"}, title=title) == []
    # a body's name ending on a word as common abroad stays one
    title = "Velmoro Cartel Leader Arrested in Dawn Raid Near Border"
    text = "Soldiers detained the man at a ranch on Monday, officials said."
    assert actors_of(res, text, {"Velmoro Cartel": "ORG"}, title=title) == ["Velmoro Cartel"]


def test_a_states_name_before_its_legislature(res: analyse.Resources) -> None:
    # "Russia Duma elections: People vote to elect parliamentary representatives" (round 46: "Russia Duma" a body)
    title = "Moldova Parliament elections: People vote to elect representatives"
    text = "Long lines are seen at polling stations as people vote in parliamentary elections."
    assert actors_of(res, text, {"Moldova Parliament": "ORG"}, title=title) == ["Parliament"]
    # a state's name before another word is part of the body's name ("Moldova Airlines")
    title = "Moldova Airlines elections: People vote to elect representatives"
    assert actors_of(res, text, {"Moldova Airlines": "ORG"}, title=title) == ["Moldova Airlines"]
