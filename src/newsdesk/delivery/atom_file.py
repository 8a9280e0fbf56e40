"""The Atom channel: a topic's feed file, rewritten whole from its latest editions.

Writing is atomic (a temporary file in the same folder, then ``os.replace``), so a feed
reader or web server never sees half a file, and rewriting is idempotent: an outbox row that
is retried after a crash writes the same feed again.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from newsdesk.delivery.config import AtomChannel
from newsdesk.models import Edition


def feed_title(channel: AtomChannel) -> str:
    return channel.title or (f"newsdesk: {channel.topic}" if channel.topic else "newsdesk")


def write_feed(channel: AtomChannel, editions: list[Edition]) -> Path:
    """Write ``editions`` (newest first, already cut to ``keep``) as the channel's feed file."""
    from newsdesk.digest.render import render_atom_feed  # the digest owns how an edition reads

    path = Path(channel.path)
    self_url = channel.url or path.resolve().as_uri()
    text = render_atom_feed(editions, feed_title(channel), self_url)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fp:
            fp.write(text)
            fp.flush()
            os.fsync(fp.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
