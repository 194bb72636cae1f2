"""Schedule: the cron trigger (day names, IANA zone, DST), the persistent job, catching up a missed run once,
the lock against overlapping runs, and runs recorded in the history. Time is moved with time-machine."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from click.testing import CliRunner

from briefing import config, crontab, pipeline, schedule
from briefing.cli import cli
from briefing.errors import LockedError
from briefing.store import Store

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 1, 5)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


@pytest.fixture
def cfg(write_config: Callable[..., Path]) -> Path:
    return write_config(
        '[schedule]\ncron = "0 6 * * mon-fri"\ntimezone = "Europe/London"\nmisfire_grace_seconds = 21600\n'
    )


@pytest.fixture
def settings(cfg: Path) -> config.Settings:
    return config.load(cfg, environ={})


@dataclass
class FakeRuns:
    """Stands in for pipeline.run: records each call and lets a test wait for the scheduler's thread."""

    calls: list[tuple[date | None, str]] = field(default_factory=list)
    events: list[JobExecutionEvent] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)

    def run(
        self,
        settings: config.Settings,
        day: date | None = None,
        send: bool = True,
        trigger: str = "manual",
        **_: Any,
    ) -> Any:
        self.calls.append((day, trigger))
        return SimpleNamespace(line=lambda: f"fake run for {day}")

    def listen(self, event: JobExecutionEvent) -> None:
        if event.job_id == schedule.JOB_ID:
            self.events.append(event)
            self.done.set()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeRuns:
    runs = FakeRuns()
    monkeypatch.setattr(pipeline, "run", runs.run)
    return runs


def stored_next_run(settings: config.Settings) -> datetime | None:
    store = SQLAlchemyJobStore(url=settings.database_url)
    try:
        return schedule._stored_next_run(store, schedule.JOB_ID)
    finally:
        store.engine.dispose()


def start_and_stop(settings: config.Settings, cfg: Path) -> None:
    """A scheduler that stores its job and goes down (before any run is due)."""
    sched = schedule.build_scheduler(settings, cfg, BackgroundScheduler)
    sched.start(paused=True)
    sched.shutdown()


def come_back(settings: config.Settings, cfg: Path, fake: FakeRuns) -> list[JobExecutionEvent]:
    """Start a scheduler on the stored job; return the daily job's first event (run, error or missed)."""
    sched = schedule.build_scheduler(settings, cfg, BackgroundScheduler)
    sched.add_listener(fake.listen, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    sched.start()
    try:
        assert fake.done.wait(10), "the scheduler did nothing"
    finally:
        sched.shutdown(wait=True)
    return fake.events


# --- the trigger ------------------------------------------------------------------------------------------------


def test_next_runs_use_day_names_and_the_time_zone_across_dst(settings: config.Settings) -> None:
    # Thursday 26 March 2026; British Summer Time starts on Sunday the 29th.
    runs = schedule.next_runs(settings, 3, now=datetime(2026, 3, 26, 12, 0, tzinfo=UTC))
    assert [r.isoformat() for r in runs] == [
        "2026-03-27T06:00:00+00:00",  # Friday
        "2026-03-30T06:00:00+01:00",  # Monday, 05:00 UTC: no runs at the weekend
        "2026-03-31T06:00:00+01:00",
    ]


@pytest.mark.parametrize(
    ("cron", "expected"),
    [
        ("0 6 * * mon-fri", "0 6 * * mon-fri"),
        ("0 6 * * 1-5", "0 6 * * mon,tue,wed,thu,fri"),
        ("0 6 * * 0", "0 6 * * sun"),
        ("0 6 * * 7", "0 6 * * sun"),
        ("0 6 * * 5-7", "0 6 * * fri,sat,sun"),
        ("30 7 * * */3", "30 7 * * sun,wed,sat"),
        ("0 6 * * mon,3", "0 6 * * mon,wed"),
        ("0 6 * * *", "0 6 * * *"),
        ("0 6 * * 9", "0 6 * * 9"),  # not understood: left for APScheduler to reject
    ],
)
def test_numeric_days_of_the_week_count_from_sunday_as_in_crontab(cron: str, expected: str) -> None:
    assert crontab.cron_with_day_names(cron) == expected


def test_1_to_5_runs_monday_to_friday(write_config: Callable[..., Path]) -> None:
    settings = config.load(write_config('[schedule]\ncron = "0 6 * * 1-5"\ntimezone = "UTC"\n'), environ={})
    runs = schedule.next_runs(settings, 5, now=datetime(2026, 1, 3, tzinfo=UTC))  # a Saturday
    assert [r.strftime("%a") for r in runs] == ["Mon", "Tue", "Wed", "Thu", "Fri"]


def test_the_daily_job_is_persistent_and_refers_to_an_importable_function(
    settings: config.Settings, cfg: Path
) -> None:
    sched = schedule.build_scheduler(settings, cfg, BackgroundScheduler)
    sched.start(paused=True)
    try:
        job = sched.get_job(schedule.JOB_ID)
        assert job.func is schedule.scheduled_run and job.func_ref == "briefing.schedule:scheduled_run"
        assert job.args == (str(cfg),)
        assert job.coalesce is True and job.max_instances == 1 and job.misfire_grace_time == 21600
        assert str(job.trigger) == "crontab[0 6 * * mon-fri]"
        assert job.trigger.timezone == LONDON
        assert sched.get_job(schedule.RETRY_JOB_ID) is None  # no SMTP host: nothing to retry
    finally:
        sched.shutdown()
    assert stored_next_run(settings) is not None  # in the briefing database


def test_with_an_smtp_host_waiting_mail_is_retried_every_15_minutes(
    write_config: Callable[..., Path],
) -> None:
    path = write_config('[smtp]\nhost = "127.0.0.1"\n')
    settings = config.load(path, environ={})
    sched = schedule.build_scheduler(settings, path, BackgroundScheduler)
    sched.start(paused=True)
    try:
        job = sched.get_job(schedule.RETRY_JOB_ID)
        assert job.func is schedule.retry_outbox and job.trigger.interval == timedelta(minutes=15)
    finally:
        sched.shutdown()


# --- catching up --------------------------------------------------------------------------------------------------


def test_a_run_missed_while_the_scheduler_was_down_is_caught_up_once(
    settings: config.Settings, cfg: Path, fake: FakeRuns
) -> None:
    with time_machine.travel(at(MONDAY, 5), tick=True):
        start_and_stop(settings, cfg)
    assert stored_next_run(settings) == at(MONDAY, 6)
    with time_machine.travel(at(MONDAY, 9), tick=True):  # back three hours late
        events = come_back(settings, cfg, fake)
    assert [e.code for e in events] == [EVENT_JOB_EXECUTED]
    assert fake.calls == [(MONDAY, "schedule")]
    assert stored_next_run(settings) == at(MONDAY + timedelta(days=1), 6)


def test_several_missed_runs_are_caught_up_as_one(
    settings: config.Settings, cfg: Path, fake: FakeRuns
) -> None:
    with time_machine.travel(at(MONDAY, 5), tick=True):
        start_and_stop(settings, cfg)
    wednesday = MONDAY + timedelta(days=2)
    with time_machine.travel(at(wednesday, 8), tick=True):  # Monday's, Tuesday's and Wednesday's runs missed
        come_back(settings, cfg, fake)
    assert fake.calls == [(wednesday, "schedule")]
    assert stored_next_run(settings) == at(wednesday + timedelta(days=1), 6)


def test_a_run_missed_by_more_than_the_grace_time_is_skipped(
    settings: config.Settings, cfg: Path, fake: FakeRuns
) -> None:
    with time_machine.travel(at(MONDAY, 5), tick=True):
        start_and_stop(settings, cfg)
    with time_machine.travel(at(MONDAY, 13), tick=True):  # seven hours late, grace is six
        events = come_back(settings, cfg, fake)
    assert [e.code for e in events] == [EVENT_JOB_MISSED] and fake.calls == []
    assert stored_next_run(settings) == at(MONDAY + timedelta(days=1), 6)


def test_a_run_caught_up_after_midnight_writes_the_missed_days_brief(
    write_config: Callable[..., Path],
) -> None:
    settings = config.load(write_config('[schedule]\ncron = "0 23 * * *"\ntimezone = "UTC"\n'), environ={})
    assert schedule.brief_day(settings, datetime(2026, 1, 5, 23, 0, 1, tzinfo=UTC)) == MONDAY
    assert schedule.brief_day(settings, datetime(2026, 1, 6, 1, 30, tzinfo=UTC)) == MONDAY  # caught up late
    assert schedule.brief_day(settings, datetime(2026, 1, 6, 12, 0, tzinfo=UTC)) == date(
        2026, 1, 6
    )  # not a catch-up


# --- overlapping runs and the history -----------------------------------------------------------------------------


def test_a_scheduled_run_never_overlaps_a_manual_one(
    settings: config.Settings, cfg: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="briefing.schedule")
    with pipeline.run_lock(settings):  # a manual run in progress
        schedule.scheduled_run(str(cfg), lock_wait=0)
    assert "skipped: another briefing run is in progress" in caplog.text
    assert not (settings.output_dir / "briefs").exists()  # nothing was run
    store = Store(settings.database_url)
    [row] = store.run_history()
    store.close()
    assert (row["trigger"], row["outcome"]) == ("schedule", "skipped")
    result = CliRunner().invoke(cli, ["--config", str(cfg), "history"])
    code, out = result.exit_code, result.stdout
    assert code == 0 and "schedule" in out and "skipped" in out


def test_a_scheduled_run_waits_for_a_manual_run_to_finish(cfg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def busy_then_free(settings: config.Settings, day: date | None = None, **kw: Any) -> Any:
        calls.append(kw.get("trigger", ""))
        if len(calls) < 3:
            raise LockedError("another briefing run is in progress")
        return SimpleNamespace(line=lambda: "done")

    monkeypatch.setattr(pipeline, "run", busy_then_free)
    schedule.scheduled_run(str(cfg), lock_wait=5, poll=0.01)
    assert calls == ["schedule"] * 3


@pytest.mark.slow  # loads the spaCy model when no other test in the process has
@pytest.mark.model
def test_a_scheduled_run_is_a_full_cycle_recorded_in_the_history(write_config: Callable[..., Path]) -> None:
    cfg = write_config(
        '[seeds]\nfolder = "../demo/seeds"\n'
    )  # one seed article, no feeds: a quick real cycle
    schedule.scheduled_run(str(cfg))
    settings = config.load(cfg, environ={})
    store = Store(settings.database_url)
    [row] = store.run_history()
    store.close()
    assert row["trigger"] == "schedule" and row["outcome"] == "ok" and row["ended"] is not None
    assert row["counts"]["stories"] >= 1 and row["counts"]["items_new"] == 1
    assert (settings.output_dir / "briefs" / str(row["brief_date"]) / "brief.json").is_file()
    result = CliRunner().invoke(cli, ["--config", str(cfg), "history"])
    assert result.exit_code == 0 and "schedule" in result.stdout


def test_schedule_next_prints_the_coming_runs(cfg: Path) -> None:
    with time_machine.travel(datetime(2026, 1, 3, 12, 0, tzinfo=UTC), tick=False):  # a Saturday
        result = CliRunner().invoke(cli, ["--config", str(cfg), "schedule", "--next", "2"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["2026-01-05T06:00:00+00:00", "2026-01-06T06:00:00+00:00"]


@pytest.fixture(autouse=True)
def _no_stray_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    stray = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    assert not stray, stray


def test_schedule_runs_until_sigterm_and_keeps_its_job(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "--config", str(cfg), "schedule"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(30, proc.kill)
    watchdog.start()
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=30)
    finally:
        watchdog.cancel()
        watchdog.join()  # a cancelled Timer's thread lives on for a moment; the stray-thread check must not see it
    assert (
        first.startswith("schedule: '0 6 * * mon-fri' in Europe/London; next run ")
        and "Ctrl-C to stop" in first
    )
    assert proc.returncode == 0, rest
    assert stored_next_run(config.load(cfg, environ={})) is not None


# --- crontab semantics: daylight saving, day of month OR day of week, 7 = Sunday ------------------------------------


def fires(cron: str, tz: str, start: datetime, end: datetime) -> list[datetime]:
    """What APScheduler's loop does with the daily trigger on a clock stepped one minute at a time from `start`
    to `end` (BaseScheduler._process_jobs: run every due time, then ask for the next after the last one)."""
    trigger = crontab.CrontabTrigger(cron, ZoneInfo(tz))
    out: list[datetime] = []
    due = trigger.get_next_fire_time(None, start)
    now = start
    while now <= end:
        if due is not None and due <= now:
            out.append(due)
            due = trigger.get_next_fire_time(due, now)
        now += timedelta(minutes=1)
    return out


@pytest.mark.parametrize(
    "tz,cron,start,local_times",
    [
        (
            "Europe/London",
            "30 1 * * *",
            datetime(2027, 10, 30, 23, 0, tzinfo=UTC),
            ["2027-10-31T01:30:00+01:00"],
        ),
        (
            "America/New_York",
            "30 1 * * *",
            datetime(2027, 11, 7, 4, 0, tzinfo=UTC),
            ["2027-11-07T01:30:00-04:00"],
        ),
        # spring forward: 01:30 does not exist that night; the run comes once, when the clocks have gone forward
        (
            "Europe/London",
            "30 1 * * *",
            datetime(2027, 3, 27, 23, 0, tzinfo=UTC),
            ["2027-03-28T02:00:00+01:00"],
        ),
        (
            "America/New_York",
            "30 2 * * *",
            datetime(2027, 3, 14, 4, 0, tzinfo=UTC),
            ["2027-03-14T03:00:00-04:00"],
        ),
    ],
)
def test_a_daylight_saving_night_runs_once(
    tz: str, cron: str, start: datetime, local_times: list[str]
) -> None:
    """issue 13.7: on the fall-back night the scheduler ran at 01:30 BST and again at 01:30 GMT."""
    got = fires(cron, tz, start, start + timedelta(hours=8))
    assert [t.astimezone(ZoneInfo(tz)).isoformat() for t in got] == local_times


def test_schedule_next_across_the_fall_back_lists_each_day_once(write_config: Callable[..., Path]) -> None:
    settings = config.load(
        write_config('[schedule]\ncron = "30 1 * * *"\ntimezone = "Europe/London"\n'), environ={}
    )
    got = schedule.next_runs(settings, 3, now=datetime(2027, 10, 31, 0, 29, tzinfo=UTC))
    assert [t.isoformat() for t in got] == [
        "2027-10-31T01:30:00+01:00",
        "2027-11-01T01:30:00+00:00",
        "2027-11-02T01:30:00+00:00",
    ]


@pytest.mark.parametrize(
    "cron,days",
    [
        # crontab: the 1st of the month OR any Monday (APScheduler alone: only a 1st that is a Monday)
        ("0 6 1 * 1", ["2026-01-01", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-01"]),
        (
            "0 6 1,15 * fri",
            ["2026-01-01", "2026-01-02", "2026-01-09", "2026-01-15", "2026-01-16", "2026-01-23"],
        ),
        # a field that starts with '*' (here */10) makes it AND again, as in Vixie cron: a Monday on the 1st,
        # 11th, 21st or 31st
        (
            "0 6 */10 * 1",
            ["2026-05-11", "2026-06-01", "2026-08-31", "2026-09-21", "2026-12-21", "2027-01-11"],
        ),
        ("0 6 * * 7", ["2026-01-04", "2026-01-11", "2026-01-18", "2026-01-25", "2026-02-01", "2026-02-08"]),
        ("0 6 * * 0", ["2026-01-04", "2026-01-11", "2026-01-18", "2026-01-25", "2026-02-01", "2026-02-08"]),
        ("0 6 * * 5-7", ["2026-01-02", "2026-01-03", "2026-01-04", "2026-01-09", "2026-01-10", "2026-01-11"]),
    ],
)
def test_crontab_day_rules(write_config: Callable[..., Path], cron: str, days: list[str]) -> None:
    """issue 13.9: Vixie cron's OR of day of month and day of week; 0 and 7 are Sunday; `5-7` is accepted."""
    settings = config.load(write_config(f'[schedule]\ncron = "{cron}"\ntimezone = "UTC"\n'), environ={})
    got = schedule.next_runs(settings, 6, now=datetime(2025, 12, 31, 12, 0, tzinfo=UTC))
    assert [t.date().isoformat() for t in got] == days
    assert {t.hour for t in got} == {6}
