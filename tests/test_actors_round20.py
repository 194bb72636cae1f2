"""Actors found without the watch list: the repairs that followed the twentieth labelling round (a law's name, a
headline's state before a body's name, a person after a "-backed" adjective), each on a short text written for it.
The model's spans are given by a fake finder (no model is loaded); the phrase index (gazetteer, outlets, theatre
keywords) and the word-frequency lists are the real ones."""

from __future__ import annotations

from briefing import analyse
from tests.test_actors_repairs import ACTOR_KINDS, kinds_of


def _named(res: analyse.Resources, title: str, text: str, names: dict[str, str]) -> list[str]:
    """The people and organisations of one item, lower case, watch list empty, the model's spans being `names`."""
    return sorted(
        name.lower() for name, kind in kinds_of(res, title, text, names).items() if kind in ACTOR_KINDS
    )


def test_a_law_the_model_calls_an_organisation_is_no_actor(res: analyse.Resources) -> None:
    text = "Revisions to the Veltran Trade Law take effect in March, the Kormon Council said, as do the Osk Accords."
    names = {"the Veltran Trade Law": "ORG", "Kormon Council": "ORG", "Osk Accords": "ORG"}
    assert _named(res, "Report", text, names) == ["kormon council"]
    # a person's surname that is the word "Law" stays a person
    assert _named(res, "Report", "Actor Jude Law arrived.", {"Jude Law": "PERSON"}) == ["jude law"]


def test_a_headlines_state_before_a_body_named_alone_below_is_dropped(res: analyse.Resources) -> None:
    title = "Iran Heritage Guard member killed in protests"
    text = "A member of the paramilitary Heritage Guard was killed on Thursday, officials said."
    assert _named(res, title, text, {"Iran Heritage Guard": "ORG", "Heritage Guard": "ORG"}) == [
        "heritage guard"
    ]
    # a body the item never names without the state keeps its whole name
    text = "A member of the force was killed on Thursday, officials said."
    assert _named(res, title, text, {"Iran Heritage Guard": "ORG"}) == ["iran heritage guard"]


def test_an_unknown_place_after_someones_backing_is_a_person(res: analyse.Resources) -> None:
    text = "Election results resumed, and the Kremlin-backed Dravoni kept his lead over two rivals."
    assert _named(res, "Report", text, {"Dravoni": "GPE"}) == ["dravoni"]
    # a place the index knows stays a place ("Russia-backed Transnistria")
    text = "Talks stalled over the Russia-backed Transnistria and its border posts."
    assert _named(res, "Report", text, {"Transnistria": "GPE"}) == []


def test_an_award_is_not_its_giver(res: analyse.Resources) -> None:
    # the model calls the award's first word a body, or the whole award one
    title = "Singer's new Tavolli World Record"
    text = "She also won the Ostrava Peace Prize, and the Kelm Foundation paid for the show."
    names = {"Tavolli": "ORG", "Ostrava Peace Prize": "ORG", "Kelm Foundation": "ORG"}
    assert _named(res, title, text, names) == ["kelm foundation"]


def test_the_us_before_a_body_stays_part_of_its_name(res: analyse.Resources) -> None:
    # "US Coast Guard" is the body's own name, as labelled, even where the text also says "the Coast Guard"
    title = "US Harbour Watch pursues another tanker"
    text = "The Harbour Watch said it had boarded the ship."
    assert _named(res, title, text, {"US Harbour Watch": "ORG", "Harbour Watch": "ORG"}) == [
        "us harbour watch"
    ]


def test_a_body_whose_own_name_opens_on_a_state_keeps_it(res: analyse.Resources) -> None:
    # "Iran Human Rights" written twice is a group's whole name, never "Human Rights" alone
    title = "Executions rise, Iran Human Rights says"
    text = "As long as Iran Human Rights has existed, it said, the toll has never been so high."
    assert _named(res, title, text, {"Iran Human Rights": "ORG"}) == ["iran human rights"]


def test_a_groups_code_or_a_group_after_a_backing_is_no_person(res: analyse.Resources) -> None:
    text = "Fighting between the army and the Rwanda-backed M47 rebels and Kremlin-backed Vostrava forces went on."
    assert _named(res, "Report", text, {"M47": "GPE", "Vostrava": "GPE"}) == []
