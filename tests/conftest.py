"""Shared fixtures: a copy of the demo config in a temp folder, so every test writes only under tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing import actors, config
from briefing.models import Item
from briefing.text import content_hash
from tests.hostile_server import make_project

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def make_settings(
    folder: Path, theatres: str | None = None, actors: str | None = None, extra: str = ""
) -> config.Settings:
    """Settings in `folder`/config with the project's theatres.toml and actors.toml (or the given texts), output
    in `folder`/out, no sources unless `extra` (more TOML) adds some."""
    cfg = folder / "config"
    cfg.mkdir(parents=True, exist_ok=True)
    for name, text in (("theatres.toml", theatres), ("actors.toml", actors)):
        if text is None:
            shutil.copy(ROOT / "config" / name, cfg / name)
        else:
            (cfg / name).write_text(text, encoding="utf-8")
    (cfg / "briefing.toml").write_text('[brief]\noutput_dir = "../out"\n' + extra, encoding="utf-8")
    return config.load(cfg / "briefing.toml", environ={})


def make_item(title: str, summary: str, language: str = "en") -> Item:
    """An Item of source "test" published 2026-01-05, its id and content hash from its text."""
    digest = content_hash(title, summary)
    return Item(
        id=f"t{digest[:12]}",
        source="test",
        title=title,
        url="",
        published=datetime(2026, 1, 5, tzinfo=UTC),
        summary=summary,
        language=language,
        content_hash=digest,
    )


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> config.Settings:
    """make_settings in a fresh folder, shared by the tests of one module."""
    return make_settings(tmp_path_factory.mktemp("settings"))


def _no_model(model: str) -> None:
    pytest.fail(f"this test loads the spaCy model {model!r}: mark it @pytest.mark.model", pytrace=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """A test not marked `model` that reaches the spaCy model (in its fixtures too) fails, so `make test-fast`
    stays fast."""
    if item.get_closest_marker("model") is not None:
        yield
        return
    loader = actors.load_nlp
    actors.load_nlp = _no_model  # type: ignore[assignment]
    try:
        yield
    finally:
        actors.load_nlp = loader


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A project-like folder in tmp_path (config/, demo/, templates/: make_project); output/ is written there."""
    return make_project(tmp_path / "proj")


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
