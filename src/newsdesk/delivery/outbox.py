"""The outbox: plan an edition's messages, record them, then send whatever is still owed.

Never twice, never lost: ``publish`` renders every message an edition becomes on each
channel that wants it and records them with the edition in one transaction, before anything
is sent. ``deliver_pending`` then walks each channel's open rows in order and marks each
sent the moment the channel accepted it. A crash or a failing channel leaves exactly the
unsent rows open; the next run sends those, in order, and nothing that went out already.
The one window left is between a channel's "ok" and the commit of that row: email carries a
Message-ID derived from the row for that case.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from newsdesk.delivery import email as email_channel
from newsdesk.delivery.config import AtomChannel, Channel, DeliveryConfig, EmailChannel, TelegramChannel
from newsdesk.delivery.telegram_html import edition_blocks, split_messages
from newsdesk.errors import DeliveryError
from newsdesk.models import Edition
from newsdesk.store import Store
from newsdesk.store._outbox import Delivery, PlannedMessage

log = logging.getLogger("newsdesk.delivery")


def plan(edition: Edition, channels: tuple[Channel, ...]) -> list[PlannedMessage]:
    """The messages ``edition`` becomes on each channel that wants its kind and topic."""
    from newsdesk.digest import render

    planned: list[PlannedMessage] = []
    for ch in channels:
        if not ch.wants(edition.kind, edition.topic):
            continue
        if isinstance(ch, TelegramChannel):
            parts = split_messages(edition_blocks(edition), ch.max_chars)
            planned += [PlannedMessage(ch.name, n, len(parts), text) for n, text in enumerate(parts, 1)]
        elif isinstance(ch, EmailChannel):
            subject = edition.title or f"newsdesk {edition.kind} edition, {edition.date}"
            body = email_channel.payload(subject, render(edition, "text"), render(edition, "html"))
            planned.append(PlannedMessage(ch.name, payload=body))
        else:
            planned.append(PlannedMessage(ch.name))
    return planned


def publish(store: Store, edition: Edition, config: DeliveryConfig) -> int | None:
    """Record the edition and its outbox rows (one transaction); None if it was published before."""
    messages = plan(edition, config.channels)
    edition_id = store.record_outbox(edition, messages)
    if edition_id is None:
        log.info("edition %s/%s/%s was published before: not again", edition.kind, edition.date,
                 edition.topic or "")
    else:
        log.info("recorded edition %s %s%s (%d stories): %d messages to send", edition.kind, edition.date,
                 f" [{edition.topic}]" if edition.topic else "", len(edition.items), len(messages))
    return edition_id


@dataclass
class DeliveryReport:
    """What one ``deliver_pending`` run did: rows sent, rows failed (with why), rows left open."""

    sent: int = 0
    failed: list[tuple[str, int, str]] = field(default_factory=list)
    left: int = 0


Sender = Callable[[Delivery], None]


def _senders(store: Store, ch: Channel) -> tuple[Sender, Callable[[], None]]:
    """A function sending one row on the channel, and one closing its connection."""
    if isinstance(ch, TelegramChannel):
        from newsdesk.delivery.telegram import TelegramSender

        tg = TelegramSender(ch)
        return (lambda row: tg.send(row.payload)), tg.close
    if isinstance(ch, EmailChannel):
        mail = email_channel.EmailSender(ch)
        return mail.send, mail.close
    assert isinstance(ch, AtomChannel)
    from newsdesk.delivery.atom_file import write_feed

    def atom(row: Delivery) -> None:
        try:
            write_feed(ch, store.channel_editions(ch.name, ch.keep))
        except OSError as exc:
            raise DeliveryError(f"cannot write feed {ch.path}: {exc}") from None

    return atom, lambda: None


def deliver_pending(store: Store, config: DeliveryConfig) -> DeliveryReport:
    """Send every open outbox row, channel by channel, each channel's rows in order.

    A row that fails is marked failed with the error and stops its channel for this run (the
    rest stay pending, so the order holds); the other channels go on.
    """
    report = DeliveryReport()
    known = {ch.name for ch in config.channels}
    for ch in config.channels:
        rows = store.open_deliveries(ch.name)
        if not rows:
            continue
        send, close = _senders(store, ch)
        try:
            for n, row in enumerate(rows):
                try:
                    send(row)
                except DeliveryError as exc:
                    store.mark_failed(row.id, str(exc))
                    report.failed.append((ch.name, row.id, str(exc)))
                    report.left += len(rows) - n - 1
                    log.error("%s: edition %s part %d/%d failed (%s); %d more wait for the next run",
                              ch.name, row.edition_key, row.part, row.parts, exc, len(rows) - n - 1)
                    break
                store.mark_sent(row.id)
                report.sent += 1
                log.info("%s: sent edition %s part %d/%d", ch.name, row.edition_key, row.part, row.parts)
        finally:
            close()
    for name in (c for c in store.open_channels() if c not in known):
        log.warning("outbox rows for channel %s wait, but the config has no such channel", name)
    return report
