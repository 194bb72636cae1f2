"""Rebuild the demo day (demo/feeds/day/) from the snapshot folder: every feed of 2026-01-04, items of that day only.

Usage: python demo/trim.py SNAPSHOTS_DIR [DAY]

Each <item> dated DAY (UTC) is copied byte for byte; the channel header before the first item and whatever
follows the last one (some of these feeds put the channel's title after the items) are kept; other items are
left out. Nothing else is edited, so the demo reads real feeds with every quirk they have.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).parent
ITEM = re.compile(rb"<item\b.*?</item>", re.S)
DATE = re.compile(rb"<pubDate>\s*(.*?)\s*</pubDate>", re.S)


def day_of(item: bytes) -> str:
    m = DATE.search(item)
    if not m:
        return ""
    try:
        when = parsedate_to_datetime(m.group(1).decode("utf-8", "replace"))
    except (TypeError, ValueError):
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).date().isoformat()


def trim(data: bytes, day: str) -> tuple[bytes, int]:
    """The feed with only the items dated `day`, and how many were kept."""
    found = list(ITEM.finditer(data))
    if not found:
        return data, 0
    kept = [m.group() for m in found if day_of(m.group()) == day]
    head, tail = data[: found[0].start()], data[found[-1].end() :]
    return head + b"\n".join(kept) + tail, len(kept)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    day = argv[1] if len(argv) > 1 else "2026-01-04"
    src = Path(argv[0]) / day
    out = HERE / "feeds" / "day"
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*.xml")):
        data, n = trim(path.read_bytes(), day)
        (out / path.name).write_bytes(data)
        print(f"{path.name}: {n} items of {day}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
