"""Theatre placement against tests/data/theatres (`python -m benchmarks.quality --section theatres`).

Each labelled item (a story-set item: see tests/data/theatres/README.md) is parsed from its feed file by the real
feed parser, analysed by the project's per-item analysis with the project's config, and its theatres compared with
the labels: the primary theatre (accuracy per split, precision and recall per theatre, a confusion line) and the
other named theatres ("also": precision and recall over the named theatres only, since the fallback is never
listed second). `--errors` lists the dev errors; held-out errors are never printed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.labelled import ROOT, Context, Section, analysed, load_stories, share

THEATRE_DATA = ROOT / "tests" / "data" / "theatres"
SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class Label:
    """One labelled item: its primary theatre, the other theatres it concerns, its split."""

    id: str
    title: str
    theatre: str
    also: tuple[str, ...]
    split: str


def load_labels(folder: Path = THEATRE_DATA) -> list[Label]:
    rows = [
        json.loads(line) for line in (folder / "items.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    return [Label(r["id"], r["title"], r["theatre"], tuple(r["also"]), r["split"]) for r in rows]


def labelled_items(labels: Sequence[Label]) -> list[Any]:
    """The labelled items as the feed parser gives them (the story set's feed files), in label order."""
    by_id = {it.id: it for it in load_stories().items}
    missing = [lab.id for lab in labels if lab.id not in by_id]
    if missing:
        raise SystemExit(
            f"tests/data/theatres/items.jsonl: {len(missing)} ids not in the story set, e.g. {missing[0]}"
        )
    return [by_id[lab.id] for lab in labels]


def _pr(found: int, right: int, gold: int) -> str:
    return f"{share(right, found)} / {share(right, gold)}"


def scores(labels: Sequence[Label], predicted: Sequence[Sequence[str]], fallback: str) -> dict[str, Any]:
    """The figures: primary accuracy per split and in all, per-theatre precision/recall of the primary, the
    'also' theatres' precision/recall (named theatres only) and the confusions (label -> found: count)."""
    out: dict[str, Any] = {}
    for split in (*SPLITS, "all"):
        pairs = [
            (lab, got)
            for lab, got in zip(labels, predicted, strict=True)
            if split == "all" or lab.split == split
        ]
        right = sum(lab.theatre == (got[0] if got else fallback) for lab, got in pairs)
        out[f"primary {split}"] = (right, len(pairs))
    names = sorted({lab.theatre for lab in labels} | {g[0] for g in predicted if g})
    for name in names:
        found = sum(bool(g) and g[0] == name for g in predicted)
        gold = sum(lab.theatre == name for lab in labels)
        right = sum(
            lab.theatre == name and bool(g) and g[0] == name for lab, g in zip(labels, predicted, strict=True)
        )
        out[f"primary {name}"] = (found, right, gold)
    found = right = gold = 0
    for lab, got in zip(labels, predicted, strict=True):
        pred_also = {t for t in got[1:] if t != fallback}
        gold_also = {t for t in lab.also if t != fallback}
        found, right, gold = found + len(pred_also), right + len(pred_also & gold_also), gold + len(gold_also)
    out["also"] = (found, right, gold)
    confusions = Counter(
        f"{lab.theatre} -> {got[0] if got else fallback}"
        for lab, got in zip(labels, predicted, strict=True)
        if lab.theatre != (got[0] if got else fallback)
    )
    out["confusions"] = dict(confusions.most_common())
    return out


def rows(figures: dict[str, Any]) -> list[tuple[str, str]]:
    """The printed rows of `scores`' figures."""
    out = [
        (f"primary theatre accuracy, {split}", share(*figures[f"primary {split}"]))
        for split in (*SPLITS, "all")
    ]
    for key, value in figures.items():
        if key.startswith("primary ") and key.removeprefix("primary ") not in (*SPLITS, "all"):
            out.append((f"primary {key.removeprefix('primary ')}: precision / recall", _pr(*value)))
    out.append(("also (named theatres): precision / recall", _pr(*figures["also"])))
    confusions = figures["confusions"]
    out.append(
        ("confusions (label -> found)", ", ".join(f"{k} {v}" for k, v in confusions.items()) or "none")
    )
    return out


def theatres_section(ctx: Context) -> Section:
    """Theatre placement of the labelled items, analysed with the project's config."""
    labels = load_labels(THEATRE_DATA)  # read at call time: a test points it at a tiny set
    items = analysed(labelled_items(labels), ctx.settings)
    predicted = [it.theatres for it in items]
    from briefing.analyse import theatre_names

    fallback = theatre_names(ctx.settings)[-1]
    figures = scores(labels, predicted, fallback)
    sec = Section("Theatres (tests/data/theatres)", rows=rows(figures), figures=figures)
    counts = Counter((lab.split, lab.theatre) for lab in labels)
    sec.notes.append("labelled: " + ", ".join(f"{s} {t} {n}" for (s, t), n in sorted(counts.items())))
    if ctx.errors:
        for lab, got in zip(labels, predicted, strict=True):
            wrong = lab.theatre != (got[0] if got else fallback) or set(lab.also) - {fallback} != set(
                got[1:]
            ) - {fallback}
            if lab.split == "dev" and wrong:
                sec.lines.append(
                    f"  {lab.theatre}{'+' + '+'.join(lab.also) if lab.also else ''} <- {'+'.join(got)}: {lab.title}"
                )
    return sec
