"""The outbox: one row per (brief date, recipient) plus the message as an .eml file, written before any send.

States: pending -> sending -> transmitted -> sent, or back to pending (temporary failure, with a next-attempt time), or failed
(permanent failure, or too many temporary ones), or unknown (the whole message was transmitted but the server's
reply never came: it may have been delivered, so it is only sent again on `briefing send --resend-unknown`), or
withdrawn (the recipient left the config before the message went out). The table lives in the store's
`metadata`, so the Store creates it.

Claims: a sender sets "sending" with a conditional update (`... WHERE id = ? AND status = <seen> AND claimed_by
= <seen>`), so of two senders on one database only one gets each row. A row left in "sending" is taken over only
when its claimant is known to be dead (same host, process gone) or its claim is older than CLAIM_LEASE.

Crash policy (duplicates confined to one narrow window): a row is committed as "sending" before the SMTP
transaction and as "transmitted" once the whole message has gone out, before the server's reply is read; right
after the server's 250 the message is appended to `sent.log` beside the .eml files (fsynced), then "sent" is
committed. A row its dead sender left in "sending" was never fully transmitted (a server discards a message cut
off before the end of DATA): it is sent again. One left in "transmitted" is marked sent if the sent-log has it,
and "unknown" otherwise (shown by `briefing outbox`, resent only on request). Only a death between the end of
DATA and the "transmitted" commit (one local transaction) can give a second copy, with the same Message-ID
(which mail clients and MTAs use to spot duplicates). The sent-log also keeps a lost or replaced database from
sending the day's mail again.

After each send the sent-log is trimmed (Outbox.trim_sent_log, under the same lock as the appends, rewritten with
temp file + fsync + rename): a line goes once its message is final in the database (sent or failed) or absent
from it, and was sent more than smtp.sent_log_days ago; a message that can still be sent keeps its line. Then the
.eml files are pruned by the same rule (Outbox.prune_files, under the same lock, which `enqueue` also holds while it
writes a new message's file and commits its row): a file goes only when its row is final and older than the window,
or, with no row (a lost or replaced database), when its brief, its file and its sent-log line are all older than
the window. Nothing decides a send from an .eml file's presence except for a waiting row, whose file is never
removed, so a removal cannot cause a send. The same pass removes the temp files of writes killed before their
rename (Outbox.remove_temps: only the outbox's own temp names, under the lock, untouched for TEMP_GRACE).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from filelock import FileLock
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

from briefing import crashpoints
from briefing.files import inside, write_atomic
from briefing.store import Store, add_column, metadata

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
UNKNOWN, WITHDRAWN, TRANSMITTED = "unknown", "withdrawn", "transmitted"
ORPHANED = "the sender stopped after the whole message went out, before the server's reply: it may have been delivered"
WAITING = (PENDING, SENDING)  # will be sent by the next `send` (a "sending" row once its claimant is gone)
CLAIM_LEASE = timedelta(minutes=30)  # a claim by a process this host cannot check lapses after this
SENT_LOG = "sent.log"
SENT_LOG_LOCK = "sent.log.lock"
BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=6)
FINAL = (SENT, FAILED)  # nothing sends, resends or settles these again
# what eml_name gives: the brief date, "_", the file-safe address (maybe with a hash), ".eml"
EML_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})_[A-Za-z0-9.@+_-]{1,160}\.eml")
HEAD_BYTES = 65_536  # an outbox message's headers fit well within this
# what write_atomic leaves of an outbox file (a message, the sent-log) when killed before its rename:
# "." + the file's name + "." + mkstemp's random part + ".tmp"
TEMP_NAME = re.compile(r"\.(?:" + EML_NAME.pattern + "|" + re.escape(SENT_LOG) + r")\.[a-z0-9_]{1,32}\.tmp")
# A temp file untouched this long is no write in progress: writing one message takes well under a second, and
# every writer here holds the sent-log's lock as well (the age covers a writer whose lock the remover cannot see,
# another machine on a shared folder whose file locks are local).
TEMP_GRACE = timedelta(minutes=5)

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
    Column("claimed_by", String(200), nullable=False, default=""),
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
    claimed_by: str = ""

    def due(self, now: datetime, retry: bool = False) -> bool:
        """Waiting to be sent and, unless `retry`, past its back-off time."""
        if self.status not in WAITING:
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


def claimant() -> str:
    """Who claims rows: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def claim_lapsed(claimed_by: str, since: datetime, now: datetime, me: str) -> bool:
    """True when a "sending" claim can be taken over: its process (on this host) is gone, it is this very process
    (an earlier attempt in it died), it names no one (a database from before claims), or the lease ran out."""
    if not claimed_by or claimed_by == me or now - since > CLAIM_LEASE:
        return True
    host, _, pid = claimed_by.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # alive, another user's
            return False
    return False


def _keep_line(line: str, open_rows: set[tuple[str, str]], cutoff: datetime) -> bool:
    """Whether a sent-log line can still matter (see Outbox.trim_sent_log)."""
    parts = line.split("\t")
    if len(parts) < 3:
        return False
    if (parts[0], parts[1]) in open_rows:
        return True
    try:
        when = _utc(datetime.fromisoformat(parts[3]))
        day = datetime.fromisoformat(parts[0]).date()
    except (IndexError, ValueError):
        return True
    return not _old(day, when, cutoff)  # the same window as the .eml files (prune_files)


def _dated_before(day: date, cutoff: datetime) -> bool:
    """The brief's date is past the retention window (a day of slack, as for sent-log lines)."""
    return datetime.combine(day, time(), UTC) < cutoff - timedelta(days=1)


def _old(day: date, when: datetime | None, cutoff: datetime) -> bool:
    """Past the retention window: sent (or last changed) before `cutoff`, its brief dated before that too."""
    return when is not None and when < cutoff and _dated_before(day, cutoff)


@dataclass(frozen=True)
class _Candidate:
    """An .eml file in the outbox folder that may be pruned: its name, brief date and identity when listed."""

    name: str
    day: date
    inode: tuple[int, int, int]  # device, inode, mtime in ns: a file rewritten since is not this one

    @property
    def mtime(self) -> datetime:
        return datetime.fromtimestamp(self.inode[2] / 1e9, UTC)


def _identity(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_dev, st.st_ino, st.st_mtime_ns)


def _addressee(path: Path) -> tuple[str, bool]:
    """The To address of an .eml file, and whether it carries a Message-ID ("" when unreadable)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
        msg = BytesHeaderParser().parsebytes(head)
        return parseaddr(str(msg.get("To", "")))[1], bool(str(msg.get("Message-ID", "")).strip())
    except (OSError, ValueError, TypeError, LookupError):
        return "", False


@dataclass(frozen=True)
class Pruned:
    """What one pass over the .eml files did: files removed, and one line per removal that failed."""

    removed: int = 0
    failures: tuple[str, ...] = ()


def _temp_written(_: Path) -> None:
    crashpoints.reached("queue.eml-temp-written")  # the message complete in its temp file, not yet renamed


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
        self.me = claimant()
        # A Store opened before this module was imported did not create the table.
        outbox.create(store.engine, checkfirst=True)
        add_column(
            store.engine, "outbox", "claimed_by", "VARCHAR(200) NOT NULL DEFAULT ''"
        )  # older databases

    # --- the sent-log: what a server accepted, kept beside the .eml files ------------------------------------
    @property
    def sent_log(self) -> Path:
        return self.folder / SENT_LOG

    def _log_lock(self) -> FileLock:
        """Held to append to the sent-log, to rewrite it and to prune .eml files, and by enqueue from a new file to
        its committed row: an append never lands in a file being replaced, a prune never sees a row-less new file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return FileLock(self.folder / SENT_LOG_LOCK)

    @contextlib.contextmanager
    def _lock_if_possible(self) -> Iterator[None]:
        """The sent-log's lock, or none when no lock file can be made here (a read-only folder: no trim or prune
        can run there either, so writing without it is safe)."""
        lock: FileLock | None
        try:
            lock = self._log_lock()
            lock.acquire()
        except OSError:
            lock = None
        try:
            yield
        finally:
            if lock is not None:
                lock.release()

    def log_sent(self, entry: Entry, reply: str, now: datetime) -> None:
        """Append one accepted message to the sent-log and fsync it, before the database hears of it."""
        line = "\t".join(
            (entry.brief_date, entry.recipient, entry.message_id, now.isoformat(timespec="seconds"), reply)
        )
        with self._lock_if_possible():
            fd = os.open(self.sent_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, (" ".join(line.split("\n")) + "\n").encode("utf-8", "replace"))
                os.fsync(fd)
            finally:
                os.close(fd)

    def trim_sent_log(self, keep: timedelta, now: datetime) -> int:
        """Rewrite the sent-log (atomically, under its lock) without the lines that can no longer matter; return
        how many were dropped.

        A line is kept while its message's row (same date and recipient) is in the database in any state a send
        can start from or settle (pending, sending, transmitted, unknown, withdrawn), or while it was sent (or
        its brief is dated) within `keep` of `now`. Dropped: lines of messages the database holds as sent or
        failed (final states: nothing sends them again) or does not hold at all, once older than `keep`, and
        lines too short to name a message. A line whose time cannot be read is kept.
        """
        if not self.sent_log.exists():
            return 0
        cutoff = now - keep
        with self._log_lock():
            for stale in self.folder.glob(f".{SENT_LOG}.*.tmp"):  # a trim killed before its rename
                stale.unlink(missing_ok=True)
            # split on "\n" only, as written: a reply may hold other line separators
            lines = [x for x in self.sent_log.read_bytes().decode("utf-8", "replace").split("\n") if x]
            # read after the log: a message logged a moment ago is recent, or its row is still open
            with self.store.engine.connect() as conn:
                open_rows = {
                    (r.brief_date, r.recipient)
                    for r in conn.execute(
                        select(outbox.c.brief_date, outbox.c.recipient).where(
                            outbox.c.status.not_in((SENT, FAILED))
                        )
                    )
                }
            kept = [line for line in lines if _keep_line(line, open_rows, cutoff)]
            if len(kept) == len(lines):
                return 0
            write_atomic(
                self.sent_log,
                "".join(line + "\n" for line in kept),
                mode=0o644,
                check=lambda _: crashpoints.reached("sentlog.trim-written"),
            )
            crashpoints.reached("sentlog.trimmed")
        return len(lines) - len(kept)

    def _old_files(self, cutoff: datetime) -> list[_Candidate]:
        """Regular files named like outbox messages whose brief date is past the window (no lock, no database)."""
        out = []
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        for name in sorted(names):
            m = EML_NAME.fullmatch(name)
            if m is None:
                continue
            try:
                day = date.fromisoformat(m.group(1))
                st = os.lstat(self.folder / name)
            except (ValueError, OSError):
                continue
            if stat.S_ISREG(st.st_mode) and _dated_before(day, cutoff):
                out.append(_Candidate(name, day, _identity(st)))
        return out

    def prune_files(self, keep: timedelta, now: datetime) -> Pruned:
        """Remove the .eml files that can no longer matter, under the sent-log's lock; return what was done.

        A file goes when its row (same file name) is sent or failed (final), was sent or last changed more than
        `keep` before `now`, and its brief is dated before that too. A file with no row (a lost or replaced
        database) goes when its brief date and its modification time are past the window, the sent-log no
        longer lists its message, and it is an outbox message: its To address gives its very name (eml_name)
        and it has a Message-ID. Kept whatever its age: a pending, sending, transmitted, unknown or withdrawn
        message's file, anything not named like an outbox message, symlinks, folders, temp files. A removal that
        fails is listed in `failures`, and the rest go on.
        """
        cutoff = now - keep
        candidates = self._old_files(cutoff)
        if not candidates:  # the usual case: no lock taken, no database read
            return Pruned()
        removed, failures = 0, []
        with self._log_lock():
            # read under the lock: enqueue holds it from writing a new message's file until its row is committed
            with self.store.engine.connect() as conn:
                rows = conn.execute(
                    select(
                        outbox.c.filename,
                        outbox.c.brief_date,
                        outbox.c.recipient,
                        outbox.c.status,
                        outbox.c.sent_at,
                        outbox.c.updated,
                    ).where(outbox.c.brief_date <= max(c.day for c in candidates).isoformat())
                ).all()
            by_name = {r.filename: r for r in rows}
            known = {(r.brief_date, r.recipient) for r in rows}
            listed = {(day, who) for day, who, _ in self.logged()}  # after this send's trim
            for c in candidates:
                path = self.folder / c.name
                row = by_name.get(c.name)
                if row is not None:
                    if row.status not in FINAL or not _old(c.day, _utc(row.sent_at or row.updated), cutoff):
                        continue
                else:
                    if c.mtime >= cutoff:
                        continue
                    to, has_id = _addressee(path)
                    if (
                        not has_id
                        or eml_name(c.day.isoformat(), to) != c.name
                        or (c.day.isoformat(), to) in known
                        or (c.day.isoformat(), to) in listed
                    ):
                        continue
                try:
                    if _identity(os.lstat(path)) != c.inode:  # rewritten or replaced since it was listed
                        continue
                    path.unlink()
                except FileNotFoundError:  # another sender pruned it first
                    continue
                except OSError as exc:
                    failures.append(f"{c.name}: {exc.strerror or exc}")
                    continue
                removed += 1
                crashpoints.reached("outbox.eml-removed")
        return Pruned(removed, tuple(failures))

    def remove_temps(self, now: datetime) -> Pruned:
        """Remove the temp files of outbox writes killed before their rename, under the sent-log's lock; return
        what was done.

        Only regular files named the way write_atomic names the outbox's own temp files (TEMP_NAME: a message's,
        the sent-log's) and last modified more than TEMP_GRACE before `now`. A real message (its own name) is
        never one of them, and a file being written is not taken: every writer here holds the lock taken for the
        removal, and the age rules out a writer that does not.
        """
        cutoff = now - TEMP_GRACE
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return Pruned()
        candidates = []
        for name in sorted(names):
            if TEMP_NAME.fullmatch(name) is None:
                continue
            try:
                st = os.lstat(self.folder / name)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode) and datetime.fromtimestamp(st.st_mtime, UTC) < cutoff:
                candidates.append((name, _identity(st)))
        if not candidates:  # the usual case: no lock taken
            return Pruned()
        removed, failures = 0, []
        with self._log_lock():
            for name, identity in candidates:
                path = self.folder / name
                try:
                    if _identity(os.lstat(path)) != identity:  # written to since it was listed
                        continue
                    path.unlink()
                except FileNotFoundError:  # renamed into place, or another sender removed it first
                    continue
                except OSError as exc:
                    failures.append(f"{name}: {exc.strerror or exc}")
                    continue
                removed += 1
        return Pruned(removed, tuple(failures))

    def logged(self) -> set[tuple[str, str, str]]:
        """(brief date, recipient, Message-ID) of every message the sent-log says a server accepted."""
        try:
            raw = self.sent_log.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return set()
        out = set()
        for line in raw.splitlines():
            parts = line.split("\t")
            if len(parts) >= 3:
                out.add((parts[0], parts[1], parts[2]))
        return out

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
        # the lock keeps prune_files from taking a new file for one without a row before the row is committed
        with self._lock_if_possible(), self.store.begin() as conn:
            row = (
                conn.execute(
                    select(outbox).where(outbox.c.brief_date == key, outbox.c.recipient == recipient)
                )
                .mappings()
                .first()
            )
            if row is None:
                write_atomic(inside(self.folder, name), data, check=_temp_written)
                crashpoints.reached("queue.eml-written")
                already = (key, recipient, message_id) in self.logged()  # a lost database: do not send again
                conn.execute(
                    insert(outbox).values(
                        brief_date=key,
                        recipient=recipient,
                        mail_from=mail_from,
                        message_id=message_id,
                        subject=subject,
                        filename=name,
                        content_hash=digest,
                        status=SENT if already else PENDING,
                        attempts=0,
                        last_error="",
                        reply=f"sent before (listed in {SENT_LOG})" if already else "",
                        created=_naive(now),
                        updated=_naive(now),
                        sent_at=_naive(now) if already else None,
                        claimed_by="",
                    )
                )
                return SENT if already else "queued"
            entry = _entry(row)
            if entry.status in (SENT, FAILED, UNKNOWN):
                return entry.status
            path = inside(self.folder, entry.filename)
            if (
                entry.status != WITHDRAWN
                and entry.content_hash == digest
                and entry.mail_from == mail_from
                and path.is_file()
            ):
                return "unchanged"
            write_atomic(path, data, check=_temp_written)
            crashpoints.reached("queue.eml-written")
            values: dict[str, Any] = {
                "mail_from": mail_from,
                "message_id": message_id,
                "subject": subject,
                "content_hash": digest,
                "updated": _naive(now),
            }
            if entry.status == WITHDRAWN:  # the recipient is back in the config
                values.update(status=PENDING, last_error="", next_attempt=None)
            conn.execute(update(outbox).where(outbox.c.id == entry.id).values(**values))
            return "replaced"

    def missing(self, day: date, recipients: list[str]) -> list[str]:
        """The recipients with no message for `day` (queued, sent, failed or unknown), or a withdrawn one."""
        have = {
            e.recipient: e.status == WITHDRAWN or not self.path(e).is_file() and e.status in WAITING
            for e in self.entries(day)
        }
        return [r for r in recipients if have.get(r, True)]

    def withdraw(self, recipients: list[str], now: datetime) -> int:
        """Waiting messages to addresses no longer among `recipients` are withdrawn; return how many."""
        keep = {r.casefold() for r in recipients}
        gone = [e for e in self.entries() if e.status in WAITING and e.recipient.casefold() not in keep]
        for e in gone:
            with self.store.begin() as conn:
                conn.execute(
                    update(outbox)
                    .where(
                        outbox.c.id == e.id, outbox.c.status == e.status, outbox.c.claimed_by == e.claimed_by
                    )
                    .values(
                        status=WITHDRAWN,
                        last_error="recipient removed from the config",
                        next_attempt=None,
                        updated=_naive(now),
                    )
                )
        return len(gone)

    def release_unknown(self, now: datetime, day: date | None = None) -> int:
        """Put "unknown" messages back in the queue (`send --resend-unknown`); return how many."""
        back = self.entries(day, UNKNOWN)
        for e in back:
            with self.store.begin() as conn:
                conn.execute(
                    update(outbox)
                    .where(outbox.c.id == e.id, outbox.c.status == UNKNOWN)
                    .values(status=PENDING, next_attempt=None, updated=_naive(now))
                )
        return len(back)

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
        return (e for e in self.entries(day) if e.status in WAITING)

    def read(self, entry: Entry) -> bytes:
        return self.path(entry).read_bytes()

    def _set(self, entry_id: int, **values: Any) -> None:
        with self.store.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == entry_id).values(**values))

    def claimable(self, entry: Entry, now: datetime) -> bool:
        """Waiting and not held by a live sender: pending, or "sending" for a claimant that is gone."""
        if entry.status == PENDING:
            return True
        if entry.status != SENDING:
            return False
        return claim_lapsed(entry.claimed_by, entry.updated, now, self.me)

    def claim(self, entry: Entry, now: datetime) -> bool:
        """Commit "sending" (and one more attempt) before the SMTP transaction, as a conditional update on the
        state this sender saw; False if the row is not waiting or another sender got it first."""
        current = self.get(entry.id)
        if not self.claimable(current, now):
            return False
        with self.store.begin() as conn:
            res = conn.execute(
                update(outbox)
                .where(
                    outbox.c.id == current.id,
                    outbox.c.status == current.status,
                    outbox.c.claimed_by == current.claimed_by,
                    outbox.c.attempts == current.attempts,
                )
                .values(
                    status=SENDING, claimed_by=self.me, attempts=outbox.c.attempts + 1, updated=_naive(now)
                )
            )
            return res.rowcount == 1

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

    def mark_transmitted(self, entry: Entry, now: datetime) -> None:
        """Committed after the end of DATA, before the server's reply is read: a sender that dies now leaves a
        row that is not sent again by itself (it becomes "unknown")."""
        with self.store.begin() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == entry.id, outbox.c.status == SENDING, outbox.c.claimed_by == self.me)
                .values(status=TRANSMITTED, updated=_naive(now))
            )

    def settle_orphans(self, now: datetime, logged: set[tuple[str, str, str]]) -> int:
        """Rows left "transmitted" by a sender that is gone: sent if the sent-log has them, else unknown (return
        how many became unknown)."""
        settled = 0
        for e in self.entries(status=TRANSMITTED):
            if not claim_lapsed(e.claimed_by, e.updated, now, self.me):
                continue
            done = (e.brief_date, e.recipient, e.message_id) in logged
            values: dict[str, Any] = (
                {"status": SENT, "reply": f"sent (listed in {SENT_LOG})", "sent_at": _naive(now)}
                if done
                else {"status": UNKNOWN, "last_error": ORPHANED, "next_attempt": None}
            )
            with self.store.begin() as conn:
                res = conn.execute(
                    update(outbox)
                    .where(
                        outbox.c.id == e.id,
                        outbox.c.status == TRANSMITTED,
                        outbox.c.claimed_by == e.claimed_by,
                    )
                    .values(updated=_naive(now), **values)
                )
            settled += res.rowcount if not done else 0
        return settled

    def mark_unknown(self, entry: Entry, error: str, now: datetime) -> None:
        self._set(entry.id, status=UNKNOWN, last_error=error, next_attempt=None, updated=_naive(now))

    def mark_failed(self, entry: Entry, error: str, now: datetime) -> None:
        self._set(entry.id, status=FAILED, last_error=error, next_attempt=None, updated=_naive(now))

    def note(self, entry: Entry, error: str, now: datetime) -> None:
        """Say why a waiting message was not tried (no SMTP host, no password); not an attempt."""
        self._set(entry.id, last_error=error, updated=_naive(now))
