"""The command line: help that explains, settings printed, OPML import, one-line summary, exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import config
from briefing.cli import cli

DATA = Path(__file__).parent / "data"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_every_stage_command() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    for command in ("run", "analyse", "archive", "config", "feeds", "history"):
        assert re.search(rf"^\s+{command}\s", out, re.M), command
    code, out, _ = invoke("run", "--help")
    assert code == 0 and "--date" in out and "--no-send" in out and "summary" in out


def test_config_prints_effective_settings(demo_dir: Path) -> None:
    cfg = str(demo_dir / "config" / "briefing.toml")
    code, out, _ = invoke("--config", cfg, "config", "--json")
    assert code == 0
    assert '"schedule.cron": "0 6 * * mon-fri"' in out
    assert '"smtp.password": "(not set)"' in out


def test_bad_config_is_one_line_and_exit_2(write_config) -> None:
    path = write_config("[brief]\nwindow_hour = 24\n")
    code, out, err = invoke("--config", str(path), "config")
    assert code == 2
    assert err.startswith("error: unknown setting 'brief.window_hour'")
    assert "window_hours" in err and "Traceback" not in err + out


@pytest.mark.model
def test_run_prints_the_summary_line(demo_dir: Path) -> None:
    cfg = str(demo_dir / "config" / "briefing.toml")
    code, out, _ = invoke("--config", cfg, "run", "--no-send")
    assert code == 0
    last = out.strip().splitlines()[-1]
    assert re.match(
        r"briefing \d{4}-\d\d-\d\d: sources 11 ok / 0 failed, items \d+ new / \d+ total, \d+ stories, \d+ flagged claims, .* s",
        last,
    ), last
    code, out, _ = invoke("--config", cfg, "history")
    assert code == 0 and "manual" in out


def test_run_with_a_bad_date_is_exit_2(demo_dir: Path) -> None:
    code, _, err = invoke(
        "--config", str(demo_dir / "config" / "briefing.toml"), "run", "--date", "2026-13-01"
    )
    assert code == 2 and "YYYY-MM-DD" in err


def test_feeds_import_appends_new_sources_once(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    opml = str(DATA / "opml" / "plenary_countries_russia.opml")
    code, out, _ = invoke("--config", str(cfg), "feeds", "import", opml, "--append")
    assert code == 0 and "added 13 of 13" in out
    before = len(config.load(demo_dir / "config" / "briefing.toml", environ={}).sources) - 13
    settings = config.load(cfg, environ={})
    assert before == 10 and len(settings.sources) == before + 13
    assert any(s.name == 'Газета "Коммерсантъ". Главное' for s in settings.sources)
    code, out, _ = invoke("--config", str(cfg), "feeds", "import", opml, "--append")
    assert code == 0 and "added 0 of 13" in out


def test_feeds_import_prints_toml_by_default() -> None:
    code, out, _ = invoke("feeds", "import", str(DATA / "opml" / "plenary_countries_united-states.opml"))
    assert code == 0
    assert out.count("[[sources]]") == 10
    assert 'name = "NYT > Top Stories"' in out
