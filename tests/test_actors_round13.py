"""Actors found without the watch list: the repairs that followed the thirteenth labelling round, each on a short
text written for it. The model's spans are given by a fake finder (no model is loaded); the phrase index
(gazetteer, outlets, theatre keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from briefing import analyse
from briefing.models import Item
from tests.test_actors_repairs import ACTOR_KINDS, actors_of


class _SpanFinder:
    """The model's spans as (name, occurrence, label): the n-th occurrence of a name gets its own label."""

    def __init__(self, spans: list[tuple[str, int, str]]) -> None:
        self.spans = spans

    def __call__(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        out = []
        for text in texts:
            found = []
            for name, nth, label in self.spans:
                at = -1
                for _ in range(nth + 1):
                    at = text.find(name, at + 1)
                if at >= 0:
                    found.append((at, at + len(name), label))
            out.append(sorted(found))
        return out


def _actors(res: analyse.Resources, text: str, spans: list[tuple[str, int, str]]) -> list[tuple[str, str]]:
    it = Item(
        id="a1", source="t", title="Report", url="", published=datetime(2026, 1, 5, tzinfo=UTC), summary=text
    )
    result = analyse.analyse_items([it], res, _SpanFinder(spans))[0]
    return sorted((a.name, a.kind) for a in result.actors)


def test_a_legislature_named_alone_is_an_organisation(res: analyse.Resources) -> None:
    text = "Lawmakers said Congress would vote on the bill next week. Chile's Senate approved it on Monday."
    names = {"Congress": "ORG", "Senate": "ORG", "Chile": "GPE"}
    assert actors_of(res, text, names) == ["Congress", "Senate"]
    # a party's congress is a session, not a body
    text = "Delegates gathered for the 8th Congress of the ruling party in the capital."
    assert actors_of(res, text, {"Congress": "ORG"}) == []


def test_a_party_members_noun_before_a_name_is_not_the_given_name(res: analyse.Resources) -> None:
    text = "The rally was addressed by Republican Mitt Romney on Tuesday."
    assert actors_of(res, text, {"Republican": "NORP", "Mitt Romney": "PERSON"}) == ["Mitt Romney"]


def test_a_compound_of_peoples_is_no_actor(res: analyse.Resources) -> None:
    text = "Long sentences in the case focus attention on Afro-Peruvian leaders."
    assert actors_of(res, text, {"Afro-Peruvian": "ORG"}) == []
    text = "Chinese-American investors met the mayor."
    assert actors_of(res, text, {"Chinese-American": "PERSON"}) == []


def test_a_states_initials_with_dots_are_no_agency(res: analyse.Resources) -> None:
    text = "Officials in the U.A.E. said the payment was made. The F.B.I. said it was looking into it."
    assert actors_of(res, text, {}) == ["F.B.I."]


def test_an_arabic_article_before_a_name_belongs_to_it(res: analyse.Resources) -> None:
    text = "Fighters loyal to al Shabaab attacked the base overnight."
    assert actors_of(res, text, {"Shabaab": "ORG"}) == ["al Shabaab"]


def test_a_name_after_post_or_anti_is_a_person_the_model_missed(res: analyse.Resources) -> None:
    assert actors_of(res, "", {}, title="Iraq marks two decades of post-Saddam politics") == ["Saddam"]
    # peoples, English words and diseases after the prefix are no one
    text = "Post-Soviet states saw anti-Semitic slurs and pro-Western rallies after post-Covid lockdowns."
    assert actors_of(res, text, {}) == []


def test_a_body_named_where_people_stand_is_the_building(res: analyse.Resources) -> None:
    assert actors_of(res, "Crowds gathered outside the Kremlin on Sunday.", {"Kremlin": "ORG"}) == []
    assert actors_of(res, "The Kremlin said the talks would go on.", {"Kremlin": "ORG"}) == ["Kremlin"]


def test_a_person_the_model_places_elsewhere_in_the_item_is_the_place(res: analyse.Resources) -> None:
    text = "Russia wants all of Donbas, he said. 'Donbas is ours,' the newspaper quoted him as saying."
    spans = [("Russia", 0, "GPE"), ("Donbas", 0, "GPE"), ("Donbas", 1, "PERSON")]
    assert ("Donbas", "person") not in _actors(res, text, spans)
    # a name someone in the item bears stays a person
    text = "Sheikh Hasina ruled for 15 years. After the ouster of Hasina, an interim government took over."
    spans = [("Sheikh Hasina", 0, "PERSON"), ("Hasina", 1, "GPE")]
    assert [n for n, k in _actors(res, text, spans) if k in ACTOR_KINDS] == ["Hasina"]


def test_a_corridor_museum_or_volcano_is_a_place(res: analyse.Resources) -> None:
    text = "Beijing funds the Gwadar-Kashgar Economic Corridor (GKEC) project."
    names = {"the Gwadar-Kashgar Economic Corridor": "ORG", "GKEC": "ORG", "Beijing": "GPE"}
    assert actors_of(res, text, names) == []
    text = "Libya's Green Fort museum reopened. Ash rose from the Kanlaon volcano."
    assert actors_of(res, text, {"Green Fort": "ORG", "Kanlaon": "PERSON", "Libya": "GPE"}) == []


def test_a_title_case_headlines_verb_after_a_title_is_no_name(res: analyse.Resources) -> None:
    title = "Ransom for Kidnapped Sheikh Thwarts Peace Talks in Niger"
    assert actors_of(res, "Militants received millions in the deal.", {}, title=title) == []
    title = "Crowds in Kyiv Greet Prince Charles"
    assert actors_of(res, "The prince met wounded soldiers.", {}, title=title) == ["Charles"]


def test_a_word_after_a_saints_possessive_is_the_church(res: analyse.Resources) -> None:
    text = "Pilgrims filled St. Mark's Basilica while nurses at the Royal Free Hospital worked through the night."
    names = {"St. Mark's": "GPE", "Basilica": "PERSON", "the Royal Free Hospital": "ORG"}
    assert actors_of(res, text, names) == ["Royal Free Hospital"]


def test_a_name_with_its_short_form_in_brackets_is_the_name(res: analyse.Resources) -> None:
    text = "Members of the Popular Unity Front (PUF) set up the inquiry on Monday."
    assert actors_of(res, text, {"the Popular Unity Front (PUF)": "ORG"}) == ["Popular Unity Front"]
