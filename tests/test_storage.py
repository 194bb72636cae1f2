"""Disks and databases that fail (issue 13.3): a read-only output folder, unwritable briefs/, archive/ or outbox/,
no space left, a database of garbage bytes or with damaged pages, a broken template. Each gives one line naming
the file and the cause and a distinct exit code (4 for storage, 2 for templates), never a traceback, and leaves
the previous brief and archive as they were; a later run repairs what was missed.

Read-only folders and full disks need mounts: the tests bind-mount a folder read-only or mount a small tmpfs when
they run as root, and otherwise make folders read-only with chmod (skipped where that does not stop writes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import brief_today
from tests.hostile_server import ROOT, make_project, write_config

pytestmark = [pytest.mark.slow, pytest.mark.model]  # whole runs in subprocesses

DAY = brief_today().isoformat()
FEED = {"name": "El Pitazo", "path": "../demo/feeds/elpitazo_2026-02-15_articles_es_relative-enclosures.xml"}
RECIPIENTS = '\n[[recipients]]\naddress = "desk@example.org"\nname = "Desk"\n'


def briefing(cfg: Path, *args: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "--config", str(cfg), *args],
        capture_output=True,
        text=True,
        cwd=cfg.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    return proc.returncode, proc.stdout, proc.stderr


def one_line_error(err: str) -> str:
    """The error line; there is exactly one (plus its hint) and no traceback."""
    assert "Traceback" not in err, err[-3000:]
    lines = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert len(lines) == 1, err[-3000:]
    return lines[0]


def mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` read-only for the duration: a read-only bind mount as root, chmod otherwise."""
    if mount("--bind", str(folder), str(folder)):
        try:
            assert mount("-o", "remount,bind,ro", str(folder), str(folder))
            yield
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")] if p.is_dir()}
    for p in modes:
        p.chmod(0o555)
    try:
        if writable(folder):
            pytest.skip("cannot make a folder read-only here (root without mount)")
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    """A project after one good run; the config path. Seeds in a folder of their own."""
    root = make_project(tmp_path / "proj")
    (root / "seeds").mkdir()
    cfg = write_config(root, [FEED], seeds="../seeds", extra=RECIPIENTS)
    code, _, err = briefing(cfg, "run", "--no-send")
    assert code == 0, err
    yield cfg


def snapshot(output: Path) -> dict[str, bytes]:
    """The brief of the day and the archive's pages, byte for byte."""
    files = [*(output / "briefs" / DAY).iterdir(), *(output / "archive").rglob("*.html")]
    return {str(p.relative_to(output)): p.read_bytes() for p in files if p.is_file()}


def add_seed(cfg: Path, n: int = 0) -> str:
    headline = f"Late seed article number {n}: ferry service resumes between the islands"
    (cfg.parent.parent / "seeds" / f"late{n}.txt").write_text(f"{headline}\n\nBoats sailed again.\n")
    return headline


def test_a_read_only_output_folder_is_one_line_and_exit_4_for_every_command(project: Path) -> None:
    output = project.parent.parent / "output"
    with read_only(output):
        for args in (["run"], ["send"], ["outbox"], ["history"]):
            code, _, err = briefing(project, *args)
            line = one_line_error(err)
            assert (
                code == 4
                and str(output) in line
                and ("read-only" in line.lower() or "denied" in line.lower())
            ), (
                args,
                err,
            )


@pytest.mark.parametrize("folder", ["briefs", "archive", "outbox"])
def test_an_unwritable_folder_keeps_the_previous_brief_and_a_later_run_repairs(
    project: Path, folder: str
) -> None:
    output = project.parent.parent / "output"
    before = snapshot(output)
    headline = add_seed(project)
    with read_only(output / folder):
        code, _, err = briefing(project, "run", "--no-send")
        line = one_line_error(err)
        assert code == 4 and str(output / folder) in line, err
        after = snapshot(output)
        if folder == "briefs":
            assert after == before
        else:  # the new brief is whole; the archive pages are the old ones
            assert {k: v for k, v in after.items() if k.startswith("archive")} == {
                k: v for k, v in before.items() if k.startswith("archive")
            }
    code, out, err = briefing(project, "run", "--no-send")
    assert code == 0, err
    assert headline in (output / "briefs" / DAY / "brief.txt").read_text(encoding="utf-8")
    code, out, _ = briefing(project, "outbox", "--date", DAY)
    assert "analyst@example.org" in out and "desk@example.org" in out
    assert len(list((output / "outbox").glob(f"{DAY}_*.eml"))) == 2


def test_no_space_left_keeps_the_previous_brief_and_archive(tmp_path: Path) -> None:
    root = make_project(tmp_path / "proj")
    (root / "seeds").mkdir()
    output = root / "output"
    output.mkdir()
    if not mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(output)):
        pytest.skip("needs root and mount to make a small tmpfs")
    try:
        cfg = write_config(root, [FEED], seeds="../seeds", extra=RECIPIENTS)
        code, _, err = briefing(cfg, "run", "--no-send")
        assert code == 0, err
        before = snapshot(output)
        filler = output / "filler"
        # fill the disk (unbuffered: a buffered file would raise again on close, with what it still holds)
        with filler.open("wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
            except OSError:
                pass
        add_seed(cfg)
        code, _, err = briefing(cfg, "run", "--no-send")
        line = one_line_error(err)
        assert code == 4 and "no space left on device" in line.lower(), err
        assert snapshot(output) == before
        filler.unlink()
        code, _, err = briefing(cfg, "run", "--no-send")
        assert code == 0, err
        assert (output / "archive" / "index.html").is_file()
    finally:
        subprocess.run(["umount", str(output)], check=True)


def test_a_database_of_garbage_bytes_is_one_line_and_exit_4(project: Path) -> None:
    db = project.parent.parent / "output" / "briefing.db"
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    db.write_bytes(os.urandom(64 * 1024))
    for args in (["run", "--no-send"], ["history"], ["send"], ["outbox"]):
        code, _, err = briefing(project, *args)
        line = one_line_error(err)
        assert code == 4 and "briefing.db" in line and "not a database" in line, (args, err)


def test_damaged_pages_are_found_at_the_start_after_a_run_that_did_not_finish(project: Path) -> None:
    output = project.parent.parent / "output"
    db = output / "briefing.db"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "--config", str(project), "run", "--no-send"],
        capture_output=True,
        cwd=project.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT), "BRIEFING_CRASH_AT": "ingest.done"},
        timeout=300,
    )
    assert proc.returncode == -9
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    assert pages > 10
    with db.open("r+b") as fh:  # damage pages in the middle of the file, leave the header and schema alone
        fh.seek(size * (pages // 2))
        fh.write(os.urandom(size * 3))
    code, _, err = briefing(project, "run", "--no-send")
    line = one_line_error(err)
    assert code == 4 and "briefing.db" in line and "damaged" in line, err


@pytest.mark.parametrize(
    "template,cause",
    [
        ("{% if %}broken{% endif %}", "Expected an expression"),
        ("{{ no_such_variable.title }}", "no_such_variable"),
    ],
    ids=["syntax error", "undefined variable"],
)
def test_a_broken_user_template_names_the_file_and_keeps_the_previous_brief(
    project: Path, template: str, cause: str
) -> None:
    output = project.parent.parent / "output"
    before = snapshot(output)
    (project.parent.parent / "templates" / "brief.html").write_text(f"<html>\n\n{template}\n</html>\n")
    add_seed(project)
    code, _, err = briefing(project, "run", "--no-send")
    line = one_line_error(err)
    assert code == 2 and "brief.html" in line and "line 3" in line and cause in line, err
    assert snapshot(output) == before
