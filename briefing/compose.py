"""Compose: analysed items and stories -> the Brief every renderer reads (sections, BLUF, changes, appendix)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from briefing import analyse
from briefing.config import Settings
from briefing.models import Actor, Brief, Item, SourceStatus, Story, TheatreSection


def importance(story: Story, items: dict[str, Item] | None = None) -> tuple[int, float]:
    """Stories by independent sources, then recency (an undated item counts from when it was first seen)."""
    stamps = [story.published.timestamp()] if story.published else []
    for i in story.item_ids:
        it = (items or {}).get(i)
        if it is not None and (it.published or it.fetched_at):
            stamps.append((it.published or it.fetched_at).timestamp())  # type: ignore[union-attr]
    return (story.sources, max(stamps, default=0.0))


def mark_changes(stories: Sequence[Story], previous: dict[str, Any] | None) -> tuple[list[Story], list[str]]:
    """Compare with the last brief: which stories are new, which gained sources; return lines for the brief."""
    if not previous:
        return list(stories), []
    before: dict[str, set[str]] = {}
    for st in previous.get("stories", []):
        ids = set(st.get("item_ids", []))
        for i in ids:
            before[i] = ids
    out: list[Story] = []
    lines: list[str] = []
    for st in stories:
        known = [before[i] for i in st.item_ids if i in before]
        if not known:
            out.append(replace(st, is_new=True))
            lines.append(f"New: {st.headline}")
            continue
        old_ids = set().union(*known)
        added = len(set(st.item_ids) - old_ids)
        out.append(replace(st, is_new=False, new_sources=added))
        if added:
            lines.append(f"{added} new source{'s' if added != 1 else ''}: {st.headline}")
    return out, lines


def cross_theatre_actors(sections: Sequence[TheatreSection]) -> tuple[tuple[Actor, tuple[str, ...]], ...]:
    """Actors who appear in stories of more than one theatre."""
    where: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Actor] = {}
    for sec in sections:
        for st in sec.stories:
            for a in st.actors:
                if a.kind in ("outlet", "place"):
                    continue
                where[a.name].add(sec.name)
                for t in st.theatres:
                    where[a.name].add(t)
                first.setdefault(a.name, a)
    order = [s.name for s in sections]
    rows = [
        (first[n], tuple(sorted(ts, key=lambda t: order.index(t) if t in order else 99)))
        for n, ts in where.items()
        if len(ts) > 1
    ]
    rows.sort(key=lambda r: (-len(r[1]), r[0].name))
    return tuple(rows)


FAILED = ("error", "gone")


def sources_down(statuses: Sequence[SourceStatus], share: float) -> tuple[str, ...]:
    """The failed feeds when more than `share` of the feeds that were due failed; () otherwise.

    Disabled feeds are not counted; seeds are not feeds. A share of 1 never reports.
    """
    due = [s for s in statuses if s.kind == "feed" and s.status != "disabled"]
    failed = [s for s in due if s.status in FAILED]
    if due and len(failed) > share * len(due):
        return tuple(s.name for s in failed)
    return ()


def build_brief(
    day: date,
    window: tuple[datetime, datetime],
    items: Sequence[Item],
    stories: Sequence[Story],
    statuses: Sequence[SourceStatus],
    settings: Settings,
    previous: dict[str, Any] | None = None,
    generated_at: datetime | None = None,
) -> Brief:
    """Arrange stories into theatre sections, most important first, with a BLUF each."""
    stories, changes = mark_changes(stories, previous)
    by_theatre: dict[str, list[Story]] = defaultdict(list)
    for st in stories:
        by_theatre[st.theatre].append(st)
    names = analyse.theatre_names(settings)
    names += [t for t in by_theatre if t not in names]
    sections = []
    limit = settings.brief.max_stories_per_theatre
    by_id = {it.id: it for it in items}
    for name in names:
        chosen = sorted(by_theatre.get(name, []), key=lambda st: importance(st, by_id), reverse=True)[:limit]
        counts: dict[str, tuple[Actor, int]] = {}
        for st in chosen:
            for a in st.actors:
                if a.kind == "outlet":
                    continue
                prev = counts.get(a.name)
                counts[a.name] = (prev[0] if prev else a, (prev[1] if prev else 0) + a.mentions)
        ranked = tuple(a for a, _ in sorted(counts.values(), key=lambda r: (-r[1], r[0].name))[:10])
        sections.append(
            TheatreSection(name=name, bluf=analyse.bluf(name, chosen), stories=tuple(chosen), actors=ranked)
        )
    used: dict[str, int] = defaultdict(int)
    for sec in sections:
        for st in sec.stories:
            for i in st.item_ids:
                if i in by_id:
                    used[by_id[i].source] += 1
    statuses = [replace(s, items_used=used.get(s.name, 0)) for s in statuses]
    return Brief(
        date=day,
        title=settings.brief.title,
        window_start=window[0],
        window_end=window[1],
        generated_at=generated_at or datetime.now(window[1].tzinfo),
        sections=tuple(sections),
        items=tuple(items),
        sources=tuple(statuses),
        cross_theatre=cross_theatre_actors(sections),
        changes=tuple(changes),
        language=settings.brief.language,
        archive_url=settings.brief.archive_url,
        sources_down=sources_down(statuses, settings.brief.sources_down_share),
    )
