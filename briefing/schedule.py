"""Schedule: APScheduler 3 runs the pipeline from the cron line in the config, and retries waiting mail.

The jobs live in a persistent job store in the briefing database, so a run missed while the scheduler was down
is caught up once when it comes back (coalesce), if it is less than schedule.misfire_grace_seconds late. The jobs
are module-level functions that take the config path (APScheduler stores a reference to the function and its
arguments, not a Settings object) and load the settings afresh each time. The pipeline's file lock keeps a
scheduled run and a manual one from overlapping.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from briefing import config, deliver, pipeline
from briefing.crontab import CrontabTrigger
from briefing.errors import BriefingError, LockedError, as_briefing_error
from briefing.store import Store

log = logging.getLogger(__name__)

JOB_ID = "daily-brief"
RETRY_JOB_ID = "outbox-retry"
JOBS_TABLE = "apscheduler_jobs"
RETRY_EVERY = timedelta(minutes=15)
LOCK_WAIT = 600.0  # a scheduled run waits this long for a manual run (or a mail retry) to finish
LOCK_POLL = 10.0


def cron_trigger(settings: config.Settings) -> CrontabTrigger:
    """The daily trigger: the config's cron line in its explicit IANA time zone, with crontab's meaning."""
    return CrontabTrigger(settings.schedule.cron, ZoneInfo(settings.schedule.timezone))


def next_runs(settings: config.Settings, count: int, now: datetime | None = None) -> list[datetime]:
    """The next `count` fire times after `now`."""
    trigger = cron_trigger(settings)
    out: list[datetime] = []
    t = trigger.get_next_fire_time(None, now or datetime.now(UTC))
    while t is not None and len(out) < count:
        out.append(t)
        t = trigger.get_next_fire_time(t, t + timedelta(seconds=1))
    return out


def last_fire_time(settings: config.Settings, now: datetime) -> datetime | None:
    """The latest scheduled time at or before `now`, looking back as far as a run may be caught up."""
    trigger = cron_trigger(settings)
    horizon = timedelta(seconds=settings.schedule.misfire_grace_seconds) + timedelta(minutes=1)
    last = None
    t = trigger.get_next_fire_time(None, now - horizon)
    for _ in range(100_000):  # a bound, for crons that fire every minute
        if t is None or t > now:
            break
        last = t
        t = trigger.get_next_fire_time(t, t + timedelta(seconds=1))
    return last


def brief_day(settings: config.Settings, now: datetime) -> date:
    """The brief date a scheduled run is for: the day of the fire time it was started for, so a run caught up
    after midnight still writes the missed day's brief."""
    fired = last_fire_time(settings, now) or now
    return fired.astimezone(ZoneInfo(settings.brief.timezone)).date()


def _record_skip(settings: config.Settings, day: date, message: str) -> None:
    store = Store(settings.database_url)
    try:
        run_id = store.start_run("schedule", day.isoformat())
        store.end_run(run_id, "skipped", {}, message)
    finally:
        store.close()


def scheduled_run(config_path: str, lock_wait: float = LOCK_WAIT, poll: float = LOCK_POLL) -> None:
    """The daily job: one pipeline run with trigger "schedule"; if another run holds the lock for longer than
    `lock_wait` seconds, the run is skipped, logged and recorded in the run history."""
    settings = config.load(Path(config_path))
    day = brief_day(settings, datetime.now(UTC))
    deadline = time.monotonic() + lock_wait
    while True:
        try:
            summary = pipeline.run(settings, day, trigger="schedule")
        except LockedError as exc:
            if time.monotonic() + poll <= deadline:
                log.info("scheduled run for %s waits: %s", day, exc.message)
                time.sleep(poll)
                continue
            log.warning("scheduled run for %s skipped: %s", day, exc.message)
            _record_skip(settings, day, f"skipped: {exc.message}")
            return
        except BriefingError as exc:
            log.error("scheduled run for %s failed: %s", day, exc)
            return
        except (OSError, SQLAlchemyError, jinja2.TemplateError) as exc:
            log.error("scheduled run for %s failed: %s", day, as_briefing_error(exc))
            return
        log.info("%s", summary.line())
        return


def retry_outbox(config_path: str) -> None:
    """The mail job: send waiting messages whose back-off has passed; skipped quietly while a run holds the lock."""
    settings = config.load(Path(config_path))
    try:
        with pipeline.run_lock(settings):
            store = Store(settings.database_url)
            try:
                report = deliver.deliver_pending(settings, store, send=True)
            finally:
                store.close()
    except LockedError:
        log.debug("mail retry skipped: a run holds the lock")
        return
    except (BriefingError, OSError, SQLAlchemyError) as exc:  # one line in the log, tried again in 15 minutes
        log.error("mail retry failed: %s", as_briefing_error(exc))
        return
    if report.sent or report.errors:
        log.info("mail retry: %d sent, %d failed, %d waiting", report.sent, report.failed, report.pending)


def _stored_next_run(jobstore: SQLAlchemyJobStore, job_id: str) -> datetime | None:
    """The next run time a previous scheduler left in the store (None if there is no such job yet)."""
    try:
        with jobstore.engine.connect() as conn:
            ts = conn.execute(
                select(jobstore.jobs_t.c.next_run_time).where(jobstore.jobs_t.c.id == job_id)
            ).scalar()
    except SQLAlchemyError:  # no table yet: a first start
        return None
    return datetime.fromtimestamp(ts, UTC) if ts is not None else None


def _forget(jobstore: SQLAlchemyJobStore, job_id: str) -> None:
    try:
        with jobstore.engine.begin() as conn:
            conn.execute(jobstore.jobs_t.delete().where(jobstore.jobs_t.c.id == job_id))
    except SQLAlchemyError:
        pass


def build_scheduler(
    settings: config.Settings,
    config_path: Path | str,
    scheduler_cls: Callable[..., BaseScheduler] = BlockingScheduler,
) -> BaseScheduler:
    """A scheduler (not started) with the daily job, and the mail retry job when an SMTP host is configured.

    Jobs are added with replace_existing, which would normally reset the stored next run time and so forget a
    run missed while the scheduler was down; a missed time is therefore carried over, and APScheduler runs it once
    (coalesce) if it is within the misfire grace time.
    """
    Store(settings.database_url).close()  # creates the database (and its folder) before APScheduler opens it
    tz = ZoneInfo(settings.schedule.timezone)
    jobstore = SQLAlchemyJobStore(url=settings.database_url, tablename=JOBS_TABLE)
    grace = settings.schedule.misfire_grace_seconds
    scheduler = scheduler_cls(
        jobstores={"default": jobstore},
        timezone=tz,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace},
    )
    now = datetime.now(UTC)
    carry: dict[str, Any] = {}
    missed = _stored_next_run(jobstore, JOB_ID)
    if missed is not None and missed <= now:
        carry["next_run_time"] = missed
    scheduler.add_job(
        scheduled_run,
        cron_trigger(settings),
        args=[str(config_path)],
        id=JOB_ID,
        name="daily brief",
        replace_existing=True,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=grace,
        **carry,
    )
    if settings.smtp.host:
        scheduler.add_job(
            retry_outbox,
            IntervalTrigger(seconds=int(RETRY_EVERY.total_seconds()), timezone=tz),
            args=[str(config_path)],
            id=RETRY_JOB_ID,
            name="send waiting mail",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=int(RETRY_EVERY.total_seconds()),
        )
    else:  # no host any more: drop a retry job an earlier configuration stored
        _forget(jobstore, RETRY_JOB_ID)
    scheduler.add_listener(_on_missed, EVENT_JOB_MISSED)
    return scheduler


def status_line(scheduler: BaseScheduler, settings: config.Settings) -> str:
    """One line on the daily job: its cron line, and its next run (or the missed one being caught up)."""
    job = scheduler.get_job(JOB_ID)
    when = job.next_run_time if job is not None else None
    if when is None:
        upcoming = "no run scheduled"
    elif when <= datetime.now(UTC):
        upcoming = f"catching up the run due at {when.isoformat()}"
    else:
        upcoming = f"next run {when.isoformat()}"
    return f"schedule: {settings.schedule.cron!r} in {settings.schedule.timezone}; {upcoming}"


def _on_missed(event: JobExecutionEvent) -> None:
    log.warning(
        "job %s missed its run at %s (more than the misfire grace time late)",
        event.job_id,
        event.scheduled_run_time,
    )
