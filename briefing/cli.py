"""The command line: subcommands mirror the stages. Only this module turns errors into exit codes."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click
import jinja2
import tomlkit
from rich.console import Console
from rich.logging import RichHandler
from rich.table import Table
from sqlalchemy.exc import DBAPIError

from briefing import __version__, config, errors
from briefing import feeds as feeds_mod
from briefing.errors import BriefingError, ConfigError

err_console = Console(stderr=True)


class BriefingGroup(click.Group):
    """Turns BriefingError (and the file, database and template errors it stands for) into one line on stderr
    and its exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            except (OSError, DBAPIError, jinja2.TemplateError) as exc:
                raise errors.as_briefing_error(exc) from exc
        except BriefingError as exc:
            click.echo(f"error: {exc.message}" + (f"\n  hint: {exc.hint}" if exc.hint else ""), err=True)
            ctx.exit(exc.exit_code)


def _load(ctx: click.Context, **overrides: Any) -> config.Settings:
    path = ctx.obj.get("config_path")
    flat: dict[str, dict[str, Any]] = {}
    for key, value in overrides.items():
        if value is not None:
            section, name = key.split(".")
            flat.setdefault(section, {})[name] = value
    return config.load(Path(path) if path else None, overrides=flat)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date: expected YYYY-MM-DD, got {value!r}", "e.g. --date 2026-01-04") from None


@click.group(
    cls=BriefingGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar="BRIEFING_CONFIG",
    help="Settings file (default: config/briefing.toml, or $BRIEFING_CONFIG).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(__version__, prog_name="briefing")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: int) -> None:
    """Write and send a daily intelligence-style news brief.

    A cycle reads the configured feeds and the seed folder, groups items into stories, places each story
    in a theatre, names its key actors, flags unverified claims, renders HTML, text, JSON and PDF, emails
    the brief (or writes it to the outbox) and updates the static archive.

    \b
    Typical use:
      briefing run                      one cycle for today
      briefing run --date 2026-01-04    one cycle for a past day
      briefing analyse FEED.xml         analysis of one feed or article as JSON
      briefing schedule                 run every day from the cron line in the config
    """
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level,
        format="%(message)s",
        handlers=[RichHandler(console=err_console, show_path=False, show_time=False)],
        force=True,
    )


def _plain_progress_lines() -> None:
    """Not a terminal (cron, systemd, a pipe): the stages as plain log lines instead of progress bars."""
    stages = logging.getLogger("briefing.pipeline")
    if stages.getEffectiveLevel() > logging.INFO:
        stages.setLevel(logging.INFO)


@cli.command()
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Brief date (default: today in brief.timezone).")
@click.option("--no-send", is_flag=True, help="Render and queue the mail, but do not send it.")
@click.option("--output", type=click.Path(file_okay=False), help="Override brief.output_dir.")
@click.pass_context
def run(ctx: click.Context, day: str | None, no_send: bool, output: str | None) -> None:
    """Run one full cycle: ingest, analyse, render, deliver, archive.

    Ends with a one-line summary. Exit code 0 when the brief was written (even if some sources failed),
    2 for a configuration error, 3 when another run holds the lock, 5 when the brief was written but more
    than brief.sources_down_share of the feeds failed (it opens with a "Sources down" notice).
    """
    from briefing import pipeline

    settings = _load(ctx, **{"brief.output_dir": output})
    when = _parse_date(day)
    console = err_console if sys.stderr.isatty() else None
    if console is None:
        _plain_progress_lines()
    summary = pipeline.run(settings, when, send=not no_send, console=console)
    for failure in summary.failures:
        click.echo(f"  failed source: {failure}", err=True)
    click.echo(f"  brief: {summary.brief_dir}")
    click.echo(summary.line())
    if summary.sources_down:
        from briefing.errors import SourcesDownError

        share = settings.brief.sources_down_share
        raise SourcesDownError(
            f"sources down: {len(summary.sources_down)} feeds failed (more than {share:.0%} of them); "
            "the brief opens with a notice",
            "`briefing feeds test NAME` shows what a feed answers; see the failed sources above",
        )


CONFIG_TABLE_ROWS = 20  # more sources or recipients than this are one summary line unless asked for


def _cell(value: Any) -> str:
    if isinstance(value, dict):  # a source or recipient
        where = value.get("url") or value.get("path") or value.get("address") or ""
        extra = f" grade {value['grade']}" if "grade" in value else f" {value.get('format', '')}"
        return f"{value.get('name', '')} <{where}>{extra}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "[]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


@cli.command("config")
@click.argument("only", required=False, metavar="[KEY]")
@click.option(
    "--json", "as_json", is_flag=True, help="Print as JSON (numbers, booleans and lists keep their type)."
)
@click.pass_context
def show_config(ctx: click.Context, only: str | None, as_json: bool) -> None:
    """Print the settings in force (defaults < file < BRIEFING_* variables) with each default and its help.

    KEY keeps the settings that start with it: a section (`smtp`), one setting (`brief.timezone`), or
    `sources` / `recipients` for the full lists, which are otherwise summed up in one line when long.
    Paths are shown resolved. A value that differs from its default is marked with *.
    """
    settings = _load(ctx)
    rows = config.describe(settings, only or "")
    if only and not rows:
        keys = sorted({r.key.split("[")[0] for r in config.describe(settings)})
        raise ConfigError(f"no setting starts with {only!r}", config._hint_for(only, keys))
    if as_json:
        click.echo(json.dumps({r.key: r.value for r in rows}, indent=2, ensure_ascii=False))
        return
    shown = rows
    summary: list[str] = []
    if not only:
        for kind in ("sources", "recipients"):
            many = [r for r in rows if r.key.startswith(kind + "[")]
            if len(many) > CONFIG_TABLE_ROWS:
                shown = [r for r in shown if r not in many]
                summary.append(f"{len(many)} {kind}: `briefing config {kind}` lists them")
    table = Table(title=f"settings from {settings.config_path}", show_lines=False)
    table.add_column("setting", style="bold")
    table.add_column("value in force", overflow="fold")
    table.add_column("default", overflow="fold", style="dim")
    table.add_column("help", style="dim")
    for r in shown:
        mark = "" if r.default is None or r.is_default else " *"
        table.add_row(r.key, _cell(r.value) + mark, "" if r.default is None else _cell(r.default), r.help)
    Console(width=180).print(table)
    for line in summary:
        click.echo(line)


@cli.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
def init(folder: str) -> None:
    """Start a briefing folder: config/briefing.toml (commented), config/theatres.toml, config/actors.toml, seeds/.

    Run the other commands from FOLDER (or pass --config FOLDER/config/briefing.toml). Existing files are never
    overwritten.
    """
    import shutil

    root = Path(folder)
    target = root / "config"
    names = {"briefing.toml": "starter.toml", "theatres.toml": "theatres.toml", "actors.toml": "actors.toml"}
    present = [n for n in names if (target / n).exists()]
    if present:
        raise ConfigError(
            f"{target / present[0]} already exists",
            "init writes a new folder; edit the existing settings instead",
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
        (root / "seeds").mkdir(exist_ok=True)
        for name, packaged in names.items():
            shutil.copyfile(config.PACKAGE_DATA / packaged, target / name)
    except OSError as exc:
        raise ConfigError(
            f"cannot write {target}: {exc.strerror}", "choose a folder you can write to"
        ) from None
    config.load(target / "briefing.toml", environ={})  # what was written is valid
    click.echo(f"wrote {target / 'briefing.toml'}, theatres.toml and actors.toml, and {root / 'seeds'}/")
    click.echo("next: briefing feeds add URL --grade B   then   briefing run")


@cli.group()
def feeds() -> None:
    """Manage the feed list."""


@feeds.command("import")
@click.argument("opml", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--grade", default="F", show_default=True, help="Admiralty grade given to the imported sources."
)
@click.option(
    "--append", is_flag=True, help="Append the new sources to the config file instead of printing them."
)
@click.pass_context
def feeds_import(ctx: click.Context, opml: str, grade: str, append: bool) -> None:
    """Import the feeds of an OPML file (even an invalid-XML one) as [[sources]] tables.

    Prints the tables to paste into the config, or with --append adds them to the config file (comments and
    order kept; the new file is checked before it replaces the old one), skipping feeds whose URL or name is
    already configured and URLs a run would refuse.
    """
    from briefing import ingest

    if grade not in config.GRADES:
        raise ConfigError(
            f"--grade: expected one of A-F, got {grade!r}", "F means the source cannot be judged"
        )
    found = ingest.read_opml(Path(opml))
    if not found:
        raise BriefingError(
            f"no feeds found in {opml}", "an OPML feed is an <outline> with an xmlUrl attribute"
        )
    known_urls: set[str] = set()
    known_names: set[str] = set()
    settings = None
    if append:
        settings = _load(ctx)
        known_urls = {s.url for s in settings.sources}
        known_names = {s.name for s in settings.sources}
    tables = []
    bad: list[str] = []  # URLs a run would refuse (quotes, line breaks, not http): never written
    for f in found:
        if f["url"] in known_urls or f["name"] in known_names:
            continue
        if not (f["url"].startswith(("http://", "https://")) and config._is_http_url(f["url"])):
            bad.append(f["url"])
            continue
        known_urls.add(f["url"])
        known_names.add(f["name"])
        tables.append(feeds_mod.source_table(f["name"][:200], f["url"], grade))
    for url in bad:
        click.echo(f"  skipped: not a valid http(s) feed URL: {url!r}", err=True)
    if settings is not None and settings.config_path is not None:
        if tables:
            feeds_mod.add_sources(settings.config_path, tables, f"imported from {Path(opml).name}")
        click.echo(
            f"added {len(tables)} of {len(found)} feeds from {Path(opml).name} to {settings.config_path}"
        )
        return
    doc = tomlkit.document()
    aot = tomlkit.aot()
    for t in tables:
        aot.append(t)
    if tables:
        doc.append("sources", aot)
    click.echo(tomlkit.dumps(doc), nl=False)
    click.echo(f"# {len(tables)} feeds from {Path(opml).name}", err=True)


def _config_path(ctx: click.Context) -> tuple[config.Settings, Path]:
    settings = _load(ctx)
    path = settings.config_path or config.default_config_path().resolve()
    return settings, path


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def feeds_list(ctx: click.Context, as_json: bool) -> None:
    """List the configured sources with their grade and how their last fetch went."""
    from briefing.store import Store

    settings = _load(ctx)
    store = Store(settings.database_url)
    try:
        states = store.source_states()
    finally:
        store.close()
    rows: list[dict[str, Any]] = []
    for s in settings.sources:
        st = states.get(s.name, {})
        rows.append(
            {
                "name": s.name,
                "location": s.url or (s.path.name if s.path else ""),
                "publisher": s.publisher,
                "grade": s.grade,
                "grades": s.grades,
                "enabled": s.enabled,
                "status": st.get("status", "never fetched") if s.enabled else "disabled",
                "consecutive_failures": int(st.get("error_count") or 0),
                "last_success": _stamp(st.get("last_ok")) or None,
                "last_error": st.get("reason", "") if st.get("error_count") else "",
            }
        )
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} sources in {settings.config_path}")
    for col in ("name", "feed", "grade", "status", "last success", "failures", "last error"):
        table.add_column(col, overflow="fold")
    for s, r in zip(settings.sources, rows, strict=True):
        table.add_row(
            r["name"],
            r["location"],
            s.grade_text,
            r["status"],
            r["last_success"] or "",
            str(r["consecutive_failures"] or ""),
            r["last_error"],
        )
    Console(width=160).print(table)


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="Display name (default: the feed's own title).")
@click.option("--grade", default="F", show_default=True, help="Admiralty reliability grade A-F.")
@click.option("--publisher", default="", help="The outlet; two feeds of one publisher count as one source.")
@click.pass_context
def feeds_add(ctx: click.Context, url: str, name: str | None, grade: str, publisher: str) -> None:
    """Add a feed to the config file, keeping its comments and order.

    Without --name the feed is fetched once and its own title used (the host name if that fails).
    The new file is checked before it replaces the old one.
    """
    from urllib.parse import urlsplit

    settings, path = _config_path(ctx)
    if grade not in config.GRADES:
        raise ConfigError(
            f"--grade: expected one of A-F, got {grade!r}", "F means the source cannot be judged"
        )
    if not config._is_http_url(url) or not url.startswith(("http://", "https://")):
        raise ConfigError(f"not an http(s) feed URL: {url!r}", "e.g. https://example.org/feed.xml")
    if not name:
        from briefing.config import Source

        report = feeds_mod.test_feed(Source(name=url, url=url), settings)
        name = report.title or (urlsplit(url).hostname or url)
        if report.status == "error":
            click.echo(f"  note: the feed did not answer well ({report.problems}); added anyway", err=True)
    feeds_mod.check_new(settings, url, name)
    feeds_mod.add_sources(path, [feeds_mod.source_table(name, url, grade, publisher)])
    click.echo(f"added {name!r} <{url}> grade {grade} to {path}")


@feeds.command("remove")
@click.argument("name")
@click.pass_context
def feeds_remove(ctx: click.Context, name: str) -> None:
    """Remove the source NAME from the config file, keeping everything else as it was."""
    _, path = _config_path(ctx)
    feeds_mod.remove_source(path, name)
    click.echo(f"removed {name!r} from {path}")


@feeds.command("test")
@click.argument("name_or_url")
@click.pass_context
def feeds_test(ctx: click.Context, name_or_url: str) -> None:
    """Fetch one feed once and print its status, item count, newest item and problems.

    NAME_OR_URL is a configured source's name or any http(s) feed URL. Nothing is stored. Exit code 1 when
    the feed failed.
    """
    from briefing.config import Source

    settings = _load(ctx)
    source = next((s for s in settings.sources if s.name == name_or_url), None)
    if source is None:
        if not name_or_url.startswith(("http://", "https://")):
            names = [s.name for s in settings.sources]
            raise BriefingError(f"no source named {name_or_url!r}", config._hint_for(name_or_url, names))
        source = Source(name=name_or_url, url=name_or_url)
    report = feeds_mod.test_feed(source, settings)
    for line in report.lines():
        click.echo(line)
    if report.status in ("error", "gone"):
        raise BriefingError(
            f"feed failed: {report.problems}", "check the URL, or `briefing feeds discover SITE`"
        )


@feeds.command("discover")
@click.argument("site_url")
@click.pass_context
def feeds_discover(ctx: click.Context, site_url: str) -> None:
    """Find the feeds of a site: its <link rel="alternate"> feeds, else common paths (/feed, /rss.xml, ...).

    Each feed found is fetched once and shown with its item count; `briefing feeds add URL` adds one.
    """
    settings = _load(ctx)
    if not site_url.startswith(("http://", "https://")):
        site_url = "https://" + site_url
    found = feeds_mod.discover(site_url, settings)
    if not found:
        raise BriefingError(f"no feed found at {site_url}", "ask the site for its feed address")
    for f in found:
        click.echo(f"{f.url}\t{f.title}\t{f.items} items\t({f.how})")


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.pass_context
def analyse(ctx: click.Context, sources: tuple[str, ...], fmt: str) -> None:
    """Analyse feed files, feed URLs or seed articles and print the result.

    SOURCE is a feed file (RSS/Atom/RDF), an http(s) feed URL, or a .txt/.md/.html article.
    The JSON has "items" (theatres, actors, claims) and "stories" (theatre, summary, sources, credibility).
    """
    from briefing import analyse as analysis
    from briefing import ingest
    from briefing.config import Source

    settings = _load(ctx)
    items = []
    for i, src in enumerate(sources):
        path = Path(src)
        if src.startswith(("http://", "https://")):
            res = ingest.read_source(Source(name=src, url=src), settings, {})
        elif path.suffix.lower() in ingest.SEED_SUFFIXES:
            try:
                items.append(ingest.read_seed(path, path.parent, settings.seeds.max_bytes))
            except BriefingError as exc:
                raise BriefingError(f"{src}: {exc.message}", exc.hint) from None
            continue
        elif path.is_file():
            res = ingest.read_source(Source(name=path.stem or f"source{i}", path=path), settings, {})
        else:
            raise BriefingError(f"{src}: no such file", "give a feed file, a seed article or an http(s) URL")
        if res.status.status in ("error", "gone"):
            raise BriefingError(f"{src}: {res.status.reason}")
        items.extend(res.items)
    data = analysis.analyse_json(items, settings)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for st in data["stories"]:
        click.echo(
            f"[{st['theatre']}] {st['headline']} (sources {st['sources']}, credibility {st['credibility']})"
        )


@cli.command("archive")
@click.option("--output", type=click.Path(file_okay=False), help="Override brief.output_dir.")
@click.pass_context
def rebuild_archive(ctx: click.Context, output: str | None) -> None:
    """Rebuild the static archive (index, per-date and per-theatre pages, feed, search) from output/briefs.

    Safe to run at any time: the same briefs give the same files. Without Pagefind the search page says so.
    """
    from briefing import archive

    settings = _load(ctx, **{"brief.output_dir": output})
    index = archive.build(settings)
    click.echo(f"archive: {index}")


@cli.command()
@click.option("--limit", default=20, show_default=True, help="How many runs to show.")
@click.pass_context
def history(ctx: click.Context, limit: int) -> None:
    """Show past runs: start, end, trigger, outcome and counts."""
    from briefing.store import Store

    settings = _load(ctx)
    store = Store(settings.database_url)
    try:
        with store.errors():
            rows = store.run_history(limit)
    finally:
        store.close()
    if not rows:
        click.echo("no runs yet")
        return
    table = Table()
    for col in ("#", "started", "seconds", "trigger", "brief", "outcome", "summary"):
        table.add_column(col)
    for r in rows:
        started: datetime = r["started"]
        secs = f"{(r['ended'] - started).total_seconds():.1f}" if r["ended"] else "-"
        c = r["counts"]
        brief_summary = (
            f"{c.get('items_new', 0)} new items, {c.get('stories', 0)} stories, {c.get('sent', 0)} sent"
            + (f", {c['send_failed']} refused for good" if c.get("send_failed") else "")
            + (f", {c['unknown']} unknown" if c.get("unknown") else "")
            if c
            else r["message"][:60]
        )
        table.add_row(
            str(r["id"]),
            started.strftime("%Y-%m-%d %H:%M:%S"),
            secs,
            r["trigger"],
            r["brief_date"] or "",
            r["outcome"],
            brief_summary,
        )
    Console(width=140).print(table)


# --- delivery and scheduling: send, outbox, schedule -----------------------------------------------------------


def _stamp(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


@cli.command()
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Only the messages for this brief date.")
@click.option("--retry", is_flag=True, help="Do not wait out the back-off after a temporary failure.")
@click.option(
    "--resend-unknown",
    is_flag=True,
    help="Send again the messages whose delivery is unknown (no reply after the whole message went out).",
)
@click.pass_context
def send(ctx: click.Context, day: str | None, retry: bool, resend_unknown: bool) -> None:
    """Send what is waiting in the outbox.

    After a temporary failure (4xx reply, refused or dropped connection, timeout) a message waits 5 minutes,
    doubling up to 6 hours, before it is tried again; --retry tries it now. A message refused for good (5xx) is
    kept as failed and not resent: `briefing outbox` shows the server's reply. A message sent to the end whose
    reply never came (smtp.timeout) is "unknown": it may have arrived, so it is sent again only with
    --resend-unknown. Exit code 1 when a message failed for good in this call, 3 when a run holds the lock,
    4 when the output folder or the database cannot be used.
    """
    from briefing import deliver, pipeline
    from briefing.errors import DeliveryError
    from briefing.store import Store

    settings = _load(ctx)
    when = _parse_date(day)
    with pipeline.run_lock(settings):
        store = Store(settings.database_url)
        try:
            with store.errors():
                report = deliver.deliver_pending(
                    settings, store, send=True, day=when, retry=retry, resend_unknown=resend_unknown
                )
        finally:
            store.close()
    for line in report.errors:
        click.echo(f"  {line}", err=True)
    note = f" ({report.note})" if report.note else ""
    unknown = f" / {report.unknown} unknown (`briefing outbox`)" if report.unknown else ""
    click.echo(f"mail {report.sent} sent / {report.pending} pending{note} / {report.failed} failed{unknown}")
    if report.failed:
        plural = "s" if report.failed != 1 else ""
        raise DeliveryError(
            f"{report.failed} message{plural} refused for good",
            "`briefing outbox` shows the server's reply",
            permanent=True,
        )


@cli.command("outbox")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Only the messages for this brief date.")
@click.option(
    "--status",
    type=click.Choice(["pending", "sending", "transmitted", "sent", "failed", "unknown", "withdrawn"]),
    help="Only messages in this state.",
)
@click.pass_context
def show_outbox(ctx: click.Context, day: str | None, status: str | None) -> None:
    """List the outbox: brief date, recipient, status, attempts, last error and next attempt.

    Statuses: pending, sending, transmitted (sent to the end, waiting for the reply), sent, failed (refused for
    good), unknown (sent to the end, no reply: may have arrived; `briefing send --resend-unknown` sends it
    again), withdrawn (the recipient left the config).
    """
    from briefing import deliver
    from briefing.store import Store

    settings = _load(ctx)
    when = _parse_date(day)
    store = Store(settings.database_url)
    try:
        with store.errors():
            entries = deliver.outbox_for(settings, store).entries(when, status)
    finally:
        store.close()
    if not entries:
        click.echo("the outbox is empty")
        return
    table = Table(title=f"outbox: {(settings.output_dir / 'outbox').resolve()}")
    for col in ("date", "recipient", "status", "attempts", "last error", "next attempt", "sent"):
        table.add_column(col, overflow="fold")
    styles = {
        "sent": "green",
        "failed": "bold red",
        "pending": "yellow",
        "sending": "yellow",
        "transmitted": "yellow",
        "unknown": "bold magenta",
        "withdrawn": "dim",
    }
    for e in entries:
        next_try = _stamp(e.next_attempt) if e.status == "pending" else ""
        if e.status == "pending" and not next_try:
            next_try = "next send"
        table.add_row(
            e.brief_date,
            e.recipient,
            f"[{styles.get(e.status, 'default')}]{e.status}[/]",
            str(e.attempts),
            e.last_error,
            next_try,
            _stamp(e.sent_at),
        )
    Console(width=160).print(table)


@cli.command()
@click.option(
    "--next",
    "show_next",
    type=click.IntRange(min=1),
    metavar="N",
    help="Print the next N run times and exit.",
)
@click.pass_context
def schedule(ctx: click.Context, show_next: int | None) -> None:
    """Run the cycle on the schedule in the config until stopped (schedule.cron in schedule.timezone).

    The job is kept in the database: a run missed while the scheduler was down is caught up once when it starts
    again, if it is less than schedule.misfire_grace_seconds late. A run never overlaps a manual `briefing run`
    (it waits for it). When an SMTP host is set, waiting mail is retried every 15 minutes. Each run shows in
    `briefing history` with trigger "schedule".
    """
    import contextlib
    import signal

    from apscheduler.events import EVENT_SCHEDULER_START

    from briefing import schedule as scheduling

    settings = _load(ctx)
    if show_next:
        for when in scheduling.next_runs(settings, show_next):
            click.echo(when.isoformat())
        return
    job_log = logging.getLogger("briefing.schedule")
    if job_log.getEffectiveLevel() > logging.INFO:
        job_log.setLevel(logging.INFO)  # one summary line per run, even without -v
    scheduler = scheduling.build_scheduler(
        settings, settings.config_path or config.default_config_path().resolve()
    )

    def started(_event: object) -> None:  # the job is in the store by now
        click.echo(scheduling.status_line(scheduler, settings) + "; Ctrl-C to stop", err=True)

    scheduler.add_listener(started, EVENT_SCHEDULER_START)

    def stop(*_: object) -> None:
        # Shut down rather than raise: APScheduler catches exceptions raised inside its loop and listeners.
        if not scheduler.running:
            raise SystemExit(0)
        scheduler.shutdown(wait=False)  # a run in progress finishes before the process exits

    signal.signal(signal.SIGTERM, stop)  # systemd stops services with SIGTERM
    signal.signal(signal.SIGINT, stop)
    with contextlib.suppress(SystemExit):  # a stop signal that came before the scheduler was running
        scheduler.start()


def main() -> None:
    cli(prog_name="briefing")


if __name__ == "__main__":
    main()
