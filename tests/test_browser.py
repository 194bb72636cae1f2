"""The archive of a real demo run, served on 127.0.0.1 and driven in headless Chromium; and the screenshots.

Needs /usr/bin/chromium (`make browser`, or apt-get install chromium); Playwright never downloads a browser here.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from briefing import config, pipeline
from briefing.screenshots import CHROMIUM_ARGS
from tests.conftest import brief_today
from tests.hostile_server import make_project

CHROMIUM = "/usr/bin/chromium"
DAY = brief_today()  # demo items are first seen today
pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.skipif(
        not Path(CHROMIUM).is_file(), reason=f"{CHROMIUM} is absent: run `make browser` to install it"
    ),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> config.Settings:
    """One full demo cycle in a temp copy of the project; every story is kept, so the seed article is in the brief."""
    root = make_project(tmp_path_factory.mktemp("browser") / "proj")
    (root / "config" / "briefing.toml").write_text(
        (root / "config" / "briefing.toml")
        .read_text(encoding="utf-8")
        .replace("max_stories_per_theatre = 12", "max_stories_per_theatre = 500"),
        encoding="utf-8",
    )
    settings = config.load(root / "config" / "briefing.toml", environ={})
    assert settings.brief.max_stories_per_theatre == 500 and settings.archive.search
    pipeline.run(settings, DAY, send=False)
    assert (settings.output_dir / "archive" / "pagefind" / "pagefind-ui.js").is_file()
    return settings


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server(demo: config.Settings) -> Iterator[str]:
    """output/archive over HTTP on 127.0.0.1, in a thread."""
    handler = functools.partial(_Quiet, directory=str(demo.output_dir / "archive"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@dataclass
class Watch:
    """What the browser complained about, and any request that tried to leave 127.0.0.1."""

    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile, sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        yield ctx
        ctx.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[tuple[Any, Watch]]:
    """A fresh tab; at the end, no console errors, no page errors and no request beyond 127.0.0.1."""
    watch = Watch()
    tab = browser.new_page()
    tab.on(
        "console",
        lambda m: (
            watch.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
        ),
    )
    tab.on("pageerror", lambda e: watch.errors.append(f"page error: {e}"))

    def only_local(route: Any) -> None:
        url = route.request.url
        if url.startswith(server) or url.startswith("data:"):
            route.continue_()
        else:
            watch.outside.append(url)
            route.abort()

    tab.route("**/*", only_local)
    yield tab, watch
    tab.close()
    assert watch.errors == []
    assert watch.outside == []


def test_index_loads_and_a_brief_opens(page: tuple[Any, Watch], server: str) -> None:
    tab, _ = page
    response = tab.goto(server)
    assert response is not None and response.ok
    assert "archive" in tab.title()
    assert tab.locator("h1").inner_text() == "Daily Intelligence Brief: archive"
    tab.locator("ul.archive h2 a").first.click()
    tab.wait_for_load_state("load")
    assert tab.url == f"{server}{DAY.isoformat()}/index.html"
    assert tab.title() == f"Daily Intelligence Brief \u2014 {DAY.isoformat()}"
    assert tab.locator("main[data-pagefind-body] #bluf-h").inner_text() == "Bottom line up front"
    assert tab.locator("article.story").count() > 12
    pdf = tab.request.get(f"{server}{DAY.isoformat()}/brief.pdf")
    assert pdf.ok and pdf.body()[:5] == b"%PDF-"
    feed = tab.request.get(f"{server}feed.xml")
    assert feed.ok and b"<feed" in feed.body()


def test_search_for_an_actor_finds_the_brief(page: tuple[Any, Watch], server: str) -> None:
    tab, _ = page
    tab.goto(f"{server}search.html")
    tab.locator(".pagefind-ui__search-input").fill("Maduro")
    first = tab.locator(".pagefind-ui__result-link").first
    first.wait_for(timeout=15_000)
    assert first.get_attribute("href") == f"/{DAY.isoformat()}/"
    assert "Maduro" in tab.locator(".pagefind-ui__results").inner_text()
    first.click()
    tab.wait_for_load_state("load")
    assert tab.url.startswith(f"{server}{DAY.isoformat()}/")
    assert "Maduro" in tab.locator("main").inner_text()


def test_search_from_the_index_form(page: tuple[Any, Watch], server: str) -> None:
    tab, _ = page
    tab.goto(server)
    tab.locator("#q").fill("Maduro")
    tab.locator("form[role=search] button").click()
    tab.locator(".pagefind-ui__result-link").first.wait_for(timeout=15_000)
    assert tab.url.endswith("search.html?q=Maduro")


def test_pages_fit_a_phone_screen(page: tuple[Any, Watch], server: str) -> None:
    tab, _ = page
    tab.set_viewport_size({"width": 375, "height": 740})
    for path in ("", f"{DAY.isoformat()}/index.html", "theatres/elsewhere.html", "search.html"):
        tab.goto(server + path)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path or 'index'} is {width}px wide at 375px"
        assert tab.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 15


def test_screenshots_are_taken(demo: config.Settings) -> None:
    assert demo.config_path is not None
    res = subprocess.run(
        [sys.executable, "-m", "briefing.screenshots", str(demo.config_path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "BRIEFING_CHROMIUM": CHROMIUM},
    )
    assert res.returncode == 0, res.stderr
    shots = demo.output_dir / "screenshots"
    sizes = {}
    for name in ("brief-html.png", "brief-html-375.png"):
        raw = (shots / name).read_bytes()
        assert raw[:8] == b"\x89PNG\r\n\x1a\n"
        sizes[name] = struct.unpack(">II", raw[16:24])
    assert sizes["brief-html.png"][0] == 1280 and sizes["brief-html-375.png"][0] == 375
    if shutil.which("pdftoppm"):
        assert (shots / "brief-pdf-page1.png").read_bytes()[:4] == b"\x89PNG"
    else:
        assert "pdftoppm not found" in res.stdout
