"""The order of stories in the brief: theatre by theatre, more independent sources first, then the most recent."""

from __future__ import annotations

from datetime import UTC, datetime

from briefing.models import Item, Story
from briefing.stories import sort_stories


def item(n: int, day: int | None) -> Item:
    when = datetime(2026, 1, day, tzinfo=UTC) if day else None
    return Item(id=f"i{n}", source="s", title=f"t{n}", url="", published=when)


def story(sid: str, theatre: str, sources: int, *item_ids: str) -> Story:
    return Story(sid, theatre, (theatre,), sid, "", item_ids, sources, 3)


def test_theatres_in_brief_order_then_sources_then_newest() -> None:
    items = {it.id: it for it in (item(1, 2), item(2, 4), item(3, 3), item(4, None), item(5, 1))}
    stories = [
        story("old-one-source", "Europe", 1, "i5"),
        story("caribbean", "Caribbean", 3, "i1"),
        story("two-sources", "Europe", 2, "i1"),
        story("new-one-source", "Europe", 1, "i2", "i4"),
        story("undated", "Europe", 1, "i4"),
        story("elsewhere", "Other", 9, "i3"),
    ]
    got = [st.id for st in sort_stories(stories, ["Europe", "Caribbean", "Other"], items)]
    assert got == ["two-sources", "new-one-source", "old-one-source", "undated", "caribbean", "elsewhere"]


def test_a_theatre_not_in_the_list_comes_last_and_ties_keep_a_stable_order() -> None:
    items = {"i1": item(1, 2)}
    stories = [story("b", "Nowhere", 1, "i1"), story("a", "Nowhere", 1, "i1"), story("c", "Europe", 1, "i1")]
    assert [st.id for st in sort_stories(stories, ["Europe"], items)] == ["c", "a", "b"]
