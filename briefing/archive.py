"""Archive: a static HTML site of every past brief, with an index, rebuilt idempotently from output/briefs/."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.config import Settings
from briefing.files import write_atomic
from briefing.render import environment, stylesheet


def brief_dates(briefs_dir: Path) -> list[str]:
    """Dates that have a complete brief (brief.json written last), newest first."""
    if not briefs_dir.is_dir():
        return []
    return sorted((p.name for p in briefs_dir.iterdir() if (p / "brief.json").is_file()), reverse=True)


def build(settings: Settings) -> Path:
    """Write output/archive/index.html linking every brief; return its path."""
    out = settings.output_dir
    briefs_dir = out / "briefs"
    archive = out / "archive"
    entries = []
    for d in brief_dates(briefs_dir):
        data = json.loads((briefs_dir / d / "brief.json").read_text(encoding="utf-8"))
        entries.append({"date": d, "title": data.get("title", ""), "stories": len(data.get("stories", [])), "href": f"../briefs/{d}/brief.html"})
    html = environment(settings).get_template("archive_index.html").render(entries=entries, title=settings.brief.title, stylesheet=stylesheet())
    index = archive / "index.html"
    write_atomic(index, html)
    return index
