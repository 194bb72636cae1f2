"""`briefing config`: the value in force beside its default, paths resolved, `--json` with types kept, and a
filter (`briefing config sources`) so a 2,000-feed config does not print 2,000 lines by default."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefing import config
from briefing.cli import cli


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_json_keeps_types_and_resolves_paths(demo_dir: Path) -> None:
    code, out, err = invoke("--config", str(demo_dir / "config" / "briefing.toml"), "config", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["brief.window_hours"] == 24 and data["fetch.timeout"] == 20.0
    assert data["pdf.enabled"] is True and data["pdf.pdfa"] is False
    assert data["recipients[1]"]["theatres"] == ["Caribbean"]
    assert data["brief.output_dir"] == str((demo_dir / "output").resolve())
    assert data["brief.templates_dir"] == str((demo_dir / "templates").resolve())
    assert ".." not in data["seeds.folder"] and data["seeds.folder"].endswith("/demo/seeds")
    first = config.load(demo_dir / "config" / "briefing.toml", environ={}).sources[0]
    assert data["sources[0]"]["name"] == first.name and data["sources[0]"]["grade"] == first.grade
    assert data["sources[0]"]["enabled"] is True


def test_table_shows_the_default_beside_the_value_in_force(demo_dir: Path) -> None:
    code, out, err = invoke("--config", str(demo_dir / "config" / "briefing.toml"), "config", "brief")
    assert code == 0, err
    line = next(ln for ln in out.splitlines() if "brief.max_age_days" in ln)
    cells = [c.strip() for c in line.split("│")]
    assert cells[2] == "0 *" and cells[3] == "7"  # the demo sets 0; the default is 7
    line = next(ln for ln in out.splitlines() if "brief.window_hours" in ln)
    assert [c.strip() for c in line.split("│")][2:4] == ["24", "24"]
    assert "smtp.host" not in out  # only the brief section


def test_many_sources_are_one_line_unless_asked_for(demo_dir: Path) -> None:
    cfg = demo_dir / "config" / "briefing.toml"
    few = invoke("--config", str(cfg), "config")[1]
    cfg.write_text(
        cfg.read_text(encoding="utf-8")
        + "".join(
            f'\n[[sources]]\nname = "Feed {i}"\nurl = "https://f{i}.example.org/rss"\n' for i in range(60)
        ),
        encoding="utf-8",
    )
    code, out, _ = invoke("--config", str(cfg), "config")
    assert code == 0
    n = len(config.load(cfg, environ={}).sources)
    assert f"{n} sources: `briefing config sources` lists them" in out
    # the 60 new sources cost one line, not 60
    assert "Feed 59" not in out and len(out.splitlines()) <= len(few.splitlines()) + 1
    code, out, _ = invoke("--config", str(cfg), "config", "sources")
    assert code == 0 and "Feed 59 <https://f59.example.org/rss> grade F" in out and "smtp" not in out
    code, out, _ = invoke("--config", str(cfg), "config", "sources", "--json")
    assert len(json.loads(out)) == n


def test_an_unknown_filter_is_exit_2_with_a_hint(demo_dir: Path) -> None:
    code, _, err = invoke("--config", str(demo_dir / "config" / "briefing.toml"), "config", "smpt")
    assert code == 2 and "no setting starts with 'smpt'" in err and "smtp" in err
