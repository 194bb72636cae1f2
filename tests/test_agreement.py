"""benchmarks/agreement.py: two labellings of the same sentences compared, on a tiny fixture worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import agreement
from benchmarks.quality_claims import CLAIMS_FILE

U = ("unflagged", "")
# (text, first labelling, second labelling) per item
ITEMS = {
    "x": [
        ("Headline of x", U, U),
        ("The Pentagon denied it.", U, ("attributed", "Pentagon")),
        ("Mast told reporters it was over.", ("attributed", "Brian Mast"), ("attributed", "Mast")),
    ],
    "y": [
        (
            "Officials at the White House said ...",
            ("reported", "the White House"),
            ("reported", "White House"),
        ),
        ("Doe said it could rain.", ("speculative", "Jane Doe"), ("attributed", "Ann Lee")),
        (
            "The port authority said ...",
            ("attributed", "Ukraine's seaports authority"),
            ("attributed", "Ukraine"),
        ),
    ],
}


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(
        "".join(
            json.dumps(
                {
                    "id": id_,
                    "title": rows[0][0],
                    "paragraphs": [],
                    "sentences": [{"text": t, "status": a[0], "speaker": a[1]} for t, a, _ in rows],
                }
            )
            + "\n"
            for id_, rows in ITEMS.items()
        )
    )
    lines = [
        {"id": id_, "i": i, "status": b[0], "speaker": b[1]}
        for id_, rows in ITEMS.items()
        for i, (_, _, b) in enumerate(rows)
    ]
    # written out of order: sentences are matched by item and index, not by line
    second.write_text("".join(json.dumps(x) + "\n" for x in reversed(lines)))
    return first, second


def test_figures_worked_by_hand(files: tuple[Path, Path]) -> None:
    f = agreement.figures(agreement.pairs(*files))
    assert f["sentences"] == 6
    assert f["status_agree"] == 4
    # observed 4/6; expected (2*1 unflagged + 2*4 attributed + 1*1 reported) / 36 = 11/36; (24 - 11) / (36 - 11)
    assert f["kappa"] == pytest.approx(13 / 25)
    assert f["kappa_per_status"]["reported"] == pytest.approx(1.0)
    assert f["kappa_per_status"]["speculative"] == pytest.approx(0.0)
    assert f["confusion"]["unflagged"] == {"unflagged": 1, "attributed": 1, "reported": 0, "speculative": 0}
    assert f["confusion"]["speculative"]["attributed"] == 1
    # both flagged: Mast (same last word), the White House ('the' dropped) agree; Doe/Lee, seaports/Ukraine do not
    assert (f["both_flagged"], f["speaker_agree"]) == (4, 2)
    assert (f["first_flagged"], f["speaker_on_first"]) == (4, 2)
    assert (f["second_flagged"], f["speaker_on_second"]) == (5, 2)


def test_main_prints_figures_and_disagreements(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    agreement.main([str(files[0]), str(files[1]), "--list"])
    out = capsys.readouterr().out
    assert "status agreement 0.667 (4), Cohen's kappa 0.520" in out
    assert "speaker agreement on the 4 sentences both call flagged: 0.500 (2)" in out
    listed = [line for line in out.splitlines() if line.startswith(("x ", "y "))]
    assert [line.split()[:2] for line in listed] == [["x", "1"], ["y", "1"], ["y", "2"]]


def test_relabel_file_covers_rounds_107_and_108_once() -> None:
    labelled = {
        (r["id"], i)
        for line in CLAIMS_FILE.read_text(encoding="utf-8").splitlines()
        for r in [json.loads(line)]
        if r.get("round") in (107, 108)
        for i in range(len(r["sentences"]))
    }
    pairs = agreement.pairs(CLAIMS_FILE, agreement.RELABEL_FILE)
    assert sorted((p.id, p.i) for p in pairs) == sorted(labelled)
    assert all(
        p.second[0] in ("unflagged", "attributed", "reported", "speculative", "unverified") for p in pairs
    )


def test_two_story_labellings_are_scored_as_the_grouping_is(tmp_path: Path) -> None:
    """The second labelling's groups against the first as truth: it joins a third item to a pair the first keeps
    apart from it, so 1 of its 3 pairs is the first's (precision 1/3, recall 1); events agree entirely."""
    first = [("a", "s1", "e1"), ("b", "s1", "e1"), ("c", "s2", "e2"), ("d", "s3", "e3"), ("z", "s1", "e1")]
    second = [("a", "x", "e"), ("b", "x", "e"), ("c", "x", "f"), ("d", "y", "g")]
    labels, relabel = tmp_path / "labels.jsonl", tmp_path / "relabel.jsonl"
    rows = [
        {"set": "held-out-3" if link != "z" else "dev", "link": link, "story": s, "event": e}
        for link, s, e in first
    ]
    labels.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    relabel.write_text(
        "\n".join(json.dumps({"link": k, "story": s, "event": e}) for k, s, e in second) + "\n"
    )
    got = agreement.story_figures(labels, relabel)
    assert got["story pairwise"] == pytest.approx((1 / 3, 1.0, 0.5))
    assert got["event pairwise"][2] == pytest.approx(1.0)
    assert got["story b-cubed"][1] == pytest.approx(1.0)
    assert got["story b-cubed"][0] < 1.0
