"""Quality of claims and actors on the hand-labelled sets in tests/data/claims/ and tests/data/actors/.

    python -m benchmarks.quality_claims            # dev and held-out figures, actor file empty and full

Prints claim status accuracy, recall per status and speaker accuracy (tests/data/claims/sentences.jsonl), and
precision/recall of people and organisations (tests/data/actors/items.jsonl) with config/actors.toml empty and
with the project's file, each for the dev split, the held-out split and both, and for the names both found and
labelled whether their kind is right (person or organisation; a unit counts as one). `measure()` returns the same
figures as a dict, `report()` formats them, and `section()` gives them as a `benchmarks.quality.Section` so
`python -m benchmarks.quality` prints them beside the story grouping's.
The analysis runs as `briefing` runs it (`analyse.analyse_items` with spaCy's entities).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing import analyse, config
from briefing.actors import load_actors
from briefing.claims import strip_dateline
from briefing.models import Item, ItemAnalysis
from briefing.text import content_hash, drop_link_notes

ROOT = Path(__file__).resolve().parent.parent
CLAIMS_FILE = ROOT / "tests" / "data" / "claims" / "sentences.jsonl"
ACTORS_FILE = ROOT / "tests" / "data" / "actors" / "items.jsonl"
STATUSES = ("unflagged", "attributed", "reported", "speculative", "unverified")
ACTOR_KINDS = ("person", "organisation", "unit")
# the two ways a found and labelled name's kind can be wrong (a unit counts as an organisation)
KIND_CONFUSIONS = ("person->organisation", "organisation->person")
SPLITS = ("dev", "heldout", "all", "new")
# the latest actor labelling rounds (22 to 40; each labelled before the analysis ran on it), shown together
# as "new" and each alone as "round N" (they are part of dev); rounds 23 to 42 were labelled before the sessions that
# tuned on them: their first figures (in tests/data/actors/README.md) are the first-sight estimates
NEW_ROUNDS = (*range(22, 41), *range(42, 74))  # 22 to 40, 42 to 73 (41 was never an actor round)
# the claims rounds of the latest sessions tuned on (17 to 30), shown together as "new"; each round after them (31 to 44,
# labelled before the analysis ran on it, its first sight measured once before any rule changed) is shown alone
CLAIMS_NEW_ROUNDS = (17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30)
# the lead's sealed rounds: labelled blind and measured, their errors never listed (not even by --errors), so that they
# stay text no rule was written for and their figures stay a first sight on every later commit
SEALED_CLAIMS_ROUNDS = (91, 95, 96, 97, 98, 100, 102, 103, 106, 110, 116, 121, 123)
SEALED_ACTOR_ROUNDS = (55, 58, 60, 61, 62, 64, 66, 67, 69, 71, 73)


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def settings_for(folder: Path, actors: str | None) -> config.Settings:
    """Settings with the project's theatres and either its actors.toml (None) or this actors text."""
    cfg = folder / "config"
    cfg.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "config" / "theatres.toml", cfg / "theatres.toml")
    if actors is None:
        shutil.copy(ROOT / "config" / "actors.toml", cfg / "actors.toml")
    else:
        (cfg / "actors.toml").write_text(actors, encoding="utf-8")
    (cfg / "briefing.toml").write_text('[brief]\noutput_dir = "../out"\n', encoding="utf-8")
    return config.load(cfg / "briefing.toml", environ={})


def _item(record: dict[str, Any], text: str) -> Item:
    # as the feed reader gives it: the labelled text is the feed's, link notes and all
    text = drop_link_notes(text)
    return Item(
        id=record["id"],
        source="quality",
        title=record["title"],
        url="",
        published=datetime(2026, 1, 5, tzinfo=UTC),
        summary=text,
        content_hash=content_hash(record["title"], text),
    )


def run_analysis(items: Sequence[Item], settings: config.Settings) -> list[ItemAnalysis]:
    return analyse.analyse_items(items, analyse.resources(settings), analyse.entity_finder(settings))


# --- comparing -----------------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def sentence_key(text: str) -> str:
    """A sentence as compared: dateline stripped, link notes dropped, lower case, words only."""
    return " ".join(re.findall(r"\w+", _fold(strip_dateline(drop_link_notes(text)))))


def name_key(name: str) -> str:
    """A name as compared: folded, without dots, a leading 'the' or a trailing 's."""
    name = _fold(name).replace(".", "")
    name = re.sub(r"'s$", "", name.strip())
    name = re.sub(r"^the\s+", "", name)
    return " ".join(name.split())


def same_speaker(predicted: str, gold: str) -> bool:
    """Equal names, or both ending in the same word ('Mast' for 'Brian Mast'); '' only matches ''."""
    p, g = name_key(predicted), name_key(gold)
    if not p or not g:
        return p == g
    return p == g or p.split()[-1] == g.split()[-1] or _expands(p, g) or _expands(g, p)


def _expands(full: str, short: str) -> bool:
    """'syrian democratic forces' for 'sdf': the actors step names one body under its full name (an acronym the
    same item expands joins it), the claims labels as the sentence writes it."""
    # (a hyphenated word gives each part's letter: "Agence France-Presse" is "AFP")
    words = [w for w in full.replace("-", " ").split() if w not in ("of", "for", "and", "the", "on")]
    return " " not in short and len(words) >= 2 and "".join(w[0] for w in words) == short


def _predicted(gold_text: str, claims: Iterable[Any]) -> tuple[str, str]:
    """(status, speaker) the analysis gave a labelled sentence: its claim's, or unflagged."""
    key = sentence_key(gold_text)
    for c in claims:
        ck = sentence_key(c.text)
        # one inside the other when both are long enough to say so ("the" of a cut-off "The..." is in every claim)
        if ck and (ck == key or (len(ck) > 20 and len(key) > 20 and (ck in key or key in ck))):
            return c.status, c.attributed_to
    return "unflagged", ""


@dataclass
class ClaimScores:
    sentences: int = 0
    correct: int = 0
    speakers: int = 0
    speakers_correct: int = 0
    recall: Counter[str] | None = None
    total: Counter[str] | None = None
    errors: list[str] | None = None
    # wrong speakers by kind, counted for every split (the sealed rounds' too: counts, never the sentences)
    speaker_errors: Counter[str] | None = None

    def add(
        self,
        gold: dict[str, str],
        status: str,
        speaker: str,
        canonical: dict[str, str] | None = None,
        sealed: bool = False,
    ) -> None:
        self.recall = self.recall if self.recall is not None else Counter()
        self.total = self.total if self.total is not None else Counter()
        self.errors = self.errors if self.errors is not None else []
        self.sentences += 1
        self.total[gold["status"]] += 1
        ok = status == gold["status"]
        self.correct += ok
        self.recall[gold["status"]] += ok
        who_ok = True
        if gold["status"] != "unflagged":
            self.speakers += 1
            # the watch list's canonical name is right too ("Oleksandr Syrskyi" for "Syrsky")
            key = name_key(gold["speaker"])
            # ... also when only the surname is an alias ("Oleksandr Syrsky": "Syrsky" is listed)
            listed = (canonical or {}).get(key) or (canonical or {}).get(key.split()[-1] if key else "")
            who_ok = same_speaker(speaker, gold["speaker"]) or (
                listed is not None and same_speaker(speaker, listed)
            )
            self.speakers_correct += who_ok
            if not who_ok:
                self.speaker_errors = self.speaker_errors if self.speaker_errors is not None else Counter()
                self.speaker_errors[
                    f"{_speaker_error(status, speaker, gold['speaker'])} ({gold['status']})"
                ] += 1
        if (not ok or not who_ok) and not sealed:
            self.errors.append(
                f"{gold['status']}/{gold['speaker'] or '-'} -> {status}/{speaker or '-'}: {gold['text'][:110]}"
            )

    def figures(self) -> dict[str, Any]:
        total, recall = self.total or Counter(), self.recall or Counter()
        return {
            "sentences": self.sentences,
            "status_accuracy": _ratio(self.correct, self.sentences),
            "recall": {s: _ratio(recall[s], total[s]) for s in STATUSES if total[s]},
            "support": {s: total[s] for s in STATUSES if total[s]},
            "speaker_accuracy": _ratio(self.speakers_correct, self.speakers),
            "errors": list(self.errors or []),
            "speaker_errors": dict(sorted((self.speaker_errors or Counter()).items())),
        }


def _speaker_error(status: str, speaker: str, gold: str) -> str:
    """What kind of wrong speaker: the claim not found at all, no one named, one named where the label has none, or
    another name."""
    if status == "unflagged":
        return "claim not found"
    if not speaker:
        return "named none"
    if not gold:
        return "named one, label none"
    return "another name"


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def _splits(record: dict[str, Any], new_rounds: tuple[int, ...] = NEW_ROUNDS) -> tuple[str, ...]:
    """The figures a labelled record counts in: its split, all, and "new" for the latest rounds."""
    return (record["split"], "all") + (("new",) if record.get("round") in new_rounds else ())


def score_claims(settings: config.Settings) -> dict[str, dict[str, Any]]:
    records = _read(CLAIMS_FILE)
    items = [_item(r, "\n".join(r["paragraphs"])) for r in records]
    results = run_analysis(items, settings)
    canonical = speaker_names(settings)
    # each round after the tuned ones alone as well: labelled before the analysis ran on it, its first sight estimates
    # unseen text
    after = sorted({r.get("round", 0) for r in records if r.get("round", 0) > max(CLAIMS_NEW_ROUNDS)})
    latest = tuple(f"round {n}" for n in after)
    scores = {split: ClaimScores() for split in (*SPLITS, *latest)}
    for record, result in zip(records, results, strict=True):
        rounds = tuple(x for x in latest if x == f"round {record.get('round', 0)}")
        for gold in record["sentences"]:
            status, speaker = _predicted(gold["text"], result.claims)
            sealed = record.get("round") in SEALED_CLAIMS_ROUNDS
            for split in _splits(record, CLAIMS_NEW_ROUNDS) + rounds:
                scores[split].add(gold, status, speaker, canonical, sealed)
    return {split: s.figures() for split, s in scores.items()}


def speaker_names(settings: config.Settings) -> dict[str, str]:
    """The names a predicted speaker is compared under: the watch list's aliases and the states' names."""
    canonical = _canonical(settings)
    canonical.update({k: v for k, v in list(canonical.items()) for k in [k.split()[-1]] if " " in k})
    canonical.update(_state_names(settings))
    return canonical


def _canonical(settings: config.Settings) -> dict[str, str]:
    """Alias -> canonical name of the watch list: with it, "Trump" is found as "Donald Trump", and that is right."""
    listed = load_actors(settings.analysis.actors_file)
    out = {name_key(alias): name_key(name) for name, aliases in listed.aliases.items() for alias in aliases}
    # a surname's spelling listed alone goes with the given name too: "Volodymyr Zelenskiy" for "Zelenskiy"
    for name, aliases in listed.aliases.items():
        given = name.split()[0] if " " in name else ""
        for alias in aliases:
            if given and " " not in alias:
                out.setdefault(name_key(f"{given} {alias}"), name_key(name))
    return out


def _state_names(settings: config.Settings) -> dict[str, str]:
    """A state's or an outlet's other names in the index -> its name: "US" said is "United States" said, "AFP" is
    "Agence France-Presse", and that is right."""
    index = analyse.resources(settings).index
    return {
        name_key(" ".join(key)): name_key(entry.name)
        for key, entry in index.entries.items()
        if entry.kind in ("state", "outlet") and not entry.demonym
    }


def score_actors(settings: config.Settings) -> dict[str, dict[str, Any]]:
    records = _read(ACTORS_FILE)
    return tally_actors(records, actor_results(records, settings), _canonical(settings))


def actor_results(records: Sequence[dict[str, Any]], settings: config.Settings) -> list[ItemAnalysis]:
    """The analysis of the labelled actor items, all of them as one run."""
    items = [_item(r, r["text"]) for r in records]
    results = run_analysis(items, settings)
    # as `analyse` does after the per-item analysis: the people the run knows wherever the model missed them
    return analyse.with_run_names(items, results, analyse.resources(settings).index)


def _gold_kinds(record: dict[str, Any], canonical: dict[str, str]) -> dict[str, str]:
    """Compared name -> labelled kind; a name labelled both ways (never meant) has no kind to check."""
    kinds: dict[str, str] = {}
    for field, kind in (("people", "person"), ("organisations", "organisation")):
        for n in record[field]:
            key = canonical.get(name_key(n), name_key(n))
            kinds[key] = kind if kinds.get(key, kind) == kind else ""
    return kinds


def _found_kinds(result: ItemAnalysis) -> dict[str, str]:
    """Compared name -> the kind the analysis gave it (the most mentioned first); a unit is an organisation, as the
    labels count it."""
    kinds: dict[str, str] = {}
    for a in result.actors:
        if a.kind in ACTOR_KINDS:
            kinds.setdefault(name_key(a.name), "organisation" if a.kind == "unit" else a.kind)
    return kinds


def tally_actors(
    records: Sequence[dict[str, Any]], results: Sequence[ItemAnalysis], canonical: dict[str, str]
) -> dict[str, dict[str, Any]]:
    """Precision and recall of the names, and for the names both found and labelled whether their kind (person or
    organisation) is right, per split; the sealed rounds count in the figures, their errors are never listed."""
    # each new round alone as well: its first-sight figures are the honest estimate for unseen text
    apart = tuple(f"round {n}" for n in NEW_ROUNDS)
    counts = {split: Counter[str]() for split in (*SPLITS, *apart)}
    misses: dict[str, list[str]] = {split: [] for split in counts}
    kind_misses: dict[str, list[str]] = {split: [] for split in counts}
    for record, result in zip(records, results, strict=True):
        gold_kinds = _gold_kinds(record, canonical)
        gold = set(gold_kinds)
        found_kinds = _found_kinds(result)
        found = set(found_kinds)
        checked = sorted(n for n in gold & found if gold_kinds[n])
        wrong = [(n, gold_kinds[n], found_kinds[n]) for n in checked if gold_kinds[n] != found_kinds[n]]
        rounds = tuple(r for r in apart if r == f"round {record.get('round', 0)}")
        for split in _splits(record) + rounds:
            counts[split]["hit"] += len(gold & found)
            counts[split]["gold"] += len(gold)
            counts[split]["found"] += len(found)
            counts[split]["kinds"] += len(checked)
            counts[split]["kinds_right"] += len(checked) - len(wrong)
            for _, g, f in wrong:
                counts[split][f"{g}->{f}"] += 1
            if record.get("round") in SEALED_ACTOR_ROUNDS:
                continue
            misses[split] += [f"missed {n!r} ({record['id']})" for n in sorted(gold - found)]
            misses[split] += [f"extra {n!r} ({record['id']})" for n in sorted(found - gold)]
            kind_misses[split] += [f"kind {g}->{f} {n!r} ({record['id']})" for n, g, f in wrong]
    return {
        split: {
            "items": sum(1 for r in records if split in _splits(r) or f"round {r.get('round', 0)}" == split),
            "precision": _ratio(c["hit"], c["found"]),
            "recall": _ratio(c["hit"], c["gold"]),
            "names": c["gold"],
            "errors": misses[split],
            "kind_accuracy": _ratio(c["kinds_right"], c["kinds"]),
            "kinds": c["kinds"],
            "confusion": {k: c[k] for k in KIND_CONFUSIONS},
            "kind_errors": kind_misses[split],
        }
        for split, c in counts.items()
    }


def measure() -> dict[str, Any]:
    """All figures: claims (project actor file), actors with the actor file empty and full; per split."""
    with tempfile.TemporaryDirectory() as tmp:
        empty = settings_for(Path(tmp) / "empty", "")
        full = settings_for(Path(tmp) / "full", None)
        return {
            "claims": score_claims(full),
            "claims_empty_actors": score_claims(empty),
            "actors_empty": score_actors(empty),
            "actors_full": score_actors(full),
        }


def report(results: dict[str, Any], errors: bool = False) -> list[str]:
    """The figures as lines of text, one table per measure."""
    lines = ["Claims (tests/data/claims): status accuracy, recall per status / labelled, speaker accuracy"]
    for name in ("claims", "claims_empty_actors"):
        label = "actors.toml full " if name == "claims" else "actors.toml empty"
        for split in results[name]:
            f = results[name][split]
            recall = " ".join(f"{s}={f['recall'][s]:.2f}/{f['support'][s]}" for s in f["recall"])
            lines.append(
                f"  {label} {split:8} n={f['sentences']:3}  status {f['status_accuracy']:.3f}  "
                f"speaker {f['speaker_accuracy']:.3f}  recall {recall}"
            )
    lines.append("Actors (tests/data/actors, people and organisations): precision / recall")
    for name in ("actors_empty", "actors_full"):
        label = "actors.toml empty" if name == "actors_empty" else "actors.toml full "
        for split in results[name]:
            f = results[name][split]
            lines.append(
                f"  {label} {split:8} items={f['items']:3} names={f['names']:3}  "
                f"P {f['precision']:.3f}  R {f['recall']:.3f}"
            )
    lines.append(
        "Actor kinds (names both found and labelled): kind accuracy / names checked, confusion labelled->found"
    )
    for name in ("actors_empty", "actors_full"):
        label = "actors.toml empty" if name == "actors_empty" else "actors.toml full "
        for split in results[name]:
            f = results[name][split]
            confusion = " ".join(f"{k}={n}" for k, n in f["confusion"].items())
            lines.append(
                f"  {label} {split:8} kinds={f['kinds']:3}  kind accuracy {f['kind_accuracy']:.3f}  {confusion}"
            )
    if errors:
        lines.append("Claim errors (dev, actors.toml full):")
        lines += [f"  {e}" for e in results["claims"]["dev"]["errors"]]
        lines.append("Actor errors (dev, actors.toml empty):")
        lines += [f"  {e}" for e in results["actors_empty"]["dev"]["errors"]]
        for name, label in (("actors_empty", "empty"), ("actors_full", "full")):
            lines.append(f"Actor kind errors (dev, actors.toml {label}; labelled->found):")
            lines += [f"  {e}" for e in results[name]["dev"]["kind_errors"]]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", action="store_true", help="list the dev split's errors (never the held-out)"
    )
    args = parser.parse_args(argv)
    print("\n".join(report(measure(), errors=args.errors)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


def section(ctx: Any = None) -> Any:
    """The figures as a `benchmarks.quality.Section` (append this function to quality.SECTIONS)."""
    from benchmarks.labelled import Section

    results = measure()
    sec = Section("Claims and actors (tests/data/claims, tests/data/actors; held-out split never tuned on)")
    for split in SPLITS:
        f = results["claims"][split]
        recall = ", ".join(f"{s} {f['recall'][s]:.2f}" for s in f["recall"])
        sec.rows.append(
            (f"claims {split}: status accuracy", f"{f['status_accuracy']:.3f} ({f['sentences']})")
        )
        sec.rows.append((f"claims {split}: speaker accuracy", f"{f['speaker_accuracy']:.3f}"))
        sec.rows.append((f"claims {split}: recall per status", recall))
    for name, label in (("actors_empty", "actors.toml empty"), ("actors_full", "actors.toml full")):
        for split in (*SPLITS, *(f"round {n}" for n in NEW_ROUNDS)):
            f = results[name][split]
            sec.rows.append(
                (
                    f"actors {split}, {label}: P / R",
                    f"{f['precision']:.3f} / {f['recall']:.3f} ({f['names']})",
                )
            )
        for split in SPLITS:
            f = results[name][split]
            sec.rows.append(
                (f"actors {split}, {label}: kind accuracy", f"{f['kind_accuracy']:.3f} ({f['kinds']})")
            )
    sec.notes.append("python -m benchmarks.quality_claims --errors lists the dev split's errors")
    return sec
