"""Render: the Brief -> HTML, plain text, JSON and PDF, from Jinja2 templates (a user folder searched first)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2

from briefing.config import Settings
from briefing.models import Brief, Item, Story

log = logging.getLogger(__name__)
BUILTIN_TEMPLATES = Path(__file__).parent / "templates"

STATUS_LABELS = {
    "unverified": "Unverified",
    "reported": "Reported",
    "attributed": "Attributed",
    "speculative": "Speculative",
}
FLAG_LEGEND = {
    "unverified": "The text itself says the claim has not been verified or could not be confirmed.",
    "reported": "Hedged (reportedly, allegedly) or credited to an unnamed source.",
    "attributed": "Credited to a named person or outlet; not confirmed by the brief's sources.",
    "speculative": "A forecast or belief (could, may, many believe, is considering).",
}
CREDIBILITY = {
    1: "Confirmed by independent sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Cannot be judged",
}


def environment(settings: Settings | None = None) -> jinja2.Environment:
    """Jinja2 with autoescape on for HTML; the user's template folder is searched before the built-in one."""
    paths = []
    if settings and settings.brief.templates_dir:
        user = Path(settings.brief.templates_dir)
        if not user.is_absolute() and settings.config_path:
            user = settings.config_path.parent / user
        paths.append(str(user))
    paths.append(str(BUILTIN_TEMPLATES))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["when"] = _when
    env.globals.update(STATUS_LABELS=STATUS_LABELS, FLAG_LEGEND=FLAG_LEGEND, CREDIBILITY=CREDIBILITY)
    return env


def _when(value: datetime | date | None, fmt: str = "%d %b %Y %H:%M UTC") -> str:
    if value is None:
        return "date unknown"
    if isinstance(value, datetime):
        return value.strftime(fmt)
    return value.strftime("%d %b %Y")


def slug(text: str) -> str:
    """A file-safe slug: ASCII letters, digits and dashes only (no dots, so never `..`)."""
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return s[:60] or "x"


def context(brief: Brief, settings: Settings | None = None, **extra: Any) -> dict[str, Any]:
    """The documented template context."""
    items = {it.id: it for it in brief.items}

    def story_items(story: Story) -> list[Item]:
        return [items[i] for i in story.item_ids if i in items]

    ctx: dict[str, Any] = {
        "brief": brief,
        "sections": brief.sections,
        "story_items": story_items,
        "anchor": lambda story: "s-" + story.id,
        "section_anchor": lambda name: "t-" + slug(name),
        "stats": {
            "stories": len(brief.stories),
            "claims": brief.flagged_claims,
            "sources_ok": sum(1 for s in brief.sources if s.status in ("ok", "warning", "not-modified")),
            "sources_failed": sum(1 for s in brief.sources if s.status in ("error", "gone")),
        },
        "stylesheet": stylesheet(),
        "page_size": settings.pdf.page_size if settings else "A4",
        "pdf": False,
        "email": False,
        "archive_link": "",
    }
    ctx.update(extra)
    return ctx


def render_html(brief: Brief, settings: Settings | None = None, **extra: Any) -> str:
    return environment(settings).get_template("brief.html").render(context(brief, settings, **extra))


def render_text(brief: Brief, settings: Settings | None = None, **extra: Any) -> str:
    env = environment(settings)
    env.autoescape = False
    return env.get_template("brief.txt").render(context(brief, settings, **extra))


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, tuple | list):
        return [_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    return obj


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The JSON brief: same names as `briefing analyse --format json`, plus sections and sources."""
    return {
        "title": brief.title,
        "date": brief.date.isoformat(),
        "window": {"start": brief.window_start.isoformat(), "end": brief.window_end.isoformat()},
        "generated_at": brief.generated_at.isoformat(),
        "sections": [
            {"theatre": sec.name, "bluf": sec.bluf, "story_ids": [s.id for s in sec.stories], "actors": [a.name for a in sec.actors]}
            for sec in brief.sections
        ],
        "stories": [_jsonable(asdict(s)) for s in brief.stories],
        "items": [
            {k: v for k, v in _jsonable(asdict(it)).items() if k not in ("content_html",)}
            for it in brief.items
            if any(it.id in s.item_ids for s in brief.stories)
        ],
        "sources": [_jsonable(asdict(s)) for s in brief.sources],
        "changes": list(brief.changes),
        "cross_theatre": [{"actor": a.name, "kind": a.kind, "theatres": list(ts)} for a, ts in brief.cross_theatre],
    }


def render_json(brief: Brief) -> str:
    return json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def render_pdf(brief: Brief, settings: Settings | None = None) -> bytes:
    """PDF via WeasyPrint from the print variant of the HTML brief."""
    import weasyprint

    for noisy in ("weasyprint", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    html = render_html(brief, settings, pdf=True)
    doc = weasyprint.HTML(string=html, base_url=str(BUILTIN_TEMPLATES))
    options: dict[str, Any] = {}
    if settings and settings.pdf.pdfa:
        options["pdf_variant"] = "pdf/a-3b"
    pdf = doc.write_pdf(**options)
    assert pdf is not None
    return bytes(pdf)


def stylesheet() -> str:
    return (BUILTIN_TEMPLATES / "brief.css").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Rendered:
    """One brief in every format, and where each was written."""

    html: str
    text: str
    json: str
    pdf: bytes | None
    email_html: str = ""
    folder: Path | None = None
