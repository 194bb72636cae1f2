"""Screenshots of the newest brief: the HTML in headless Chromium (desktop and 375 px wide) and page 1 of the PDF.

    python -m briefing.screenshots config/briefing.toml [--date YYYY-MM-DD] [--readme docs/brief.png]

Writes output/screenshots/brief-html.png, brief-html-375.png and brief-pdf-page1.png. A missing tool (Chromium,
Playwright, pdftoppm) is reported in one line and skipped: the command still exits 0, since screenshots are a
convenience of `make run`, not part of the brief.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from briefing import archive, config
from briefing.errors import BriefingError

DESKTOP = (1280, 900)
MOBILE = (375, 740)
MAX_HEIGHT = 8000  # px: a 100-story brief is far longer; the top of it is what a screenshot is for
README_SIZE = (960, 1180)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """$BRIEFING_CHROMIUM, else chromium on PATH, else /usr/bin/chromium; None when there is none."""
    for candidate in (os.environ.get("BRIEFING_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def shoot_html(html: Path, out_dir: Path, readme: Path | None = None) -> list[Path]:
    """Screenshots of an HTML file at desktop and phone width (and a small README picture); [] if no browser."""
    exe = chromium_path()
    if exe is None:
        print("screenshots: Chromium not found (apt-get install chromium); HTML screenshots skipped")
        return []
    try:
        from playwright.sync_api import FloatRect, sync_playwright
    except ImportError:
        print("screenshots: the playwright package is not installed; HTML screenshots skipped")
        return []
    written: list[Path] = []
    url = html.resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile, sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            profile,
            executable_path=exe,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": DESKTOP[0], "height": DESKTOP[1]},
        )
        try:
            page = browser.new_page()
            for name, (width, height) in (("brief-html.png", DESKTOP), ("brief-html-375.png", MOBILE)):
                page.set_viewport_size({"width": width, "height": height})
                page.goto(url, wait_until="load")
                full = int(page.evaluate("document.documentElement.scrollHeight"))
                clip: FloatRect = {
                    "x": 0,
                    "y": 0,
                    "width": width,
                    "height": min(max(full, height), MAX_HEIGHT),
                }
                target = out_dir / name
                page.screenshot(path=str(target), full_page=True, clip=clip)
                written.append(target)
            if readme is not None:
                width, height = README_SIZE
                page.set_viewport_size({"width": width, "height": height})
                page.goto(url, wait_until="load")
                readme.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(readme))
                _shrink(readme)
                written.append(readme)
        finally:
            browser.close()
    return written


def _shrink(png: Path) -> None:
    """Fewer colours, same pixels to the eye: keeps the committed README picture small."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as img:
        small = img.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
        small.save(png, optimize=True)


def shoot_pdf(pdf: Path, out_dir: Path) -> list[Path]:
    """Page 1 of the PDF as PNG via pdftoppm (poppler-utils); [] if either is missing."""
    if not pdf.is_file():
        print(f"screenshots: no PDF at {pdf} (pdf.enabled is off?); PDF screenshot skipped")
        return []
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("screenshots: pdftoppm not found (apt-get install poppler-utils); PDF screenshot skipped")
        return []
    stem = out_dir / "brief-pdf-page1"
    res = subprocess.run(
        [tool, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if res.returncode != 0:
        print(f"screenshots: pdftoppm failed: {res.stderr.strip()}; PDF screenshot skipped")
        return []
    return [stem.with_suffix(".png")]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m briefing.screenshots", description=__doc__.splitlines()[0]
    )
    parser.add_argument("config", type=Path, help="the settings file, e.g. config/briefing.toml")
    parser.add_argument("--date", help="the brief to show (default: the newest)")
    parser.add_argument("--readme", type=Path, help="also save a small picture of the brief here")
    args = parser.parse_args(argv)
    try:
        settings = config.load(args.config)
    except BriefingError as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 2
    day = args.date or (str(archive.latest(settings)) if archive.latest(settings) else None)
    if day is None:
        print(f"screenshots: no brief in {settings.output_dir / 'briefs'} yet; run `briefing run` first")
        return 0
    folder = settings.output_dir / "briefs" / day
    if not (folder / "brief.html").is_file():
        print(f"screenshots: no brief at {folder}")
        return 0
    out_dir = settings.output_dir / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = shoot_html(folder / "brief.html", out_dir, args.readme) + shoot_pdf(
        folder / "brief.pdf", out_dir
    )
    for path in written:
        print(f"screenshot: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
