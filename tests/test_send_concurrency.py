"""Two `briefing send` processes at once on one database never send one message twice (issue 12.1): each row is
claimed with a conditional update (`UPDATE outbox SET status='sending', claimed_by=... WHERE id=? AND status=<seen>
AND claimed_by=<seen>`), so of two senders exactly one gets it, on SQLite and on PostgreSQL.

The two senders stand for two machines: each has its own output folder (so the file lock does not serialise
them) and both see one outbox folder (shared storage), as the README describes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from briefing import config, deliver, render
from briefing.models import Brief, SourceStatus, Story, TheatreSection
from briefing.outbox import SENT
from briefing.store import Store
from tests.smtp_server import SmtpServer

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # two briefing send processes
MESSAGES = 40


def small_brief(day: date) -> Brief:
    now = datetime(day.year, day.month, day.day, 6, tzinfo=UTC)
    story = Story("s1", "Europe", ("Europe",), "Ferry service resumes", "Boats sailed again.", ("i1",), 1, 3)
    return Brief(
        date=day,
        title="Daily Intelligence Brief",
        window_start=now,
        window_end=now,
        generated_at=now,
        sections=(TheatreSection("Europe", "Ferry service resumes.", (story,)),),
        items=(),
        sources=(SourceStatus("Wire", "", "feed", "ok", items_seen=1, items_used=1, grade="B"),),
    )


def project_config(folder: Path, url: str, server: SmtpServer) -> Path:
    folder.mkdir(parents=True)
    recipients = "".join(
        f'\n[[recipients]]\naddress = "reader{n}@example.org"\nname = "Reader {n}"\nformat = "text"\n'
        for n in range(MESSAGES)
    )
    path = folder / "briefing.toml"
    analysis = f'[analysis]\ntheatres_file = "{ROOT / "config" / "theatres.toml"}"\nactors_file = "{ROOT / "config" / "actors.toml"}"\n'
    path.write_text(
        f'[brief]\noutput_dir = "output"\ndatabase = "{url}"\n\n[pdf]\nenabled = false\n\n{analysis}\n'
        + server.toml()
        + recipients,
        encoding="utf-8",
    )
    return path


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as srv:
        yield srv


@pytest.mark.slow
def test_two_senders_at_once_send_each_message_exactly_once(
    database_url: str, server: SmtpServer, tmp_path: Path
) -> None:
    first = project_config(tmp_path / "a", database_url, server)
    second = project_config(tmp_path / "b", database_url, server)
    settings = config.load(first, environ={})
    store = Store(settings.database_url)
    brief = small_brief(date(2026, 1, 5))
    rendered = render.Rendered(
        html=render.render_html(brief, settings),
        text=render.render_text(brief, settings),
        json="{}",
        pdf=None,
    )
    assert deliver.queue(brief, rendered, settings, store) == MESSAGES
    (tmp_path / "b" / "output").mkdir(parents=True)
    (tmp_path / "b" / "output" / "outbox").symlink_to(settings.output_dir / "outbox")  # one shared outbox
    server.handler.mail_delay = 0.05  # each message takes a moment: the two senders overlap
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "briefing.cli", "--config", str(cfg), "send"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for cfg in (first, second)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in results]
    counts = server.by_message_id()
    assert len(counts) == MESSAGES and set(counts.values()) == {1}
    sent = [int(re.search(r"mail (\d+) sent", out).group(1)) for out, _ in results]  # type: ignore[union-attr]
    assert sum(sent) == MESSAGES
    assert all(n > 0 for n in sent), f"the senders did not overlap: {sent}"
    assert {e.status for e in deliver.outbox_for(settings, store).entries()} == {SENT}
    store.close()
