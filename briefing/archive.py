"""Archive: a static, self-contained site of every brief in output/archive/, rebuilt idempotently from output/briefs/.

    archive/index.html              every brief, newest first
    archive/DATE/index.html         the brief's permanent page (re-rendered from brief.json with today's templates)
    archive/DATE/brief.{pdf,json,txt}  copies of the brief's files, so the folder can be served on its own
    archive/theatres/SLUG.html      one theatre across every brief
    archive/feed.xml                Atom feed of the briefs
    archive/sources.html            every source: last success, consecutive failures, last error, items a day
    archive/search.html, pagefind/  full-text search (Pagefind), when archive.search is on
    archive/brief.css               the one stylesheet

The same inputs give the same bytes: nothing here reads the clock. Pagefind failing only costs the search.

Template context of the archive's own pages (archive_index.html, archive_theatre.html, archive_search.html, all
extending _archive_page.html): title, language, generator, nav (home, search, theatres [(name, href)], feed,
sources, stylesheet, prev, next, downloads); archive_index.html adds entries (date, title, href, stories, claims,
downloads [(label, href)], blufs [(theatre, bluf)]); archive_theatre.html adds theatre and rows (date, href, bluf,
stories [headline, href, credibility, claims]); archive_search.html adds ready (the index exists);
archive_sources.html adds days (the 7 dates counted, oldest first) and sources (name, location, grade, enabled,
status, last_success, failures, last_error, per_day [7 counts], total), failing sources first.
feed.xml gets title, language, version, feed_id, updated, self_href, home_href and entries (date, title, id,
updated, link, pdf, summary). archive_brief.html gets the brief context (briefing.render.CONTEXT_DOCS).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefing import __version__, crashpoints, render, serialize
from briefing.config import Settings
from briefing.files import inside, write_atomic
from briefing.models import Brief

log = logging.getLogger(__name__)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COPIED = (("PDF", "brief.pdf"), ("Text", "brief.txt"), ("JSON", "brief.json"))
PAGEFIND_TIMEOUT = 300
SEARCH_STAMP = "briefing-pages.sha256"  # in pagefind/: the digest of the pages the index was built from


def brief_dates(briefs_dir: Path) -> list[str]:
    """Dates that have a complete brief (brief.json written last), newest first."""
    if not briefs_dir.is_dir():
        return []
    return sorted(
        (p.name for p in briefs_dir.iterdir() if DATE_RE.match(p.name) and (p / "brief.json").is_file()),
        reverse=True,
    )


@dataclass(frozen=True)
class _Entry:
    day: str
    brief: Brief
    files: tuple[tuple[str, str], ...]  # (label, file name) of the copies in archive/DATE/


class _Writer:
    """Writes files under the archive only when their bytes change, and remembers what it wrote."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.written: set[Path] = set()

    def write(self, rel: str, data: str | bytes) -> Path:
        path = inside(self.root, *rel.split("/"))
        raw = data.encode("utf-8") if isinstance(data, str) else data
        if not (path.is_file() and path.read_bytes() == raw):
            crashpoints.reached("archive.page-writing")
            write_atomic(path, raw)
        if path.stat().st_mode & 0o777 != 0o644:
            os.chmod(path, 0o644)  # a served folder: readable by the web server's user
        self.written.add(path)
        return path


def _load(briefs_dir: Path, day: str) -> _Entry:
    data = json.loads((briefs_dir / day / "brief.json").read_text(encoding="utf-8"))
    files = tuple((label, name) for label, name in COPIED if (briefs_dir / day / name).is_file())
    return _Entry(day=day, brief=serialize.brief_from_dict(data), files=files)


def _theatre_names(entries: list[_Entry]) -> list[str]:
    """Theatres in the order of the newest brief, then any older ones in order of appearance."""
    names: list[str] = []
    for e in entries:
        for sec in e.brief.sections:
            if sec.name not in names:
                names.append(sec.name)
    return names


def _nav(depth: int, settings: Settings, theatres: list[str], **extra: Any) -> dict[str, Any]:
    up = "../" * depth
    nav: dict[str, Any] = {
        "home": f"{up}index.html",
        "search": f"{up}search.html" if settings.archive.search else "",
        "theatres": [(t, f"{up}theatres/{render.slug(t)}.html") for t in theatres],
        "feed": f"{up}feed.xml",
        "sources": f"{up}sources.html",
        "stylesheet": f"{up}brief.css",
        "prev": None,
        "next": None,
        "downloads": [],
    }
    nav.update(extra)
    return nav


def _feed(entries: list[_Entry], settings: Settings) -> dict[str, Any]:
    base = settings.brief.archive_url.rstrip("/")
    rows: list[dict[str, Any]] = []
    for e in entries:
        b = e.brief
        summary = " ".join(f"{sec.name}: {sec.bluf}" for sec in b.sections)
        rows.append(
            {
                "date": b.date,
                "title": b.title,
                "id": f"{base}/{e.day}/" if base else f"tag:briefing.local,{e.day}:brief/{e.day}",
                "updated": b.generated_at.isoformat(),
                "link": f"{base}/{e.day}/" if base else f"{e.day}/index.html",
                "pdf": (f"{base}/{e.day}/brief.pdf" if base else f"{e.day}/brief.pdf")
                if ("PDF", "brief.pdf") in e.files
                else "",
                "summary": summary,
            }
        )
    return {
        "title": settings.brief.title,
        "language": settings.brief.language,
        "version": __version__,
        "feed_id": f"{base}/"
        if base
        else f"tag:briefing.local,2024:archive/{render.slug(settings.brief.title)}",
        # The newest brief's time, not the clock: rebuilding gives the same bytes.
        "updated": max(e.brief.generated_at for e in entries).isoformat()
        if entries
        else "1970-01-01T00:00:00+00:00",
        "self_href": f"{base}/feed.xml" if base else "feed.xml",  # relative: resolved against the feed's URL
        "home_href": f"{base}/" if base else "index.html",
        "entries": rows,
    }


def sources_page(settings: Settings, newest: date | None, days: int = 7) -> dict[str, Any]:
    """The sources page's rows, from the store: the configured sources first, then any others it knows.

    Items a day are counted for the `days` days up to the newest brief (not the clock: same inputs, same bytes).
    """
    from datetime import UTC, datetime, timedelta

    from briefing.store import Store

    end = newest or date.today()
    dates = [(end - timedelta(days=n)).isoformat() for n in range(days - 1, -1, -1)]
    since = datetime.combine(end - timedelta(days=days - 1), datetime.min.time(), tzinfo=UTC)
    store = Store(settings.database_url)
    try:
        states = store.source_states()
        counts = store.items_per_day(since)
    finally:
        store.close()
    rows: list[dict[str, Any]] = []
    configured = {s.name: s for s in settings.sources}
    for name in [*configured, *sorted(set(states) - set(configured))]:
        src = configured.get(name)
        st = states.get(name, {})
        per = counts.get(name, {})
        failures = int(st.get("error_count") or 0)
        last_ok = st.get("last_ok")
        rows.append(
            {
                "name": name,
                "location": (src.url or (src.path.name if src.path else ""))
                if src
                else "(no longer configured)",
                "grade": src.grade_text if src else "",
                "enabled": src.enabled if src else False,
                "status": st.get("status", "never fetched") if not src or src.enabled else "disabled",
                "last_success": last_ok.strftime("%Y-%m-%d %H:%M UTC") if last_ok else "",
                "failures": failures,
                "last_error": st.get("reason", "") if failures else "",
                "per_day": [per.get(d, 0) for d in dates],
                "total": sum(per.get(d, 0) for d in dates),
            }
        )
    rows.sort(key=lambda r: (-r["failures"], r["status"] not in ("error", "gone")))
    return {"days": dates, "sources": rows}


def build(settings: Settings) -> Path:
    """Rebuild output/archive/ from output/briefs/; return the path of its index.html."""
    out = settings.output_dir
    briefs_dir = out / "briefs"
    root = out / "archive"
    root.mkdir(parents=True, exist_ok=True)
    env = render.environment(settings)
    w = _Writer(root)
    entries = []
    for day in brief_dates(briefs_dir):
        try:
            entries.append(_load(briefs_dir, day))
        except (
            OSError,
            ValueError,
            KeyError,
            TypeError,
        ) as exc:  # one unreadable brief never hides the others
            log.warning("archive: skipped the brief of %s: %s: %s", day, type(exc).__name__, exc)
    theatres = _theatre_names(entries)
    common = {
        "title": settings.brief.title,
        "language": settings.brief.language,
        "generator": render.GENERATOR,
    }

    w.write("brief.css", render.stylesheet(settings))
    for i, e in enumerate(entries):
        older = entries[i + 1] if i + 1 < len(entries) else None
        newer = entries[i - 1] if i > 0 else None
        nav = _nav(
            1,
            settings,
            theatres,
            prev=(older.day, f"../{older.day}/index.html") if older else None,
            next=(newer.day, f"../{newer.day}/index.html") if newer else None,
            downloads=[(label, name) for label, name in e.files],
        )
        ctx = render.context(e.brief, settings, archive_nav=nav, archive_link="")
        w.write(f"{e.day}/index.html", env.get_template("archive_brief.html").render(ctx))
        for _label, name in e.files:
            w.write(f"{e.day}/{name}", (briefs_dir / e.day / name).read_bytes())

    index_entries = [
        {
            "date": e.brief.date,
            "title": e.brief.title,
            "href": f"{e.day}/index.html",
            "stories": len(e.brief.stories),
            "claims": e.brief.flagged_claims,
            "downloads": [(label, f"{e.day}/{name}") for label, name in e.files if name != "brief.json"],
            "blufs": [(sec.name, sec.bluf) for sec in e.brief.sections],
        }
        for e in entries
    ]
    index = w.write(
        "index.html",
        env.get_template("archive_index.html").render(
            entries=index_entries, nav=_nav(0, settings, theatres), **common
        ),
    )

    for theatre in theatres:
        rows = []
        for e in entries:
            sec = next((s for s in e.brief.sections if s.name == theatre), None)
            if sec is None:
                continue
            stories = [
                {
                    "headline": s.headline,
                    "href": f"../{e.day}/index.html#s-{s.id}",
                    "credibility": s.credibility,
                    "claims": len(s.claims),
                }
                for s in sec.stories
            ]
            rows.append(
                {
                    "date": e.brief.date,
                    "href": f"../{e.day}/index.html#t-{render.slug(theatre)}",
                    "bluf": sec.bluf,
                    "stories": stories,
                }
            )
        page = env.get_template("archive_theatre.html").render(
            theatre=theatre, rows=rows, nav=_nav(1, settings, theatres), **common
        )
        w.write(f"theatres/{render.slug(theatre)}.html", page)

    w.write("feed.xml", env.get_template("feed.xml").render(**_feed(entries, settings)))
    w.write(
        "sources.html",
        env.get_template("archive_sources.html").render(
            **sources_page(settings, entries[0].brief.date if entries else None),
            nav=_nav(0, settings, theatres),
            **common,
        ),
    )
    _prune(root, w.written, {e.day for e in entries})

    if settings.archive.search:
        ready = index_search(root)
        w.write(
            "search.html",
            env.get_template("archive_search.html").render(
                ready=ready, nav=_nav(0, settings, theatres), **common
            ),
        )
    else:
        for stale in (root / "search.html", root / "pagefind"):
            _remove(stale)
    return index


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _prune(root: Path, written: set[Path], days: set[str]) -> None:
    """Remove what an earlier build wrote and this one did not: briefs deleted since, renamed theatres."""
    for child in root.iterdir():
        if child.is_dir() and DATE_RE.match(child.name):
            if child.name not in days:
                shutil.rmtree(child)
                continue
            for f in child.iterdir():
                if f.resolve() not in written:
                    _remove(f)
    theatres = root / "theatres"
    if theatres.is_dir():
        for f in theatres.iterdir():
            if f.resolve() not in written:
                _remove(f)


def pagefind_executable() -> Path | None:
    """The Pagefind binary shipped by the pagefind-bin package, or None."""
    try:
        import pagefind_bin
    except ImportError:
        return None
    try:
        return Path(pagefind_bin.get_executable())
    except (FileNotFoundError, OSError):
        return None


def _pages_digest(root: Path, exe: Path) -> str:
    """A digest of every page Pagefind reads, and of Pagefind itself."""
    h = hashlib.sha256(f"{exe.name}:{exe.stat().st_size}\n".encode())
    for path in sorted(root.rglob("*.html")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("pagefind/", ".")) or rel == "search.html":
            continue
        h.update(f"{rel}:{hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    return h.hexdigest()


def index_search(root: Path) -> bool:
    """Run Pagefind over the archive into root/pagefind/; on any failure log a warning and return False.

    Pagefind's output is not byte-for-byte repeatable, so it is run only when the pages it reads have changed.
    """
    try:
        return _index_search(root)
    except OSError as exc:
        log.warning("archive search not built: %s; the archive is complete without it", exc)
        _remove(root / ".pagefind.tmp")
        return False


def _index_search(root: Path) -> bool:
    exe = pagefind_executable()
    if exe is None:
        log.warning(
            "archive search not built: the Pagefind binary is missing (pip install pagefind-bin); the archive is complete without it"
        )
        return False
    digest = _pages_digest(root, exe)
    stamp = root / "pagefind" / SEARCH_STAMP
    if (
        stamp.is_file()
        and stamp.read_text(encoding="utf-8").strip() == digest
        and (root / "pagefind" / "pagefind-ui.js").is_file()
    ):
        return True
    tmp = root / ".pagefind.tmp"
    _remove(tmp)
    cmd = [str(exe), "--site", str(root), "--output-path", str(tmp), "--silent"]
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=PAGEFIND_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning(
            "archive search not built: Pagefind did not run (%s); the archive is complete without it", exc
        )
        _remove(tmp)
        return False
    if res.returncode != 0 or not (tmp / "pagefind-ui.js").is_file():
        detail = (res.stderr or res.stdout).strip().splitlines()[-1:] or [f"exit code {res.returncode}"]
        log.warning(
            "archive search not built: Pagefind failed: %s; the archive is complete without it", detail[0]
        )
        _remove(tmp)
        return False
    write_atomic(tmp / SEARCH_STAMP, digest + "\n")
    os.chmod(tmp / SEARCH_STAMP, 0o644)
    final = root / "pagefind"
    old = root / ".pagefind.old"
    _remove(old)
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    _remove(old)
    return True


def latest(settings: Settings) -> date | None:
    """The date of the newest complete brief, if any."""
    dates = brief_dates(settings.output_dir / "briefs")
    return date.fromisoformat(dates[0]) if dates else None
