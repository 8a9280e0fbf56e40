"""Delivery test kit (like builders.py): real servers on 127.0.0.1 — a Telegram Bot API
stand-in and an SMTP server with STARTTLS and AUTH (aiosmtpd, a certificate made by trustme at test time).

The stand-in checks every request the way Telegram would refuse it (token, chat, parse mode,
length, HTML tags) and records the messages it accepted, in order; scripted faults (a 429
answer, a dropped connection, a request left hanging) simulate what delivery must survive.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
from email import message_from_bytes, policy
from email.message import EmailMessage
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsdesk.models import Edition, EditionItem, EditionLink

TOKEN = "123456:TEST-token"
CHAT = "-100777"
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "s", "a", "code", "pre", "blockquote"}


def make_edition(stories: int = 3, kind: str = "daily", day: str = "2024-03-29", topic: str | None = None,
                 words: int = 30) -> Edition:
    """An invented edition: ``stories`` items, each with a development of about ``words`` words."""
    items = []
    for n in range(1, stories + 1):
        development = " ".join(f"word{n}x{i}" for i in range(words)) + " & <done>."
        link = EditionLink(100 + n, f"Report {n}", f"https://news.example/{n}?a=1&b=2", "Example Post",
                           day, ["Example Post"])
        items.append(EditionItem(
            story_id=n, title=f"Story {n}: harbour council vote", development=development,
            changes=[f"Change {n}"], quote="We will build it", quote_speaker="Helen Carter", links=[link],
        ))
    return Edition(kind=kind, date=day, topic=topic, title=f"Test {kind} edition {day}", items=items)


class TagChecker(HTMLParser):
    """Telegram's rule: only its tags, every one closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in TELEGRAM_TAGS:
            self.errors.append(f"tag <{tag}> not allowed")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")


def html_problems(text: str) -> list[str]:
    checker = TagChecker()
    checker.feed(text)
    checker.close()
    return checker.errors + [f"<{t}> left open" for t in checker.stack]


class TelegramStandIn:
    """The Bot API's sendMessage on a local port. ``accepted``: texts answered ok, in order."""

    def __init__(self) -> None:
        self.accepted: list[str] = []
        self.problems: list[str] = []
        self.requests = 0
        self.rate_limit_at: set[int] = set()  # request numbers (1-based) answered 429 once
        self.drop_after: int | None = None  # accepted count after which one request is dropped
        self.hang_after: int | None = None  # accepted count after which one request hangs
        self.hanging = threading.Event()
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                stand_in.handle(self, raw)

        return Handler

    def handle(self, h: Any, raw: bytes) -> None:
        with self.lock:
            self.requests += 1
            number = self.requests
            if h.path != f"/bot{TOKEN}/sendMessage":
                return h._answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            body = json.loads(raw)
            text = body.get("text", "")
            wrong = [f"chat_id {body.get('chat_id')!r}"] if str(body.get("chat_id")) != CHAT else []
            wrong += [] if body.get("parse_mode") == "HTML" else ["parse_mode not HTML"]
            wrong += [] if body.get("disable_web_page_preview") is True else ["web page preview on"]
            wrong += [] if 0 < len(text.encode("utf-16-le")) // 2 <= 4096 else [f"length {len(text)}"]
            wrong += html_problems(text)
            if wrong:
                self.problems += wrong
                return h._answer(400, {"ok": False, "error_code": 400, "description": "; ".join(wrong)})
            if number in self.rate_limit_at:
                return h._answer(429, {"ok": False, "error_code": 429, "parameters": {"retry_after": 1},
                                       "description": "Too Many Requests: retry after 1"})
            drop = self.drop_after is not None and len(self.accepted) == self.drop_after
            hang = self.hang_after is not None and len(self.accepted) == self.hang_after
            if not (drop or hang):
                self.accepted.append(text)
                return h._answer(200, {"ok": True, "result": {"message_id": len(self.accepted)}})
            self.drop_after = None if drop else self.drop_after
            self.hang_after = None if hang else self.hang_after
        if hang:  # outside the lock: the client waits for an answer that never comes
            self.hanging.set()
            self.release.wait(30)
        h.close_connection = True  # no answer: the message was not taken

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


class SmtpServer:
    """aiosmtpd on a free local port: STARTTLS required before AUTH (LOGIN, PLAIN)."""

    def __init__(self, tmp: Path, user: str, password: str) -> None:
        import trustme
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(context)
        self.cafile = str(tmp / "test-ca.pem")
        ca.cert_pem.write_to_path(self.cafile)
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.logins: list[str] = []
        server = self

        class Handler:
            async def handle_DATA(self, smtp: Any, session: Any, envelope: Any) -> str:  # noqa: N802
                server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
                server.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
                return "250 OK"

        def authenticate(smtp: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
            ok = data.login.decode() == user and data.password.decode() == password
            if ok:
                server.logins.append(mechanism)
            return AuthResult(success=ok, handled=False)

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, tls_context=context,
                                     require_starttls=True, auth_require_tls=True, authenticator=authenticate)
        self.controller.start()

    def close(self) -> None:
        self.controller.stop()


def telegram_toml(url: str, name: str = "tg", extra: str = "") -> str:
    return (f'[[channel]]\ntype = "telegram"\nname = "{name}"\napi_base = "{url}"\n'
            f'token_env = "TEST_TG_TOKEN"\nchat_id = "{CHAT}"\nmin_interval = 0.01\n{extra}\n')
