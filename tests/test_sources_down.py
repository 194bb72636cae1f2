"""Failures are loud: a brief built while most feeds are down says so at the top, in the subject and in `run`'s
exit code; a missing feed file is one failed source, not a broken config; a missing seeds folder is a warning."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import compose, config
from briefing.cli import cli
from briefing.errors import SourcesDownError
from briefing.models import SourceStatus
from tests.conftest import brief_today
from tests.hostile_server import HostileServer, status

DAY = brief_today()

pytestmark = pytest.mark.model


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _add_sources(cfg: Path, blocks: list[str], extra: str = "") -> None:
    text = cfg.read_text(encoding="utf-8").replace('timezone = "UTC"\n', 'timezone = "UTC"\n' + extra, 1)
    cfg.write_text(text + "\n" + "\n".join(blocks), encoding="utf-8")


def test_most_feeds_down_opens_the_brief_with_a_notice_and_exits_5(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    working = len(config.load(cfg, environ={}).sources)
    lost = [f"Lost {i}" for i in range(working - 1)]
    down = ["Down One", "Down Two", *lost]  # one more than the working feeds: more than the default half
    with HostileServer() as srv:
        srv.route("/down", status(503))
        srv.route("/gone", status(500))
        _add_sources(
            cfg,
            [
                f'[[sources]]\nname = "Down One"\nurl = "{srv.url("/down")}"\n',
                f'[[sources]]\nname = "Down Two"\nurl = "{srv.url("/gone")}"\n',
                *(
                    f'[[sources]]\nname = "{n}"\npath = "../demo/feeds/missing-{i}.xml"\n'
                    for i, n in enumerate(lost)
                ),
            ],
        )
        code, out, err = invoke("--config", str(cfg), "run", "--no-send")
    total = working + len(down)
    assert code == SourcesDownError.exit_code == 5, err
    assert f"sources down: {len(down)} feeds failed" in err and "Traceback" not in err
    assert err.count("failed source: Lost 0:") == 1  # printed once
    assert f"SOURCES DOWN: {len(down)} feeds failed" in out.strip().splitlines()[-1]
    folder = demo_dir / "output" / "briefs" / DAY.isoformat()
    html = (folder / "brief.html").read_text(encoding="utf-8")
    notice = html.index('id="sources-down"')
    assert notice < html.index('id="bluf"')  # it opens the brief
    for name in down[:20]:
        assert name in html[notice : html.index("</section>", notice)], name
    assert f"{len(down)} of {total} feeds could not be read" in html
    text = (folder / "brief.txt").read_text(encoding="utf-8")
    assert text.index(f"SOURCES DOWN: {len(down)} of {total} feeds") < text.index("BOTTOM LINE UP FRONT")
    emls = sorted((demo_dir / "output" / "outbox").rglob("*.eml"))
    assert emls
    for eml in emls:
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        assert str(msg["Subject"]).startswith(f"Sources down ({len(down)}):"), msg["Subject"]


def test_a_missing_feed_file_is_a_failed_source_with_its_reason(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    _add_sources(cfg, ['[[sources]]\nname = "Lost File"\npath = "../demo/feeds/no-such-feed.xml"\n'])
    config.load(cfg, environ={})  # not a configuration error
    code, out, err = invoke("--config", str(cfg), "run", "--no-send")
    assert code == 0, err  # 1 feed failed: below the share
    assert "failed source: Lost File: cannot read no-such-feed.xml: No such file or directory" in err
    html = (demo_dir / "output" / "briefs" / DAY.isoformat() / "brief.html").read_text(encoding="utf-8")
    assert 'id="sources-down"' not in html
    for command in (["history"], ["send"]):
        code, _, err = invoke("--config", str(cfg), *command)
        assert code == 0, (command, err)


def test_a_missing_seeds_folder_is_a_warning_in_the_summary(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace('folder = "../demo/seeds"', 'folder = "../no-seeds-here"'),
        encoding="utf-8",
    )
    code, out, err = invoke("--config", str(cfg), "run", "--no-send")
    assert code == 0, err
    assert "warning: seeds: seeds folder not found" in out.strip().splitlines()[-1]


def _feed(name: str, st: str) -> SourceStatus:
    return SourceStatus(name, "https://example.org/" + name, "feed", st)


def test_the_share_is_configurable_and_disabled_feeds_do_not_count() -> None:
    statuses = [_feed("a", "error"), _feed("b", "gone"), _feed("c", "ok"), _feed("d", "disabled")]
    statuses.append(SourceStatus("seeds", "", "seed", "ok"))
    # 2 of 3 due feeds failed
    assert compose.sources_down(statuses, 0.5) == ("a", "b")
    assert compose.sources_down(statuses, 0.7) == ()
    assert compose.sources_down(statuses[1:], 0.5) == ()  # 1 of 2 is not more than half
    assert compose.sources_down([], 0.5) == ()


def test_recipients_without_archive_url_get_a_startup_warning(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    code, out, err = invoke("--config", str(cfg), "run", "--no-send")
    assert code == 0
    assert "brief.archive_url is not set" in err.splitlines()[0]
    assert "warning: brief.archive_url is not set" in out.strip().splitlines()[-1]
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace(
            'timezone = "UTC"\n', 'timezone = "UTC"\narchive_url = "https://brief.example.org/archive"\n', 1
        ),
        encoding="utf-8",
    )
    code, out, err = invoke("--config", str(cfg), "run", "--no-send")
    assert code == 0 and "archive_url" not in err + out
