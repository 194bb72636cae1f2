"""Settings: defaults < file < environment < flags; secrets only from the environment; relative paths from the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing import config
from briefing.errors import ConfigError


def test_demo_config_loads_with_paths_relative_to_the_file(
    demo_settings: config.Settings, demo_dir: Path
) -> None:
    assert demo_settings.output_dir.resolve() == (demo_dir / "output").resolve()
    assert demo_settings.seeds.folder.resolve() == (demo_dir / "demo" / "seeds").resolve()
    assert all(s.path is not None and s.path.is_file() for s in demo_settings.sources)
    assert demo_settings.database_url.endswith("briefing.db")


def test_environment_overrides_file_and_flags_override_environment(demo_dir: Path) -> None:
    path = demo_dir / "config" / "briefing.toml"
    s = config.load(
        path, environ={"BRIEFING_BRIEF_WINDOW_HOURS": "48", "BRIEFING_SMTP_HOST": "mail.example.org"}
    )
    assert s.brief.window_hours == 48
    assert s.smtp.host == "mail.example.org"
    s = config.load(
        path, environ={"BRIEFING_BRIEF_WINDOW_HOURS": "48"}, overrides={"brief": {"window_hours": 12}}
    )
    assert s.brief.window_hours == 12


def test_smtp_password_only_from_the_named_variable(
    write_config: Callable[[str], Path], demo_dir: Path
) -> None:
    path = demo_dir / "config" / "briefing.toml"
    s = config.load(path, environ={})
    assert s.smtp_password == ""
    bad = write_config('[smtp]\nhost = "x"\npassword = "hunter2"\n')
    with pytest.raises(ConfigError) as err:
        config.load(bad, environ={})
    assert "smtp.password" in str(err.value) and "password_env" in err.value.hint


def test_unknown_key_names_the_key_and_suggests_the_right_one(write_config: Callable[[str], Path]) -> None:
    path = write_config("[brief]\nwindow_hour = 24\n")
    with pytest.raises(ConfigError) as err:
        config.load(path, environ={})
    assert "brief.window_hour" in err.value.message
    assert "window_hours" in err.value.hint
    assert err.value.exit_code == 2


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[brief]\nwindow_hours = "many"\n', "brief.window_hours"),
        ('[schedule]\ncron = "61 6 * * *"\n', "schedule.cron"),
        ('[schedule]\ncron = "0 6 * *"\n', "schedule.cron"),
        ('[schedule]\ntimezone = "Mars/Olympus"\n', "schedule.timezone"),
        ('[[sources]]\nname = "x"\nurl = "ftp://example.org/feed"\n', "sources[0].url"),
        ('[[sources]]\nname = "x"\nurl = "https://example.org/feed"\ngrade = "Z"\n', "sources[0].grade"),
        ('[[recipients]]\naddress = "nobody"\n', "recipients[0].address"),
        ('[pdf]\npage_size = "A3"\n', "pdf.page_size"),
        ('[analysis]\nactors_file = "missing.toml"\n', "analysis.actors_file"),
    ],
)
def test_bad_values_name_their_key(write_config: Callable[[str], Path], text: str, key: str) -> None:
    path = write_config(text)
    with pytest.raises(ConfigError) as err:
        config.load(path, environ={})
    assert key in err.value.message
    assert "\n" not in err.value.message


def test_describe_lists_every_setting_with_help(demo_settings: config.Settings) -> None:
    rows = config.describe(demo_settings)
    keys = [r.key for r in rows]
    assert "brief.window_hours" in keys and "schedule.cron" in keys and "smtp.password" in keys
    assert all(r.help for r in rows if not r.key.startswith(("sources[", "recipients[")))
    password_row = next(r for r in rows if r.key == "smtp.password")
    assert password_row.value == "(not set)"
