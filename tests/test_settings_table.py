"""The settings table is the one source of types, defaults and allowed values; the environment is checked too."""

from __future__ import annotations

import typing
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from briefing import config
from briefing.errors import ConfigError


def test_every_declared_type_is_one_the_loader_converts() -> None:
    for cls in [*config.SECTIONS.values(), *config.TABLES.values()]:
        for name, t in typing.get_type_hints(cls).items():
            assert t in config._CONVERTERS or config._path_type(t)[0], (cls.__name__, name, t)


def test_each_declared_default_is_allowed_by_its_own_declaration() -> None:
    for where, cls in [*config.SECTIONS.items(), *config.TABLES.items()]:
        for f in config.fields(cls):
            default = f.default_factory() if callable(f.default_factory) else f.default
            if default is not None and not isinstance(default, Path):
                config._check_allowed(f"{where}.{f.name}", default, f)


def test_a_mistyped_variable_is_refused_with_the_right_name_as_hint(demo_dir: Path) -> None:
    path = demo_dir / "config" / "briefing.toml"
    with pytest.raises(ConfigError) as err:
        config.load(path, environ={"BRIEFING_FETCH_TIMEOT": "5"})
    assert err.value.message == "unknown setting 'BRIEFING_FETCH_TIMEOT' in the environment"
    assert err.value.hint == "did you mean 'BRIEFING_FETCH_TIMEOUT'?"
    assert err.value.exit_code == 2


def test_variables_that_are_not_settings_are_accepted(write_config: Callable[[str], Path]) -> None:
    path = write_config('[smtp]\npassword_env = "BRIEFING_MAIL_SECRET"\n')
    s = config.load(path, environ={"BRIEFING_CONFIG": str(path), "BRIEFING_MAIL_SECRET": "s3cret"})
    assert s.smtp.password_env == "BRIEFING_MAIL_SECRET"
    with pytest.raises(ConfigError, match="BRIEFING_SMTP_PASWORD"):
        config.load(path, environ={"BRIEFING_SMTP_PASWORD": "typo"})


def test_defaults_in_the_table_are_the_ones_used(write_config: Callable[[str], Path]) -> None:
    """A relative default is resolved like a relative value in the file: against the config file's folder."""
    path = write_config("")
    s = config.load(path, environ={})
    folder = path.parent.resolve()
    assert s.brief.output_dir == folder / config.BriefSettings().output_dir
    assert s.seeds.folder == folder / config.SeedSettings().folder
    assert s.analysis.theatres_file == folder / config.AnalysisSettings().theatres_file
    assert s.fetch == config.FetchSettings()
    # an empty sender is derived from the SMTP settings, as its help says
    smtp = config.SmtpSettings()
    assert (
        s.smtp == replace(smtp, sender=config.default_sender(smtp)) and s.smtp.sender == "briefing@localhost"
    )


def test_a_flag_path_is_relative_to_the_working_directory(
    write_config: Callable[[str], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_config('[brief]\noutput_dir = "from-file"\n')
    here = tmp_path / "elsewhere"
    here.mkdir()
    monkeypatch.chdir(here)
    assert config.load(path, environ={}).output_dir == path.parent.resolve() / "from-file"
    s = config.load(path, environ={}, overrides={"brief": {"output_dir": "from-flag"}})
    assert s.output_dir == here / "from-flag"
