"""One exception family; only the CLI turns these into exit codes."""

from __future__ import annotations

import errno
from typing import Any


class BriefingError(Exception):
    """Base error: a message for the user and a hint on what to do about it."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} (hint: {self.hint})" if self.hint else self.message


class ConfigError(BriefingError):
    """A setting is unknown, of the wrong type, or points at something missing."""

    exit_code = 2


class SourceError(BriefingError):
    """One source could not be read; the run goes on without it."""


class DeliveryError(BriefingError):
    """A message could not be sent; `permanent` says whether a retry can help."""

    def __init__(self, message: str, hint: str = "", permanent: bool = False) -> None:
        super().__init__(message, hint)
        self.permanent = permanent


class LockedError(BriefingError):
    """Another run holds the lock."""

    exit_code = 3


class StorageError(BriefingError):
    """A file or the database cannot be read or written: a read-only or full disk, a damaged database."""

    exit_code = 4


_DISK_HINTS = {
    errno.ENOSPC: "free some space (the previous brief, archive and outbox are kept) and run again",
    errno.EDQUOT: "free some space (the previous brief, archive and outbox are kept) and run again",
    errno.EROFS: "the file system is read-only: point brief.output_dir at a writable folder",
    errno.EACCES: "make the folder writable for this user, or point brief.output_dir elsewhere",
    errno.EPERM: "make the folder writable for this user, or point brief.output_dir elsewhere",
}


def as_briefing_error(exc: BaseException) -> BriefingError:
    """One line naming the file (or template, or database) and the cause, for an OSError, a database error or
    a Jinja template error; anything else is returned as a plain BriefingError."""
    import jinja2
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, BriefingError):
        return exc
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where = exc.filename or exc.name or "a template"
        return ConfigError(
            f"template {where}, line {exc.lineno}: {exc.message}",
            "fix the template, or remove it from brief.templates_dir to use the built-in one",
        )
    if isinstance(exc, jinja2.TemplateError):
        where = _template_frame(exc)
        return ConfigError(
            f"template {where}: {exc.message or type(exc).__name__}",
            "fix the template (the template context is in the README), or remove it to use the built-in one",
        )
    if isinstance(exc, DBAPIError):
        return _db_error(exc)
    if not isinstance(exc, OSError):
        return BriefingError(f"{type(exc).__name__}: {exc}")
    name = exc.filename if exc.filename is not None else "a file"
    hint = _DISK_HINTS.get(exc.errno or 0, "check the path and its permissions")
    return StorageError(f"cannot use {name}: {exc.strerror or exc}", hint)


def _db_error(exc: Any) -> StorageError:
    reason = " ".join(str(exc.orig).split())[:200]
    return StorageError(
        f"database error: {reason}",
        "check database_url; a damaged SQLite file can be restored from a backup or moved aside",
    )


def _template_frame(exc: BaseException) -> str:
    """The template file and line a rendering error came from (Jinja puts template frames in the traceback)."""
    found = "a template"
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".html", ".txt", ".xml", ".css")):
            found = f"{name}, line {tb.tb_lineno}"
        tb = tb.tb_next
    return found
