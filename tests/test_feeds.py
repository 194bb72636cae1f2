"""`briefing feeds list|add|remove|test|discover|import --append`: the config edited in place (comments and
order kept, validated before an atomic replace), feeds tested and discovered against a local HTTP server."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import tomlkit
from click.testing import CliRunner

from briefing import config, feeds
from briefing.cli import cli
from briefing.errors import ConfigError
from tests.hostile_server import HostileServer, rss_feed, rss_item, static, status


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


FEED = rss_feed(
    [
        rss_item("Older item", "https://example.org/a", "a", date="Mon, 05 Jan 2026 08:00:00 GMT"),
        rss_item("Newest item", "https://example.org/b", "b", date="Wed, 07 Jan 2026 09:30:00 GMT"),
        rss_item("Middle item", "https://example.org/c", "c", date="Tue, 06 Jan 2026 10:00:00 GMT"),
    ],
    title="Harbour Gazette",
)
PAGE = b"""<!doctype html><html><head><title>Harbour</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="Harbour news" href="/news/rss.xml">
<link rel="alternate" type="application/atom+xml" href="missing.xml">
</head><body><p>Hello</p></body></html>"""


@pytest.fixture
def cfg(demo_dir: Path) -> Path:
    return demo_dir / "config" / "briefing.toml"


@pytest.fixture
def server():
    with HostileServer() as srv:
        srv.route("/feed.xml", static(FEED))
        srv.route("/news/rss.xml", static(FEED))
        srv.route("/site/", static(PAGE, content_type="text/html; charset=utf-8"))
        srv.route("/404.xml", status(404))
        yield srv


def test_add_keeps_comments_and_order_and_the_file_still_loads(cfg: Path, server: HostileServer) -> None:
    before = cfg.read_text(encoding="utf-8")
    names = [s.name for s in config.load(cfg, environ={}).sources]
    url = server.url("/feed.xml")
    code, out, err = invoke(
        "--config", str(cfg), "feeds", "add", url, "--name", "Harbour", "--grade", "C", "--publisher", "HG"
    )
    assert code == 0, err
    after = cfg.read_text(encoding="utf-8")
    block = f'[[sources]]\nname = "Harbour"\nurl = "{url}"\npublisher = "HG"\ngrade = "C"\n\n'
    # every comment and table as it was; the new source after the last one, before the recipients
    assert after.replace(block, "", 1) == before
    assert after.index(block) < after.index("[[recipients]]")
    assert "# Empty host: messages are written to output/outbox/ and not sent." in after
    settings = config.load(cfg, environ={})
    added = settings.sources[-1]
    assert (added.name, added.url, added.grade, added.publisher) == ("Harbour", url, "C", "HG")
    assert [s.name for s in settings.sources] == [*names, "Harbour"]


def test_add_without_name_takes_the_feeds_title(cfg: Path, server: HostileServer) -> None:
    code, out, err = invoke("--config", str(cfg), "feeds", "add", server.url("/feed.xml"))
    assert code == 0, err
    assert config.load(cfg, environ={}).sources[-1].name == "Harbour Gazette"


def test_add_refuses_a_duplicate_and_a_bad_grade_without_touching_the_file(
    cfg: Path, server: HostileServer
) -> None:
    url = server.url("/feed.xml")
    assert invoke("--config", str(cfg), "feeds", "add", url, "--name", "Harbour")[0] == 0
    before = cfg.read_bytes()
    code, _, err = invoke("--config", str(cfg), "feeds", "add", url, "--name", "Other")
    assert code == 1 and "already configured as 'Harbour'" in err
    code, _, err = invoke("--config", str(cfg), "feeds", "add", url + "?x", "--name", "Other", "--grade", "Q")
    assert code == 2 and "--grade" in err
    code, _, err = invoke("--config", str(cfg), "feeds", "add", 'https://e.org/"\nx', "--name", "Quote")
    assert code == 2 and "not an http(s) feed URL" in err
    assert cfg.read_bytes() == before


def test_remove_keeps_the_rest_and_refuses_an_unknown_name(cfg: Path) -> None:
    names = [s.name for s in config.load(cfg, environ={}).sources]
    gone = names[1]
    code, out, err = invoke("--config", str(cfg), "feeds", "remove", gone)
    assert code == 0, err
    text = cfg.read_text(encoding="utf-8")
    assert f'"{gone}"' not in text and "# Empty host:" in text
    assert [s.name for s in config.load(cfg, environ={}).sources] == [n for n in names if n != gone]
    before = cfg.read_bytes()
    code, _, err = invoke("--config", str(cfg), "feeds", "remove", names[0][:-1])
    assert code == 1 and f"no source named {names[0][:-1]!r}" in err and names[0] in err
    assert cfg.read_bytes() == before


def test_an_edit_that_would_break_the_config_leaves_the_old_file(cfg: Path) -> None:
    before = cfg.read_bytes()
    with pytest.raises(ConfigError, match="not changed: sources.*grade"):
        feeds.add_sources(cfg, [feeds.source_table("Bad", "https://example.org/f", grade="Z")])
    assert cfg.read_bytes() == before
    assert not [p for p in cfg.parent.iterdir() if p.name.endswith(".tmp")]  # no temp file left behind


def test_import_append_with_hostile_values_cannot_break_the_config(cfg: Path, tmp_path: Path) -> None:
    opml = tmp_path / "hostile.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>\n'
        '<outline text="Escape" xmlUrl="https://e.org/f.xml&quot;&#10;grade = &quot;A"></outline>\n'
        '<outline text="Fine &quot;quoted&quot; \\ name&#10;[brief]" xmlUrl="https://e.org/ok.xml"></outline>\n'
        '<outline text="Plain" xmlUrl="https://e.org/plain.xml"></outline>\n'
        "</body></opml>\n",
        encoding="utf-8",
    )
    code, out, err = invoke("--config", str(cfg), "feeds", "import", str(opml), "--append", "--grade", "D")
    assert code == 0, err
    assert "skipped: not a valid http(s) feed URL" in err
    settings = config.load(cfg, environ={})  # every later command still works
    new = {s.name: s for s in settings.sources if s.url.startswith("https://e.org/")}
    assert [s.url for s in new.values()] == ["https://e.org/ok.xml", "https://e.org/plain.xml"]
    assert all(s.grade == "D" for s in new.values())  # the hostile value did not set a grade
    assert 'Fine "quoted" \\ name [brief]' in new
    assert "# imported from hostile.opml" in cfg.read_text(encoding="utf-8")
    assert invoke("--config", str(cfg), "feeds", "list")[0] == 0


def test_test_prints_status_count_newest_and_problems(cfg: Path, server: HostileServer) -> None:
    code, out, err = invoke("--config", str(cfg), "feeds", "test", server.url("/feed.xml"))
    assert code == 0, err
    assert "status: HTTP 200, ok" in out
    assert "items: 3" in out
    assert "newest: 2026-01-07 09:30 UTC  Newest item" in out
    assert "problems: none" in out
    code, out, err = invoke("--config", str(cfg), "feeds", "test", server.url("/404.xml"))
    assert code == 1 and "status: HTTP 404, error" in out and "feed failed: HTTP 404" in err
    first = config.load(cfg, environ={}).sources[0]
    assert first.path is not None
    code, out, err = invoke("--config", str(cfg), "feeds", "test", first.name)
    assert code == 0 and first.path.name in out and re.search(r"items: [1-9]", out)
    code, out, err = invoke("--config", str(cfg), "feeds", "test", "No Such Feed")
    assert code == 1 and "no source named 'No Such Feed'" in err


def test_discover_reads_the_alternate_links_of_a_page(cfg: Path, server: HostileServer) -> None:
    code, out, err = invoke("--config", str(cfg), "feeds", "discover", server.url("/site/"))
    assert code == 0, err
    lines = out.strip().splitlines()
    # the linked RSS feed, resolved against the page; the linked Atom feed answers 404 and is left out
    assert lines == [f"{server.url('/news/rss.xml')}\tHarbour news\t3 items\t(linked from the page)"]


def test_discover_tries_common_paths_and_knows_a_feed_url(cfg: Path, server: HostileServer) -> None:
    server.route("/plain/", static(b"<html><body>No links here</body></html>", content_type="text/html"))
    code, out, err = invoke("--config", str(cfg), "feeds", "discover", server.url("/plain/"))
    assert code == 0, err
    assert f"{server.url('/feed.xml')}\tHarbour Gazette\t3 items\t(common path)" in out
    code, out, err = invoke("--config", str(cfg), "feeds", "discover", server.url("/feed.xml"))
    assert code == 0 and "(the URL is a feed)" in out
    server.route("/feed.xml", status(404))
    code, out, err = invoke("--config", str(cfg), "feeds", "discover", server.url("/plain/"))
    assert code == 1 and "no feed found" in err


def test_list_shows_every_source_and_its_last_fetch(cfg: Path) -> None:
    code, out, err = invoke("--config", str(cfg), "feeds", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["name"] for r in rows] == [s.name for s in config.load(cfg, environ={}).sources]
    assert rows[0]["status"] == "never fetched" and rows[0]["consecutive_failures"] == 0
    assert isinstance(rows[0]["enabled"], bool)


def test_printed_import_is_valid_toml() -> None:
    opml = Path(__file__).parent / "data" / "opml" / "plenary_countries_russia.opml"
    code, out, _ = invoke("feeds", "import", str(opml))
    assert code == 0
    assert len(tomlkit.parse(out)["sources"]) == 13
