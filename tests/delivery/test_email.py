"""Email through a real SMTP server on loopback (aiosmtpd): STARTTLS, AUTH, multipart/alternative."""

from __future__ import annotations

from delivery_kit import make_edition
from newsdesk.delivery import deliver_pending, load_config, publish

EMAIL = """
[[channel]]
type = "email"
name = "mail"
host = "127.0.0.1"
port = {port}
starttls = true
ssl_cafile = "{cafile}"
username = "digest@news.example"
password_env = "TEST_SMTP_PASSWORD"
from = "newsdesk <digest@news.example>"
to = ["reader@news.example", "editor@news.example"]
timeout = 10
"""


def _config(smtp_server, write_config):
    return load_config(write_config(EMAIL.format(port=smtp_server.port, cafile=smtp_server.cafile)))


def test_an_edition_is_mailed_as_text_and_html_over_starttls_with_login(
        store, smtp_server, write_config, monkeypatch):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    config = _config(smtp_server, write_config)
    publish(store, make_edition(stories=2), config)
    publish(store, make_edition(stories=1, day="2024-03-30"), config)

    report = deliver_pending(store, config)

    assert report.sent == 2 and report.failed == []
    assert smtp_server.logins and smtp_server.logins[0] in ("LOGIN", "PLAIN")
    assert smtp_server.envelopes[0] == ("digest@news.example", ["reader@news.example", "editor@news.example"])
    first, second = smtp_server.messages
    assert first["Subject"] == "Test daily edition 2024-03-29"
    assert second["Subject"] == "Test daily edition 2024-03-30"
    assert first["From"] == "newsdesk <digest@news.example>"
    assert first["To"] == "reader@news.example, editor@news.example"
    assert first.get_content_type() == "multipart/alternative"
    text = first.get_body(("plain",))
    html = first.get_body(("html",))
    assert [p.get_content_type() for p in first.iter_parts()] == ["text/plain", "text/html"]
    assert "Story 2: harbour council vote" in text.get_content()
    assert ">Story 2: harbour council vote</h2>" in html.get_content()
    rows = store.deliveries()
    assert first["Message-ID"] == f"<newsdesk.daily.2024-03-29.{rows[0].id}@news.example>"
    assert first["Message-ID"] != second["Message-ID"]
    assert deliver_pending(store, config).sent == 0 and len(smtp_server.messages) == 2


def test_a_wrong_password_fails_the_row_and_a_later_run_with_the_right_one_sends_it_once(
        store, smtp_server, write_config, monkeypatch):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong")
    config = _config(smtp_server, write_config)
    publish(store, make_edition(), config)
    publish(store, make_edition(day="2024-03-30"), config)

    report = deliver_pending(store, config)

    assert report.sent == 0 and report.left == 1
    [(channel, _, error)] = report.failed
    assert channel == "mail" and "SMTPAuthenticationError" in error
    assert [r.status for r in store.deliveries()] == ["failed", "pending"]
    assert smtp_server.messages == []

    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    assert deliver_pending(store, _config(smtp_server, write_config)).sent == 2
    assert [m["Subject"][-10:] for m in smtp_server.messages] == ["2024-03-29", "2024-03-30"]


def test_an_untrusted_certificate_is_refused(store, smtp_server, write_config, monkeypatch, tmp_path):
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "s3cret")
    other = tmp_path / "other-ca.pem"
    import trustme

    trustme.CA().cert_pem.write_to_path(str(other))
    config = load_config(write_config(EMAIL.format(port=smtp_server.port, cafile=other)))
    publish(store, make_edition(), config)
    report = deliver_pending(store, config)
    assert "CERTIFICATE_VERIFY_FAILED" in report.failed[0][2]
    assert smtp_server.messages == []
