"""One exception family; only the CLI turns these into exit codes."""

from __future__ import annotations


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


class StoreError(BriefingError):
    """The database cannot be reached, or refused the connection."""


class LockedError(BriefingError):
    """Another run holds the lock."""

    exit_code = 3
