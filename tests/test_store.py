"""The store on SQLite and on a real PostgreSQL server: items stored once even when two writers race, source
state and briefs overwritten in place, the brief lock, the password from the environment, the driver hint."""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, inspect, text, update

from briefing import config
from briefing.errors import ConfigError, LockedError, StorageError
from briefing.models import Item, SourceStatus
from briefing.serialize import item_row
from briefing.store import Store
from briefing.store import items as items_table
from tests.conftest import PgServer

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def make_items(n: int, source: str = "Wire") -> list[Item]:
    out = []
    for i in range(n):
        title = f"Item number {i} from {source}"
        out.append(
            Item(
                id=hashlib.sha256(f"{source}:{i}".encode()).hexdigest()[:32],
                source=source,
                title=title,
                url=f"https://example.org/{source}/{i}",
                published=NOW - timedelta(minutes=i),
                summary=f"Body of item {i}.",
                guid=f"{source}-{i}",
                content_hash=hashlib.sha256(title.encode()).hexdigest()[:32],
                fetched_at=NOW,
                publisher=source,
            )
        )
    return out


def test_items_are_stored_once_and_come_back_whole(database_url: str) -> None:
    store = Store(database_url)
    items = make_items(20)
    assert len(store.add_items(items, {})) == 20
    assert store.add_items(items, {}) == []
    assert store.count_items() == 20
    back = store.items_in_window(NOW - timedelta(hours=1), NOW + timedelta(minutes=1))
    assert sorted(it.id for it in back) == sorted(it.id for it in items)
    first = next(it for it in back if it.id == items[0].id)
    assert first.published == items[0].published and first.published.tzinfo is not None
    assert first.title == items[0].title and first.guid == items[0].guid
    store.close()


def race_two_writers(
    database_url: str, copies: list[list[Item]], chunk: int
) -> tuple[list[list[Item]], list[BaseException], int]:
    """Two stores (two runs, perhaps on two machines) each add their copy of the items at the same moment, `chunk`
    at a time (one transaction per source, as ingest does): the items each reported new, the errors raised, and
    how many items the database then holds."""
    stores = [Store(database_url), Store(database_url)]
    barrier = threading.Barrier(2)
    added: list[list[Item]] = [[], []]
    errors: list[BaseException] = []

    def write(k: int) -> None:
        try:
            barrier.wait()
            for i in range(0, len(copies[k]), chunk):
                added[k].extend(stores[k].add_items(copies[k][i : i + chunk], {}))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stored = stores[0].count_items()
    for s in stores:
        s.close()
    return added, errors, stored


def test_two_writers_racing_over_the_same_items_store_each_once(database_url: str) -> None:
    """Two stores (as two runs on two machines) add the same 300 items at the same moment: none lost, none
    twice, no error, and each item is reported new by exactly one of them."""
    items = make_items(300)
    added, errors, stored = race_two_writers(database_url, [items, items], 10)
    assert errors == []
    ids = [it.id for it in added[0]] + [it.id for it in added[1]]
    assert sorted(ids) == sorted(it.id for it in items)
    assert stored == 300


def same_stories(items: list[Item], source: str) -> list[Item]:
    """The same stories (guid, link, text) as another source carries them: other item ids."""
    return [
        replace(it, id=hashlib.sha256(f"{source}:{it.id}".encode()).hexdigest()[:32], source=source)
        for it in items
    ]


def test_two_writers_storing_one_story_under_different_ids_store_it_once(database_url: str) -> None:
    """Two runs at once, each with its own copy of the same 200 stories (same guid, link and text, other ids):
    each story is stored once, by whichever run got there first, and reported new by that run only."""
    items = make_items(200)
    added, errors, stored = race_two_writers(database_url, [items, same_stories(items, "Agency")], 5)
    assert errors == []
    assert stored == 200
    assert sorted(it.guid for it in added[0] + added[1]) == sorted(it.guid for it in items)


def test_a_story_stored_by_another_run_after_this_one_looked_is_not_stored_again(database_url: str) -> None:
    """The race the lookup alone cannot close: another run's transaction holds the same stories (other ids),
    not yet committed, while this run looks them up and finds nothing; its insert waits for that transaction
    and then stores nothing, instead of a second copy."""
    items = make_items(30)
    mine, store = same_stories(items, "Agency"), Store(database_url)
    other = Store(database_url)
    result: list[list[Item]] = []
    with other.engine.connect() as conn:
        conn.execute(insert(items_table), [item_row(it, it.url) for it in items])
        writer = threading.Thread(target=lambda: result.append(store.add_items(mine, {})))
        writer.start()
        time.sleep(1.5)  # the writer has looked (nothing committed yet) and waits at its insert
        conn.commit()
    writer.join(30)
    assert result == [[]]
    assert store.count_items() == 30
    store.close()
    other.close()


def test_an_old_database_with_duplicates_is_upgraded_on_open(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A database from before item identity was a constraint, holding copies: opening it keeps the first seen
    of each, says so in one line, and from then on the unique indexes refuse a copy."""
    store = Store(database_url)
    with store.begin() as conn:  # back to the old schema: plain indexes
        for key in ("guid", "canonical_url", "content_hash"):
            conn.execute(text(f"DROP INDEX uq_items_{key}"))
            conn.execute(text(f"CREATE INDEX ix_items_{key} ON items ({key})"))
    first = make_items(4)
    later = [replace(it, fetched_at=NOW + timedelta(hours=1)) for it in same_stories(first, "Agency")]
    rows = [item_row(it, it.url) for it in first]
    rows += [
        item_row(later[0], later[0].url),  # the same story: guid, link and text
        item_row(replace(later[1], guid="other-guid", content_hash="other-hash"), later[1].url),  # link only
        item_row(
            replace(later[2], guid="", url="https://example.org/x", content_hash=first[2].content_hash), ""
        ),
        item_row(replace(first[3], id="no-guid-1", guid="", content_hash="h1"), ""),  # nothing shared
        item_row(replace(first[3], id="no-guid-2", guid="", content_hash="h2"), ""),
    ]
    with store.begin() as conn:
        conn.execute(insert(items_table), rows)
        conn.execute(update(items_table).where(items_table.c.id == "no-guid-1").values(guid=""))
        conn.execute(update(items_table).where(items_table.c.id == "no-guid-2").values(guid=""))
    store.close()

    with caplog.at_level("WARNING", logger="briefing.store"):
        upgraded = Store(database_url)
    lines = [r.getMessage() for r in caplog.records if r.name == "briefing.store"]
    assert len(lines) == 1 and lines[0].startswith("store: 3 duplicate item(s) removed"), lines
    assert upgraded.count_items() == 6
    assert upgraded.known_item_ids(it.id for it in first) == {it.id for it in first}  # the first seen kept
    indexes = {ix["name"]: ix["unique"] for ix in inspect(upgraded.engine).get_indexes("items")}
    assert {n: u for n, u in indexes.items() if "guid" in n or "canonical" in n or "content" in n} == {
        "uq_items_guid": True,
        "uq_items_canonical_url": True,
        "uq_items_content_hash": True,
    }
    assert upgraded.add_items(same_stories(first, "Third"), {}) == []
    upgraded.close()
    caplog.clear()
    with caplog.at_level("WARNING", logger="briefing.store"):
        Store(database_url).close()  # already upgraded: nothing to say
    assert not [r for r in caplog.records if r.name == "briefing.store"]


def test_full_text_pages_are_kept_once_per_url_and_forgotten_when_not_asked_for(database_url: str) -> None:
    store = Store(database_url)
    page = {
        "url": "https://example.org/a",
        "etag": '"1"',
        "last_modified": None,
        "text": "T",
        "html": "<p>T</p>",
    }
    old = {**page, "url": "https://example.org/old"}
    store.save_pages([old], now=NOW - timedelta(days=40))
    assert set(store.cached_pages(["https://example.org/old"])) == {"https://example.org/old"}
    # two sources' items linking one page, in one run: one row, the last seen
    store.save_pages([page, {**page, "etag": '"2"'}], now=NOW)
    kept = store.cached_pages(["https://example.org/a", "https://example.org/old", "https://example.org/b"])
    assert set(kept) == {"https://example.org/a"} and kept["https://example.org/a"]["etag"] == '"2"'
    store.close()


def test_source_state_is_updated_in_place(database_url: str) -> None:
    store = Store(database_url)
    ok = SourceStatus(name="Wire", location="https://example.org/feed", kind="feed", status="ok")
    store.record_source(ok, etag='"v1"', last_modified="Mon, 30 Nov 2026 08:00:00 GMT")
    failed = SourceStatus(name="Wire", location="https://example.org/feed", kind="feed", status="error")
    store.record_source(failed)
    store.record_source(failed)
    state = store.source_state("Wire")
    assert state["error_count"] == 2 and state["status"] == "error"
    assert state["etag"] == '"v1"'  # a failure keeps the validators of the last good fetch
    store.record_source(ok, etag='"v2"')
    state = store.source_state("Wire")
    assert (state["error_count"], state["etag"]) == (0, '"v2"')
    store.close()


def test_brief_and_analysis_cache_are_overwritten_not_duplicated(database_url: str) -> None:
    store = Store(database_url)
    store.save_brief("2026-11-30", {"fingerprint": "a"})
    store.save_brief("2026-11-30", {"fingerprint": "b"})
    assert store.brief_data("2026-11-30") == {"fingerprint": "b"}
    assert store.previous_brief("2026-12-01") == {"fingerprint": "b"}
    store.save_analysis({"h1": {"x": 1}, "h2": {"x": 2}}, "v1")
    store.save_analysis({"h1": {"x": 3}}, "v2")
    assert store.cached_analysis(["h1", "h2"], "v2") == {"h1": {"x": 3}}
    assert store.cached_analysis(["h1", "h2"], "v1") == {"h2": {"x": 2}}
    store.close()


def test_run_history_keeps_times_in_utc(database_url: str) -> None:
    store = Store(database_url)
    run_id = store.start_run("manual", "2026-11-30")
    store.end_run(run_id, "ok", {"items_new": 3}, "done")
    (row,) = store.run_history()
    assert row["outcome"] == "ok" and row["counts"] == {"items_new": 3}
    assert row["started"].tzinfo is not None and row["ended"] >= row["started"]
    store.close()


@pytest.mark.postgres
def test_the_brief_of_one_date_is_held_by_one_run_at_a_time(pg_server: PgServer) -> None:
    url = pg_server.url(pg_server.create_database())
    first, second = Store(url), Store(url)
    with first.brief_lock("2026-11-30"):
        started = time.monotonic()
        with (
            pytest.raises(LockedError, match="writing the brief of 2026-11-30"),
            second.brief_lock("2026-11-30", wait=0.6),
        ):
            pass
        assert time.monotonic() - started >= 0.6  # it waited before giving up
        with second.brief_lock("2026-12-01", wait=0):  # another date is free
            pass
    with second.brief_lock("2026-11-30", wait=0):  # released by the first
        pass
    first.close()
    second.close()


@pytest.mark.postgres
def test_a_waiting_run_gets_the_lock_when_the_first_one_ends(pg_server: PgServer) -> None:
    url = pg_server.url(pg_server.create_database())
    first, second = Store(url), Store(url)
    order: list[str] = []
    held = threading.Event()

    def hold() -> None:
        with first.brief_lock("2026-11-30"):
            order.append("first in")
            held.set()
            time.sleep(0.5)
            order.append("first out")

    t = threading.Thread(target=hold)
    t.start()
    held.wait(10)
    with second.brief_lock("2026-11-30", wait=30):
        order.append("second in")
    t.join()
    assert order == ["first in", "first out", "second in"]
    first.close()
    second.close()


def _settings_with_database(demo_dir: Path, url: str) -> config.Settings:
    cfg = demo_dir / "config" / "briefing.toml"
    text = cfg.read_text(encoding="utf-8").replace("[brief]", f'[brief]\ndatabase = "{url}"', 1)
    cfg.write_text(text, encoding="utf-8")
    return config.load(cfg, environ={})


@pytest.mark.postgres
def test_the_password_comes_from_the_environment_variable(
    pg_server: PgServer, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = pg_server.create_database()
    plain = pg_server.url(name, with_password=False).replace("postgresql+psycopg://", "postgresql://")
    settings = _settings_with_database(demo_dir, plain)
    monkeypatch.delenv("BRIEFING_DATABASE_PASSWORD", raising=False)
    with pytest.raises(StorageError) as refused:
        Store(settings.database_url)
    assert "\n" not in refused.value.message and "password" in refused.value.message
    assert "database_password_env" in refused.value.hint
    monkeypatch.setenv("BRIEFING_DATABASE_PASSWORD", pg_server.password)
    store = Store(settings.database_url)
    assert store.postgres and store.count_items() == 0
    store.close()
    assert pg_server.password not in str(config.describe(settings))


def test_without_the_driver_the_hint_names_the_package_to_install(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if psycopg were not installed
    with pytest.raises(ConfigError) as missing:
        _settings_with_database(demo_dir, "postgresql://briefing@db.example.org/briefing")
    assert "briefing[postgres]" in missing.value.hint and "psycopg" in missing.value.hint


def test_a_password_written_into_the_url_is_not_shown_by_config(demo_dir: Path) -> None:
    settings = _settings_with_database(demo_dir, "postgresql://briefing:s3cret-pw@db.example.org/briefing")
    shown = {row.key: row.value for row in config.describe(settings)}
    assert shown["brief.database"] == "postgresql://briefing:***@db.example.org/briefing"
    assert "s3cret-pw" not in str(config.describe(settings))


def test_an_unsupported_database_is_refused_at_start_up(demo_dir: Path) -> None:
    with pytest.raises(ConfigError, match="not supported"):
        _settings_with_database(demo_dir, "mysql://briefing@db.example.org/briefing")
