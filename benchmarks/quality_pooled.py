"""Claims figures of several labelling rounds taken together, with the quality script's own scorer:
`python -m benchmarks.quality_pooled 50,51,52,53` prints one line (status, speaker, recall per status; `--empty`
with the actor file empty);
`python -m benchmarks.quality_pooled --actors 55,58,60` prints the actors of those rounds taken together (precision
and recall with the actor file empty and full), the whole actor set analysed as one run, as the quality script does.
`--by-outlet` adds one line per outlet (the feed file's first word), and per outlet its headlines and body sentences
apart: counts and figures only, never a sentence, so it may be run on sealed rounds (the thirty-third session found
that way that most of the sealed rounds' misses are the Guardian's, its headlines most of all).

Used for the pooled first sight of a session's blind rounds (HISTORY.md, "What the nineteenth session showed"), run on
the commit whose rules had not seen those rounds."""

from __future__ import annotations

import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks import quality_claims as q


def pooled_actors(want: set[int]) -> dict[str, tuple[float, float, int]]:
    """(precision, recall, labelled names) of the wanted actor rounds, the file empty and full."""
    records = q._read(q.ACTORS_FILE)
    out = {}
    with tempfile.TemporaryDirectory() as d:
        for name, actors in (("empty", ""), ("full", None)):
            settings = q.settings_for(Path(d) / name, actors)
            pairs = [
                (record, result)
                for record, result in zip(records, q.actor_results(records, settings), strict=True)
                if record.get("round") in want
            ]
            wanted = [record for record, _ in pairs]
            f = q.tally_actors(wanted, [result for _, result in pairs], q._canonical(settings))["all"]
            out[name] = (f["precision"], f["recall"], f["names"])
    return out


def main(argv: list[str]) -> None:
    if not argv or argv[0] in ("-h", "--help") or (argv[0] == "--actors" and len(argv) < 2):
        print(__doc__)
        return
    if argv[0] == "--actors":
        want_actors = {int(x) for x in argv[1].split(",")}
        for name, (precision, recall, names) in pooled_actors(want_actors).items():
            print(
                f"actor rounds {sorted(want_actors)}, actors.toml {name}: P {precision:.3f} / R {recall:.3f} ({names} names)"
            )
        return
    empty = "--empty" in argv  # the actor file empty (the speakers compared without its aliases too)
    by_outlet = "--by-outlet" in argv
    argv = [a for a in argv if a not in ("--empty", "--by-outlet")]
    try:
        want = {int(x) for x in argv[0].split(",")} if argv else set()
    except ValueError:
        sys.exit(f"quality_pooled: rounds are numbers separated by commas, not {argv[0]!r} (--help)")
    records = [r for r in q._read(q.CLAIMS_FILE) if r.get("round") in want]
    with tempfile.TemporaryDirectory() as d:
        settings = q.settings_for(Path(d), "" if empty else None)
        items = [q._item(r, "\n".join(r["paragraphs"])) for r in records]
        results = q.run_analysis(items, settings)
        canonical = q.speaker_names(settings)
        scores = q.ClaimScores()
        outlets: dict[str, q.ClaimScores] = defaultdict(q.ClaimScores)
        confusion: Counter[str] = Counter()
        for record, result in zip(records, results, strict=True):
            outlet = Path(record["source"]).name.split("_")[0]
            for gold in record["sentences"]:
                status, speaker = q._predicted(gold["text"], result.claims)
                scores.add(gold, status, speaker, canonical)
                part = "headline" if gold["text"].strip() == record["title"].strip() else "body"
                for key in (outlet, f"{outlet} {part}"):
                    outlets[key].add(gold, status, speaker, canonical)
                if status != gold["status"]:
                    confusion[f"{gold['status']} -> {status}"] += 1
    f = scores.figures()
    print(
        f"rounds {sorted(want)}{', actors.toml empty' if empty else ''}: sentences {f['sentences']}, status {f['status_accuracy']:.3f}, "
        f"speaker {f['speaker_accuracy']:.3f}, recall {f['recall']}"
    )
    print(f"  wrong speakers by kind: {f['speaker_errors']}")
    print(f"  wrong statuses (label -> given): {dict(sorted(confusion.items()))}")
    if by_outlet:
        for name, scored in sorted(outlets.items(), key=lambda kv: (-kv[1].sentences, kv[0])):
            g = scored.figures()
            speaker = f"{g['speaker_accuracy']:.3f}" if scored.speakers else "-"
            print(
                f"  {name}: sentences {g['sentences']}, status {g['status_accuracy']:.3f}, "
                f"speaker {speaker} (over {scored.speakers} flagged)"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
