"""The actor kind figure of benchmarks.quality_claims on a tiny fake record set: counted for the names both found and
labelled, a unit counted as an organisation, and a sealed round's kind errors counted but never listed."""

from __future__ import annotations

from typing import Any

from benchmarks.quality_claims import SEALED_ACTOR_ROUNDS, report, tally_actors
from briefing.models import Actor, ItemAnalysis


def record(
    rid: str, people: list[str], orgs: list[str], round_: int = 0, split: str = "dev"
) -> dict[str, Any]:
    return {"id": rid, "split": split, "round": round_, "people": people, "organisations": orgs}


def found(*actors: tuple[str, str]) -> ItemAnalysis:
    return ItemAnalysis(actors=tuple(Actor(name, kind) for name, kind in actors))


def test_kind_accuracy_counts_found_and_labelled_names_only() -> None:
    records = [record("a", ["Mara Lindqvist"], ["Harbour Trust", "Third Brigade"])]
    results = [
        found(
            ("Mara Lindqvist", "organisation"),  # wrong: a person tagged as a body
            ("Harbour Trust", "organisation"),
            ("Third Brigade", "unit"),  # a unit is an organisation
            ("Oslo", "place"),  # no actor kind: not counted
            ("Eirik Dahl", "person"),  # found, not labelled: not counted
        )
    ]
    dev = tally_actors(records, results, {})["dev"]
    assert dev["kinds"] == 3
    assert dev["kind_accuracy"] == round(2 / 3, 3)
    assert dev["confusion"] == {"person->organisation": 1, "organisation->person": 0}
    assert dev["kind_errors"] == ["kind person->organisation 'mara lindqvist' (a)"]
    # the name figures are as before
    assert dev["names"] == 3 and dev["precision"] == 0.75 and dev["recall"] == 1.0


def test_sealed_round_kind_errors_are_counted_but_not_listed() -> None:
    sealed = SEALED_ACTOR_ROUNDS[0]
    records = [record("s", [], ["Valdor Group"], round_=sealed), record("d", ["Ines Coria"], [], round_=0)]
    results = [found(("Valdor Group", "person")), found(("Ines Coria", "organisation"))]
    dev = tally_actors(records, results, {})["dev"]
    assert dev["kinds"] == 2 and dev["kind_accuracy"] == 0.0
    assert dev["confusion"] == {"person->organisation": 1, "organisation->person": 1}
    assert dev["kind_errors"] == ["kind person->organisation 'ines coria' (d)"]
    assert not any("valdor" in e for e in dev["errors"])


def test_report_prints_kind_accuracy_and_lists_dev_kind_errors_only() -> None:
    records = [record("d", ["Ines Coria"], []), record("h", ["Tomas Rell"], [], split="heldout")]
    results = [found(("Ines Coria", "organisation")), found(("Tomas Rell", "organisation"))]
    actors = tally_actors(records, results, {})
    claims = {
        "dev": {"sentences": 0, "status_accuracy": 0.0, "speaker_accuracy": 0.0, "recall": {}, "errors": []}
    }
    lines = report(
        {"claims": claims, "claims_empty_actors": claims, "actors_empty": actors, "actors_full": actors},
        errors=True,
    )
    text = "\n".join(lines)
    assert "actors.toml empty dev      kinds=  1  kind accuracy 0.000  person->organisation=1" in text
    assert "'ines coria'" in text and "tomas rell" not in text
