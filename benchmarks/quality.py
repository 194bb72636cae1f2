"""Quality on labelled real data: `python -m benchmarks.quality` (or `make quality`).

Each section measures one part of the analysis against a hand-labelled set in tests/data/ and returns its
figures; the script prints them (or, with --json, writes them as one JSON object). A section is a function
`(Context) -> Section` in SECTIONS; add one by adding it there (the claims and actors figures come from
benchmarks/quality_claims.py that way, the theatre placement from benchmarks/quality_theatres.py). What the sections
share (the labelled story set, the scores, Context and Section) is in benchmarks/labelled.py. The story section reads the labelled story set
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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.labelled import (
    ROOT,
    SCORED_WITH,
    SETS,
    Context,
    Section,
    bcubed,
    f1,
    group,
    pairs_between,
    pairwise,
    share,
)


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
                            f"{share(right, found)} / {share(right, gold)}",
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
        "f1": f1(p, r),
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
