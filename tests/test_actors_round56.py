"""Actors found without the watch list: the repairs that followed the fifty-sixth labelling round (a ministry after
a headline's closing dash, a name after a place's "-based", a relative named by a shared family name, a deed's noun
"of" a place at a line's start, a venue named by a lower-case noun, and, from the corpus check, a line's first word
the item also writes in lower case), each on a short text written for it and on one real one. The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets,
theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from briefing import analyse
from briefing.models import Item
from tests.test_actors_repairs import ACTOR_KINDS, actors_of


class PatternFinder:
    """Finds what each regular expression matches, with its spaCy label: spans that do not overlap where the model
    gave none ("Kaja" alone, not inside "Kaja Sokola"), which the name-matching fake cannot give."""

    def __init__(self, patterns: dict[str, str]) -> None:
        self.patterns = patterns

    def __call__(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [
            sorted(
                (m.start(), m.end(), label)
                for p, label in self.patterns.items()
                for m in re.finditer(p, text)
            )
            for text in texts
        ]


def actors_by_patterns(res: analyse.Resources, title: str, text: str, patterns: dict[str, str]) -> list[str]:
    """The people and organisations of one item, watch list empty, the model's spans being what `patterns` match."""
    it = Item(
        id="a1", source="t", title=title, url="", published=datetime(2026, 1, 5, tzinfo=UTC), summary=text
    )
    found = analyse.analyse_items([it], res, PatternFinder(patterns))[0].actors
    return sorted(a.name for a in found if a.kind in ACTOR_KINDS)


def test_a_ministry_after_a_headlines_closing_dash(res: analyse.Resources) -> None:
    # "UAE denies accusations it escalating tensions in Yemen — Foreign Ministry" (round 56: no span from the model)
    text = "The ministry said the claims were groundless."
    title = "Oman rejects claims it armed rebels near the border — Interior Ministry"
    assert actors_of(res, text, {}, title=title) == ["Interior Ministry"]
    title = "Kenya expects talks on grain corridor to resume soon — Foreign Office"
    assert actors_of(res, text, {}, title=title) == ["Foreign Office"]
    # a person's office or an outlet after the dash is no body; a dash inside the headline closes nothing
    for title in (
        "Kenya expects talks on grain corridor to resume soon — news agency",
        "Kenya expects talks — Foreign Ministry says — on grain corridor",
    ):
        assert actors_of(res, text, {}, title=title) == []
    real = "UAE denies accusations it escalating tensions in Yemen — Foreign Ministry"
    text = 'Abu Dhabi expressed "deep regret" over Riyadh\'s statement.'
    assert actors_of(res, text, {"UAE": "ORG", "Yemen": "GPE"}, title=real) == ["Foreign Ministry"]


def test_a_name_after_a_places_based_is_what_is_based_there(res: analyse.Resources) -> None:
    # "Zhejiang-based Corniola and Hong Kong-based Aries Global Investment" (round 56: a place to the model)
    text = "The sanctions named Shenzhen-based Tovarel and two tankers it charters."
    assert actors_of(res, text, {"Tovarel": "GPE"}) == ["Tovarel"]
    # a place the gazetteer knows stays a place ("a Paris-based group in Lyon"), and a person stays a person
    text = "The London-based Madrid office of the bank closed."
    assert actors_of(res, text, {"Madrid": "GPE"}) == []
    text = "The firm hired London-based Orla Penning as its adviser."
    assert actors_of(res, text, {"Orla Penning": "PERSON"}) == ["Orla Penning"]
    real = (
        "The US Treasury Department's Office of Foreign Assets Control on Wednesday added four companies with links "
        "to Venezuela's oil industry – Zhejiang-based Corniola and Hong Kong-based Aries Global Investment"
    )
    names = {"Zhejiang": "GPE", "Corniola": "GPE", "Aries Global Investment": "ORG"}
    assert "Corniola" in actors_of(res, real, names)


def test_a_relative_named_by_a_shared_family_name(res: analyse.Resources) -> None:
    # "Kaja Sokola" a body to the model beside "Ewa Sokola" a person, "Kaja" alone a body too (round 56)
    title = "Tomasz Wierzbak sued by his brother over the family farm"
    text = "Marek Wierzbak filed the suit in March. Tomasz Wierzbak denies it, and Marek says he will appeal."
    patterns = {r"Tomasz Wierzbak": "PERSON", r"Marek Wierzbak": "ORG", r"Marek(?= says)": "ORG"}
    assert actors_by_patterns(res, title, text, patterns) == ["Marek Wierzbak", "Tomasz Wierzbak"]
    # a body whose last word is someone's family name but whose first is an English word stays a body
    text = "Alma Fenwick founded the Harbour Fenwick trust. Harbour Fenwick said it would appeal."
    patterns = {r"Alma Fenwick": "PERSON", r"Harbour Fenwick": "ORG"}
    assert actors_by_patterns(res, "Report", text, patterns) == ["Alma Fenwick", "Harbour Fenwick"]
    title = "Harvey Weinstein accuser Kaja Sokola is being sued for defamation by her sister"
    real = (
        "Two sisters testified at Harvey Weinstein's most recent criminal trial. Kaja Sokola accused the disgraced "
        "movie mogul of sexual assault. Ewa Sokola was called as a witness to boost her claims but ultimately ended "
        "up helping the defence.\nNow, Ewa Sokola is suing Kaja for defamation."
    )
    patterns = {
        r"Harvey Weinstein": "PERSON",
        r"Kaja Sokola": "ORG",
        r"Ewa Sokola": "PERSON",
        r"Kaja(?= for)": "ORG",
    }
    assert actors_by_patterns(res, title, real, patterns) == ["Ewa Sokola", "Harvey Weinstein", "Kaja Sokola"]


def test_a_deeds_noun_of_a_place_opening_a_line(res: analyse.Resources) -> None:
    # "Continuation of Ukraine conflict beneficial to politicians ... — Orban" (round 56: a body to the model)
    text = "Escalation of Syria fighting worries the neighbours, the envoy said."
    assert actors_of(res, text, {"Escalation of Syria": "ORG"}) == []
    # a body's own noun ("Organisation of ...", "Government of ..."), or a deed's noun inside a sentence, stays
    text = "Federation of Bosnia officials met on Monday."
    assert actors_of(res, text, {"Federation of Bosnia": "ORG"}) == ["Federation of Bosnia"]
    text = "He spoke to the Settlement of Kenya group on Monday."
    assert actors_of(res, text, {"Settlement of Kenya": "ORG"}) == ["Settlement of Kenya"]
    real = "Continuation of Ukraine conflict beneficial to politicians, arms dealers, bankers — Orban"
    text = "Hungarian Prime Minister emphasized that Europeans deserve better."
    assert actors_of(res, text, {"Continuation of Ukraine": "ORG", "Orban": "ORG"}, title=real) == ["Orban"]


def test_a_venue_named_by_a_lower_case_noun(res: analyse.Resources) -> None:
    # "The opening of France's Louvre museum in Paris was delayed" (round 56: a body to the model)
    text = "Visitors queued outside the Vremka museum as staff voted on the strike."
    assert actors_of(res, text, {"Vremka museum": "ORG"}) == []
    text = "Inmates at the Talvar prison staged a protest."
    assert actors_of(res, text, {"Talvar prison": "ORG"}) == []
    # a capitalised noun is the body's own name
    text = "The Vremka Museum said the strike was over."
    assert actors_of(res, text, {"Vremka Museum": "ORG"}) == ["Vremka Museum"]
    real = (
        "The opening of France's Louvre museum in Paris was delayed until 0900 GMT on Monday as staff was meeting to "
        "decide whether to resume a strike."
    )
    assert actors_of(res, real, {"France": "GPE", "Louvre museum": "ORG", "Paris": "GPE"}) == []


def test_a_lines_first_word_the_item_also_writes_in_lower_case(res: analyse.Resources) -> None:
    # "Email from 'A' at Balmoral urges Ghislaine Maxwell ..." (the corpus check of round 56: a person to the model,
    # a word as common in other languages as "Drone" or "Landmine"); "Shell" and "Hedge" are not written in lower case
    title = "Landmine blast wounds two soldiers near the frontier"
    text = "The landmine was left from an earlier war, the army said."
    assert actors_by_patterns(res, title, text, {r"Landmine": "ORG"}) == []
    title = "Rapper to run for mayor in the capital"
    text = "The former rapper, 35, said he would stand in March."
    assert actors_by_patterns(res, title, text, {r"Rapper": "PERSON"}) == []
    # a name the item never writes in lower case, or writes capitalised inside a sentence, stays
    title = "Velmar profits fall as oil prices slide"
    text = "The company said margins were thin."
    assert actors_by_patterns(res, title, text, {r"Velmar": "ORG"}) == ["Velmar"]
    title = "Tusk says the coalition will hold"
    text = "Prime Minister Donald Tusk spoke as the tusk trade was banned."
    patterns = {r"Tusk(?= says)": "PERSON", r"Donald Tusk": "PERSON"}
    assert actors_by_patterns(res, title, text, patterns) == ["Donald Tusk"]
    real = "Email from 'A' at Balmoral urges Ghislaine Maxwell to find 'inappropriate friends'"
    text = "An email sent to Ghislaine Maxwell was signed 'A'."
    patterns = {r"Email": "PERSON", r"Ghislaine Maxwell": "PERSON", r"Balmoral": "GPE"}
    assert actors_by_patterns(res, real, text, patterns) == ["Ghislaine Maxwell"]
