"""Full text: for a source with `full_text = true`, each new item's page is fetched and its main text used.

Many feeds carry a title and one line per item, which leaves analysis and claims nothing to work on. The page is
fetched with the feed limits (fetch.timeout and the whole-request deadline, fetch.max_bytes, fetch.user_agent,
fetch.max_redirects), one page at a time per host with fetch.page_delay seconds between them, at most
fetch.max_pages a source per run. Only items not yet in the store are fetched, so a page is asked for once;
there is nothing to revalidate. The main text is extracted with trafilatura and sanitised like feed HTML.
A page that fails (HTTP error, timeout, too big, no article found, shorter than the feed's own text) leaves
the item with its feed text, and the source's status says how many did.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from urllib.parse import urlsplit

from briefing.config import FetchSettings, Settings
from briefing.errors import SourceError
from briefing.ingest.feeds import SourceResult
from briefing.ingest.fetch import fetch
from briefing.models import Item
from briefing.text import clean_html, content_hash, html_to_text

log = logging.getLogger(__name__)

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

    def visit(self, host: str, get: Callable[[], bytes]) -> bytes:
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
    text = html_to_text(safe)
    return (text, safe) if text else None


def _page(url: str, fetch_settings: FetchSettings) -> bytes:
    got = fetch(url, fetch_settings, accept=PAGE_ACCEPT)
    if not 200 <= got.status_code < 300:
        raise SourceError(f"HTTP {got.status_code}")
    return got.body


def complete_item(item: Item, settings: Settings, pacer: HostPacer) -> tuple[Item, str]:
    """The item with its page's main text, or the item as it was and why ("" when it was completed)."""
    parts = urlsplit(item.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return item, "no link"
    try:
        body = pacer.visit(parts.hostname, lambda: _page(item.url, settings.fetch))
    except SourceError as exc:
        return item, exc.message.split(" (")[0]
    try:
        found = extract(body, item.url)
    except Exception as exc:  # a stranger's page must never stop the run
        log.warning("full text of %s: %s", item.url, type(exc).__name__)
        return item, f"extraction failed ({type(exc).__name__})"
    if found is None:
        return item, "no article text found"
    text, safe = found
    if len(text) <= len(item.summary):
        return item, "page text no longer than the feed's"
    summary = text[:SUMMARY_MAX]
    return (
        replace(
            item,
            summary=summary,
            content_html=safe[:HTML_MAX],
            content_hash=content_hash(item.title, summary),
        ),
        "",
    )


def complete_source(
    res: SourceResult, settings: Settings, stored: set[str], pacer: HostPacer
) -> SourceResult:
    """One full_text source's new items (ids not in `stored`) with their pages' text; the status notes the
    pages that failed."""
    new = [it for it in res.items if it.id not in stored]
    todo = {it.id for it in new[: settings.fetch.max_pages]}
    done: dict[str, Item] = {}
    why: Counter[str] = Counter()
    for it in res.items:
        if it.id not in todo:
            continue
        done[it.id], reason = complete_item(it, settings, pacer)
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
        return replace(res, items=items)
    status = res.status
    reason = "; ".join(filter(None, [status.reason, *notes]))[:1000]
    level = "warning" if status.status == "ok" and why else status.status
    return replace(res, items=items, status=replace(status, status=level, reason=reason))


def complete_all(
    results: list[SourceResult], settings: Settings, known: Callable[[Iterable[str]], set[str]]
) -> list[SourceResult]:
    """Every result of a source with full_text = true completed (in parallel across sources); others as they are."""
    wanted = {s.name for s in settings.sources if s.full_text}
    pacer = HostPacer(settings.fetch.page_delay)
    picks = [i for i, r in enumerate(results) if r.status.name in wanted and r.items]
    if not picks:
        return results
    stored = {i: known(it.id for it in results[i].items) for i in picks}  # the store is asked from one thread
    out = list(results)
    with ThreadPoolExecutor(max_workers=settings.fetch.workers) as pool:
        done = pool.map(lambda i: complete_source(results[i], settings, stored[i], pacer), picks)
        for i, res in zip(picks, done, strict=True):
            out[i] = res
    return out
