"""Fetch: bytes of one feed over HTTP (conditional GET, size cap, redirect limit, a deadline) or from a local file.

Feeds are strangers' bytes. A fetch has a per-read timeout and a deadline for the whole request (a watchdog
shuts the socket, so a server that sends one byte a second cannot hold a run), a size cap counted after
decompression, and a redirect limit.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from briefing.config import FetchSettings
from briefing.errors import SourceError
from briefing.text import display_name

DEADLINE_FACTOR = 3  # a whole request (redirects, headers, body) may take this many times fetch.timeout
CHUNK = 65536
CAP_HINT = "raise fetch.max_bytes if the feed is genuine"


@dataclass(frozen=True)
class Fetched:
    status_code: int
    body: bytes
    headers: dict[str, str]
    url: str


class _Deadline:
    """A watchdog for one request: when the time is up it shuts every socket the request opened.

    Per-read timeouts alone let a server that sends one byte per second hold a fetch for ever; shutting the
    socket wakes whatever read is blocked, so the whole request (redirects, headers, body) ends on time.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._done = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done = True
        self._timer.cancel()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class _WatchedAdapter(HTTPAdapter):
    """An adapter whose new connections register their sockets with a _Deadline."""

    def __init__(self, deadline: _Deadline) -> None:
        super().__init__(max_retries=0)
        self._deadline = deadline

    def get_connection_with_tls_context(self, *args: Any, **kwargs: Any) -> Any:
        pool: Any = super().get_connection_with_tls_context(*args, **kwargs)
        base = pool.ConnectionCls
        if getattr(base, "_deadline", None) is not self._deadline:
            deadline = self._deadline

            def _new_conn(conn: Any) -> socket.socket:
                sock: socket.socket = base._new_conn(conn)
                deadline.add(sock)
                return sock

            pool.ConnectionCls = type(
                f"Watched{base.__name__}", (base,), {"_new_conn": _new_conn, "_deadline": deadline}
            )
        return pool


def fetch(
    url: str, fetch_settings: FetchSettings, etag: str | None = None, last_modified: str | None = None
) -> Fetched:
    """GET a feed with conditional headers, a timeout, a size cap after decompression and a redirect limit."""
    headers = {
        "User-Agent": fetch_settings.user_agent,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
        "Accept-Encoding": "gzip, deflate",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    cap = fetch_settings.max_bytes
    with requests.Session() as session, _Deadline(fetch_settings.timeout * DEADLINE_FACTOR) as deadline:
        session.trust_env = False  # no proxies or .netrc credentials from the environment for strangers' URLs
        session.max_redirects = max(fetch_settings.max_redirects, 0)
        adapter = _WatchedAdapter(deadline)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        try:
            resp = session.get(url, headers=headers, timeout=fetch_settings.timeout, stream=True)
        except requests.RequestException as exc:
            raise _fetch_error(exc, deadline, fetch_settings) from None
        with resp:
            if resp.status_code == 304:
                return Fetched(304, b"", dict(resp.headers), resp.url)
            if not 200 <= resp.status_code < 300:
                return Fetched(resp.status_code, b"", dict(resp.headers), resp.url)
            declared = resp.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cap and not resp.headers.get("Content-Encoding"):
                raise SourceError(
                    f"server announces {int(declared)} bytes, over the {cap}-byte size cap", CAP_HINT
                )
            body = bytearray()
            try:
                # urllib3 decodes gzip/deflate at most CHUNK bytes at a time, so a bomb is stopped at the cap
                for chunk in resp.iter_content(chunk_size=CHUNK):
                    body += chunk
                    if len(body) > cap:
                        raise SourceError(
                            f"body larger than {cap} bytes after decompression (size cap)", CAP_HINT
                        )
            except requests.RequestException as exc:
                raise _fetch_error(exc, deadline, fetch_settings) from None
            if deadline.expired:
                raise _timeout(fetch_settings)
            return Fetched(resp.status_code, bytes(body), dict(resp.headers), resp.url)


def _timeout(fetch_settings: FetchSettings) -> SourceError:
    return SourceError(
        f"no complete answer within {fetch_settings.timeout:g} s per read / "
        f"{fetch_settings.timeout * DEADLINE_FACTOR:g} s in all (timeout)",
        "the server may be down or too slow",
    )


def _fetch_error(
    exc: requests.RequestException, deadline: _Deadline, fetch_settings: FetchSettings
) -> SourceError:
    """One clear line for a failed request; never the URL or the server's own words, which can be anything."""
    text = repr(exc)
    if deadline.expired or isinstance(exc, requests.Timeout) or "timed out" in text.lower():
        return _timeout(fetch_settings)
    if isinstance(exc, requests.TooManyRedirects):
        return SourceError(
            f"more than {fetch_settings.max_redirects} redirects (redirect loop?)", "check the feed URL"
        )
    if isinstance(exc, requests.exceptions.InvalidSchema | requests.exceptions.MissingSchema):
        return SourceError("redirected to a URL that is not http(s)", "only http and https feeds are fetched")
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidHeader):
        return SourceError("invalid URL or header in the server's answer", "check the feed URL")
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return SourceError(
            "body could not be decompressed (bad Content-Encoding)", "the server sent a broken body"
        )
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return SourceError(
            "connection broken before the body was complete", "the server closed the connection"
        )
    if isinstance(exc, requests.ConnectionError):
        for needle, reason in (
            ("Connection refused", "connection refused"),
            ("RemoteDisconnected", "the server closed the connection without answering"),
            ("BadStatusLine", "the server's answer is not HTTP"),
            ("more than 100 headers", "the server sent too many headers"),
            ("LineTooLong", "the server sent an over-long header line"),
            ("Name or service not known", "unknown host name"),
            ("NameResolutionError", "unknown host name"),
            ("CERTIFICATE_VERIFY_FAILED", "TLS certificate not valid"),
        ):
            if needle in text:
                return SourceError(f"cannot fetch: {reason}", "check the URL and the network")
        return SourceError("cannot connect", "check the URL and the network")
    return SourceError(f"request failed ({type(exc).__name__})")


def read_file(path: Path, max_bytes: int) -> bytes:
    """At most max_bytes + 1 bytes of a regular file (never a FIFO or device, which could block or never end)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise SourceError(f"{display_name(path.name)}: not a regular file")
        return fh.read(max_bytes + 1)
