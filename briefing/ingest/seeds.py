"""Seeds: article files (.txt, .md, .html) from the seeds folder as Items; an unreadable file is skipped with a reason."""

from __future__ import annotations

import html
import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from briefing.config import SeedSettings
from briefing.errors import SourceError
from briefing.ingest.feeds import SourceResult
from briefing.ingest.fetch import read_file
from briefing.models import Item, SourceStatus
from briefing.text import (
    clean_html,
    content_hash,
    detect_language,
    display_name,
    fix_text,
    html_to_text,
    one_line,
    stable_hash,
)

log = logging.getLogger(__name__)

SEED_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def _first_sentence(text: str) -> str:
    m = re.match(r"(.{20,300}?[.!?])(\s|$)", text)
    return m.group(1) if m else text[:200]


def _element(text: str, tag: str) -> tuple[int, int, int, int] | None:
    """(start, content start, content end, end) of the first <tag ...>...</tag>, found in linear time.

    A lazy regex such as <title.*?</title> is quadratic on a page with many "<title" and no "</title>".
    """
    m = re.search(rf"<{tag}(?:\s[^<>]*)?>", text, re.I)
    if not m:
        return None
    end = text.lower().find(f"</{tag}>", m.end())
    return (m.start(), m.end(), end, end + len(tag) + 3) if end >= 0 else None


def read_seed(path: Path, folder: Path, max_bytes: int, now: datetime | None = None) -> Item:
    """One seed article; headline = <title> or first line (its first sentence if the line is a paragraph)."""
    now = now or datetime.now(UTC)
    name = display_name(path.name)
    kind = SEED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SourceError(f"{name}: not a .txt, .md or .html file")
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise SourceError(f"{name}: cannot be opened (missing target or a symlink loop)") from None
    if not real.is_relative_to(folder.resolve()):
        raise SourceError(
            f"{name}: points outside the seeds folder (symlink?)",
            "copy the file into the folder instead",
        )
    try:
        raw = read_file(real, max_bytes)
    except OSError as exc:
        raise SourceError(f"{name}: cannot read: {exc.strerror}") from None
    if len(raw) > max_bytes:
        raise SourceError(f"{name}: over the {max_bytes}-byte limit", "raise seeds.max_bytes")
    if not raw.strip():
        raise SourceError(f"{name}: empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(f"{name}: UTF-16 text, not UTF-8", "save the file as UTF-8")
    if b"\x00" in raw[:8192]:
        raise SourceError(f"{name}: binary file, not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: not UTF-8 text (byte {exc.start})", "save the file as UTF-8") from None
    text = fix_text(text)
    if not text.strip():
        raise SourceError(f"{name}: empty file")
    if kind == "html":
        title_at = _element(text, "title")
        head = _element(text, "head")
        body_html = text[: head[0]] + text[head[3] :] if head else text
        body = html_to_text(body_html)
        title = one_line(html_to_text(text[title_at[1] : title_at[2]])) if title_at else ""
        if not title:
            title = one_line(body.split("\n", 1)[0])
        content_html = clean_html(body_html)
    else:
        lines = [ln.rstrip() for ln in text.strip().splitlines()]
        first = lines[0].lstrip("# ").strip() if kind == "markdown" else lines[0].strip()
        if len(first) <= 200:
            title, body = first, "\n".join(lines[1:]).strip() or first
        else:
            title, body = _first_sentence(first), "\n".join(lines).strip()
        title = one_line(title)
        content_html = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    if not title:
        raise SourceError(f"{name}: no headline found")
    return Item(
        id=stable_hash("seed", name, content_hash(title, body))[:16],
        source="seeds",
        title=title[:500],
        url="",
        published=None,
        summary=body,
        content_html=content_html,
        language=detect_language(body),
        guid=f"seed:{name}:{content_hash(title, body)[:12]}",  # an edited seed is a new article, not a duplicate
        content_hash=content_hash(title, body),
        fetched_at=now,
        # its own publisher, named so a reader of the brief knows where it came from: "(seed file notes.txt; ...)"
        publisher=f"seed file {name}",
    )


def read_seeds(seeds: SeedSettings) -> SourceResult:
    """Every seed file in the folder; unreadable ones are skipped with a reason and counted."""
    folder = seeds.folder
    name = "seeds"
    if not folder.is_dir():
        return SourceResult(
            SourceStatus(name, str(folder), "seed", "warning", "seeds folder not found; no seed articles")
        )
    items: list[Item] = []
    problems: list[str] = []
    try:
        paths = sorted(folder.iterdir())
    except OSError as exc:
        return SourceResult(
            SourceStatus(name, str(folder), "seed", "error", f"cannot list the seeds folder: {exc.strerror}")
        )
    for path in paths:
        if path.name.startswith(".") or path.name.lower().startswith("readme") or path.is_dir():
            continue
        try:
            items.append(read_seed(path, folder, seeds.max_bytes))
        except SourceError as exc:
            log.warning("seed skipped: %s", exc)
            problems.append(exc.message)
        except Exception as exc:  # one odd file must not stop the run
            log.exception("unexpected error reading seed %s", display_name(path.name))
            problems.append(f"{display_name(path.name)}: unexpected {type(exc).__name__}")
    status = "warning" if problems else "ok"
    reason = f"{len(problems)} skipped: " + "; ".join(problems) if problems else ""
    return SourceResult(
        SourceStatus(name, str(folder), "seed", status, reason[:4000], items_seen=len(items), grade="F"),
        tuple(items),
    )
