"""The theatres section of the quality script: its figures on a tiny hand-made set, and on three real items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import quality_theatres
from benchmarks.labelled import Context
from benchmarks.quality_theatres import Label, load_labels, rows, scores

LABELS = [
    Label("a", "UK, France strike IS site in Syria", "Elsewhere", ("Europe",), "dev"),
    Label("b", "Maduro in New York court", "Caribbean", (), "dev"),
    Label("c", "Berlin outage after arson", "Europe", (), "heldout"),
    Label("d", "Myanmar election results", "Elsewhere", (), "heldout"),
]


def test_scores_on_a_tiny_labelled_set() -> None:
    found = [("Europe",), ("Caribbean", "Europe"), ("Europe",), ("Elsewhere",)]
    got = scores(LABELS, found, "Elsewhere")
    assert got["primary dev"] == (1, 2) and got["primary heldout"] == (2, 2) and got["primary all"] == (3, 4)
    # (found, right, labelled)
    assert got["primary Europe"] == (2, 1, 1)
    assert got["primary Elsewhere"] == (1, 1, 2)
    assert got["primary Caribbean"] == (1, 1, 1)
    # the strike's Europe is found as its primary, not as "also"; Maduro's Europe is a wrong "also"
    assert got["also"] == (1, 0, 1)
    assert got["confusions"] == {"Elsewhere -> Europe": 1}
    printed = dict(rows(got))
    assert printed["primary theatre accuracy, all"] == "0.750 (3 of 4)"
    assert printed["also (named theatres): precision / recall"] == "0.000 (0 of 1) / 0.000 (0 of 1)"
    assert printed["confusions (label -> found)"] == "Elsewhere -> Europe 1"


def test_the_fallback_is_never_scored_as_also() -> None:
    got = scores(LABELS[:1], [("Elsewhere", "Elsewhere")], "Elsewhere")
    assert got["also"] == (0, 0, 1)


def test_every_labelled_item_is_in_the_story_set() -> None:
    labels = load_labels()
    items = quality_theatres.labelled_items(labels)
    assert [it.id for it in items] == [lab.id for lab in labels]
    assert {lab.theatre for lab in labels} | {t for lab in labels for t in lab.also} <= {
        "Europe",
        "Caribbean",
        "Elsewhere",
    }
    assert {lab.split for lab in labels} == {"dev", "heldout"}


@pytest.mark.model
def test_section_on_three_real_items(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = (
        (quality_theatres.THEATRE_DATA / "items.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    )
    real = {json.loads(line)["title"]: line for line in lines}
    keep = [
        "Berlin power outage affecting 45,000 homes blamed on 'politically motivated' attack",
        "Cuba denounces 'state terrorism' against Venezuela as US warns Havana could be next",
        "Military-backed party leads in early election results in Myanmar",
    ]
    (tmp_path / "items.jsonl").write_text("".join(real[t] for t in keep), encoding="utf-8")
    monkeypatch.setattr(quality_theatres, "THEATRE_DATA", tmp_path)
    sec = quality_theatres.theatres_section(Context(errors=True))
    assert dict(sec.rows)["primary theatre accuracy, dev"] == "1.000 (3 of 3)"
    assert sec.lines == []
