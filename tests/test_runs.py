"""The run history and the start-up checks (issue 13.10): a killed run is marked "interrupted" at the next
start, a message refused for good shows in the history, an actor alias that would match nearly everything is
refused before anything is fetched, and a lost database does not send the day's mail again (outbox/sent.log)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile_server import ROOT, make_project, write_config
from tests.smtp_server import SmtpServer

pytestmark = [pytest.mark.slow, pytest.mark.model]  # whole runs in subprocesses

FEED = {"name": "El Pitazo", "path": "../demo/feeds/elpitazo_2026-02-15_articles_es_relative-enclosures.xml"}
DESK = '\n[[recipients]]\naddress = "desk@example.org"\nname = "Desk"\n'


def briefing(cfg: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "--config", str(cfg), *args],
        capture_output=True,
        text=True,
        cwd=cfg.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=300,
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "proj")
    (root / "seeds").mkdir()
    return write_config(root, [FEED], seeds="../seeds", extra=DESK)


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with SmtpServer() as srv:
        yield srv


def smtp_env(server: SmtpServer) -> dict[str, str]:
    return {
        "BRIEFING_SMTP_HOST": "127.0.0.1",
        "BRIEFING_SMTP_PORT": str(server.port),
        "BRIEFING_SMTP_SECURITY": "none",
    }


def history_rows(cfg: Path) -> list[str]:
    code, out, err = briefing(cfg, "history")
    assert code == 0, err
    return [line for line in out.splitlines() if line.strip().startswith("│")]


def test_a_killed_run_is_marked_interrupted_at_the_next_start(project: Path) -> None:
    code, _, _ = briefing(project, "run", "--no-send", env={"BRIEFING_CRASH_AT": "analysis.done"})
    assert code == -9
    assert any("running" in row for row in history_rows(project))
    code, _, err = briefing(project, "run", "--no-send")
    assert code == 0, err
    rows = history_rows(project)
    assert not any("running" in row for row in rows)
    assert sum("interrupted" in row for row in rows) == 1 and sum(" ok " in row for row in rows) == 1


def test_a_message_refused_for_good_shows_in_the_history(project: Path, server: SmtpServer) -> None:
    server.handler.rcpt_replies["desk@example.org"] = ["550 5.1.1 no such user"]
    code, out, err = briefing(project, "run", env=smtp_env(server))
    assert code == 0, err
    assert "1 failed" in out
    [row] = history_rows(project)
    assert "mail failed" in row and "1 refused for good" in row and " ok " not in row


@pytest.mark.parametrize("alias", [".", "A", "--", " ", "·"])
def test_an_actor_alias_that_matches_almost_anything_is_refused_at_start_up(
    project: Path, alias: str
) -> None:
    actors = project.parent / "actors.toml"
    actors.write_text(
        actors.read_text(encoding="utf-8")
        + f'\n[[actors]]\nname = "Donald Trump"\nkind = "person"\naliases = ["Trump", "{alias}"]\n',
        encoding="utf-8",
    )
    code, _, err = briefing(project, "run", "--no-send")
    assert code == 2 and "Traceback" not in err, err
    assert "actors.toml" in err and "too short" in err and repr(alias) in err
    assert not (project.parent.parent / "output" / "briefing.db").exists()  # nothing fetched or stored


def test_a_lost_database_does_not_send_the_days_mail_again(project: Path, server: SmtpServer) -> None:
    env = smtp_env(server)
    code, _, err = briefing(project, "run", env=env)
    assert code == 0, err
    assert len(server.received) == 2
    output = project.parent.parent / "output"
    for name in ("briefing.db", "briefing.db-wal", "briefing.db-shm"):
        (output / name).unlink(missing_ok=True)
    code, out, err = briefing(project, "run", env=env)
    assert code == 0, err
    code, _, err = briefing(project, "send", "--retry", env=env)
    assert code == 0, err
    assert len(server.received) == 2 and set(server.by_message_id().values()) == {1}
    code, out, _ = briefing(project, "outbox", "--status", "sent")
    assert "analyst@example.org" in out and "desk@example.org" in out
