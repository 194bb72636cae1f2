"""Deliver: the outbox never loses or duplicates a message, against a real SMTP server (aiosmtpd) on 127.0.0.1.

One demo cycle per module (no SMTP host, then `briefing send` to the server) checks the whole path; the send
paths (4xx, dropped connections, 5xx, header injection, a killed sender) are tested on a hand-made brief.
"""

from __future__ import annotations

import html
import io
import json
import re
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefing import config, deliver, pipeline, render
from briefing.cli import cli
from briefing.config import Recipient
from briefing.models import Brief, Item, SourceStatus, Story, TheatreSection
from briefing.outbox import FAILED, PENDING, SENDING, SENT, Entry, Outbox
from briefing.render import Rendered
from briefing.store import Store
from tests.conftest import brief_today
from tests.hostile_server import make_project
from tests.smtp_server import SmtpServer, free_port, self_signed_cert, smtp_server  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parent.parent
DAY = brief_today()  # demo items are first seen today
GENERATED = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)

RECIPIENTS = """
[[recipients]]
address = "analyst@example.org"
name = "Duty Analyst"

[[recipients]]
address = "desk@example.org"
name = "Caribbean Desk"
theatres = ["Caribbean"]
format = "text"

[[recipients]]
address = "europe@example.org"
name = "Europe Desk"
theatres = ["Europe"]
"""


def without_tables(text: str, *headers: str) -> str:
    """The TOML text without the named tables ("[smtp]", "[[recipients]]"), up to the next table header."""
    for header in headers:
        text = re.sub(rf"^{re.escape(header)}[ \t]*\n(?:(?!\[).*\n?)*", "", text, flags=re.M)
    return text


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def parts(msg: EmailMessage) -> list[str]:
    return [p.get_content_type() for p in msg.walk() if not p.is_multipart()]


def flat(text: str) -> str:
    return " ".join(html.unescape(text).split())


# --- one demo cycle: queued with no SMTP host, then sent with `briefing send` -----------------------------------


@dataclass
class Cycle:
    settings: config.Settings  # no SMTP host
    online: Path  # the same project pointed at the server
    server: SmtpServer
    summary: pipeline.RunSummary
    queued: list[Entry]  # outbox entries after the run, before `send`
    send: tuple[int, str, str]
    pdf: bytes  # output/briefs/DAY/brief.pdf when the mail was sent
    data: dict[str, Any]  # output/briefs/DAY/brief.json when the mail was sent


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cycle]:
    root = make_project(tmp_path_factory.mktemp("deliver") / "proj")
    base = without_tables(
        (root / "config" / "briefing.toml").read_text(encoding="utf-8"), "[smtp]", "[[recipients]]"
    )
    offline = root / "config" / "offline.toml"
    offline.write_text(
        base + '\n[smtp]\nhost = ""\nsender = "brief@example.org"\n' + RECIPIENTS, encoding="utf-8"
    )
    with SmtpServer() as server:
        online = root / "config" / "online.toml"
        online.write_text(base + "\n" + server.toml() + RECIPIENTS, encoding="utf-8")
        settings = config.load(offline, environ={})
        summary = pipeline.run(settings, DAY, send=True)
        store = Store(settings.database_url)
        queued = deliver.outbox_for(settings, store).entries()
        store.close()
        sent = invoke("--config", str(online), "send")
        folder = settings.output_dir / "briefs" / DAY.isoformat()
        data = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
        yield Cycle(
            settings, online, server, summary, queued, sent, (folder / "brief.pdf").read_bytes(), data
        )


def received_by(cycle: Cycle, address: str) -> EmailMessage:
    [msg] = [r.message for r in cycle.server.received if r.rcpt_tos == (address,)]
    return msg


@pytest.mark.model
def test_without_an_smtp_host_every_message_waits_in_the_outbox(cycle: Cycle) -> None:
    assert cycle.summary.queued == 3 and cycle.summary.pending == 3 and cycle.summary.sent == 0
    assert "3 pending (no SMTP host configured)" in cycle.summary.line()
    assert [e.recipient for e in cycle.queued] == [
        "analyst@example.org",
        "desk@example.org",
        "europe@example.org",
    ]
    for entry in cycle.queued:
        assert entry.status == PENDING and entry.attempts == 0
        assert entry.last_error == "pending: no SMTP host configured"
        eml = cycle.settings.output_dir / "outbox" / entry.filename
        msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
        assert entry.recipient in str(msg["To"]) and msg["Message-ID"] == entry.message_id


@pytest.mark.model
def test_send_delivers_each_message_exactly_once(cycle: Cycle) -> None:
    code, out, _ = cycle.send
    assert code == 0 and out.strip() == "mail 3 sent / 0 pending / 0 failed"
    counts = cycle.server.by_message_id()
    assert sorted(counts) == sorted(e.message_id for e in cycle.queued) and set(counts.values()) == {1}
    for r in cycle.server.received:
        assert r.mail_from == "brief@example.org" and len(r.rcpt_tos) == 1
    store = Store(cycle.settings.database_url)
    entries = deliver.outbox_for(cycle.settings, store).entries()
    store.close()
    assert {e.status for e in entries} == {SENT} and all(e.reply.startswith("250") for e in entries)


@pytest.mark.model
def test_html_recipient_gets_text_inlined_html_and_the_brief_pdf(cycle: Cycle) -> None:
    msg = received_by(cycle, "analyst@example.org")
    assert parts(msg) == ["text/plain", "text/html", "application/pdf"]
    assert msg.get_content_type() == "multipart/mixed"
    assert msg.get_body(("plain",)) is not None and msg.get_body(("html",)) is not None
    [pdf] = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == f"brief-{DAY.isoformat()}.pdf"
    assert pdf.get_content() == cycle.pdf  # byte for byte the brief's PDF
    text = msg.get_body(("plain",)).get_content()
    brief_txt = (cycle.settings.output_dir / "briefs" / DAY.isoformat() / "brief.txt").read_text(
        encoding="utf-8"
    )
    assert text.replace("\r\n", "\n") == brief_txt


@pytest.mark.model
def test_email_headers(cycle: Cycle) -> None:
    msg = received_by(cycle, "analyst@example.org")
    assert str(msg["Subject"]).startswith(f"Daily Intelligence Brief {DAY.isoformat()}: ")
    assert "\n" not in str(msg["Subject"]) and len(str(msg["Subject"])) <= deliver.SUBJECT_MAX
    assert re.fullmatch(rf"<brief-{DAY.isoformat()}\.[0-9a-f]{{16}}@example\.org>", str(msg["Message-ID"]))
    assert str(msg["To"]) == "Duty Analyst <analyst@example.org>"
    assert str(msg["From"]) == "Daily Brief <brief@example.org>"
    assert msg["Date"].datetime is not None
    assert str(msg["List-Unsubscribe"]) == "<mailto:brief@example.org?subject=unsubscribe>"
    assert str(msg["List-Id"]) == "Daily Brief <daily-brief.briefing.local>"
    assert msg["Bcc"] is None and msg["Cc"] is None


@pytest.mark.model
def test_email_html_is_self_contained_and_under_the_size_limit(cycle: Cycle) -> None:
    msg = received_by(cycle, "analyst@example.org")
    body = msg.get_body(("html",)).get_content()
    assert len(body.encode("utf-8")) <= cycle.settings.smtp.max_html_bytes
    assert 'style="' in body  # CSS inlined
    for remote in ("<link", "<script", "<img", "@import", 'src="http', "url(http"):
        assert remote not in body.lower(), remote


@pytest.mark.model
def test_text_recipient_gets_one_plain_text_part(cycle: Cycle) -> None:
    msg = received_by(cycle, "desk@example.org")
    assert msg.get_content_type() == "text/plain" and not msg.is_multipart()
    assert str(msg["To"]) == "Caribbean Desk <desk@example.org>"


@pytest.mark.model
@pytest.mark.parametrize(
    ("address", "theatre", "part"),
    [("desk@example.org", "Caribbean", "plain"), ("europe@example.org", "Europe", "html")],
)
def test_recipients_get_only_the_theatres_they_want(
    cycle: Cycle, address: str, theatre: str, part: str
) -> None:
    mine = flat(received_by(cycle, address).get_body((part,)).get_content())
    full = flat(received_by(cycle, "analyst@example.org").get_body((part,)).get_content())
    # shorter than the full brief, unless the full one had to be cut to the size limit
    assert theatre in mine and (len(mine) < len(full) or "Shortened for email" in full)
    # an email over the size limit keeps the top stories of its theatres (the rest is in the archive copy)
    shortened = "Shortened for email" in mine
    top = {
        sec["story_ids"][0]
        for sec in cycle.data["sections"]
        if sec["theatre"] == theatre and sec["story_ids"]
    }
    for story in cycle.data["stories"]:
        if theatre in story["theatres"]:
            assert story["headline"] in mine or (shortened and story["id"] not in top)
        elif story["headline"] in full:
            assert story["headline"] not in mine, story["headline"]


@pytest.mark.model
def test_rerun_for_the_same_day_sends_nothing_again(cycle: Cycle) -> None:
    seed = cycle.settings.seeds.folder / "999_rerun.txt"
    seed.write_text(
        "Coast guard seizes a second tanker near Aruba\n\nThe coast guard said on Monday it boarded a tanker.\n"
    )
    settings = config.load(cycle.online, environ={})
    changed = pipeline.run(settings, DAY, send=True)
    assert not changed.unchanged  # a new brief for the same day...
    assert changed.queued == 0 and changed.sent == 0 and changed.pending == 0  # ...is not queued again
    again = pipeline.run(settings, DAY, send=True)
    assert again.unchanged and again.sent == 0
    assert len(cycle.server.received) == 3 and set(cycle.server.by_message_id().values()) == {1}


# --- the send paths, on a hand-made brief -------------------------------------------------------------------


def make_brief(headline: str = "Navy patrol off Aruba", stories: int = 0, day: date = DAY) -> Brief:
    """Two theatres; a Europe story that also concerns the Caribbean; `stories` filler stories per theatre."""
    item = Item(
        id="i1",
        source="Wire",
        title=headline,
        url="https://example.org/a",
        published=GENERATED,
        publisher="Wire",
    )
    carib = Story(
        "c1",
        "Caribbean",
        ("Caribbean",),
        headline,
        "A navy patrol was seen.",
        ("i1",),
        1,
        3,
        published=GENERATED,
    )
    frigate = Story(
        "e1", "Europe", ("Europe", "Caribbean"), "Frigate sails from Rota", "It sails west.", ("i1",), 2, 2
    )
    talks = Story("e2", "Europe", ("Europe",), "Talks in Geneva continue", "Delegations met.", ("i1",), 2, 2)
    filler = [
        Story(f"f{n}", "Europe", ("Europe",), f"Filler story {n}", "Words " * 200, ("i1",), 1, 6)
        for n in range(stories)
    ]
    return Brief(
        date=day,
        title="Daily Intelligence Brief",
        window_start=GENERATED - timedelta(days=1),
        window_end=GENERATED,
        generated_at=GENERATED,
        sections=(
            TheatreSection("Europe", "Talks in Geneva continue.", (frigate, talks, *filler)),
            TheatreSection("Caribbean", headline, (carib,)),
        ),
        items=(item,),
        sources=(SourceStatus("Wire", "x", "feed", "ok", items_seen=1, items_used=1, grade="B"),),
        changes=("New: Talks in Geneva continue", f"New: {headline}", "New: Frigate sails from Rota"),
    )


def rendered(brief: Brief, settings: config.Settings) -> Rendered:
    return Rendered(
        html=render.render_html(brief, settings),
        text=render.render_text(brief, settings),
        json=render.render_json(brief),
        pdf=b"%PDF-1.4\n% a stand-in PDF\n%%EOF\n",
    )


@dataclass
class Mail:
    settings: config.Settings
    store: Store
    server: SmtpServer

    @property
    def box(self) -> Outbox:
        return deliver.outbox_for(self.settings, self.store)

    def deliver(self, brief: Brief, send: bool = True) -> deliver.DeliveryReport:
        return deliver.deliver(brief, rendered(brief, self.settings), self.settings, self.store, send=send)

    def pending(self, retry: bool = False, now: datetime | None = None) -> deliver.DeliveryReport:
        return deliver.deliver_pending(self.settings, self.store, retry=retry, now=now)

    def entry(self, address: str = "analyst@example.org") -> Entry:
        [e] = [e for e in self.box.entries() if e.recipient == address]
        return e


TWO = """
[[recipients]]
address = "analyst@example.org"
name = "Duty Analyst"

[[recipients]]
address = "desk@example.org"
name = "Caribbean Desk"
theatres = ["Caribbean"]
format = "text"
"""


@pytest.fixture
def mail(write_config: Callable[..., Path], smtp_server: SmtpServer) -> Iterator[Mail]:  # noqa: F811
    path = write_config(smtp_server.toml() + "max_attempts = 3\n" + TWO)
    settings = config.load(path, environ={})
    store = Store(settings.database_url)
    yield Mail(settings, store, smtp_server)
    store.close()


def test_a_451_is_retried_after_the_backoff_and_delivered_once(mail: Mail) -> None:
    mail.server.handler.data_replies.append("451 4.7.1 greylisted, try again later")
    before = datetime.now(UTC)
    report = mail.deliver(make_brief())
    assert report.sent == 1 and report.pending == 1 and report.failed == 0
    e = mail.entry()
    assert e.status == PENDING and e.attempts == 1 and e.last_error == "451 4.7.1 greylisted, try again later"
    assert e.next_attempt is not None and before + timedelta(minutes=5) <= e.next_attempt <= datetime.now(
        UTC
    ) + timedelta(minutes=5)
    cfg = str(mail.settings.config_path)
    code, out, _ = invoke("--config", cfg, "send")  # still backing off
    assert code == 0 and out.strip() == "mail 0 sent / 1 pending / 0 failed"
    code, out, _ = invoke("--config", cfg, "send", "--retry")
    assert code == 0 and out.strip() == "mail 1 sent / 0 pending / 0 failed"
    assert mail.server.by_message_id()[e.message_id] == 1 and len(mail.server.received) == 2
    assert mail.entry().status == SENT and mail.entry().attempts == 2


def test_a_connection_dropped_mid_data_is_retried_once_the_backoff_has_passed(mail: Mail) -> None:
    mail.server.handler.drop_data = 1
    report = mail.deliver(make_brief())
    assert report.pending == 1
    e = mail.entry()
    assert e.status == PENDING and e.last_error.startswith("connection dropped")
    assert mail.pending(now=datetime.now(UTC) + timedelta(minutes=4)).sent == 0  # backing off
    assert mail.pending(now=datetime.now(UTC) + timedelta(minutes=6)).sent == 1
    assert mail.server.by_message_id()[e.message_id] == 1
    assert mail.entry().status == SENT


def test_a_550_is_kept_as_failed_shown_by_outbox_and_never_resent(mail: Mail) -> None:
    mail.server.handler.rcpt_replies["analyst@example.org"] = [
        "550 5.1.1 <analyst@example.org>: mailbox unavailable"
    ]
    report = mail.deliver(make_brief())
    assert report.failed == 1 and report.sent == 1 and report.pending == 0
    assert report.errors == (
        f"analyst@example.org ({DAY.isoformat()}): 550 5.1.1 <analyst@example.org>: mailbox unavailable",
    )
    e = mail.entry()
    assert e.status == FAILED and e.attempts == 1 and e.next_attempt is None
    cfg = str(mail.settings.config_path)
    code, out, _ = invoke("--config", cfg, "outbox")
    assert code == 0
    row = next(line for line in out.splitlines() if "analyst@example.org" in line)
    assert "failed" in row and "550" in out and "mailbox unavailable" in out
    assert "sent" in next(line for line in out.splitlines() if "desk@example.org" in line)
    code, out, _ = invoke("--config", cfg, "send", "--retry")
    assert code == 0 and out.strip() == "mail 0 sent / 0 pending / 0 failed"
    assert (
        mail.deliver(make_brief("Navy patrol off Aruba, updated")).queued == 0
    )  # a rerun does not requeue it
    assert all("analyst@example.org" not in r.rcpt_tos for r in mail.server.received)
    assert mail.entry().status == FAILED


def test_send_exits_1_when_a_message_is_refused_for_good(mail: Mail) -> None:
    mail.deliver(make_brief(), send=False)
    mail.server.handler.data_replies.append("554 5.7.1 rejected as spam")
    code, out, err = invoke("--config", str(mail.settings.config_path), "send")
    assert code == 1
    assert out.strip() == "mail 1 sent / 0 pending / 1 failed"
    assert "554 5.7.1 rejected as spam" in err and "error: 1 message refused for good" in err


def test_temporary_failures_give_up_after_max_attempts(mail: Mail) -> None:
    mail.server.handler.rcpt_replies["analyst@example.org"] = ["452 4.2.2 mailbox full"] * 5
    mail.deliver(make_brief())
    mail.pending(retry=True)
    report = mail.pending(retry=True)
    e = mail.entry()
    assert e.status == FAILED and e.attempts == 3 and report.failed == 1
    assert e.last_error == "gave up after 3 attempts: 452 4.2.2 mailbox full"
    assert mail.pending(retry=True).sent == 0


def test_an_unreachable_server_leaves_every_message_pending(write_config: Callable[..., Path]) -> None:
    path = write_config(
        f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\nsecurity = "none"\ntimeout = 2\n' + TWO
    )
    settings = config.load(path, environ={})
    store = Store(settings.database_url)
    brief = make_brief()
    report = deliver.deliver(brief, rendered(brief, settings), settings, store)
    entries = deliver.outbox_for(settings, store).entries()
    store.close()
    assert report.pending == 2 and report.sent == 0 and report.failed == 0
    for e in entries:
        assert e.status == PENDING and e.attempts == 1 and e.next_attempt is not None
        assert e.last_error.startswith("cannot reach 127.0.0.1:") and "connection refused" in e.last_error


def test_a_changed_brief_replaces_the_waiting_message_and_a_sent_one_is_left_alone(mail: Mail) -> None:
    assert mail.deliver(make_brief("First headline"), send=False).queued == 2
    first = mail.entry()
    assert mail.deliver(make_brief("First headline"), send=False).queued == 0  # same content: unchanged
    assert mail.deliver(make_brief("Second headline"), send=False).queued == 2
    second = mail.entry()
    assert (second.id, second.message_id, second.filename) == (first.id, first.message_id, first.filename)
    assert second.content_hash != first.content_hash and b"Second headline" in mail.box.read(second)
    assert mail.entry("desk@example.org").subject.endswith(": Second headline")
    assert len(mail.box.entries()) == 2
    assert mail.pending().sent == 2
    eml = mail.box.path(second).read_bytes()
    assert mail.deliver(make_brief("Third headline")).queued == 0
    assert mail.box.path(second).read_bytes() == eml
    [got] = [r for r in mail.server.received if r.rcpt_tos == ("analyst@example.org",)]
    assert (
        "Second headline" in got.message.get_body(("plain",)).get_content() and len(mail.server.received) == 2
    )


def test_cr_lf_in_feed_text_cannot_add_a_header(mail: Mail) -> None:
    evil = "X\r\nBcc: evil@x"
    brief = make_brief(evil)
    brief = replace(brief, title="Brief\r\nBcc: evil@x", sections=brief.sections[::-1])
    r = Recipient(address="analyst@example.org", name="Eve\nBcc: evil@x")
    msg = deliver.build_message(brief, rendered(brief, mail.settings), mail.settings, r)
    assert mail.box.enqueue(
        DAY, r.address, "brief@example.org", str(msg["Message-ID"]), str(msg["Subject"]), msg.as_bytes()
    )
    mail.pending()
    [got] = mail.server.received
    assert got.rcpt_tos == ("analyst@example.org",)
    headers = got.data.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc:" not in headers and got.message["Bcc"] is None
    assert str(got.message["Subject"]) == f"Brief Bcc: evil@x {DAY.isoformat()}: X Bcc: evil@x"
    assert str(got.message["To"]) == '"Eve Bcc: evil@x" <analyst@example.org>'


def test_message_id_is_stable_per_date_and_recipient(mail: Mail) -> None:
    s = mail.settings
    one = deliver.message_id(DAY, "analyst@example.org", s)
    assert one == deliver.message_id(DAY, "Analyst@Example.org", s)
    assert one != deliver.message_id(DAY, "desk@example.org", s)
    assert one != deliver.message_id(DAY + timedelta(days=1), "analyst@example.org", s)
    brief = make_brief()
    a = deliver.build_message(brief, rendered(brief, s), s, s.recipients[0])
    b = deliver.build_message(make_brief("Other"), rendered(brief, s), s, s.recipients[0])
    assert a["Message-ID"] == b["Message-ID"] == one


def test_recipient_gets_its_theatres_and_stories_that_concern_them(mail: Mail) -> None:
    brief = make_brief()
    mine = deliver.for_recipient(brief, Recipient(address="x@example.org", theatres=["caribbean"]))
    assert [s.name for s in mine.sections] == ["Caribbean"]
    assert [st.id for st in mine.stories] == [
        "c1",
        "e1",
    ]  # its own story, then the Europe one that concerns it
    assert mine.changes == ("New: Navy patrol off Aruba", "New: Frigate sails from Rota")
    assert deliver.for_recipient(brief, Recipient(address="x@example.org")) is brief
    msg = deliver.build_message(
        brief, rendered(brief, mail.settings), mail.settings, mail.settings.recipients[1]
    )
    assert parts(msg) == ["text/plain"]
    text = flat(msg.get_content())
    assert "Navy patrol off Aruba" in text and "Frigate sails from Rota" in text
    assert "Talks in Geneva" not in text
    assert str(msg["Subject"]).endswith(": Navy patrol off Aruba")


def test_large_email_html_is_cut_to_the_size_limit(write_config: Callable[..., Path]) -> None:
    brief = make_brief(stories=60)
    path = write_config(
        '[brief]\narchive_url = "https://briefs.example.org/archive"\n[smtp]\nmax_html_bytes = 60000\n' + TWO
    )
    settings = config.load(path, environ={})
    full = render.render_email_html(brief, settings, max_bytes=10_000_000)
    assert len(full.encode()) > 60_000
    msg = deliver.build_message(brief, rendered(brief, settings), settings, settings.recipients[0])
    body = msg.get_body(("html",)).get_content()
    assert len(body.encode("utf-8")) <= 60_000
    assert "Frigate sails from Rota" in body and "Filler story 59" not in body
    assert f"https://briefs.example.org/archive/{DAY.isoformat()}/" in body


def test_remote_resources_are_removed_from_email_html() -> None:
    page = (
        '<p style="color: red">Hi <a href="https://example.org/story">story</a></p>'
        '<img src="https://tracker.example/p.gif" alt=""><link rel="stylesheet" href="//cdn.example/x.css">'
        '<script src="http://x.example/a.js"></script><div style="background: url(https://x.example/b.png)">b</div>'
        "<style>@import url('https://x.example/c.css');</style>"
    )
    out = deliver.without_remote_resources(page)
    assert '<a href="https://example.org/story">story</a>' in out and 'style="color: red"' in out
    for remote in ("tracker.example", "cdn.example", "x.example"):
        assert remote not in out


# --- a sender killed mid-send -----------------------------------------------------------------------------------


THREE = (
    TWO + '\n[[recipients]]\naddress = "europe@example.org"\nname = "Europe Desk"\ntheatres = ["Europe"]\n'
)


@pytest.mark.model
def test_killed_mid_send_then_rerun_delivers_each_message_exactly_once(
    write_config: Callable[..., Path],
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    path = write_config(smtp_server.toml() + THREE)
    settings = config.load(path, environ={})
    store = Store(settings.database_url)
    brief = make_brief()
    assert deliver.deliver(brief, rendered(brief, settings), settings, store, send=False).queued == 3
    handler = smtp_server.handler
    handler.mail_delay = 1.0  # every MAIL FROM stalls: room to kill the sender between two messages
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "--config", str(path), "send"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # The second MAIL FROM only comes after the first message's 250, and "sent" is committed before it.
        smtp_server.wait_for(lambda s: s.handler.mail_started >= 2, timeout=30)
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL, err.decode()
    box = deliver.outbox_for(settings, store)
    assert [e.status for e in box.entries()] == [SENT, SENDING, PENDING]  # killed in the middle
    assert len(smtp_server.received) == 1
    handler.mail_delay = 0.0
    code, out, _ = invoke("--config", str(path), "send")
    assert code == 0 and out.strip() == "mail 2 sent / 0 pending / 0 failed"
    counts = smtp_server.by_message_id()
    assert sorted(counts) == sorted(e.message_id for e in box.entries()) and set(counts.values()) == {1}
    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == [
        "analyst@example.org",
        "desk@example.org",
        "europe@example.org",
    ]
    assert [e.status for e in box.entries()] == [SENT] * 3
    store.close()


class Crash(BaseException):
    """Stands in for the process dying."""


def test_crash_after_the_sent_log_before_the_commit_does_not_send_again(
    mail: Mail, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's 250 is written to outbox/sent.log before "sent" is committed: a death in between is repaired
    from the log, without a second copy."""
    mail.deliver(make_brief(), send=False)

    def die(*_: object) -> None:
        raise Crash

    monkeypatch.setattr(Outbox, "mark_sent", die)
    with pytest.raises(Crash):
        mail.pending()
    monkeypatch.undo()
    assert mail.entry().status == "transmitted" and len(mail.server.received) == 1
    report = mail.pending()
    assert report.sent == 1 and mail.entry().status == SENT and "sent.log" in mail.entry().reply
    assert sorted(mail.server.by_message_id().values()) == [1, 1]


def test_crash_after_the_whole_message_went_out_before_the_sent_log_is_unknown_not_resent(
    mail: Mail, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sender died after the end of DATA (here: after the server's 250, before the sent-log): the message may
    have arrived, so it is held as "unknown" rather than sent again; --resend-unknown sends the copy, with the
    same Message-ID so clients can drop it."""
    mail.deliver(make_brief(), send=False)

    def die(*_: object) -> None:
        raise Crash

    monkeypatch.setattr(Outbox, "log_sent", die)
    with pytest.raises(Crash):
        mail.pending()
    monkeypatch.undo()
    assert mail.entry().status == "transmitted" and len(mail.server.received) == 1
    report = mail.pending()
    assert report.sent == 1 and report.unknown == 1 and mail.entry().status == "unknown"
    assert len(mail.server.received) == 2  # the other recipient's message only
    report = deliver.deliver_pending(mail.settings, mail.store, resend_unknown=True)
    assert report.sent == 1
    copies = [r for r in mail.server.received if r.rcpt_tos == ("analyst@example.org",)]
    assert (
        len(copies) == 2 and copies[0].message_id == copies[1].message_id and copies[0].data == copies[1].data
    )


# --- TLS and AUTH -------------------------------------------------------------------------------------------------


@pytest.fixture
def cert(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    pair = self_signed_cert(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(pair[0]))  # the client trusts this certificate only
    return pair


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_and_login_with_the_password_from_the_environment(
    security: str, cert: tuple[Path, Path], write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "s3cret")
    with SmtpServer(security, cert, users={"briefing": "s3cret"}) as server:
        path = write_config(server.toml() + 'username = "briefing"\n' + TWO)
        settings = config.load(path)
        store = Store(settings.database_url)
        brief = make_brief()
        report = deliver.deliver(brief, rendered(brief, settings), settings, store)
        store.close()
        assert report.sent == 2
        assert [(r.secure, r.login) for r in server.received] == [(True, "briefing")] * 2


def test_a_wrong_password_keeps_mail_waiting_with_a_hint(
    cert: tuple[Path, Path], write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_SMTP_PASSWORD", "wrong")
    with SmtpServer("starttls", cert, users={"briefing": "s3cret"}) as server:
        path = write_config(server.toml() + 'username = "briefing"\n' + TWO)
        settings = config.load(path)
        store = Store(settings.database_url)
        brief = make_brief()
        report = deliver.deliver(brief, rendered(brief, settings), settings, store)
        entries = deliver.outbox_for(settings, store).entries()
        store.close()
    assert report.sent == 0 and report.failed == 0 and report.pending == 2 and not server.received
    for e in entries:
        assert e.status == PENDING and e.attempts == 1
        assert e.last_error.startswith(
            "authentication failed (check smtp.username and $BRIEFING_SMTP_PASSWORD): 535"
        )


def test_a_user_name_without_a_password_is_not_tried(
    write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BRIEFING_SMTP_PASSWORD", raising=False)
    path = write_config(f'[smtp]\nhost = "127.0.0.1"\nport = {free_port()}\nusername = "briefing"\n' + TWO)
    settings = config.load(path)
    store = Store(settings.database_url)
    brief = make_brief()
    report = deliver.deliver(brief, rendered(brief, settings), settings, store)
    entries = deliver.outbox_for(settings, store).entries()
    store.close()
    assert report.pending == 2 and report.note == "smtp.username is set but $BRIEFING_SMTP_PASSWORD is empty"
    assert all(e.attempts == 0 and e.status == PENDING for e in entries)


def test_send_date_sends_only_that_days_mail(mail: Mail) -> None:
    mail.deliver(make_brief(day=DAY - timedelta(days=1)), send=False)
    mail.deliver(make_brief(), send=False)
    code, out, _ = invoke("--config", str(mail.settings.config_path), "send", "--date", DAY.isoformat())
    assert code == 0 and out.strip() == "mail 2 sent / 0 pending / 0 failed"
    assert {e.brief_date: e.status for e in mail.box.entries(status=PENDING)} == {
        (DAY - timedelta(days=1)).isoformat(): PENDING
    }
    code, out, _ = invoke("--config", str(mail.settings.config_path), "outbox", "--status", "pending")
    assert code == 0 and (DAY - timedelta(days=1)).isoformat() in out and DAY.isoformat() not in out


def test_an_untrusted_certificate_is_refused(
    tmp_path: Path, write_config: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cert = self_signed_cert(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "no-such-bundle.pem"))  # trust nothing
    with SmtpServer("starttls", cert) as server:
        settings = config.load(write_config(server.toml() + TWO))
        store = Store(settings.database_url)
        brief = make_brief()
        report = deliver.deliver(brief, rendered(brief, settings), settings, store)
        entries = deliver.outbox_for(settings, store).entries()
        store.close()
    assert report.sent == 0 and report.pending == 2 and not server.received
    assert all("certificate verify failed" in e.last_error for e in entries)


def test_a_server_that_hangs_up_between_messages_gets_a_new_session(mail: Mail) -> None:
    mail.server.handler.hang_up = True
    report = mail.deliver(make_brief())
    assert report.sent == 2 and report.pending == 0 and len(mail.server.received) == 2


def test_the_outbox_table_is_created_even_for_a_store_opened_before_it_was_defined(tmp_path: Path) -> None:
    from sqlalchemy import inspect

    from briefing import outbox

    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    outbox.outbox.drop(store.engine)  # as if briefing.outbox had not been imported when the Store was opened
    Outbox(store, tmp_path / "outbox")
    assert "outbox" in inspect(store.engine).get_table_names()
    store.close()


# --- a server slower than smtp.timeout --------------------------------------------------------------------------


def test_a_250_slower_than_the_timeout_is_unknown_and_only_resent_on_request(
    write_config: Callable[..., Path],
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    """issue 13.2: the server stores the message and answers after smtp.timeout; the client must not assume it
    was lost (a plain retry delivered every Message-ID twice)."""
    path = write_config(smtp_server.toml().replace("timeout = 5", "timeout = 1") + TWO)
    settings = config.load(path, environ={})
    store = Store(settings.database_url)
    brief = make_brief()
    deliver.deliver(brief, rendered(brief, settings), settings, store, send=False)
    smtp_server.handler.data_delay = 2.0
    code, out, _ = invoke("--config", str(path), "send")
    assert code == 0 and "0 sent / 0 pending / 0 failed / 2 unknown" in out
    assert len(smtp_server.received) == 2  # the server did take both
    smtp_server.handler.data_delay = 0.0
    code, out, _ = invoke("--config", str(path), "send", "--retry")
    assert code == 0 and out.startswith("mail 0 sent") and len(smtp_server.received) == 2
    code, out, _ = invoke("--config", str(path), "outbox", "--status", "unknown")
    assert "analyst@example.org" in out and "desk@example.org" in out and "may have been" in flat(out)
    code, out, _ = invoke("--config", str(path), "send", "--resend-unknown")
    assert code == 0 and out.startswith("mail 2 sent") and len(smtp_server.received) == 4
    assert set(smtp_server.by_message_id().values()) == {2}  # the copies share their Message-ID
    store.close()


# --- a theatre-filtered recipient: every part cut to its theatres --------------------------------------------------

CARIBBEAN_PDF = (
    TWO
    + '\n[[recipients]]\naddress = "carib1@example.org"\nname = "Carib One"\ntheatres = ["Caribbean"]\n'
    + '\n[[recipients]]\naddress = "carib2@example.org"\nname = "Carib Two"\ntheatres = ["caribbean"]\n'
)


@pytest.mark.slow  # renders a PDF
def test_a_theatre_recipient_gets_html_text_and_pdf_of_its_theatres_one_pdf_per_theatre_set(
    write_config: Callable[..., Path],
    smtp_server: SmtpServer,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """issue 13.4: the Caribbean recipient's PDF was the whole brief."""
    from pypdf import PdfReader

    settings = config.load(write_config(smtp_server.toml() + CARIBBEAN_PDF), environ={})
    store = Store(settings.database_url)
    brief = make_brief()
    full = rendered(brief, settings)
    calls: list[tuple[str, ...]] = []
    real = render.render_pdf

    def counting(b: Brief, s: config.Settings | None = None) -> bytes:
        calls.append(tuple(sec.name for sec in b.sections))
        return real(b, s)

    monkeypatch.setattr(render, "render_pdf", counting)
    assert deliver.queue(brief, full, settings, store) == 4
    assert calls == [("Caribbean",)]  # two recipients, one theatre set, one rendering
    box = deliver.outbox_for(settings, store)
    for address in ("carib1@example.org", "carib2@example.org"):
        [entry] = [e for e in box.entries() if e.recipient == address]
        msg = message_from_bytes(box.read(entry), policy=policy.default)
        assert isinstance(msg, EmailMessage)
        [pdf] = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
        reader = PdfReader(io.BytesIO(pdf.get_content()))
        text = flat(" ".join(page.extract_text() or "" for page in reader.pages))
        assert "Navy patrol off Aruba" in text and "Frigate sails from Rota" in text
        assert "Talks in Geneva" not in text and "Filler story" not in text
        assert all("Europe" not in str(item.title) for item in reader.outline if not isinstance(item, list))
        html_part = flat(msg.get_body(("html",)).get_content())
        plain = flat(msg.get_body(("plain",)).get_content())
        for part in (html_part, plain):
            assert "Navy patrol off Aruba" in part and "Talks in Geneva" not in part
    [analyst] = [e for e in box.entries() if e.recipient == "analyst@example.org"]
    msg = message_from_bytes(box.read(analyst), policy=policy.default)
    [pdf] = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content() == full.pdf  # the whole brief's PDF, not rendered again
    store.close()
