"""Two `briefing run` at once on one PostgreSQL database, each with its own output folder (as two machines would
run them): both succeed, every item is stored once and counted new by exactly one of them, one brief row and
one message per recipient for the date."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import config
from briefing.outbox import outbox
from briefing.store import Store, briefs
from tests.conftest import ROOT, PgServer, brief_today

DAY = brief_today()
LINE = re.compile(r"items (\d+) new / (\d+) total")


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.model
def test_two_runs_at_once_on_one_database(pg_server: PgServer, tmp_path: Path) -> None:
    root = tmp_path / "proj"
    for folder in ("config", "demo", "templates"):
        shutil.copytree(ROOT / folder, root / folder)
    cfg = root / "config" / "briefing.toml"
    url = pg_server.url(pg_server.create_database(), with_password=False)
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace("[brief]", f'[brief]\ndatabase = "{url}"', 1),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BRIEFING_DATABASE_PASSWORD": pg_server.password,  # the URL carries no password
    }
    outputs = [tmp_path / "machine-a", tmp_path / "machine-b"]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "briefing.cli", "--config", str(cfg), "run", "--no-send"]
            + ["--date", DAY.isoformat(), "--output", str(out)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for out in outputs
    ]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    counts = [tuple(map(int, LINE.findall(out)[-1])) for out, _ in results]
    (new_a, total_a), (new_b, total_b) = counts
    for out in outputs:
        data = json.loads((out / "briefs" / DAY.isoformat() / "brief.json").read_text(encoding="utf-8"))
        assert data["stories"]

    os.environ["BRIEFING_DATABASE_PASSWORD"] = pg_server.password
    try:
        settings = config.load(cfg, environ={})
        store = Store(settings.database_url)
    finally:
        del os.environ["BRIEFING_DATABASE_PASSWORD"]
    stored = store.count_items()
    with store.engine.connect() as conn:
        brief_rows = conn.execute(briefs.select().where(briefs.c.date == DAY.isoformat())).all()
        mail = conn.execute(outbox.select().where(outbox.c.brief_date == DAY.isoformat())).mappings().all()
    runs = store.run_history()
    store.close()
    assert new_a + new_b == stored > 100  # each item new to exactly one run: none lost, none twice
    assert max(total_a, total_b) == stored
    assert len(brief_rows) == 1
    assert sorted(m["recipient"] for m in mail) == sorted(r.address for r in settings.recipients)
    assert [r["outcome"] for r in runs] == ["ok", "ok"]
