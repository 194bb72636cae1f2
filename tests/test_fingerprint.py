"""The brief is rebuilt when what it is made from changes: the config, actors and theatres files, a template,
the code version and the sources' statuses; a rerun with none of these changed leaves it alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing import config, pipeline
from tests.conftest import brief_today

DAY = brief_today()

pytestmark = pytest.mark.model


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _edit_config(root: Path) -> None:
    path = root / "config" / "briefing.toml"
    text = path.read_text(encoding="utf-8")
    assert "max_stories_per_theatre = 12" in text
    path.write_text(
        text.replace("max_stories_per_theatre = 12", "max_stories_per_theatre = 11"), encoding="utf-8"
    )


def _edit_actors(root: Path) -> None:
    _append(root / "config" / "actors.toml", "\n# reviewed today\n")


def _edit_theatres(root: Path) -> None:
    _append(root / "config" / "theatres.toml", "\n# reviewed today\n")


def _edit_template(root: Path) -> None:
    (root / "templates" / "brief.css").write_text("body { font-size: 17px; }\n", encoding="utf-8")


def _edit_code(root: Path) -> None:
    pipeline._CODE_DIGEST = "another version"  # what a new release of the package gives


def _edit_source_status(root: Path) -> None:
    first = config.load(root / "config" / "briefing.toml", environ={}).sources[0]
    assert first.path is not None
    first.path.unlink()  # the same items stay in the store; only the source's status changes


EDITS: dict[str, Callable[[Path], None]] = {
    "config": _edit_config,
    "actors": _edit_actors,
    "theatres": _edit_theatres,
    "template": _edit_template,
    "code": _edit_code,
    "source status": _edit_source_status,
}


def test_each_edit_rebuilds_the_brief_and_nothing_else_does(demo_dir: Path) -> None:
    saved = pipeline._CODE_DIGEST
    try:
        settings = config.load(demo_dir / "config" / "briefing.toml", environ={})
        assert not pipeline.run(settings, DAY, send=False).unchanged
        assert pipeline.run(settings, DAY, send=False).unchanged  # nothing edited: nothing rebuilt
        brief = demo_dir / "output" / "briefs" / DAY.isoformat() / "brief.html"
        for what, edit in EDITS.items():
            before = brief.stat().st_mtime_ns
            edit(demo_dir)
            settings = config.load(demo_dir / "config" / "briefing.toml", environ={})
            summary = pipeline.run(settings, DAY, send=False)
            assert not summary.unchanged, what
            assert brief.stat().st_mtime_ns != before, what
            if what == "template":
                assert "font-size: 17px" in brief.read_text(encoding="utf-8")
            if what == "source status":
                assert summary.sources_failed == 1
            assert pipeline.run(settings, DAY, send=False).unchanged, what  # and then stable again
    finally:
        pipeline._CODE_DIGEST = saved
