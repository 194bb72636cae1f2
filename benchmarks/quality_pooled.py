"""Claims figures of several labelling rounds taken together, with the quality script's own scorer:
`python -m benchmarks.quality_pooled 50,51,52,53` prints one line (status, speaker, recall per status).

Used for the pooled first sight of a session's blind rounds (README, "What the nineteenth session showed"), run on
the commit whose rules had not seen those rounds."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks import quality_claims as q


def main(argv: list[str]) -> None:
    want = {int(x) for x in argv[0].split(",")} if argv else set()
    records = [r for r in q._read(q.CLAIMS_FILE) if r.get("round") in want]
    with tempfile.TemporaryDirectory() as d:
        settings = q.settings_for(Path(d), None)
        items = [q._item(r, "\n".join(r["paragraphs"])) for r in records]
        results = q.run_analysis(items, settings)
        canonical = q.speaker_names(settings)
        scores = q.ClaimScores()
        for record, result in zip(records, results, strict=True):
            for gold in record["sentences"]:
                status, speaker = q._predicted(gold["text"], result.claims)
                scores.add(gold, status, speaker, canonical)
    f = scores.figures()
    print(
        f"rounds {sorted(want)}: sentences {f['sentences']}, status {f['status_accuracy']:.3f}, "
        f"speaker {f['speaker_accuracy']:.3f}, recall {f['recall']}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
