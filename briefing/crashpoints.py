"""Named crash points for the kill -9 tests: `BRIEFING_CRASH_AT=<name>[:<n>]` makes the process SIGKILL itself
the n-th time (default: the first) it reaches the point called `name`. Unset, `reached` costs one dict lookup.

The points, in the order a run reaches them: store.item-inserted (inside the item transaction), ingest.done,
analysis.done, brief.rendering, brief.files-written (the temp brief without its JSON), brief.rendered (the
temp brief complete), brief.moved-aside, brief.swapped, queue.eml-temp-written (a message complete in its temp
file, not yet renamed), queue.eml-written, queue.row-committed, queue.done (every message queued, the brief
not yet recorded), brief.recorded, send.claimed, send.data-ended (the whole message sent, "transmitted" not
yet committed), send.transmitted (committed, no reply read), send.accepted (the server's 250, not yet in
sent.log), send.logged (in sent.log, not yet committed), sentlog.trim-written (the trimmed sent-log complete
in its temp file, not yet renamed), sentlog.trimmed (renamed), outbox.eml-removed (an old message's .eml file
removed; `:2` kills after the second of several), archive.page-writing, archive.built, run.ended.
"""

from __future__ import annotations

import os
import signal

ENV = "BRIEFING_CRASH_AT"
_seen: dict[str, int] = {}


def reached(name: str) -> None:
    """Die here (SIGKILL, no clean-up) when $BRIEFING_CRASH_AT names this point and its count is reached."""
    spec = os.environ.get(ENV)
    if not spec:
        return
    point, _, nth = spec.partition(":")
    if point != name:
        return
    _seen[name] = _seen.get(name, 0) + 1
    if _seen[name] == int(nth or "1"):
        os.kill(os.getpid(), signal.SIGKILL)
