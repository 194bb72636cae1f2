"""Shared fixtures: a copy of the demo config in a temp folder, so every test writes only under tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing import config

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A project-like folder: config/ (demo settings, theatres, actors), demo/feeds, demo/seeds, output/."""
    root = tmp_path / "proj"
    shutil.copytree(ROOT / "config", root / "config")
    shutil.copytree(ROOT / "demo", root / "demo")
    shutil.copytree(ROOT / "templates", root / "templates")
    for p in (root / "demo").rglob("*"):
        if p.is_file():
            p.chmod(0o644)
    return root


@pytest.fixture
def write_config(demo_dir: Path) -> Callable[[str], Path]:
    """Write a config file next to the demo one (same relative paths) and return its path."""

    def write(text: str, name: str = "test.toml") -> Path:
        path = demo_dir / "config" / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def demo_settings(demo_dir: Path) -> config.Settings:
    return config.load(demo_dir / "config" / "briefing.toml", environ={})
