"""What no one named reports (rulings restated in round 111, issue 11): a passive whose agent is an unnamed group or
none, an unnamed group that identifies someone or speaks in a participle, and a headline that opens with a quotation no one owns (sentences
written for these tests after round 107's and 111's labelled ones; a small fake entity finder)."""

from __future__ import annotations

import pytest

from briefing import analyse
from tests.test_claims_structure import claim_rows, row_of

NAMES = {"Erik Dahl": "PERSON", "Norland": "GPE", "UN": "ORG"}


def _row(
    res: analyse.Resources, body: str, start: str, title: str = "Storm damage spreads along the coast"
) -> tuple[str, str]:
    return row_of(claim_rows(res, title, body, NAMES), start)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # (a) round 107, labelled: "The reversal, which was confirmed by organisers, came after ..."
        (
            "The ban on the party, which was confirmed by organisers, came after a row over its leaders.",
            "The ban",
        ),
        ("The new tax was criticised by officials in the capital.", "The new tax"),
        ("The law has been widely condemned by human rights groups.", "The law"),
        # (b) round 107, labelled: "Britain will lose a piece of its national identity if ..., the government has
        # been warned."
        ("The port will lose its trade if nothing is done, the government has been warned.", "The port"),
        ("The council has been warned that the bridge is unsafe.", "The council"),
        # (d) round 107, labelled: "Authorities on Monday identified the two New Jersey men as ..."
        ("Authorities on Monday identified the two men as fishermen from the north.", "Authorities"),
        ("Police named the victim as a 45-year-old teacher.", "Police named"),
        # round 111, labelled: "UK pastry chain has plans for ..., despite sales falling in 2025 and analysts
        # questioning brand's direction"
        (
            "The chain plans 800 more shops, despite sales falling and analysts questioning its direction.",
            "The chain",
        ),
        ("Prices rose again, with economists warning of a slowdown.", "Prices rose"),
        # round 107, labelled: "... set up the inquiry amid far-right claims that public TV and radio has a bias"
        ("The party set up an inquiry amid far-right claims that the broadcaster is biased.", "The party"),
    ],
)
def test_what_no_one_named_reports_is_reported(res: analyse.Resources, body: str, start: str) -> None:
    assert _row(res, body, start) == ("reported", "")


def test_an_unnamed_group_identifying_someone_in_a_headline_is_reported(res: analyse.Resources) -> None:
    # round 107, labelled: "Authorities identify the two victims of New Jersey helicopter crash: ..."
    title = "Authorities identify the two victims of Norland ferry crash"
    assert _row(res, "The ferry sank on Sunday.", "Authorities identify", title) == ("reported", "")


def test_a_named_source_beside_an_unnamed_agent_is_kept(res: analyse.Resources) -> None:
    body = "Erik Dahl said the plan, which was criticised by officials, would go ahead."
    assert _row(res, body, "Erik Dahl") == ("reported", "Erik Dahl")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # an instruction, not a report (round 107's "Residents were told to be ready to evacuate" is `unflagged`)
        ("He was warned by police not to return to the town.", "He was warned"),
        ("Residents have been warned to stay indoors.", "Residents"),
        # an act of police, not a statement; a name given after someone
        ("The man was arrested by police on Sunday.", "The man"),
        ("The street was named after a local poet.", "The street"),
        # a named agent is a named source, not an unnamed one
        ("The new tax was criticised by UN officials.", "The new tax"),
        # what a group does, not what it says
        ("The town grew, with residents building new homes.", "The town grew"),
    ],
)
def test_what_is_no_unnamed_report_is_not_reported(res: analyse.Resources, body: str, start: str) -> None:
    assert _row(res, body, start)[0] != "reported"


@pytest.mark.parametrize(
    "title",
    [
        # round 30, labelled: "'Paralysed and constantly caught by surprise': Voices from Iran after US strikes"
        "'Tired and constantly afraid': Voices from Norland after the floods",
        # corpus: "'It has become difficult to live': Hungarian writers bemoan country's hostile environment"
        "'It has become hard to live here': Norland writers bemoan the new censorship",
        # corpus: "'It has hit us very hard': grief-stricken Crans-Montana residents on how their world has changed"
        "'It has hit us very hard': grieving residents on how their town has changed",
        # corpus: "'We live with war over our heads': the Romanian villagers threatened by Russian drones"
        "'We live with war over our heads': the Norland villagers threatened by drones",
    ],
)
def test_a_headline_quotation_given_to_unnamed_voices_stays_reported(
    res: analyse.Resources, title: str
) -> None:
    assert _row(res, "The floods came in May.", title[:10], title) == ("reported", "")
