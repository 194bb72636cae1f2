"""Draw the candidate joins to label: `python -m benchmarks.candidate_joins draw [SNAPSHOTS_DIR]`.

A candidate join is a pair of English reports of one snapshot day (every item of every feed file of
2026-01-04, then of 2026-01-05, each day grouped on its own by `stories.cluster` as configured) that the day's
grouping keeps in two stories although their headlines are in the band a link under `LINK_SIMILARITY` works in:
a headline cosine of at least `FLOOR` (0.45, stories19's `LEARNED_FLOOR`) and under the link, same language,
headline names not disagreeing, within the 48-hour span. These are the pairs the learned link of branch
`stories19` judges (its `candidates`); its probability is recomputed here from its eleven features and weights
(9ae70fe, copied below so the draw runs on main) only to stratify the draw: pairs it would link or nearly
(p >= `STRATUM`) are what went wrong on these days, so they are drawn more often. Pairs whose two items are both
in a held-out labelled set are left out (fitting on them would leak into the held-out figures).

The draw is random with a fixed seed (`SEED`), per day and stratum; each pair is written without a label to
tests/data/stories/candidate-joins.jsonl (the labels and reasons are added by hand, tests/data/stories/README.md
says how) with its `half` (`fit` or `check`: the pairs sorted by a SHA-256 of their two item keys, the first half
fit) and its sampling weight (pairs of its day and stratum / pairs drawn), so a figure over the whole band can be
weighted back. The analysed items are cached in a pickle under the system's temp folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import random
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "stories" / "candidate-joins.jsonl"
DAYS = ("2026-01-04", "2026-01-05")
FLOOR = 0.45
STRATUM = 0.5  # stories19's probability at which a pair is "near its link" (it linked at 0.6)
SEED = 20
DRAW = {"near": 55, "rest": 30}  # pairs drawn per day and stratum
# stories19 (9ae70fe): PAIR_FEATURES and LEARNED_WEIGHTS, for the stratum only
WEIGHTS_19 = (-0.323, 0.126, -0.218, 0.594, 0.389, 0.611, -0.387, -0.654, 0.001, -1.178, -0.215)


def day_items(folder: Path, day: str) -> list[Any]:
    """Every item of the day's feed files, parsed as of 19:00 UTC that day and analysed (cached)."""
    cache = Path(tempfile.gettempdir()) / f"candidate-joins-{day}.pickle"
    if cache.exists():
        items: list[Any] = pickle.loads(cache.read_bytes())
        return items
    from benchmarks import labelled
    from briefing.config import Source
    from briefing.ingest import parse_feed

    now = datetime.fromisoformat(day).replace(hour=19, tzinfo=UTC)
    items = []
    for path in sorted((folder / day).glob("*.xml")):
        outlet = path.name.split("_")[0]
        # the source named by its file, so each pair says where its items are
        src = Source(name=path.name, path=path, publisher=labelled.PUBLISHERS.get(outlet, ""))
        got, *_ = parse_feed(path.read_bytes(), src, now=now)
        items += got
    ctx = labelled.Context(sets=())
    items = labelled.analysed(items, ctx.settings)
    cache.write_bytes(pickle.dumps(items))
    return items


def features_19(items: Sequence[Any]) -> Any:
    """stories19's PairFeatures.row as a function of (i, j, cos) over these (English) items."""
    from briefing import rank, stories

    words = stories.vectors(items)
    names = [stories.anchors(it) for it in items]
    actors = [{a.name for a in it.actors[: stories.ACTOR_FEATURES] if a.kind != "outlet"} for it in items]
    numbers = [{w for w in n if w[0].isdigit()} for n in names]
    stamps = [stories._when(it) for it in items]
    publishers = [it.publisher or it.source for it in items]
    aside = [rank.is_commentary(it) or rank.is_background(it) for it in items]
    reaction = [rank.is_reaction(it) for it in items]

    def row(i: int, j: int, cos: float) -> list[float]:
        ni, nj = names[i] - numbers[i], names[j] - numbers[j]
        both = bool(numbers[i]) and bool(numbers[j])
        shared = bool(numbers[i] & numbers[j])
        apart = abs(stamps[i] - stamps[j]) / 86400 if stamps[i] and stamps[j] else 0.0
        return [
            1.0,
            cos,
            stories.cosine(words[i], words[j], 1.0),
            math.log1p(len(ni & nj)),
            math.log1p(len(actors[i] & actors[j])),
            float(both and shared),
            float(both and not shared),
            min(apart, 2.0),
            float(bool(publishers[i]) and publishers[i] == publishers[j]),
            float(aside[i] or aside[j]),
            float(reaction[i] or reaction[j]),
        ]

    return row


def candidates(items: Sequence[Any], groups: Sequence[Sequence[int]]) -> list[dict[str, Any]]:
    """The day's pairs in the band, in two stories of the grouping, with stories19's probability."""
    from briefing import embeddings, stories

    story = {i: k for k, g in enumerate(groups) for i in g}
    read = [i for i, it in enumerate(items) if it.language in stories.MODEL_LANGUAGES]
    vecs = embeddings.encode(stories._model_headlines(items))
    names = [stories.anchors(it, with_lede=False) for it in items]
    stamps = [stories._when(it) for it in items]
    row = features_19([items[k] for k in read])
    out = []
    for start in range(0, len(read), 1024):
        sims = vecs[start : start + 1024] @ vecs.T
        rows, cols = np.nonzero((sims >= FLOOR) & (sims < stories.LINK_SIMILARITY))
        for a, b in zip((rows + start).tolist(), cols.tolist(), strict=True):
            i, j = read[a], read[b]
            if b <= a or story[i] == story[j] or items[i].language != items[j].language:
                continue
            if stories._conflict(names[i], names[j]):
                continue
            if stamps[i] and stamps[j] and abs(stamps[i] - stamps[j]) > stories.WINDOW_HOURS * 3600:
                continue
            cos = float(vecs[a] @ vecs[b])
            z = sum(w * x for w, x in zip(WEIGHTS_19, row(a, b, cos), strict=True))
            out.append({"i": i, "j": j, "cosine": cos, "p19": 1 / (1 + math.exp(-z))})
    return out


def describe(it: Any) -> dict[str, Any]:
    from briefing import stories

    return {
        "feed": it.source,
        "link": it.url,
        "title": it.title,
        "lede": stories.lede(it),
        "published": it.published.isoformat() if it.published else "",
        "publisher": it.publisher or it.source,
    }


def key(it: Any) -> str:
    return f"{it.url} {it.title}"


def held_out_links() -> set[str]:
    rows = [json.loads(x) for x in (ROOT / "tests/data/stories/labels.jsonl").read_text().splitlines() if x]
    return {r["link"] for r in rows if r["set"] != "dev"}


def draw(folder: Path) -> list[dict[str, Any]]:
    from benchmarks import labelled

    ctx = labelled.Context(sets=())
    held = held_out_links()
    rng = random.Random(SEED)
    records = []
    for day in DAYS:
        items = day_items(folder, day)
        groups, _ = labelled.group(items, ctx.settings)
        pool = [
            c
            for c in candidates(items, groups)
            if not (items[c["i"]].url in held and items[c["j"]].url in held)
        ]
        for stratum in ("near", "rest"):
            part = [c for c in pool if (c["p19"] >= STRATUM) == (stratum == "near")]
            chosen = rng.sample(part, min(DRAW[stratum], len(part)))
            print(f"{day} {stratum}: {len(part)} pairs in the band, {len(chosen)} drawn")
            for c in chosen:
                a, b = items[c["i"]], items[c["j"]]
                pair = sorted([key(a), key(b)])
                records.append(
                    {
                        "id": hashlib.sha256("\n".join(pair).encode()).hexdigest()[:12],
                        "day": day,
                        "stratum": stratum,
                        "weight": round(len(part) / len(chosen), 3),
                        "cosine": round(c["cosine"], 3),
                        "p19": round(c["p19"], 3),
                        "a": describe(a),
                        "b": describe(b),
                    }
                )
    seen: set[str] = set()  # a pair drawn on both days is kept once, as first drawn
    records = [r for r in records if not (r["id"] in seen or seen.add(r["id"]))]
    order = sorted(r["id"] for r in records)
    fit = set(order[: len(order) // 2])
    for r in records:
        r["half"] = "fit" if r["id"] in fit else "check"
    return records


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["draw"])
    parser.add_argument("snapshots", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "snapshots"))
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    records = draw(Path(args.snapshots))
    with open(args.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
