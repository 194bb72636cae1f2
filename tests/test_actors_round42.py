"""Actors found without the watch list: the repairs that followed the forty-second labelling round (a person whose
surname a town of the gazetteer has, asked to act; a name a vessel departed; a given name the feed cut from its
surname), each on a short text written for it. The model's spans are given by a fake finder (no model is loaded);
the phrase index (gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from briefing.actors import RUN_NAME_ITEMS, names_of_the_run
from briefing.models import Actor
from briefing.phrases import PhraseIndex
from tests.test_actors_repairs import actors_of


def test_a_person_asked_to_act_is_no_town_of_that_name(res: analyse.Resources) -> None:
    # "... and Trump designated Rubio to draft security guarantees." (round 42: the model's PERSON, a Venezuelan
    # town's name in the gazetteer)
    text = "Europeans argued that Kyiv should not yield, and Trump designated Rubio to draft security guarantees."
    names = {"Kyiv": "GPE", "Trump": "PERSON", "Rubio": "PERSON"}
    assert actors_of(res, text, names) == ["Rubio", "Trump"]
    # the town stays a place where one goes or where something happens
    text = "Troops were sent to Rubio to restore order after the riots."
    assert actors_of(res, text, {"Rubio": "PERSON"}) == []
    text = "Floods hit Rubio to the south of the capital."
    assert actors_of(res, text, {"Rubio": "PERSON"}) == []
    text = "Protesters filled Rubio to demand the release of prisoners."
    assert actors_of(res, text, {"Rubio": "PERSON"}) == []


def test_a_name_a_vessel_departed_is_a_place(res: analyse.Resources) -> None:
    # "the large canoe, which had departed Adiyani v" (round 42, cut by the feed before "village"; the model's PERSON)
    text = "The accident occurred on Saturday when the large canoe, which had departed Adiyani v"
    assert actors_of(res, text, {"Adiyani": "PERSON"}) == []
    # "the departed" is someone who died
    text = "Mourners remembered the departed Okonkwo at the church on Sunday."
    assert actors_of(res, text, {"Okonkwo": "PERSON"}) == ["Okonkwo"]


def test_a_given_name_the_feed_cut_from_its_surname_is_that_person() -> None:
    # "Investors face more geopolitical whiplash from Trump's Venezuela gamble" ... "President Donald" (round 42: the
    # feed cut the text inside the name; "Donald" alone beside "Trump" was a second person)
    known = (Actor("Amar Okonjo", "person"),)
    texts = [f"Amar Okonjo spoke in Lagos, report {i}." for i in range(RUN_NAME_ITEMS)]
    texts.append("Investors weigh Okonjo's gamble\n\nMarkets fell after the capture. President Amar")
    cut = (Actor("Okonjo", "organisation"), Actor("Amar", "person"))
    found = names_of_the_run(texts, [known] * RUN_NAME_ITEMS + [cut], PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Okonjo", "person")]
    # a given name that ends a sentence, not cut, is someone else's ("Amar" of another family) and stays
    texts[-1] = "Investors weigh Okonjo's gamble\n\nMarkets fell, said his rival Amar."
    found = names_of_the_run(texts, [known] * RUN_NAME_ITEMS + [cut], PhraseIndex())
    assert [(a.name, a.kind) for a in found[-1]] == [("Okonjo", "person"), ("Amar", "person")]


def test_an_acronym_before_its_executives_is_a_company(res: analyse.Resources) -> None:
    # "'CITGO 6' oil execs held in Venezuela were picked up by country's forces" (round 40, not given at all)
    title = "'CITGO 6' oil execs held in Venezuela were picked up by the country's forces"
    assert "CITGO" in actors_of(res, "They were held in Caracas.", {}, title=title)
    text = "Dozens of KPRM oil workers went on strike on Monday."
    assert actors_of(res, text, {}) == ["KPRM"]
    # an acronym of a common thing, or one as frequent as a word, is no body
    text = "ICU staff and IT workers were exhausted after the outage."
    assert actors_of(res, text, {}) == []
    text = "NGO workers and GP staff said supplies ran out."
    assert actors_of(res, text, {}) == []
