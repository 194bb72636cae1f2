"""The store (SQLAlchemy Core 2): items, sources, briefs, runs, in a SQLite file or on a PostgreSQL server.

Several runs may share one PostgreSQL database (one per machine, each with its own output folder): rows that
two runs can both write are upserts, and the brief of one date is written by one run at a time under an
advisory lock. SQLite keeps the run's file lock in the output folder for that.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import socket
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, NoSuchModuleError

from briefing import crashpoints
from briefing.errors import ConfigError, LockedError, StorageError
from briefing.models import Item, SourceStatus
from briefing.serialize import item_from_row, item_row
from briefing.serialize import utc as _utc

log = logging.getLogger(__name__)

# The first key of every advisory lock this program takes on PostgreSQL (the second names what is locked).
LOCK_CLASS = zlib.crc32(b"briefing") & 0x7FFFFFFF
SCHEMA_LOCK = 0
ITEMS_LOCK = 1  # held while a run stores items: two runs on one PostgreSQL never wait on each other's rows
ADD_BATCH = 500  # items per SELECT and INSERT when storing new items
BRIEF_LOCK_WAIT = 1800.0  # seconds a run waits for another run writing the same date's brief

metadata = MetaData()

items = Table(
    "items",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", String(200), nullable=False, index=True),
    Column("publisher", String(200), nullable=False, default=""),
    Column("guid", String(1000)),
    Column("canonical_url", String(2000)),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text, nullable=False),
    Column("url", Text, nullable=False, default=""),
    Column("summary", Text, nullable=False, default=""),
    Column("content_html", Text, nullable=False, default=""),
    Column("language", String(16), nullable=False, default="en"),
    Column("published", DateTime(timezone=True), index=True),
    Column("first_seen", DateTime(timezone=True), nullable=False, index=True),
    # An item's identity: one stored item per guid, per canonical link and per text (NULLs never collide), so
    # two runs storing the same story at once (two machines on one PostgreSQL) store it once.
    Index("uq_items_guid", "guid", unique=True),
    Index("uq_items_canonical_url", "canonical_url", unique=True),
    Index("uq_items_content_hash", "content_hash", unique=True),
)
ITEM_KEYS = ("guid", "canonical_url", "content_hash")
OLD_ITEM_INDEXES = (
    "ix_items_guid",
    "ix_items_canonical_url",
    "ix_items_content_hash",
)  # before they were unique

sources = Table(
    "sources",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("location", Text, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", String(32), nullable=False, default="new"),
    Column("reason", Text, nullable=False, default=""),
    Column("error_count", Integer, nullable=False, default=0),
    Column("last_fetch", DateTime(timezone=True)),
    Column("last_ok", DateTime(timezone=True)),
    Column("gone", Boolean, nullable=False, default=False),
    Column(
        "body_hash", String(64)
    ),  # of the last body whose items were stored: the same body is not parsed again
)

# Full-text pages kept with their validators, so a page asked for again (its item was not stored: a copy of a
# stored story, or a run stopped before storing) is revalidated with a conditional GET instead of downloaded.
pages = Table(
    "pages",
    metadata,
    Column(
        "url_key", String(64), primary_key=True
    ),  # sha256 of the URL: URLs can be longer than an index allows
    Column("url", Text, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("text", Text, nullable=False),  # the page's main text and its sanitised HTML, as extracted
    Column("html", Text, nullable=False),
    Column("checked", DateTime(timezone=True), nullable=False, index=True),
)
PAGE_KEEP = timedelta(days=30)  # a page not asked for in this long is forgotten

analysis_cache = Table(
    "analysis_cache",
    metadata,
    Column("content_hash", String(64), primary_key=True),
    Column("version", String(32), nullable=False),
    Column("result", Text, nullable=False),
)

briefs = Table(
    "briefs",
    metadata,
    Column("date", String(10), primary_key=True),
    Column("generated_at", DateTime(timezone=True), nullable=False),
    Column("data", Text, nullable=False),  # the brief's JSON, for "what changed since the last brief"
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("ended", DateTime(timezone=True)),
    Column("trigger", String(32), nullable=False, default="manual"),
    Column("brief_date", String(10)),
    Column("outcome", String(32), nullable=False, default="running"),
    Column("counts", Text, nullable=False, default="{}"),
    Column("message", Text, nullable=False, default=""),
    Column("owner", String(200), nullable=False, default=""),  # host:pid of the process running it
)


def engine_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (SQLAlchemy's default for it is psycopg2, which is not installed)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def driver_hint(url: str) -> str:
    """What to install for this URL's database driver."""
    if make_url(url).get_backend_name() == "postgresql":
        return "install the PostgreSQL driver: pip install 'briefing[postgres]' (psycopg 3)"
    return "leave brief.database empty for the SQLite file, or e.g. sqlite:////path/briefing.db"


class Store:
    """All reads and writes of the database; each public method is one transaction."""

    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.url = url
        try:
            self.engine: Engine = create_engine(engine_url(url), future=True)
        except (ImportError, NoSuchModuleError) as exc:
            raise ConfigError(
                f"brief.database: no driver for this database ({exc})", driver_hint(url)
            ) from None
        if self.engine.dialect.name not in ("sqlite", "postgresql"):
            raise ConfigError(
                f"brief.database: {self.engine.dialect.name} is not supported", "use SQLite or PostgreSQL"
            )
        self.postgres = self.engine.dialect.name == "postgresql"
        if not self.postgres:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            with self.begin() as conn:
                if self.postgres:  # two processes creating the tables at once would collide on the catalogue
                    conn.execute(select(func.pg_advisory_xact_lock(LOCK_CLASS, SCHEMA_LOCK)))
                metadata.create_all(conn)
                unique_item_keys(conn)
            # columns older databases lack
            add_column(self.engine, "runs", "owner", "VARCHAR(200) NOT NULL DEFAULT ''")
            add_column(self.engine, "sources", "body_hash", "VARCHAR(64)")
        except DBAPIError as exc:
            self.engine.dispose()
            raise database_error(url, exc) from None

    def _insert(self, table: Table) -> Any:
        """INSERT in this database's dialect, so that it can say ON CONFLICT."""
        return (pg_dialect.insert if self.postgres else sqlite_dialect.insert)(table)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # --- sources -------------------------------------------------------------------------------------------
    def source_state(self, name: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = conn.execute(select(sources).where(sources.c.name == name)).mappings().first()
        return dict(row) if row else {}

    def save_source_state(self, name: str, location: str, **values: Any) -> None:
        stmt = self._insert(sources).values(name=name, location=location, **values)
        with self.begin() as conn:
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[sources.c.name], set_={"location": location, **values}
                )
            )

    def record_source(
        self,
        status: SourceStatus,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
    ) -> None:
        """Store the outcome of one fetch: validators and the body's hash on success (call it after the items
        are stored), a growing error count on failure."""
        now = datetime.now(UTC)
        prev = self.source_state(status.name)
        values: dict[str, Any] = {"status": status.status, "reason": status.reason, "last_fetch": now}
        if status.status in ("ok", "warning", "not-modified"):
            values.update(error_count=0, last_ok=now)
            if etag is not None or last_modified is not None:
                values.update(etag=etag, last_modified=last_modified)
            if body_hash is not None:
                values["body_hash"] = body_hash
        else:
            values["error_count"] = int(prev.get("error_count") or 0) + 1
        if status.status == "gone":
            values["gone"] = True
        self.save_source_state(status.name, status.location, **values)

    def source_states(self) -> dict[str, dict[str, Any]]:
        """Every stored source state by name (status, reason, error_count, last_fetch, last_ok, gone)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(sources)).mappings().all()
        return {r["name"]: dict(r) for r in rows}

    def known_item_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among `ids` that are already stored."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                found.update(r[0] for r in conn.execute(select(items.c.id).where(items.c.id.in_(chunk))))
        return found

    def known_items(self, batch: Iterable[Item], canonical: dict[str, str]) -> set[str]:
        """The ids of the items in `batch` that add_items would not store: held already by id, guid or
        canonical link (a copy of a stored story needs no page fetched)."""
        todo = list(batch)
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(todo), ADD_BATCH):
                chunk = todo[i : i + ADD_BATCH]
                guids = {it.guid for it in chunk if it.guid}
                links = {canonical.get(it.id, "") for it in chunk} - {""}
                conds = [items.c.id.in_({it.id for it in chunk})]
                if guids:
                    conds.append(items.c.guid.in_(guids))
                if links:
                    conds.append(items.c.canonical_url.in_(links))
                held: set[str] = set()
                for r in conn.execute(
                    select(items.c.id, items.c.guid, items.c.canonical_url).where(or_(*conds))
                ):
                    held.update(v for v in r if v)
                found.update(
                    it.id
                    for it in chunk
                    if it.id in held
                    or (it.guid and it.guid in held)
                    or canonical.get(it.id, "") in held - {""}
                )
        return found

    # --- full-text pages -----------------------------------------------------------------------------------
    def cached_pages(self, urls: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Kept pages by URL: etag, last_modified, text, html."""
        keys = {_url_key(u): u for u in urls}
        out: dict[str, dict[str, Any]] = {}
        wanted = list(keys)
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                q = select(pages).where(pages.c.url_key.in_(wanted[i : i + 500]))
                for r in conn.execute(q).mappings():
                    if r["url"] == keys[r["url_key"]]:
                        out[r["url"]] = dict(r)
        return out

    def save_pages(self, found: Iterable[dict[str, Any]], now: datetime | None = None) -> None:
        """Keep pages (dicts of url, etag, last_modified, text, html) as checked `now`; forget pages not asked for
        in PAGE_KEEP."""
        now = now or datetime.now(UTC)
        # one row per URL: two sources' items can link one page (and one multi-row upsert may not touch a row twice)
        rows = list(
            {_url_key(p["url"]): {**p, "url_key": _url_key(p["url"]), "checked": now} for p in found}.values()
        )
        with self.begin() as conn:
            if rows:
                stmt = self._insert(pages)
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[pages.c.url_key],
                        set_={
                            c: stmt.excluded[c]
                            for c in ("url", "etag", "last_modified", "text", "html", "checked")
                        },
                    ),
                    rows,
                )
            conn.execute(pages.delete().where(pages.c.checked < now - PAGE_KEEP))

    def items_per_day(self, since: datetime) -> dict[str, dict[str, int]]:
        """Items first seen since `since`, counted by source and UTC day (YYYY-MM-DD)."""
        out: dict[str, dict[str, int]] = {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(items.c.source, items.c.first_seen).where(items.c.first_seen >= since)
            ).all()
        for source, seen in rows:
            day = (_utc(seen) or since).date().isoformat()
            per = out.setdefault(source, {})
            per[day] = per.get(day, 0) + 1
        return out

    # --- items ---------------------------------------------------------------------------------------------
    def add_items(self, new: Iterable[Item], canonical: dict[str, str]) -> list[Item]:
        """Insert items not already stored (by guid, then canonical link, then content hash); return the new ones."""
        todo = list(new)
        added: list[Item] = []
        with self.begin() as conn:
            if self.postgres:
                # Without it two runs inserting the same rows in different orders can deadlock on the unique
                # indexes; with it the second sees the first's rows (the indexes would still keep each once).
                conn.execute(select(func.pg_advisory_xact_lock(LOCK_CLASS, ITEMS_LOCK)))
            # in batches, one SELECT and one multi-row INSERT each: a statement per item cost 4 s at 10,000 items
            for i in range(0, len(todo), ADD_BATCH):
                added += self._add_batch(conn, todo[i : i + ADD_BATCH], canonical)
        return added

    def _add_batch(self, conn: Connection, batch: list[Item], canonical: dict[str, str]) -> list[Item]:
        canons = {it.id: canonical.get(it.id, "") for it in batch}
        guids = {it.guid for it in batch if it.guid}
        links = {c for c in canons.values() if c}
        conds = [
            items.c.id.in_({it.id for it in batch}),
            items.c.content_hash.in_({it.content_hash for it in batch}),
        ]
        if guids:
            conds.append(items.c.guid.in_(guids))
        if links:
            conds.append(items.c.canonical_url.in_(links))
        held: dict[str, set[str]] = {"id": set(), "hash": set(), "guid": set(), "link": set()}
        cols = (items.c.id, items.c.content_hash, items.c.guid, items.c.canonical_url)
        for r in conn.execute(select(*cols).where(or_(*conds))):
            held["id"].add(r[0])
            held["hash"].add(r[1])
            held["guid"].add(r[2] or "")
            held["link"].add(r[3] or "")
        rows, wanted = [], []
        for it in batch:
            canon = canons[it.id]
            if (
                it.id in held["id"]
                or it.content_hash in held["hash"]
                or (it.guid and it.guid in held["guid"])
                or (canon and canon in held["link"])
            ):
                continue
            # a later item of the batch sees this one as stored, as it did when each was inserted on its own
            held["id"].add(it.id)
            held["hash"].add(it.content_hash)
            held["guid"].add(it.guid)
            held["link"].add(canon)
            rows.append(item_row(it, canon))
            wanted.append(it)
        if not rows:
            return []
        # another run may have stored some since the SELECT: those collide with a unique index (id, guid,
        # link or text), insert nothing and return no row
        stmt = self._insert(items).on_conflict_do_nothing().returning(items.c.id)
        stored = {r[0] for r in conn.execute(stmt, rows)}
        for _ in stored:
            crashpoints.reached("store.item-inserted")  # inside the transaction
        return [it for it in wanted if it.id in stored]

    def items_in_window(self, start: datetime, end: datetime, oldest: datetime | None = None) -> list[Item]:
        """Items published in [start, end), or first seen then (undated items, late arrivals) unless published before `oldest`."""
        late = (items.c.first_seen >= start) & (items.c.first_seen < end)
        if oldest is not None:
            late = late & (items.c.published.is_(None) | (items.c.published >= oldest))
        q = select(items).where(or_((items.c.published >= start) & (items.c.published < end), late))
        with self.engine.connect() as conn:
            rows = conn.execute(q.order_by(items.c.published.desc(), items.c.id)).mappings().all()
        return [item_from_row(r) for r in rows]

    def count_items(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(items)).scalar_one())

    # --- analysis cache ------------------------------------------------------------------------------------
    def cached_analysis(self, hashes: Iterable[str], version: str) -> dict[str, dict[str, Any]]:
        wanted = list(set(hashes))
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                q = select(analysis_cache).where(
                    analysis_cache.c.content_hash.in_(chunk), analysis_cache.c.version == version
                )
                for r in conn.execute(q).mappings():
                    out[r["content_hash"]] = json.loads(r["result"])
        return out

    def save_analysis(self, results: dict[str, dict[str, Any]], version: str) -> None:
        if not results:
            return
        stmt = self._insert(analysis_cache)
        stmt = stmt.on_conflict_do_update(
            index_elements=[analysis_cache.c.content_hash],
            set_={"version": stmt.excluded.version, "result": stmt.excluded.result},
        )
        with self.begin() as conn:
            conn.execute(
                stmt,
                [
                    {"content_hash": h, "version": version, "result": json.dumps(r)}
                    for h, r in sorted(results.items())
                ],
            )

    # --- briefs --------------------------------------------------------------------------------------------
    @contextmanager
    def brief_lock(self, date: str, wait: float = BRIEF_LOCK_WAIT) -> Iterator[None]:
        """Hold the brief of `date` for this run: on PostgreSQL a session advisory lock, waited for up to
        `wait` seconds; on SQLite nothing (the run's file lock in the output folder does it)."""
        if not self.postgres:
            yield
            return
        key = int(date.replace("-", ""))
        with self.engine.connect() as conn:
            deadline = time.monotonic() + wait
            while not conn.execute(select(func.pg_try_advisory_lock(LOCK_CLASS, key))).scalar_one():
                conn.commit()
                if time.monotonic() >= deadline:
                    raise LockedError(
                        f"another run is writing the brief of {date} on this database",
                        "wait for it to finish; a run that died releases its lock with its connection",
                    )
                time.sleep(0.2)
            conn.commit()  # the lock belongs to the session, not to a transaction left open
            try:
                yield
            finally:
                conn.execute(select(func.pg_advisory_unlock(LOCK_CLASS, key)))
                conn.commit()

    def save_brief(self, date: str, data: dict[str, Any]) -> None:
        stmt = self._insert(briefs).values(date=date, generated_at=datetime.now(UTC), data=json.dumps(data))
        with self.begin() as conn:
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[briefs.c.date],
                    set_={"generated_at": stmt.excluded.generated_at, "data": stmt.excluded.data},
                )
            )

    def previous_brief(self, date: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(briefs.c.data).where(briefs.c.date < date).order_by(briefs.c.date.desc()).limit(1)
            ).first()
        return json.loads(row[0]) if row else None

    def brief_data(self, date: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(briefs.c.data).where(briefs.c.date == date)).first()
        return json.loads(row[0]) if row else None

    # --- runs ----------------------------------------------------------------------------------------------
    def start_run(self, trigger: str, brief_date: str) -> int:
        with self.begin() as conn:
            res = conn.execute(
                insert(runs).values(
                    started=datetime.now(UTC), trigger=trigger, brief_date=brief_date, owner=_owner()
                )
            )
            return int(res.inserted_primary_key[0])  # type: ignore[index]

    def mark_interrupted(self) -> int:
        """Runs left "running" by a process that is gone are marked "interrupted"; return how many."""
        now = datetime.now(UTC)
        with self.begin() as conn:
            rows = conn.execute(
                select(runs.c.id, runs.c.owner, runs.c.started).where(runs.c.outcome == "running")
            )
            dead = [r.id for r in rows if _owner_gone(r.owner, _utc(r.started) or now, now)]
            if dead:
                conn.execute(
                    update(runs)
                    .where(runs.c.id.in_(dead), runs.c.outcome == "running")
                    .values(outcome="interrupted", message="the process ended before the run finished")
                )
        return len(dead)

    def after_crash(self) -> int:
        """At start-up: mark runs left "running" by dead processes as interrupted and, if there were any (or the
        runs table cannot be read), run quick_check; return how many runs were interrupted."""
        try:
            found = self.mark_interrupted()
        except DBAPIError as exc:
            self.quick_check()
            raise database_error(self.url, exc) from None
        if found:
            self.quick_check()
        return found

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Database errors inside the block become one StorageError naming this database."""
        try:
            yield
        except DBAPIError as exc:
            raise database_error(self.url, exc) from None

    def quick_check(self) -> None:
        """SQLite's `PRAGMA quick_check`; raise StorageError when the file is damaged (other databases: no-op)."""
        if not self.url.startswith("sqlite"):
            return
        try:
            with self.engine.connect() as conn:
                found = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        except DBAPIError as exc:  # too damaged to check
            found = [" ".join(str(exc.orig).split())]
        if found != ["ok"]:
            raise StorageError(
                f"database {_db_name(self.url)} is damaged: {found[0][:200]}",
                "restore it from a backup, or move it aside and run again (a new one is made; the outbox's "
                "sent.log keeps mail already sent from going out twice)",
            )

    def end_run(self, run_id: int, outcome: str, counts: dict[str, Any], message: str = "") -> None:
        with self.begin() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == run_id)
                .values(ended=datetime.now(UTC), outcome=outcome, counts=json.dumps(counts), message=message)
            )

    def run_history(self, limit: int = 20) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(runs).order_by(runs.c.id.desc()).limit(limit)).mappings().all()
        out = []
        for r in rows:
            d = dict(r)
            d["started"], d["ended"] = _utc(d["started"]), _utc(d["ended"])
            d["counts"] = json.loads(d["counts"] or "{}")
            out.append(d)
        return out


def unique_item_keys(conn: Connection) -> int:
    """Give a database from before item identity was a constraint its unique indexes (guid, canonical link,
    content hash); duplicates stored back then are removed first, the first seen kept, and said in one line.
    Return how many were removed."""
    have = {ix["name"] for ix in inspect(conn).get_indexes("items")}
    if all(f"uq_items_{key}" in have for key in ITEM_KEYS):
        return 0
    if conn.dialect.name == "postgresql":  # no run stores items between the clean-up and the indexes
        conn.execute(select(func.pg_advisory_xact_lock(LOCK_CLASS, ITEMS_LOCK)))
    for key in ("guid", "canonical_url"):  # "none" is NULL, which never collides (as item_row stores it)
        conn.execute(items.update().where(items.c[key] == "").values({key: None}))
    doomed: list[str] = []
    if any(_has_duplicates(conn, key) for key in ITEM_KEYS):
        seen: dict[str, set[str]] = {key: set() for key in ITEM_KEYS}
        cols = [items.c.id, *(items.c[key] for key in ITEM_KEYS)]
        # the order storing them one by one would have kept: an item sharing any key with a kept one is a copy
        for row in conn.execute(select(*cols).order_by(items.c.first_seen, items.c.id)):
            keys = dict(zip(ITEM_KEYS, row[1:], strict=True))
            if any(v and v in seen[k] for k, v in keys.items()):
                doomed.append(row[0])
                continue
            for k, v in keys.items():
                if v:
                    seen[k].add(v)
        for i in range(0, len(doomed), 500):
            conn.execute(items.delete().where(items.c.id.in_(doomed[i : i + 500])))
    for key in ITEM_KEYS:
        conn.execute(text(f"CREATE UNIQUE INDEX IF NOT EXISTS uq_items_{key} ON items ({key})"))
    for name in OLD_ITEM_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
    if doomed:
        log.warning(
            "store: %d duplicate item(s) removed (same guid, link or text as one stored earlier; the first kept) "
            "while making item identity a unique index",
            len(doomed),
        )
    return len(doomed)


def _has_duplicates(conn: Connection, key: str) -> bool:
    col = items.c[key]
    q = select(col).where(col.is_not(None)).group_by(col).having(func.count() > 1).limit(1)
    return conn.execute(q).first() is not None


def add_column(engine: Engine, table: str, column: str, ddl: str) -> None:
    """Add a column an older database lacks; another process adding it at the same moment is fine."""
    if column in {c["name"] for c in inspect(engine).get_columns(table)}:
        return
    try:
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}"))
    except DBAPIError:
        if column not in {c["name"] for c in inspect(engine).get_columns(table)}:
            raise


def _url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_gone(owner: str, started: datetime, now: datetime) -> bool:
    """The process that started a run is gone: no owner recorded, its pid is dead on this host, or (another
    host) it started more than a day ago."""
    host, _, pid = owner.rpartition(":")
    if not owner or not pid.isdigit():
        return True
    if host != socket.gethostname():
        return now - started > timedelta(days=1)
    if int(pid) == os.getpid():  # under the run lock, this process starts one run at a time
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _db_name(url: str) -> str:
    if url.startswith("sqlite:///"):
        return str(Path(url.removeprefix("sqlite:///")).resolve())
    return url.rpartition("@")[2]  # no password in messages


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def database_error(url: str, exc: DBAPIError) -> StorageError:
    """One line for a database that cannot be opened or read."""
    reason = " ".join(str(exc.orig).split())[:200]
    name = _db_name(url)
    if url.startswith("sqlite:///") and not os.access(Path(name).parent, os.W_OK):
        return StorageError(
            f"cannot use {Path(name).parent}: the folder of the database is read-only ({reason})",
            "SQLite needs to write beside its file: make the folder writable, or point database_url elsewhere",
        )
    if url.startswith("sqlite:///") and _nearly_full(Path(name).parent):
        return StorageError(
            f"cannot write the database {name}: no space left on device ({reason})",
            "free some space (the previous brief, archive and outbox are kept) and run again",
        )
    if not url.startswith("sqlite"):
        return StorageError(
            f"database {name} cannot be used: {reason}",
            "check brief.database, that the server is up, and the password in the variable named by "
            "brief.database_password_env",
        )
    return StorageError(
        f"database {name} cannot be used: {reason}",
        "check database_url; a damaged SQLite file can be restored from a backup or moved aside",
    )


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
