"""delivery: editions sent to their channels (Atom feed files, email, Telegram) through an outbox.

``load_config`` reads the delivery config file; ``publish`` records an edition with every
message it becomes, before anything is sent; ``deliver_pending`` sends what is still owed;
``run_service`` is ``newsdesk run``'s loop (watch, publish on schedule, deliver).
"""

from __future__ import annotations

from newsdesk.delivery.config import DeliveryConfig, Schedule, load_config
from newsdesk.delivery.outbox import DeliveryReport, deliver_pending, plan, publish
from newsdesk.delivery.schedule import last_due, next_due

__all__ = [
    "DeliveryConfig",
    "DeliveryReport",
    "Schedule",
    "deliver_pending",
    "last_due",
    "load_config",
    "next_due",
    "plan",
    "publish",
]
