"""The outbox's .eml files are pruned after each send like the sent-log's lines: a file goes once its message is
final in the database (sent or failed) and older than smtp.sent_log_days, or, with the database lost, once the
brief, the file and its sent-log line are all past the window. A message that can still be sent, resent or settled
keeps its file whatever its age, nothing but outbox message files is touched, a lost database sends nothing again
or twice, and a kill in the middle of the pruning loses and doubles nothing (real SQLite, real SMTP on 127.0.0.1).
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from filelock import FileLock

from briefing import config, deliver
from briefing.outbox import (
    FAILED,
    PENDING,
    SENT,
    SENT_LOG,
    SENT_LOG_LOCK,
    UNKNOWN,
    WITHDRAWN,
    Outbox,
    _naive,
    eml_name,
)
from briefing.store import Store
from tests.conftest import brief_today
from tests.smtp_server import SmtpServer, smtp_server  # noqa: F401  (fixture)
from tests.test_deliver import TWO, Mail, make_brief
from tests.test_sent_log import ROOT, log_lines, queue_day, send_process

TODAY = brief_today()
NOW = datetime.now(UTC)
BOTH = ["analyst@example.org", "desk@example.org"]


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def files(box: Outbox, day: date) -> list[str]:
    return sorted(p.name for p in box.folder.glob(f"{day.isoformat()}_*.eml"))


def age(box: Outbox, day: date, when: datetime, status: str | None = None, sent: bool = True) -> None:
    """Make the messages of `day` look handled at `when`: their rows (sent_at too when `sent`), their files'
    modification times and their sent-log lines; `status` sets the rows' state."""
    for e in box.entries(day):
        values = {"updated": _naive(when)}
        if status is not None:
            values["status"] = status
        if sent:
            values["sent_at"] = _naive(when)
        box._set(e.id, **values)
        os.utime(box.path(e), (when.timestamp(), when.timestamp()))
    if box.sent_log.exists():
        lines = []
        for x in log_lines(box):
            parts = x.split("\t")
            if sent and parts[0] == day.isoformat():
                parts[3] = when.isoformat(timespec="seconds")
            lines.append("\t".join(parts) + "\n")
        box.sent_log.write_text("".join(lines), encoding="utf-8")


def lose_database(mail: Mail) -> None:
    mail.store.close()
    db = Path(mail.settings.database_url.removeprefix("sqlite:///"))
    for f in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        f.unlink(missing_ok=True)
    mail.store = Store(mail.settings.database_url)


def test_old_final_messages_lose_their_files_and_nothing_else_does(mail: Mail) -> None:
    box = mail.box
    days = {
        SENT: TODAY - timedelta(days=200),
        FAILED: TODAY - timedelta(days=190),
        UNKNOWN: TODAY - timedelta(days=180),
        WITHDRAWN: TODAY - timedelta(days=170),
        PENDING: TODAY - timedelta(days=160),
    }
    for status, day in days.items():
        queue_day(mail, day)
        age(box, day, ago((TODAY - day).days), status, sent=status == SENT)
    for e in box.entries(days[PENDING]):  # waiting out a back-off: not sent by this test's sends
        box._set(e.id, next_attempt=_naive(NOW + timedelta(days=1)))
    late = TODAY - timedelta(days=100)  # a brief of long ago, sent five days ago after an outage
    queue_day(mail, late)
    age(box, late, ago(5), SENT)
    for e in box.entries(late):
        os.utime(box.path(e), (ago(100).timestamp(),) * 2)
    recent = TODAY - timedelta(days=10)
    queue_day(mail, recent)
    age(box, recent, ago(10), SENT)
    # things in the folder that are not outbox messages, all old
    sent_bytes = box.read(box.entries(days[SENT])[0])
    strays = {
        "notes.txt": b"kept by hand",
        "2020-01-01_readme.eml": b"not a message",
        "2020-01-02_someone@example.org.eml": sent_bytes,  # a message, but not under its own name
        ".2020-01-03_analyst@example.org.eml.x1y2.tmp": sent_bytes,  # a write killed before its rename: goes
        ".notes.txt.ab12cd34.tmp": b"another program's temp file",
    }
    for name, data in strays.items():
        (box.folder / name).write_bytes(data)
    elsewhere = box.folder.parent / "kept-elsewhere.eml"
    elsewhere.write_bytes(sent_bytes)
    # named as the outbox would name a message of 2020-01-04 to the analyst, and it points at one: not a file
    (box.folder / "2020-01-04_analyst@example.org.eml").symlink_to(elsewhere)
    (box.folder / "2020-01-05_folder@example.org.eml").mkdir()
    for p in box.folder.iterdir():
        if not p.name.endswith(".eml") or p.is_symlink() or p.is_dir() or p.name.startswith("2020-"):
            os.utime(p, (ago(400).timestamp(),) * 2, follow_symlinks=False)
    before = {p.name for p in box.folder.iterdir()}
    gone = set(files(box, days[SENT]) + files(box, days[FAILED])) | {
        ".2020-01-03_analyst@example.org.eml.x1y2.tmp"
    }
    assert len(gone) == 5

    report = mail.deliver(make_brief())  # today's two messages, then the trim and the pruning
    assert report.sent == 2 and len(mail.server.received) == 2
    after = {p.name for p in box.folder.iterdir()}
    assert after == (before - gone) | set(files(box, TODAY)) | {SENT_LOG}
    for status in (UNKNOWN, WITHDRAWN, PENDING):
        assert len(files(box, days[status])) == 2, status
    assert len(files(box, late)) == 2 and len(files(box, recent)) == 2 and len(files(box, TODAY)) == 2
    assert elsewhere.read_bytes() == sent_bytes
    # the rows stay: `briefing outbox` still lists the old messages as sent and failed
    assert {e.status for e in box.entries(days[SENT])} == {SENT}
    assert {e.status for e in box.entries(days[FAILED])} == {FAILED}

    # running the old day again queues nothing and sends nothing: its messages are sent, files or not
    assert box.missing(days[SENT], BOTH) == []
    queue_day(mail, days[SENT])
    assert mail.pending().sent == 0 and files(box, days[SENT]) == []
    # the unknown messages kept their files: asking to resend them sends them
    again = deliver.deliver_pending(mail.settings, mail.store, resend_unknown=True)
    assert again.sent == 2
    ids = {e.message_id for e in box.entries(days[UNKNOWN])}
    counts = mail.server.by_message_id()
    assert all(counts[m] == 1 for m in ids) and len(mail.server.received) == 4
    # a later send, the unknown ones now sent (today, so within the window): they keep their files
    mail.pending()
    assert len(files(box, days[UNKNOWN])) == 2


def test_a_lost_database_sends_nothing_again_and_prunes_by_the_sent_log(mail: Mail) -> None:
    box = mail.box
    old, late, unknown = (TODAY - timedelta(days=n) for n in (200, 100, 150))
    queue_day(mail, old)
    assert mail.pending().sent == 2
    age(box, old, ago(200))
    queue_day(mail, late)  # queued long ago, sent today after an outage: its sent-log lines are recent
    assert mail.pending().sent == 2
    for e in box.entries(late):
        os.utime(box.path(e), (ago(100).timestamp(),) * 2)
    queue_day(mail, unknown)
    age(box, unknown, ago(150), UNKNOWN, sent=False)
    rerun = TODAY - timedelta(days=120)  # an old day queued again today, waiting out a back-off
    queue_day(mail, rerun)
    for e in box.entries(rerun):
        box._set(e.id, next_attempt=_naive(NOW + timedelta(days=1)))
    assert mail.deliver(make_brief()).sent == 2 and len(mail.server.received) == 6
    assert files(box, old) == []  # sent 200 days ago: pruned after the next send
    for day in (late, unknown, rerun, TODAY):
        assert len(files(box, day)) == 2

    lose_database(mail)
    box = mail.box
    report = deliver.deliver_pending(mail.settings, mail.store)  # a send on the new, empty database
    assert report.sent == 0 and len(mail.server.received) == 6
    assert len(files(box, TODAY)) == 2  # no row, but today's: within the window
    assert len(files(box, late)) == 2  # no row, old, but the sent-log still lists them
    assert files(box, unknown) == []  # no row, old, never accepted: nothing can send them from the file
    assert len(files(box, rerun)) == 2  # no row, an old day, but the files were written today

    # the day is run again: the kept messages are found in the sent-log, not sent twice
    assert mail.deliver(make_brief()).sent == 0
    queue_day(mail, late)
    assert mail.pending(retry=True).sent == 0
    assert {e.status for e in box.entries()} == {SENT}
    counts = mail.server.by_message_id()
    assert len(counts) == 6 and set(counts.values()) == {1}


@contextmanager
def undeletable(path: Path) -> Iterator[None]:
    """`path` cannot be removed for the duration: immutable (chattr +i, as root) or its folder read-only."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(path)]).returncode != 0:
            pytest.skip("cannot make a file immutable here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    mode = path.parent.stat().st_mode
    path.parent.chmod(0o555)
    try:
        yield
    finally:
        path.parent.chmod(mode)


def test_a_failed_removal_is_one_warning_and_the_send_goes_on(
    mail: Mail, caplog: pytest.LogCaptureFixture
) -> None:
    box = mail.box
    old = [TODAY - timedelta(days=n) for n in (200, 201)]
    for day in old:
        queue_day(mail, day)
    assert mail.pending().sent == 4
    for day in old:
        age(box, day, ago((TODAY - day).days))
    stuck = box.folder / files(box, old[0])[0]
    queue_day(mail, TODAY)
    with undeletable(stuck), caplog.at_level(logging.INFO, logger="briefing"):
        report = mail.pending()
    assert report.sent == 2 and report.failed == 0 and not report.errors
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "could not remove" in warnings[0] and stuck.name in warnings[0]
    assert stuck.exists() and len(files(box, TODAY)) == 2
    assert len(mail.server.received) == 6
    # once it can go, the next send removes it
    mail.pending()
    assert files(box, old[0]) == [] and files(box, old[1]) == []


def test_killed_while_pruning_nothing_is_lost_and_nothing_goes_twice(
    write_config: Callable[..., Path],
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    path = write_config(smtp_server.toml() + TWO)
    settings = config.load(path, environ={})
    store = Store(settings.database_url)
    mail = Mail(settings, store, smtp_server)
    box = mail.box
    old = [TODAY - timedelta(days=n) for n in (200, 199, 198)]
    for day in old:
        queue_day(mail, day)
    assert mail.pending().sent == 6
    for day in old:
        age(box, day, ago((TODAY - day).days))
    held = TODAY - timedelta(days=197)
    queue_day(mail, held)
    age(box, held, ago(197), UNKNOWN, sent=False)
    queue_day(mail, TODAY)  # two messages waiting

    killed = send_process(path, "outbox.eml-removed:2")
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert len(smtp_server.received) == 8  # today's two went out before the pruning
    assert sum(len(files(box, day)) for day in old) == 4  # two of six removed, then the kill
    assert {e.status for e in box.entries(TODAY)} == {SENT}

    again = send_process(path, "")
    assert again.returncode == 0, again.stderr[-2000:]
    counts = smtp_server.by_message_id()
    assert len(counts) == 8 and set(counts.values()) == {1}
    assert all(files(box, day) == [] for day in old)
    assert len(files(box, held)) == 2 and len(files(box, TODAY)) == 2
    assert {e.status for e in box.entries(held)} == {UNKNOWN}
    assert sum(x.startswith(TODAY.isoformat()) for x in log_lines(box)) == 2
    store.close()


def test_queueing_waits_for_a_pruning_in_progress(mail: Mail) -> None:
    """A new message's file and row appear together for a pruner: queueing holds the lock the pruning holds, from
    writing the file to committing the row, so a file without a row is never one being queued right now."""
    box = mail.box
    day = TODAY - timedelta(days=300)
    done = threading.Event()
    box.folder.mkdir(parents=True, exist_ok=True)
    with FileLock(box.folder / SENT_LOG_LOCK):  # as a pruning in another process would
        worker = threading.Thread(target=lambda: (queue_day(mail, day), done.set()))
        worker.start()
        assert not done.wait(0.5)
        assert files(box, day) == [] and box.entries(day) == []
    worker.join(30)
    assert done.is_set() and len(files(box, day)) == 2 and len(box.entries(day)) == 2


# --- temp files of writes killed before their rename ----------------------------------------------------------

QUEUE = """
import sys
from datetime import date
from pathlib import Path
from briefing import config
from briefing.store import Store
from tests.test_deliver import Mail
from tests.test_sent_log import queue_day
settings = config.load(Path(sys.argv[1]), environ={})
queue_day(Mail(settings, Store(settings.database_url), None), date.fromisoformat(sys.argv[2]))
"""


def temps(box: Outbox) -> list[str]:
    return sorted(p.name for p in box.folder.iterdir() if p.name.endswith(".tmp"))


def test_a_message_write_killed_before_its_rename_leaves_a_temp_file_that_a_later_send_removes(
    mail: Mail,
) -> None:
    box = mail.box
    killed = subprocess.run(
        [sys.executable, "-c", QUEUE, str(mail.settings.config_path), TODAY.isoformat()],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "BRIEFING_CRASH_AT": "queue.eml-temp-written"},
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    [left] = temps(box)
    assert left.startswith(f".{eml_name(TODAY.isoformat(), BOTH[0])}.")
    assert files(box, TODAY) == [] and box.entries() == []
    # not ours, though named alike: kept whatever their age
    foreign = [".notes.txt.ab12cd34.tmp", ".2020-01-01_someone@example.org.eml.tmp"]
    for name in foreign:
        (box.folder / name).write_text("not the outbox's", encoding="utf-8")
        os.utime(box.folder / name, (ago(400).timestamp(),) * 2)
    (box.folder / ".2020-01-02_someone@example.org.eml.ab12cd34.tmp").mkdir()

    # the run again, right away: both messages queued and sent; a temp file this young could be a write in
    # progress (another machine on a shared folder), so it stays
    assert mail.deliver(make_brief()).sent == 2
    assert left in temps(box) and len(files(box, TODAY)) == 2
    # a later send: the leftover is gone, and nothing else is
    before = {p.name for p in box.folder.iterdir()}
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert mail.pending(now=later).sent == 0
    assert {p.name for p in box.folder.iterdir()} == before - {left}
    assert len(files(box, TODAY)) == 2 and {e.status for e in box.entries()} == {SENT}
    counts = mail.server.by_message_id()
    assert len(counts) == 2 and set(counts.values()) == {1}


def test_a_temp_file_being_written_by_another_process_is_left_to_it(mail: Mail) -> None:
    """Every outbox writer holds the sent-log's lock from its temp file to the rename: the removal waits for it,
    however old the temp file looks, and the message it becomes is intact."""
    box = mail.box
    box.folder.mkdir(parents=True, exist_ok=True)
    name = eml_name(TODAY.isoformat(), BOTH[0])
    temp = box.folder / f".{name}.k3j4h5g6.tmp"
    later = datetime.now(UTC) + timedelta(hours=1)  # the write looks stalled for an hour
    done = threading.Event()
    with FileLock(box.folder / SENT_LOG_LOCK):  # as a writer in another process holds it
        temp.write_bytes(b"To: analyst@example.org\r\n\r\nbody\r\n")
        worker = threading.Thread(target=lambda: (mail.pending(now=later), done.set()))
        worker.start()
        assert not done.wait(0.5)
        assert temp.exists()
        os.replace(temp, box.folder / name)
    worker.join(30)
    assert done.is_set() and temps(box) == []
    assert (box.folder / name).read_bytes() == b"To: analyst@example.org\r\n\r\nbody\r\n"
