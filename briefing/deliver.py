"""Deliver: one email per recipient (cut to the theatres it wants), queued in the outbox, then sent over SMTP.

Every message is written to the outbox (a row and an .eml file) before it is sent; see briefing.outbox for the
states and the crash policy. Temporary SMTP failures (4xx replies, refused or dropped connections, timeouts) are
retried with back-off on later runs; permanent ones (5xx) are kept as failed with the server's reply.
"""

from __future__ import annotations

import hashlib
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from briefing import crashpoints, render
from briefing.config import Recipient, Settings
from briefing.errors import DeliveryError
from briefing.models import Brief
from briefing.outbox import FAILED, SENT, SENT_LOG, UNKNOWN, Entry, Outbox, Pruned, backoff, utcnow
from briefing.render import Rendered
from briefing.store import Store
from briefing.text import squash

log = logging.getLogger(__name__)

# CRLF line ends, and 7-bit transfer encodings so any server takes the message without 8BITMIME.
POLICY = policy.SMTP.clone(cte_type="7bit")
SUBJECT_MAX = 140
NO_HOST = "no SMTP host configured"
NOT_SENT = "sending skipped: --no-send"
NO_RECIPIENTS = "no recipients configured: waiting messages kept"
# Tags that would make a mail client fetch something from the network (tracking pixels, remote CSS, scripts).
_REMOTE_TAG = re.compile(
    r"<(img|script|iframe|link|object|embed|audio|video|source)\b[^>]*?\b(?:src|href|data)\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>"
    r"(?:.*?</\1\s*>)?",
    re.IGNORECASE | re.DOTALL,
)
_REMOTE_CSS = re.compile(r"@import[^;]*;|url\(\s*[\"']?\s*(?:https?:)?//[^)]*\)", re.IGNORECASE)


@dataclass(frozen=True)
class DeliveryReport:
    """What one delivery did: messages queued (new or changed), sent, failed for good, and still waiting."""

    queued: int = 0
    sent: int = 0
    failed: int = 0
    pending: int = 0
    note: str = ""  # why waiting messages were not sent, e.g. "no SMTP host configured"
    errors: tuple[str, ...] = ()  # one line per failure in this call: "recipient (date): reply"
    unknown: int = 0  # transmitted, but no reply came: held until `send --resend-unknown`


# --- building messages -----------------------------------------------------------------------------------------


def for_recipient(brief: Brief, recipient: Recipient) -> Brief:
    """The brief cut to the recipient's theatres (all when it names none).

    A kept theatre also lists stories placed elsewhere that concern it; "what changed" lines about dropped
    stories and cross-theatre actors outside the kept theatres are left out.
    """
    if not recipient.theatres:
        return brief
    wanted = {t.casefold() for t in recipient.theatres}
    sections = []
    for sec in brief.sections:
        if sec.name.casefold() not in wanted:
            continue
        own = {st.id for st in sec.stories}
        also = tuple(
            st
            for st in brief.stories
            if st.id not in own and sec.name in st.theatres[1:] and st.theatre != sec.name
        )
        sections.append(replace(sec, stories=sec.stories + also))
    if not sections:
        log.warning(
            "recipient %s wants theatres %s; the brief has none of them",
            recipient.address,
            recipient.theatres,
        )
    kept = {st.headline for sec in sections for st in sec.stories}
    dropped = {st.headline for st in brief.stories} - kept
    changes = tuple(line for line in brief.changes if not any(line.endswith(": " + h) for h in dropped))
    names = {sec.name for sec in sections}
    cross = tuple(row for row in brief.cross_theatre if names & set(row[1]))
    return replace(brief, sections=tuple(sections), changes=changes, cross_theatre=cross)


def top_line(brief: Brief) -> str:
    """The BLUF of the first theatre that has stories (or of the first theatre)."""
    for sec in brief.sections:
        if sec.stories and sec.bluf:
            return squash(sec.bluf)
    return squash(brief.sections[0].bluf) if brief.sections else "no stories"


def subject(brief: Brief) -> str:
    """ "<title> <date>: <the top story's headline>", on one line and at most SUBJECT_MAX characters; led by
    "Sources down (N):" when more than brief.sources_down_share of the feeds failed.

    The top story is the one with the highest importance score in the brief (the first on a tie); a brief
    without stories says so.
    """
    top = max(brief.stories, key=lambda st: st.score, default=None)
    text = squash(f"{brief.title} {brief.date.isoformat()}: {top.headline if top else 'no stories'}")
    if brief.sources_down:
        text = f"Sources down ({len(brief.sources_down)}): {text}"
    if len(text) <= SUBJECT_MAX:
        return text
    return text[: SUBJECT_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + " \u2026"


def _domain(settings: Settings) -> str:
    domain = settings.smtp.sender.rpartition("@")[2]
    return re.sub(r"[^A-Za-z0-9.-]", "", domain) or "briefing.local"


def message_id(day: date, address: str, settings: Settings) -> str:
    """Stable per brief date and recipient, so a resent copy can be recognised as the same message."""
    digest = hashlib.sha256(
        f"{day.isoformat()}\n{address.casefold()}\n{settings.smtp.list_id}".encode()
    ).hexdigest()
    return f"<brief-{day.isoformat()}.{digest[:16]}@{_domain(settings)}>"


def _address(name: str, address: str) -> Address:
    local, _, domain = address.rpartition("@")
    return Address(display_name=squash(name), username=local, domain=domain)


def without_remote_resources(html: str) -> str:
    """Drop anything a mail client would fetch from the network; links stay."""
    cleaned = _REMOTE_CSS.sub("", _REMOTE_TAG.sub("", html))
    if cleaned != html:
        log.warning("removed remote images, scripts or stylesheets from the email HTML")
    return cleaned


def email_html(brief: Brief, settings: Settings) -> str:
    """The inlined HTML part, at most smtp.max_html_bytes: cut to the BLUF and top stories when larger."""
    html = render.render_email_html(brief, settings, max_bytes=settings.smtp.max_html_bytes)
    return without_remote_resources(html)


def build_message(
    brief: Brief,
    rendered: Rendered,
    settings: Settings,
    recipient: Recipient,
    pdfs: dict[frozenset[str], bytes | None] | None = None,
) -> EmailMessage:
    """The email for one recipient; headers go through the email package, so feed text cannot add a header.

    A recipient with theatres gets the HTML, text and PDF of its cut of the brief; `pdfs` keeps one PDF per
    distinct theatre set, so recipients who want the same theatres share one rendering."""
    mine = for_recipient(brief, recipient)
    msg = EmailMessage(policy=POLICY)
    msg["Subject"] = subject(mine)
    msg["From"] = _address(settings.smtp.sender_name, settings.smtp.sender)
    msg["To"] = _address(recipient.name, recipient.address)
    msg["Date"] = format_datetime(brief.generated_at)
    msg["Message-ID"] = message_id(brief.date, recipient.address, settings)
    unsubscribe = settings.smtp.unsubscribe or settings.smtp.sender
    if unsubscribe.startswith("https://"):  # RFC 8058 one-click: the client POSTs to the URL
        msg["List-Unsubscribe"] = f"<{unsubscribe}>, <mailto:{settings.smtp.sender}?subject=unsubscribe>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    else:
        msg["List-Unsubscribe"] = f"<mailto:{unsubscribe.removeprefix('mailto:')}?subject=unsubscribe>"
    msg["List-Id"] = formataddr((squash(settings.smtp.sender_name), settings.smtp.list_id))
    msg["Auto-Submitted"] = "auto-generated"
    text = rendered.text if mine is brief else render.render_text(mine, settings)
    msg.set_content(text)
    if recipient.format == "text":
        return msg
    msg.add_alternative(email_html(mine, settings), subtype="html")
    pdf = rendered.pdf
    if pdf and mine is not brief:
        key = frozenset(t.casefold() for t in recipient.theatres)
        cache = {} if pdfs is None else pdfs
        if key not in cache:
            cache[key] = render.render_pdf(mine, settings)
        pdf = cache[key]
    if pdf:
        msg.add_attachment(
            pdf,
            maintype="application",
            subtype="pdf",
            filename=f"brief-{brief.date.isoformat()}.pdf",
        )
    _stable_boundaries(msg)
    return msg


def _stable_boundaries(msg: EmailMessage) -> None:
    """Boundaries derived from the Message-ID instead of random ones, so the same brief gives the same bytes
    (and the outbox can tell an unchanged message from a changed one). "=_" never occurs in base64 or
    quoted-printable text, so the boundary cannot clash with a part's content."""
    seed = hashlib.sha256(str(msg["Message-ID"]).encode()).hexdigest()[:24]
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_brief_{seed}_{n}")


# --- sending ---------------------------------------------------------------------------------------------------


class _Connection:
    """One SMTP session, opened on first use and reopened after a failure; errors while opening are kept."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.smtp: smtplib.SMTP | None = None
        self.broken: str = ""  # why the server could not be reached: later messages in this run are not tried

    def open(self) -> smtplib.SMTP:
        if self.smtp is not None:
            return self.smtp
        s = self.settings.smtp
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=ssl.create_default_context()
                )
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            try:
                smtp.ehlo()
                if s.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
                if s.username:
                    smtp.login(s.username, self.settings.smtp_password)
            except BaseException:
                smtp.close()
                raise
        except smtplib.SMTPAuthenticationError as exc:
            self.broken = f"authentication failed (check smtp.username and ${s.password_env}): {_reply(exc)}"
            raise DeliveryError(self.broken) from None
        except (OSError, smtplib.SMTPException) as exc:
            self.broken = f"cannot reach {s.host}:{s.port}: {_describe(exc)}"
            raise DeliveryError(self.broken) from None
        self.smtp = smtp
        return smtp

    def close(self, polite: bool = True) -> None:
        if self.smtp is None:
            return
        try:
            if polite:
                self.smtp.quit()
        except (OSError, smtplib.SMTPException):
            pass
        finally:
            self.smtp.close()
            self.smtp = None

    def send(
        self, mail_from: str, recipient: str, data: bytes, transmitted: Callable[[], None] = lambda: None
    ) -> str:
        """One SMTP transaction; return the server's reply to the message, raise DeliveryError otherwise, or
        NoReply when the whole message was transmitted and the reply did not come within smtp.timeout."""
        if self.smtp is not None and not self._alive():
            self.close(
                polite=False
            )  # the server hung up on the idle session: open a new one, nothing was sent
        smtp = self.open()
        try:
            code, resp = smtp.mail(mail_from)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, resp, mail_from)
            code, resp = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise smtplib.SMTPRecipientsRefused({recipient: (code, resp)})
            code, resp = _data(smtp, data, transmitted)
            if code != 250:
                raise smtplib.SMTPDataError(code, resp)
        except NoReply:
            self.close(polite=False)
            raise
        except smtplib.SMTPResponseException as exc:
            self._reset()
            raise DeliveryError(_reply(exc), permanent=500 <= exc.smtp_code < 600) from None
        except smtplib.SMTPRecipientsRefused as exc:
            self._reset()
            code, resp = next(iter(exc.recipients.values()))
            raise DeliveryError(f"{code} {_text(resp)}", permanent=500 <= code < 600) from None
        except (OSError, smtplib.SMTPException) as exc:  # refused, dropped, timed out: the session is gone
            self.close(polite=False)
            raise DeliveryError(_describe(exc)) from None
        return f"{code} {_text(resp)}"

    def _alive(self) -> bool:
        try:
            return self.smtp is not None and self.smtp.noop()[0] == 250
        except (OSError, smtplib.SMTPException):
            return False

    def _reset(self) -> None:
        try:
            if self.smtp is not None:
                self.smtp.rset()
        except (OSError, smtplib.SMTPException):
            self.close(polite=False)


class NoReply(DeliveryError):
    """The message was transmitted to the end of DATA, but the server's reply did not come: it may be delivered."""


def _data(smtp: smtplib.SMTP, data: bytes, transmitted: Callable[[], None]) -> tuple[int, bytes]:
    """smtplib's DATA, split so that a timeout waiting for the final reply is told apart from one before it;
    `transmitted` is called once the whole message has gone out, before the reply is read."""
    code, resp = smtp.docmd("data")
    if code != 354:
        raise smtplib.SMTPDataError(code, resp)
    body = re.sub(rb"(?m)^\.", b"..", re.sub(rb"\r\n|\r|\n", b"\r\n", data))
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    smtp.send(body + b".\r\n")
    crashpoints.reached("send.data-ended")  # the one duplicate window: see briefing.outbox
    transmitted()
    crashpoints.reached("send.transmitted")
    try:
        return smtp.getreply()
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):
            raise NoReply(
                f"no reply within {smtp.timeout:g} s after the whole message was sent: it may have been delivered"
            ) from None
        raise


def _text(resp: bytes | str) -> str:
    return squash(resp.decode("utf-8", "replace") if isinstance(resp, bytes) else resp)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}"


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"connection dropped: {exc}" if str(exc) else "connection dropped"
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return squash(f"{type(exc).__name__}: {exc}")


def _why_not(settings: Settings, send: bool) -> str:
    if not send:
        return NOT_SENT
    if not settings.smtp.host:
        return NO_HOST
    if not settings.recipients:
        return NO_RECIPIENTS
    if settings.smtp.username and not settings.smtp_password:
        return f"smtp.username is set but ${settings.smtp.password_env} is empty"
    return ""


def _backlog_cap(due: list[Entry], settings: Settings) -> list[Entry]:
    """One message per recipient and day, oldest day first, at most smtp.max_days_per_send days per recipient
    in one send: after an outage a recipient gets the backlog in order, not a pile at once."""
    cap = settings.smtp.max_days_per_send
    days: dict[str, list[str]] = {}
    kept: list[Entry] = []
    for e in sorted(due, key=lambda e: (e.brief_date, e.recipient)):
        mine = days.setdefault(e.recipient, [])
        if e.brief_date not in mine:
            if len(mine) >= cap:
                continue
            mine.append(e.brief_date)
        kept.append(e)
    if len(kept) < len(due):
        log.info(
            "mail: %d messages of later days wait for the next send (smtp.max_days_per_send)",
            len(due) - len(kept),
        )
    return kept


def send_pending(
    settings: Settings,
    box: Outbox,
    send: bool = True,
    day: date | None = None,
    retry: bool = False,
    now: datetime | None = None,
    resend_unknown: bool = False,
) -> DeliveryReport:
    """Send every due message (all dates, or `day`); `retry` ignores the back-off; `resend_unknown` sends the
    messages whose delivery is unknown again. Waiting messages to recipients no longer configured are withdrawn (none when the config names no
    recipient at all)."""
    now = now or utcnow()
    if settings.recipients:
        withdrawn = box.withdraw([r.address for r in settings.recipients], now)
        if withdrawn:
            log.warning(
                "%d waiting message(s) withdrawn: the recipient is no longer in the config", withdrawn
            )
    # No recipient at all is a config that lost its list (a bad edit), not readers who left: the waiting
    # messages are neither withdrawn nor sent (NO_RECIPIENTS) until the config names recipients again.
    if resend_unknown:
        box.release_unknown(now, day)
    logged = box.logged()
    unknown = box.settle_orphans(now, logged)
    reason = _why_not(settings, send)
    due = _backlog_cap([e for e in box.due(now, day, retry) if box.claimable(e, now)], settings)
    sent = failed = 0
    errors: list[str] = []
    if reason:
        if send:
            for entry in due:
                box.note(entry, f"pending: {reason}", now)
    else:
        conn = _Connection(settings)
        try:
            for entry in due:
                outcome = _send_one(conn, box, entry, settings, now, logged)
                if outcome in (SENT, "logged", "skipped"):
                    sent += outcome == SENT
                    continue
                current = box.get(entry.id)
                unknown += current.status == UNKNOWN
                errors.append(f"{entry.recipient} ({entry.brief_date}): {current.last_error}")
                failed += current.status == FAILED
        finally:
            conn.close()
    pending = sum(1 for _ in box.waiting(day))
    keep = timedelta(days=settings.smtp.sent_log_days)
    try:
        dropped = box.trim_sent_log(keep, now)
    except OSError as exc:  # the log itself is intact: a failed trim only leaves it longer
        log.warning("could not trim %s: %s", box.sent_log, exc)
    else:
        if dropped:
            log.info("mail: %d old line(s) dropped from %s", dropped, SENT_LOG)
    _prune(box, keep, now)
    if sent or failed or errors:
        log.info("mail: %d sent, %d failed, %d waiting", sent, failed, pending)
    return DeliveryReport(
        sent=sent,
        failed=failed,
        pending=pending,
        note=reason if pending else "",
        errors=tuple(errors),
        unknown=unknown,
    )


def _prune(box: Outbox, keep: timedelta, now: datetime) -> None:
    """Remove the .eml files of old final messages (Outbox.prune_files) and the temp files of killed writes
    (Outbox.remove_temps); a failure is one warning, never an error: the files only take room."""
    steps: tuple[tuple[str, Callable[[], Pruned]], ...] = (
        ("temp file(s) of interrupted writes", lambda: box.remove_temps(now)),
        ("old message file(s)", lambda: box.prune_files(keep, now)),
    )
    for what, step in steps:
        try:
            pruned = step()
        except OSError as exc:
            log.warning("could not remove %s from %s: %s", what, box.folder, exc)
            continue
        if pruned.failures:
            log.warning(
                "could not remove %d %s from %s (kept, tried again after the next send): %s",
                len(pruned.failures),
                what,
                box.folder,
                pruned.failures[0],
            )
        if pruned.removed:
            log.info("mail: %d %s removed from %s", pruned.removed, what, box.folder)


def _send_one(
    conn: _Connection,
    box: Outbox,
    entry: Entry,
    settings: Settings,
    now: datetime,
    logged: set[tuple[str, str, str]],
) -> str:
    if conn.broken:  # the server could not be reached for an earlier message: do not hammer it
        if box.claim(entry, now):
            _temporary(box, box.get(entry.id), conn.broken, settings, now)
        return "pending"
    if (entry.brief_date, entry.recipient, entry.message_id) in logged:
        if box.claim(entry, now):  # accepted by the server before a crash or a lost database: not again
            box.mark_sent(entry, f"sent before (listed in {SENT_LOG})", now)
            return "logged"
        return "skipped"
    try:
        data = box.read(entry)
    except OSError as exc:
        if box.claim(entry, now):
            _temporary(box, box.get(entry.id), f"cannot read {entry.filename}: {exc.strerror}", settings, now)
        return "pending"
    if not box.claim(entry, now):
        return "skipped"
    crashpoints.reached("send.claimed")
    try:
        reply = conn.send(
            entry.mail_from, entry.recipient, data, lambda: box.mark_transmitted(entry, utcnow())
        )
    except NoReply as exc:
        box.mark_unknown(box.get(entry.id), exc.message, utcnow())
        log.warning(
            "mail to %s: %s; `briefing send --resend-unknown` sends it again", entry.recipient, exc.message
        )
        return UNKNOWN
    except DeliveryError as exc:
        current = box.get(entry.id)
        if exc.permanent:
            box.mark_failed(current, exc.message, utcnow())
            log.warning("mail to %s failed for good: %s", entry.recipient, exc.message)
            return FAILED
        _temporary(box, current, exc.message, settings, now)
        return "pending"
    crashpoints.reached("send.accepted")
    try:  # right after the server's 250, before the commit: see briefing.outbox
        box.log_sent(entry, reply, utcnow())
    except OSError as exc:
        # The server has it: recorded as sent in the database all the same. Left "transmitted", it would become
        # "unknown", and `send --resend-unknown` would send it twice; without its line only a lost database
        # could send it again.
        log.warning(
            "mail to %s was accepted (%s) but could not be added to %s: %s; recorded as sent in the database only",
            entry.recipient,
            reply,
            SENT_LOG,
            exc.strerror or exc,
        )
    crashpoints.reached("send.logged")
    box.mark_sent(entry, reply, utcnow())
    return SENT


def _temporary(box: Outbox, entry: Entry, error: str, settings: Settings, now: datetime) -> None:
    if entry.attempts >= settings.smtp.max_attempts:
        box.mark_failed(entry, f"gave up after {entry.attempts} attempts: {error}", now)
        log.warning("mail to %s: gave up after %d attempts: %s", entry.recipient, entry.attempts, error)
        return
    box.mark_retry(entry, error, now + backoff(entry.attempts), now)
    log.info("mail to %s will be retried: %s", entry.recipient, error)


def outbox_for(settings: Settings, store: Store) -> Outbox:
    return Outbox(store, settings.output_dir / "outbox")


def queue(
    brief: Brief,
    rendered: Rendered,
    settings: Settings,
    store: Store,
    recipients: list[Recipient] | None = None,
) -> int:
    """Put one message per recipient (default: every configured one) for the brief's date in the outbox,
    replacing unsent older versions; return how many were queued or replaced."""
    box = outbox_for(settings, store)
    queued = 0
    pdfs: dict[frozenset[str], bytes | None] = {}
    for r in settings.recipients if recipients is None else recipients:
        msg = build_message(brief, rendered, settings, r, pdfs)
        outcome = box.enqueue(
            brief.date,
            r.address,
            settings.smtp.sender,
            str(msg["Message-ID"]),
            str(msg["Subject"]),
            msg.as_bytes(),
        )
        crashpoints.reached("queue.row-committed")
        queued += outcome in ("queued", "replaced")
        if outcome in (SENT, FAILED, UNKNOWN):
            log.info("mail for %s on %s already %s: not queued again", r.address, brief.date, outcome)
    return queued


def deliver(
    brief: Brief, rendered: Rendered, settings: Settings, store: Store, send: bool = True
) -> DeliveryReport:
    """Queue one message per recipient for the brief's date (replacing unsent older versions), then send what is due."""
    queued = queue(brief, rendered, settings, store)
    report = send_pending(settings, outbox_for(settings, store), send)
    return replace(report, queued=queued)


def deliver_pending(settings: Settings, store: Store, send: bool = True, **options: Any) -> DeliveryReport:
    """send_pending on the store's outbox (options: day, retry, now, resend_unknown). Caller holds the run lock."""
    return send_pending(settings, outbox_for(settings, store), send, **options)
