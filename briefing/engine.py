"""The engine for the heavy map stages: the analysis of each item (named entities and per-item results) mapped
over chunks of items, in this process, in a pool of local processes, or on a Dask cluster; and, on the same
workers, the parsing of each fetched feed.

Workers get the settings and the analysis resources once, load the spaCy model once, and send back plain
data (ItemAnalysis: strings, numbers and tuples; never spaCy objects; parsed Items). The coordinator keeps
everything across items: fetching, storing, stories, the brief, rendering, writing and sending. Results come
back in item order, so every engine gives the same brief.

A run holds one `Workers` for its whole cycle: the processes (or the connection to the Dask cluster) start when
a stage first needs them (many feeds to parse, or enough items to analyse) and serve both stages, so they start
and load the model once a run.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import pickle
import threading
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from multiprocessing import get_context
from types import TracebackType
from typing import Any

from briefing.config import Settings, cores
from briefing.errors import BriefingError, SourceError
from briefing.models import Item

log = logging.getLogger(__name__)

ENGINES = ("auto", "local", "processes", "dask")
# "auto" uses worker processes from this many new items up: below it, starting processes and loading the
# model in each costs more than it saves. Measured idle (benchmarks/results.md, "Engines"): 2 workers were 1.38x
# faster than one process at 1,000 items and 1.78x at 10,000.
PROCESS_MIN_ITEMS = 1000
# "auto" also parses fetched feeds on the worker processes once a run has fetched this many bytes of feeds:
# about 2,000 items of the synthetic benchmark, 1.5 s of parsing; starting a worker costs about 1 s, paid once
# a run, and the analysis of that many items uses the same workers
PARSE_MIN_BYTES = 2 * 1024 * 1024
CHUNK_ITEMS = 200  # items per task: small enough to spread the work, large enough for spaCy's batches
# the last round of tasks is cut this small: a worker that has finished waits at most this many items' time for
# the others (a 200-item task is about 4 s on a slow 2-core machine)
TAIL_ITEMS = 50
CONNECT_TIMEOUT = 30  # seconds to reach a Dask scheduler
DASK_SENDS = 3  # times a part whose inputs died with a worker is sent to the cluster before the run gives up

Analyse = Callable[[Sequence[Item], Settings, Any], list[Any]]


class EngineError(BriefingError):
    """The worker processes or the Dask cluster could not finish the analysis."""


@dataclass(frozen=True)
class Plan:
    """Which engine runs this batch, and on how many workers."""

    engine: str  # local | processes | dask
    workers: int


def plan(settings: Settings, n_items: int, running: bool = False) -> Plan:
    """The engine for `n_items` new items: as configured, or for "auto" processes when they pay (always when
    this run's worker processes are already `running`)."""
    a = settings.analysis
    workers = a.workers or cores()
    engine = a.engine
    if engine == "auto":
        enough = n_items >= PROCESS_MIN_ITEMS or running
        engine = "processes" if cores() >= 2 and workers >= 2 and enough else "local"
    if engine == "processes" and (workers < 2 or n_items < 2):
        engine = "local"
    return Plan(engine, workers)


def parse_on_workers(settings: Settings) -> bool:
    """Whether this run may parse fetched feeds on its workers: engine processes; auto on two or more cores, and
    dask, once PARSE_MIN_BYTES are fetched."""
    a = settings.analysis
    if a.engine == "dask":
        return True
    workers = a.workers or cores()
    return a.engine in ("processes", "auto") and workers >= 2 and (a.engine == "processes" or cores() >= 2)


def chunks(items: Sequence[Item], workers: int) -> list[list[Item]]:
    """Consecutive slices of about CHUNK_ITEMS items, at least one per worker (when there are enough items); when
    there are more slices than workers, the last `workers` slices' items come in slices of TAIL_ITEMS, so that
    the workers finish close together."""
    n = max(1, min(len(items), max(workers, math.ceil(len(items) / CHUNK_ITEMS))))
    size = math.ceil(len(items) / n)
    out = [list(items[i : i + size]) for i in range(0, len(items), size)]
    if len(out) > workers and size > TAIL_ITEMS:
        tail = [it for part in out[-workers:] for it in part]
        out = out[:-workers] + [tail[i : i + TAIL_ITEMS] for i in range(0, len(tail), TAIL_ITEMS)]
    return out


def start(settings: Settings, n_items: int, workers: Workers | None) -> None:
    """Start the run's worker processes now if `run` will analyse `n_items` items on them: they load the model
    while this process still prepares the analysis."""
    if workers is not None and plan(settings, n_items, running=workers.running).engine == "processes":
        workers.start()


def _lean(it: Item) -> Item:
    """What the analysis reads of an item: the display HTML stays behind."""
    return replace(it, content_html="")


def run(
    items: Sequence[Item],
    settings: Settings,
    res: Any,
    analyse_items: Analyse,
    workers: Workers | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[Any]:
    """`analyse_items(items, settings, res)` over all items on the planned engine; results in item order.

    `workers`: the run's worker processes (used for the processes engine; without them, processes are started
    for this call). `meanwhile`: work of this process's own (filling caches) done while the workers work, not
    when the analysis runs here; done when this returns."""
    if not items:
        return []
    p = plan(settings, len(items), running=workers is not None and workers.running)
    if p.engine == "local":
        return analyse_items(items, settings, res)
    # one spaCy process per worker: the engine is the parallelism
    worker_settings = replace(settings, analysis=replace(settings.analysis, n_process=1))
    parts = chunks([_lean(it) for it in items], p.workers)
    log.info(
        "analysing %d items in %d chunks on %s (%d workers)", len(items), len(parts), p.engine, p.workers
    )
    helper = None
    if meanwhile is not None:
        helper = threading.Thread(target=_quietly, args=(meanwhile,), name="briefing-meanwhile", daemon=True)
        helper.start()
    try:
        done = _mapped(p, parts, settings, worker_settings, res, analyse_items, workers)
    finally:
        if helper is not None:
            helper.join()
    out = [r for part in done for r in part]
    if len(out) != len(items):  # a worker that lost items would give a brief with holes in it
        raise EngineError(f"the {p.engine} engine returned {len(out)} results for {len(items)} items")
    return out


def _quietly(work: Callable[[], None]) -> None:
    try:
        work()
    except Exception:  # the work it does ahead is done again when needed
        log.exception("work done while the workers analyse failed")


def _mapped(
    p: Plan,
    parts: list[list[Item]],
    settings: Settings,
    worker_settings: Settings,
    res: Any,
    analyse_items: Analyse,
    workers: Workers | None,
) -> list[list[Any]]:
    if p.engine == "processes":
        if workers is not None:
            return _on_processes(workers, parts, worker_settings, res, analyse_items)
        with Workers(settings) as own:
            return _on_processes(own, parts, worker_settings, res, analyse_items)
    if workers is not None:
        return _on_dask(workers.dask(), parts, worker_settings, res, analyse_items)
    with Workers(settings) as own:
        return _on_dask(own.dask(), parts, worker_settings, res, analyse_items)


# --- processes -------------------------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


class Workers:
    """The worker processes (or the Dask cluster) of one run: started or connected on first use, shared by the
    stages that map over them."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.count = settings.analysis.workers or cores()
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()  # the fetch threads may all ask for the pool at once
        self._parse_here = False
        self._fetched = 0  # bytes of feeds parsed in this run so far
        self._dask: tuple[Any, Any] | None = None  # (client, the run's own LocalCluster or None)
        self._dask_failed: EngineError | None = None  # connecting failed: not tried again in this run

    @property
    def running(self) -> bool:
        return self._pool is not None

    def pool(self) -> ProcessPoolExecutor:
        with self._lock:
            return self._start()

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the coordinator may have threads running (progress display, fetch pool)
            self._pool = ProcessPoolExecutor(max_workers=self.count, mp_context=get_context("spawn"))
        return self._pool

    def start(self) -> None:
        """Start the processes, each loading the model first (once a run: nothing when they are running)."""
        with self._lock:
            if self._pool is not None:
                return
            pool = self._start()
        for _ in range(self.count):
            pool.submit(_load_model, self.settings.analysis.spacy_model)

    def dask(self) -> Any:
        """The run's Dask client, connected on first use (EngineError when the cluster cannot be reached, then
        and on every later call: one connection attempt a run)."""
        with self._lock:
            if self._dask is None and self._dask_failed is None:
                try:
                    self._dask = _connect(self.settings, self.count)
                except EngineError as exc:
                    self._dask_failed = exc
            if self._dask_failed is not None:
                raise EngineError(self._dask_failed.message, self._dask_failed.hint)
            assert self._dask is not None
            return self._dask[0]

    def parse(self, body: bytes, source: Any, headers: dict[str, str], now: Any) -> Any:
        """ingest.parse_feed on a worker (called from the fetch threads); in this process if the workers died."""
        from briefing.ingest.feeds import parse_feed

        on_dask = self.settings.analysis.engine == "dask"
        with self._lock:
            self._fetched += len(body)
            first = self._pool is None
            here = self._parse_here or (
                self.settings.analysis.engine in ("auto", "dask") and self._fetched < PARSE_MIN_BYTES
            )
            pool = None if here or on_dask else self._start()
        if on_dask and not here:
            return self._parse_on_dask(body, source, headers, now)
        if pool is None:
            return parse_feed(body, source, headers, now)
        if first:  # a run this large analyses on these workers too: they load the model between feeds
            for _ in range(self.count):
                pool.submit(_load_model, self.settings.analysis.spacy_model)
        try:
            return pool.submit(parse_feed, body, source, headers, now).result()
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:  # the analysis starts new workers
                    log.warning("a worker process died while parsing: this run parses its feeds here")
                    self._pool = None
                    self._parse_here = True
                    pool.shutdown(wait=False, cancel_futures=True)
            return _parse_alone(body, source, headers, now)

    def _parse_on_dask(self, body: bytes, source: Any, headers: dict[str, str], now: Any) -> Any:
        """parse_feed as a Dask task. A feed whose task killed its workers (KilledWorker: Dask retried it on
        others, `distributed.scheduler.allowed-failures`) is that source's error; a cluster that cannot be
        reached or fails otherwise leaves this feed and the rest of the run's to this process."""
        try:
            client = self.dask()
        except EngineError as exc:
            return self._parse_here_from_now(exc.message, body, source, headers, now)
        try:
            # the body travels as data, not inside the task's graph (Dask warns about large graphs)
            [data] = client.scatter([body], hash=False)
            ok, got = client.submit(_parse_task, data, source, headers, now, pure=False).result()
        except Exception as exc:  # whatever the cluster raised: a KilledWorker, or the feed is parsed here
            from distributed import KilledWorker

            if isinstance(exc, KilledWorker):
                raise SourceError(
                    "parsing this feed stopped the Dask worker that ran it, each time Dask tried",
                    "check the feed; the workers' logs (`dask worker`) say why they stopped",
                ) from None
            return self._parse_here_from_now(_first_line(exc), body, source, headers, now)
        if not ok:  # the feed's own error, raised as if parsed here
            raise got
        return got

    def _parse_here_from_now(
        self, why: str, body: bytes, source: Any, headers: dict[str, str], now: Any
    ) -> Any:
        from briefing.ingest.feeds import parse_feed

        with self._lock:
            if not self._parse_here:
                self._parse_here = True
                log.warning("the Dask cluster could not parse feeds (%s): this run parses them here", why)
        return parse_feed(body, source, headers, now)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
            if self._dask is not None:
                client, cluster = self._dask
                self._dask = None
                client.close()
                if cluster is not None:
                    cluster.close()

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _parse_task(body: bytes, source: Any, headers: dict[str, str], now: Any) -> tuple[bool, Any]:
    """parse_feed on a Dask worker: (True, its result), or (False, the exception it raised), so that the
    coordinator tells a feed's own error from the cluster's."""
    from briefing.ingest.feeds import parse_feed

    try:
        return True, parse_feed(body, source, headers, now)
    except Exception as exc:  # raised again in the coordinator, where read_source sorts it
        return False, exc


def _load_model(model: str) -> None:
    """Load the model in a worker ahead of the analysis (once per process; a second call finds it loaded)."""
    from briefing import actors

    # a model that does not load is reported by the first analysis chunk; parsing needs none
    with contextlib.suppress(Exception):
        actors.load_nlp(model)


def _work(part: list[Item], key: str, shared: bytes) -> list[Any]:
    # the settings, resources and function come with every chunk as bytes, unpickled once per worker and batch
    if _WORKER.get("key") != key:
        settings, res, analyse_items = pickle.loads(shared)
        _WORKER.update(key=key, settings=settings, res=res, analyse=analyse_items)
    return list(_WORKER["analyse"](part, _WORKER["settings"], _WORKER["res"]))


def _on_processes(
    workers: Workers, parts: list[list[Item]], settings: Settings, res: Any, analyse_items: Analyse
) -> list[list[Any]]:
    shared = pickle.dumps((settings, res, analyse_items))
    key = uuid.uuid4().hex
    try:
        return list(workers.pool().map(_work, parts, itertools.repeat(key), itertools.repeat(shared)))
    except BrokenProcessPool:
        workers.close()
        raise EngineError(
            "an analysis worker process died (out of memory, or killed)",
            'run again; set analysis.workers lower or analysis.engine = "local" if it keeps happening',
        ) from None


def spread(workers: Workers | None, fn: Callable[[Any], Any], parts: Sequence[Any]) -> list[Any]:
    """`[fn(part) for part in parts]`, on the run's worker processes when they are running (they sit idle once
    the per-item analysis is done) and in this process, else here alone; results in order. `fn` must be a
    module-level function.

    The workers take parts from the front, this process from the back those no worker has started (its own
    cost no sending). A worker that dies here leaves the work to this process: the analysis it follows is safe."""
    if workers is None or not workers.running or len(parts) < 2:
        return [fn(part) for part in parts]
    pool = workers.pool()
    try:
        futures = [pool.submit(fn, part) for part in parts]
        here = {n: fn(parts[n]) for n in reversed(range(len(parts))) if futures[n].cancel()}
        return [here[n] if n in here else f.result() for n, f in enumerate(futures)]
    except BrokenProcessPool:
        log.warning("a worker process died: the rest of the work runs in this process")
        workers.close()
        return [fn(part) for part in parts]


# --- Dask ------------------------------------------------------------------------------------------------------


def _dask_work(part: list[Item], settings: Settings, res: Any, analyse_items: Analyse) -> list[Any]:
    from briefing import actors

    actors.load_nlp(settings.analysis.spacy_model)  # cached: once per worker process
    return list(analyse_items(part, settings, res))


def _connect(settings: Settings, workers: int) -> tuple[Any, Any]:
    """A client of analysis.dask_scheduler, or of a new cluster of `workers` local processes when none is named;
    (client, that cluster or None)."""
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
    return client, cluster


def _on_dask(
    client: Any, parts: list[list[Item]], settings: Settings, res: Any, analyse_items: Analyse
) -> list[list[Any]]:
    from distributed.client import FutureCancelledError

    done: dict[int, list[Any]] = {}
    try:
        for _ in range(DASK_SENDS):
            todo = [i for i in range(len(parts)) if i not in done]
            if not todo:
                break
            # sent once to each worker, not once per task
            shared = client.scatter([settings, res, analyse_items], broadcast=True)
            futures = client.map(
                _dask_work, [parts[i] for i in todo], *[[s] * len(todo) for s in shared], pure=False
            )
            for i, future in zip(todo, futures, strict=True):
                try:
                    done[i] = future.result()
                except FutureCancelledError:
                    # the shared inputs died with a killed worker that alone held them (one restarting when they
                    # were sent): the scheduler forgets the parts that needed them; send those again
                    log.warning("Dask: a part lost its inputs with a worker; sending it again")
    except BriefingError:
        raise
    except (
        Exception
    ) as exc:  # KilledWorker after too many deaths, a lost scheduler, a worker without the model
        raise EngineError(
            f"the analysis on the Dask cluster failed: {type(exc).__name__}: {_first_line(exc)}",
            "check the workers (`dask worker` logs): each needs briefing and the spaCy model package installed",
        ) from None
    if len(done) < len(parts):
        raise EngineError(
            f"the analysis on the Dask cluster lost {len(parts) - len(done)} of {len(parts)} parts "
            f"{DASK_SENDS} times (their workers died)",
            "check the workers (`dask worker` logs): they are being killed (memory?)",
        )
    return [done[i] for i in range(len(parts))]


def _parse_alone(body: bytes, source: Any, headers: dict[str, str], now: Any) -> Any:
    """A feed that was being parsed when a worker process died, parsed again in a process of its own: the feed
    that killed the worker would kill this process too, so a second death is that source's error (as a Dask
    task that kills its workers is), and every other feed caught in the same death arrives."""
    from briefing.ingest.feeds import parse_feed

    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as alone:
        try:
            return alone.submit(parse_feed, body, source, headers, now).result()
        except BrokenProcessPool:
            raise SourceError(
                "parsing this feed stopped the worker process that ran it, twice",
                "check the feed (its size, its markup); the other sources were read",
            ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
