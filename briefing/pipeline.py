"""The one orchestrator: ingest -> analyse -> compose -> render -> deliver -> archive. The CLI and the scheduler call `run`."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from filelock import FileLock, Timeout
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from briefing import (
    actors,
    analyse,
    archive,
    compose,
    crashpoints,
    deliver,
    engine,
    ingest,
    render,
    serialize,
)
from briefing.config import Settings, read_toml
from briefing.errors import BriefingError, LockedError
from briefing.files import inside, write_atomic
from briefing.ingest import fulltext
from briefing.models import Brief, SourceStatus
from briefing.store import Store

log = logging.getLogger(__name__)
FAILED = ("error", "gone")


@dataclass(frozen=True)
class RunSummary:
    """What one cycle did; `line()` is the one-line summary printed at the end of a run."""

    date: date
    sources_ok: int
    sources_failed: int
    items_new: int
    items_total: int
    items_in_window: int
    stories: int
    claims: int
    seconds: float
    queued: int = 0
    sent: int = 0
    send_failed: int = 0
    pending: int = 0
    unknown: int = 0
    unchanged: bool = False
    brief_dir: Path | None = None
    failures: tuple[str, ...] = ()
    mail_note: str = ""  # why mail is waiting, e.g. "no SMTP host configured"
    sources_down: tuple[str, ...] = ()  # failed feeds, when more than brief.sources_down_share failed
    warnings: tuple[str, ...] = ()  # problems worth a line that are not failed sources (no seeds folder)

    def line(self) -> str:
        parts = [
            f"briefing {self.date.isoformat()}:",
            f"sources {self.sources_ok} ok / {self.sources_failed} failed,",
            f"items {self.items_new} new / {self.items_total} total,",
            f"{self.stories} stories, {self.claims} flagged claims,",
            f"mail {self.sent} sent / {self.pending} pending"
            + (f" ({self.mail_note})" if self.mail_note else "")
            + f" / {self.send_failed} failed"
            + (f" / {self.unknown} unknown" if self.unknown else "")
            + ",",
            f"{self.seconds:.1f} s" + (" (nothing new: brief unchanged)" if self.unchanged else ""),
        ]
        if self.sources_down:
            parts.append(f"; SOURCES DOWN: {len(self.sources_down)} feeds failed")
        parts.extend(f"; warning: {w}" for w in self.warnings)
        return " ".join(parts)

    def counts(self) -> dict[str, Any]:
        return {
            "sources_ok": self.sources_ok,
            "sources_failed": self.sources_failed,
            "items_new": self.items_new,
            "items_total": self.items_total,
            "stories": self.stories,
            "claims": self.claims,
            "sent": self.sent,
            "pending": self.pending,
            "send_failed": self.send_failed,
            "unknown": self.unknown,
            "seconds": round(self.seconds, 2),
            "sources_down": len(self.sources_down),
        }


def coverage_window(day: date, settings: Settings) -> tuple[datetime, datetime]:
    """The window ends at midnight after `day` in the brief's time zone and reaches back window_hours."""
    tz = ZoneInfo(settings.brief.timezone)
    end = datetime.combine(day + timedelta(days=1), dtime(0, 0), tzinfo=tz)
    return end - timedelta(hours=settings.brief.window_hours), end


def today(settings: Settings) -> date:
    return datetime.now(ZoneInfo(settings.brief.timezone)).date()


@contextmanager
def run_lock(settings: Settings) -> Iterator[None]:
    """One run at a time per output folder: a manual `run` and the scheduled one never overlap."""
    settings.output_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.output_dir / ".briefing.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise LockedError(
            "another briefing run is in progress",
            f"wait for it, or remove {lock.lock_file} if no run is alive",
        ) from None
    try:
        yield
    finally:
        lock.release()


def _file_digest(h: Any, path: Path | None, label: str) -> None:
    """Feed one file's name and bytes into `h` ("missing" when it cannot be read)."""
    h.update(f"{label}:{path.name if path else ''}\n".encode())
    try:
        h.update(path.read_bytes() if path is not None else b"none")
    except OSError:
        h.update(b"missing")
    h.update(b"\n")


def _config_digest(h: Any, path: Path | None) -> None:
    """Feed the settings file into `h` as parsed values, less [smtp] and [[recipients]]: who gets the brief and
    how it is sent do not change the brief (a recipient added later is queued on the unchanged brief)."""
    try:
        data = read_toml(path, "") if path is not None else {}
    except (OSError, BriefingError):
        data = {"missing": True}
    data = {k: v for k, v in data.items() if k not in ("smtp", "recipients")}
    h.update(b"config:" + json.dumps(data, sort_keys=True, default=str).encode() + b"\n")


def _folder_digest(h: Any, folder: Path, label: str) -> None:
    if not folder.is_dir():
        h.update(f"{label}: none\n".encode())
        return
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            _file_digest(h, p, f"{label}/{p.relative_to(folder)}")


_CODE_DIGEST: str = ""


def code_digest() -> str:
    """The code version: the package version and the bytes of its modules, templates and data (once a process)."""
    global _CODE_DIGEST
    if not _CODE_DIGEST:
        from briefing import __version__

        h = hashlib.sha256(__version__.encode())
        package = Path(__file__).resolve().parent
        for p in sorted(package.rglob("*")):
            if p.is_file() and p.suffix not in (".pyc",) and "__pycache__" not in p.parts:
                _file_digest(h, p, str(p.relative_to(package)))
        _CODE_DIGEST = h.hexdigest()
    return _CODE_DIGEST


def _fingerprint(items: list[Any], statuses: list[SourceStatus], settings: Settings) -> str:
    """What today's brief is made from: when this is unchanged, so is the brief, and the run skips the work.

    Items (id and content), each source's status (a 304 counts as ok), the config file's values (less the mail
    settings and recipients), the contents of the theatres and actors files and of the user's templates, and the
    code version (modules, built-in templates, data).
    """
    h = hashlib.sha256()
    for it in sorted(items, key=lambda i: i.id):
        h.update(f"{it.id}:{it.content_hash}\n".encode())
    for s in sorted(statuses, key=lambda s: s.name):
        st = "ok" if s.status == "not-modified" else s.status
        h.update(f"{s.name}:{st}:{s.reason if st != 'ok' else ''}\n".encode())
    h.update(
        repr(
            (
                settings.brief,
                settings.pdf,
                settings.analysis,
                settings.desk,
                [(s.name, s.publisher, s.grade, sorted(s.grades.items())) for s in settings.sources],
            )
        ).encode()
    )
    _config_digest(h, settings.config_path)
    _file_digest(h, settings.analysis.theatres_file, "theatres")
    _file_digest(h, settings.analysis.actors_file, "actors")
    user_templates = render.template_paths(settings)[:-1]
    for folder in user_templates:
        _folder_digest(h, Path(folder), "templates")
    h.update(code_digest().encode())
    return h.hexdigest()


def _local_roots(settings: Settings) -> list[str]:
    """Folders of this machine that must not appear in what is published, longest first."""
    roots: set[Path] = {settings.output_dir, settings.seeds.folder, Path.home()}
    if settings.config_path is not None:
        roots.add(settings.config_path.parent)
    roots.update(s.path.parent for s in settings.sources if s.path is not None)
    out = {str(r) for r in roots} | {str(r.resolve()) for r in roots}
    return sorted((r for r in out if r not in ("", "/", ".")), key=len, reverse=True)


def public_statuses(statuses: list[SourceStatus], settings: Settings) -> list[SourceStatus]:
    """The source statuses as the brief publishes them: a file source is named by its source name only (no
    location), and a local path in a reason is cut to its file name."""
    roots = _local_roots(settings)
    pattern = (
        re.compile("(?:" + "|".join(re.escape(r) for r in roots) + r")(?:/[^\s:'\"<>]*)?") if roots else None
    )

    def scrub(text: str) -> str:
        return pattern.sub(lambda m: Path(m.group(0)).name or "(local folder)", text) if pattern else text

    out = []
    for st in statuses:
        remote = st.location.startswith(("http://", "https://"))
        out.append(replace(st, location=st.location if remote else "", reason=scrub(st.reason)))
    return out


def _progress(console: Console | None) -> Progress | None:
    if console is None:
        return None
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def ingest_all(
    settings: Settings, store: Store, progress: Progress | None = None, workers: engine.Workers | None = None
) -> tuple[list[SourceStatus], int]:
    """Fetch every source and store new items; return the source statuses and the number of new items.

    With the run's `workers`, feeds are parsed on them (engine.parse_on_workers) while this process fetches.
    """
    states = {s.name: store.source_state(s.name) for s in settings.sources}
    log.info("fetching %d sources", len(settings.sources))
    task = progress.add_task("Fetching feeds", total=len(settings.sources)) if progress else None

    def tick(_name: str) -> None:
        if progress is not None and task is not None:
            progress.advance(task)

    parse = workers.parse if workers is not None and engine.parse_on_workers(settings) else None
    results = ingest.read_feeds(settings, states, tick, parse)
    results = fulltext.complete_all(results, settings, store)
    results.append(ingest.read_seeds(settings.seeds))
    statuses: list[SourceStatus] = []
    new_total = 0
    for res in results:
        added = store.add_items(res.items, res.canonical)
        new_total += len(added)
        st = replace(res.status, items_new=len(added))
        if res.status.kind == "feed":
            store.record_source(st, res.etag, res.last_modified, res.body_hash)
        if st.status in FAILED:
            log.debug("source %s failed: %s", st.name, st.reason)  # listed once, in the run's summary
        elif st.status == "warning":
            log.info("source %s: %s", st.name, st.reason)
        statuses.append(st)
    return statuses, new_total


def recover_briefs(briefs_dir: Path) -> None:
    """Undo a brief swap cut short by a crash: a day whose folder is missing gets its `.DAY.old` back (the last
    complete brief); leftover temp folders go. Without this a crash between render_all's two renames would
    leave that day without a brief once the next run is for another day."""
    if not briefs_dir.is_dir():
        return
    for p in sorted(briefs_dir.iterdir()):
        if not (p.name.startswith(".") and p.is_dir()):
            continue
        if p.name.endswith(".old"):
            final = p.with_name(p.name[1:-4])
            if not final.exists() and (p / "brief.json").is_file():
                p.rename(final)
                log.warning("restored the brief of %s after an interrupted run", final.name)
                continue
        if p.name.endswith((".old", ".tmp")):
            shutil.rmtree(p, ignore_errors=True)


def render_all(
    brief: Any, settings: Settings, folder: Path, tick: Callable[[str], None] | None = None
) -> render.Rendered:
    """Render every format into a temp folder beside `folder`, then swap it in, so no half brief is ever seen.

    `tick(format)` is called after each format (for the progress bar)."""
    step = tick or (lambda _name: None)
    crashpoints.reached("brief.rendering")
    html = render.render_html(brief, settings)
    step("HTML")
    text = render.render_text(brief, settings)
    step("text")
    data = render.render_json(brief)
    step("JSON")
    pdf = render.render_pdf(brief, settings) if settings.pdf.enabled else None
    if pdf is not None:
        step("PDF")
    tmp = folder.with_name(f".{folder.name}.tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        tmp.mkdir(parents=True)
        write_atomic(tmp / "brief.html", html)
        write_atomic(tmp / "brief.txt", text)
        if pdf is not None:
            write_atomic(tmp / "brief.pdf", pdf)
        crashpoints.reached("brief.files-written")
        write_atomic(tmp / "brief.json", data)  # last: its presence marks a complete brief
    except OSError:  # a full or read-only disk: the previous brief stays as it is
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    crashpoints.reached("brief.rendered")
    old = folder.with_name(f".{folder.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if folder.exists():
        folder.rename(old)
        crashpoints.reached("brief.moved-aside")
    tmp.rename(folder)
    crashpoints.reached("brief.swapped")
    if old.exists():
        shutil.rmtree(old)
    return render.Rendered(html=html, text=text, json=data, pdf=pdf, folder=folder)


def run(
    settings: Settings,
    day: date | None = None,
    send: bool = True,
    trigger: str = "manual",
    console: Console | None = None,
) -> RunSummary:
    """One full cycle for `day` (default: today in the brief's time zone)."""
    t0 = time.monotonic()
    day = day or today(settings)
    # a bad actors file (an alias such as ".") is refused before anything is fetched
    actors.load_actors(settings.analysis.actors_file)
    with run_lock(settings):
        recover_briefs(settings.output_dir / "briefs")
        store = Store(settings.database_url)
        try:
            with store.errors():
                if store.after_crash():
                    log.warning("the last run did not finish: marked interrupted; the database checks out")
                run_id = store.start_run(trigger, day.isoformat())
        except BaseException:
            store.close()
            raise
        try:
            with store.errors():
                summary = _cycle(settings, store, day, send, console, t0)
        except BaseException as exc:
            with contextlib.suppress(Exception):  # the database itself may be what failed
                store.end_run(run_id, "failed", {}, f"{type(exc).__name__}: {exc}")
            store.close()
            raise
        store.end_run(run_id, outcome(summary), summary.counts(), summary.line())
        crashpoints.reached("run.ended")
        store.close()
    return summary


def startup_warnings(settings: Settings) -> list[str]:
    """Settings that work but will disappoint: said once at the start of a run and again in its summary."""
    out = []
    if settings.recipients and not settings.brief.archive_url:
        out.append(
            "brief.archive_url is not set: emails cannot link to the archive copy of the brief "
            "(set it to the archive's public URL)"
        )
    return out


def outcome(summary: RunSummary) -> str:
    """The run's word in the history: ok, partial (a source failed), mail failed (a message refused for good)."""
    if summary.send_failed:
        return "mail failed"
    return "ok" if not summary.sources_failed else "partial"


def _cycle(
    settings: Settings, store: Store, day: date, send: bool, console: Console | None, t0: float
) -> RunSummary:
    early = startup_warnings(settings)
    for line in early:
        log.warning("%s", line)
    progress = _progress(console)
    with progress if progress is not None else nullcontext(), ExitStack() as held:
        # worker processes for the map stages, started when one needs them, stopped at the end of the cycle
        workers = held.enter_context(engine.Workers(settings))
        statuses, new = ingest_all(settings, store, progress, workers)
        crashpoints.reached("ingest.done")
        # Runs on other machines may share the database: from here on, one of them at a time per date.
        held.enter_context(store.brief_lock(day.isoformat()))
        window = coverage_window(day, settings)
        max_age = settings.brief.max_age_days
        items = store.items_in_window(
            *window, oldest=window[0] - timedelta(days=max_age) if max_age else None
        )
        folder = inside(settings.output_dir / "briefs", day.isoformat())
        fp = _fingerprint(items, statuses, settings)
        stored = store.brief_data(day.isoformat())
        failed = [f"{s.name}: {s.reason}" for s in statuses if s.status in FAILED]
        down = compose.sources_down(statuses, settings.brief.sources_down_share)
        warnings = early + [
            f"{s.name}: {s.reason}" for s in statuses if s.kind == "seed" and s.status == "warning"
        ]
        ok = sum(1 for s in statuses if s.status not in FAILED)
        unchanged = bool(stored and stored.get("fingerprint") == fp and (folder / "brief.json").is_file())
        if unchanged:
            assert stored is not None
            # Every current recipient must have the day's message, even one added to the config since, or one
            # whose message a crash, a full disk or an unwritable outbox kept from being queued.
            box = deliver.outbox_for(settings, store)
            missing = set(box.missing(day, [r.address for r in settings.recipients]))
            queued = 0
            if missing:
                brief, rendered = load_rendered(folder)
                wanted = [r for r in settings.recipients if r.address in missing]
                queued = deliver.queue(brief, rendered, settings, store, wanted)
                log.info("queued the brief of %s for %d recipient(s) who did not have it", day, queued)
            report = replace(deliver.send_pending(settings, box, send), queued=queued)
            stories, claims = len(stored.get("stories", [])), int(stored.get("claims", 0))
        else:
            log.info("analysing %d items", len(items))
            task = progress.add_task("Analysing items", total=len(items)) if progress else None
            analysed, found = analyse.analyse(items, settings, store, workers)
            workers.close()  # nothing after the analysis runs on them: their memory goes back now
            crashpoints.reached("analysis.done")
            if progress is not None and task is not None:
                progress.update(task, completed=len(items))
            previous = store.previous_brief(day.isoformat())
            brief = compose.build_brief(
                day,
                window,
                analysed,
                found,
                public_statuses(statuses, settings),
                settings,
                previous,
                generated_at=datetime.now(UTC),
            )
            formats = 4 if settings.pdf.enabled else 3
            log.info("rendering %d stories in %d formats", len(brief.stories), formats)
            task = progress.add_task("Rendering formats", total=formats) if progress else None

            def rendered_one(name: str) -> None:
                log.debug("rendered %s", name)
                if progress is not None and task is not None:
                    progress.advance(task)

            rendered = render_all(brief, settings, folder, rendered_one)
            # Queue before recording the brief as done: a run cut short in between renders and queues again.
            queued = deliver.queue(brief, rendered, settings, store)
            crashpoints.reached("queue.done")
            store.save_brief(
                day.isoformat(),
                {
                    "fingerprint": fp,
                    "claims": brief.flagged_claims,
                    **compose.remember(brief),
                },
            )
            crashpoints.reached("brief.recorded")
            box = deliver.outbox_for(settings, store)
            report = replace(deliver.send_pending(settings, box, send), queued=queued)
            stories, claims = len(brief.stories), brief.flagged_claims
        # idempotent: on an unchanged rerun it rewrites only what changed (a deleted archive, new templates)
        archive.build(settings)
        crashpoints.reached("archive.built")
    return RunSummary(
        date=day,
        sources_ok=ok,
        sources_failed=len(failed),
        items_new=new,
        items_total=store.count_items(),
        items_in_window=len(items),
        stories=stories,
        claims=claims,
        seconds=time.monotonic() - t0,
        queued=report.queued,
        sent=report.sent,
        send_failed=report.failed,
        pending=report.pending,
        unknown=report.unknown,
        mail_note=report.note,
        unchanged=unchanged,
        brief_dir=folder,
        failures=tuple(failed),
        sources_down=down,
        warnings=tuple(warnings),
    )


def load_rendered(folder: Path) -> tuple[Brief, render.Rendered]:
    """The brief written in `folder`, back as a Brief and its rendered files (to queue it for more recipients)."""
    pdf = folder / "brief.pdf"
    rendered = render.Rendered(
        html=(folder / "brief.html").read_text(encoding="utf-8"),
        text=(folder / "brief.txt").read_text(encoding="utf-8"),
        json=(folder / "brief.json").read_text(encoding="utf-8"),
        pdf=pdf.read_bytes() if pdf.is_file() else None,
        folder=folder,
    )
    return serialize.brief_from_dict(json.loads(rendered.json)), rendered
