"""Every invalid setting: one clear line on stderr (plus its hint) and exit code 2, never a traceback, for both
`briefing config` and `briefing run`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefing.cli import cli

SRC = '[[sources]]\nname = "BBC"\npath = "../demo/feeds/bbc_2025-06-23_world_raw.xml"\n'
SRC2 = '[[sources]]\nname = "Kyiv"\npath = "../demo/feeds/kyivindependent_2024-07-26_war-latest_html-content.xml"\n'
REC = '[[recipients]]\naddress = "analyst@example.org"\nname = "Analyst"\n'
BRIEF = '[brief]\noutput_dir = "../output"\nmax_age_days = 0\n'
SEEDS = '[seeds]\nfolder = "../demo/seeds"\n'
PDF_OFF = "[pdf]\nenabled = false\n"
BASE = "\n".join([BRIEF, SEEDS, PDF_OFF, SRC, REC])


def with_brief(lines: str) -> str:
    return "\n".join([BRIEF + lines, SEEDS, PDF_OFF, SRC, REC])


def section(text: str) -> str:
    return "\n".join([BRIEF, SEEDS, PDF_OFF, text, SRC, REC])


def source(lines: str) -> str:
    return "\n".join([BRIEF, SEEDS, PDF_OFF, "[[sources]]\n" + lines, REC])


def recipient(lines: str) -> str:
    return "\n".join([BRIEF, SEEDS, PDF_OFF, SRC, "[[recipients]]\n" + lines])


BAD: list[tuple[str, str, str]] = [
    # (id, config text, fragment of the error line)
    ("unknown key", with_brief("window_hour = 24"), "unknown setting 'brief.window_hour'"),
    ("unknown section", BASE + "\n[breif]\ntitle = 'x'\n", "unknown section 'breif'"),
    (
        "unknown source key",
        source('name = "x"\npath = "../demo/feeds/bbc_2025-06-23_world_raw.xml"\ncolour = "red"'),
        "unknown setting 'sources[0].colour'",
    ),
    (
        "unknown recipient key",
        recipient('address = "a@example.org"\nemail = "b@example.org"'),
        "unknown setting 'recipients[0].email'",
    ),
    ("int as text", with_brief('window_hours = "many"'), "expected a whole number"),
    ("int as float", with_brief("window_hours = 1.5"), "expected a whole number"),
    ("int as bool", with_brief("window_hours = true"), "expected a whole number"),
    ("bool as text", section('[archive]\nsearch = "maybe"'), "expected true or false"),
    ("float as list", section("[fetch]\ntimeout = [1]"), "expected a number"),
    ("string as int", with_brief("title = 5"), "expected a string"),
    (
        "path as int",
        "\n".join([BRIEF, "[seeds]\nfolder = 5", PDF_OFF, SRC, REC]),
        "expected a path",
    ),
    ("list of ints", recipient('address = "a@example.org"\ntheatres = [1, 2]'), "expected a list of strings"),
    ("section as value", "brief = 5\n" + SRC, "expected a table"),
    ("section as array", "[[brief]]\ntitle = 'x'\n" + SRC, "expected a table"),
    ("sources as string", 'sources = "bbc"\n', "expected [[sources]] tables"),
    (
        "recipients as table",
        "\n".join([BRIEF, SRC, '[recipients]\naddress = "a@example.org"']),
        "expected [[recipients]] tables",
    ),
    ("bad cron value", section('[schedule]\ncron = "61 * * * *"'), "schedule.cron"),
    ("bad cron field count", section('[schedule]\ncron = "* * *"'), "expected 5 fields"),
    ("bad cron words", section('[schedule]\ncron = "every day at six am"'), "schedule.cron"),
    ("bad cron day", section('[schedule]\ncron = "0 6 * * funday"'), "schedule.cron"),
    ("bad schedule timezone", section('[schedule]\ntimezone = "Mars/Olympus_Mons"'), "unknown time zone"),
    ("bad brief timezone", with_brief('timezone = "Europe/Londn"'), "unknown time zone"),
    ("timezone path traversal", with_brief('timezone = "../../../../etc/passwd"'), "unknown time zone"),
    ("empty timezone", with_brief('timezone = ""'), "unknown time zone"),
    (
        "bad grade",
        source('name = "x"\npath = "../demo/feeds/bbc_2025-06-23_world_raw.xml"\ngrade = "Z"'),
        "expected one of A-F",
    ),
    (
        "lower-case grade",
        source('name = "x"\npath = "../demo/feeds/bbc_2025-06-23_world_raw.xml"\ngrade = "a"'),
        "expected one of A-F",
    ),
    (
        "grades not a table",
        source('name = "x"\npath = "../demo/feeds/bbc_2025-06-23_world_raw.xml"\ngrades = "C"'),
        "sources[0].grades: expected a table of publisher = grade",
    ),
    (
        "bad grade in grades",
        source('name = "x"\npath = "../demo/feeds/bbc_2025-06-23_world_raw.xml"\ngrades = { "SCMP" = "Z" }'),
        'sources[0].grades."SCMP": expected one of A-F',
    ),
    ("file URL", source('name = "x"\nurl = "file:///etc/passwd"'), "only http and https"),
    ("ftp URL", source('name = "x"\nurl = "ftp://example.org/feed.xml"'), "only http and https"),
    ("javascript URL", source('name = "x"\nurl = "javascript:alert(1)"'), "only http and https"),
    ("URL without host", source('name = "x"\nurl = "http://"'), "sources[0].url"),
    ("URL with spaces", source('name = "x"\nurl = "http://exa mple.org/feed"'), "sources[0].url"),
    (
        "url and path",
        source(
            'name = "x"\nurl = "https://example.org/f"\npath = "../demo/feeds/bbc_2025-06-23_world_raw.xml"'
        ),
        "exactly one of url or path",
    ),
    ("neither url nor path", source('name = "x"'), "exactly one of url or path"),
    (
        "duplicate source name",
        "\n".join(
            [
                BRIEF,
                SRC,
                SRC.replace("bbc_2025-06-23_world_raw", "wsj_2025-12-11_world-news_ukraine-venezuela-tanker"),
                REC,
            ]
        ),
        "duplicate source name 'BBC'",
    ),
    ("missing source name", source('url = "https://example.org/f"'), "every source needs a name"),
    (
        "source name with a newline",
        source('name = "BBC\\nBcc: x@example.org"\nurl = "https://example.org/f"'),
        "sources[0].name",
    ),
    ("recipient without @", recipient('address = "not-an-address"'), "not an email address"),
    (
        "recipient with CRLF",
        recipient('address = "a@example.org\\r\\nBcc: victim@example.org"'),
        "not an email address",
    ),
    ("recipient with spaces", recipient('address = "a b@example.org"'), "not an email address"),
    (
        "recipient path traversal",
        recipient('address = "../../../../tmp/evil@example.org"'),
        "not an email address",
    ),
    ("recipient slash path", recipient('address = "/etc/cron.d/x@example.org"'), "not an email address"),
    ("recipient two @", recipient('address = "a@b@example.org"'), "not an email address"),
    ("recipient empty domain", recipient('address = "a@"'), "not an email address"),
    (
        "recipient bad format",
        recipient('address = "a@example.org"\nformat = "pdf"'),
        "expected html+pdf or text",
    ),
    ("bad sender", section('[smtp]\nsender = "brief at example.org"'), "smtp.sender"),
    (
        "password in file",
        section('[smtp]\npassword = "hunter2"'),
        "secrets are not read from the config file",
    ),
    ("bad TOML", BASE + "\n[brief\ntitle = 'x'\n", "not valid TOML"),
    ("bad TOML string", 'brief = { title = "unterminated }\n', "not valid TOML"),
    ("zero window", with_brief("window_hours = 0"), "brief.window_hours"),
    ("huge window", with_brief("window_hours = 9223372036854775807"), "brief.window_hours"),
    (
        "negative max age",
        "\n".join([BRIEF.replace("max_age_days = 0", "max_age_days = -1"), SRC, REC]),
        "brief.max_age_days",
    ),
    (
        "huge max age",
        "\n".join([BRIEF.replace("max_age_days = 0", "max_age_days = 9999999999"), SRC, REC]),
        "brief.max_age_days",
    ),
    ("zero stories per theatre", with_brief("max_stories_per_theatre = 0"), "brief.max_stories_per_theatre"),
    ("negative timeout", section("[fetch]\ntimeout = -1"), "fetch"),
    ("nan timeout", section("[fetch]\ntimeout = nan"), "fetch.timeout"),
    ("infinite timeout", section("[fetch]\ntimeout = inf"), "fetch.timeout"),
    ("zero max_bytes", section("[fetch]\nmax_bytes = 0"), "fetch"),
    ("zero workers", section("[fetch]\nworkers = 0"), "fetch"),
    ("negative redirects", section("[fetch]\nmax_redirects = -1"), "fetch.max_redirects"),
    ("similarity above 1", section("[analysis]\nsimilarity = 1.5"), "analysis.similarity"),
    ("similarity nan", section("[analysis]\nsimilarity = nan"), "analysis.similarity"),
    ("negative spaCy processes", section("[analysis]\nn_process = -1"), "analysis.n_process"),
    ("unknown engine", section('[analysis]\nengine = "spark"'), "analysis.engine"),
    ("negative workers", section("[analysis]\nworkers = -2"), "analysis.workers"),
    (
        "scheduler without scheme",
        section('[analysis]\ndask_scheduler = "10.0.0.5:8786"'),
        "analysis.dask_scheduler",
    ),
    ("missing theatres file", section('[analysis]\ntheatres_file = "nope.toml"'), "analysis.theatres_file"),
    ("zero seed limit", "\n".join([BRIEF, PDF_OFF, "[seeds]\nmax_bytes = 0", SRC, REC]), "seeds.max_bytes"),
    ("bad page size", section('[pdf]\npage_size = "A5"').replace(PDF_OFF, ""), "pdf.page_size"),
    ("bad SMTP security", section('[smtp]\nsecurity = "ssl"'), "smtp.security"),
    ("SMTP port 0", section("[smtp]\nport = 0"), "smtp.port"),
    ("SMTP port too high", section("[smtp]\nport = 70000"), "smtp.port"),
    ("SMTP timeout nan", section("[smtp]\ntimeout = nan"), "smtp.timeout"),
    ("zero SMTP attempts", section("[smtp]\nmax_attempts = 0"), "smtp.max_attempts"),
    (
        "negative misfire grace",
        section("[schedule]\nmisfire_grace_seconds = -5"),
        "schedule.misfire_grace_seconds",
    ),
    ("bad database URL", with_brief('database = "not a url"'), "brief.database"),
    ("database driver missing", with_brief('database = "nosuchdb://user@host/db"'), "brief.database"),
    (
        "output is a file",
        with_brief('output_dir = "../demo/feeds/bbc_2025-06-23_world_raw.xml"').replace(
            'output_dir = "../output"\n', ""
        ),
        "brief.output_dir",
    ),
    ("missing templates folder", with_brief('templates_dir = "../no-such-templates"'), "brief.templates_dir"),
]


@pytest.fixture
def config_file(demo_dir: Path) -> Callable[[str | bytes], Path]:
    def write(content: str | bytes) -> Path:
        path = demo_dir / "config" / "bad.toml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


def invoke(args: list[str], env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, args, env=env)


def assert_one_clear_line(result: Result, fragment: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception  # no other exception escaped
    lines = result.stderr.splitlines()
    assert lines and lines[0].startswith("error: "), result.stderr
    assert fragment in lines[0], (fragment, lines[0])
    assert len(lines) <= 2 and (len(lines) == 1 or lines[1].startswith("  hint: ")), result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize(("text", "fragment"), [(t, f) for _, t, f in BAD], ids=[i for i, _, _ in BAD])
@pytest.mark.parametrize("command", [["config"], ["run", "--no-send"]], ids=["config", "run"])
def test_bad_setting_is_one_line_and_exit_2(
    config_file: Callable[[str | bytes], Path], text: str, fragment: str, command: list[str]
) -> None:
    path = config_file(text)
    result = invoke(["--config", str(path), *command])
    assert_one_clear_line(result, fragment)
    assert not (path.parent.parent / "output" / "briefs").exists()  # nothing was run


@pytest.mark.parametrize("command", [["config"], ["run", "--no-send"]], ids=["config", "run"])
@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"\xff\xfe[brief]\n", "cannot read"), (b'[brief]\ntitle = "\x00"\n', "not valid TOML")],
    ids=["not UTF-8", "NUL byte"],
)
def test_unreadable_config_is_one_line(
    config_file: Callable[[str | bytes], Path], content: bytes, fragment: str, command: list[str]
) -> None:
    assert_one_clear_line(invoke(["--config", str(config_file(content)), *command]), fragment)


@pytest.mark.parametrize("command", [["config"], ["run", "--no-send"]], ids=["config", "run"])
def test_missing_config_file(tmp_path: Path, command: list[str]) -> None:
    assert_one_clear_line(
        invoke(["--config", str(tmp_path / "nope.toml"), *command]), "config file not found"
    )


@pytest.mark.parametrize("command", [["config"], ["run", "--no-send"]], ids=["config", "run"])
def test_config_path_is_a_folder(tmp_path: Path, command: list[str]) -> None:
    result = invoke(["--config", str(tmp_path), *command])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert "is a directory" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "fragment"),
    [
        ("BRIEFING_BRIEF_WINDOW_HOURS", "abc", "expected a whole number"),
        ("BRIEFING_FETCH_TIMEOUT", "soon", "expected a number"),
        ("BRIEFING_FETCH_TIMEOUT", "nan", "fetch.timeout"),
        ("BRIEFING_PDF_ENABLED", "perhaps", "expected true or false"),
        ("BRIEFING_SCHEDULE_CRON", "0 25 * * *", "schedule.cron"),
        ("BRIEFING_BRIEF_TIMEZONE", "Nowhere/Special", "unknown time zone"),
        ("BRIEFING_FETCH_TIMEOT", "5", "unknown setting 'BRIEFING_FETCH_TIMEOT' in the environment"),
        ("BRIEFING_SMTP_PORT", "70000", "smtp.port: 70000 is out of range (1 to 65535)"),
    ],
)
@pytest.mark.parametrize("command", [["config"], ["run", "--no-send"]], ids=["config", "run"])
def test_bad_environment_override(
    config_file: Callable[[str | bytes], Path], variable: str, value: str, fragment: str, command: list[str]
) -> None:
    result = invoke(["--config", str(config_file(BASE)), *command], env={variable: value})
    assert_one_clear_line(result, fragment)


@pytest.mark.parametrize(
    "command", [["run", "--no-send"], ["send"], ["outbox"]], ids=["run", "send", "outbox"]
)
@pytest.mark.parametrize("day", ["../../etc/passwd", "2026-13-01", "2026-01-04/../../x", "tomorrow"])
def test_a_bad_date_cannot_name_a_folder(
    config_file: Callable[[str | bytes], Path], day: str, command: list[str]
) -> None:
    result = invoke(["--config", str(config_file(BASE)), *command, "--date", day])
    assert_one_clear_line(result, "--date")


def test_the_base_config_is_valid(config_file: Callable[[str | bytes], Path]) -> None:
    """The cases above differ from a config that works, so each error is about its own setting."""
    path = config_file(BASE)
    result = invoke(["--config", str(path), "config"])
    assert result.exit_code == 0, result.stderr
    for fragment, text in [
        ("valid quoted", '"a.b+tag@example.org"'),
        ("plus and digits", '"desk-2+brief@mail.example.co.uk"'),
    ]:
        ok = config_file(recipient(f"address = {text}"))
        assert invoke(["--config", str(ok), "config"]).exit_code == 0, fragment
