"""Crontab lines with crontab's meaning for APScheduler 3: day-of-week numbering and a trigger that walks the local
wall clock. Used by the scheduler and by the config check of `schedule.cron`; it imports nothing of briefing's."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # crontab numbering: 0 (and 7) = Sunday


def cron_with_day_names(expr: str) -> str:
    """Spell out numeric days of the week as names.

    Crontab counts days of the week from 0 = Sunday; APScheduler 3 counts from 0 = Monday, so "1-5" would run
    Tuesday to Saturday. Names mean the same to both. Fields that are not understood are left for APScheduler to
    reject.
    """
    fields = expr.split()
    if len(fields) != 5 or not re.search(r"\d", fields[4]):
        return expr
    days: list[str] = []
    for part in fields[4].lower().split(","):
        m = re.fullmatch(r"(\*|\d|[a-z]{3})(?:-(\d|[a-z]{3}))?(?:/([1-9]\d*))?", part)
        if not m:
            return expr
        first, last, step = m.groups()
        lo: int | None = 0
        hi: int | None = 6
        if first == "*" and last:
            return expr
        if first != "*":
            lo = _day(first)
            hi = _day(last) if last else (6 if step else lo)
        if lo is None or hi is None or lo > hi:
            return expr
        days += [_DAYS[d % 7] for d in range(lo, hi + 1, int(step or 1))]
    return " ".join([*fields[:4], ",".join(dict.fromkeys(days))])


def _day(token: str) -> int | None:
    if token.isdigit():
        return int(token) if int(token) <= 7 else None
    return _DAYS.index(token) if token in _DAYS else None


class CrontabTrigger(BaseTrigger):
    """A crontab line with crontab's meaning, in an IANA time zone.

    APScheduler's CronTrigger differs from cron in two ways that matter here: when both day of month and day of
    week are restricted it wants both (Vixie cron: either), and on a daylight-saving fall-back it fires twice at
    a repeated wall-clock time (and then keeps returning the same instant). This trigger walks the local wall
    clock instead, with CronTriggers on a zone-less clock: a repeated local time fires once (its first
    occurrence), and a time skipped by a spring-forward fires once, at the end of the gap.
    """

    def __init__(self, expr: str, timezone: ZoneInfo) -> None:
        self.expr = expr
        self.timezone = timezone
        minute, hour, dom, month, dow = cron_with_day_names(expr).split()
        either = not (dom.startswith("*") or dow.startswith("*"))  # Vixie cron: day of month OR day of week
        combos = [(dom, "*"), ("*", dow)] if either else [(dom, dow)]
        self.wall = [
            CronTrigger(minute=minute, hour=hour, day=d, month=month, day_of_week=w, timezone=UTC)
            for d, w in combos
        ]

    def __str__(self) -> str:
        return f"crontab[{self.expr}]"

    def __repr__(self) -> str:
        return f"<CrontabTrigger ({self.expr!r}, timezone={self.timezone.key!r})>"

    def _next_wall(self, after: datetime) -> datetime | None:
        """The first wall-clock time (naive) at or after `after` that the line names."""
        found = [t.get_next_fire_time(None, after.replace(tzinfo=UTC)) for t in self.wall]
        times = [f.replace(tzinfo=None) for f in found if f is not None]
        return min(times) if times else None

    def _instant(self, wall: datetime) -> datetime:
        """The instant of a local wall-clock time: the first of two on a fall-back, the gap's end on a spring-forward."""
        aware = wall.replace(tzinfo=self.timezone, fold=0)
        if aware.astimezone(UTC).astimezone(self.timezone).replace(tzinfo=None) == wall:
            return aware.astimezone(UTC)
        probe = wall
        for _ in range(24 * 60):  # no zone skips more than a day
            probe = (probe + timedelta(minutes=1)).replace(second=0, microsecond=0)
            candidate = probe.replace(tzinfo=self.timezone)
            if candidate.astimezone(UTC).astimezone(self.timezone).replace(tzinfo=None) == probe:
                return candidate.astimezone(UTC)
        return aware.astimezone(UTC)  # pragma: no cover - no such zone

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        # as CronTrigger: after the previous fire time, even when that is long past (missed runs are counted)
        floor = (
            now if previous_fire_time is None else min(now, previous_fire_time + timedelta(microseconds=1))
        )
        wall_from = floor.astimezone(self.timezone).replace(tzinfo=None)
        if previous_fire_time is not None:  # never go back over a local time already fired (a fall-back hour)
            fired_wall = previous_fire_time.astimezone(self.timezone).replace(tzinfo=None)
            wall_from = max(wall_from, fired_wall + timedelta(seconds=1))
        wall_from = wall_from.replace(microsecond=0) + (
            timedelta(seconds=1) if wall_from.microsecond else timedelta()
        )
        for _ in range(1000):
            wall = self._next_wall(wall_from)
            if wall is None:
                return None
            instant = self._instant(wall)
            if instant >= floor and (previous_fire_time is None or instant > previous_fire_time):
                return instant.astimezone(self.timezone)
            wall_from = wall + timedelta(seconds=1)
        return None
