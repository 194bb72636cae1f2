"""A mail outage's backlog: one message per recipient and day, sent oldest day first, at most
smtp.max_days_per_send days per recipient in one send; the rest go on the next send. A real SMTP server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from briefing import config, deliver, render
from briefing.store import Store
from tests.smtp_server import SmtpServer, smtp_server  # noqa: F401  (fixture)
from tests.test_render import sample_brief

RECIPIENTS = '\n[[recipients]]\naddress = "a@example.org"\n\n[[recipients]]\naddress = "b@example.org"\nformat = "text"\n'
BASE = '[brief]\noutput_dir = "../output"\n[analysis]\ntheatres_file = "theatres.toml"\nactors_file = "actors.toml"\n'


def test_five_pending_days_go_out_oldest_first_three_at_a_time(
    write_config: Callable[[str], Path],
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    settings = config.load(write_config(BASE + smtp_server.toml() + RECIPIENTS), environ={})
    assert settings.smtp.max_days_per_send == 3
    store = Store(settings.database_url)
    first = sample_brief()
    days = [first.date + timedelta(days=n) for n in range(5)]
    for day in reversed(days):  # queued newest first: the order of sending must not depend on it
        brief = replace(first, date=day)
        rendered = render.Rendered(html="", text=render.render_text(brief, settings), json="{}", pdf=None)
        deliver.queue(brief, rendered, settings, store)
    report = deliver.deliver_pending(settings, store)
    got = [(r.rcpt_tos[0], r.message["Subject"]) for r in smtp_server.received]
    assert report.sent == 6 and report.pending == 4
    for who in ("a@example.org", "b@example.org"):
        subjects = [str(s) for to, s in got if to == who]
        assert [next(d.isoformat() for d in days if d.isoformat() in s) for s in subjects] == [
            d.isoformat() for d in days[:3]
        ]
    report = deliver.deliver_pending(settings, store)
    assert report.sent == 4 and report.pending == 0
    later = [str(r.message["Subject"]) for r in smtp_server.received[6:]]
    assert all(days[3].isoformat() in s or days[4].isoformat() in s for s in later)
    assert set(smtp_server.by_message_id().values()) == {1}  # each day once per recipient
    store.close()
