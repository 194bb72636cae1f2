"""Full text: for a source with `full_text = true`, each new item's page is fetched and its main text used.

Many feeds carry a title and one line per item, which leaves analysis and claims nothing to work on. The page is
fetched with the feed limits (fetch.timeout and the whole-request deadline, fetch.max_bytes, fetch.user_agent,
fetch.max_redirects), one page at a time per host with fetch.page_delay seconds between them, at most
fetch.max_pages a source per run. Only items the store would take are fetched: not one it holds already by id,
guid or canonical link. A page can still be asked for again (its item was a copy of a stored story by its text,
so not stored; or the run stopped before storing): the store keeps each page's ETag/Last-Modified with its
extracted text, so it is asked for with a conditional GET and a 304 reuses the kept text, as feeds are.
The main text is extracted with trafilatura and sanitised like feed HTML.
A page that fails (HTTP error, timeout, too big, no article found, shorter than the feed's own text) leaves
the item with its feed text, and the source's status says how many did.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any, TypeVar
from urllib.parse import urlsplit

from briefing.config import FetchSettings, Settings
from briefing.errors import SourceError
from briefing.ingest.feeds import SourceResult
from briefing.ingest.fetch import Fetched, fetch
from briefing.models import Item
from briefing.store import Store
from briefing.text import clean_html, content_hash, drop_link_notes, html_to_text

log = logging.getLogger(__name__)
T = TypeVar("T")

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.3"
SUMMARY_MAX = 20_000
HTML_MAX = 40_000


class HostPacer:
    """One page at a time per host, `delay` seconds apart, across every thread of the run."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}

    def visit(self, host: str, get: Callable[[], T]) -> T:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            wait = self._last.get(host, -1e9) + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return get()
            finally:
                self._last[host] = time.monotonic()


def extract(page: bytes, url: str = "") -> tuple[str, str] | None:
    """(plain text, sanitised HTML) of a page's main text, or None when no article is found."""
    import trafilatura

    found = trafilatura.extract(
        page,
        url=url or None,
        output_format="html",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
    )
    if not found:
        return None
    safe = clean_html(found)
    text = drop_link_notes(html_to_text(safe))
    return (text, safe) if text else None


def _page(url: str, fetch_settings: FetchSettings, kept: dict[str, Any] | None) -> Fetched:
    """The page, asked for with the kept validators; 304 only when a kept copy exists."""
    got = fetch(
        url,
        fetch_settings,
        etag=kept["etag"] if kept else None,
        last_modified=kept["last_modified"] if kept else None,
        accept=PAGE_ACCEPT,
    )
    if not (200 <= got.status_code < 300 or (got.status_code == 304 and kept)):
        raise SourceError(f"HTTP {got.status_code}")
    return got


def complete_item(
    item: Item, settings: Settings, pacer: HostPacer, kept: dict[str, Any] | None = None
) -> tuple[Item, str, dict[str, Any] | None]:
    """The item with its page's main text, or the item as it was and why ("" when it was completed); and the
    page to keep (its validators and extracted text) when the server gave validators."""
    parts = urlsplit(item.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return item, "no link", None
    try:
        got = pacer.visit(parts.hostname, lambda: _page(item.url, settings.fetch, kept))
    except SourceError as exc:
        return item, exc.message.split(" (")[0], None
    page: dict[str, Any] | None = None
    if got.status_code == 304 and kept:  # unchanged since it was kept: the same text, without the download
        found: tuple[str, str] | None = (kept["text"], kept["html"])
        page = {k: kept[k] for k in ("url", "etag", "last_modified", "text", "html")}
    else:
        try:
            found = extract(got.body, item.url)
        except Exception as exc:  # a stranger's page must never stop the run
            log.warning("full text of %s: %s", item.url, type(exc).__name__)
            return item, f"extraction failed ({type(exc).__name__})", None
        etag, modified = _header(got, "ETag"), _header(got, "Last-Modified")
        if found is not None and (etag or modified):
            page = {
                "url": item.url,
                "etag": etag,
                "last_modified": modified,
                "text": found[0],
                "html": found[1],
            }
    if found is None:
        return item, "no article text found", None
    text, safe = found
    if len(text) <= len(item.summary):
        return item, "page text no longer than the feed's", page
    summary = text[:SUMMARY_MAX]
    return (
        replace(
            item,
            summary=summary,
            content_html=safe[:HTML_MAX],
            content_hash=content_hash(item.title, summary),
        ),
        "",
        page,
    )


def _header(got: Fetched, name: str) -> str | None:
    for key, value in got.headers.items():
        if key.lower() == name.lower():
            return value[:1000] or None
    return None


def complete_source(
    res: SourceResult,
    settings: Settings,
    stored: set[str],
    pacer: HostPacer,
    kept: dict[str, dict[str, Any]] | None = None,
) -> tuple[SourceResult, list[dict[str, Any]]]:
    """One full_text source's new items (ids not in `stored`) with their pages' text, the status noting the
    pages that failed; and the pages to keep. `kept`: pages kept from earlier fetches, by URL."""
    kept = kept or {}
    new = [it for it in res.items if it.id not in stored]
    todo = {it.id for it in new[: settings.fetch.max_pages]}
    done: dict[str, Item] = {}
    fresh: list[dict[str, Any]] = []
    why: Counter[str] = Counter()
    for it in res.items:
        if it.id not in todo:
            continue
        done[it.id], reason, page = complete_item(it, settings, pacer, kept.get(it.url))
        if page is not None:
            fresh.append(page)
        if reason:
            why[reason] += 1
    skipped = len(new) - len(todo)
    items = tuple(done.get(it.id, it) for it in res.items)
    notes = []
    if why:
        detail = ", ".join(f"{n} {reason}" for reason, n in why.most_common(3))
        notes.append(
            f"full text: {sum(why.values())} of {len(todo)} pages not used ({detail}); feed text kept"
        )
    if skipped:
        notes.append(f"full text: {skipped} items over fetch.max_pages kept their feed text")
    if not notes:
        return replace(res, items=items), fresh
    status = res.status
    reason = "; ".join(filter(None, [status.reason, *notes]))[:1000]
    level = "warning" if status.status == "ok" and why else status.status
    return replace(res, items=items, status=replace(status, status=level, reason=reason)), fresh


def complete_all(results: list[SourceResult], settings: Settings, store: Store) -> list[SourceResult]:
    """Every result of a source with full_text = true completed (in parallel across sources); others as they are.
    Items the store would not take are not fetched; pages are revalidated against the store's kept copies."""
    wanted = {s.name for s in settings.sources if s.full_text}
    pacer = HostPacer(settings.fetch.page_delay)
    picks = [i for i, r in enumerate(results) if r.status.name in wanted and r.items]
    if not picks:
        return results
    # the store is asked from this thread only: before the pages are fetched, and after
    stored = {i: store.known_items(results[i].items, results[i].canonical) for i in picks}
    kept = store.cached_pages(it.url for i in picks for it in results[i].items if it.id not in stored[i])
    out = list(results)
    fresh: list[dict[str, Any]] = []
    with ThreadPoolExecutor(max_workers=settings.fetch.workers) as pool:
        done = pool.map(lambda i: complete_source(results[i], settings, stored[i], pacer, kept), picks)
        for i, (res, pages) in zip(picks, done, strict=True):
            out[i] = res
            fresh += pages
    store.save_pages(fresh)
    return out
