"""Serialize: the models to and from plain data (the JSON brief, the analysis JSON, database rows, template counts).

Every conversion lives here, so a field added to a model is added to its plain form in one place.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Sequence
from dataclasses import asdict, fields, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from briefing.models import (
    CREDIBILITY_LEGEND,
    Actor,
    Brief,
    Bullet,
    Claim,
    Item,
    ItemAnalysis,
    SourceStatus,
    Story,
    TheatreSection,
)

_T = TypeVar("_T")

# --- JSON --------------------------------------------------------------------------------------------------------


def jsonable(obj: Any) -> Any:
    """Dates as ISO strings, tuples as lists, recursively; everything else as it is."""
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, tuple | list):
        return [jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: jsonable(v) for k, v in obj.items()}
    return obj


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def actor_dict(a: Actor) -> dict[str, Any]:
    return {
        "name": a.name,
        "kind": a.kind,
        "role": a.role,
        "affiliation": a.affiliation,
        "mentions": a.mentions,
    }


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The JSON brief: same names as `briefing analyse --format json`, plus sections and sources."""
    commentary = [st for sec in brief.sections for st in sec.commentary]
    shown = {i for st in (*brief.stories, *commentary) for i in (*st.item_ids, *st.commentary)}
    return {
        "title": brief.title,
        "date": brief.date.isoformat(),
        "language": brief.language,
        "window": {"start": brief.window_start.isoformat(), "end": brief.window_end.isoformat()},
        "generated_at": brief.generated_at.isoformat(),
        "sections": [
            {
                "theatre": sec.name,
                "bluf": sec.bluf,
                "bullets": [jsonable(asdict(b)) for b in sec.bullets],
                "counts": sec.counts,
                "story_ids": [s.id for s in sec.stories],
                "commentary_ids": [s.id for s in sec.commentary],
                "actors": [a.name for a in sec.actors],
            }
            for sec in brief.sections
        ],
        "stories": [jsonable(asdict(s)) for s in brief.stories],
        "commentary": [jsonable(asdict(s)) for s in commentary],
        "items": [
            {k: v for k, v in jsonable(asdict(it)).items() if k not in ("content_html",)}
            for it in brief.items
            if it.id in shown
        ],
        "sources": [jsonable(asdict(s)) for s in brief.sources],
        "changes": list(brief.changes),
        "sources_down": list(brief.sources_down),
        "cross_theatre": [
            {"actor": a.name, "kind": a.kind, "role": a.role, "theatres": list(ts)}
            for a, ts in brief.cross_theatre
        ],
    }


def _restore(t: Any, value: Any) -> Any:
    """One plain value back to its field type: dates parsed, lists as tuples, actors and claims rebuilt."""
    if t == datetime | None:
        return _dt(value)
    if typing.get_origin(t) is tuple:
        inner = typing.get_args(t)[0]
        if inner is Actor:
            return tuple(actor_from_dict(a) for a in value)
        if inner is Claim:
            return tuple(claim_from_dict(c) for c in value)
        return tuple(value)
    return value


def _from_plain(cls: type[_T], d: dict[str, Any], **fallback: Any) -> _T:
    """A model from its plain form: the keys it knows, typed by its annotations; a missing key takes `fallback`,
    else the model's default (unknown keys, from older or newer versions, are ignored)."""
    model: Any = cls
    hints = _hints(model)
    values = {
        f.name: _restore(hints[f.name], d[f.name]) if f.name in d else fallback[f.name]
        for f in fields(model)
        if f.name in d or f.name in fallback
    }
    return cls(**values)


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def actor_from_dict(d: dict[str, Any]) -> Actor:
    return _from_plain(Actor, d, kind="other")


def claim_from_dict(d: dict[str, Any]) -> Claim:
    return _from_plain(Claim, d)


def story_from_dict(d: dict[str, Any]) -> Story:
    is_new = d.get("is_new", True)
    return _from_plain(
        Story,
        d,
        theatres=(d["theatre"],),
        sources=1,
        credibility=6,
        status="new" if is_new else "continuing",
    )


def item_from_dict(d: dict[str, Any]) -> Item:
    return _from_plain(Item, d, source="", title="", url="", published=None)


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """Rebuild a Brief from its JSON (brief_to_dict), so the archive can re-render past briefs with today's templates."""
    stories = {s["id"]: story_from_dict(s) for s in (*data.get("stories", []), *data.get("commentary", []))}
    sections = []
    for sec in data.get("sections", []):
        chosen = tuple(stories[i] for i in sec.get("story_ids", []) if i in stories)
        known = {a.name: a for st in chosen for a in st.actors}
        actors = tuple(known.get(n, Actor(name=n, kind="other")) for n in sec.get("actors", []))
        bullets = tuple(
            Bullet(
                story_id=str(b.get("story_id", "")),
                text=str(b.get("text", "")),
                publishers=tuple(b.get("publishers", ())),
                credibility=int(b.get("credibility", 6)),
                unverified=str(b.get("unverified", "")),
                language=str(b.get("language", "en")),
                names=tuple(b.get("names", ())),
                text_unverified=bool(b.get("text_unverified", False)),
            )
            for b in sec.get("bullets", [])
        )
        sections.append(
            TheatreSection(
                name=sec["theatre"],
                bluf=sec.get("bluf", ""),
                stories=chosen,
                actors=actors,
                bullets=bullets,
                counts=sec.get("counts", ""),
                commentary=tuple(stories[i] for i in sec.get("commentary_ids", []) if i in stories),
            )
        )
    sources = tuple(_from_plain(SourceStatus, s) for s in data.get("sources", []))
    named = {a.name: a for st in stories.values() for a in st.actors}
    cross = tuple(
        (
            named.get(c["actor"])
            or Actor(name=c["actor"], kind=c.get("kind", "other"), role=c.get("role", "")),
            tuple(c.get("theatres", ())),
        )
        for c in data.get("cross_theatre", [])
    )
    window = data.get("window", {})
    generated = datetime.fromisoformat(data["generated_at"])
    return Brief(
        date=date.fromisoformat(data["date"]),
        title=data.get("title", ""),
        window_start=_dt(window.get("start")) or generated,
        window_end=_dt(window.get("end")) or generated,
        generated_at=generated,
        sections=tuple(sections),
        items=tuple(item_from_dict(i) for i in data.get("items", [])),
        sources=sources,
        cross_theatre=cross,
        changes=tuple(data.get("changes", ())),
        language=data.get("language", "en"),
        sources_down=tuple(data.get("sources_down", ())),
    )


def analysis_to_dict(
    items: Sequence[Item], stories: Sequence[Story], grade_of: Callable[[Item], str]
) -> dict[str, Any]:
    """The analysis as JSON: {"items": [...], "stories": [...]}, the names `briefing analyse` prints."""
    return {
        "items": [
            {
                "id": it.id,
                "source": it.source,
                "publisher": it.publisher,
                "grade": grade_of(it),
                "title": it.title,
                "url": it.url,
                "published": _iso(it.published),
                "language": it.language,
                "theatres": list(it.theatres),
                "actors": [actor_dict(a) for a in it.actors],
                "claims": [
                    {
                        "text": c.text,
                        "status": c.status,
                        "cues": list(c.cues),
                        "attributed_to": c.attributed_to,
                        "corroborated": c.corroborated,
                    }
                    for c in it.claims
                ],
            }
            for it in items
        ],
        "stories": [
            {
                "id": st.id,
                "theatre": st.theatre,
                "theatres": list(st.theatres),
                "headline": st.headline,
                "summary": st.summary,
                "item_ids": list(st.item_ids),
                "sources": st.sources,
                "publishers": list(st.publishers),
                "credibility": st.credibility,
                "credibility_label": CREDIBILITY_LEGEND[st.credibility].split(":")[0],
                "published": _iso(st.published),
                "actors": [{"name": a.name, "kind": a.kind, "mentions": a.mentions} for a in st.actors[:10]],
                "flagged_claims": len(st.claims),
            }
            for st in stories
        ],
    }


def analysis_result_to_dict(result: ItemAnalysis) -> dict[str, Any]:
    """The per-item result as the JSON the cache stores."""
    return {
        "theatres": list(result.theatres),
        "scores": dict(result.scores),
        "actors": [actor_dict(a) for a in result.actors],
        "claims": [
            {"text": c.text, "status": c.status, "cues": list(c.cues), "attributed_to": c.attributed_to}
            for c in result.claims
        ],
    }


def analysis_result_from_dict(data: dict[str, Any], item_id: str) -> ItemAnalysis:
    """A cached result back as an ItemAnalysis, its claims tied to the item."""
    return ItemAnalysis(
        tuple(data["theatres"]),
        tuple((str(k), float(v)) for k, v in data["scores"].items()),
        tuple(actor_from_dict(a) for a in data["actors"]),
        tuple(replace(claim_from_dict(c), item_id=item_id) for c in data["claims"]),
    )


# --- database rows -----------------------------------------------------------------------------------------------


def utc(dt: datetime | None) -> datetime | None:
    """SQLite drops tz info; everything stored is UTC, so put it back on the way out."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def item_row(it: Item, canonical_url: str) -> dict[str, Any]:
    """The `items` table row of a new Item (first_seen = when it was fetched, else now)."""
    return {
        "id": it.id,
        "source": it.source,
        "publisher": it.publisher,
        "guid": it.guid or None,
        "canonical_url": canonical_url or None,
        "content_hash": it.content_hash,
        "title": it.title,
        "url": it.url,
        "summary": it.summary,
        "content_html": it.content_html,
        "language": it.language,
        "published": it.published,
        "first_seen": it.fetched_at or datetime.now(UTC),
    }


def item_from_row(r: Any) -> Item:
    """An Item from an `items` row (a mapping); analysis fields empty."""
    return Item(
        id=r["id"],
        source=r["source"],
        title=r["title"],
        url=r["url"],
        published=utc(r["published"]),
        summary=r["summary"],
        content_html=r["content_html"],
        language=r["language"],
        guid=r["guid"] or "",
        content_hash=r["content_hash"],
        fetched_at=utc(r["first_seen"]),
        publisher=r["publisher"],
    )


# --- template context --------------------------------------------------------------------------------------------


def brief_counts(brief: Brief) -> dict[str, Any]:
    """The template context's `stats`: stories, claims, claims_by_status, sources_ok, sources_failed, feeds_due
    (feeds not disabled) and shown (stories in this rendering; a shortened email overrides it)."""
    by_status: dict[str, int] = {}
    for st in brief.stories:
        for c in st.claims:
            by_status[c.status] = by_status.get(c.status, 0) + 1
    return {
        "stories": len(brief.stories),
        "claims": brief.flagged_claims,
        "claims_by_status": by_status,
        "sources_ok": sum(1 for s in brief.sources if s.status in ("ok", "warning", "not-modified")),
        "sources_failed": sum(1 for s in brief.sources if s.status in ("error", "gone")),
        "feeds_due": sum(1 for s in brief.sources if s.kind == "feed" and s.status != "disabled"),
        "shown": len(brief.stories),
    }
