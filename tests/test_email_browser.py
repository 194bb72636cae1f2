"""The HTML part of the email in headless Chromium at 600 px and 375 px, light and dark: it fits the width and
every piece of text keeps a WCAG contrast of at least 4.5:1 (3:1 for large text) on the colour behind it.
Screenshots of the four views are written to the test's folder (and kept in $BRIEFING_SHOTS if set)."""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from briefing import config, pipeline, render
from briefing.screenshots import CHROMIUM_ARGS
from tests.test_render import sample_brief

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.model,
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).is_file(), reason=f"{CHROMIUM} is absent: run `make browser`"),
]

# For each element with its own text: its colour, the first opaque background behind it, and its size.
CONTRAST_JS = """
() => {
  const parse = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const p = m[1].split(',').map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const behind = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.5) return c; }
    return parse(getComputedStyle(document.documentElement).backgroundColor) || {r: 255, g: 255, b: 255, a: 1}; };
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (!own || box.width === 0 || box.height === 0) continue;
    const s = getComputedStyle(el); const fg = parse(s.color); const bg = behind(el);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const size = parseFloat(s.fontSize); const bold = parseInt(s.fontWeight) >= 700;
    out.push({tag: el.tagName, cls: el.className, text: el.textContent.trim().slice(0, 40),
              ratio: (hi + 0.05) / (lo + 0.05), large: size >= 24 || (bold && size >= 18.66), bg: bg});
  }
  return out;
}
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile, sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield ctx
        ctx.close()


@pytest.fixture(scope="module")
def demo_email(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The HTML part of the demo run's email to the first recipient, as the outbox holds it."""
    from tests.conftest import ROOT, brief_today

    root = tmp_path_factory.mktemp("mail") / "proj"
    for folder in ("config", "demo", "templates"):
        shutil.copytree(ROOT / folder, root / folder)
    settings = config.load(root / "config" / "briefing.toml", environ={})
    pipeline.run(settings, brief_today(), send=False)
    eml = sorted((settings.output_dir / "outbox").rglob("*analyst*.eml"))[0]
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    part = msg.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def _notice_email(demo_settings: config.Settings) -> str:
    """A shortened email that opens with a Sources down notice: the note and notice styles are seen too."""
    settings = replace(demo_settings, brief=replace(demo_settings.brief, templates_dir=""))
    brief = replace(sample_brief(stories_per_theatre=30), sources_down=("Feed A", "Feed B"))
    return render.render_email_html(brief, settings, max_bytes=40_000)


def _check(browser: Any, html: str, name: str, folder: Path) -> None:
    for width in (600, 375):
        for scheme in ("light", "dark"):
            tab = browser.new_page()
            try:
                tab.set_viewport_size({"width": width, "height": 900})
                tab.route("**/*", lambda route: route.abort())  # an email loads nothing from elsewhere
                tab.emulate_media(color_scheme=scheme)
                tab.set_content(html, wait_until="load")
                where = f"{name} at {width} px, {scheme}"
                assert tab.evaluate("document.documentElement.scrollWidth") <= width, where
                rows = tab.evaluate(CONTRAST_JS)
                assert len(rows) > 20, where
                low = [r for r in rows if r["ratio"] < (3.0 if r["large"] else 4.5)]
                assert not low, f"{where}: low contrast {low[:5]}"
                page_bg = tab.evaluate("getComputedStyle(document.body).backgroundColor")
                assert (page_bg == "rgb(21, 23, 26)") == (scheme == "dark"), (where, page_bg)
                shot = folder / f"email-{name}-{width}-{scheme}.png"
                tab.screenshot(path=str(shot), full_page=False)
                assert struct.unpack(">II", shot.read_bytes()[16:24])[0] == width
            finally:
                tab.close()
    keep = os.environ.get("BRIEFING_SHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for shot in folder.glob(f"email-{name}-*.png"):
            shutil.copy(shot, Path(keep) / shot.name)


def test_demo_email_reads_well_light_and_dark(browser: Any, demo_email: str, tmp_path: Path) -> None:
    assert '<meta name="color-scheme" content="light dark">' in demo_email
    _check(browser, demo_email, "demo", tmp_path)


def test_notice_and_shortened_email_read_well(
    browser: Any, demo_settings: config.Settings, tmp_path: Path
) -> None:
    html = _notice_email(demo_settings)
    assert "Sources down" in html and "Shortened for email" in html
    _check(browser, html, "notice", tmp_path)
