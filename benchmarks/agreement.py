"""How far two labellings of the same claim sentences agree (tests/data/claims/agreement/).

    python -m benchmarks.agreement                       # rounds 107 and 108: sentences.jsonl against the relabel
    python -m benchmarks.agreement FIRST.jsonl SECOND.jsonl [--list]
    python -m benchmarks.agreement --stories             # held-out-3's stories: labels.jsonl against the relabel

FIRST is a file in the form of tests/data/claims/sentences.jsonl (items with their labelled sentences); only its
items that SECOND labels are compared. SECOND holds one line per sentence: {"id", "i", "status", "speaker"}, `i`
the sentence's index in its item. Prints status agreement, Cohen's kappa (all statuses, and each status against
the rest), the confusion table, and speaker agreement on the sentences both call flagged, with the benchmark's own
rule (`quality_claims.same_speaker`: equal after folding and dropping "the", or ending in the same word).
`--list` prints every disagreement (dev rounds only: never run it on a sealed or held-out round).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.quality_claims import CLAIMS_FILE, STATUSES, same_speaker

ROOT = Path(__file__).resolve().parent.parent
RELABEL_FILE = ROOT / "tests" / "data" / "claims" / "agreement" / "relabel-107-108.jsonl"
STORY_LABELS = ROOT / "tests" / "data" / "stories" / "labels.jsonl"
STORY_RELABEL = ROOT / "tests" / "data" / "stories" / "agreement" / "relabel-held-out-3.jsonl"


@dataclass(frozen=True)
class Pair:
    """One sentence as the two labellings read it."""

    id: str
    i: int
    text: str
    first: tuple[str, str]
    second: tuple[str, str]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pairs(first: Path, second: Path) -> list[Pair]:
    """The sentences SECOND labels, each with FIRST's label, in FIRST's order; a sentence FIRST lacks is an error."""
    items = {r["id"]: r for r in _lines(first)}
    order = {id_: n for n, id_ in enumerate(items)}
    out = []
    for line in _lines(second):
        gold = items[line["id"]]["sentences"][line["i"]]
        out.append(
            Pair(
                line["id"],
                line["i"],
                gold["text"],
                (gold["status"], gold["speaker"]),
                (line["status"], line["speaker"]),
            )
        )
    return sorted(out, key=lambda p: (order[p.id], p.i))


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two equally long label lists (1.0 when both use one same label throughout)."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def figures(ps: list[Pair]) -> dict[str, Any]:
    """Agreement figures of the pairs (see the module's docstring)."""
    a = [p.first[0] for p in ps]
    b = [p.second[0] for p in ps]
    both = [p for p in ps if p.first[0] != "unflagged" and p.second[0] != "unflagged"]
    used = [s for s in STATUSES if s in a or s in b]
    return {
        "sentences": len(ps),
        "status_agree": sum(x == y for x, y in zip(a, b, strict=True)),
        "kappa": kappa(a, b),
        "kappa_per_status": {
            s: kappa([x if x == s else "" for x in a], [y if y == s else "" for y in b]) for s in used
        },
        "confusion": {
            s: {t: sum(x == s and y == t for x, y in zip(a, b, strict=True)) for t in used} for s in used
        },
        "flagged_agree": sum((x == "unflagged") == (y == "unflagged") for x, y in zip(a, b, strict=True)),
        "both_flagged": len(both),
        "speaker_agree": sum(same_speaker(p.second[1], p.first[1]) for p in both),
        # as the quality script scores the code: over the sentences one labelling flags, the other's speaker
        "first_flagged": sum(p.first[0] != "unflagged" for p in ps),
        "speaker_on_first": sum(
            p.first[0] != "unflagged" and same_speaker(p.second[1], p.first[1]) for p in ps
        ),
        "second_flagged": sum(p.second[0] != "unflagged" for p in ps),
        "speaker_on_second": sum(
            p.second[0] != "unflagged" and same_speaker(p.first[1], p.second[1]) for p in ps
        ),
    }


def report(f: dict[str, Any]) -> str:
    """The figures as printed lines."""
    n, used = f["sentences"], list(f["confusion"])
    lines = [
        f"sentences {n}: status agreement {f['status_agree'] / n:.3f} ({f['status_agree']}), "
        f"Cohen's kappa {f['kappa']:.3f}; flagged or not {f['flagged_agree'] / n:.3f}",
        "kappa per status (one against the rest): "
        + ", ".join(f"{s} {k:.3f}" for s, k in f["kappa_per_status"].items()),
        f"speaker agreement on the {f['both_flagged']} sentences both call flagged: "
        f"{f['speaker_agree'] / max(f['both_flagged'], 1):.3f} ({f['speaker_agree']})",
        "speaker as the quality script scores it: on the first's flagged "
        f"{f['speaker_on_first'] / max(f['first_flagged'], 1):.3f} ({f['speaker_on_first']} of {f['first_flagged']}), "
        f"on the second's {f['speaker_on_second'] / max(f['second_flagged'], 1):.3f} "
        f"({f['speaker_on_second']} of {f['second_flagged']})",
        "confusion (rows: first labelling, columns: second)",
        " " * 12 + "".join(f"{t[:11]:>12}" for t in used),
    ]
    lines += [f"{s[:11]:<12}" + "".join(f"{f['confusion'][s][t]:>12}" for t in used) for s in used]
    return "\n".join(lines)


def story_figures(labels: Path, relabel: Path, set_name: str = "held-out-3") -> dict[str, tuple[float, ...]]:
    """Pairwise and B-cubed precision / recall / F1 of the second story labelling (its groups) against the first
    (the truth), at the story and the event level, over the items of `set_name` the second labels (by link); the
    same functions `benchmarks.quality` scores the grouping with."""
    from benchmarks.labelled import bcubed, pairwise

    second = {r["link"]: r for r in _lines(relabel)}
    first = [r for r in _lines(labels) if r["set"] == set_name and r["link"] in second]
    out: dict[str, tuple[float, ...]] = {}
    for level in ("story", "event"):
        by_label: dict[str, list[int]] = {}
        for i, r in enumerate(first):
            by_label.setdefault(second[r["link"]][level], []).append(i)
        groups, truth = list(by_label.values()), [r[level] for r in first]
        out[f"{level} pairwise"] = pairwise(groups, truth)
        out[f"{level} b-cubed"] = bcubed(groups, truth)
    return out


def main(argv: list[str]) -> None:
    if "--stories" in argv:
        for name, (prec, rec, f1) in story_figures(STORY_LABELS, STORY_RELABEL).items():
            print(f"{name}: precision {prec:.3f} / recall {rec:.3f} / F1 {f1:.3f}")
        return
    listing = "--list" in argv
    files = [Path(x) for x in argv if x != "--list"]
    first, second = files if files else (CLAIMS_FILE, RELABEL_FILE)
    ps = pairs(first, second)
    print(report(figures(ps)))
    if listing:
        for p in ps:
            status_differs = p.first[0] != p.second[0]
            both_flagged = "unflagged" not in (p.first[0], p.second[0])
            if status_differs or (both_flagged and not same_speaker(p.second[1], p.first[1])):
                print(f"{p.id} {p.i} {'/'.join(p.first)} | {'/'.join(p.second)} | {p.text[:140]}")


if __name__ == "__main__":
    main(sys.argv[1:])
