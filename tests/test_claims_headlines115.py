"""Headlines that report someone's words in forms main left unread (issue 11, round 115, the forms counted over
head32's pool): a closing dash describing one person the lede names ("... — EU politician", "... — UK journalist",
"... — expert" over a quotation the lede closes with the name), a closing dash with a person's name after a verb whose
subject is no one named, and a headline's view in a verb the reporting verbs do not read ("sees good chance",
"notes", "rings alarm bell", "doubles down on allegations"). Sentences written for these tests after round 115's
labelled ones and the pool's unlabelled ones; a small fake entity finder."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {
    "Erik Dahl": "PERSON",
    "Mira Holt": "PERSON",
    "Kallas": "PERSON",
    "Donald Trump": "PERSON",
    "Trump": "PERSON",
    "Norland": "GPE",
    "Westmark": "GPE",
    "Pashinyan": "PERSON",
    "Nikol Pashinyan": "PERSON",
}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # pool: "Bundeswehr should take part in peacekeeping ... — EU politician", "... — UK journalist" over "Frank
        # Wright said ..."
        (
            "Norland should join the peacekeeping force — EU politician",
            "Erik Dahl said the force needs Norland.",
        ),
        (
            "London provokes Westmark into confrontation — UK journalist",
            "Erik Dahl said it was not realistic.",
        ),
        # pool: "Some US lawmakers capitalize on Ukrainian conflict — US Representative" over "US Representative Anna
        # Paulina Luna noted that ..."
        (
            "Some lawmakers profit from the war — US Representative",
            "US Representative Erik Dahl noted that they do.",
        ),
        # round 115: "... — expert" over '"We resemble Europe in 1936 ...," Michael Brenner, former Director of ...
        # said'
        (
            "Neither Norland nor Westmark will oppose the plan — expert",
            '"We resemble Europe in 1936," Erik Dahl, former Director of the Global Studies Program at the University'
            " of Norland said",
        ),
        # pool: "... — senior military official" over "According to Pavel Muraveiko, ..."
        (
            "Norland designates patrol areas — senior military official",
            "According to Erik Dahl, work is underway.",
        ),
    ],
)
def test_a_closing_dash_describing_one_person_is_the_person_the_lede_names(
    res: analyse.Resources, title: str, body: str
) -> None:
    assert row_of(claim_rows(res, title, body, NAMES), title[:12]) == ("attributed", "Erik Dahl")


def test_the_lede_that_names_the_described_person_is_theirs(res: analyse.Resources) -> None:
    title = "Neither Norland nor Westmark will oppose the plan — expert"
    body = '"We resemble Europe in 1936," Erik Dahl, former Director of the Global Studies Program at Norland said'
    assert row_of(claim_rows(res, title, body, NAMES), '"We resemble') == ("attributed", "Erik Dahl")


def test_a_described_person_the_lede_does_not_name_is_a_source_not_named(res: analyse.Resources) -> None:
    # pool: "... — EU politician" is read at last; with no one named it is "— lawmaker"'s case: reported
    title = "Norland should join the peacekeeping force — EU politician"
    assert row_of(claim_rows(res, title, "The force needs Norland, he argued.", NAMES), "Norland sh") == (
        "reported",
        "",
    )


def test_a_lede_person_with_another_office_is_not_the_described_one(res: analyse.Resources) -> None:
    # round 87, labelled reported "": "... may destabilize entire region — security official" over "US President
    # Donald Trump wrote ..."
    title = "Foreign meddling may destabilize the region — security official"
    body = 'US President Donald Trump wrote on Friday that "we will come to their rescue"'
    assert row_of(claim_rows(res, title, body, NAMES), "Foreign") == ("reported", "")


def test_a_closing_dash_with_a_persons_name_is_theirs(res: analyse.Resources) -> None:
    # pool: "US sanctions against former European officials cast doubt on EU sovereignty — Kallas"
    title = "Sanctions against former officials cast doubt on Norland sovereignty — Kallas"
    body = "The chief of the bloc's diplomacy said the bloc will defend its values."
    assert row_of(claim_rows(res, title, body, NAMES), "Sanctions") == ("attributed", "Kallas")


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Trump sees good chance for resolving the conflict", "Trump"),  # pool
        ("Pashinyan sees nuances in route implementation tied to Westmark relations", "Pashinyan"),  # pool
        ("Mira Holt, who visits Westmark, notes Norland's might", "Mira Holt"),  # round 115
        ("Erik Dahl rings alarm bell over growing extremist presence", "Erik Dahl"),  # pool
        ("Russia Doubles Down on Allegations Norland Targeted the Residence", "Russia"),  # pool
    ],
)
def test_a_headlines_view_in_an_unread_verb_is_its_subjects(
    res: analyse.Resources, title: str, speaker: str
) -> None:
    status, who = row_of(claim_rows(res, title, "The talks went on.", NAMES), title[:10])
    assert status == "attributed" and who.endswith(speaker.split()[-1])


@pytest.mark.parametrize(
    "title",
    [
        "Norland sees spike in flu cases in December",  # round 115's "US sees spike in flu cases"
        "Southern Norland sees third death from storm",  # pool
        "Organ-tuning books in Norland churches provide notes on a warming climate",  # pool
    ],
)
def test_what_happens_to_a_headlines_subject_is_no_view(res: analyse.Resources, title: str) -> None:
    assert row_of(claim_rows(res, title, "The figures rose.", NAMES), title[:10]) == ("unflagged", "")


def test_a_body_known_by_its_kind_that_sees_is_no_one_named(res: analyse.Resources) -> None:
    # round 115 (the kind-noun ruling of "Watchdog warns ..."): "Australia social media watchdog sees common cause ..."
    title = "Norland social media watchdog sees common cause with Westmark as ban begins"
    assert row_of(claim_rows(res, title, "The ban began on Monday.", NAMES), "Norland so") == ("reported", "")


@pytest.mark.parametrize(
    "title",
    [
        "Resort explosion latest: many feared dead after blast at ski town",  # round 115
        "Cremation pyre in Norland thought to be world's oldest",  # pool
        "Rare parrot pair thought to be infertile hatch a chick",  # pool
    ],
)
def test_a_headlines_belief_no_one_is_named_for_is_reported(res: analyse.Resources, title: str) -> None:
    assert row_of(claim_rows(res, title, "The figures rose.", NAMES), title[:10]) == ("reported", "")


def test_a_writers_own_thought_in_a_headline_is_no_hedge(res: analyse.Resources) -> None:
    # pool: "I thought an edible would take the edge off family Christmas. I spent the day on the floor"
    title = "I thought the walk would be easy. I spent the day lost"
    assert row_of(claim_rows(res, title, "It was not.", NAMES), "I thought") == ("unflagged", "")
