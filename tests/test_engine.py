"""The analysis engine: worker processes and a real Dask LocalCluster give exactly what one process gives; a
Dask worker killed mid-run is replaced and its work redone; a broken cluster ends the run with one line and
no brief."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from briefing import analyse, config, engine, ingest, pipeline, stories
from briefing.config import Source
from briefing.models import Item
from tests.conftest import ROOT, brief_today

NOW = datetime.now(UTC)


def ingest_now() -> datetime:
    return NOW


FEED = (
    Path(__file__).resolve().parent / "data" / "feeds" / "reuters-france24_2026-01-08_fulltext_venezuela.xml"
)
DAY = brief_today()


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> config.Settings:
    cfg = tmp_path_factory.mktemp("enginecfg") / "config"
    cfg.mkdir()
    for name in ("theatres.toml", "actors.toml"):
        shutil.copy(ROOT / "config" / name, cfg / name)
    (cfg / "briefing.toml").write_text('[brief]\noutput_dir = "../out"\n', encoding="utf-8")
    return config.load(cfg / "briefing.toml", environ={})


@pytest.fixture(scope="module")
def items() -> list[Item]:
    found, status, reason, _ = ingest.parse_feed(FEED.read_bytes(), Source(name="Wire", path=FEED))
    assert status in ("ok", "warning"), reason
    return found[:240]


def with_engine(settings: config.Settings, **values: Any) -> config.Settings:
    return replace(settings, analysis=replace(settings.analysis, **values))


def local_results(items: list[Item], settings: config.Settings) -> list[Any]:
    return analyse.analyse_chunk(items, settings, analyse.resources(settings))


@pytest.fixture(scope="module")
def expected(items: list[Item], settings: config.Settings) -> list[Any]:
    return local_results(items, with_engine(settings, engine="local", n_process=1))


def test_auto_uses_processes_only_for_enough_items_on_two_cores(settings: config.Settings) -> None:
    auto = with_engine(settings, engine="auto", workers=2)
    assert engine.plan(auto, 10).engine == "local"
    big = engine.plan(auto, engine.PROCESS_MIN_ITEMS)
    assert big.engine == ("processes" if config.cores() >= 2 else "local")
    assert engine.plan(with_engine(settings, engine="auto", workers=1), 10_000).engine == "local"
    assert engine.plan(with_engine(settings, engine="processes", workers=0), 10).workers == config.cores()


def test_chunks_keep_every_item_in_order(items: list[Item]) -> None:
    parts = engine.chunks(items, 2)
    assert len(parts) >= 2 and [it.id for p in parts for it in p] == [it.id for it in items]
    assert max(len(p) for p in parts) <= engine.CHUNK_ITEMS
    assert engine.chunks(items[:1], 8) == [items[:1]]


def test_the_last_round_of_chunks_is_cut_small_so_the_workers_finish_together(
    items: list[Item], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "CHUNK_ITEMS", 40)
    monkeypatch.setattr(engine, "TAIL_ITEMS", 10)
    parts = engine.chunks(items, 2)  # 240 items: six chunks of 40, the last two's 80 items in eight of 10
    assert [len(p) for p in parts] == [40] * 4 + [10] * 8
    assert [it.id for p in parts for it in p] == [it.id for it in items]
    assert [len(p) for p in engine.chunks(items[:80], 2)] == [40, 40]  # one round: nothing to even out


def test_the_workers_start_early_only_when_the_analysis_will_use_them(
    items: list[Item], settings: config.Settings
) -> None:
    two = with_engine(settings, engine="processes", workers=2)
    engine.start(two, 10, None)  # no run's workers: nothing to start
    with engine.Workers(with_engine(settings, engine="local")) as workers:
        engine.start(workers.settings, 5000, workers)
        assert not workers.running
    with engine.Workers(with_engine(settings, engine="auto", workers=2)) as workers:
        engine.start(workers.settings, engine.PROCESS_MIN_ITEMS - 1, workers)
        assert not workers.running  # too few items for processes: the analysis runs here
    with engine.Workers(two) as workers:
        engine.start(two, 1, workers)
        assert not workers.running
        engine.start(two, 10, workers)
        assert workers.running
        pool = workers.pool()
        engine.start(two, 10, workers)  # once a run
        assert workers.pool() is pool
        assert engine.run(items, two, None, _ids, workers=workers) == [it.id for it in items]


@pytest.mark.model
def test_two_worker_processes_give_what_one_process_gives(
    items: list[Item], settings: config.Settings, expected: list[Any]
) -> None:
    two = with_engine(settings, engine="processes", workers=2)
    got = engine.run(items, two, analyse.resources(two), analyse.analyse_chunk)
    assert got == expected
    assert any(r.actors for r in got) and any(r.claims for r in got)


def _pid_and_sum(part: list[int]) -> tuple[int, int]:
    time.sleep(0.05)  # long enough for every worker to take parts
    return os.getpid(), sum(part)


def test_spread_shares_the_parts_between_the_workers_and_this_process_in_order(
    settings: config.Settings,
) -> None:
    parts = [[n, n + 1] for n in range(0, 40, 2)]
    here = [(os.getpid(), sum(p)) for p in parts]
    assert engine.spread(None, _pid_and_sum, parts) == here  # no workers: all here
    with engine.Workers(with_engine(settings, engine="processes", workers=2)) as workers:
        assert engine.spread(workers, _pid_and_sum, parts) == here  # not started for this: all here
        workers.pool()  # started, as by the analysis of a large run
        got = engine.spread(workers, _pid_and_sum, parts)
    assert [total for _, total in got] == [sum(p) for p in parts]
    assert len({pid for pid, _ in got}) >= 2  # the workers took parts, and results came back in order


def _ids(items: Any, settings: config.Settings, res: Any) -> list[str]:
    return [it.id for it in items]


def test_work_meanwhile_runs_while_the_workers_work_and_a_failure_there_changes_nothing(
    items: list[Item], settings: config.Settings
) -> None:
    done: list[str] = []
    two = with_engine(settings, engine="processes", workers=2)
    assert engine.run(items, two, None, _ids, meanwhile=lambda: done.append("read ahead")) == _ids(
        items, two, None
    )
    assert done == ["read ahead"]  # finished before the results came back

    def broken() -> None:
        raise ValueError("a cache that could not be filled")

    assert engine.run(items, two, None, _ids, meanwhile=broken) == _ids(items, two, None)
    local = with_engine(settings, engine="local")
    assert engine.run(items, local, None, _ids, meanwhile=lambda: done.append("here")) == _ids(
        items, two, None
    )
    assert done == ["read ahead"]  # the analysis in this process leaves no time to read ahead


def test_stories_grouped_with_the_workers_deciding_part_of_each_refining_pass_are_the_same(
    items: list[Item], settings: config.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    threshold = settings.analysis.similarity
    alone = stories.by_words(items, threshold)
    calls: list[int] = []
    monkeypatch.setattr(stories, "SPREAD_MIN_ITEMS", 1)
    with engine.Workers(with_engine(settings, engine="processes", workers=2)) as workers:
        workers.pool()  # started, as by the analysis of a large run

        def spread(fn: Any, parts: Any) -> list[Any]:
            calls.append(len(parts))
            return engine.spread(workers, fn, parts)

        shared = stories.by_words(items, threshold, spread)
    assert shared == alone
    assert calls and len(alone) < len(items)  # the passes ran spread, on items that do form stories


def test_auto_parses_on_workers_only_after_enough_bytes(settings: config.Settings) -> None:
    """A small run never starts worker processes to parse; a large one does, and its analysis uses them."""
    auto = with_engine(settings, engine="auto", workers=2)
    body = FEED.read_bytes()
    source = Source(name="Wire", path=FEED)
    with engine.Workers(auto) as workers:
        first = workers.parse(body, source, {}, ingest_now())
        assert not workers.running  # fewer than PARSE_MIN_BYTES so far: parsed here
        if config.cores() < 2:
            return
        for _ in range(engine.PARSE_MIN_BYTES // len(body) + 1):
            again = workers.parse(body, source, {}, ingest_now())
        assert workers.running
        assert engine.plan(auto, 10, running=True).engine == "processes"
    assert again == first
    assert not engine.parse_on_workers(with_engine(settings, engine="local"))


def test_a_worker_that_dies_while_parsing_leaves_the_feed_to_this_process(settings: config.Settings) -> None:
    procs = with_engine(settings, engine="processes", workers=2)
    body = FEED.read_bytes()
    source = Source(name="Wire", path=FEED)
    expected = ingest.parse_feed(body, source, {}, ingest_now())
    with engine.Workers(procs) as workers:
        with pytest.raises(BrokenProcessPool):
            workers.pool().submit(os._exit, 1).result()  # a worker killed (out of memory, a crash)
        got = workers.parse(body, source, {}, ingest_now())
        assert not workers.running  # the broken pool is gone; an analysis would start new workers
        assert workers.parse(body, source, {}, ingest_now()) == got  # and later feeds are parsed here
    assert got == expected


class _KillsTheWorker(dict[str, str]):
    """Headers whose unpickling ends the process that receives them: a feed whose parsing kills its worker
    (as a feed that exhausts a worker's memory would), each time, in whatever process parses it."""

    def __reduce__(self) -> Any:
        return (os._exit, (1,))


def test_a_feed_whose_parsing_kills_the_worker_process_is_one_failed_source_and_the_rest_arrive(
    settings: config.Settings,
) -> None:
    """The feed that killed a worker is tried once more in a process of its own, then is that source's error
    (one line, no items), not parsed in the run's own process; every other feed arrives as it would here."""
    procs = with_engine(settings, engine="processes", workers=2)
    expected = [ingest.read_source(feed_source(n), settings, {}, ingest_now()) for n in range(4)]

    with engine.Workers(procs) as workers:

        def parse(body: bytes, source: Source, headers: dict[str, str], now: Any) -> Any:
            poison = _KillsTheWorker(headers) if source.name == "Wire 1" else headers
            return workers.parse(body, source, poison, now)

        results = [ingest.read_source(feed_source(n), procs, {}, ingest_now(), parse) for n in range(4)]
    failed = results[1]
    assert failed.status.status == "error" and not failed.items
    assert "stopped the worker process" in failed.status.reason and "\n" not in failed.status.reason
    assert [r for n, r in enumerate(results) if n != 1] == [e for n, e in enumerate(expected) if n != 1]


def test_an_unknown_engine_is_refused_at_start_up(settings: config.Settings) -> None:
    path = settings.config_path
    assert path is not None
    path.write_text('[brief]\noutput_dir = "../out"\n[analysis]\nengine = "spark"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match="analysis.engine"):
        config.load(path, environ={})
    path.write_text('[brief]\noutput_dir = "../out"\n', encoding="utf-8")


# --- Dask ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
    ) as c:
        yield c


def kill_a_busy_worker(address: str, killed: list[int]) -> None:
    """SIGKILL the first worker process seen running a task (as the OOM killer or a crash would)."""
    from dask.distributed import Client

    with Client(address) as watcher:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            busy = [w for w, tasks in watcher.processing().items() if tasks]
            if busy:
                pid = watcher.run(os.getpid, workers=busy[:1])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return
            time.sleep(0.05)


@contextmanager
def a_busy_worker_killed(address: str) -> Iterator[list[int]]:
    """While the block runs, SIGKILL the first worker of the cluster at `address` seen busy (kill_a_busy_worker);
    yields the list of the pids killed, filled by the time the block has ended."""
    killed: list[int] = []
    killer = threading.Thread(target=kill_a_busy_worker, args=(address, killed))
    killer.start()
    try:
        yield killed
    finally:
        killer.join()


def brief_json(base: config.Settings, folder: Path, **values: Any) -> dict[str, Any]:
    """The brief.json of a fresh run of `base` on the engine `values` name, less the clock."""
    s = replace(with_engine(base, **values), brief=replace(base.brief, output_dir=folder, database=""))
    summary = pipeline.run(s, DAY, send=False)
    assert summary.items_new > 100
    data = json.loads((folder / "briefs" / DAY.isoformat() / "brief.json").read_text("utf-8"))
    data.pop("generated_at")  # the clock, and when each run first saw each item
    for it in data["items"]:
        it.pop("fetched_at")
    return dict(data)


@pytest.mark.dask
@pytest.mark.slow
@pytest.mark.model
def test_a_dask_cluster_gives_the_same_brief_json_as_the_local_engine(
    cluster: Any, demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "PARSE_MIN_BYTES", 0)  # the demo's feeds are parsed on the cluster too
    base = config.load(demo_dir / "config" / "briefing.toml", environ={})
    local = brief_json(base, tmp_path / "local", engine="local", n_process=1)
    dask = brief_json(base, tmp_path / "dask", engine="dask", dask_scheduler=cluster.scheduler_address)
    assert dask == local
    assert local["stories"]


@pytest.mark.slow
@pytest.mark.model
def test_worker_processes_that_parse_the_feeds_and_analyse_give_the_local_brief_json(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """And tell the stories (lead, sources, corroborated claims, summary) beside this process, as a large run
    does: the same brief."""
    monkeypatch.setattr(stories, "SPREAD_MIN_ITEMS", 1)
    base = config.load(demo_dir / "config" / "briefing.toml", environ={})
    assert engine.parse_on_workers(with_engine(base, engine="processes", workers=2))
    local = brief_json(base, tmp_path / "local", engine="local", n_process=1)
    processes = brief_json(base, tmp_path / "processes", engine="processes", workers=2)
    assert processes == local
    assert local["stories"]


@pytest.mark.dask
@pytest.mark.slow
@pytest.mark.model
def test_a_dask_worker_killed_mid_run_is_replaced_and_nothing_is_lost(
    cluster: Any, items: list[Item], settings: config.Settings, expected: list[Any]
) -> None:

    dask = with_engine(settings, engine="dask", dask_scheduler=cluster.scheduler_address, workers=2)
    with a_busy_worker_killed(cluster.scheduler_address) as killed:
        got = engine.run(items, dask, analyse.resources(dask), analyse.analyse_chunk)
    assert killed, "no worker was busy to be killed"
    assert got == expected


@pytest.mark.dask
@pytest.mark.slow
@pytest.mark.model
def test_a_lone_dask_worker_killed_mid_run_loses_the_shared_inputs_and_its_parts_are_sent_again(
    items: list[Item], settings: config.Settings, expected: list[Any]
) -> None:
    """The settings and resources are sent once to the workers; a worker killed while it alone held them (the only
    one, or the other restarting) takes them with it and the scheduler forgets the parts that needed them. Those
    parts are sent again with the inputs, and the run gives what one process gives (it was a FutureCancelledError
    that ended the run)."""
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
    ) as lone:
        s = with_engine(settings, engine="dask", dask_scheduler=lone.scheduler_address, workers=1)
        with a_busy_worker_killed(lone.scheduler_address) as killed:
            got = engine.run(items, s, analyse.resources(s), analyse.analyse_chunk)
    assert killed
    assert got == expected


@pytest.mark.dask
@pytest.mark.slow
@pytest.mark.model
def test_a_cluster_that_gives_up_on_a_killed_worker_fails_with_one_line(
    items: list[Item], settings: config.Settings
) -> None:
    """With Dask told to give a task no second chance, a killed worker ends the analysis: EngineError, one line."""
    import dask
    from dask.distributed import LocalCluster

    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
        ) as strict,
    ):
        s = with_engine(settings, engine="dask", dask_scheduler=strict.scheduler_address, workers=2)
        with (
            a_busy_worker_killed(strict.scheduler_address) as killed,
            pytest.raises(engine.EngineError) as failed,
        ):
            engine.run(items, s, analyse.resources(s), analyse.analyse_chunk)
    assert killed
    assert "KilledWorker" in failed.value.message and "\n" not in str(failed.value)
    assert "dask worker" in failed.value.hint


@pytest.mark.dask
def test_an_unreachable_scheduler_fails_the_run_with_one_line_and_no_brief(
    demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", 2)
    monkeypatch.setattr(engine, "PROCESS_MIN_ITEMS", 1)
    base = config.load(demo_dir / "config" / "briefing.toml", environ={})
    s = with_engine(base, engine="dask", dask_scheduler=f"tcp://127.0.0.1:{port}")
    with pytest.raises(engine.EngineError) as failed:
        pipeline.run(s, DAY, send=False)
    assert "Dask scheduler" in failed.value.message and "\n" not in str(failed.value)
    assert "dask worker" in failed.value.hint
    assert not (s.output_dir / "briefs" / DAY.isoformat()).exists()


# --- Dask: feeds parsed on the cluster ---------------------------------------------------------------------------


def feed_source(n: int = 0) -> Source:
    return Source(name=f"Wire {n}", path=FEED)


def on_dask(settings: config.Settings, address: str) -> config.Settings:
    return with_engine(settings, engine="dask", dask_scheduler=address, workers=2)


@pytest.mark.dask
def test_a_large_run_parses_its_feeds_on_the_dask_cluster_with_the_same_items(
    cluster: Any, settings: config.Settings
) -> None:
    """Below PARSE_MIN_BYTES fetched a run parses here (no cluster needed for a small run); from there on each
    feed is a task on the cluster, and gives the items this process gives."""
    from dask.distributed import get_task_stream

    body = FEED.read_bytes()
    expected = ingest.parse_feed(body, feed_source(), {}, ingest_now())
    feeds = engine.PARSE_MIN_BYTES // len(body) + 3
    on_cluster = sum(1 for k in range(1, feeds + 1) if k * len(body) >= engine.PARSE_MIN_BYTES)
    assert 0 < on_cluster < feeds
    with (
        engine.Workers(on_dask(settings, cluster.scheduler_address)) as workers,
        get_task_stream(workers.dask()) as stream,
    ):
        got = [workers.parse(body, feed_source(), {}, ingest_now()) for _ in range(feeds)]
    assert got == [expected] * feeds
    assert sum(t["key"].startswith("_parse_task-") for t in stream.data) == on_cluster


def parse_while_killing(workers: engine.Workers, address: str, feeds: int) -> tuple[list[Any], list[int]]:
    """read_source over `feeds` copies of FEED in four fetch threads, with parsing on `workers`, while one busy
    Dask worker is SIGKILLed; the results in source order and the pids killed."""
    body = FEED.read_bytes()
    for _ in range(engine.PARSE_MIN_BYTES // len(body) + 1):  # past the small-run threshold
        workers.parse(body, feed_source(), {}, ingest_now())
    killed: list[int] = []
    killer = threading.Thread(target=kill_a_busy_worker, args=(address, killed))
    killer.start()
    with ThreadPoolExecutor(4) as pool:
        results = list(
            pool.map(
                lambda n: ingest.read_source(
                    feed_source(n), workers.settings, {}, ingest_now(), workers.parse
                ),
                range(feeds),
            )
        )
    killer.join()
    return results, killed


@pytest.mark.dask
@pytest.mark.slow
def test_a_dask_worker_killed_while_parsing_is_replaced_and_every_feed_arrives(
    cluster: Any, settings: config.Settings
) -> None:
    expected = [ingest.read_source(feed_source(n), settings, {}, ingest_now()) for n in range(8)]
    with engine.Workers(on_dask(settings, cluster.scheduler_address)) as workers:
        results, killed = parse_while_killing(workers, cluster.scheduler_address, 8)
    assert killed, "no worker was busy to be killed"
    assert results == expected


@pytest.mark.dask
@pytest.mark.slow
def test_a_feed_whose_parsing_kills_its_workers_is_one_failed_source_and_the_rest_arrive(
    settings: config.Settings,
) -> None:
    """With Dask told to give a task no second chance, the feed being parsed on a killed worker is that
    source's error (one line), not the run's, and is not parsed here; every other feed arrives."""
    import dask
    from dask.distributed import LocalCluster

    expected = [ingest.read_source(feed_source(n), settings, {}, ingest_now()) for n in range(8)]
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
        ) as strict,
        engine.Workers(on_dask(settings, strict.scheduler_address)) as workers,
    ):
        results, killed = parse_while_killing(workers, strict.scheduler_address, 8)
    assert killed
    failed = [r for r in results if r.status.status == "error"]
    assert 1 <= len(failed) < len(results)
    for r in failed:
        assert "stopped the Dask worker" in r.status.reason and "\n" not in r.status.reason and not r.items
    assert all(r == e for r, e in zip(results, expected, strict=True) if r.status.status != "error")


def test_an_unreachable_scheduler_leaves_the_feeds_to_this_process_and_the_analysis_fails_with_one_line(
    settings: config.Settings,
    items: list[Item],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import socket

    pytest.importorskip("dask.distributed")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", 2)
    monkeypatch.setattr(engine, "PARSE_MIN_BYTES", 0)
    attempts: list[str] = []
    connect = engine._connect
    monkeypatch.setattr(
        engine, "_connect", lambda s, n: attempts.append(s.analysis.dask_scheduler) or connect(s, n)
    )
    dead = on_dask(settings, f"tcp://127.0.0.1:{port}")
    body = FEED.read_bytes()
    expected = ingest.parse_feed(body, feed_source(), {}, ingest_now())
    with engine.Workers(dead) as workers:
        got = [workers.parse(body, feed_source(), {}, ingest_now()) for _ in range(3)]
        with pytest.raises(engine.EngineError) as failed:
            engine.run(items[:20], dead, analyse.resources(dead), analyse.analyse_chunk, workers)
    assert got == [expected] * 3
    assert len(attempts) == 1  # one connection attempt a run, not one per feed
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "parses them here" in warnings[0]
    assert "Dask scheduler" in failed.value.message and "\n" not in str(failed.value)
