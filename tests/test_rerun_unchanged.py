"""A rerun against a server that ignores conditional GET: a body whose hash has not changed since the last fetch
whose items were stored is not parsed again; a changed body, or one whose items never got stored, is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from briefing import config, pipeline
from briefing.store import Store
from tests.hostile_server import HostileServer, rss_feed, rss_item, static

UNCHANGED = "unchanged since the last fetch (same content)"


def feed(n: int, outlet: str = "wire") -> bytes:
    return rss_feed(
        [
            rss_item(
                f"Talks resume in Geneva, day {i} ({outlet})",
                f"https://{outlet}.example/{i}",
                f"Day {i} of talks, as {outlet} saw it.",
                guid=f"{outlet}-{i}",
            )
            for i in range(n)
        ],
        title=outlet,
    )


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


def settings_for(demo_dir: Path, server: HostileServer, database_url: str) -> config.Settings:
    cfg = demo_dir / "config" / "rerun.toml"
    cfg.write_text(
        f'[brief]\ndatabase = "{database_url}"\noutput_dir = "../out"\n\n'
        f'[[sources]]\nname = "Wire"\nurl = "{server.url("/feed")}"\n'
        f'[[sources]]\nname = "Tagged"\nurl = "{server.url("/tagged")}"\n',
        encoding="utf-8",
    )
    return config.load(cfg, environ={})


def by_name(statuses: list, name: str):  # type: ignore[no-untyped-def]
    return next(s for s in statuses if s.name == name)


def test_an_unchanged_body_is_not_parsed_again(
    demo_dir: Path, server: HostileServer, database_url: str
) -> None:
    server.route("/feed", static(feed(5)))  # no validators at all
    server.route("/tagged", static(feed(3, "tagged"), headers={"ETag": '"same"'}))  # an ETag, but never a 304
    settings = settings_for(demo_dir, server, database_url)
    store = Store(settings.database_url)
    first, new = pipeline.ingest_all(settings, store)
    assert new == 5 + 3 and by_name(first, "Wire").status == "ok"

    again, new = pipeline.ingest_all(settings, store)
    assert new == 0
    for name in ("Wire", "Tagged"):
        st = by_name(again, name)
        assert (st.status, st.reason, st.items_seen) == ("not-modified", UNCHANGED, 0)
    assert len(server.hits("/tagged")) == 2  # fetched both times: only the parse was saved
    assert server.hits("/tagged")[-1].headers.get("If-None-Match") == '"same"'

    server.route("/feed", static(feed(7)))  # two new items
    changed, new = pipeline.ingest_all(settings, store)
    assert new == 2
    assert by_name(changed, "Wire").status == "ok" and by_name(changed, "Wire").items_seen == 7
    assert by_name(changed, "Tagged").status == "not-modified"
    store.close()


def test_a_body_whose_items_were_not_stored_is_parsed_again(
    demo_dir: Path, server: HostileServer, database_url: str
) -> None:
    """The hash is recorded with the source state after the items: a run that died in between (here: the
    recorded hash wiped, as it would never have been written) reads the body again."""
    server.route("/feed", static(feed(4)))
    server.route("/tagged", static(feed(1, "tagged")))
    settings = settings_for(demo_dir, server, database_url)
    store = Store(settings.database_url)
    pipeline.ingest_all(settings, store)
    with store.begin() as conn:
        conn.execute(text("UPDATE sources SET body_hash = NULL WHERE name = 'Wire'"))
    again, _ = pipeline.ingest_all(settings, store)
    assert by_name(again, "Wire").status == "ok" and by_name(again, "Wire").items_seen == 4
    assert by_name(again, "Tagged").status == "not-modified"
    store.close()


def test_a_database_from_before_the_body_hash_gets_the_column(database_url: str) -> None:
    store = Store(database_url)
    with store.begin() as conn:
        conn.execute(text("ALTER TABLE sources DROP COLUMN body_hash"))
    store.close()
    store = Store(database_url)
    store.save_source_state("Wire", "https://wire.example/feed", body_hash="ab" * 32)
    assert store.source_state("Wire")["body_hash"] == "ab" * 32
    store.close()
