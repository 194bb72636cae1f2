"""Hostile seed files: binary, empty, huge, undecodable, symlinks out of the folder or in a loop, FIFOs, odd
names. Each is skipped with a reason (log, run summary, brief appendix); good seeds still arrive; no crash,
no hang, nothing from outside the folder in any output.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from markupsafe import escape

from briefing import config, ingest, pipeline
from briefing.errors import SourceError
from tests.hostile_server import decoded_outputs, make_project, write_config

MAX = 100_000  # seeds.max_bytes in these tests

GOOD = {
    "good-article.txt": "Ports reopen along the northern coast\n\nThe harbour authority said on Monday that all ports had reopened.\n",
    "good-notes.md": "# Markdown seed headline about grain exports\n\nExports resumed through the corridor.\n",
    "good-page.html": "<html><head><title>HTML seed headline on power cuts</title></head><body><p>Power returned to the city.</p></body></html>",
    "good-bom.txt": "\ufeffSeed with a byte-order mark and a \x07 bell\n\nBody text.\n",
}
GOOD_HEADLINES = [
    "Ports reopen along the northern coast",
    "Markdown seed headline about grain exports",
    "HTML seed headline on power cuts",
    "Seed with a byte-order mark and a bell",
]


@dataclass(frozen=True)
class Bad:
    """One hostile seed: how to make it in the folder, and the fragment its reason must contain."""

    name: str  # shown in the reason (file names with odd bytes are shown with U+FFFD)
    make: Callable[[Path, Path], None]  # (seeds folder, secret file) -> None
    reason: str


def _write(name: str, data: bytes) -> Callable[[Path, Path], None]:
    return lambda folder, secret: (folder / name).write_bytes(data)


def _symlink(name: str, target: Callable[[Path, Path], str | Path]) -> Callable[[Path, Path], None]:
    return lambda folder, secret: (folder / name).symlink_to(target(folder, secret))


def _sparse(folder: Path, secret: Path) -> None:
    with (folder / "sparse-4gb.txt").open("wb") as fh:
        fh.truncate(4 * 1024**3)  # 4 GB on paper, nothing on disk: must be refused by size, never read


def _fifo(folder: Path, secret: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def _loop(folder: Path, secret: Path) -> None:
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")


def _odd_name(folder: Path, secret: Path) -> None:
    raw = os.fsencode(folder) + b"/bad-\xff\xfe-name.txt"
    with open(raw, "wb") as fh:
        fh.write(b"")  # an undecodable name AND empty: the reason must still be writable as UTF-8


BAD = [
    Bad(
        "binary.txt",
        _write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        "binary file",
    ),
    Bad("empty.txt", _write("empty.txt", b""), "empty file"),
    Bad("blank.md", _write("blank.md", b" \n\t\r\n   \n"), "empty file"),
    Bad(
        "unicode-blank.txt", _write("unicode-blank.txt", "\u3000\u2028\u00a0\u2029\n".encode()), "empty file"
    ),
    Bad(
        "huge.txt", _write("huge.txt", b"A headline\n" + b"word " * (MAX // 4)), f"over the {MAX}-byte limit"
    ),
    Bad("sparse-4gb.txt", _sparse, f"over the {MAX}-byte limit"),
    Bad("latin1.txt", _write("latin1.txt", "Año nuevo en Bogotá\n".encode("latin-1")), "not UTF-8"),
    Bad("utf16.txt", _write("utf16.txt", "A UTF-16 seed\n".encode("utf-16")), "UTF-16"),
    Bad("outside.txt", _symlink("outside.txt", lambda f, s: s), "outside the seeds folder"),
    Bad("dotdot.txt", _symlink("dotdot.txt", lambda f, s: Path("..") / s.name), "outside the seeds folder"),
    Bad("zero.txt", _symlink("zero.txt", lambda f, s: "/dev/zero"), "outside the seeds folder"),
    Bad("passwd.txt", _symlink("passwd.txt", lambda f, s: "/etc/passwd"), "outside the seeds folder"),
    Bad("dangling.txt", _symlink("dangling.txt", lambda f, s: f / "no-such-file.txt"), "cannot be opened"),
    Bad("loop-a.txt", _loop, "cannot be opened"),
    Bad("pipe.txt", _fifo, "not a regular file"),
    Bad("article.pdf", _write("article.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "not a .txt, .md or .html"),
    Bad("program.exe", _write("program.exe", b"MZ\x90\x00"), "not a .txt, .md or .html"),
    Bad(
        "tags-only.html",
        _write("tags-only.html", b"<html><head></head><body><div><span></span></div></body></html>"),
        "no headline",
    ),
    Bad("hash-only.md", _write("hash-only.md", b"#\n\n"), "no headline"),
    Bad("bad-\ufffd\ufffd-name.txt", _odd_name, "empty file"),
    Bad("new line.txt", _write("new\nline.txt", b""), "empty file"),
]


def make_seeds(folder: Path, secret: Path) -> None:
    folder.mkdir(parents=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "inside-link.txt").symlink_to(folder / "good-article.txt")  # a link within the folder is fine
    (folder / "sub.txt").mkdir()  # a folder with a seed's suffix is not a seed
    (folder / "README.md").write_text("Not a seed.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Not a seed either.\n", encoding="utf-8")
    (folder / "soup.html").write_bytes(b"<title>Tag soup seed" + b"<title><head>" * 7_000)
    for bad in BAD:
        bad.make(folder, secret)


@pytest.fixture
def seeds(tmp_path: Path) -> tuple[Path, str]:
    marker = f"SEED-SECRET-{uuid.uuid4().hex}"
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{marker}\n\nA file outside the seeds folder.\n", encoding="utf-8")
    folder = tmp_path / "seeds"
    make_seeds(folder, secret)
    return folder, marker


def test_every_bad_seed_is_skipped_with_its_reason(
    seeds: tuple[Path, str], caplog: pytest.LogCaptureFixture
) -> None:
    folder, marker = seeds
    caplog.set_level(logging.WARNING, logger="briefing.ingest")
    started = time.monotonic()
    res = ingest.read_seeds(config.SeedSettings(folder=folder, max_bytes=MAX))
    assert time.monotonic() - started < 10  # no FIFO blocks, no 4 GB read
    assert res.status.status == "warning"
    assert res.status.reason.startswith(f"{len(BAD) + 1} skipped: ")  # + the second file of the symlink loop
    for bad in BAD:
        line = f"{bad.name}: "
        assert line in res.status.reason, bad.name
        part = res.status.reason.split(line, 1)[1]
        assert part.startswith(bad.reason) or bad.reason in part.split(";")[0], (bad.name, part[:80])
        assert any(bad.name in r.getMessage() for r in caplog.records), bad.name
    res.status.reason.encode("utf-8")  # writable: undecodable names shown with U+FFFD
    assert "\n" not in res.status.reason
    titles = sorted(it.title for it in res.items if not it.title.startswith("Tag soup seed"))
    assert titles == sorted([*GOOD_HEADLINES, "Ports reopen along the northern coast"])
    assert res.status.items_seen == len(GOOD) + 2
    for it in res.items:
        assert marker not in it.title + it.summary + it.content_html
        assert "\x07" not in it.title + it.summary


@pytest.mark.parametrize("bad", BAD, ids=[b.name for b in BAD])
def test_read_seed_raises_a_source_error_never_anything_else(bad: Bad, tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("secret\n", encoding="utf-8")
    bad.make(folder, secret)
    paths = [p for p in folder.iterdir() if not p.name.startswith("loop-b")]
    assert len(paths) == 1
    with pytest.raises(SourceError) as err:
        ingest.read_seed(paths[0], folder, MAX)
    assert bad.reason in err.value.message


@pytest.mark.model
def test_a_run_with_hostile_seeds_completes(
    seeds: tuple[Path, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder, marker = seeds
    root = make_project(tmp_path / "proj")
    cfg = write_config(root, [], seeds=str(folder), seed_max_bytes=MAX)
    settings = config.load(cfg, environ={})
    caplog.set_level(logging.INFO)
    summary = pipeline.run(settings, send=False)
    assert summary.failures == ()  # skipped seeds are a warning, not a failed source
    data = json.loads((summary.brief_dir / "brief.json").read_text(encoding="utf-8"))  # type: ignore[operator]
    row = next(s for s in data["sources"] if s["name"] == "seeds")
    assert row["status"] == "warning" and row["items_seen"] == len(GOOD) + 2
    page = (summary.brief_dir / "brief.html").read_text(encoding="utf-8")  # type: ignore[operator]
    assert escape(row["reason"]) in page
    for bad in BAD:
        assert f"{bad.name}: " in row["reason"]
    headlines = " ".join(s["headline"] for s in data["stories"]) + " ".join(
        it["title"] for it in data["items"]
    )
    for h in GOOD_HEADLINES:
        assert h in headlines, h
    for path, content in decoded_outputs(settings.output_dir):
        assert marker.encode() not in content, f"the outside file leaked into {path}"
        assert b"root:x:0:0" not in content, f"/etc/passwd leaked into {path}"
    assert "Traceback" not in caplog.text


def test_html_seed_tag_soup_is_linear(tmp_path: Path) -> None:
    """A lazy <title>.*?</title> or <head.*?</head> regex is quadratic on many unclosed tags."""

    def cpu_seconds(tags: int) -> float:
        page = tmp_path / f"soup{tags}.html"
        page.write_bytes(b"<title>Tag soup seed" + b"<title><head><br " * tags)
        started = time.process_time()
        item = ingest.read_seed(page, tmp_path, 10_000_000)
        spent = time.process_time() - started
        assert item.title.startswith("Tag soup seed")
        return spent

    # four times the tags, about four times the CPU (a quadratic regex: sixteen); CPU time of this process, so
    # other work on the machine does not decide the test
    small, big = cpu_seconds(25_000), cpu_seconds(100_000)
    assert big < 8 * small + 0.5, (small, big)
    assert big < 15
