"""Email over SMTP: STARTTLS, login, one multipart/alternative message (text and HTML) per row.

The message is rendered when the edition is recorded (``payload``: subject, text, html), so a
resend is the same message. Its Message-ID is derived from the outbox row: should newsdesk
die after the server took a message but before the row was marked sent, the resend carries
the same id and the receiving side can drop the duplicate.
"""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from newsdesk.delivery.config import EmailChannel
from newsdesk.errors import DeliveryError
from newsdesk.store._outbox import Delivery

log = logging.getLogger("newsdesk.delivery")


def payload(subject: str, text: str, html: str) -> str:
    """What an email outbox row holds."""
    return json.dumps({"subject": subject, "text": text, "html": html}, ensure_ascii=False)


def message_id(row: Delivery, sender: str) -> str:
    """A Message-ID that is the same every time this outbox row is sent."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "newsdesk.invalid"
    return f"<newsdesk.{row.edition_key.replace('/', '.').strip('.')}.{row.id}@{domain}>"


def build_message(channel: EmailChannel, row: Delivery) -> EmailMessage:
    data = json.loads(row.payload)
    msg = EmailMessage()
    msg["Subject"] = data["subject"]
    msg["From"] = channel.sender
    msg["To"] = ", ".join(channel.to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = message_id(row, channel.sender)
    msg.set_content(data["text"])
    msg.add_alternative(data["html"], subtype="html")
    return msg


class EmailSender:
    """One SMTP session for a run of one channel: connect, STARTTLS, login, then send rows."""

    def __init__(self, channel: EmailChannel) -> None:
        self.channel = channel
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        c = self.channel
        smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
        try:
            smtp.ehlo()
            if c.starttls:
                smtp.starttls(context=ssl.create_default_context(cafile=c.ssl_cafile))
                smtp.ehlo()
            if c.username:
                smtp.login(c.username, c.password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def send(self, row: Delivery) -> None:
        """Hand one message to the server; DeliveryError says why it was not taken."""
        c = self.channel
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            refused = self._smtp.send_message(build_message(c, row))
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise DeliveryError(f"SMTP {c.host}:{c.port}: {type(exc).__name__}: {exc}") from None
        if refused:  # the others have it: resending would give them a second copy
            log.warning("SMTP %s:%s refused %s (the other recipients got edition %s)",
                        c.host, c.port, ", ".join(refused), row.edition_key)

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._smtp.close()
            self._smtp = None
