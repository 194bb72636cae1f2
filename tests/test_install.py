"""Installed as Python users expect: the wheel built from this repository, installed outside it, gives a
working `briefing` (init, feeds, config, run) with the model in the environment; nothing is read from the
repository's config/ or templates/ folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile_server import HostileServer, static

pytestmark = [pytest.mark.slow, pytest.mark.model]
FEED = ROOT / "tests" / "data" / "feeds" / "bbc_2025-06-23_world_raw.xml"


def _sh(
    args: list[str], cwd: Path, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The wheel installed (without dependencies: they are this environment's) into a folder of its own."""
    base = tmp_path_factory.mktemp("install")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BRIEFING_CONFIG")}
    built = _sh(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(base / "dist")],
        base,
        env,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((base / "dist").glob("briefing-*.whl"))
    site = base / "site"
    done = _sh(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        base,
        env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return site, {**env, "PYTHONPATH": str(site)}


def test_a_plain_install_runs_a_cycle_from_an_empty_folder(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    site, env = installed
    work = tmp_path / "mybrief"
    where = _sh([sys.executable, "-c", "import briefing; print(briefing.__file__)"], tmp_path, env)
    assert where.stdout.strip() == str(site / "briefing" / "__init__.py")  # not the repository's copy
    briefing = [sys.executable, "-m", "briefing.cli"]
    res = _sh([*briefing, "init", str(work)], tmp_path, env)
    assert res.returncode == 0, res.stderr
    assert (work / "config" / "briefing.toml").is_file() and (work / "config" / "actors.toml").is_file()
    assert _sh([*briefing, "init", str(work)], tmp_path, env).returncode == 2  # never overwrites
    with HostileServer() as srv:
        srv.route("/world.xml", static(FEED.read_bytes()))
        res = _sh([*briefing, "feeds", "add", srv.url("/world.xml"), "--grade", "B"], work, env)
        assert res.returncode == 0, res.stderr
        res = _sh([*briefing, "config", "--json"], work, env)
        assert res.returncode == 0 and '"analysis.theatres_file"' in res.stdout
        res = _sh([*briefing, "run", "--no-send"], work, env)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "sources 2 ok / 0 failed" in res.stdout  # the feed and the (empty) seeds folder
    briefs = list((work / "output" / "briefs").glob("*/brief.html"))
    assert len(briefs) == 1 and "BBC News" in briefs[0].read_text(encoding="utf-8")
    assert (work / "output" / "archive" / "sources.html").is_file()
