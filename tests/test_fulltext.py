"""Full text for truncated feeds: a source with full_text = true gets each new item's page (real BBC articles
rendered into pages with navigation, a cookie banner and related links) from a local HTTP server, extracted
with trafilatura and sanitised; a page that fails leaves the feed's text; limits and politeness hold."""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from briefing import config, pipeline
from briefing.config import Source
from briefing.ingest import fulltext, read_source
from briefing.store import Store
from tests.hostile_server import HostileServer, conditional, rss_feed, rss_item, static, status

ARTICLES = Path(__file__).parent / "data" / "articles"
NATO = json.loads(
    (
        ARTICLES / "bbc_2025-06-23_could-this-be-the-most-significant-nato-summit-since-the-cold-war.json"
    ).read_text(encoding="utf-8")
)
TELEGRAM = json.loads(
    (
        ARTICLES / "bbc_2025-06-23_the-telegram-channels-spreading-pro-russian-propaganda-in-poland.json"
    ).read_text(encoding="utf-8")
)
BOILERPLATE = ("Accept all cookies", "Sign in to your account", "Most read today", "Weather forecast")


def page(article: dict[str, str]) -> bytes:
    """The article as a news site serves it: the scraped text cut back into paragraphs, site furniture around it."""
    # the scrape lost paragraph breaks: a sentence end glued to the next capital marks one
    paras = re.split(r"(?<=[.!?\"”])(?=[A-Z“\"])", article["full_text"])
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras if p.strip())
    nav = "".join(
        f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Home", "News", "Sport", "Weather forecast")
    )
    related = "".join(f'<li><a href="/r{i}">Most read today: story {i}</a></li>' for i in range(8))
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(article["title"])}</title>
<script>window.tracker = "x";</script></head><body>
<div class="cookie-banner"><p>We use cookies. <button>Accept all cookies</button></p></div>
<header><nav><ul>{nav}</ul></nav><a href="/account">Sign in to your account</a></header>
<main><article><h1>{html.escape(article["title"])}</h1>
<div class="byline">By BBC News</div>{body}
<p>A sentence with <a href="javascript:alert(1)" onclick="steal()">a hostile link</a> inside the article.</p>
</article></main>
<aside><h2>Most read today</h2><ul>{related}</ul></aside>
<footer><p>Copyright 2025. Weather forecast and more.</p></footer></body></html>""".encode()


def feed(srv: HostileServer) -> bytes:
    return rss_feed(
        [
            rss_item(NATO["title"], srv.url("/news/nato"), NATO["summary"]),
            rss_item(TELEGRAM["title"], srv.url("/news/telegram"), TELEGRAM["summary"]),
            rss_item("A story whose page is gone", srv.url("/news/gone"), "One line only."),
        ],
        title="BBC one-liners",
    )


@pytest.fixture
def server():
    with HostileServer() as srv:
        srv.route("/news/nato", static(page(NATO), content_type="text/html; charset=utf-8"))
        srv.route("/news/telegram", static(page(TELEGRAM), content_type="text/html; charset=utf-8"))
        srv.route("/news/gone", status(404))
        srv.route("/feed.xml", static(feed(srv)))
        yield srv


def _settings(demo_settings: config.Settings, srv: HostileServer, **fetch: object) -> config.Settings:
    src = Source(name="BBC one-liners", url=srv.url("/feed.xml"), full_text=True, grade="B")
    return replace(
        demo_settings,
        sources=(src,),
        fetch=replace(demo_settings.fetch, **{"page_delay": 0.0, **fetch}),  # type: ignore[arg-type]
    )


def _complete(settings: config.Settings, store: Store) -> fulltext.SourceResult:
    res = read_source(settings.sources[0], settings, {})
    return fulltext.complete_all([res], settings, store)[0]


def test_pages_give_the_main_text_sanitised(demo_settings: config.Settings, server: HostileServer) -> None:
    settings = _settings(demo_settings, server)
    store = Store(settings.database_url)
    res = _complete(settings, store)
    by_title = {it.title: it for it in res.items}
    nato = by_title[NATO["title"]]
    # a sentence from the middle of the article, which the feed's one line does not carry
    assert "European allies are desperate to prove him wrong." in nato.summary
    assert len(nato.summary) > 10 * len(NATO["summary"])
    telegram = by_title[TELEGRAM["title"]].summary
    assert (
        "Poland is now showing signs of fatigue towards refugees, partly driven by anti-Ukrainian" in telegram
    )
    for it in (nato, by_title[TELEGRAM["title"]]):
        for junk in BOILERPLATE:
            assert junk not in it.summary, junk
        assert "<script" not in it.content_html and "onclick" not in it.content_html
        assert "javascript:" not in it.content_html
        assert it.content_hash != ""
    gone = by_title["A story whose page is gone"]
    assert gone.summary == "One line only."  # the feed's text is kept
    assert res.status.status == "warning"
    assert "full text: 1 of 3 pages not used (1 HTTP 404); feed text kept" in res.status.reason
    hits = server.hits("/news/nato")
    assert hits[0].headers["User-Agent"] == settings.fetch.user_agent
    assert hits[0].headers["Accept"].startswith("text/html")
    store.close()


def test_stored_items_are_not_fetched_again(demo_settings: config.Settings, server: HostileServer) -> None:
    settings = _settings(demo_settings, server)
    store = Store(settings.database_url)
    first = _complete(settings, store)
    store.add_items(first.items, first.canonical)
    _complete(settings, store)
    assert len(server.hits("/news/nato")) == 1 and len(server.hits("/news/gone")) == 1
    store.close()


def test_a_copy_of_a_stored_story_is_not_fetched(
    demo_settings: config.Settings, server: HostileServer
) -> None:
    """Another source's item with the link of a stored story (other id) would not be stored: its page is not
    asked for."""
    settings = _settings(demo_settings, server)
    store = Store(settings.database_url)
    first = _complete(settings, store)
    store.add_items(first.items, first.canonical)
    other = replace(settings, sources=(replace(settings.sources[0], name="Aggregator"),))
    res = fulltext.complete_all([read_source(other.sources[0], other, {})], other, store)[0]
    assert {it.id for it in res.items}.isdisjoint(it.id for it in first.items)
    assert len(server.hits("/news/nato")) == 1 and len(server.hits("/news/telegram")) == 1
    assert store.add_items(res.items, res.canonical) == []
    store.close()


def test_a_page_asked_for_again_is_revalidated_with_a_conditional_get(
    demo_settings: config.Settings, server: HostileServer
) -> None:
    """A run that fetched the pages and stopped before storing its items: the next run sends the page's
    validators back, gets 304 and uses the text kept from the first fetch; a changed page is downloaded."""
    server.route("/news/nato", conditional(page(NATO), etag='"n1"'))
    settings = _settings(demo_settings, server)
    store = Store(settings.database_url)
    first = _complete(settings, store)  # not stored: the run stopped here
    again = _complete(settings, store)
    hits = server.hits("/news/nato")
    assert len(hits) == 2 and "If-None-Match" not in hits[0].headers
    assert hits[1].headers["If-None-Match"] == '"n1"'
    assert hits[1].headers["If-Modified-Since"] == "Wed, 01 Jan 2025 00:00:00 GMT"
    nato = next(it for it in again.items if it.title == NATO["title"])
    assert replace(nato, fetched_at=None) == replace(
        next(it for it in first.items if it.title == NATO["title"]), fetched_at=None
    )
    assert "European allies are desperate to prove him wrong." in nato.summary
    assert again.status == first.status
    # a page without validators (telegram) is downloaded whole each time, as before
    assert [("If-None-Match" in h.headers) for h in server.hits("/news/telegram")] == [False, False]

    changed = NATO["full_text"].replace("European allies", "The allies of Europe")
    server.route(
        "/news/nato",
        conditional(
            page({**NATO, "full_text": changed}), etag='"n2"', last_modified="Thu, 02 Jan 2025 00:00:00 GMT"
        ),
    )
    third = _complete(settings, store)
    nato = next(it for it in third.items if it.title == NATO["title"])
    assert "The allies of Europe are desperate to prove him wrong." in nato.summary
    assert server.hits("/news/nato")[2].headers["If-None-Match"] == '"n1"'
    store.add_items(third.items, third.canonical)
    _complete(settings, store)  # stored now: not asked for at all
    assert len(server.hits("/news/nato")) == 3
    store.close()


def test_one_host_is_asked_politely(demo_settings: config.Settings, server: HostileServer) -> None:
    settings = _settings(demo_settings, server, page_delay=0.4)
    store = Store(settings.database_url)
    _complete(settings, store)
    times = sorted(h.at for p in ("/news/nato", "/news/telegram", "/news/gone") for h in server.hits(p))
    assert len(times) == 3
    assert all(b - a >= 0.35 for a, b in zip(times, times[1:], strict=False)), times
    store.close()


def test_limits_hold_for_pages(demo_settings: config.Settings, server: HostileServer) -> None:
    settings = _settings(demo_settings, server, max_bytes=len(feed(server)) + 100, max_pages=2)
    store = Store(settings.database_url)
    res = _complete(settings, store)
    assert all(len(it.summary) < 300 for it in res.items)  # pages over the size cap: feed text everywhere
    assert "body larger than" in res.status.reason or "over the" in res.status.reason
    assert "1 items over fetch.max_pages kept their feed text" in res.status.reason
    assert len(server.hits("/news/gone")) == 0  # the third page was not asked for
    store.close()


@pytest.mark.model
def test_a_run_puts_the_full_text_in_the_brief(demo_dir: Path, server: HostileServer) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace("workers = 4", "workers = 4\npage_delay = 0")
        + f'\n[[sources]]\nname = "BBC one-liners"\nurl = "{server.url("/feed.xml")}"\nfull_text = true\n',
        encoding="utf-8",
    )
    settings = config.load(cfg, environ={})
    pipeline.run(settings, send=False)
    store = Store(settings.database_url)
    try:
        stored = [
            it
            for it in store.items_in_window(*pipeline.coverage_window(pipeline.today(settings), settings))
            if it.source == "BBC one-liners"
        ]
    finally:
        store.close()
    nato = next(it for it in stored if it.title == NATO["title"])
    assert "European allies are desperate to prove him wrong." in nato.summary
