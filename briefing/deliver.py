"""Deliver: build one email per recipient and write it to the outbox (sending over SMTP comes with its issue)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, format_datetime, make_msgid

from briefing.config import Settings
from briefing.files import inside, write_atomic
from briefing.models import Brief
from briefing.render import Rendered
from briefing.store import Store


@dataclass(frozen=True)
class DeliveryReport:
    queued: int = 0
    sent: int = 0
    failed: int = 0
    pending: int = 0


def build_message(brief: Brief, rendered: Rendered, settings: Settings, address: str, name: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"{brief.title} {brief.date.isoformat()}"
    msg["From"] = formataddr((settings.smtp.sender_name, settings.smtp.sender))
    msg["To"] = formataddr((name, address))
    msg["Date"] = format_datetime(brief.generated_at)
    msg["Message-ID"] = make_msgid(domain="briefing.local")
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    if rendered.pdf:
        msg.add_attachment(rendered.pdf, maintype="application", subtype="pdf", filename=f"brief-{brief.date.isoformat()}.pdf")
    return msg


def deliver(brief: Brief, rendered: Rendered, settings: Settings, store: Store, send: bool = True) -> DeliveryReport:
    outbox = settings.output_dir / "outbox"
    n = 0
    for r in settings.recipients:
        msg = build_message(brief, rendered, settings, r.address, r.name)
        write_atomic(inside(outbox, f"{brief.date.isoformat()}_{r.address.replace('@', '_at_')}.eml"), bytes(msg))
        n += 1
    return DeliveryReport(queued=n, pending=n)
