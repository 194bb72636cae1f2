"""Mail headers: a sensible default sender from the SMTP settings, and RFC 8058 one-click unsubscribe when an
https unsubscribe URL is set (a mailto: address keeps the plain header)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from briefing import config, deliver, render
from briefing.config import Recipient
from briefing.errors import ConfigError
from tests.test_render import sample_brief

BASE = '[brief]\noutput_dir = "../output"\n[analysis]\ntheatres_file = "theatres.toml"\nactors_file = "actors.toml"\n'


@pytest.mark.parametrize(
    ("smtp", "sender"),
    [
        ("", "briefing@localhost"),
        ('host = "smtp.example.org"\n', "briefing@example.org"),
        ('host = "mail.corp.example.com"\n', "briefing@corp.example.com"),
        ('host = "relay.example.net"\n', "briefing@example.net"),
        ('host = "example.org"\n', "briefing@example.org"),
        ('host = "192.0.2.7"\n', "briefing@localhost"),
        ('host = "smtp.example.org"\nusername = "news@example.org"\n', "news@example.org"),
        ('host = "smtp.example.org"\nusername = "apikey"\n', "briefing@example.org"),
        ('host = "smtp.example.org"\nsender = "desk@example.com"\n', "desk@example.com"),
    ],
)
def test_default_sender_comes_from_the_smtp_settings(
    write_config: Callable[[str], Path], smtp: str, sender: str
) -> None:
    settings = config.load(write_config(BASE + "[smtp]\n" + smtp), environ={})
    assert settings.smtp.sender == sender


def _message(settings: config.Settings) -> deliver.EmailMessage:
    brief = sample_brief()
    rendered = render.Rendered(html="", text="text", json="{}", pdf=None)
    return deliver.build_message(brief, rendered, settings, Recipient(address="a@example.org", format="text"))


def test_https_unsubscribe_gets_one_click_post(demo_settings: config.Settings) -> None:
    url = "https://brief.example.org/unsubscribe?list=daily"
    settings = replace(demo_settings, smtp=replace(demo_settings.smtp, unsubscribe=url))
    msg = _message(settings)
    assert str(msg["List-Unsubscribe"]) == f"<{url}>, <mailto:brief@example.org?subject=unsubscribe>"
    assert str(msg["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click"


def test_mailto_unsubscribe_has_no_one_click_post(demo_settings: config.Settings) -> None:
    settings = replace(
        demo_settings, smtp=replace(demo_settings.smtp, unsubscribe="mailto:leave@example.org")
    )
    msg = _message(settings)
    assert str(msg["List-Unsubscribe"]) == "<mailto:leave@example.org?subject=unsubscribe>"
    assert msg["List-Unsubscribe-Post"] is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("http://brief.example.org/u", "expected an https URL"),
        ("https://exa mple.org/u", "expected an https URL"),
        ("leave at example.org", "not an address or https URL"),
    ],
)
def test_a_bad_unsubscribe_is_a_config_error(
    write_config: Callable[[str], Path], value: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        config.load(write_config(BASE + f'[smtp]\nunsubscribe = "{value}"\n'), environ={})
