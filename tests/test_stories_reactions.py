"""A lone reaction joins the story it reacts to; a report of another incident sourced to someone does not
(stories._reactions_joined, stories.incident_reports)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing import embeddings, stories
from briefing.actors.model import load_parser
from briefing.models import Item

needs_parser = pytest.mark.skipif(
    load_parser(stories.PARSER_MODEL) is None, reason="the spaCy model is not installed"
)
needs_model = pytest.mark.skipif(not embeddings.available(), reason="the headline model is not installed")

# written for this test: three reports of an arrest
REPORTS = [
    "Portugal arrests former minister Rui Tavares in Lisbon raid",
    "Portugal arrests ex-minister Rui Tavares in Lisbon raid",
    "Police detain Portugal's former minister Rui Tavares at his Lisbon home",
]
# another arrest in another country, sourced to a prosecutor: its two closest reports average 0.56, under the link
OTHER_ARREST = "Police arrest former Spanish minister in Madrid raid, prosecutor says"
# a body's view of the arrest, in the same "X says ..." form: 0.56 (and 0.49 to the other arrest)
REACTION = "Brussels says arrest of Portugal's former minister is a matter for Lisbon courts"


def item(n: int, title: str) -> Item:
    return Item(
        id=f"t{n}",
        source=chr(97 + n),
        title=title,
        url="",
        published=datetime(2026, 1, 5, 6, tzinfo=UTC) + timedelta(hours=n),
        summary="",
        publisher=chr(97 + n),
        content_hash=f"h{n}",
    )


@needs_parser
@needs_model
def test_a_sourced_report_of_another_incident_stays_apart_and_a_reaction_still_joins() -> None:
    items = [item(n, t) for n, t in enumerate([*REPORTS, OTHER_ARREST, REACTION])]
    groups = stories.cluster(items, 0.25, "embeddings")
    assert [0, 1, 2, 4] in groups
    assert [3] in groups


@needs_parser
def test_a_clause_that_states_an_incident_is_a_report_and_a_view_or_a_stance_is_not() -> None:
    reports = [
        "Russian missile strikes damage energy infrastructure in Ukraine's Kharkiv, mayor says",
        "Russia attacks Ukraine's Black Sea ports, damages civilian ship, Kyiv says",
        "Israel says it struck Hezbollah sites in southern Lebanon",
        "At least 19 killed in collapse of two buildings in Fez, state news agency says",
        "Two killed in drone strike on Saratov, regional governor says",
        OTHER_ARREST,
    ]
    reactions = [
        "Russia says US seizure of oil tanker is illegal, lawmaker calls it piracy",  # the event is its subject
        "Guterres deeply alarmed by Maduro's capture, calls for respect for international law",  # a stance verb
        "Trump says he spoke with Maduro one week ago, offered him his surrender",  # no incident verb
        "Trump says US will intervene if Iranian regime kills peaceful protesters",  # a condition
        "Estonian intelligence chief says Russia has no plans to attack NATO countries",
        "US strikes on Nigeria and Syria are 'consistent' with policy, official says",  # a view of them
        REACTION,
    ]
    assert stories.incident_reports(reports) == [True] * len(reports)
    assert stories.incident_reports(reactions) == [False] * len(reactions)
