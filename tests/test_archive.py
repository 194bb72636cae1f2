"""Archive: index, permalink pages with copies, theatre pages, Atom feed, Pagefind search, idempotent rebuilds."""

from __future__ import annotations

import json
import logging
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from briefing import archive, config, pipeline
from briefing.cli import cli
from briefing.models import Brief
from tests.test_render import sample_brief

ATOM = "{http://www.w3.org/2005/Atom}"
DAYS = (date(2025, 12, 10), date(2025, 12, 11))


def _on(day: date, title: str = "Daily Intelligence Brief") -> Brief:
    b = sample_brief()
    shift = timedelta(days=(day - b.date).days)
    return replace(
        b,
        date=day,
        title=title,
        generated_at=b.generated_at + shift,
        window_start=b.window_start + shift,
        window_end=b.window_end + shift,
    )


def _settings(
    demo_settings: config.Settings, search: bool = False, pdf: bool = False, url: str = ""
) -> config.Settings:
    return replace(
        demo_settings,
        brief=replace(demo_settings.brief, templates_dir="", archive_url=url),
        pdf=replace(demo_settings.pdf, enabled=pdf),
        archive=replace(demo_settings.archive, search=search),
    )


def _write_briefs(settings: config.Settings, briefs: list[Brief]) -> None:
    for b in briefs:
        pipeline.render_all(b, settings, settings.output_dir / "briefs" / b.date.isoformat())


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def built(demo_settings: config.Settings) -> tuple[config.Settings, Path]:
    settings = _settings(demo_settings)
    _write_briefs(settings, [_on(d) for d in DAYS])
    return settings, archive.build(settings).parent


def test_index_lists_briefs_newest_first(built: tuple[config.Settings, Path]) -> None:
    _settings_, root = built
    index = (root / "index.html").read_text(encoding="utf-8")
    first, second = index.index('href="2025-12-11/index.html"'), index.index('href="2025-12-10/index.html"')
    assert first < second
    assert "2 briefs, newest first" in index
    assert 'href="brief.css"' in index and (root / "brief.css").is_file()
    assert 'href="theatres/europe.html"' in index and 'href="theatres/caribbean.html"' in index
    assert 'href="feed.xml"' in index
    assert "data-pagefind-body" not in index  # only brief pages are indexed


def test_permalink_pages_are_self_contained(built: tuple[config.Settings, Path]) -> None:
    settings, root = built
    for day in DAYS:
        folder = root / day.isoformat()
        page = (folder / "index.html").read_text(encoding="utf-8")
        assert "<main data-pagefind-body" in page
        assert 'href="../brief.css"' in page and "<style>" not in page
        assert 'href="brief.json"' in page and 'href="brief.txt"' in page
        assert "Nicolás Maduro" in page
        src = settings.output_dir / "briefs" / day.isoformat()
        for name in ("brief.json", "brief.txt"):
            assert (folder / name).read_bytes() == (src / name).read_bytes()
        assert not (folder / "brief.pdf").exists() and 'href="brief.pdf"' not in page  # PDF off here
    newer = (root / "2025-12-11" / "index.html").read_text(encoding="utf-8")
    older = (root / "2025-12-10" / "index.html").read_text(encoding="utf-8")
    assert 'href="../2025-12-10/index.html" rel="prev"' in newer and 'rel="next"' not in newer
    assert 'href="../2025-12-11/index.html" rel="next"' in older
    # every relative link of the archive's own pages resolves to a file in the archive
    for page in root.rglob("*.html"):
        for href in re.findall(r'href="([^"#:]+)(?:#[^"]*)?"', page.read_text(encoding="utf-8")):
            assert (page.parent / href).resolve().is_file(), (
                f"{page.relative_to(root)} links to missing {href}"
            )


def test_theatre_pages_span_dates(built: tuple[config.Settings, Path]) -> None:
    _settings_, root = built
    page = (root / "theatres" / "caribbean.html").read_text(encoding="utf-8")
    assert "<h1>Caribbean</h1>" in page
    assert page.index("Thursday 11 December 2025") < page.index("Wednesday 10 December 2025")
    assert 'href="../2025-12-11/index.html#s-st-carib-2"' in page
    target = (root / "2025-12-11" / "index.html").read_text(encoding="utf-8")
    assert 'id="s-st-carib-2"' in target and 'id="t-caribbean"' in target


def test_feed_is_valid_escaped_atom(demo_settings: config.Settings) -> None:
    settings = _settings(demo_settings, pdf=True, url="https://brief.example.org/archive/")
    settings = replace(settings, brief=replace(settings.brief, title='Brief <A&B> "daily"'))
    _write_briefs(settings, [_on(DAYS[0], 'Brief <A&B> "daily"'), _on(DAYS[1], 'Brief <A&B> "daily"')])
    root = archive.build(settings).parent
    raw = (root / "feed.xml").read_text(encoding="utf-8")
    assert "<A&B>" not in raw and "&lt;A&amp;B&gt;" in raw
    feed = ET.fromstring(raw.encode())
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None
    assert feed.findtext(f"{ATOM}title") == 'Brief <A&B> "daily"'
    assert feed.findtext(f"{ATOM}updated") == "2025-12-11T06:00:12+00:00"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        "https://brief.example.org/archive/2025-12-11/",
        "https://brief.example.org/archive/2025-12-10/",
    ]
    enclosure = entries[0].find(f"{ATOM}link[@rel='enclosure']")
    assert (
        enclosure is not None
        and enclosure.get("href") == "https://brief.example.org/archive/2025-12-11/brief.pdf"
    )
    assert (root / "2025-12-11" / "brief.pdf").read_bytes()[:5] == b"%PDF-"
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.entries[0].title == 'Brief <A&B> "daily" — 2025-12-11'
    assert "U.S. proposals aimed at easing Russia's terms" in parsed.entries[0].summary  # the Europe BLUF


def test_rebuild_is_idempotent_and_indexes_with_pagefind(demo_settings: config.Settings) -> None:
    settings = _settings(demo_settings, search=True)
    _write_briefs(settings, [_on(d) for d in DAYS])
    root = archive.build(settings).parent
    entry = json.loads((root / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 2  # the two brief pages, nothing else
    search = (root / "search.html").read_text(encoding="utf-8")
    assert '<script src="pagefind/pagefind-ui.js"></script>' in search
    refs = re.findall(r'(?:src|href)="([^"]+)"', search)
    assert "pagefind/pagefind-ui.js" in refs and "pagefind/pagefind-ui.css" in refs
    assert all("//" not in ref and not ref.startswith("/") for ref in refs), refs  # nothing from elsewhere
    before = _snapshot(root)
    archive.build(settings)
    assert _snapshot(root) == before
    # a new brief changes the pages, so the index is rebuilt and stays consistent
    _write_briefs(settings, [_on(date(2025, 12, 12))])
    archive.build(settings)
    entry = json.loads((root / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == 3
    assert not (root / ".pagefind.tmp").exists() and not (root / ".pagefind.old").exists()


def test_missing_pagefind_warns_and_keeps_the_archive(
    demo_settings: config.Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    settings = _settings(demo_settings, search=True)
    _write_briefs(settings, [_on(DAYS[1])])
    monkeypatch.setattr(archive, "pagefind_executable", lambda: None)
    with caplog.at_level(logging.WARNING, logger="briefing.archive"):
        index = archive.build(settings)
    assert index.is_file()
    assert "Pagefind binary is missing" in caplog.text
    search = (index.parent / "search.html").read_text(encoding="utf-8")
    assert "Search is not available" in search and "<script" not in search


def test_failing_pagefind_warns_and_keeps_the_archive(
    demo_settings: config.Settings,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    settings = _settings(demo_settings, search=True)
    _write_briefs(settings, [_on(DAYS[1])])
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'Error: no pages found' >&2\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    monkeypatch.setattr(archive, "pagefind_executable", lambda: broken)
    with caplog.at_level(logging.WARNING, logger="briefing.archive"):
        index = archive.build(settings)
    assert "Pagefind failed: Error: no pages found" in caplog.text
    assert (index.parent / "2025-12-11" / "index.html").is_file()
    assert not (index.parent / "pagefind").exists() and not (index.parent / ".pagefind.tmp").exists()


def test_deleted_briefs_and_search_leave_the_archive(demo_settings: config.Settings) -> None:
    settings = _settings(demo_settings, search=True)
    _write_briefs(settings, [_on(d) for d in DAYS])
    root = archive.build(settings).parent
    assert (root / "pagefind").is_dir() and (root / "search.html").is_file()
    shutil.rmtree(settings.output_dir / "briefs" / "2025-12-10")
    (root / "not-ours.txt").write_text("kept", encoding="utf-8")
    off = replace(settings, archive=replace(settings.archive, search=False))
    archive.build(off)
    assert not (root / "2025-12-10").exists()
    assert not (root / "pagefind").exists() and not (root / "search.html").exists()
    assert (root / "not-ours.txt").is_file()
    index = (root / "index.html").read_text(encoding="utf-8")
    assert "2025-12-10" not in index and "search.html" not in index


def test_an_unreadable_brief_is_skipped_with_a_warning(
    demo_settings: config.Settings, caplog: pytest.LogCaptureFixture
) -> None:
    settings = _settings(demo_settings)
    _write_briefs(settings, [_on(d) for d in DAYS])
    (settings.output_dir / "briefs" / "2025-12-10" / "brief.json").write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing.archive"):
        index = archive.build(settings)
    assert "skipped the brief of 2025-12-10: JSONDecodeError" in caplog.text
    assert 'href="2025-12-11/index.html"' in index.read_text(encoding="utf-8")
    assert not (index.parent / "2025-12-10").exists()


def test_empty_archive(demo_settings: config.Settings) -> None:
    settings = _settings(demo_settings)
    index = archive.build(settings)
    assert "No briefs yet." in index.read_text(encoding="utf-8")
    assert ET.fromstring((index.parent / "feed.xml").read_bytes()).find(f"{ATOM}entry") is None


def test_cli_archive_rebuilds_alone(demo_settings: config.Settings) -> None:
    settings = _settings(demo_settings)
    _write_briefs(settings, [_on(DAYS[1])])
    assert settings.config_path is not None
    result = CliRunner().invoke(
        cli, ["--config", str(settings.config_path), "archive"], env={"BRIEFING_ARCHIVE_SEARCH": "false"}
    )
    assert result.exit_code == 0, result.output
    index = settings.output_dir / "archive" / "index.html"
    assert result.output.startswith("archive: ")
    assert Path(result.output.strip().removeprefix("archive: ")).resolve() == index.resolve()
    assert (settings.output_dir / "archive" / "2025-12-11" / "index.html").is_file()
    other = settings.output_dir.parent / "elsewhere"
    shutil.copytree(settings.output_dir / "briefs", other / "briefs")
    result = CliRunner().invoke(
        cli,
        ["--config", str(settings.config_path), "archive", "--output", str(other)],
        env={"BRIEFING_ARCHIVE_SEARCH": "false"},
    )
    assert result.exit_code == 0, result.output
    assert (other / "archive" / "2025-12-11" / "index.html").is_file()


def test_old_json_without_language_still_renders(built: tuple[config.Settings, Path]) -> None:
    settings, root = built
    path = settings.output_dir / "briefs" / "2025-12-11" / "brief.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["language"]
    path.write_text(json.dumps(data), encoding="utf-8")
    archive.build(settings)
    assert '<html lang="en">' in (root / "2025-12-11" / "index.html").read_text(encoding="utf-8")
    assert datetime.fromisoformat(data["generated_at"]).year == 2025
