"""Script in feed content never runs: more than 100 XSS vectors (tests/data/hostile/xss_vectors.json) in titles,
summaries, content and links of locally served feeds, in seed articles and in a source's name; the HTML brief,
the emails in the outbox and every archive page are checked by parsing and in headless Chromium (no dialog,
no request beyond the page, window.__xss never set, no handler or script URL left in the DOM).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import pytest
from markupsafe import escape

from briefing import config, pipeline
from tests.hostile_server import (
    HostileServer,
    atom_feed,
    make_project,
    redirect,
    rss_feed,
    rss_item,
    static,
    status,
    write_config,
)

CORPUS = json.loads(
    (Path(__file__).parent / "data" / "hostile" / "xss_vectors.json").read_text(encoding="utf-8")
)
CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE_NAME = "<img src=x onerror=window.__xss=1>\"'<script>window.__xss=1</script>"
URL_ATTRS = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "background",
    "poster",
    "xlink:href",
    "dynsrc",
    "lowsrc",
    "ping",
    "srcset",
    "manifest",
    "codebase",
    "cite",
    "longdesc",
    "usemap",
    "icon",
}
# the archive's own: an empty icon (no favicon request) and Pagefind's search form
HARMLESS_URLS = {"data:,", "javascript:void(0)", "javascript:void(0);"}
FORBIDDEN_TAGS = {
    "iframe",
    "object",
    "embed",
    "base",
    "frame",
    "frameset",
    "applet",
    "svg",
    "math",
    "bgsound",
    "isindex",
}


def vectors(origin: str) -> list[str]:
    return [v["vector"].replace(CORPUS["evil_origin_placeholder"], origin) for v in CORPUS["vectors"]]


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot carry even escaped, so that the escaped feed stays well-formed."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and not 0xD800 <= ord(c) <= 0xDFFF))


def link_for(i: int, vector: str) -> str:
    if vector.strip().lower().startswith(("javascript", "data:", "vbscript", "http")):
        return vector
    return f"https://example.org/item/{i}?q={vector}"


def tag(i: int) -> str:
    """A word unique to vector i, so that no two items share a content hash or look like one story."""
    return f"Vector{i:03d}" + hashlib.sha256(str(i).encode()).hexdigest()[:8]


def escaped_feed(vs: list[str]) -> bytes:
    """One item per vector: the vector in title, link, description and content:encoded (all XML-escaped)."""
    return rss_feed(
        rss_item(
            xml_safe(f"{tag(i)} {v}"),
            xml_safe(link_for(i, v)),
            xml_safe(f"{tag(i)} says {v}"),
            guid=f"xss-{i}",
            content=xml_safe(f"<p>{tag(i)} content</p>{v}"),
        )
        for i, v in enumerate(vs)
    )


def groups(vs: list[str], size: int = 15) -> Iterator[list[str]]:
    for i in range(0, len(vs), size):
        yield vs[i : i + size]


def raw_feed(vs: list[str]) -> bytes:
    """The vectors straight into the XML, unescaped: broken markup that only the lenient parser reads."""
    items = [
        rss_item(
            f"Raw group {n} " + " ".join(g[:3]), link_for(n, g[0]), " ".join(g), guid=f"raw-{n}", raw_xml=True
        )
        for n, g in enumerate(groups(vs))
    ]
    return rss_feed(items, title="raw")


def atom_vectors(vs: list[str]) -> bytes:
    return atom_feed(
        [
            {"title": f"Atom group {n} " + " ".join(g[:3]), "summary": " ".join(g), "link": g[0]}
            for n, g in enumerate(groups(vs))
        ]
    )


@dataclass(frozen=True)
class XssRun:
    output: Path
    brief_dir: Path
    evil_requests: list[str]
    summary: pipeline.RunSummary
    origin: str


@pytest.fixture(scope="module")
def xss_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XssRun]:
    base = tmp_path_factory.mktemp("xss")
    root = make_project(base / "proj")
    with HostileServer() as srv:
        origin = srv.url("/evil")
        vs = vectors(origin)
        seeds = root / "xss-seeds"
        seeds.mkdir()
        (seeds / "xss.html").write_text(
            f"<html><head><title>{vs[0]} seed {vs[23]}</title></head><body>{''.join(f'<p>{v}</p>' for v in vs)}</body></html>",
            encoding="utf-8",
        )
        (seeds / "xss.md").write_text(f"# {vs[1]} markdown seed\n\n" + "\n".join(vs) + "\n", encoding="utf-8")
        (seeds / "xss-plain.txt").write_text(
            f"{vs[24]} plain seed\n\n" + "\n".join(reversed(vs)) + "\n", encoding="utf-8"
        )
        sources = [
            ("XSS escaped RSS", "/escaped", static(escaped_feed(vs))),
            ("XSS raw RSS", "/raw", static(raw_feed(vs))),
            ("XSS Atom", "/atom", static(atom_vectors(vs))),
            (HOSTILE_NAME, "/named", status(404)),
            (
                "Hostile content type",
                "/ctype",
                static(b"<html><body>x</body></html>", content_type=f"text/html; {vs[0]}"),
            ),
            (
                "Redirect to script",
                "/js",
                redirect("javascript:window.__xss=1//<script>window.__xss=1</script>"),
            ),
        ]
        for _, path, behaviour in sources:
            srv.route(path, behaviour)
        cfg = write_config(
            root,
            [{"name": name, "url": srv.url(path)} for name, path, _ in sources],
            seeds="../xss-seeds",
            pdf=True,
            search=True,
            # every hostile item must reach the page, so the one-publisher share limit is lifted here, and the
            # items are grouped by words: their headlines differ only in the vector, which the headline
            # embeddings rightly take as one story told 147 times
            extra='\n[desk]\npublisher_share = 1.0\n\n[analysis]\ngrouping = "words"\n'
            '\n[[recipients]]\naddress = "desk@example.org"\nname = "Desk <b>onmouseover=x</b>"\nformat = "text"\n',
        )
        settings = config.load(cfg, environ={})
        summary = pipeline.run(settings, send=False)
        evil = [s.path for s in srv.requests if s.path.startswith("/evil")]
    assert summary.brief_dir is not None
    yield XssRun(settings.output_dir, summary.brief_dir, evil, summary, origin)


def html_files(run: XssRun, tmp: Path) -> list[Path]:
    """The HTML brief, every archive page, and the HTML part of every email (written out to `tmp`)."""
    files = [run.brief_dir / "brief.html", *sorted((run.output / "archive").rglob("*.html"))]
    emls = sorted((run.output / "outbox").rglob("*.eml"))
    assert emls, "no email in the outbox"
    for n, eml in enumerate(emls):
        msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                out = tmp / f"email-{n}-{eml.stem}.html"
                out.write_text(part.get_content(), encoding="utf-8")
                files.append(out)
    return files


@pytest.mark.model
def test_the_vectors_reached_the_brief(xss_run: XssRun) -> None:
    """Not a vacuous pass: the hostile text is in the brief, as text."""
    data = json.loads((xss_run.brief_dir / "brief.json").read_text(encoding="utf-8"))
    titles = [it["title"] for it in data["items"]]
    vs = CORPUS["vectors"]
    assert sum(any(t.startswith(tag(i)) for t in titles) for i in range(len(vs))) >= len(vs) - 5
    page = (xss_run.brief_dir / "brief.html").read_text(encoding="utf-8")
    assert sum(tag(i) in page for i in range(len(vs))) >= len(vs) // 2  # headlines; a story shows one
    shown = [t for t in titles if "<" in t and str(escape(t)) in page]
    assert len(shown) >= 10  # titles that still hold markup are shown escaped
    rows = {s["name"]: s for s in data["sources"]}
    assert rows[HOSTILE_NAME]["status"] == "error" and str(escape(HOSTILE_NAME)) in page
    assert any(f.startswith(HOSTILE_NAME) for f in xss_run.summary.failures)
    assert rows["Hostile content type"]["status"] == "error"
    seeds = rows["seeds"]
    assert seeds["status"] == "ok" and seeds["items_seen"] == 3


@pytest.mark.model
def test_template_syntax_in_feed_text_is_not_evaluated(xss_run: XssRun) -> None:
    page = (xss_run.brief_dir / "brief.html").read_text(encoding="utf-8")
    assert "{{7*7}} {{ config }}" in page and "{{constructor.constructor(" in page


@pytest.mark.model
def test_rendering_fetches_nothing_from_feed_urls(xss_run: XssRun) -> None:
    """WeasyPrint (PDF), the email builder and the archive never fetch a URL that came from a feed."""
    assert xss_run.evil_requests == []


@pytest.mark.model
def test_archive_feed_is_well_formed(xss_run: XssRun) -> None:
    feed = xss_run.output / "archive" / "feed.xml"
    if feed.is_file():
        root = ElementTree.fromstring(feed.read_bytes())
        for el in root.iter():
            assert "script" not in el.tag.lower()


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in: str = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in = tag
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and any(k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs):
            self.problems.append("meta refresh")
        for k, v in attrs:
            value = (v or "").strip().lower()
            if k.startswith("on"):
                self.problems.append(f"<{tag} {k}=...>")
            if (
                k in URL_ATTRS
                and value.startswith(("javascript:", "vbscript:", "data:"))
                and value not in HARMLESS_URLS
            ):
                self.problems.append(f"<{tag} {k}={value[:40]}>")
            if k == "style" and any(
                s in value for s in ("expression(", "javascript:", "url(", "binding", "behavior")
            ):
                self.problems.append(f"<{tag} style={value[:40]}>")
            if k == "srcdoc":
                self.problems.append(f"<{tag} srcdoc>")

    def handle_data(self, data: str) -> None:
        lowered = data.lower()
        if self._in == "script" and ("__xss" in lowered or "alert(" in lowered or "/evil" in lowered):
            self.problems.append("script with a payload")
        if self._in == "style" and ("@import" in lowered or "/evil" in lowered or "expression(" in lowered):
            self.problems.append("style with a payload")


@pytest.mark.model
def test_no_markup_from_feeds_survives_in_any_html(xss_run: XssRun, tmp_path: Path) -> None:
    for path in html_files(xss_run, tmp_path):
        parser = _Collector()
        parser.feed(path.read_text(encoding="utf-8"))
        parser.close()
        assert parser.problems == [], f"{path.name}: {parser.problems[:5]}"


# --- in a real browser -------------------------------------------------------------------------------------------

PROBE = """
() => {
  const events = ['mouseover', 'mouseenter', 'mousemove', 'mouseout', 'mousedown', 'mouseup', 'click', 'dblclick',
    'pointerenter', 'pointerover', 'focus', 'focusin', 'blur', 'load', 'error', 'toggle', 'begin', 'animationstart',
    'animationend', 'transitionend', 'input', 'change', 'keydown', 'keyup', 'wheel', 'scroll', 'copy', 'paste',
    'start', 'beforeprint', 'afterprint', 'pageshow', 'hashchange', 'message'];
  let n = 0;
  for (const el of [window, document, ...document.querySelectorAll('*')]) {
    for (const ev of events) {
      if (ev === 'click' && el.tagName === 'A') continue;  // link targets are checked below, not followed
      try { el.dispatchEvent(new Event(ev, {bubbles: false})); n++; } catch (e) {}
    }
  }
  return n;
}
"""
INSPECT = """
([urlAttrs, HARMLESS]) => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const name of el.getAttributeNames()) {
      const value = (el.getAttribute(name) || '').trim();
      if (name.toLowerCase().startsWith('on')) bad.push(`<${tag} ${name}>`);
      if (urlAttrs.includes(name.toLowerCase()) && /^(javascript|vbscript|data):/i.test(value.replace(/[\\s\\x00-\\x1f]/g, ''))
          && !HARMLESS.includes(value)) bad.push(`<${tag} ${name}=${value.slice(0, 40)}>`);
    }
    if (tag === 'a' && el.href && !/^(https?|file|mailto):/i.test(el.href)) bad.push(`<a href=${el.href.slice(0, 40)}>`);
    if (tag === 'script' && /__xss|alert\\(|\\/evil/i.test(el.textContent + (el.getAttribute('src') || ''))) bad.push('script payload');
    if (['iframe', 'object', 'embed', 'base', 'frame', 'frameset'].includes(tag)) bad.push(`<${tag}>`);
  }
  return bad;
}
"""


@dataclass
class PageReport:
    xss: Any
    dialogs: list[str]
    blocked: list[str]
    popups: list[str]
    dom: list[str]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS)
        try:
            yield b
        finally:
            b.close()


def visit(browser: Any, path: Path, allowed_root: Path) -> PageReport:
    """Open `path` from disk, fire every event on every element, and report what ran and what was asked for."""
    page_url = path.resolve().as_uri()
    report = PageReport(None, [], [], [], [])
    context = browser.new_context(java_script_enabled=True, offline=False)
    page = context.new_page()

    def dialog(d: Any) -> None:
        report.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith("file://") and Path(unquote(urlsplit(url).path)).resolve().is_relative_to(
            allowed_root
        ):
            r.continue_()
        else:
            report.blocked.append(url)
            r.abort()

    def request(req: Any) -> None:
        if not req.url.startswith("file://") and req.url != "data:,":
            report.blocked.append(req.url)

    page.on("dialog", dialog)
    page.on("request", request)
    page.on("popup", lambda p: report.popups.append(p.url))
    context.route("**/*", route)
    try:
        page.goto(page_url, wait_until="load")
        page.wait_for_timeout(200)
        page.evaluate(PROBE)
        page.wait_for_timeout(300)
        report.xss = page.evaluate("() => window.__xss")
        report.dom = page.evaluate(INSPECT, [sorted(URL_ATTRS), sorted(HARMLESS_URLS)])
    finally:
        context.close()
    report.blocked = sorted(set(report.blocked))
    return report


@pytest.mark.browser
def test_the_harness_catches_a_vulnerable_page(browser: Any, tmp_path: Path) -> None:
    """A page that does let script through is caught on every count, so a pass below means something."""
    bad = tmp_path / "vulnerable.html"
    bad.write_text(
        "<html><body><div onmouseover='window.__xss=1'>x</div><script>alert(1)</script>"
        "<img src='http://127.0.0.1:9/evil.png'><a href='javascript:void(0)'>x</a></body></html>",
        encoding="utf-8",
    )
    report = visit(browser, bad, tmp_path)
    assert report.xss == 1
    assert report.dialogs == ["alert: 1"]
    assert report.blocked == ["http://127.0.0.1:9/evil.png"]
    assert "<div onmouseover>" in report.dom and any(d.startswith("<a href=javascript:") for d in report.dom)


@pytest.mark.model
@pytest.mark.browser
def test_no_vector_runs_in_chromium(xss_run: XssRun, browser: Any, tmp_path: Path) -> None:
    files = html_files(xss_run, tmp_path)
    assert len(files) >= 4  # brief, archive index and day page, emails
    failures = {}
    for path in files:
        allowed = (
            xss_run.output.resolve() if path.resolve().is_relative_to(xss_run.output.resolve()) else tmp_path
        )
        report = visit(browser, path, allowed)
        if report.xss is not None or report.dialogs or report.blocked or report.popups or report.dom:
            failures[str(path.relative_to(path.parent.parent))] = report
    assert failures == {}


def test_corpus_has_over_a_hundred_vectors() -> None:
    vs = [v["vector"] for v in CORPUS["vectors"]]
    assert len(vs) >= 100 and len(set(vs)) == len(vs)
    families = {v["family"] for v in CORPUS["vectors"]}
    assert {"script tag", "event handler", "javascript: and data: URL", "SVG and MathML", "CSS"} <= families
