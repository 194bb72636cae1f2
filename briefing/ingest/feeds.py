"""Feeds: one source's bytes to sanitised Items, with feedparser's verdict sorted explicitly.

Each source is handled on its own: a failure becomes a SourceStatus with a reason, never an exception that
stops the run. feedparser's verdict is sorted explicitly: 304 skip, 410 deactivate, >=400 error,
bozo with entries = warn and keep, bozo without entries = error. At most MAX_ENTRIES entries are read from
one feed.
"""

from __future__ import annotations

import hashlib
import html
import http
import logging
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from briefing.config import Settings, Source
from briefing.errors import SourceError
from briefing.ingest.fetch import CAP_HINT, fetch, read_file
from briefing.ingest.xmlsafe import MAX_ENTRIES, limit_entries, neutralise_charrefs, refused_dtd
from briefing.models import Item, SourceStatus
from briefing.text import (
    CONTROL,
    clean_html,
    content_hash,
    detect_language,
    display_name,
    drop_link_notes,
    html_to_text,
    one_line,
    stable_hash,
)

log = logging.getLogger(__name__)

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ocid|cmpid|smid|ref|ref_src|at_medium|at_campaign|CMP|ito|s_cid)$",
    re.I,
)
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
TITLE_INPUT_MAX = 10_000
TEXT_INPUT_MAX = 200_000


@dataclass(frozen=True)
class SourceResult:
    """What one source gave: its status and its items (possibly empty)."""

    status: SourceStatus
    items: tuple[Item, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    canonical: dict[str, str] = field(default_factory=dict, hash=False)
    body_hash: str | None = None  # of the body just read; stored with the source state once its items are


# --- links and dates -------------------------------------------------------------------------------------------


def safe_url(url: str) -> str:
    """Keep only absolute http(s) URLs; anything else (javascript:, data:, relative) becomes ''."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    if any(c in url for c in "\r\n\t\"'<> \\`") or CONTROL.search(url) or len(url) > 2000:
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


def _home_page(canon: str) -> bool:
    """Whether a canonical link is a site's home page (no path, no query): it names a site, not an article."""
    parts = urlsplit(canon)
    return parts.path == "/" and not parts.query


def publisher_of(url: str, fallback: str) -> str:
    """The outlet behind a link: its registrable domain (bbc.co.uk, reuters.com), else the fallback."""
    host = urlsplit(canonical_url(url)).netloc.split(":")[0]
    if not host:
        return fallback
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac") and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def sane_date(dt: datetime | None, now: datetime) -> datetime | None:
    """Dates before 1995 (Meduza's 1970) or more than a day ahead are treated as unknown."""
    if dt is None or dt < EARLIEST or dt > now + timedelta(days=1):
        return None
    return dt


def _entry_date(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return datetime(t[0], t[1], t[2], t[3], t[4], t[5], tzinfo=UTC)
            except (TypeError, ValueError, OverflowError):
                continue
    return None


# --- parsing ---------------------------------------------------------------------------------------------------


@dataclass
class _Counts:
    """What parse_feed skipped or could not fill, for the source's status line."""

    undated: int = 0
    linkless: int = 0
    duplicates: int = 0
    empty: int = 0


@dataclass(frozen=True)
class _Feed:
    """What every entry of one feed shares."""

    source: Source
    language: str
    host_page: str  # the channel's home page when the articles live elsewhere (a scraper's repository), or ''
    titles_by_link: dict[str, set[str]]
    now: datetime


def _unreadable(body: bytes, parsed: Any, entries: list[Any], headers: dict[str, str]) -> str:
    """Why a parsed document gives no feed at all (an HTML page, broken XML without entries), or ''."""
    looks_html = b"<html" in body[:4000].lower() or b"<!doctype html" in body[:4000].lower()
    ctype = headers.get("content-type", "")
    if not entries and looks_html:
        return f"not a feed: got an HTML page{' (' + one_line(ctype)[:60] + ')' if ctype else ''}"
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        return f"not a readable feed: {type(exc).__name__}: {one_line(str(exc))[:120]}"
    return ""


def _guid(entry: Any, link: str, source: Source) -> tuple[str, str]:
    """(the entry's own guid, the guid scoped by source); a guid that is only the link counts as none."""
    raw_guid = one_line(str(entry.get("id") or ""))[:900]
    if raw_guid and link and raw_guid.startswith("http") and canonical_url(raw_guid) == canonical_url(link):
        raw_guid = ""  # a guid that is only the link (BBC's #0..#3 variants) dedups by link instead
    # a guid is only unique within its feed: scoped by source, another feed cannot shadow this one's items
    return raw_guid, f"{source.name}|{raw_guid}" if raw_guid else ""


# A link aggregator's entry (Reddit: every subreddit's feed) links its discussion page and gives the article it shares
# in its text as "[link]": the article is the report, and its outlet the publisher
_SHARED_LINK = re.compile(r"<a\s+href=[\"']([^\"'<>\s]+)[\"']\s*>\s*\[link\]\s*</a>", re.I)


def _shared_article(raw_html: str, link: str) -> str:
    """The article an aggregator's entry shares under "[link]", when it is on another site than the entry's own
    link (a post that only starts a discussion links its own page there); else ""."""
    m = _SHARED_LINK.search(raw_html) if "[link]" in raw_html else None
    if m is None:
        return ""
    shared = safe_url(html.unescape(m.group(1)))
    host = urlsplit(canonical_url(shared)).netloc
    return shared if host and host != urlsplit(canonical_url(link)).netloc else ""


def _entry_item(entry: Any, feed: _Feed, counts: _Counts, seen: set[str]) -> tuple[Item, str] | None:
    """One entry as an Item and its canonical link; None (counted) when it has no title nor text or is a duplicate."""
    source = feed.source
    # inputs cut well above what is kept (500-character titles, 20,000-character summaries): strangers'
    # markup costs time per character and per line, and one entry may not spend the run's budget
    title = one_line(html_to_text((entry.get("title", "") or "")[:TITLE_INPUT_MAX]))
    link = safe_url(entry.get("link", "") or "")
    content_parts = [c.get("value", "") or "" for c in entry.get("content", []) or []]
    raw_html = max([entry.get("summary", "") or "", *content_parts], key=len)
    # "submitted by /u/... [link] [comments]": the article shared, not the thread about it (so that it is stored
    # once with the outlet's own copy, and credited to that outlet)
    link = _shared_article(raw_html[:TEXT_INPUT_MAX], link) or link
    summary = drop_link_notes(html_to_text(raw_html[:TEXT_INPUT_MAX]))
    if not title:
        title = one_line(summary[:120]) if summary else ""
    if not title:
        counts.empty += 1
        return None
    raw_guid, guid = _guid(entry, link, source)
    canon = canonical_url(link)
    if _home_page(canon) or len(feed.titles_by_link.get(link, ())) > 1:
        canon = ""  # a home-page or section link shared by different stories (Meduza) identifies none of them
    item_id = stable_hash(source.name, raw_guid or canon and link or title)[:16]
    if item_id in seen:
        counts.duplicates += 1
        return None
    seen.add(item_id)
    published = sane_date(_entry_date(entry), feed.now)
    counts.undated += published is None
    counts.linkless += not link
    # the channel's home page given as an entry's link says where the feed is kept, not who wrote the entry
    by_link = "" if feed.host_page and canonical_url(link) == feed.host_page else link
    item = Item(
        id=item_id,
        source=source.name,
        title=title[:500],
        url=link,
        published=published,
        summary=summary[:20000],
        content_html=clean_html(raw_html)[:40000],
        language=detect_language(f"{title}. {summary}", feed.language),
        guid=guid,
        content_hash=content_hash(title, summary),
        fetched_at=feed.now,
        publisher=source.publisher or publisher_of(by_link, source.name),
    )
    return item, canon


def _host_page(channel_link: str, links: Iterable[str]) -> str:
    """The channel's home page when the feed's articles all live on other sites (a scraper's host), else ''."""
    home = canonical_url(channel_link)
    if not home or not _home_page(home):
        return ""
    article_sites = {publisher_of(link, "") for link in links if link and not _home_page(canonical_url(link))}
    return home if article_sites and publisher_of(home, "") not in article_sites else ""


def _notes(counts: _Counts, total_entries: int) -> list[str]:
    notes = []
    if total_entries:
        notes.append(f"only the first {MAX_ENTRIES} of {total_entries} entries were read")
    if counts.undated:
        notes.append(f"{counts.undated} items without a usable date (missing, before 1995 or in the future)")
    if counts.linkless:
        notes.append(f"{counts.linkless} items without a usable http(s) link")
    if counts.duplicates:
        notes.append(f"{counts.duplicates} duplicate entries (same guid or link) skipped")
    if counts.empty:
        notes.append(f"{counts.empty} entries without title or text skipped")
    return notes


def _verdict(parsed: Any, entries: list[Any], kept: int, notes: list[str], cut: bool) -> str:
    """ok or warning, with the warning's reason put first in `notes`: bozo with entries = warn and keep."""
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        notes.insert(
            0,
            f"feed has errors but {kept} items were read ({type(exc).__name__}: {one_line(str(exc))[:100]})",
        )
        return "warning"
    if not entries:
        notes.insert(0, "feed has no items")
        return "warning"
    return "warning" if cut else "ok"


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
    body, total_entries = limit_entries(neutralise_charrefs(body))
    lower_headers = {k.lower(): v for k, v in (headers or {}).items()}
    parsed = feedparser.parse(
        body, response_headers=lower_headers, sanitize_html=True, resolve_relative_uris=False
    )
    entries = parsed.get("entries", [])[:MAX_ENTRIES]
    unreadable = _unreadable(body, parsed, entries, lower_headers)
    if unreadable:
        return [], "error", unreadable, {}
    channel = parsed.get("feed", {})
    titles_by_link: dict[str, set[str]] = {}
    for entry in entries:
        titles_by_link.setdefault(safe_url(entry.get("link", "") or ""), set()).add(
            str(entry.get("title", ""))
        )
    feed = _Feed(
        source,
        source.language or channel.get("language", "") or "",
        _host_page(channel.get("link", "") or "", titles_by_link),
        titles_by_link,
        now,
    )
    items: list[Item] = []
    canonical: dict[str, str] = {}
    counts = _Counts()
    seen: set[str] = set()
    for entry in entries:
        made = _entry_item(entry, feed, counts, seen)
        if made is not None:
            items.append(made[0])
            canonical[made[0].id] = made[1]
    notes = _notes(counts, total_entries)
    status = _verdict(parsed, entries, len(items), notes, bool(total_entries))
    return items, status, "; ".join(notes), canonical


# --- one source, all sources ------------------------------------------------------------------------------------


def _local_body(source: Source, settings: Settings) -> bytes:
    assert source.path is not None
    try:
        body = read_file(source.path, settings.fetch.max_bytes)
    except OSError as exc:
        raise SourceError(f"cannot read {display_name(source.path.name)}: {exc.strerror}") from None
    if len(body) > settings.fetch.max_bytes:
        raise SourceError(f"file larger than {settings.fetch.max_bytes} bytes (size cap)", CAP_HINT)
    return body


Parse = Callable[[bytes, Source, dict[str, str], datetime], tuple[list[Item], str, str, dict[str, str]]]


def read_source(
    source: Source,
    settings: Settings,
    state: dict[str, Any],
    now: datetime | None = None,
    parse: Parse | None = None,
) -> SourceResult:
    """Fetch and parse one source; every failure is turned into a status with a reason.

    `parse` stands in for parse_feed (the engine's worker processes parse there)."""
    now = now or datetime.now(UTC)

    def status(st: str, reason: str = "", seen: int = 0) -> SourceStatus:
        return SourceStatus(
            source.name, source.location, "feed", st, reason[:1000], items_seen=seen, grade=source.grade_text
        )

    if not source.enabled:
        return SourceResult(status("disabled", "disabled in config"))
    if state.get("gone"):
        return SourceResult(
            status("gone", "the server said the feed is gone (410); remove it or set enabled = false")
        )
    try:
        if source.path is not None:
            body = _local_body(source, settings)
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
        digest = body_hash(body, source)
        if digest == state.get("body_hash"):  # a server that ignores conditional GET: nothing to parse
            return SourceResult(
                status("not-modified", "unchanged since the last fetch (same content)"),
                etag=etag,
                last_modified=lm,
                body_hash=digest,
            )
        items, st, reason, canonical = (parse or parse_feed)(body, source, headers, now)
    except SourceError as exc:
        return SourceResult(status("error", exc.message))
    except Exception as exc:  # a stranger's bytes must never stop the run
        log.exception("unexpected error reading %s", source.name)
        return SourceResult(status("error", f"unexpected {type(exc).__name__}: {one_line(str(exc))[:120]}"))
    if st == "ok" and reason:
        log.info("source %s: %s", source.name, reason)  # warnings and errors are logged by the pipeline
    return SourceResult(status(st, reason, len(items)), tuple(items), etag, lm, canonical, digest)


# Bump when parse_feed reads the same bytes into different items, so that unchanged bodies are parsed again.
PARSE_VERSION = "2"  # 2: publishers' closing lines and aggregators' shared links


def body_hash(body: bytes, source: Source) -> str:
    """The body and what else decides its items (the source's settings, the parser version)."""
    h = hashlib.sha256(
        f"{PARSE_VERSION}\x1f{source.name}\x1f{source.publisher}\x1f{source.language}\x1f".encode()
    )
    h.update(body)
    return h.hexdigest()


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
    settings: Settings,
    states: dict[str, dict[str, Any]],
    progress: Callable[[str], None] | None = None,
    parse: Parse | None = None,
) -> list[SourceResult]:
    """All configured sources, fetched in parallel; results in config order. `parse` as for read_source."""
    now = datetime.now(UTC)

    def one(src: Source) -> SourceResult:
        res = read_source(src, settings, states.get(src.name, {}), now, parse)
        if progress:
            progress(src.name)
        return res

    with ThreadPoolExecutor(max_workers=settings.fetch.workers) as pool:
        return list(pool.map(one, settings.sources))
