"""Ingest: fetch feeds (HTTP with conditional GET, or local files) and read seed files into sanitised Items.

Each source is handled on its own: a failure becomes a SourceStatus with a reason, never an exception that
stops the run. feedparser's verdict is sorted explicitly: 304 skip, 410 deactivate, >=400 error,
bozo with entries = warn and keep, bozo without entries = error.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import time
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

from briefing.config import FetchSettings, SeedSettings, Settings, Source
from briefing.errors import SourceError
from briefing.models import Item, SourceStatus

log = logging.getLogger(__name__)

TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ocid|cmpid|smid|ref|ref_src|at_medium|at_campaign|CMP|ito|s_cid)$", re.I)
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
SEED_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
ALLOWED_TAGS = {"p", "br", "a", "b", "strong", "i", "em", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "code", "pre"}


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
    """Sanitise feed HTML for display: a small tag set, http(s) links only, no scripts, styles or handlers."""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )


_BLOCK = re.compile(r"</?(p|br|div|li|h[1-6]|tr|blockquote)\b[^>]*>", re.I)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped (script/style with their content), entities decoded."""
    if not fragment:
        return ""
    spaced = _BLOCK.sub(lambda m: "\n", fragment)
    text = nh3.clean(spaced, tags=set())
    text = html.unescape(html.unescape(text))
    text = fix_text(text)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def fix_text(text: str) -> str:
    """Repair mojibake (UTF-8 read as Latin-1, as in the TalCual feeds) and strip control characters."""
    fixed = ftfy.fix_text(text, normalization="NFC")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", fixed)


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
    if any(c in url for c in "\r\n\t\"'<> "):
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
    p = urlsplit(url)
    query = urlencode([(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)])
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
_ES = set("el la los las de del que y en un una por para con no se su al es lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también".split())
_EN = set("the of and to in a is that for it as was with be by on not he i this are or his from at which but have an they you were".split())


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
    return (declared or "en").split("-")[0].lower()[:8] or "en"


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


# --- feeds -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched:
    status_code: int
    body: bytes
    headers: dict[str, str]
    url: str


def fetch(url: str, fetch_settings: FetchSettings, etag: str | None = None, last_modified: str | None = None) -> Fetched:
    """GET a feed with conditional headers, a timeout, a size cap after decompression and a redirect limit."""
    headers = {"User-Agent": fetch_settings.user_agent, "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + fetch_settings.timeout * 3
    with requests.Session() as session:
        session.max_redirects = fetch_settings.max_redirects
        try:
            resp = session.get(url, headers=headers, timeout=fetch_settings.timeout, stream=True)
        except requests.TooManyRedirects:
            raise SourceError(f"more than {fetch_settings.max_redirects} redirects (redirect loop?)", "check the feed URL") from None
        except requests.Timeout:
            raise SourceError(f"no answer within {fetch_settings.timeout:g} s (timeout)", "the server may be down") from None
        except requests.ConnectionError as exc:
            raise SourceError(f"cannot connect: {_short(exc)}", "check the URL and the network") from None
        except requests.RequestException as exc:
            raise SourceError(f"request failed: {_short(exc)}") from None
        with resp:
            if resp.status_code == 304:
                return Fetched(304, b"", dict(resp.headers), resp.url)
            chunks: list[bytes] = []
            size = 0
            try:
                for chunk in resp.iter_content(chunk_size=65536):
                    size += len(chunk)
                    if size > fetch_settings.max_bytes:
                        raise SourceError(f"body larger than {fetch_settings.max_bytes} bytes (size cap)", "raise fetch.max_bytes if the feed is genuine")
                    if time.monotonic() > deadline:
                        raise SourceError(f"body not complete within {fetch_settings.timeout * 3:g} s (timeout)", "the server is too slow")
                    chunks.append(chunk)
            except requests.RequestException as exc:
                raise SourceError(f"download failed: {_short(exc)}", "the server may have closed the connection") from None
            return Fetched(resp.status_code, b"".join(chunks), dict(resp.headers), resp.url)


def _short(exc: BaseException) -> str:
    text = str(exc)
    m = re.search(r"(\[Errno [^\]]+\][^')]*)|(Read timed out)|(Connection refused)", text)
    return (m.group(0) if m else text)[:160]


def _entry_date(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return datetime(t[0], t[1], t[2], t[3], t[4], t[5], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def parse_feed(body: bytes, source: Source, headers: dict[str, str] | None = None, now: datetime | None = None) -> tuple[list[Item], str, str, dict[str, str]]:
    """Parse feed bytes into Items; return (items, status, reason, canonical links by item id)."""
    now = now or datetime.now(UTC)
    parsed = feedparser.parse(body, response_headers={k.lower(): v for k, v in (headers or {}).items()}, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries", [])
    feed_lang = source.language or parsed.get("feed", {}).get("language", "") or ""
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        ctype = (headers or {}).get("Content-Type", (headers or {}).get("content-type", ""))
        if b"<html" in body[:2000].lower():
            return [], "error", f"not a feed: got an HTML page{' (' + ctype + ')' if ctype else ''}", {}
        return [], "error", f"not a readable feed: {type(exc).__name__}: {str(exc)[:120]}", {}
    if not parsed.get("version") and not entries:
        if b"<html" in body[:2000].lower():
            return [], "error", "not a feed: got an HTML page", {}
        if not body.strip():
            return [], "error", "empty response", {}
    items: list[Item] = []
    canonical: dict[str, str] = {}
    undated = 0
    for entry in entries:
        title = one_line(html_to_text(entry.get("title", "") or ""))
        link = safe_url(entry.get("link", "") or "")
        content_parts = [c.get("value", "") for c in entry.get("content", []) or []]
        raw_html = max([entry.get("summary", "") or "", *content_parts], key=len)
        summary = html_to_text(raw_html)
        if not title:
            title = one_line(summary[:120]) if summary else ""
        if not title:
            continue
        guid = (entry.get("id") or "").strip()[:1000]
        if guid and link and guid.startswith("http") and canonical_url(guid) == canonical_url(link):
            guid = ""  # a guid that is only the link (BBC's #0..#3 variants) dedups by link instead
        published = sane_date(_entry_date(entry), now)
        if published is None:
            undated += 1
        key = guid or link or title
        item_id = _hash(source.name, key)[:16]
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
        canonical[item_id] = canonical_url(link)
    status, reason = "ok", ""
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        status, reason = "warning", f"feed has errors but {len(items)} items were read ({type(exc).__name__})"
    elif not entries:
        status, reason = "warning", "feed has no items"
    elif undated:
        status, reason = "ok", f"{undated} items without a usable date"
    return items, status, reason, canonical


def read_source(source: Source, settings: Settings, state: dict[str, Any], now: datetime | None = None) -> SourceResult:
    """Fetch and parse one source; every failure is turned into a status with a reason."""
    now = now or datetime.now(UTC)

    def status(st: str, reason: str = "", seen: int = 0) -> SourceStatus:
        return SourceStatus(source.name, source.location, "feed", st, reason, items_seen=seen, grade=source.grade)

    if not source.enabled:
        return SourceResult(status("disabled", "disabled in config"))
    if state.get("gone"):
        return SourceResult(status("gone", "the server said the feed is gone (410); remove it or set enabled = false"))
    try:
        if source.path is not None:
            try:
                body = source.path.read_bytes()[: settings.fetch.max_bytes + 1]
            except OSError as exc:
                raise SourceError(f"cannot read {source.path.name}: {exc.strerror}") from None
            if len(body) > settings.fetch.max_bytes:
                raise SourceError(f"file larger than {settings.fetch.max_bytes} bytes (size cap)")
            headers: dict[str, str] = {}
            etag = lm = None
        else:
            got = fetch(source.url, settings.fetch, state.get("etag"), state.get("last_modified"))
            if got.status_code == 304:
                return SourceResult(status("not-modified", "not modified since last fetch (304)"), etag=state.get("etag"), last_modified=state.get("last_modified"))
            if got.status_code == 410:
                return SourceResult(status("gone", "HTTP 410 Gone: the feed was removed; it will not be fetched again"))
            if got.status_code >= 400:
                return SourceResult(status("error", f"HTTP {got.status_code}"))
            body, headers = got.body, got.headers
            etag, lm = got.headers.get("ETag"), got.headers.get("Last-Modified")
        items, st, reason, canonical = parse_feed(body, source, headers, now)
    except SourceError as exc:
        return SourceResult(status("error", str(exc)))
    except Exception as exc:  # a stranger's bytes must never stop the run
        log.exception("unexpected error reading %s", source.name)
        return SourceResult(status("error", f"unexpected {type(exc).__name__}: {str(exc)[:120]}"))
    return SourceResult(status(st, reason, len(items)), tuple(items), etag, lm, canonical)


def read_feeds(settings: Settings, states: dict[str, dict[str, Any]], progress: Callable[[str], None] | None = None) -> list[SourceResult]:
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


def read_seed(path: Path, folder: Path, max_bytes: int, now: datetime | None = None) -> Item:
    """One seed article; headline = <title> or first line (its first sentence if the line is a paragraph)."""
    now = now or datetime.now(UTC)
    kind = SEED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise SourceError(f"{path.name}: not a .txt, .md or .html file")
    real = path.resolve()
    if not real.is_relative_to(folder.resolve()):
        raise SourceError(f"{path.name}: points outside the seeds folder (symlink?)", "copy the file into the folder instead")
    try:
        size = real.stat().st_size
        if size > max_bytes:
            raise SourceError(f"{path.name}: {size} bytes is over the {max_bytes}-byte limit", "raise seeds.max_bytes")
        raw = real.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path.name}: cannot read: {exc.strerror}") from None
    if not raw.strip():
        raise SourceError(f"{path.name}: empty file")
    if b"\x00" in raw[:8192]:
        raise SourceError(f"{path.name}: binary file, not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path.name}: not UTF-8 text (byte {exc.start})", "save the file as UTF-8") from None
    text = fix_text(text)
    if kind == "html":
        m = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
        body_html = re.sub(r"<head.*?</head>", "", text, flags=re.I | re.S)
        body = html_to_text(body_html)
        title = one_line(html_to_text(m.group(1))) if m else ""
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
        raise SourceError(f"{path.name}: no headline found")
    return Item(
        id=_hash("seed", path.name, content_hash(title, body))[:16],
        source="seeds",
        title=title[:500],
        url="",
        published=None,
        summary=body,
        content_html=content_html,
        language=detect_language(body),
        guid=f"seed:{path.name}",
        content_hash=content_hash(title, body),
        fetched_at=now,
        publisher=f"seed:{path.stem}",
    )


def read_seeds(seeds: SeedSettings) -> SourceResult:
    """Every seed file in the folder; unreadable ones are skipped with a reason and counted."""
    folder = seeds.folder
    name = "seeds"
    if not folder.is_dir():
        return SourceResult(SourceStatus(name, str(folder), "seed", "warning", "seeds folder not found; no seed articles"))
    items: list[Item] = []
    problems: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name.lower().startswith("readme") or path.is_dir():
            continue
        try:
            items.append(read_seed(path, folder, seeds.max_bytes))
        except SourceError as exc:
            log.warning("seed skipped: %s", exc)
            problems.append(exc.message)
    status = "warning" if problems else "ok"
    reason = f"{len(problems)} skipped: " + "; ".join(problems) if problems else ""
    return SourceResult(SourceStatus(name, str(folder), "seed", status, reason[:1000], items_seen=len(items), grade="F"), tuple(items))


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
    for m in re.finditer(r'([A-Za-z_:][\w:.-]*)\s*=\s*"(.*?)"(?=\s+[A-Za-z_:][\w:.-]*\s*=|\s*$)', tag.strip(), re.S):
        attrs[m.group(1).lower()] = m.group(2)
    return attrs
