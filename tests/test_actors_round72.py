"""Actors found without the watch list: the repairs that followed the seventy-second labelling round (TASS summary
lines below a headline that closes on its source: a speaker opening the line, a body run into its head's name, a
party's kind kept in its name, a source's initials) and a leftover of round 70 (a one-word institution opening a Title
Case headline), each on a short text written for it and on the real one. The model's spans are given by a fake finder
(no model is loaded); the phrase index and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import actors_of, kinds_of


def test_a_surname_opening_a_summary_line_before_a_verb_of_belief_is_a_person(res: analyse.Resources) -> None:
    title = "Talks will drag on into spring — newspaper"
    assert kinds_of(
        res, title, "Okonjovic believes that neither side will give way", {"Okonjovic": "GPE"}
    ) == {"Okonjovic": "person"}
    real = "Attempts continue to expand Ukraine conflict to entire Europe — newspaper"
    text = "Selvi believes that the forces supporting Ukraine are plotting to set Turkey and Russia against each other"
    assert kinds_of(res, real, text, {"Selvi": "GPE"}).get("Selvi") == "person"
    # the headline's closing "— newspaper" names the outlet it cites, not the person opening the line below; a
    # body opening it is that outlet
    assert kinds_of(res, real, text, {"Selvi": "PERSON"}).get("Selvi") == "person"
    title = "Ukraine is playing Russian roulette by attacking Putin's residence — magazine"
    text = "Valeurs Actuelles notes the complete lack of response from Kiev's European allies"
    assert kinds_of(res, title, text, {"Valeurs Actuelles": "ORG"}).get("Valeurs Actuelles") == "outlet"
    # inside a sentence, or after a preposition, a place stays a place
    text = "Troops were sent to Okonjovic, which said it would resist."
    assert kinds_of(res, "Troops sent", text, {"Okonjovic": "GPE"}).get("Okonjovic") == "place"


def test_the_subject_of_a_headlines_reported_view_is_a_person(res: analyse.Resources) -> None:
    real = "Trump doubts Machado will become Venezuela's new leader"
    text = "US President added that it would be very difficult for her to become a leader"
    assert kinds_of(res, real, text, {"Machado": "GPE"}).get("Machado") == "person"
    assert kinds_of(res, "Okonjovic says Kyiv will hold talks", "", {}).get("Kyiv") == "place"


def test_a_bodys_one_word_name_run_into_its_heads_name_is_split(res: analyse.Resources) -> None:
    text = "Head of the polling firm Harvest Ivana Kotlarova said support had fallen."
    assert actors_of(res, text, {"Harvest Ivana Kotlarova": "PERSON"}) == ["Harvest", "Ivana Kotlarova"]
    real = (
        "Head of the Ukrainian sociological group Rating Alexey Antipovich confirmed that people in the western "
        "regions of Ukraine are less willing to support territorial concessions"
    )
    got = kinds_of(
        res, "Ukrainians may support withdrawal — pollster", real, {"Rating Alexey Antipovich": "PERSON"}
    )
    assert got.get("Rating") == "organisation" and got.get("Alexey Antipovich") == "person"
    # a given name that is a common word, with no body's noun before it, stays the person's
    assert actors_of(res, "The singer Hope Sandoval said so.", {"Hope Sandoval": "PERSON"}) == [
        "Hope Sandoval"
    ]


def test_a_partys_kind_after_a_rare_name_is_no_part_of_its_name(res: analyse.Resources) -> None:
    real = "Zimbabwe was suffering hyperinflation and harassment of the opposition by Mugabe's ruling Zanu-PF party"
    assert actors_of(res, real, {"Mugabe": "PERSON", "Zanu-PF party": "ORG"}) == ["Mugabe", "Zanu-PF"]
    text = "Polls put the Chega party second."
    assert actors_of(res, text, {"Chega party": "ORG"}) == ["Chega"]
    # after a common word the kind is part of the name, as labelled ("Labour party", "Brexit party")
    text = "Farage founded the Brexit party in 2019."
    assert "Brexit party" in actors_of(res, text, {"Farage": "PERSON", "Brexit party": "ORG"})


def test_a_tass_headlines_closing_wp_is_an_outlet(res: analyse.Resources) -> None:
    real = "Netanyahu to try to persuade Trump to deliver another strike on Iran — WP"
    text = "According to the report, Benjamin Netanyahu continues to view Iran as a regional threat"
    got = kinds_of(res, real, text, {"Netanyahu": "PERSON", "Benjamin Netanyahu": "PERSON", "WP": "ORG"})
    assert got.get("WP", got.get("The Washington Post")) == "outlet"


def test_a_one_word_institution_opening_a_title_case_headline_before_it_speaks_is_kept(
    res: analyse.Resources,
) -> None:
    title = "Pentagon Says It Will Review Troop Levels in Europe"
    assert kinds_of(res, title, "", {"Pentagon": "ORG"}).get("Pentagon") == "organisation"
    text = "The review would take months, officials said."
    assert kinds_of(res, title, text, {"Pentagon": "ORG"}).get("Pentagon") == "organisation"
    # a plural subject is a common noun ("Officials Say"), and a word elsewhere in the headline is not kept
    assert "Officials" not in kinds_of(res, "Officials Say Talks Will Resume", "", {"Officials": "ORG"})
    assert "Pentagon" not in kinds_of(res, "Why the Pentagon Shape Says a Lot", "", {"Pentagon": "ORG"})


def test_a_surname_alone_that_the_run_names_as_a_beach_is_the_place_before_its_event(
    res: analyse.Resources,
) -> None:
    from datetime import UTC, datetime

    from briefing.models import Item
    from tests.test_actors_repairs import FakeFinder

    def item(n: int, title: str, text: str = "") -> Item:
        return Item(
            id=f"b{n}",
            source="t",
            title=title,
            url="",
            published=datetime(2026, 1, 5, tzinfo=UTC),
            summary=text,
        )

    items = [
        item(
            1,
            "Rifle-toting police will patrol the 5th Ashes cricket test in Sydney following Bondi shootings",
        ),
        item(2, "Mourners gather", "Hundreds gathered at Bondi Beach on Sunday."),
        item(3, "Bondi said the department would release the files", "The attorney general spoke on Friday."),
    ]
    results = analyse.analyse_items(items, res, FakeFinder({"Bondi": "PERSON"}))
    actors = [{a.name: a.kind for a in r.actors} for r in analyse.with_run_names(items, results, res.index)]
    assert "Bondi" not in actors[0]
    assert actors[2].get("Bondi") == "person"


def test_a_slogan_of_a_states_name_is_no_body(res: analyse.Resources) -> None:
    text = "Canada First is no longer a slogan; it is the platform the premier runs on."
    assert actors_of(res, text, {"Canada First": "ORG"}) == []
    real = "America First is no longer a slogan; it is a doctrine, but the ledger of force rarely balances neatly"
    assert actors_of(res, real, {"America First": "ORG"}) == []
    # a party of such a name, called no slogan, stays a body
    text = "Britain First, the far-right party, said it would march in Leeds."
    assert actors_of(res, text, {"Britain First": "ORG"}) == ["Britain First"]
