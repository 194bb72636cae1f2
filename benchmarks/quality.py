"""Quality on labelled real data: `python -m benchmarks.quality` (or `make quality`).

Each section measures one part of the analysis against a hand-labelled set in tests/data/ and returns its
figures; the script prints them (or, with --json, writes them as one JSON object). A section is a function
`(Context) -> Section` in SECTIONS; add one by adding it there (the claims and actors figures come from
benchmarks/quality_claims.py that way, the theatre placement from benchmarks/quality_theatres.py). The story section reads the labelled story set
(tests/data/stories/: real feed items of 2026-01-03..05 from ten outlets and of 2026-01-07 from Reuters and
France 24, see its README), runs them through the
real feed parser and per-item analysis, groups them with `briefing.stories.cluster` and scores the groups:
pairwise precision/recall/F1 (over pairs of items in one story) and B-cubed precision/recall/F1 (per item,
so one big story cannot outweigh thirty small ones), plus how long the grouping alone took. The `cross-language`
set (Russian items labelled against dev's stories) is scored together with dev's English items, and its pairs of
one Russian and one English item, and of two Russian items, are also scored alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
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


def _f1(p: float, r: float) -> float:
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
    return p, r, _f1(p, r)


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
    return p, r, _f1(p, r)


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


def _share(part: int, whole: int) -> str:
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


def story_section(ctx: Context) -> Section:
    """Story grouping against the labelled story set, per set, at both label levels, with each grouping method."""
    from briefing import embeddings, stories

    data = ctx.stories
    sec = Section("Story grouping (tests/data/stories)")
    a = ctx.settings.analysis
    used = stories.method(a.grouping, len(data.items), a.embedding_max_items)
    methods = [used] + [m for m in ("embeddings", "words") if m != used]  # the configured one first
    if "embeddings" in methods and not embeddings.available():
        methods.remove("embeddings")
        sec.notes.append("embeddings: not installed (pip install 'briefing[embeddings]'), not measured")
    # each set is scored on its own: its labels name the stories of its own days only
    for name in [s for s in SETS if s in ctx.sets]:
        part = data.subset([name, *SCORED_WITH.get(name, ())])
        multi = {t for t in part.truth if part.truth.count(t) > 1}
        sec.rows.append(
            (
                f"{name}{' + ' + ' + '.join(SCORED_WITH[name]) if name in SCORED_WITH else ''}: "
                "items / labelled stories (with 2+ items) / events",
                f"{len(part.items)} / {len(set(part.truth))} ({len(multi)}) / {len(set(part.events))}",
            )
        )
        for m in methods:
            groups, seconds = group(part.items, ctx.settings, m)
            tag = f"{name}, {m}" + (" (configured)" if m == used else "")
            pp, pr, pf = pairwise(groups, part.truth)
            bp, br, bf = bcubed(groups, part.truth)
            sec.rows += [
                (
                    f"{tag}: stories found (with 2+ items)",
                    f"{len(groups)} ({sum(len(g) > 1 for g in groups)})",
                ),
                (f"{tag}: pairwise precision / recall / F1", f"{pp:.3f} / {pr:.3f} / {pf:.3f}"),
                (f"{tag}: B-cubed precision / recall / F1", f"{bp:.3f} / {br:.3f} / {bf:.3f}"),
                (
                    f"{tag}: events (finer labels) pairwise F1 / B-cubed F1",
                    f"{pairwise(groups, part.events)[2]:.3f} / {bcubed(groups, part.events)[2]:.3f}",
                ),
                (
                    f"{tag}: grouping time",
                    f"{seconds:.3f} s ({len(part.items) / max(seconds, 1e-9):,.0f} items/s)",
                ),
            ]
            sec.figures[f"{name}/{m}"] = {
                "pairwise": [pp, pr, pf],
                "bcubed": [bp, br, bf],
                "seconds": seconds,
            }
            for other in SCORED_WITH.get(name, ()):
                for pair, sides in ((f"{name} x {other}", (name, other)), (f"{name} x {name}", (name, name))):
                    found, right, gold = pairs_between(groups, part.truth, part.sets, sides)
                    sec.rows.append(
                        (
                            f"{tag}: pairs {pair}: precision / recall",
                            f"{_share(right, found)} / {_share(right, gold)}",
                        )
                    )
                    sec.figures[f"{name}/{m}"][pair] = {"found": found, "right": right, "labelled": gold}
    load = os.getloadavg()
    sec.notes.append(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    return sec


def claims_section(ctx: Context) -> Section:
    """Claim flags and actors against tests/data/claims and tests/data/actors (benchmarks/quality_claims.py)."""
    from benchmarks import quality_claims

    results = quality_claims.measure()
    lines = quality_claims.report(results)
    return Section("Claims and actors (tests/data/claims, tests/data/actors)", lines=lines, figures=results)


def theatres_section(ctx: Context) -> Section:
    """Theatre placement against tests/data/theatres (benchmarks/quality_theatres.py)."""
    from benchmarks import quality_theatres

    return quality_theatres.theatres_section(ctx)


def desk_section(ctx: Context) -> Section:
    """The desk editor's rules on the labelled story days composed as briefs (benchmarks/quality_desk.py)."""
    from benchmarks import quality_desk

    return quality_desk.desk_section(ctx)


CARRY_DATA = ROOT / "tests" / "data" / "carry"


@dataclass(frozen=True)
class CarryDay:
    """One labelled pair of days: the last brief as the store keeps it, today's stories and items, the labels."""

    name: str
    previous: dict[str, Any]
    stories: list[Any]  # briefing.models.Story, every story the grouping made that day
    items: dict[str, Any]  # briefing.models.Item by id
    links: dict[str, str]  # item id -> link, both days
    events: dict[str, set[str]]  # the last brief's events: key -> links of its stories
    truth: list[str | None]  # per story of today: the event it continues, or None


def load_carry(labels: Path) -> CarryDay:
    """A pair of days from tests/data/carry: DAY.labels.json names BEFORE.previous.json and DAY.stories.json."""
    from briefing import compose
    from briefing.models import Item, Story

    lab = json.loads(labels.read_text(encoding="utf-8"))
    prev = json.loads((labels.parent / f"{lab['before']}.previous.json").read_text(encoding="utf-8"))
    rows = json.loads((labels.parent / f"{lab['day']}.stories.json").read_text(encoding="utf-8"))
    links: dict[str, str] = {}
    previous: dict[str, Any] = {}
    for kind in ("stories", "commentary"):
        kept = []
        for o in prev[kind]:
            links.update(zip(o["item_ids"], o["links"], strict=False))
            st = Story(
                o["id"],
                o["theatre"],
                (o["theatre"],),
                o["headline"],
                "",
                tuple(o["item_ids"]),
                1,
                o["credibility"],
                publishers=tuple(o["publishers"]),
            )
            kept.append(compose.remembered(st, o["all_titles"], o["theatre"], o["top"]))
        previous[kind] = kept
    items: dict[str, Any] = {}
    stories = []
    for r in rows:
        for it in r["items"]:
            published = datetime.fromisoformat(it["published"]) if it["published"] else None
            items[it["id"]] = Item(
                it["id"],
                it["publisher"],
                it["title"],
                it["link"],
                published,
                it["text"],
                publisher=it["publisher"],
            )
            links[it["id"]] = it["link"]
        ids = tuple(it["id"] for it in r["items"])
        stories.append(
            Story(
                r["id"],
                r["theatre"],
                (r["theatre"],),
                r["headline"],
                "",
                ids,
                1,
                6,
                publishers=tuple(r["publishers"]),
                about=r["about"],
            )
        )
    events = {e["event"]: set(e["links"]) for e in lab["events_before"]}
    truth = []
    for st in stories:
        mine = {links[i] for i in st.item_ids}
        best = max(lab["stories"], key=lambda s: len(mine & set(s["links"])))
        truth.append(best["continues"] if mine & set(best["links"]) else None)
    return CarryDay(labels.name.split(".")[0], previous, stories, items, links, events, truth)


def carry_scores(
    day: CarryDay, similarity: float, meaning: float, weak: tuple[float, float] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Precision/recall of "continues which of the last brief's events" over today's stories, and the errors."""
    from briefing import compose
    from briefing.config import DeskSettings

    weak = weak or (DeskSettings.carry_weak_meaning, DeskSettings.carry_weak_similarity)
    out, before = compose.carry_over(day.stories, day.previous, day.items, similarity, meaning, weak)
    right = wrong = missed = 0
    errors = []
    for st, new, gold in zip(day.stories, out, day.truth, strict=True):
        o = before.get(new.id)
        got = None
        if o is not None:
            mine = {day.links.get(i, "") for i in o["item_ids"]}
            got = max(day.events, key=lambda e: len(mine & day.events[e]))
        if got is not None and got == gold:
            right += 1
        elif got is not None or gold is not None:
            wrong += got is not None
            missed += gold is not None
            errors.append(f"{st.headline[:70]!r}: continues {got or 'nothing'}, labelled {gold or 'new'}")
    p = right / (right + wrong) if right + wrong else 1.0
    r = right / (right + missed) if right + missed else 1.0
    return {
        "stories": len(out),
        "continuing": sum(g is not None for g in day.truth),
        "found": right + wrong,
        "precision": p,
        "recall": r,
        "f1": _f1(p, r),
    }, errors


def carry_section(ctx: Context) -> Section:
    """Carry-over against tests/data/carry: which of the last brief's stories each of today's continues."""
    from briefing import embeddings

    sec = Section("Carry-over (tests/data/carry)")
    desk = ctx.settings.desk
    meaning = desk.carry_meaning if embeddings.available() else 0.0
    if not meaning:
        sec.notes.append("embeddings: not installed, matched without meaning")
    for path in sorted(CARRY_DATA.glob("*.labels.json")):
        day = load_carry(path)
        got, errors = carry_scores(
            day, desk.carry_similarity, meaning, (desk.carry_weak_meaning, desk.carry_weak_similarity)
        )
        sec.rows += [
            (
                f"{day.name}: stories (labelled continuing) / marked continuing",
                f"{got['stories']} ({got['continuing']}) / {got['found']}",
            ),
            (
                f"{day.name}: precision / recall / F1",
                f"{got['precision']:.3f} / {got['recall']:.3f} / {got['f1']:.3f}",
            ),
        ]
        sec.figures[day.name] = got
        sec.lines += [f"  {day.name}: {e}" for e in errors]
    return sec


# name -> section; `--section NAME` picks some, the default runs them all in this order
SECTIONS: dict[str, Callable[[Context], Section]] = {
    "stories": story_section,
    "desk": desk_section,
    "carry": carry_section,
    "claims": claims_section,
    "theatres": theatres_section,
}


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "briefing"],
            capture_output=True,
            text=True,
        )
        return out.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--set", choices=[*SETS, "all"], default="all", help="which labelled set to score (default: each)"
    )
    parser.add_argument(
        "--no-analysis", action="store_true", help="group the parsed items without the per-item analysis"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument(
        "--section",
        action="append",
        choices=list(SECTIONS),
        help="only this section (repeatable; default: all)",
    )
    parser.add_argument("--errors", action="store_true", help="list the dev errors (sections that can)")
    args = parser.parse_args(argv)
    ctx = Context(
        SETS if args.set == "all" else (args.set,), analyse=not args.no_analysis, errors=args.errors
    )
    started = time.perf_counter()
    sections = [make(ctx) for name, make in SECTIONS.items() if not args.section or name in args.section]
    head = f"commit {_commit()}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {time.perf_counter() - started:.1f} s in all"
    if args.json:
        out = {"run": head, **{s.title: {**dict(s.rows), **s.figures, "notes": s.notes} for s in sections}}
        json.dump(out, sys.stdout, indent=2, default=str)
        print()
        return 0
    print(f"Quality on labelled real data ({head})")
    for s in sections:
        print(f"\n{s.title}")
        width = max((len(k) for k, _ in s.rows), default=0)
        for k, v in s.rows:
            print(f"  {k:<{width}}  {v}")
        for note in s.notes:
            print(f"  ({note})")
        for line in s.lines:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
