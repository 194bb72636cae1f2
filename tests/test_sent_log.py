"""The outbox's sent-log (outbox/sent.log) is trimmed after each send to the lines that can still matter: a
message the database still holds in a state a send can start from or settle keeps its line whatever its age, one
sent within smtp.sent_log_days keeps it (a lost database must not send it again), and a line is never dropped in a
way that lets a message go out twice, even when the trim is killed (real SQLite, real SMTP on 127.0.0.1)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from briefing import config, deliver
from briefing.outbox import FAILED, SENT, SENT_LOG, UNKNOWN, WITHDRAWN, Entry, Outbox
from briefing.store import Store
from tests.conftest import brief_today
from tests.smtp_server import SmtpServer, smtp_server  # noqa: F401  (fixture)
from tests.test_deliver import TWO, Mail, make_brief, rendered
from tests.test_storage import mount

ROOT = Path(__file__).resolve().parent.parent
TODAY = brief_today()
ANALYST = "analyst@example.org"


def line(day: date, recipient: str, message_id: str, when: datetime) -> str:
    return f"{day.isoformat()}\t{recipient}\t{message_id}\t{when.isoformat(timespec='seconds')}\t250 OK\n"


def log_lines(box: Outbox) -> list[str]:
    return box.sent_log.read_text(encoding="utf-8").splitlines()


def queue_day(mail: Mail, day: date) -> None:
    brief = make_brief(day=day)
    deliver.queue(brief, rendered(brief, mail.settings), mail.settings, mail.store)


def set_status(box: Outbox, day: date, status: str) -> str:
    """Put the analyst's message of `day` in `status`; return its Message-ID."""
    [entry] = [e for e in box.entries(day) if e.recipient == ANALYST]
    box._set(entry.id, status=status)
    return entry.message_id


def test_a_long_sent_log_is_trimmed_to_what_matters_after_a_send(mail: Mail) -> None:
    box = mail.box
    now = datetime.now(UTC)
    long_ago = now - timedelta(days=200)
    days = {name: TODAY - timedelta(days=n) for name, n in (("sent", 200), ("unknown", 150), ("gone", 120))}
    days["failed"] = TODAY - timedelta(days=110)
    for day in days.values():
        queue_day(mail, day)
    ids = {
        name: set_status(box, day, status)
        for (name, day), status in zip(days.items(), (SENT, UNKNOWN, WITHDRAWN, FAILED), strict=True)
    }
    # the desk's messages of those days are not part of this test
    for e in box.entries():
        if e.recipient != ANALYST:
            box._set(e.id, status=SENT)
    recent = TODAY - timedelta(days=10)
    old_lines = [
        line(TODAY - timedelta(days=300 + n), f"reader{n}@example.org", f"<old{n}@x>", long_ago)
        for n in range(2000)
    ]
    keep = [
        line(days["unknown"], ANALYST, ids["unknown"], long_ago),  # unknown: `send --resend-unknown` reads it
        line(days["gone"], ANALYST, ids["gone"], long_ago),  # withdrawn: comes back if the reader does
        line(recent, "old-reader@example.org", "<recent@x>", now - timedelta(days=10)),  # within 30 days
    ]
    drop = [
        line(days["sent"], ANALYST, ids["sent"], long_ago),  # final in the database, long ago
        line(days["failed"], ANALYST, ids["failed"], long_ago),
        "a line too short to name a message\n",
    ]
    box.sent_log.write_text("".join(old_lines[:1000] + keep + drop + old_lines[1000:]), encoding="utf-8")

    report = mail.deliver(make_brief())  # today's brief: two messages, then the trim
    assert report.sent == 2
    lines = log_lines(box)
    today = [x for x in lines if x.startswith(TODAY.isoformat())]
    assert len(today) == 2 and {x.split("\t")[1] for x in today} == {ANALYST, "desk@example.org"}
    assert sorted(lines) == sorted([x.rstrip("\n") for x in keep] + today)
    assert not list(box.folder.glob(f".{SENT_LOG}.*"))  # no temp file left

    # the unknown message kept its line: asking to resend it finds it was accepted, and sends nothing; now
    # final and 150 days old, its line goes with that send's trim
    before = len(mail.server.received)
    again = deliver.deliver_pending(mail.settings, mail.store, resend_unknown=True)
    assert again.sent == 0 and len(mail.server.received) == before
    assert box.get(next(e.id for e in box.entries(days["unknown"]) if e.recipient == ANALYST)).status == SENT
    assert sorted(log_lines(box)) == sorted(x for x in lines if ids["unknown"] not in x)
    assert len(log_lines(box)) == len(lines) - 1


def test_lines_of_sent_messages_go_only_after_the_retention_window(mail: Mail) -> None:
    """Sent today, the lines survive sends until smtp.sent_log_days have passed; within the window a lost
    database does not send the day's mail again."""
    assert mail.deliver(make_brief()).sent == 2
    box = mail.box
    assert len(log_lines(box)) == 2
    deliver.deliver_pending(mail.settings, mail.store, now=datetime.now(UTC) + timedelta(days=29))
    assert len(log_lines(box)) == 2
    # the database is lost: a new one queues the day again and finds both messages in the sent-log
    mail.store.close()
    db = Path(mail.settings.database_url.removeprefix("sqlite:///"))
    for f in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        f.unlink(missing_ok=True)
    mail.store = Store(mail.settings.database_url)
    report = mail.deliver(make_brief())
    assert report.sent == 0 and len(mail.server.received) == 2
    assert {e.status for e in mail.box.entries()} == {SENT}
    deliver.deliver_pending(mail.settings, mail.store, now=datetime.now(UTC) + timedelta(days=32))
    assert log_lines(box) == []


def test_a_message_still_waiting_keeps_its_line_however_old(mail: Mail) -> None:
    """A row left "transmitted" by a sender that died after the server's 250 and the sent-log, long ago, is
    still settled from its line: the trim before it (another send, a later date) did not drop it."""
    queue_day(mail, TODAY - timedelta(days=400))  # a brief of long ago, sent late after an outage
    box = mail.box
    entry = next(e for e in box.entries() if e.recipient == ANALYST)
    box.log_sent(entry, "250 OK", datetime.now(UTC) - timedelta(days=400))
    box._set(entry.id, status="transmitted", claimed_by="")  # its sender is gone
    # a trim that runs while the row is still open keeps the line
    assert box.trim_sent_log(timedelta(days=1), datetime.now(UTC)) == 0
    report = mail.pending()
    assert report.sent == 1 and len(mail.server.received) == 1  # the desk's only
    assert box.get(entry.id).status == SENT and SENT_LOG in box.get(entry.id).reply


def send_process(path: Path, crash_at: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing.cli", "--config", str(path), "send", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "BRIEFING_CRASH_AT": crash_at},
    )


@pytest.mark.parametrize("point", ["sentlog.trim-written", "sentlog.trimmed"])
def test_killed_while_trimming_nothing_is_lost_and_nothing_goes_twice(
    write_config: Callable[..., Path],
    smtp_server: SmtpServer,  # noqa: F811
    point: str,
) -> None:
    path = write_config(smtp_server.toml() + TWO)
    settings = config.load(path, environ={})
    store = Store(settings.database_url)
    mail = Mail(settings, store, smtp_server)
    box = mail.box
    old = TODAY - timedelta(days=200)
    queue_day(mail, old)
    unknown = set_status(box, old, UNKNOWN)  # accepted long ago (its line says so), its row never settled
    for e in box.entries(old):
        if e.recipient != ANALYST:
            box._set(e.id, status=SENT)
    long_ago = datetime.now(UTC) - timedelta(days=200)
    stale = [line(old - timedelta(days=n), "x@example.org", f"<x{n}@x>", long_ago) for n in range(1, 500)]
    box.sent_log.write_text(line(old, ANALYST, unknown, long_ago) + "".join(stale), encoding="utf-8")
    queue_day(mail, TODAY)  # two messages waiting

    killed = send_process(path, point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert len(smtp_server.received) == 2  # today's two went out before the trim; the unknown one did not
    lines = log_lines(box)
    assert sum(x.startswith(TODAY.isoformat()) for x in lines) == 2
    assert any(unknown in x for x in lines)
    assert len(lines) == (2 + 1 if point == "sentlog.trimmed" else 2 + 1 + len(stale))

    again = send_process(path, "", "--resend-unknown")  # finds the unknown one in the log: not sent
    assert again.returncode == 0, again.stderr[-2000:]
    counts = smtp_server.by_message_id()
    assert sorted(counts.values()) == [1, 1] and unknown not in counts
    assert {e.status for e in box.entries()} == {SENT}
    assert not list(box.folder.glob(f".{SENT_LOG}.*.tmp"))
    # the unknown message is now final and 200 days old: its line went with the stale ones
    assert sorted(log_lines(box)) == sorted(x for x in lines if x.startswith(TODAY.isoformat()))
    store.close()


def test_appends_while_trimming_are_never_lost(mail: Mail) -> None:
    """Senders append (each under the sent-log's file lock) while a trim rewrites the log sixty times (threads
    here; the lock is a file lock, so processes alike): every accepted message keeps its line."""
    box = mail.box
    long_ago = datetime.now(UTC) - timedelta(days=400)
    old_day = (TODAY - timedelta(days=400)).isoformat()

    def entry(n: int, day: str, who: str) -> Entry:
        return Entry(
            n, day, who, "b@x", f"<{who}.{n}@x>", "", "", "", SENT, 1, "", "", None, long_ago, long_ago, None
        )

    appended: list[list[str]] = [[], [], []]
    enough = threading.Event()

    def sender(k: int) -> None:
        n = 0
        while not enough.is_set() or n < 20:
            e = entry(n, TODAY.isoformat(), f"r{k}@example.org")
            box.log_sent(e, "250 OK", datetime.now(UTC))
            appended[k].append(e.message_id)
            n += 1

    threads = [threading.Thread(target=sender, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    trims = 0
    for _ in range(60):  # sixty rewrites while the senders append
        box.log_sent(entry(trims, old_day, "gone@example.org"), "250 OK", long_ago)  # something to drop
        trims += box.trim_sent_log(timedelta(days=30), datetime.now(UTC))
    enough.set()
    for t in threads:
        t.join()
    lines = log_lines(box)
    assert trims == 60 and not any("gone@example.org" in x for x in lines)
    assert sorted(x.split("\t")[2] for x in lines) == sorted(m for ids in appended for m in ids)


@contextmanager
def full_disk(folder: Path) -> Iterator[None]:
    """`folder` on a small tmpfs, filled up after the body of the `with` has queued what it needs (root only)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)):
        pytest.skip("needs root and mount to make a small tmpfs")
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path) -> None:
    # unbuffered: a buffered file would raise again on close, with what it still holds
    with (folder / "filler").open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass


def test_a_full_disk_after_the_servers_reply_is_one_warning_and_the_message_counts_as_sent(
    mail: Mail, caplog: pytest.LogCaptureFixture
) -> None:
    """The server accepted the message, then the sent-log cannot take its line (no space left): the database
    records it as sent (not "unknown", which `send --resend-unknown` would send twice), one warning says so."""
    box = mail.box
    with full_disk(box.folder):
        queue_day(mail, TODAY)
        fill(box.folder)
        with caplog.at_level(logging.WARNING, logger="briefing"):
            report = mail.pending()
        assert report.sent == 2 and not report.errors and len(mail.server.received) == 2
        assert {e.status for e in box.entries()} == {SENT}
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 2 and all("no space left" in w.lower() and SENT_LOG in w for w in warnings)
        assert all("\n" not in w for w in warnings)
        # nothing goes twice, not even when asked to resend what is unknown
        assert deliver.deliver_pending(mail.settings, mail.store, resend_unknown=True).sent == 0
        assert len(mail.server.received) == 2
