"""Stories across languages: a report in another language joins the English story on canonical names it shares,
but countries alone are a topic, not an event (issue 10 point 2; tests/data/stories, the `cross-language` set)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefing import stories
from briefing.models import Actor, Item

WHEN = datetime(2026, 1, 4, 12, tzinfo=UTC)
GULF = (Actor("Saudi Arabia", "state", mentions=3), Actor("Yemen", "state", mentions=2))


def item(n: int, title: str, actors: tuple[Actor, ...], language: str = "en") -> Item:
    return Item(
        id=f"x{n}",
        source=f"s{n}",
        title=title,
        url="",
        published=WHEN,
        summary="",
        publisher=f"p{n}.example",
        content_hash=f"h{n}",
        language=language,
        actors=actors,
    )


@pytest.mark.parametrize("grouping", ["words", "embeddings"])
def test_a_report_in_another_language_sharing_only_countries_stays_apart(grouping: str) -> None:
    # Meduza's explainer of the Saudi-UAE rift over Yemen shares three countries with the English reports of
    # that week's fighting and strikes, and no person, body, place or number: the same topic, another story
    uae = Actor("United Arab Emirates", "state", mentions=2)
    english = [
        item(1, "More Saudi airstrikes hit separatist positions in Yemeni port city", (*GULF, uae)),
        item(2, "Saudi-backed forces regain control of Yemen's Hadramout", (*GULF, uae)),
    ]
    russian = item(
        3,
        "На Ближнем Востоке — новый конфликт: Саудовская Аравия и ОАЭ поссорились из-за Йемена",
        (*GULF, uae, Actor("Middle East", "place")),
        "ru",
    )
    groups = stories.cluster([*english, russian], 0.25, grouping)
    assert [2] in groups


@pytest.mark.parametrize("grouping", ["words", "embeddings"])
def test_a_report_in_another_language_sharing_a_person_joins(grouping: str) -> None:
    maduro = Actor("Nicolás Maduro", "person", mentions=2)
    us = Actor("United States", "state", mentions=2)
    english = [
        item(1, "US captures Venezuela's Maduro in overnight strikes", (maduro, us)),
        item(2, "See how the US military captured Maduro in a matter of hours", (maduro, us)),
        item(4, "Saudi-backed forces regain control of Yemen's Hadramout", GULF),
    ]
    russian = item(3, "США похитили Мадуро — теперь его будут судить за «наркотерроризм»", (maduro, us), "ru")
    groups = stories.cluster([*english, russian], 0.25, grouping)
    assert any({1, 3} <= set(g) or {0, 3} <= set(g) for g in groups)
    assert [2] in groups
