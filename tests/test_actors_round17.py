"""Actors found without the watch list: the repairs that followed the sixteenth and seventeenth labelling rounds
(Title Case headlines, a network's short name), each on a short text written for it. The model's spans are given by
a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre keywords) and the word-frequency
lists are the real ones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from briefing import analyse
from briefing.models import Item
from tests.test_actors_repairs import ACTOR_KINDS, kinds_of


def _named(found: dict[str, str]) -> list[str]:
    return sorted(n.lower() for n, k in found.items() if k in ACTOR_KINDS)


def test_a_networks_short_name_is_an_outlet(res: analyse.Resources) -> None:
    text = "The host was dropped by NBC last year, and CBS ended his show in May."
    found = kinds_of(res, "Report", text, {"NBC": "ORG", "CBS": "ORG"})
    assert _named(found) == [] and "outlet" in found.values()


def test_a_section_bar_is_no_byline(res: analyse.Resources) -> None:
    # a section's name and a bar before a Title Case headline: its subject is not an author after a headline's
    # bar, and the headline's verb is no part of a name
    found = kinds_of(
        res,
        "Opinion | Merkel Says Sayonara to Old Allies",
        "Why is she turning her back on the partners of three decades?",
        {"Merkel": "ORG", "Sayonara": "PERSON"},
    )
    assert "merkel" in _named(found) and not any(" says" in n for n in _named(found))
    # an author after the headline's bar still takes the given name the model left out
    found = kinds_of(res, "Floods are the new normal | Emily Boyle", "", {"Boyle": "PERSON"})
    assert _named(found) == ["emily boyle"]


def test_a_name_joined_by_and_to_a_person_is_a_person(res: analyse.Resources) -> None:
    # the model tags only the second of two surnames in a headline; the first, no place or body the index
    # knows and no English word, is the second person
    found = kinds_of(
        res,
        "Macron and Scholz to Hold Talks After Brussels Summit",
        "The two leaders will meet on Friday.",
        {"Scholz": "PERSON", "Brussels": "GPE"},
    )
    assert _named(found) == ["macron", "scholz"]
    # a state or a common word before "and" stays what it is
    found = kinds_of(
        res,
        "Report",
        "Ukraine and Putin traded blame. Sources and Putin aides disagreed.",
        {"Putin": "PERSON"},
    )
    assert _named(found) == ["putin"]


def test_a_title_case_headlines_common_noun_after_the_is_no_body(res: analyse.Resources) -> None:
    # "the Dice" of an idiom, capitalised only because every headline word is, and the body never names it
    found = kinds_of(
        res,
        "Merkel Rolls the Dice on a Snap Election in Germany",
        "The chancellor bets that voters will back her coalition.",
        {"Merkel": "PERSON", "Dice": "ORG", "Germany": "GPE"},
    )
    assert _named(found) == ["merkel"]
    # a body the body names as well stays
    found = kinds_of(
        res,
        "Merkel Visits the Bundesbank in Frankfurt",
        "The chancellor met officials of the Bundesbank on Friday.",
        {"Merkel": "PERSON", "Bundesbank": "ORG", "Frankfurt": "GPE"},
    )
    assert _named(found) == ["bundesbank", "merkel"]


def test_a_tunnel_is_a_place(res: analyse.Resources) -> None:
    text = "Trains through the Gotthard Tunnel were halted, the operator SBB said."
    found = kinds_of(res, "Report", text, {"Gotthard Tunnel": "ORG", "SBB": "ORG"})
    assert _named(found) == ["sbb"]


class _Occurrences:
    """A fake finder that gives one word two labels: the nth occurrence of a word in a text gets its own label,
    as the model labels one word differently in two sentences."""

    def __init__(self, labels: dict[tuple[str, int], str]) -> None:
        self.labels = labels

    def __call__(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        out = []
        for text in texts:
            spans = []
            for (word, nth), label in self.labels.items():
                hits = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
                if nth < len(hits):
                    spans.append((hits[nth].start(), hits[nth].end(), label))
            out.append(sorted(spans))
        return out


def test_a_groups_adjective_the_model_calls_a_body_is_no_actor(res: analyse.Resources) -> None:
    # the model reads "Yazidi" as a group once and as an organisation before "protesters": the group's adjective
    it = Item(
        id="a1",
        source="t",
        title="Report",
        url="",
        published=datetime(2026, 1, 5, tzinfo=UTC),
        summary="Three Yazidi men were killed. Yazidi protesters blocked roads in Sinjar.",
    )

    def named(labels: dict[tuple[str, int], str]) -> list[str]:
        actors = analyse.analyse_items([it], res, _Occurrences(labels))[0].actors
        return sorted(a.name.lower() for a in actors if a.kind in ACTOR_KINDS)

    assert named({("Yazidi", 0): "NORP", ("Yazidi", 1): "ORG"}) == []
    # with no reading as a group, the model's body stands
    assert named({("Yazidi", 1): "ORG"}) == ["yazidi"]
    # a body's name the model also reads as a group stays: "Hezbollah" is as common abroad as in English
    it2 = replace(it, summary="Israel said Hezbollah men fired. It struck Hezbollah sites.")
    labels = {("Hezbollah", 0): "NORP", ("Hezbollah", 1): "ORG"}
    actors = analyse.analyse_items([it2], res, _Occurrences(labels))[0].actors
    assert "Hezbollah" in {a.name for a in actors if a.kind in ACTOR_KINDS}


def test_a_blocs_name_before_its_members_is_an_organisation(res: analyse.Resources) -> None:
    text = "For Brics nations and the wider Global South, the strike is a warning."
    found = kinds_of(res, "Report", text, {"Global South": "LOC"})
    assert _named(found) == ["brics"]
    # a group the model reads (or an English word) before "nations" is none
    text = "Nordic nations and Western countries condemned the strike."
    assert _named(kinds_of(res, "Report", text, {"Nordic": "NORP"})) == []


def test_a_thing_a_person_owns_is_no_organisation(res: analyse.Resources) -> None:
    # the model reads a document's Title Case name after "her" as an organisation
    text = "The opposition leader discusses her Freedom Manifesto and the Popular Will party she founded."
    found = kinds_of(res, "Report", text, {"Freedom Manifesto": "ORG", "Popular Will": "ORG"})
    assert _named(found) == ["popular will"]
    # a body after "their" stays
    text = "Voters deserted their Labour Party, and he left his Civic Movement."
    found = kinds_of(res, "Report", text, {"Labour Party": "ORG", "Civic Movement": "ORG"})
    assert _named(found) == ["civic movement", "labour party"]
    # a body named before its kind in lower case stays
    text = "The king was patron of her Shoah Memory Trust UK foundation."
    found = kinds_of(res, "Report", text, {"Shoah Memory Trust UK": "ORG"})
    assert _named(found) == ["shoah memory trust uk"]


def test_a_name_run_on_into_the_sentence_is_cut(res: analyse.Resources) -> None:
    # the model's organisation runs from a name into the headline's lower-case words
    title = "Outrage and threats: Merkel justice department slammed after limited files release"
    text = "Angela Merkel's justice department was hit with legal threats."
    names = {"Merkel justice department slammed after": "ORG", "Angela Merkel": "PERSON"}
    assert _named(kinds_of(res, title, text, names)) == ["angela merkel", "justice department"]
    # a name with a lower-case particle stays whole
    text = "Doctors from Médecins sans Frontières said the Bank of England had paid."
    found = kinds_of(res, "Report", text, {"Médecins sans Frontières": "ORG", "Bank of England": "ORG"})
    assert _named(found) == ["bank of england", "médecins sans frontières"]
    # a preposition between two names: not a name's run into the sentence
    text = "Past residents ranged from Maxwell and mogul Combs to Juan Orlando Hernandez."
    found = kinds_of(res, "Report", text, {"Combs to Juan Orlando Hernandez": "ORG", "Maxwell": "PERSON"})
    assert "combs" not in _named(found)


def test_a_name_with_a_job_in_apposition_is_a_person(res: analyse.Resources) -> None:
    # the model calls the name a work of art; its last word is a state's name
    text = '"Each family filed a complaint," Lucien Jordan, a Geneva-based lawyer, said on Thursday.'
    found = kinds_of(res, "Report", text, {"Lucien Jordan": "WORK_OF_ART"})
    assert _named(found) == ["lucien jordan"] and "Jordan" not in found
    # a place followed by an apposition that is no job stays a place
    text = "They met in Nova Gorica, a town on the border."
    assert _named(kinds_of(res, "Report", text, {"Nova Gorica": "GPE"})) == []
