"""The delivery config file: the documented example loads; mistakes are named precisely."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from newsdesk.delivery.config import AtomChannel, EmailChannel, TelegramChannel, load_config
from newsdesk.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "newsdesk.toml"
SECRETS = {"NEWSDESK_SMTP_PASSWORD": "pw", "NEWSDESK_TELEGRAM_TOKEN": "1:tok"}


def test_the_example_file_loads_with_its_secrets_from_the_environment():
    config = load_config(str(EXAMPLE), env=SECRETS)
    assert config.schedule.timezone == "Europe/Berlin"
    assert config.schedule.daily_time == time(7, 0) and config.schedule.daily_days == (0, 1, 2, 3, 4)
    assert config.schedule.weekend_time == time(9, 0) and config.schedule.weekend_day == 5
    kinds = [type(c) for c in config.channels]
    assert AtomChannel in kinds and EmailChannel in kinds and TelegramChannel in kinds
    mail = next(c for c in config.channels if isinstance(c, EmailChannel))
    assert mail.password == "pw" and "pw" not in repr(mail)
    bot = next(c for c in config.channels if isinstance(c, TelegramChannel))
    assert bot.token == "1:tok" and "1:tok" not in repr(bot)
    assert None in config.topics()


def test_a_missing_secret_names_its_variable():
    with pytest.raises(ConfigError, match="NEWSDESK_TELEGRAM_TOKEN"):
        load_config(str(EXAMPLE), env={"NEWSDESK_SMTP_PASSWORD": "pw"})


def test_the_path_comes_from_the_option_or_the_environment(monkeypatch):
    monkeypatch.delenv("NEWSDESK_CONFIG", raising=False)
    with pytest.raises(ConfigError, match="--config FILE or set NEWSDESK_CONFIG"):
        load_config(None)
    monkeypatch.setenv("NEWSDESK_CONFIG", str(EXAMPLE))
    assert load_config(None, env=SECRETS).path == str(EXAMPLE)


@pytest.mark.parametrize(("text", "message"), [
    ('[schedule]\ntimezone = "Mars/Olympus"\n', "timezone 'Mars/Olympus' is unknown"),
    ('[schedule]\ndaily_time = "7am"\n', "daily_time must be HH:MM"),
    ('[schedule]\nweekend_day = "caturday"\n', "weekend_day 'caturday' is not a day"),
    ('[[channel]]\ntype = "pigeon"\n', "channel 1 has type 'pigeon'"),
    ('[[channel]]\ntype = "atom"\npath = "a.xml"\npaht = "b"\n', "channel 1 (atom): unknown key paht"),
    ('[[channel]]\ntype = "email"\nhost = "h"\nfrom = "a@b"\n', "channel 1 (email): to is required"),
    ('[[channel]]\ntype = "atom"\npath = "a.xml"\nkinds = ["hourly"]\n', "kinds must be some of"),
    ('[[channel]]\ntype = "atom"\npath = "a.xml"\n[[channel]]\ntype = "atom"\npath = "a.xml"\n',
     "repeated: atom:a.xml"),
    ("[schedule\n", "is unreadable"),
])
def test_mistakes_are_named(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=str(path)) as caught:
        load_config(str(path), env={})
    assert message in str(caught.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="nothere.toml does not exist"):
        load_config(str(tmp_path / "nothere.toml"))
