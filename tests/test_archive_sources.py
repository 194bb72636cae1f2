"""The archive's sources.html (every source's last success, failures in a row, last error, items a day, grade,
from the store) and its Atom feed (absolute links with archive_url, rel="self", no bozo)."""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest

from briefing import archive, config, pipeline
from tests.conftest import brief_today
from tests.test_archive import DAYS, _on, _settings, _write_briefs

DAY = brief_today()


def _rows(page: str) -> list[list[str]]:
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    return [
        [
            " ".join(html.unescape(re.sub(r"<[^>]+>", " ", c)).split())
            for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


@pytest.mark.model
def test_sources_page_shows_each_sources_history(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    cfg.write_text(
        cfg.read_text(encoding="utf-8")
        + '\n[[sources]]\nname = "Lost Feed"\npath = "../demo/feeds/no-such.xml"\ngrade = "D"\n',
        encoding="utf-8",
    )
    settings = config.load(cfg, environ={})
    pipeline.run(settings, DAY, send=False)
    pipeline.run(settings, DAY, send=False)
    page = (settings.output_dir / "archive" / "sources.html").read_text(encoding="utf-8")
    names = [r[0] for r in _rows(page)]
    assert names[0].startswith("Lost Feed")  # the failing source comes first
    lost = _rows(page)[0]
    # name+file, grade, status, last success, failures in a row, last error, 7 days, total
    assert lost[1:6] == ["D", "error", "never", "2", "cannot read no-such.xml: No such file or directory"]
    assert len(lost) == 1 + 5 + 7 + 1
    first = settings.sources[0]
    bbc = next(r for r in _rows(page) if r[0].startswith(first.name))
    assert (
        bbc[1] == first.grade
        and bbc[2] in ("ok", "not-modified")  # an unchanged file says not-modified
        and re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", bbc[3])
        and bbc[4] == "0"
    )
    # every item is first seen today: the last day's column holds them all, the six before none
    assert bbc[-2] == bbc[-1] != "0" and bbc[6:12] == ["0"] * 6
    with sqlite3.connect(settings.output_dir / "briefing.db") as db:
        from_feeds = db.execute("select count(*) from items where source != 'seeds'").fetchone()[0]
    assert sum(int(r[-1]) for r in _rows(page)) == from_feeds > 100  # the seed articles are not a feed
    assert 'href="sources.html"' in (settings.output_dir / "archive" / "index.html").read_text(
        encoding="utf-8"
    )


def test_atom_feed_has_rel_self_and_absolute_links(demo_settings: config.Settings) -> None:
    url = "https://brief.example.org/archive/"
    settings = _settings(demo_settings, pdf=False, url=url)
    _write_briefs(settings, [_on(d) for d in DAYS])
    root = archive.build(settings).parent
    parsed = feedparser.parse((root / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    links = {link["rel"]: link["href"] for link in parsed.feed.links}
    assert links["self"] == "https://brief.example.org/archive/feed.xml"
    assert links["alternate"] == "https://brief.example.org/archive/"
    for entry in parsed.entries:
        assert entry.link.startswith("https://brief.example.org/archive/20"), entry.link


def test_atom_feed_without_archive_url_still_names_itself(demo_settings: config.Settings) -> None:
    settings = _settings(demo_settings)
    settings = replace(settings, brief=replace(settings.brief, archive_url=""))
    _write_briefs(settings, [_on(DAYS[0])])
    root = archive.build(settings).parent
    raw = (root / "feed.xml").read_text(encoding="utf-8")
    assert '<link rel="self" type="application/atom+xml" href="feed.xml"/>' in raw
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.get("bozo_exception")
