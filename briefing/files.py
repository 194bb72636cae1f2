"""Crash-safe file writing: temp file in the same folder, fsync, os.replace; and a guard against escaping a root."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing.errors import BriefingError


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def write_atomic(
    path: Path,
    data: str | bytes,
    *,
    mode: int | None = None,
    check: Callable[[Path], None] | None = None,
) -> None:
    """Write `data` so that readers see either the old file or the whole new one, never half of it.

    `mode` sets the new file's permissions (default: readable by all, as the umask allows); `check(temp_path)`
    runs on the complete temp file before it replaces `path`, and whatever it raises leaves `path` untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes 0600; a brief is meant to be read and served
        os.fchmod(fd, (0o666 & ~_UMASK) if mode is None else mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if check is not None:
            check(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def inside(root: Path, *parts: str) -> Path:
    """root/parts..., refusing any result outside root (path traversal from titles or dates)."""
    target = root.joinpath(*parts).resolve()
    if not target.is_relative_to(root.resolve()):
        raise BriefingError(f"refusing to write outside {root}: {'/'.join(parts)!r}")
    return target
