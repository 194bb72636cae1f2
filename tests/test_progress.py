"""Progress: bars with counts for fetching, analysing and rendering on a terminal; plain lines otherwise."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from briefing import config, pipeline
from briefing.cli import cli
from tests.conftest import brief_today

pytestmark = pytest.mark.model


def test_a_terminal_gets_bars_with_counts(demo_settings: config.Settings) -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    pipeline.run(demo_settings, brief_today(), send=False, console=console)
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue())
    n = len(demo_settings.sources)
    assert re.search(rf"Fetching feeds .* {n}/{n}", screen)
    assert re.search(r"Analysing items .* (\d{2,})/\1", screen)
    assert re.search(r"Rendering formats .* 4/4", screen)


def test_not_a_terminal_gets_plain_lines(demo_dir: Path) -> None:
    try:
        result = CliRunner().invoke(
            cli, ["--config", str(demo_dir / "config" / "briefing.toml"), "run", "--no-send"]
        )
        assert result.exit_code == 0, result.stderr
        lines = [" ".join(ln.split()) for ln in result.stderr.splitlines()]
        n = len(config.load(demo_dir / "config" / "briefing.toml", environ={}).sources)
        assert f"INFO fetching {n} sources" in lines, lines
        assert any(re.fullmatch(r"INFO analysing \d+ items", ln) for ln in lines), lines
        assert any(re.fullmatch(r"INFO rendering \d+ stories in 4 formats", ln) for ln in lines), lines
        assert "\x1b[" not in result.stderr and "━" not in result.stderr
    finally:
        logging.getLogger("briefing.pipeline").setLevel(logging.NOTSET)
