"""The labelled story set and what every quality section shares: where the data is, the scores (pairwise and
B-cubed), the labelled items parsed and analysed once, the project's grouping timed, and a section's shape.

`benchmarks/quality.py` prints the sections; the claims, theatres and desk sections (quality_claims.py,
quality_theatres.py, quality_desk.py) build on this module, not on the script that prints them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STORY_DATA = ROOT / "tests" / "data" / "stories"
SETS = ("dev", "held-out", "held-out-2", "held-out-3", "held-out-4", "cross-language")
# A set labelled against another set's stories is grouped and scored together with that set's items.
SCORED_WITH = {"cross-language": ("dev",)}
# Single-outlet files whose links do not name the outlet (archive.is, politepaul scrapes): the publisher as a
# user's [[sources]] entry would set it. Mixed files (Reuters + France 24, TASS + SCMP) take it from each link.
PUBLISHERS = {
    "ap": "apnews.com",
    "wsj": "wsj.com",
    "ft": "ft.com",
    "npr": "npr.org",
    "firstpost": "firstpost.com",
    "wapo": "washingtonpost.com",
    "financialexpress-bd": "thefinancialexpress.com.bd",
    "guardian": "theguardian.com",
}
CAPTURED = datetime(2026, 1, 6, tzinfo=UTC)  # after both capture days: no labelled item is "in the future"
# Files from the corpus's feeds folder (not the snapshots), read as of their own capture (its SOURCES.md): the
# held-out-2, -3 and -4 items of 2026-01-06 to -08 would be "in the future" as of CAPTURED, and so undated.
CAPTURED_AT = {
    "reuters-france24_2026-01-08_fulltext_venezuela.xml": datetime(2026, 1, 8, 13, 45, tzinfo=UTC),
    # every item dated 1970-01-01: undated, each is stamped with the capture as the pipeline would stamp it
    "meduza_2026-01-04_chronicle_ru_epoch-dates.xml": datetime(2026, 1, 4, 22, 49, 53, tzinfo=UTC),
}


# --- scores -----------------------------------------------------------------------------------------------------


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(groups: Sequence[Sequence[int]], truth: Sequence[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over pairs of items: a pair is positive when both are in one group."""
    gold_pairs = 0
    by_label: dict[str, int] = {}
    for label in truth:
        by_label[label] = by_label.get(label, 0) + 1
    gold_pairs = sum(n * (n - 1) // 2 for n in by_label.values())
    found = right = 0
    for g in groups:
        found += len(g) * (len(g) - 1) // 2
        counts: dict[str, int] = {}
        for i in g:
            counts[truth[i]] = counts.get(truth[i], 0) + 1
        right += sum(n * (n - 1) // 2 for n in counts.values())
    p = right / found if found else 1.0
    r = right / gold_pairs if gold_pairs else 1.0
    return p, r, f1(p, r)


def bcubed(groups: Sequence[Sequence[int]], truth: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1: per item, the share of its group in its story and vice versa."""
    size: dict[str, int] = {}
    for label in truth:
        size[label] = size.get(label, 0) + 1
    p_sum = r_sum = 0.0
    seen = 0
    for g in groups:
        counts: dict[str, int] = {}
        for i in g:
            counts[truth[i]] = counts.get(truth[i], 0) + 1
        for i in g:
            same = counts[truth[i]]
            p_sum += same / len(g)
            r_sum += same / size[truth[i]]
            seen += 1
    if not seen:
        return 0.0, 0.0, 0.0
    p, r = p_sum / seen, r_sum / seen
    return p, r, f1(p, r)


def pairs_between(
    groups: Sequence[Sequence[int]], truth: Sequence[str], side: Sequence[str], sides: tuple[str, str]
) -> tuple[int, int, int]:
    """Pairs of one item of side `sides[0]` and one of `sides[1]` (the same side twice: pairs within it): how many
    the grouping put in one story, how many of those are labelled one story, and how many are labelled one story."""

    def counted(members: Sequence[int], label: Callable[[int], str]) -> int:
        a: dict[str, int] = {}
        b: dict[str, int] = {}
        for i in members:
            if side[i] == sides[0]:
                a[label(i)] = a.get(label(i), 0) + 1
            if side[i] == sides[1]:
                b[label(i)] = b.get(label(i), 0) + 1
        if sides[0] == sides[1]:
            return sum(n * (n - 1) // 2 for n in a.values())
        return sum(n * b.get(k, 0) for k, n in a.items())

    found = right = 0
    for g in groups:
        found += counted(g, lambda i: "")
        right += counted(g, lambda i: truth[i])
    return found, right, counted(range(len(truth)), lambda i: truth[i])


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part} of {whole})" if whole else "- (0 of 0)"


# --- the labelled story set ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labelled:
    """Labelled items in file order, each with its story label and the set it belongs to."""

    items: list[Any]  # briefing.models.Item
    truth: list[str]  # the story: one event and its aftermath, as a brief tells it under one headline
    sets: list[str]
    events: list[str] = field(default_factory=list)  # the finer label: each development its own event

    def subset(self, names: Sequence[str]) -> Labelled:
        keep = [i for i, s in enumerate(self.sets) if s in names]
        return Labelled(
            [self.items[i] for i in keep],
            [self.truth[i] for i in keep],
            [self.sets[i] for i in keep],
            [self.events[i] for i in keep],
        )


@lru_cache(maxsize=2)
def load_stories(folder: Path = STORY_DATA) -> Labelled:
    """The labelled items, parsed from the trimmed feed files by the real feed parser (once per process)."""
    from briefing.config import Source
    from briefing.ingest import parse_feed

    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    parsed: dict[str, dict[tuple[str, str], Any]] = {}
    for feed in dict.fromkeys(r["feed"] for r in rows):
        path = folder / "feeds" / feed
        outlet = feed.split("_")[0]
        src = Source(name=outlet, path=path, publisher=PUBLISHERS.get(outlet, ""))
        items, *_ = parse_feed(path.read_bytes(), src, now=CAPTURED_AT.get(feed, CAPTURED))
        parsed[feed] = {(it.url, it.title): it for it in items}
        parsed[feed].update({(it.url, ""): it for it in items})
    items, truth, sets, events = [], [], [], []
    for r in rows:
        got = parsed[r["feed"]]
        it = got.get((r["link"], r["title"])) or got.get((r["link"], ""))
        if it is None:
            raise SystemExit(f"labels.jsonl: {r['feed']}: no item with link {r['link']}")
        items.append(it)
        truth.append(r["story"])
        sets.append(r["set"])
        events.append(r["event"])
    return Labelled(items, truth, sets, events)


def analysed(items: Sequence[Any], settings: Any) -> list[Any]:
    """The items with the per-item analysis the pipeline gives them before grouping (actors, theatres)."""
    from briefing import analyse

    results = analyse.analyse_items(list(items), analyse.resources(settings), analyse.entity_finder(settings))
    return [analyse._apply(it, r) for it, r in zip(items, results, strict=True)]


def group(items: Sequence[Any], settings: Any, grouping: str | None = None) -> tuple[list[list[int]], float]:
    """The project's grouping over these items as configured (or by `grouping`), and the seconds it took."""
    from briefing import stories

    a = settings.analysis
    started = time.perf_counter()
    groups = stories.cluster(
        items, a.similarity, grouping or a.grouping, a.link_similarity, a.embedding_max_items
    )
    return groups, time.perf_counter() - started


# --- sections -----------------------------------------------------------------------------------------------------


@dataclass
class Section:
    """One part of the report: a title, (name, value) rows in print order, and notes printed below them."""

    title: str
    rows: list[tuple[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # printed as they are, after the rows
    figures: dict[str, Any] = field(default_factory=dict)  # for --json, beside the rows


@dataclass
class Context:
    """What sections share: the settings and the labelled sets, each loaded (and analysed) once."""

    sets: Sequence[str] = SETS
    analyse: bool = True
    errors: bool = False  # sections that can list their dev errors do (never held-out ones)

    @cached_property
    def settings(self) -> Any:
        from briefing import config

        return config.load(ROOT / "config" / "briefing.toml", environ={})

    @cached_property
    def stories(self) -> Labelled:
        data = load_stories()
        if self.analyse:
            data = replace(data, items=analysed(data.items, self.settings))
        return data
