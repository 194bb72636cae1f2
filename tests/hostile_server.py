"""A threaded HTTP server on 127.0.0.1 for tests, each path with its own (often hostile) behaviour.

    with HostileServer() as srv:
        srv.route("/feed", static(rss_feed([...])))
        srv.route("/slow", hang())
        ingest.fetch(srv.url("/feed"), ...)

A behaviour is a function that writes the whole response through the request handler. The server records
every request (path and headers) and can wait until a path has been asked for, which lets a test kill a run
at a known moment. Large bodies are streamed in chunks, never built in memory.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

Behaviour = Callable[["Handler"], None]
CHUNK = 65536


@dataclass(frozen=True)
class Seen:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    at: float


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = urlsplit(self.path).path
        self.server.owner._seen(Seen(self.path, {k: v for k, v in self.headers.items()}, time.monotonic()))
        behaviour = self.server.owner.routes.get(path)
        try:
            if behaviour is None:
                send(self, 404, b"no such path", "text/plain")
            else:
                behaviour(self)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, OSError):
            pass  # the client gave up (size cap, timeout): that is the point of most behaviours
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        pass

    @property
    def stopping(self) -> threading.Event:
        return self.server.owner.stopping


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: HostileServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client hanging up mid-response is expected here


class HostileServer:
    """A local HTTP server; `route(path, behaviour)`, `url(path)`, `requests`, `wait_for(path)`."""

    def __init__(self) -> None:
        self.routes: dict[str, Behaviour] = {}
        self.requests: list[Seen] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Release every waiting handler and close the listening socket."""
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, behaviour: Behaviour) -> str:
        """Serve `behaviour` at `path`; return the full URL."""
        self.routes[path] = behaviour
        return self.url(path)

    def _seen(self, seen: Seen) -> None:
        with self._arrived:
            self.requests.append(seen)
            self._arrived.notify_all()

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.requests if urlsplit(s.path).path == path]

    def wait_for(self, path: str, count: int = 1, timeout: float = 30.0) -> bool:
        """Block until `path` has been requested `count` times (or the timeout passes)."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while sum(1 for s in self.requests if urlsplit(s.path).path == path) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._arrived.wait(left)
        return True


# --- behaviours ------------------------------------------------------------------------------------------------


def send(
    h: Handler,
    status: int,
    body: bytes = b"",
    content_type: str = "application/rss+xml; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    h.send_response(status)
    if content_type:
        h.send_header("Content-Type", content_type)
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(body)))
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(body)


def static(
    body: bytes,
    status: int = 200,
    content_type: str = "application/rss+xml; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> Behaviour:
    """Always the same response."""
    return lambda h: send(h, status, body, content_type, headers)


def status(code: int) -> Behaviour:
    """An error page with this status code."""
    return static(f"<html><body><h1>{code}</h1></body></html>".encode(), code, "text/html")


def redirect(location: str, code: int = 302) -> Behaviour:
    return lambda h: send(h, code, b"", "text/plain", {"Location": location})


def redirect_loop() -> Behaviour:
    """Each hop redirects to the next numbered URL of the same path, forever."""

    def behave(h: Handler) -> None:
        parts = urlsplit(h.path)
        n = int(parts.query or "0") + 1
        send(h, 302, b"", "text/plain", {"Location": f"{parts.path}?{n}"})

    return behave


def hang(
    prefix: bytes = b'<?xml version="1.0"?><rss version="2.0"><channel><title>never ends</title>',
    max_seconds: float = 60.0,
) -> Behaviour:
    """Headers and the start of a body, then silence until the server stops: a response that never finishes."""

    def behave(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", "1000000")
        h.end_headers()
        h.wfile.write(prefix)
        h.wfile.flush()
        h.stopping.wait(max_seconds)

    return behave


def dribble(interval: float = 0.2, max_seconds: float = 60.0) -> Behaviour:
    """One byte at a time, each within the client's read timeout, for ever: a slow-loris body."""

    def behave(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Connection", "close")  # no length: the body runs until the server closes
        h.end_headers()
        h.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>')
        h.wfile.flush()
        end = time.monotonic() + max_seconds
        while time.monotonic() < end and not h.stopping.wait(interval):
            h.wfile.write(b"x")
            h.wfile.flush()

    return behave


def gate(body: bytes, released: threading.Event, max_seconds: float = 60.0) -> Behaviour:
    """Answer only once `released` is set (or the server stops): a feed that is slow exactly as long as a test wants."""

    def behave(h: Handler) -> None:
        end = time.monotonic() + max_seconds
        while not released.is_set() and not h.stopping.is_set() and time.monotonic() < end:
            released.wait(0.05)
        send(h, 200, body)

    return behave


def huge(total: int = 50 * 1024 * 1024, declare_length: bool = True) -> Behaviour:
    """A body of `total` bytes (a feed that never closes its channel), streamed chunk by chunk."""
    piece = (b"<item><title>filler</title><description>" + b"x" * 900 + b"</description></item>\n") * 64

    def behave(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        if declare_length:
            h.send_header("Content-Length", str(total))
        h.send_header("Connection", "close")
        h.end_headers()
        head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title>\n'
        h.wfile.write(head)
        sent = len(head)
        while sent < total:
            chunk = piece[: min(len(piece), total - sent)]
            h.wfile.write(chunk)
            sent += len(chunk)

    return behave


@dataclass
class _Bomb:
    """`size` zero bytes compressed as one stream, built from one compressed block repeated (full flushes make
    every block after the first byte-identical), so a 1 GiB bomb costs a second to build and 1 MB to hold."""

    size: int
    wrapper: str = "gzip"  # gzip | deflate (zlib)
    block: int = 1 << 20
    parts: tuple[bytes, bytes, bytes] = field(init=False)
    check: int = field(init=False)

    def __post_init__(self) -> None:
        zeros = bytes(self.block)
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        first = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
        middle = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
        assert middle == c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
        self.parts = (first, middle, c.flush())
        check = 0 if self.wrapper == "gzip" else 1
        for _ in range(self.size // self.block):
            check = zlib.crc32(zeros, check) if self.wrapper == "gzip" else zlib.adler32(zeros, check)
        self.check = check

    def chunks(self) -> Iterator[bytes]:
        first, middle, last = self.parts
        yield b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" if self.wrapper == "gzip" else b"\x78\xda"
        yield first
        for _ in range(self.size // self.block - 1):
            yield middle
        yield last
        if self.wrapper == "gzip":
            yield self.check.to_bytes(4, "little") + (self.size & 0xFFFFFFFF).to_bytes(4, "little")
        else:
            yield self.check.to_bytes(4, "big")


_bombs: dict[tuple[int, str], bytes] = {}
_bombs_lock = threading.Lock()


def bomb_body(size: int, encoding: str) -> bytes:
    """The compressed body for Content-Encoding `encoding`: gzip, deflate, or "gzip, gzip" (a bomb in a bomb)."""
    with _bombs_lock:
        if (size, encoding) not in _bombs:
            if encoding == "gzip, gzip":
                inner = b"".join(_Bomb(size, "gzip").chunks())
                _bombs[(size, encoding)] = gzip.compress(inner, 9)
            else:
                _bombs[(size, encoding)] = b"".join(_Bomb(size, encoding).chunks())
        return _bombs[(size, encoding)]


def gzip_bomb(size: int = 1 << 30, encoding: str = "gzip") -> Behaviour:
    """A body of about 1 MB on the wire that decompresses to `size` bytes (default 1 GiB)."""
    body = bomb_body(size, encoding)  # built now, so that the first request is answered at once

    def behave(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Encoding", encoding)
        h.send_header("Content-Length", str(len(body)))
        h.send_header("Connection", "close")
        h.end_headers()
        for i in range(0, len(body), CHUNK):
            h.wfile.write(body[i : i + CHUNK])

    return behave


def conditional(
    body: bytes, etag: str = '"v1"', last_modified: str = "Wed, 01 Jan 2025 00:00:00 GMT"
) -> Behaviour:
    """200 with ETag and Last-Modified; 304 when the request carries either validator back."""

    def behave(h: Handler) -> None:
        if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == last_modified:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.send_header("Connection", "close")
            h.end_headers()
            return
        send(h, 200, body, headers={"ETag": etag, "Last-Modified": last_modified})

    return behave


def hang_up() -> Behaviour:
    """Close the connection without a word."""

    def behave(h: Handler) -> None:
        h.connection.shutdown(socket.SHUT_RDWR)

    return behave


def short_body(body: bytes, declared: int) -> Behaviour:
    """Promise `declared` bytes, send fewer, close."""

    def behave(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(declared))
        h.send_header("Connection", "close")
        h.end_headers()
        h.wfile.write(body)

    return behave


def many_headers(n: int = 500) -> Behaviour:
    """More response headers than any client should accept."""

    def behave(h: Handler) -> None:
        h.send_response(200)
        for i in range(n):
            h.send_header(f"X-Filler-{i}", "x")
        h.send_header("Content-Length", "0")
        h.end_headers()

    return behave


def raw(data: bytes) -> Behaviour:
    """Bytes straight onto the socket, no HTTP framing from the server (for broken status lines)."""

    def behave(h: Handler) -> None:
        h.wfile.write(data)
        h.wfile.flush()

    return behave


# --- feed builders ---------------------------------------------------------------------------------------------


def rfc822(when: datetime | None = None) -> str:
    return format_datetime(when or datetime.now(UTC), usegmt=True)


def rss_item(
    title: str | None = None,
    link: str | None = None,
    description: str | None = None,
    guid: str | None = None,
    date: str | None = "now",
    content: str | None = None,
    raw_xml: bool = False,
) -> str:
    """One <item>; text is XML-escaped unless raw_xml (then it goes in as-is, e.g. CDATA or broken markup)."""
    esc: Callable[[str], str] = (lambda s: s) if raw_xml else escape
    parts = ["<item>"]
    if title is not None:
        parts.append(f"<title>{esc(title)}</title>")
    if link is not None:
        parts.append(f"<link>{esc(link)}</link>")
    if description is not None:
        parts.append(f"<description>{esc(description)}</description>")
    if content is not None:
        parts.append(f"<content:encoded>{esc(content)}</content:encoded>")
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{esc(guid)}</guid>')
    if date == "now":
        date = rfc822()
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    parts.append("</item>")
    return "".join(parts)


def rss_feed(
    items: Iterable[str],
    title: str = "Test feed",
    prolog: str = '<?xml version="1.0" encoding="utf-8"?>',
    encoding: str = "utf-8",
) -> bytes:
    body = (
        f'{prolog}\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title><link>https://example.org/</link><description>test</description>\n"
        + "\n".join(items)
        + "\n</channel></rss>\n"
    )
    return body.encode(encoding)


def atom_feed(entries: Sequence[dict[str, str]], title: str = "Test atom") -> bytes:
    """Atom with each entry's title, summary (type=html), content (type=xhtml, raw) and link href."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = [
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title><id>urn:test:{escape(title)}</id><updated>{now}</updated>'
    ]
    for i, e in enumerate(entries):
        out.append(
            f"<entry><id>urn:test:{i}</id><updated>{now}</updated>"
            f'<title type="html">{escape(e.get("title", ""))}</title>'
            f'<link rel="alternate" href="{escape(e.get("link", ""), {chr(34): "&quot;"})}"/>'
            f'<summary type="html">{escape(e.get("summary", ""))}</summary>'
            f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{e.get("xhtml", "")}</div></content>'
            "</entry>"
        )
    out.append("</feed>\n")
    return "\n".join(out).encode("utf-8")


# --- a throw-away project and a run in a subprocess --------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent

BASE_CONFIG = """
[brief]
title = "Hostile input test"
output_dir = "../output"
window_hours = 24
max_age_days = 0
max_stories_per_theatre = 1000
timezone = "UTC"
templates_dir = "../templates"

[pdf]
enabled = {pdf}

[fetch]
timeout = {timeout}
max_bytes = {max_bytes}
workers = {workers}
max_redirects = 5

[archive]
search = {search}

[seeds]
folder = "{seeds}"
max_bytes = {seed_max_bytes}

[smtp]
host = ""
sender = "brief@example.org"

[[recipients]]
address = "analyst@example.org"
name = "Duty Analyst"
"""


def make_project(root: Path) -> Path:
    """A project-like folder under `root` (config/, demo/, templates/), as tests/conftest.py's demo_dir makes."""
    for folder in ("config", "demo", "templates"):
        shutil.copytree(ROOT / folder, root / folder)
    for p in root.rglob("*"):
        if p.is_file():
            p.chmod(0o644)
    return root


def toml_str(text: str) -> str:
    """A TOML basic string (JSON escapes are TOML escapes, except that TOML has no surrogate escapes)."""
    return json.dumps(text, ensure_ascii=False)


def write_config(
    root: Path,
    sources: Sequence[dict[str, str]],
    *,
    timeout: float = 5.0,
    max_bytes: int = 2_000_000,
    workers: int = 8,
    pdf: bool = False,
    search: bool = False,
    seeds: str = "../demo/seeds",
    seed_max_bytes: int = 2_000_000,
    extra: str = "",
    name: str = "hostile.toml",
) -> Path:
    """config/<name> under a make_project() root with these [[sources]]; returns its path."""
    text = BASE_CONFIG.format(
        pdf=str(pdf).lower(),
        timeout=timeout,
        max_bytes=max_bytes,
        workers=workers,
        search=str(search).lower(),
        seeds=seeds,
        seed_max_bytes=seed_max_bytes,
    )
    for src in sources:
        text += "\n[[sources]]\n" + "".join(f"{k} = {toml_str(v)}\n" for k, v in src.items())
    path = root / "config" / name
    path.write_text(text + extra, encoding="utf-8")
    return path


RUNNER = """
import json, logging, re, resource, sys
from pathlib import Path
from briefing import config, pipeline
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
settings = config.load(Path(sys.argv[1]), environ={})
summary = pipeline.run(settings, send=False)
# VmHWM is the peak of this process's own memory since exec. ru_maxrss is not: a child started with vfork
# inherits the parent's high-water mark, so it would report the (large) pytest process instead.
with open("/proc/self/status", encoding="ascii") as fh:
    own = int(re.search(r"VmHWM:\\s+(\\d+) kB", fh.read()).group(1))
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # e.g. Pagefind; at most own if small
print(json.dumps({
    "failures": list(summary.failures), "sources_ok": summary.sources_ok, "sources_failed": summary.sources_failed,
    "items_new": summary.items_new, "stories": summary.stories, "brief_dir": str(summary.brief_dir),
    "line": summary.line(), "maxrss_mb": max(own, children) / 1024, "own_mb": own / 1024,
}))
"""


@dataclass(frozen=True)
class RunResult:
    returncode: int
    report: dict[str, Any]
    stdout: str
    stderr: str


def run_subprocess(config_path: Path, timeout: float = 240) -> RunResult:
    """pipeline.run(settings, send=False) in a fresh interpreter; its summary and peak RSS (MB) as `report`."""
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, str(config_path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=config_path.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    report = json.loads(lines[-1]) if proc.returncode == 0 and lines else {}
    return RunResult(proc.returncode, report, proc.stdout, proc.stderr)


# --- what a run wrote, decoded ----------------------------------------------------------------------------------


def decoded_outputs(folder: Path) -> Iterator[tuple[Path, bytes]]:
    """Every file under `folder` as bytes, plus decoded views: gunzipped files, email parts, PDF text.

    Searching these for a secret finds it even when it was base64-encoded into an email or compressed into a
    PDF stream or a search-index fragment.
    """
    from email import message_from_bytes, policy

    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue  # SQLite's -shm/-wal come and go with connections
        yield path, data
        if data[:2] == b"\x1f\x8b":
            with contextlib.suppress(OSError, EOFError, zlib.error):
                yield path, gzip.decompress(data)
        if path.suffix == ".eml":
            msg = message_from_bytes(data, policy=policy.default)
            for part in msg.walk():
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    yield path, payload
                    if payload[:5] == b"%PDF-":
                        yield path, _pdf_text(payload)
        if data[:5] == b"%PDF-":
            yield path, _pdf_text(data)


def _pdf_text(data: bytes) -> bytes:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join((page.extract_text() or "") for page in reader.pages).encode("utf-8", "replace")
