"""A report that names a large story's central person joins it (stories._central_joined)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from briefing import embeddings, stories
from briefing.models import Actor, Item

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="the headline model is not installed")

TAVARES = (Actor("Rui Tavares", "person", mentions=3), Actor("Portugal", "state"), Actor("Lisbon", "place"))
# written for this test: five reports of an arrest, every headline naming the arrested man
REPORTS = [
    "Portugal arrests former minister Rui Tavares in Lisbon raid",
    "Portugal arrests ex-minister Rui Tavares in Lisbon raid",
    "Police detain Portugal's former minister Rui Tavares at his Lisbon home",
    "Former Portuguese minister Rui Tavares held after police raid in Lisbon",
    "Lisbon police raid ends with arrest of ex-minister Tavares",
]
# a follow-up of the arrest told through him: under the link to every report (best 0.50), its two closest 0.49
FOLLOW_UP = "Crowds gather outside Lisbon court as Tavares case opens"


def item(n: int, title: str, actors: tuple[Actor, ...] = TAVARES, hours: float = 0.0) -> Item:
    return Item(
        id=f"t{n}",
        source=chr(97 + n),
        title=title,
        url="",
        published=datetime(2026, 1, 5, 6, tzinfo=UTC) + timedelta(hours=n + hours),
        summary="",
        publisher=chr(97 + n),
        content_hash=f"h{n}",
        actors=actors,
    )


def arrest(*others: Item) -> list[Item]:
    return [item(n, t) for n, t in enumerate(REPORTS)] + list(others)


def test_a_follow_up_naming_the_person_the_event_made_news_joins_its_story() -> None:
    items = arrest(item(5, FOLLOW_UP))
    assert stories.cluster(items, 0.25, "embeddings") == [[0, 1, 2, 3, 4, 5]]


def test_a_report_naming_the_person_stays_apart_when_unlike_the_story_late_or_an_opinion() -> None:
    # "his release" is a follow-up too, but its headline is unlike every report (0.35): a name is not enough
    items = arrest(
        item(5, "Tavares family calls for his release"),
        item(6, FOLLOW_UP, hours=24 * 4),  # four days on: another story
        item(7, "Opinion | Crowds gather outside Lisbon court as Tavares case opens. Rightly"),
    )
    groups = stories.cluster(items, 0.25, "embeddings")
    assert [0, 1, 2, 3, 4] in groups
    assert [5] in groups and [6] in groups and [7] in groups


def test_a_name_the_days_other_stories_carry_too_is_nobodys_centre() -> None:
    # another Tavares, a cyclist, is the subject of a second story: "Tavares" no longer says which event
    cyclist = (Actor("Joao Tavares", "person"), Actor("Portugal", "state"))
    items = arrest(
        item(5, FOLLOW_UP),
        item(6, "Cyclist Joao Tavares wins Algarve stage in sprint finish", cyclist),
        item(7, "Joao Tavares takes Algarve stage win with late sprint", cyclist),
    )
    groups = stories.cluster(items, 0.25, "embeddings")
    assert [0, 1, 2, 3, 4] in groups and [5] in groups and [6, 7] in groups


def test_headline_people_are_the_surnames_of_person_actors_the_headline_names() -> None:
    it = item(0, "Maduro supporters protest in Caracas as Rodríguez stays in control")
    it = replace(
        it,
        actors=(
            Actor("Nicolás Maduro", "person"),
            Actor("Delcy Rodríguez", "person"),
            Actor("Caracas", "place"),
            Actor("Marco Rubio", "person"),  # in the text, not the headline
        ),
    )
    assert stories.headline_people(it) == {"maduro", "rodriguez"}


def test_a_follow_up_naming_the_person_in_the_possessive_joins_too() -> None:
    # "Tavares's case" names him as "Tavares case" does: headlines write a person's possessive all the time
    for follow_up in (
        "Crowds gather outside Lisbon court as Tavares's case opens",
        "Tavares’s lawyer vows appeal",
    ):
        items = arrest(item(5, follow_up))
        assert stories.headline_people(items[5]) == {"tavares"}
    assert stories.cluster(
        arrest(item(5, "Crowds gather outside Lisbon court as Tavares's case opens")), 0.25, "embeddings"
    ) == [[0, 1, 2, 3, 4, 5]]
