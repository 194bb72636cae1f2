"""Ingest: fetch feeds (HTTP with conditional GET, or local files) and read seed files into sanitised Items.

Each source is handled on its own: a failure becomes a SourceStatus with a reason, never an exception that
stops the run. feedparser's verdict is sorted explicitly: 304 skip, 410 deactivate, >=400 error,
bozo with entries = warn and keep, bozo without entries = error.

Feeds are strangers' bytes. A fetch has a per-read timeout and a deadline for the whole request (a watchdog
shuts the socket, so a server that sends one byte a second cannot hold a run), a size cap counted after
decompression, and a redirect limit. Documents that declare external or nested XML entities (XXE, billion
laughs) are refused before parsing; character references the parser cannot represent are neutralised; at most
MAX_ENTRIES entries are read from one feed.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import http
import logging
import os
import re
import socket
import stat
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
import ftfy
import nh3
import requests
from requests.adapters import HTTPAdapter

from briefing.config import FetchSettings, SeedSettings, Settings, Source
from briefing.errors import SourceError
from briefing.models import Item, SourceStatus

log = logging.getLogger(__name__)

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ocid|cmpid|smid|ref|ref_src|at_medium|at_campaign|CMP|ito|s_cid)$",
    re.I,
)
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
SEED_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
ALLOWED_TAGS = {
    *("p", "br", "a", "b", "strong", "i", "em", "ul", "ol", "li"),
    *("blockquote", "h2", "h3", "h4", "code", "pre"),
}
MAX_ENTRIES = (
    2000  # entries read per feed: a flood of tiny entries within the size cap would cost minutes and GBs
)
TITLE_INPUT_MAX = 10_000
TEXT_INPUT_MAX = 200_000
DEADLINE_FACTOR = 3  # a whole request (redirects, headers, body) may take this many times fetch.timeout
CHUNK = 65536


@dataclass(frozen=True)
class SourceResult:
    """What one source gave: its status and its items (possibly empty)."""

    status: SourceStatus
    items: tuple[Item, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    canonical: dict[str, str] = field(default_factory=dict, hash=False)


# --- text helpers ----------------------------------------------------------------------------------------------


def clean_html(fragment: str) -> str:
    """Sanitise feed HTML for display: a small tag set, http(s) links only, no scripts, styles or handlers.

    Only the first CLEAN_INPUT_MAX characters are read, and markup with more than MAX_BLOCK_TAGS block tags is
    kept as plain text only: thousands of nested block tags make the HTML5 parser quadratic.
    """
    fragment = fragment[:CLEAN_INPUT_MAX]
    if _count(_BLOCK, fragment, MAX_BLOCK_TAGS) >= MAX_BLOCK_TAGS:
        return "".join(f"<p>{html.escape(line)}</p>" for line in html_to_text(fragment).splitlines())
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )


# Block tags become line breaks before nh3 sees them: thousands of nested <div>, <section>, <ul>... make the
# HTML5 tree builder quadratic. [^<>]* rather than [^>]*: "<br <br <br" without a ">" must stay linear too.
_BLOCK = re.compile(
    r"</?(p|br|hr|div|li|h[1-6]|tr|td|th|table|tbody|thead|tfoot|blockquote|section|article|aside|center|ul|ol|dl"
    r"|dt|dd|nav|header|footer|main|figure|figcaption|fieldset|legend|details|summary|address|menu|dir|pre|form"
    r"|hgroup)\b[^<>]*>",
    re.I,
)
CLEAN_INPUT_MAX = 100_000  # clean_html reads at most this much: its output is cut to 40,000 characters anyway
MAX_BLOCK_TAGS = 2000


def _count(pattern: re.Pattern[str], text: str, limit: int) -> int:
    """Matches of `pattern` in `text`, counting no further than `limit`."""
    n = 0
    for _ in pattern.finditer(text):
        n += 1
        if n >= limit:
            break
    return n


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped (script/style with their content), entities decoded."""
    if not fragment:
        return ""
    spaced = _BLOCK.sub("\n", fragment)
    text = nh3.clean(spaced, tags=set())
    text = html.unescape(html.unescape(text))
    text = fix_text(_BLANK_LINES.sub("\n", text))  # ftfy works line by line: empty lines only cost time
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


_BLANK_LINES = re.compile(r"\n(?:[ \t\r\u00a0]*\n)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def fix_text(text: str) -> str:
    """Repair mojibake (UTF-8 read as Latin-1, as in the TalCual feeds); strip control characters and lone surrogates."""
    fixed = ftfy.fix_text(_SURROGATE.sub("\ufffd", text), normalization="NFC")
    # a lone surrogate cannot be written as UTF-8: one in a title would crash every renderer downstream
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", fixed))


def one_line(text: str) -> str:
    """Titles are one line: CR/LF and runs of space collapsed (feed text can never split a header)."""
    return re.sub(r"\s+", " ", fix_text(text)).strip()


def safe_url(url: str) -> str:
    """Keep only absolute http(s) URLs; anything else (javascript:, data:, relative) becomes ''."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    if any(c in url for c in "\r\n\t\"'<> \\`") or _CONTROL.search(url) or len(url) > 2000:
        return ""
    return url


def canonical_url(url: str) -> str:
    """The link with tracking parameters, fragment and archive wrappers removed, host lower-cased."""
    url = safe_url(url)
    if not url:
        return ""
    m = re.match(r"^https?://archive\.(?:is|ph|today)/(?:newest/)?(https?://.+)$", url)
    if m:
        url = m.group(1)
    try:
        p = urlsplit(url)
    except ValueError:
        return ""
    query = urlencode(
        [(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    )
    path = p.path.rstrip("/") or "/"
    host = p.netloc.lower().removeprefix("www.")
    return urlunsplit(("https", host, path, query, ""))


def publisher_of(url: str, fallback: str) -> str:
    """The outlet behind a link: its registrable domain (bbc.co.uk, reuters.com), else the fallback."""
    host = urlsplit(canonical_url(url)).netloc.split(":")[0]
    if not host or host in ("github.com",):
        return fallback
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac") and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ES_WORDS = (
    "el la los las de del que y en un una por para con no se su al es lo como más pero sus le ya o este sí "
    "porque esta entre cuando muy sin sobre también"
)
_EN_WORDS = (
    "the of and to in a is that for it as was with be by on not he i this are or his from at which but have "
    "an they you were"
)
_ES = frozenset(_ES_WORDS.split())
_EN = frozenset(_EN_WORDS.split())


def detect_language(text: str, declared: str = "") -> str:
    """ru/es/en from the text itself (feeds mislabel: El Pitazo says en and writes Spanish); else the declared one."""
    sample = text[:2000]
    letters = sum(ch.isalpha() for ch in sample) or 1
    if len(_CYRILLIC.findall(sample)) / letters > 0.3:
        return "ru"
    if len(_CJK.findall(sample)) / letters > 0.3:
        return "zh"
    words = re.findall(r"[a-záéíóúñü]+", sample.lower())
    es = sum(w in _ES for w in words)
    en = sum(w in _EN for w in words)
    if es > en and es >= 2:
        return "es"
    if en > es and en >= 2:
        return "en"
    return re.sub(r"[^a-z]", "", (declared or "en").split("-")[0].lower())[:8] or "en"


def sane_date(dt: datetime | None, now: datetime) -> datetime | None:
    """Dates before 1995 (Meduza's 1970) or more than a day ahead are treated as unknown."""
    if dt is None or dt < EARLIEST or dt > now + timedelta(days=1):
        return None
    return dt


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(title: str, summary: str) -> str:
    norm = re.sub(r"\W+", " ", f"{title} {summary}".lower()).strip()
    return _hash(norm)[:32]


def display_name(name: str, limit: int = 120) -> str:
    """A file name fit for a log line and a brief: undecodable bytes replaced, one line, not too long."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return one_line(text)[:limit] or "?"


# --- fetching --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched:
    status_code: int
    body: bytes
    headers: dict[str, str]
    url: str


class _Deadline:
    """A watchdog for one request: when the time is up it shuts every socket the request opened.

    Per-read timeouts alone let a server that sends one byte per second hold a fetch for ever; shutting the
    socket wakes whatever read is blocked, so the whole request (redirects, headers, body) ends on time.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._done = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done = True
        self._timer.cancel()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class _WatchedAdapter(HTTPAdapter):
    """An adapter whose new connections register their sockets with a _Deadline."""

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__(max_retries=0)
        self._deadline = deadline

    def get_connection_with_tls_context(self, *args: Any, **kwargs: Any) -> Any:
        pool: Any = super().get_connection_with_tls_context(*args, **kwargs)
        base = pool.ConnectionCls
        if getattr(base, "_deadline", None) is not self._deadline:
            deadline = self._deadline

            def _new_conn(conn: Any) -> socket.socket:
                sock: socket.socket = base._new_conn(conn)
                deadline.add(sock)
                return sock

            pool.ConnectionCls = type(
                f"Watched{base.__name__}", (base,), {"_new_conn": _new_conn, "_deadline": deadline}
            )
        return pool


def fetch(
    url: str, fetch_settings: FetchSettings, etag: str | None = None, last_modified: str | None = None
) -> Fetched:
    """GET a feed with conditional headers, a timeout, a size cap after decompression and a redirect limit."""
    headers = {
        "User-Agent": fetch_settings.user_agent,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    cap = fetch_settings.max_bytes
    with requests.Session() as session, _Deadline(fetch_settings.timeout * DEADLINE_FACTOR) as deadline:
        session.trust_env = False  # no proxies or .netrc credentials from the environment for strangers' URLs
        session.max_redirects = max(fetch_settings.max_redirects, 0)
        adapter = _WatchedAdapter(deadline)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        try:
            resp = session.get(url, headers=headers, timeout=fetch_settings.timeout, stream=True)
        except requests.RequestException as exc:
            raise _fetch_error(exc, deadline, fetch_settings) from None
        with resp:
            if resp.status_code == 304:
                return Fetched(304, b"", dict(resp.headers), resp.url)
            if not 200 <= resp.status_code < 300:
                return Fetched(resp.status_code, b"", dict(resp.headers), resp.url)
            declared = resp.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cap and not resp.headers.get("Content-Encoding"):
                raise SourceError(
                    f"server announces {int(declared)} bytes, over the {cap}-byte size cap", _CAP_HINT
                )
            body = bytearray()
            try:
                # urllib3 decodes gzip/deflate at most CHUNK bytes at a time, so a bomb is stopped at the cap
                for chunk in resp.iter_content(chunk_size=CHUNK):
                    body += chunk
                    if len(body) > cap:
                        raise SourceError(
                            f"body larger than {cap} bytes after decompression (size cap)", _CAP_HINT
                        )
            except requests.RequestException as exc:
                raise _fetch_error(exc, deadline, fetch_settings) from None
            if deadline.expired:
                raise _timeout(fetch_settings)
            return Fetched(resp.status_code, bytes(body), dict(resp.headers), resp.url)


_CAP_HINT = "raise fetch.max_bytes if the feed is genuine"


def _timeout(fetch_settings: FetchSettings) -> SourceError:
    return SourceError(
        f"no complete answer within {fetch_settings.timeout:g} s per read / "
        f"{fetch_settings.timeout * DEADLINE_FACTOR:g} s in all (timeout)",
        "the server may be down or too slow",
    )


def _fetch_error(
    exc: requests.RequestException, deadline: _Deadline, fetch_settings: FetchSettings
) -> SourceError:
    """One clear line for a failed request; never the URL or the server's own words, which can be anything."""
    text = repr(exc)
    if deadline.expired or isinstance(exc, requests.Timeout) or "timed out" in text.lower():
        return _timeout(fetch_settings)
    if isinstance(exc, requests.TooManyRedirects):
        return SourceError(
            f"more than {fetch_settings.max_redirects} redirects (redirect loop?)", "check the feed URL"
        )
    if isinstance(exc, requests.exceptions.InvalidSchema | requests.exceptions.MissingSchema):
        return SourceError("redirected to a URL that is not http(s)", "only http and https feeds are fetched")
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidHeader):
        return SourceError("invalid URL or header in the server's answer", "check the feed URL")
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return SourceError(
            "body could not be decompressed (bad Content-Encoding)", "the server sent a broken body"
        )
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return SourceError(
            "connection broken before the body was complete", "the server closed the connection"
        )
    if isinstance(exc, requests.ConnectionError):
        for needle, reason in (
            ("Connection refused", "connection refused"),
            ("RemoteDisconnected", "the server closed the connection without answering"),
            ("BadStatusLine", "the server's answer is not HTTP"),
            ("more than 100 headers", "the server sent too many headers"),
            ("LineTooLong", "the server sent an over-long header line"),
            ("Name or service not known", "unknown host name"),
            ("NameResolutionError", "unknown host name"),
            ("CERTIFICATE_VERIFY_FAILED", "TLS certificate not valid"),
        ):
            if needle in text:
                return SourceError(f"cannot fetch: {reason}", "check the URL and the network")
        return SourceError("cannot connect", "check the URL and the network")
    return SourceError(f"request failed ({type(exc).__name__})")


# --- parsing ---------------------------------------------------------------------------------------------------


def _entry_date(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return datetime(t[0], t[1], t[2], t[3], t[4], t[5], tzinfo=UTC)
            except (TypeError, ValueError, OverflowError):
                continue
    return None


_ROOT = re.compile(rb"<[A-Za-z_]")  # the root element; a DTD, if any, comes before it
_ENTITY_DECL = re.compile(rb"""<!ENTITY\b((?:"[^"]*"|'[^']*'|[^"'>])*)>""", re.I)
_QUOTED = re.compile(rb""""([^"]*)"|'([^']*)'""")
_ENTITY_REF = re.compile(rb"[&%][A-Za-z_:][\w.:-]*;")
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)


def _prolog(body: bytes) -> bytes:
    """Everything before the root element, as ASCII-compatible bytes (UTF-16/32 documents are decoded first)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            body = body.decode(codec, "replace").encode("utf-8")
            break
    m = _ROOT.search(body)
    return body[: m.start()] if m else body


def refused_dtd(body: bytes) -> str:
    """Why a document's DTD is refused (external entities: XXE; nested or many entities: expansion bombs), or ''.

    feedparser drops most entity declarations itself and expat neither fetches external entities nor lets a
    billion laughs grow unbounded; this check makes the refusal explicit, with a reason, before any parser runs.
    """
    head = _prolog(body)
    if b"<!entity" not in head.lower():
        return ""
    decls = _ENTITY_DECL.findall(head)
    for decl in decls:
        bare = _QUOTED.sub(b"", decl).upper().split()
        if b"SYSTEM" in bare or b"PUBLIC" in bare:
            return "refused: the feed declares an external XML entity (XXE attempt to read local files)"
    for decl in decls:
        values = b"".join(a + b for a, b in _QUOTED.findall(decl))
        if decl.strip().startswith(b"%") or _ENTITY_REF.search(values):
            return "refused: the feed declares nested XML entities (entity-expansion bomb, 'billion laughs')"
    if any(len(a + b) > 1024 for decl in decls for a, b in _QUOTED.findall(decl)):
        return "refused: the feed declares an oversized XML entity (entity-expansion attempt, 'quadratic blowup')"
    if len(decls) > 50:
        return f"refused: the feed declares {len(decls)} XML entities (entity-expansion attempt)"
    return ""


# numeric references to code points that are not characters (NUL, surrogates, > U+10FFFF) crash feedparser's
# lenient parser; only long or zero ones can be such, so only those are looked at
_BIG_CHARREF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{4,})|0*([0-9]{5,})|(0+));")


def _neutralise_charrefs(body: bytes) -> bytes:
    def sub(m: re.Match[bytes]) -> bytes:
        hexa, dec, _zero = m.groups()
        digits = hexa or dec
        if not digits or len(digits) > 7:
            return b"&#xFFFD;"
        n = int(digits, 16 if hexa else 10)
        return b"&#xFFFD;" if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF else m.group(0)

    return _BIG_CHARREF.sub(sub, body)


_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")
_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")


def _limit_entries(body: bytes, limit: int = MAX_ENTRIES) -> tuple[bytes, int]:
    """The document cut after `limit` entries (the closing tags kept), and how many entries it had; 0 = not cut."""
    starts = []
    for m in _ENTRY_START.finditer(body):
        starts.append(m.start())
        if len(starts) > limit:
            break
    if len(starts) <= limit:
        return body, 0
    cut = starts[limit]
    total = limit + sum(1 for _ in _ENTRY_START.finditer(body, cut))
    last_end = None
    for m in _ENTRY_END.finditer(body, cut):
        last_end = m.end()
    return body[:cut] + (body[last_end:] if last_end else b""), total


def parse_feed(
    body: bytes, source: Source, headers: dict[str, str] | None = None, now: datetime | None = None
) -> tuple[list[Item], str, str, dict[str, str]]:
    """Parse feed bytes into Items; return (items, status, reason, canonical links by item id)."""
    now = now or datetime.now(UTC)
    if not body.strip():
        return [], "error", "empty response: no feed at all", {}
    refusal = refused_dtd(body)
    if refusal:
        return [], "error", refusal, {}
    body, total_entries = _limit_entries(_neutralise_charrefs(body))
    parsed = feedparser.parse(
        body,
        response_headers={k.lower(): v for k, v in (headers or {}).items()},
        sanitize_html=True,
        resolve_relative_uris=False,
    )
    entries = parsed.get("entries", [])[:MAX_ENTRIES]
    feed_lang = source.language or parsed.get("feed", {}).get("language", "") or ""
    looks_html = b"<html" in body[:4000].lower() or b"<!doctype html" in body[:4000].lower()
    ctype = {k.lower(): v for k, v in (headers or {}).items()}.get("content-type", "")
    if not entries and looks_html:
        return (
            [],
            "error",
            f"not a feed: got an HTML page{' (' + one_line(ctype)[:60] + ')' if ctype else ''}",
            {},
        )
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        return [], "error", f"not a readable feed: {type(exc).__name__}: {one_line(str(exc))[:120]}", {}
    items: list[Item] = []
    canonical: dict[str, str] = {}
    undated = linkless = duplicates = empty = 0
    seen: set[str] = set()
    titles_by_link: dict[str, set[str]] = {}
    for entry in entries:
        titles_by_link.setdefault(safe_url(entry.get("link", "") or ""), set()).add(
            str(entry.get("title", ""))
        )
    for entry in entries:
        # inputs cut well above what is kept (500-character titles, 20,000-character summaries): strangers'
        # markup costs time per character and per line, and one entry may not spend the run's budget
        title = one_line(html_to_text((entry.get("title", "") or "")[:TITLE_INPUT_MAX]))
        link = safe_url(entry.get("link", "") or "")
        content_parts = [c.get("value", "") or "" for c in entry.get("content", []) or []]
        raw_html = max([entry.get("summary", "") or "", *content_parts], key=len)
        summary = html_to_text(raw_html[:TEXT_INPUT_MAX])
        if not title:
            title = one_line(summary[:120]) if summary else ""
        if not title:
            empty += 1
            continue
        raw_guid = one_line(str(entry.get("id") or ""))[:900]
        if (
            raw_guid
            and link
            and raw_guid.startswith("http")
            and canonical_url(raw_guid) == canonical_url(link)
        ):
            raw_guid = ""  # a guid that is only the link (BBC's #0..#3 variants) dedups by link instead
        # a guid is only unique within its feed: scoped by source, another feed cannot shadow this one's items
        guid = f"{source.name}|{raw_guid}" if raw_guid else ""
        canon = canonical_url(link)
        if urlsplit(canon).path == "/" and not urlsplit(canon).query or len(titles_by_link.get(link, ())) > 1:
            canon = (
                ""  # a home-page or section link shared by different stories (Meduza) identifies none of them
            )
        item_id = _hash(source.name, raw_guid or canon and link or title)[:16]
        if item_id in seen:
            duplicates += 1
            continue
        seen.add(item_id)
        published = sane_date(_entry_date(entry), now)
        undated += published is None
        linkless += not link
        publisher = source.publisher or publisher_of(link, source.name)
        items.append(
            Item(
                id=item_id,
                source=source.name,
                title=title[:500],
                url=link,
                published=published,
                summary=summary[:20000],
                content_html=clean_html(raw_html)[:40000],
                language=detect_language(f"{title}. {summary}", feed_lang),
                guid=guid,
                content_hash=content_hash(title, summary),
                fetched_at=now,
                publisher=publisher,
            )
        )
        canonical[item_id] = canon
    notes = []
    if total_entries:
        notes.append(f"only the first {MAX_ENTRIES} of {total_entries} entries were read")
    if undated:
        notes.append(f"{undated} items without a usable date (missing, before 1995 or in the future)")
    if linkless:
        notes.append(f"{linkless} items without a usable http(s) link")
    if duplicates:
        notes.append(f"{duplicates} duplicate entries (same guid or link) skipped")
    if empty:
        notes.append(f"{empty} entries without title or text skipped")
    status = "ok"
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        status = "warning"
        notes.insert(
            0,
            f"feed has errors but {len(items)} items were read ({type(exc).__name__}: {one_line(str(exc))[:100]})",
        )
    elif not entries:
        status = "warning"
        notes.insert(0, "feed has no items")
    elif total_entries:
        status = "warning"
    return items, status, "; ".join(notes), canonical


def _read_file(path: Path, max_bytes: int) -> bytes:
    """At most max_bytes + 1 bytes of a regular file (never a FIFO or device, which could block or never end)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise SourceError(f"{display_name(path.name)}: not a regular file")
        return fh.read(max_bytes + 1)


def read_source(
    source: Source, settings: Settings, state: dict[str, Any], now: datetime | None = None
) -> SourceResult:
    """Fetch and parse one source; every failure is turned into a status with a reason."""
    now = now or datetime.now(UTC)

    def status(st: str, reason: str = "", seen: int = 0) -> SourceStatus:
        return SourceStatus(
            source.name, source.location, "feed", st, reason[:1000], items_seen=seen, grade=source.grade
        )

    if not source.enabled:
        return SourceResult(status("disabled", "disabled in config"))
    if state.get("gone"):
        return SourceResult(
            status("gone", "the server said the feed is gone (410); remove it or set enabled = false")
        )
    try:
        if source.path is not None:
            try:
                body = _read_file(source.path, settings.fetch.max_bytes)
            except OSError as exc:
                raise SourceError(f"cannot read {display_name(source.path.name)}: {exc.strerror}") from None
            if len(body) > settings.fetch.max_bytes:
                raise SourceError(f"file larger than {settings.fetch.max_bytes} bytes (size cap)", _CAP_HINT)
            headers: dict[str, str] = {}
            etag = lm = None
        else:
            got = fetch(source.url, settings.fetch, state.get("etag"), state.get("last_modified"))
            if got.status_code == 304:
                return SourceResult(
                    status("not-modified", "not modified since last fetch (304)"),
                    etag=state.get("etag"),
                    last_modified=state.get("last_modified"),
                )
            if got.status_code == 410:
                return SourceResult(
                    status("gone", "HTTP 410 Gone: the feed was removed; it will not be fetched again")
                )
            if got.status_code >= 400:
                return SourceResult(
                    status("error", f"HTTP {got.status_code} {_phrase(got.status_code)}".strip())
                )
            if not 200 <= got.status_code < 300:
                return SourceResult(status("error", f"HTTP {got.status_code}: no feed in the answer"))
            body, headers = got.body, got.headers
            etag, lm = _validator(got.headers.get("ETag")), _validator(got.headers.get("Last-Modified"))
        items, st, reason, canonical = parse_feed(body, source, headers, now)
    except SourceError as exc:
        return SourceResult(status("error", exc.message))
    except Exception as exc:  # a stranger's bytes must never stop the run
        log.exception("unexpected error reading %s", source.name)
        return SourceResult(status("error", f"unexpected {type(exc).__name__}: {one_line(str(exc))[:120]}"))
    if st == "ok" and reason:
        log.info("source %s: %s", source.name, reason)  # warnings and errors are logged by the pipeline
    return SourceResult(status(st, reason, len(items)), tuple(items), etag, lm, canonical)


def _phrase(code: int) -> str:
    try:
        return http.HTTPStatus(code).phrase
    except ValueError:
        return ""


def _validator(value: str | None) -> str | None:
    """An ETag or Last-Modified worth sending back: one short line, else none."""
    if not value or len(value) > 200 or any(c in value for c in "\r\n\x00"):
        return None
    return value


def read_feeds(
    settings: Settings, states: dict[str, dict[str, Any]], progress: Callable[[str], None] | None = None
) -> list[SourceResult]:
    """All configured sources, fetched in parallel; results in config order."""
    now = datetime.now(UTC)

    def one(src: Source) -> SourceResult:
        res = read_source(src, settings, states.get(src.name, {}), now)
        if progress:
            progress(src.name)
        return res

    with ThreadPoolExecutor(max_workers=settings.fetch.workers) as pool:
        return list(pool.map(one, settings.sources))


# --- seeds -----------------------------------------------------------------------------------------------------


def _first_sentence(text: str) -> str:
    m = re.match(r"(.{20,300}?[.!?])(\s|$)", text)
    return m.group(1) if m else text[:200]


def _element(text: str, tag: str) -> tuple[int, int, int, int] | None:
    """(start, content start, content end, end) of the first <tag ...>...</tag>, found in linear time.

    A lazy regex such as <title.*?</title> is quadratic on a page with many "<title" and no "</title>".
    """
    m = re.search(rf"<{tag}(?:\s[^<>]*)?>", text, re.I)
    if not m:
        return None
    end = text.lower().find(f"</{tag}>", m.end())
    return (m.start(), m.end(), end, end + len(tag) + 3) if end >= 0 else None


def read_seed(path: Path, folder: Path, max_bytes: int, now: datetime | None = None) -> Item:
    """One seed article; headline = <title> or first line (its first sentence if the line is a paragraph)."""
    now = now or datetime.now(UTC)
    name = display_name(path.name)
    kind = SEED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SourceError(f"{name}: not a .txt, .md or .html file")
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise SourceError(f"{name}: cannot be opened (missing target or a symlink loop)") from None
    if not real.is_relative_to(folder.resolve()):
        raise SourceError(
            f"{name}: points outside the seeds folder (symlink?)",
            "copy the file into the folder instead",
        )
    try:
        raw = _read_file(real, max_bytes)
    except OSError as exc:
        raise SourceError(f"{name}: cannot read: {exc.strerror}") from None
    if len(raw) > max_bytes:
        raise SourceError(f"{name}: over the {max_bytes}-byte limit", "raise seeds.max_bytes")
    if not raw.strip():
        raise SourceError(f"{name}: empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(f"{name}: UTF-16 text, not UTF-8", "save the file as UTF-8")
    if b"\x00" in raw[:8192]:
        raise SourceError(f"{name}: binary file, not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{name}: not UTF-8 text (byte {exc.start})", "save the file as UTF-8") from None
    text = fix_text(text)
    if not text.strip():
        raise SourceError(f"{name}: empty file")
    if kind == "html":
        title_at = _element(text, "title")
        head = _element(text, "head")
        body_html = text[: head[0]] + text[head[3] :] if head else text
        body = html_to_text(body_html)
        title = one_line(html_to_text(text[title_at[1] : title_at[2]])) if title_at else ""
        if not title:
            title = one_line(body.split("\n", 1)[0])
        content_html = clean_html(body_html)
    else:
        lines = [ln.rstrip() for ln in text.strip().splitlines()]
        first = lines[0].lstrip("# ").strip() if kind == "markdown" else lines[0].strip()
        if len(first) <= 200:
            title, body = first, "\n".join(lines[1:]).strip() or first
        else:
            title, body = _first_sentence(first), "\n".join(lines).strip()
        title = one_line(title)
        content_html = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    if not title:
        raise SourceError(f"{name}: no headline found")
    return Item(
        id=_hash("seed", name, content_hash(title, body))[:16],
        source="seeds",
        title=title[:500],
        url="",
        published=None,
        summary=body,
        content_html=content_html,
        language=detect_language(body),
        guid=f"seed:{name}:{content_hash(title, body)[:12]}",  # an edited seed is a new article, not a duplicate
        content_hash=content_hash(title, body),
        fetched_at=now,
        publisher=f"seed:{display_name(path.stem)}",
    )


def read_seeds(seeds: SeedSettings) -> SourceResult:
    """Every seed file in the folder; unreadable ones are skipped with a reason and counted."""
    folder = seeds.folder
    name = "seeds"
    if not folder.is_dir():
        return SourceResult(
            SourceStatus(name, str(folder), "seed", "warning", "seeds folder not found; no seed articles")
        )
    items: list[Item] = []
    problems: list[str] = []
    try:
        paths = sorted(folder.iterdir())
    except OSError as exc:
        return SourceResult(
            SourceStatus(name, str(folder), "seed", "error", f"cannot list the seeds folder: {exc.strerror}")
        )
    for path in paths:
        if path.name.startswith(".") or path.name.lower().startswith("readme") or path.is_dir():
            continue
        try:
            items.append(read_seed(path, folder, seeds.max_bytes))
        except SourceError as exc:
            log.warning("seed skipped: %s", exc)
            problems.append(exc.message)
        except Exception as exc:  # one odd file must not stop the run
            log.exception("unexpected error reading seed %s", display_name(path.name))
            problems.append(f"{display_name(path.name)}: unexpected {type(exc).__name__}")
    status = "warning" if problems else "ok"
    reason = f"{len(problems)} skipped: " + "; ".join(problems) if problems else ""
    return SourceResult(
        SourceStatus(name, str(folder), "seed", status, reason[:4000], items_seen=len(items), grade="F"),
        tuple(items),
    )


# --- OPML ------------------------------------------------------------------------------------------------------


def read_opml(path: Path) -> list[dict[str, str]]:
    """Feeds listed in an OPML file, tolerant of the invalid XML real lists ship (bare &, stray quotes)."""
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}") from None
    feeds: list[dict[str, str]] = []
    seen: set[str] = set()
    for tag in re.findall(r"""<outline\b((?:"[^"]*"|'[^']*'|[^'">])*)/?>""", text, re.S | re.I):
        attrs = _loose_attrs(tag)
        url = attrs.get("xmlurl", "")
        if not url or url in seen:
            continue
        seen.add(url)
        title = html.unescape(attrs.get("title") or attrs.get("text") or url)
        feeds.append({"name": one_line(title), "url": html.unescape(url)})
    return feeds


def _loose_attrs(tag: str) -> dict[str, str]:
    """Attributes of one tag, read the way a browser would: each value runs to the quote before the next name=."""
    attrs: dict[str, str] = {}
    for m in re.finditer(
        r'([A-Za-z_:][\w:.-]*)\s*=\s*"(.*?)"(?=\s+[A-Za-z_:][\w:.-]*\s*=|\s*$)', tag.strip(), re.S
    ):
        attrs[m.group(1).lower()] = m.group(2)
    return attrs
