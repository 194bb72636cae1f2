"""Shared fixtures: a copy of the demo config in a temp folder, so every test writes only under tmp_path; a
throwaway PostgreSQL cluster on 127.0.0.1 and a database URL fixture that gives each test a fresh SQLite or
PostgreSQL store."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from briefing import actors, analyse, config
from briefing.actors import model as actors_model
from briefing.models import Item
from briefing.store import Store
from briefing.text import content_hash
from tests.hostile_server import make_project
from tests.smtp_server import SmtpServer, smtp_server  # noqa: F401  (fixture, for `mail`)

if TYPE_CHECKING:
    from tests.test_deliver import Mail

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

# The demo tests brief today (the demo config's time zone is UTC) and the demo items are first seen when a test runs
# them, so a suite that ran across midnight would brief the day before its items arrived (an empty brief, 29 failures
# in one such run). Started this close to midnight, the suite waits for the date to turn; a whole run takes 12-20 min.
SUITE_MARGIN = timedelta(minutes=30)


def brief_today() -> date:
    """The date of today's brief under the demo config (UTC), as the pipeline's `today` gives it."""
    return datetime.now(UTC).date()


def seconds_to_date_turn(now: datetime, margin: timedelta = SUITE_MARGIN) -> float:
    """How long a suite started at `now` (UTC) waits so that it runs within one date: 0 outside the margin."""
    left = datetime.combine(now.date() + timedelta(days=1), clock(0, 0), tzinfo=UTC) - now
    return left.total_seconds() + 1 if left < margin else 0.0


def pytest_configure(config: pytest.Config) -> None:
    """Before the test modules are imported (they take today's date then): wait out midnight when it is near."""
    wait = seconds_to_date_turn(datetime.now(UTC))
    if wait and not hasattr(config, "workerinput"):  # xdist workers start after the controller has waited
        print(
            f"midnight UTC is {wait:.0f} s away: waiting for the date to turn so the suite runs within one day"
        )
        time.sleep(wait)


def make_settings(
    folder: Path, theatres: str | None = None, actors: str | None = None, extra: str = ""
) -> config.Settings:
    """Settings in `folder`/config with the project's theatres.toml and actors.toml (or the given texts), output
    in `folder`/out, no sources unless `extra` (more TOML) adds some."""
    cfg = folder / "config"
    cfg.mkdir(parents=True, exist_ok=True)
    for name, text in (("theatres.toml", theatres), ("actors.toml", actors)):
        if text is None:
            shutil.copy(ROOT / "config" / name, cfg / name)
        else:
            (cfg / name).write_text(text, encoding="utf-8")
    (cfg / "briefing.toml").write_text('[brief]\noutput_dir = "../out"\n' + extra, encoding="utf-8")
    return config.load(cfg / "briefing.toml", environ={})


def make_item(title: str, summary: str, language: str = "en") -> Item:
    """An Item of source "test" published 2026-01-05, its id and content hash from its text."""
    digest = content_hash(title, summary)
    return Item(
        id=f"t{digest[:12]}",
        source="test",
        title=title,
        url="",
        published=datetime(2026, 1, 5, tzinfo=UTC),
        summary=summary,
        language=language,
        content_hash=digest,
    )


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> config.Settings:
    """make_settings in a fresh folder, shared by the tests of one module."""
    return make_settings(tmp_path_factory.mktemp("settings"))


def _no_model(model: str) -> None:
    pytest.fail(f"this test loads the spaCy model {model!r}: mark it @pytest.mark.model", pytrace=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """A test not marked `model` that reaches the spaCy model (in its fixtures too) fails, so `make test-fast`
    stays fast."""
    if item.get_closest_marker("model") is not None:
        yield
        return
    loader = actors.load_nlp
    # the package's name (engine.py calls it) and the module's own (find_entities calls it)
    actors.load_nlp = actors_model.load_nlp = _no_model  # type: ignore[assignment]
    try:
        yield
    finally:
        actors.load_nlp = actors_model.load_nlp = loader


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A project-like folder in tmp_path (config/, demo/, templates/: make_project); output/ is written there."""
    return make_project(tmp_path / "proj")


@pytest.fixture
def write_config(demo_dir: Path) -> Callable[[str], Path]:
    """Write a config file next to the demo one (same relative paths) and return its path."""

    def write(text: str, name: str = "test.toml") -> Path:
        path = demo_dir / "config" / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def mail(write_config: Callable[[str], Path], smtp_server: SmtpServer) -> Iterator[Mail]:  # noqa: F811
    """Two recipients (tests.test_deliver.TWO) on a live SMTP server on 127.0.0.1, 3 attempts per message and a
    30-day sent-log window, on a fresh SQLite store (the sent-log and outbox retention tests; test_deliver has its
    own, without the window)."""
    from tests.test_deliver import TWO, Mail

    path = write_config(smtp_server.toml() + "max_attempts = 3\nsent_log_days = 30\n" + TWO)
    settings = config.load(path, environ={})
    store = Store(settings.database_url)
    yield Mail(settings, store, smtp_server)
    store.close()


@pytest.fixture
def demo_settings(demo_dir: Path) -> config.Settings:
    return config.load(demo_dir / "config" / "briefing.toml", environ={})


# --- PostgreSQL: a throwaway cluster on 127.0.0.1 for the session ------------------------------------------------

PG_PASSWORD = "briefing-test-pw"


@dataclass(frozen=True)
class PgServer:
    """A running test cluster: the superuser `postgres` logs in over TCP with PG_PASSWORD."""

    port: int
    password: str = PG_PASSWORD

    def url(self, database: str = "postgres", with_password: bool = True) -> str:
        auth = f"postgres:{self.password}" if with_password else "postgres"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its name."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", password=self.password, autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parent.parent.name)
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """initdb + pg_ctl start in a temp folder (as `nobody` when the tests run as root: postgres refuses root),
    password login over TCP on 127.0.0.1 only; stopped and removed at the end of the session."""
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (make test installs Debian's postgresql)")
        pytest.skip("PostgreSQL is not installed: run `make test`, or apt-get install postgresql")
    folder = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
    data, sock = folder / "data", folder / "sock"
    sock.mkdir()
    pwfile = folder / "pw"
    pwfile.write_text(PG_PASSWORD + "\n", encoding="utf-8")
    prefix: list[str] = []
    if os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("nobody")
        for p in (folder, sock, pwfile):
            os.chown(p, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "nobody", "--"]
    port = _free_port()

    def pg(*args: str) -> None:
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, cwd=folder, check=False)
        if done.returncode != 0:
            log = folder / "log"
            tail = log.read_text(errors="replace")[-1500:] if log.is_file() else ""
            shutil.rmtree(folder, ignore_errors=True)
            pytest.fail(f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr[-1500:]}{tail}")

    pg(
        str(bindir / "initdb"),
        "-D",
        str(data),
        "-U",
        "postgres",
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        f"--pwfile={pwfile}",
        "-E",
        "UTF8",
        "--no-sync",
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off -c max_connections=100"
    pg(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-l",
        str(folder / "log"),
        "-w",
        "-t",
        "60",
        "start",
    )
    try:
        yield PgServer(port)
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            cwd=folder,
        )
        shutil.rmtree(folder, ignore_errors=True)


STORES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=STORES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store: a SQLite file, or a new database on the test PostgreSQL cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'briefing.db'}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.url(server.create_database())


@pytest.fixture(scope="module")
def res(tmp_path_factory: pytest.TempPathFactory) -> analyse.Resources:
    """The analysis resources with no watch list, no model (the claims and actors tests pass a fake entity finder);
    built once per test module."""
    from benchmarks.quality_claims import settings_for

    return analyse.resources(settings_for(tmp_path_factory.mktemp("claims"), ""))
