"""Feed management: edit the [[sources]] of the config file in place, test one feed, discover a site's feeds.

The config is edited with tomlkit, so the user's comments, order and layout stay; values are written by the
TOML writer (never pasted into a string), and the new file is loaded and validated from a temp file beside
the old one before it replaces it atomically. A bad edit leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import tomlkit
import tomlkit.exceptions
from tomlkit.items import AoT, Table

from briefing import config
from briefing.config import Settings, Source
from briefing.errors import BriefingError, ConfigError, SourceError
from briefing.files import write_atomic

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/json",
    "text/xml",
    "application/xml",
)
# Where feeds usually live when a page does not link them (WordPress, Ghost, Hugo, Jekyll, Blogger, Substack).
COMMON_PATHS = (
    "/feed",
    "/feed/",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/rss/",
    "/feeds/posts/default",
    "/?feed=rss2",
)


# --- editing the config ----------------------------------------------------------------------------------------


def _read_doc(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}", "check the file's permissions") from None
    except tomlkit.exceptions.ParseError as exc:
        raise ConfigError(
            f"{path}: not valid TOML: {exc}", "check quotes and brackets on that line"
        ) from None


def edit_config(path: Path, change: Callable[[tomlkit.TOMLDocument], None]) -> Settings:
    """Apply `change` to the config at `path`, validate the result, then replace the file atomically.

    The temp file sits beside the config so that relative paths in it resolve the same way while it is checked.
    Returns the settings of the new file.
    """
    path = path.resolve()
    doc = _read_doc(path)
    change(doc)
    loaded: list[Settings] = []

    def check(tmp: Path) -> None:
        try:
            loaded.append(config.load(tmp, environ={}))
        except ConfigError as exc:
            raise ConfigError(f"{path.name} not changed: {exc.message}", exc.hint) from None

    write_atomic(path, tomlkit.dumps(doc), mode=path.stat().st_mode & 0o777, check=check)
    settings = loaded[0]
    return replace_config_path(settings, path)


def replace_config_path(settings: Settings, path: Path) -> Settings:
    from dataclasses import replace

    return replace(settings, config_path=path)


def _sources(doc: tomlkit.TOMLDocument) -> AoT:
    if "sources" not in doc:
        doc.append("sources", tomlkit.aot())
    aot = doc["sources"]
    if not isinstance(aot, AoT):
        raise ConfigError("sources: expected [[sources]] tables", "write each one under [[sources]]")
    return aot


def source_table(name: str, url: str, grade: str = "F", publisher: str = "", **extra: Any) -> Table:
    """One [[sources]] table; every value goes through tomlkit, which quotes and escapes it."""
    table = tomlkit.table()
    table.add("name", name)
    table.add("url", url)
    if publisher:
        table.add("publisher", publisher)
    table.add("grade", grade)
    for key, value in extra.items():
        table.add(key, value)
    table.add(tomlkit.nl())  # a blank line before whatever follows, as in a hand-written file
    return table


def add_sources(path: Path, tables: Iterable[Table], comment: str = "") -> Settings:
    """Append [[sources]] tables after the existing ones (with an optional comment before the first)."""
    tables = list(tables)

    def change(doc: tomlkit.TOMLDocument) -> None:
        aot = _sources(doc)
        for i, table in enumerate(tables):
            if i == 0 and comment:
                table.comment(comment)
            aot.append(table)

    return edit_config(path, change)


def remove_source(path: Path, name: str) -> Settings:
    """Remove the [[sources]] table named `name`; ConfigError (with close names) when there is none."""

    def change(doc: tomlkit.TOMLDocument) -> None:
        aot = _sources(doc)
        names = [str(t.get("name", "")) for t in aot]
        if name not in names:
            raise BriefingError(f"no source named {name!r}", config._hint_for(name, names))
        del aot[names.index(name)]

    return edit_config(path, change)


def check_new(settings: Settings, url: str, name: str) -> None:
    """Refuse a URL or name that is already configured, before anything is written."""
    for s in settings.sources:
        if s.url and s.url == url:
            raise BriefingError(f"{url} is already configured as {s.name!r}", "`briefing feeds list`")
        if s.name == name:
            raise BriefingError(f"a source named {name!r} already exists", "choose another --name")


# --- testing one feed ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedReport:
    """What one fetch of a feed gave, for `briefing feeds test`."""

    location: str
    http_status: int | None  # None for a local file or when no answer came
    status: str  # ok | warning | error | gone (as in the brief's appendix)
    items: int
    newest_title: str = ""
    newest_date: datetime | None = None
    problems: str = ""
    title: str = ""  # the feed's own title

    def lines(self) -> list[str]:
        http = f"HTTP {self.http_status}, " if self.http_status else ""
        out = [f"{self.location}", f"  status: {http}{self.status}", f"  items: {self.items}"]
        if self.title:
            out.insert(1, f"  title: {self.title}")
        if self.newest_title:
            when = self.newest_date.strftime("%Y-%m-%d %H:%M UTC") if self.newest_date else "undated"
            out.append(f"  newest: {when}  {self.newest_title}")
        out.append(f"  problems: {self.problems or 'none'}")
        return out


def feed_title(body: bytes) -> str:
    import feedparser

    from briefing.text import one_line

    parsed = feedparser.parse(body[:2_000_000], sanitize_html=True, resolve_relative_uris=False)
    return one_line(str(parsed.get("feed", {}).get("title", "")))[:200]


def test_feed(source: Source, settings: Settings) -> FeedReport:
    """Fetch one source once (no conditional GET, nothing stored) and say what came back."""
    from briefing import ingest

    now = datetime.now(UTC)
    code: int | None = None
    try:
        if source.path is not None:
            res = ingest.read_source(source, settings, {}, now)
            items, st, reason = list(res.items), res.status.status, res.status.reason
            title = ""
        else:
            got = ingest.fetch(source.url, settings.fetch)
            code = got.status_code
            if code == 410:
                return FeedReport(source.url, code, "gone", 0, problems="the feed was removed (410)")
            if not 200 <= code < 300:
                return FeedReport(source.url, code, "error", 0, problems=f"HTTP {code}")
            items, st, reason, _ = ingest.parse_feed(got.body, source, got.headers, now)
            title = feed_title(got.body) if items else ""
    except SourceError as exc:
        return FeedReport(source.location, code, "error", 0, problems=exc.message)
    dated = [it for it in items if it.published]
    newest = max(dated, key=lambda it: it.published or now) if dated else (items[0] if items else None)
    return FeedReport(
        source.url or (source.path.name if source.path else ""),
        code,
        st,
        len(items),
        newest_title=newest.title if newest else "",
        newest_date=newest.published if newest else None,
        problems=reason,
        title=title,
    )


# --- discovering a site's feeds --------------------------------------------------------------------------------


class _Links(HTMLParser):
    """<link rel="alternate" type="application/rss+xml" href=...> (and <base href>) of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base = ""
        self.found: list[tuple[str, str]] = []  # (href, title)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and a.get("href") and not self.base:
            self.base = a["href"]
        if tag not in ("link", "a"):
            return
        rels = a.get("rel", "").lower().split()
        kind = a.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in FEED_TYPES and a.get("href"):
            self.found.append((a["href"], a.get("title", "")))


def feed_links(page: bytes, page_url: str) -> list[tuple[str, str]]:
    """(absolute URL, title) of every feed a page announces, in page order, without duplicates."""
    parser = _Links()
    with contextlib.suppress(Exception):  # a stranger's page: take what was read before it broke
        parser.feed(page[:2_000_000].decode("utf-8", errors="replace"))
        parser.close()
    base = urljoin(page_url, parser.base) if parser.base else page_url
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for href, title in parser.found:
        url = urljoin(base, href.strip())
        if urlsplit(url).scheme in ("http", "https") and url not in seen:
            seen.add(url)
            out.append((url, title))
    return out


@dataclass(frozen=True)
class Found:
    """One feed found by `discover`: its URL, title, item count and how it was found."""

    url: str
    title: str
    items: int
    how: str  # "the URL is a feed" | "linked from the page" | "common path"


def _probe(url: str, settings: Settings) -> tuple[int, str] | None:
    """(items, title) when `url` answers with a feed that has items; None otherwise."""
    from briefing import ingest

    try:
        got = ingest.fetch(url, settings.fetch)
    except SourceError:
        return None
    if not 200 <= got.status_code < 300:
        return None
    items, st, _, _ = ingest.parse_feed(got.body, Source(name=url, url=url), got.headers)
    if st == "error" or not items:
        return None
    return len(items), feed_title(got.body)


def discover(site_url: str, settings: Settings) -> list[Found]:
    """Feeds of a site: the URL itself if it is a feed, else the page's alternate links, else common paths."""
    from briefing import ingest

    got = ingest.fetch(site_url, settings.fetch)  # SourceError when the site cannot be reached
    if not 200 <= got.status_code < 300:
        raise SourceError(f"{site_url}: HTTP {got.status_code}", "check the address")
    page_url = got.url or site_url
    items, st, _, _ = ingest.parse_feed(got.body, Source(name=site_url, url=site_url), got.headers)
    if st != "error" and items:
        return [Found(page_url, feed_title(got.body), len(items), "the URL is a feed")]
    found: list[Found] = []
    for url, title in feed_links(got.body, page_url):
        probe = _probe(url, settings)
        if probe:
            found.append(Found(url, title or probe[1], probe[0], "linked from the page"))
    if found:
        return found
    root = f"{urlsplit(page_url).scheme}://{urlsplit(page_url).netloc}"
    seen: set[str] = set()
    for path in COMMON_PATHS:
        url = root + path
        probe = _probe(url, settings)
        if probe and url.rstrip("/") not in seen:
            seen.add(url.rstrip("/"))
            found.append(Found(url, probe[1], probe[0], "common path"))
    return found
