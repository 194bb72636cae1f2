"""Would yesterday's stories join today's? `python -m benchmarks.carry_merge [--weak] [--min-old N]`.

Research, not part of the product (measured in the thirty-fourth session and not kept: HISTORY.md, "Yesterday's
story as the joint"). The held-out story sets miss most of their pairs where one large event's developments stay
apart on a day when that event has no large story of its own (held-out-3's Venezuela operation: 24 items in 12
groups). The day before, it had one. The desk already knows which of today's stories continue one of yesterday's
(`compose.carry_over`); this script asks what the scores would be if today's stories that continue the same story
of yesterday were one story.

Each day of the corpus's Reuters/France 24 file (2026-01-04 to -08: held-out-3 is 01-06, held-out-2 01-07, held-out-4
holds 01-08) is grouped as the product groups a day, yesterday's stories (merged the same way, as a run of daily
briefs would have them) are matched by `compose._carried` (items in common, rare headline words, headline meaning,
and with --weak its weaker evidence), and today's stories continuing one story of yesterday of at least --min-old
reports are joined. The labelled items of each day are scored against their labels, alone and joined. Needs the
corpus beside the project (../shared/corpus/feeds).
"""

from __future__ import annotations

import argparse
import os
from collections import defaultdict
from datetime import date
from typing import Any

from benchmarks.labelled import CAPTURED_AT, PUBLISHERS, ROOT, Context, analysed, bcubed, pairwise

FEED = "reuters-france24_2026-01-08_fulltext_venezuela.xml"
SETS = ("held-out-3", "held-out-2", "held-out-4")


def _told(items: list[Any], groups: list[list[int]]) -> list[Any]:
    from briefing import stories

    return stories._tell_all([([items[i] for i in g], {items[i].id: "B" for i in g}) for g in groups])


def main(argv: list[str] | None = None) -> int:
    from briefing import compose, stories
    from briefing.config import Source
    from briefing.ingest import parse_feed

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weak", action="store_true", help="also the carry-over's weaker evidence")
    parser.add_argument(
        "--min-old", type=int, default=2, help="yesterday's story holds at least this many reports"
    )
    args = parser.parse_args(argv)
    path = ROOT.parent / "shared" / "corpus" / "feeds" / FEED
    if not path.exists():
        raise SystemExit(f"carry_merge: {path} not found (the corpus beside the project)")
    ctx = Context()
    settings, a, data = ctx.settings, ctx.settings.analysis, ctx.stories
    labels = {it.url: (s, t) for it, t, s in zip(data.items, data.truth, data.sets, strict=True) if s in SETS}
    src = Source(name="reuters-france24", path=path, publisher=PUBLISHERS.get("reuters-france24", ""))
    parsed, *_ = parse_feed(path.read_bytes(), src, now=CAPTURED_AT[FEED])
    unique = list({it.url: it for it in reversed(parsed)}.values())[::-1]
    weak = (
        (settings.desk.carry_weak_meaning, settings.desk.carry_weak_similarity) if args.weak else (1.0, 1.0)
    )
    old: list[dict[str, Any]] = []
    for day in (date(2026, 1, d) for d in range(4, 9)):
        items = analysed([it for it in unique if it.published and it.published.date() == day], settings)
        groups = stories.cluster(items, a.similarity, a.grouping, a.link_similarity, a.embedding_max_items)
        joined = [list(g) for g in groups]
        candidates = [o for o in old if len(o["item_ids"]) >= args.min_old]
        if candidates:
            out, before = compose._carried(
                _told(items, groups),
                candidates,
                {it.id: it for it in items},
                settings.desk.carry_similarity,
                settings.desk.carry_meaning,
                weak,
            )
            family: dict[str, list[int]] = defaultdict(list)
            joined = []
            for n, st in enumerate(out):
                if (o := before.get(st.id)) is not None:
                    family[o["id"]].append(n)
                else:
                    joined.append(list(groups[n]))
            joined += [[i for n in ns for i in groups[n]] for ns in family.values()]
        old = [
            compose.remembered(st, [items[i].title for i in g], "", False)
            for st, g in zip(_told(items, joined), joined, strict=True)
        ]
        for name in SETS:
            idx = [i for i, it in enumerate(items) if labels.get(it.url, ("", ""))[0] == name]
            if len(idx) < 20:
                continue
            pos = {i: k for k, i in enumerate(idx)}
            truth = [labels[items[i].url][1] for i in idx]
            for tag, gs in (("alone", groups), ("joined", joined)):
                part = [g for g in ([pos[i] for i in g if i in pos] for g in gs) if g]
                p, r, f = pairwise(part, truth)
                bf = bcubed(part, truth)[2]
                print(
                    f"{day} {name} ({len(idx)} of {len(items)} items) {tag:6s}: pairwise {p:.3f} / {r:.3f} / {f:.3f}, B-cubed F1 {bf:.3f}"
                )
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
