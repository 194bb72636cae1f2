"""The outbox: one row per (brief date, recipient) plus the message as an .eml file, written before any send.

States: pending -> sending -> sent, or back to pending (temporary failure, with a next-attempt time), or failed
(permanent failure, or too many temporary ones). The table lives in the store's `metadata`, so the Store creates it.

Crash policy (at least once, duplicates confined to one narrow window): a row is committed as "sending" before the
SMTP transaction and as "sent" right after the server's 250 reply to the message. A row found in "sending" when
the outbox is opened under the run lock belongs to a process that died mid-send; it is sent again. If that process
died after the server accepted the message but before "sent" was committed, the recipient gets a second copy with
the same Message-ID (which mail clients and MTAs use to spot duplicates). Any other crash point is safe: before
the end of DATA the server discards the message; after the commit the row is not sent again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    insert,
    select,
    update,
)

from briefing.files import inside, write_atomic
from briefing.store import Store, metadata

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=6)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("brief_date", String(10), nullable=False, index=True),
    Column("recipient", String(320), nullable=False),
    Column("mail_from", String(320), nullable=False),
    Column("message_id", String(300), nullable=False),
    Column("subject", Text, nullable=False, default=""),
    Column("filename", String(400), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("status", String(16), nullable=False, default=PENDING, index=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=False, default=""),
    Column("reply", Text, nullable=False, default=""),
    Column("next_attempt", DateTime(timezone=True)),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    UniqueConstraint("brief_date", "recipient", name="uq_outbox_date_recipient"),
)


@dataclass(frozen=True)
class Entry:
    """One outbox row."""

    id: int
    brief_date: str
    recipient: str
    mail_from: str
    message_id: str
    subject: str
    filename: str
    content_hash: str
    status: str
    attempts: int
    last_error: str
    reply: str
    next_attempt: datetime | None
    created: datetime
    updated: datetime
    sent_at: datetime | None

    def due(self, now: datetime, retry: bool = False) -> bool:
        """Waiting to be sent and, unless `retry`, past its back-off time."""
        if self.status not in (PENDING, SENDING):
            return False
        return retry or self.next_attempt is None or self.next_attempt <= now


def utcnow() -> datetime:
    return datetime.now(UTC)


def _utc(dt: datetime | None) -> datetime | None:
    """SQLite drops the zone; everything stored is UTC."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _naive(dt: datetime | None) -> datetime | None:
    return None if dt is None else dt.astimezone(UTC).replace(tzinfo=None)


def _entry(row: Any) -> Entry:
    d = dict(row)
    for key in ("next_attempt", "created", "updated", "sent_at"):
        d[key] = _utc(d[key])
    return Entry(**d)


def backoff(attempts: int) -> timedelta:
    """Wait before the next try after `attempts` failed ones: 5 min, doubling, at most 6 h."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def eml_name(day: str, address: str) -> str:
    """A readable, file-safe, collision-free .eml name for one (date, recipient)."""
    safe = re.sub(r"[^A-Za-z0-9.@+_-]", "_", address).strip(".") or "x"
    if safe != address:
        safe += "_" + hashlib.sha256(address.encode()).hexdigest()[:8]
    return f"{day}_{safe[:150]}.eml"


class Outbox:
    """Reads and writes of the outbox table and folder; each state change is one committed transaction."""

    def __init__(self, store: Store, folder: Path) -> None:
        self.store = store
        self.folder = folder
        # A Store opened before this module was imported did not create the table.
        outbox.create(store.engine, checkfirst=True)

    def path(self, entry: Entry) -> Path:
        return inside(self.folder, entry.filename)

    def enqueue(
        self,
        day: date,
        recipient: str,
        mail_from: str,
        message_id: str,
        subject: str,
        data: bytes,
        now: datetime | None = None,
    ) -> str:
        """Put one message in the outbox; return queued, replaced, unchanged, sent or failed.

        The .eml file is written (atomically) before the row is committed. A message already sent, or failed for
        good, is left alone: the same brief is never queued twice for one recipient.
        """
        now = now or utcnow()
        key = day.isoformat()
        digest = hashlib.sha256(data).hexdigest()
        name = eml_name(key, recipient)
        with self.store.begin() as conn:
            row = (
                conn.execute(
                    select(outbox).where(outbox.c.brief_date == key, outbox.c.recipient == recipient)
                )
                .mappings()
                .first()
            )
            if row is None:
                write_atomic(inside(self.folder, name), data)
                conn.execute(
                    insert(outbox).values(
                        brief_date=key,
                        recipient=recipient,
                        mail_from=mail_from,
                        message_id=message_id,
                        subject=subject,
                        filename=name,
                        content_hash=digest,
                        status=PENDING,
                        attempts=0,
                        last_error="",
                        reply="",
                        created=_naive(now),
                        updated=_naive(now),
                    )
                )
                return "queued"
            entry = _entry(row)
            if entry.status in (SENT, FAILED):
                return entry.status
            path = inside(self.folder, entry.filename)
            if entry.content_hash == digest and entry.mail_from == mail_from and path.is_file():
                return "unchanged"
            write_atomic(path, data)
            conn.execute(
                update(outbox)
                .where(outbox.c.id == entry.id)
                .values(
                    mail_from=mail_from,
                    message_id=message_id,
                    subject=subject,
                    content_hash=digest,
                    updated=_naive(now),
                )
            )
            return "replaced"

    def entries(self, day: date | None = None, status: str | None = None) -> list[Entry]:
        """Rows, oldest brief first, then by recipient."""
        q = select(outbox)
        if day is not None:
            q = q.where(outbox.c.brief_date == day.isoformat())
        if status is not None:
            q = q.where(outbox.c.status == status)
        with self.store.engine.connect() as conn:
            rows = conn.execute(q.order_by(outbox.c.brief_date, outbox.c.recipient)).mappings().all()
        return [_entry(r) for r in rows]

    def get(self, entry_id: int) -> Entry:
        with self.store.engine.connect() as conn:
            return _entry(conn.execute(select(outbox).where(outbox.c.id == entry_id)).mappings().one())

    def due(self, now: datetime, day: date | None = None, retry: bool = False) -> list[Entry]:
        return [e for e in self.entries(day) if e.due(now, retry)]

    def waiting(self, day: date | None = None) -> Iterator[Entry]:
        return (e for e in self.entries(day) if e.status in (PENDING, SENDING))

    def read(self, entry: Entry) -> bytes:
        return self.path(entry).read_bytes()

    def _set(self, entry_id: int, **values: Any) -> None:
        with self.store.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == entry_id).values(**values))

    def claim(self, entry: Entry, now: datetime) -> bool:
        """Commit "sending" (and one more attempt) before the SMTP transaction; False if the row is not waiting."""
        with self.store.begin() as conn:
            res = conn.execute(
                update(outbox)
                .where(outbox.c.id == entry.id, outbox.c.status.in_((PENDING, SENDING)))
                .values(status=SENDING, attempts=outbox.c.attempts + 1, updated=_naive(now))
            )
            return bool(res.rowcount)

    def mark_sent(self, entry: Entry, reply: str, now: datetime) -> None:
        self._set(
            entry.id,
            status=SENT,
            reply=reply,
            last_error="",
            next_attempt=None,
            sent_at=_naive(now),
            updated=_naive(now),
        )

    def mark_retry(self, entry: Entry, error: str, next_attempt: datetime, now: datetime) -> None:
        self._set(
            entry.id, status=PENDING, last_error=error, next_attempt=_naive(next_attempt), updated=_naive(now)
        )

    def mark_failed(self, entry: Entry, error: str, now: datetime) -> None:
        self._set(entry.id, status=FAILED, last_error=error, next_attempt=None, updated=_naive(now))

    def note(self, entry: Entry, error: str, now: datetime) -> None:
        """Say why a waiting message was not tried (no SMTP host, no password); not an attempt."""
        self._set(entry.id, last_error=error, updated=_naive(now))
