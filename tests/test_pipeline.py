"""The daily cycle end to end on the demo config, on SQLite and on PostgreSQL: every file written, PDF readable,
reruns change nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing import config, pipeline
from briefing.errors import LockedError
from briefing.store import Store
from tests.conftest import STORES, PgServer, brief_today
from tests.hostile_server import make_project

SEED_HEADLINE = "The United States is pursuing peace talks in Europe to end the Russia-Ukraine war"
DAY = brief_today()  # demo items are first seen today; the demo config takes them however old
pytestmark = pytest.mark.model


@pytest.fixture(scope="module", params=STORES)
def cycle(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[config.Settings, pipeline.RunSummary, pipeline.RunSummary, dict[str, bytes]]:
    root = make_project(tmp_path_factory.mktemp("cycle") / "proj")
    if request.param == "postgres":
        server: PgServer = request.getfixturevalue("pg_server")
        cfg = root / "config" / "briefing.toml"
        url = server.url(server.create_database())
        cfg.write_text(cfg.read_text(encoding="utf-8").replace("[brief]", f'[brief]\ndatabase = "{url}"', 1))
    settings = config.load(root / "config" / "briefing.toml", environ={})
    first = pipeline.run(settings, DAY, send=False)
    folder = settings.output_dir / "briefs" / DAY.isoformat()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    second = pipeline.run(settings, DAY, send=False)
    return settings, first, second, before


def test_cycle_writes_every_format(cycle) -> None:
    settings, first, _, _ = cycle
    folder = settings.output_dir / "briefs" / DAY.isoformat()
    for name in ("brief.html", "brief.txt", "brief.json", "brief.pdf"):
        assert (folder / name).stat().st_size > 500, name
    assert (settings.output_dir / "archive" / "index.html").is_file()
    emls = sorted((settings.output_dir / "outbox").rglob("*.eml"))
    assert len(emls) == len(settings.recipients)
    assert first.sources_failed == 0
    assert first.sources_ok == len(settings.sources) + 1  # the feeds and the seed folder
    assert first.items_new == first.items_total > 100
    assert first.stories > 0


def test_brief_contains_the_seed_article_in_every_format(cycle) -> None:
    settings, _, _, _ = cycle
    folder = settings.output_dir / "briefs" / DAY.isoformat()
    assert SEED_HEADLINE in (folder / "brief.html").read_text(encoding="utf-8")
    assert SEED_HEADLINE in (folder / "brief.txt").read_text(encoding="utf-8")
    data = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    assert any(s["headline"].startswith(SEED_HEADLINE) for s in data["stories"])
    pdf_text = " ".join((page.extract_text() or "") for page in PdfReader(folder / "brief.pdf").pages)
    assert SEED_HEADLINE.split(" to end")[0] in " ".join(pdf_text.split())


def test_brief_has_its_skeleton(cycle) -> None:
    settings, _, _, _ = cycle
    html = (settings.output_dir / "briefs" / DAY.isoformat() / "brief.html").read_text(encoding="utf-8")
    assert DAY.strftime("%d %B %Y") in html
    assert "coverage" in html.lower()
    for theatre in ("Europe", "Caribbean", "Elsewhere"):
        assert f">{theatre}</h2>" in html
    for src in settings.sources:
        assert src.name in html  # the sources appendix lists every source with its status
    assert "<footer" in html


def test_archive_links_the_brief(cycle) -> None:
    settings, _, _, _ = cycle
    index = (settings.output_dir / "archive" / "index.html").read_text(encoding="utf-8")
    assert DAY.isoformat() in index


def test_second_run_same_day_changes_nothing(cycle) -> None:
    settings, first, second, before = cycle
    folder = settings.output_dir / "briefs" / DAY.isoformat()
    assert second.items_new == 0
    assert second.items_total == first.items_total
    assert second.unchanged
    assert second.stories == first.stories and second.claims == first.claims
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert after == before


def test_items_are_stored_once(cycle) -> None:
    settings, first, _, _ = cycle
    if not settings.brief.database:
        with sqlite3.connect(settings.output_dir / "briefing.db") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = Store(settings.database_url)
    n, runs = store.count_items(), store.run_history()
    store.close()
    assert n == first.items_total
    assert [r["outcome"] for r in reversed(runs)][:2] == ["ok", "ok"]


def test_a_second_run_while_one_holds_the_lock_is_refused(demo_settings: config.Settings) -> None:
    with pipeline.run_lock(demo_settings), pytest.raises(LockedError):
        pipeline.run(demo_settings, DAY, send=False)


def test_summary_line_names_every_count(cycle) -> None:
    _, first, _, _ = cycle
    line = first.line()
    for word in ("sources", "ok", "failed", "items", "new", "total", "stories", "flagged claims", " s"):
        assert word in line
    assert "\n" not in line


def test_one_broken_source_does_not_stop_the_run(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    broken = demo_dir / "demo" / "feeds" / "broken.xml"
    broken.write_bytes(b"<html><body>Not a feed</body></html>")
    cfg.write_text(
        cfg.read_text(encoding="utf-8")
        + '\n[[sources]]\nname = "Broken"\npath = "../demo/feeds/broken.xml"\n',
        encoding="utf-8",
    )
    settings = config.load(cfg, environ={})
    summary = pipeline.run(settings, DAY, send=False)
    assert summary.sources_failed == 1
    assert summary.failures and summary.failures[0].startswith("Broken: not a feed")
    data = json.loads(
        (settings.output_dir / "briefs" / DAY.isoformat() / "brief.json").read_text(encoding="utf-8")
    )
    broken_row = next(s for s in data["sources"] if s["name"] == "Broken")
    assert broken_row["status"] == "error" and "not a feed" in broken_row["reason"]
    assert summary.items_total > 100  # everyone else's items arrived


def test_rerun_with_nothing_new_rebuilds_a_deleted_archive(cycle) -> None:
    import shutil

    settings, *_ = cycle
    archive_dir = settings.output_dir / "archive"
    shutil.rmtree(archive_dir)
    summary = pipeline.run(settings, DAY, send=False)
    assert summary.unchanged
    assert DAY.isoformat() in (archive_dir / "index.html").read_text(encoding="utf-8")


def test_brief_files_are_readable_by_others(cycle) -> None:
    settings, *_ = cycle
    for path in (settings.output_dir / "briefs" / DAY.isoformat()).iterdir():
        assert path.stat().st_mode & 0o044 == 0o044, path.name
