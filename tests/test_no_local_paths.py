"""No path of this machine is published (issue 13.8): brief.json in the archive held `sources[].location` with
the absolute paths of feed files and the seeds folder. File sources are named by their source name only."""

from __future__ import annotations

import os
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.hostile_server import ROOT, make_project, write_config

pytestmark = [pytest.mark.slow, pytest.mark.model]  # whole runs in subprocesses


def published_text(output: Path) -> dict[str, str]:
    """Every published file as text: the briefs, the archive, and each decoded part of each queued email."""
    out: dict[str, str] = {}
    for folder in (output / "briefs", output / "archive"):
        for p in folder.rglob("*"):
            if p.is_file() and p.suffix in (".json", ".html", ".txt", ".xml"):
                out[str(p.relative_to(output))] = p.read_text(encoding="utf-8", errors="replace")
    for eml in (output / "outbox").glob("*.eml"):
        msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
        for n, part in enumerate(msg.walk()):
            if part.get_content_maintype() == "text":
                out[f"{eml.name}#{n}"] = str(part.get_content())
        out[f"{eml.name}#headers"] = "".join(f"{k}: {v}\n" for k, v in msg.items())
    return out


def test_the_archive_briefs_and_emails_carry_no_local_path(tmp_path: Path) -> None:
    root = make_project(tmp_path / "proj")
    feeds = [
        {
            "name": "El Pitazo",
            "path": "../demo/feeds/elpitazo_2026-02-15_articles_es_relative-enclosures.xml",
        },
        {"name": "Broken file", "path": "../demo/feeds/broken.xml"},
    ]
    (root / "demo" / "feeds" / "broken.xml").write_text("this is not a feed <<<", encoding="utf-8")
    cfg = write_config(root, feeds, pdf=False)
    proc = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "--config", str(cfg), "run", "--no-send"],
        capture_output=True,
        text=True,
        cwd=cfg.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    texts = published_text(root / "output")
    assert any(name.endswith("brief.json") for name in texts) and any(".eml#" in name for name in texts)
    leaks = {
        name: text[max(0, text.find(marker) - 80) : text.find(marker) + 80]
        for name, text in texts.items()
        for marker in (str(root), str(tmp_path), str(root.resolve()))
        if marker in text
    }
    assert leaks == {}
    brief = next(t for n, t in texts.items() if n.startswith("briefs") and n.endswith("brief.json"))
    assert "Broken file" in brief and "El Pitazo" in brief
