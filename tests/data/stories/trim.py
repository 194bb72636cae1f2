"""Rebuild the trimmed feed files of the labelled story set from the snapshot folder.

Usage: python tests/data/stories/trim.py SNAPSHOTS_DIR [FEEDS_DIR]

Every labelled item's <item> element is copied byte for byte from the file named in labels.jsonl; the channel
header before the first item and whatever follows the last one are kept, the other items are left out. A file
named with its capture time (`..._2026-01-04T1742Z_...`) is read from SNAPSHOTS_DIR/2026-01-04/; one named with
a date only (`reuters-france24_2026-01-08_fulltext_venezuela.xml`, the `held-out-2` set) from the corpus's
feeds folder, FEEDS_DIR (by default the `feeds` folder beside SNAPSHOTS_DIR). Where one link is labelled twice (Meduza's
items all link to `https://meduza.io/`, the `cross-language` set), the item's title must match the label's too.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ITEM = re.compile(rb"<item\b.*?</item>", re.S)
LINK = re.compile(rb"<link>\s*(?:<!\[CDATA\[)?\s*(.*?)\s*(?:\]\]>)?\s*</link>", re.S)
TITLE = re.compile(rb"<title>\s*(?:<!\[CDATA\[)?\s*(.*?)\s*(?:\]\]>)?\s*</title>", re.S)


def _text(m: re.Match[bytes] | None) -> str:
    """The element's text as the labels hold it: `&amp;` unescaped, runs of white space (no-break ones too) one space."""
    return " ".join(m.group(1).decode("utf-8").replace("&amp;", "&").split()) if m else ""


def main(snapshots: Path, corpus_feeds: Path | None = None) -> None:
    corpus_feeds = corpus_feeds or snapshots.parent / "feeds"
    wanted: dict[str, dict[str, set[str]]] = {}  # feed -> link -> the titles labelled with it
    for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        wanted.setdefault(row["feed"], {}).setdefault(row["link"], set()).add(" ".join(row["title"].split()))
    out = HERE / "feeds"
    out.mkdir(exist_ok=True)
    for feed, links in sorted(wanted.items()):
        day = re.search(r"_(\d{4}-\d\d-\d\d)T", feed)
        body = (snapshots / day.group(1) / feed if day else corpus_feeds / feed).read_bytes()
        items = list(ITEM.finditer(body))
        kept = []
        for m in items:
            titles = links.get(_text(LINK.search(m.group())))
            if titles and (len(titles) == 1 or _text(TITLE.search(m.group())) in titles):
                kept.append(m.group())
        head, tail = body[: items[0].start()], body[items[-1].end() :]
        (out / feed).write_bytes(head + b"\n".join(kept) + tail)
        print(f"{feed}: {len(kept)} of {len(items)} items")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
