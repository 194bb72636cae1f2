"""The engine for the heavy per-item stage: the analysis of each item (named entities and per-item results) mapped
over chunks of items, in this process, in a pool of local processes, or on a Dask cluster.

Workers get the settings and the analysis resources once, load the spaCy model once, and send back plain
data (ItemAnalysis: strings, numbers and tuples; never spaCy objects). The coordinator (analyse.analyse) keeps everything across items:
stories, the brief, rendering, writing and sending. Results come back in item order, so every engine gives
the same brief.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from multiprocessing import get_context
from typing import Any

from briefing.config import Settings
from briefing.errors import BriefingError
from briefing.models import Item

log = logging.getLogger(__name__)

ENGINES = ("auto", "local", "processes", "dask")
# "auto" uses worker processes from this many new items up: below it, starting processes and loading the
# model in each costs more than it saves. Measured idle (benchmarks/results.md, "Engines"): 2 workers were 1.38x
# faster than one process at 1,000 items and 1.78x at 10,000.
PROCESS_MIN_ITEMS = 1000
CHUNK_ITEMS = 200  # items per task: small enough to spread the work, large enough for spaCy's batches
CONNECT_TIMEOUT = 30  # seconds to reach a Dask scheduler

Analyse = Callable[[Sequence[Item], Settings, Any], list[Any]]


class EngineError(BriefingError):
    """The worker processes or the Dask cluster could not finish the analysis."""


@dataclass(frozen=True)
class Plan:
    """Which engine runs this batch, and on how many workers."""

    engine: str  # local | processes | dask
    workers: int


def cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def plan(settings: Settings, n_items: int) -> Plan:
    """The engine for `n_items` new items: as configured, or for "auto" processes when they pay."""
    a = settings.analysis
    workers = a.workers or cores()
    engine = a.engine
    if engine == "auto":
        engine = "processes" if cores() >= 2 and workers >= 2 and n_items >= PROCESS_MIN_ITEMS else "local"
    if engine == "processes" and (workers < 2 or n_items < 2):
        engine = "local"
    return Plan(engine, workers)


def chunks(items: Sequence[Item], workers: int) -> list[list[Item]]:
    """Consecutive slices of about CHUNK_ITEMS items, at least one per worker (when there are enough items)."""
    n = max(1, min(len(items), max(workers, math.ceil(len(items) / CHUNK_ITEMS))))
    size = math.ceil(len(items) / n)
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _lean(it: Item) -> Item:
    """What the analysis reads of an item: the display HTML stays behind."""
    return replace(it, content_html="")


def run(items: Sequence[Item], settings: Settings, res: Any, analyse_items: Analyse) -> list[Any]:
    """`analyse_items(items, settings, res)` over all items on the planned engine; results in item order."""
    if not items:
        return []
    p = plan(settings, len(items))
    if p.engine == "local":
        return analyse_items(items, settings, res)
    # one spaCy process per worker: the engine is the parallelism
    worker_settings = replace(settings, analysis=replace(settings.analysis, n_process=1))
    parts = chunks([_lean(it) for it in items], p.workers)
    log.info(
        "analysing %d items in %d chunks on %s (%d workers)", len(items), len(parts), p.engine, p.workers
    )
    if p.engine == "processes":
        done = _on_processes(parts, worker_settings, res, analyse_items, p.workers)
    else:
        done = _on_dask(parts, worker_settings, res, analyse_items, p.workers)
    out = [r for part in done for r in part]
    if len(out) != len(items):  # a worker that lost items would give a brief with holes in it
        raise EngineError(f"the {p.engine} engine returned {len(out)} results for {len(items)} items")
    return out


# --- processes -------------------------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(settings: Settings, res: Any, analyse_items: Analyse) -> None:
    """Once per worker process: keep what every chunk needs and load the model now."""
    from briefing import actors

    _WORKER.update(settings=settings, res=res, analyse=analyse_items)
    actors.load_nlp(settings.analysis.spacy_model)


def _work(part: list[Item]) -> list[Any]:
    return list(_WORKER["analyse"](part, _WORKER["settings"], _WORKER["res"]))


def _on_processes(
    parts: list[list[Item]], settings: Settings, res: Any, analyse_items: Analyse, workers: int
) -> list[list[Any]]:
    # spawn, not fork: the coordinator may have threads running (progress display, fetch pool)
    with ProcessPoolExecutor(
        max_workers=min(workers, len(parts)),
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(settings, res, analyse_items),
    ) as pool:
        try:
            return list(pool.map(_work, parts))
        except BrokenProcessPool:
            raise EngineError(
                "an analysis worker process died (out of memory, or killed)",
                'run again; set analysis.workers lower or analysis.engine = "local" if it keeps happening',
            ) from None


# --- Dask ------------------------------------------------------------------------------------------------------


def _dask_work(part: list[Item], settings: Settings, res: Any, analyse_items: Analyse) -> list[Any]:
    from briefing import actors

    actors.load_nlp(settings.analysis.spacy_model)  # cached: once per worker process
    return list(analyse_items(part, settings, res))


def _on_dask(
    parts: list[list[Item]], settings: Settings, res: Any, analyse_items: Analyse, workers: int
) -> list[list[Any]]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise EngineError(
            "analysis.engine is dask but dask.distributed is not installed",
            "pip install 'briefing[dask]' on this machine and on every worker",
        ) from None
    address = settings.analysis.dask_scheduler
    cluster = None
    try:
        if address:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        else:  # no scheduler named: a cluster of local processes for this run only
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
            )
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise EngineError(
            f"cannot reach the Dask scheduler at {address or 'a local cluster'}: {_first_line(exc)}",
            "start it with `dask scheduler` and workers with `dask worker ADDRESS`, or check analysis.dask_scheduler",
        ) from None
    try:
        # sent once to each worker, not once per task
        shared = client.scatter([settings, res, analyse_items], broadcast=True)
        futures = client.map(_dask_work, parts, *[[s] * len(parts) for s in shared], pure=False)
        return list(client.gather(futures))
    except BriefingError:
        raise
    except (
        Exception
    ) as exc:  # KilledWorker after too many deaths, a lost scheduler, a worker without the model
        raise EngineError(
            f"the analysis on the Dask cluster failed: {type(exc).__name__}: {_first_line(exc)}",
            "check the workers (`dask worker` logs): each needs briefing and the spaCy model package installed",
        ) from None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
