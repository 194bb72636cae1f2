"""Two small groups whose headlines' main clauses have one verb and subject join (stories._subjects_joined)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing import embeddings, stories
from briefing.actors import load_parser
from briefing.models import Item

pytestmark = pytest.mark.skipif(
    not embeddings.available() or load_parser(stories.PARSER_MODEL) is None,
    reason="the headline model or the spaCy parser is not installed",
)

# written for this test: one seizure in two outlets' words, 0.50 alike (under the link, 0.6, words and all)
SEIZED = "Portugal seizes Spanish trawler off the Azores"
SEIZED_AGAIN = "Portugal's navy seizes vessel in record drug bust"
# the same country doing something else with the same boat: 0.48 alike
BURNED = "Portugal burns four tonnes of cocaine hidden in fishing boat"


def item(n: int, title: str, hours: float = 0.0) -> Item:
    return Item(
        id=f"t{n}",
        source=chr(97 + n),
        title=title,
        url="",
        published=datetime(2026, 1, 5, 6, tzinfo=UTC) + timedelta(hours=n + hours),
        summary="",
        publisher=chr(97 + n),
        content_hash=f"h{n}",
    )


def test_the_main_clause_names_the_deed_and_its_doer() -> None:
    seized = ("seize", frozenset({"portugal"}))
    said = "Navy says Portugal seized trawler off the Azores"  # "X says ...": what X says happened
    no_verb = "One dead in Lisbon shooting"
    assert stories.headline_cores([SEIZED, said, no_verb]) == [seized, seized, None]


def test_two_wordings_of_one_deed_by_one_doer_are_one_story() -> None:
    assert stories.cluster([item(0, SEIZED), item(1, SEIZED_AGAIN)], 0.25, "embeddings") == [[0, 1]]


def test_another_deed_a_later_day_or_a_larger_story_stays_apart() -> None:
    assert stories.cluster([item(0, SEIZED), item(1, BURNED)], 0.25, "embeddings") == [[0], [1]]
    late = [item(0, SEIZED), item(1, SEIZED_AGAIN, hours=24 * 3)]
    assert stories.cluster(late, 0.25, "embeddings") == [[0], [1]]
    # a story of WORD_STORY reports is the links' to grow, not this rule's
    copies = [item(n, f"{SEIZED_AGAIN}{'!' * n}") for n in range(stories.WORD_STORY)]
    groups = stories.cluster([*copies, item(9, SEIZED)], 0.25, "embeddings")
    assert [stories.WORD_STORY] in groups
