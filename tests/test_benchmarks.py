"""The benchmark harness: the generator writes valid, realistic feeds; the runner works end to end at a tiny size."""

from __future__ import annotations

import itertools
import json
import random
import re
import statistics
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest

from benchmarks.generate import generate
from benchmarks.run import REQUIRED_STAGES
from briefing import ingest
from briefing.config import Source

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
pytestmark = [pytest.mark.slow, pytest.mark.model]


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return generate(tmp_path_factory.mktemp("feeds"), 437, seed=3, now=NOW)


@pytest.fixture(scope="module")
def entries(corpus) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """link -> (source name, title), from feedparser."""
    out = {}
    for spec in corpus.sources:
        for e in feedparser.parse((corpus.folder / spec.file).read_bytes()).entries:
            out[e.link] = (spec.name, e.title)
    return out


def test_feeds_parse_with_feedparser_into_the_requested_counts(corpus) -> None:  # type: ignore[no-untyped-def]
    assert sum(s.items for s in corpus.sources) == 437
    assert {s.kind for s in corpus.sources} == {"headline", "standfirst", "fulltext"}
    assert {s.format for s in corpus.sources} == {"rss", "atom"}
    for spec in corpus.sources:
        parsed = feedparser.parse((corpus.folder / spec.file).read_bytes())
        assert not parsed.bozo, (spec.file, parsed.get("bozo_exception"))
        assert parsed.version == ("atom10" if spec.format == "atom" else "rss20")
        assert len(parsed.entries) == spec.items
    manifest = json.loads((corpus.folder / "manifest.json").read_text(encoding="utf-8"))
    assert sum(len(links) for links in manifest["events"].values()) == 437


def test_briefing_ingest_reads_every_item_as_new_english_news_of_the_last_day(corpus) -> None:  # type: ignore[no-untyped-def]
    hashes, ids = set(), set()
    for spec in corpus.sources:
        body = (corpus.folder / spec.file).read_bytes()
        items, status, reason, canonical = ingest.parse_feed(
            body, Source(name=spec.name, url="http://127.0.0.1/x.xml"), now=NOW
        )
        assert (status, reason) == ("ok", "")
        assert len(items) == spec.items
        for it in items:
            assert it.language == "en"
            assert it.published is not None and NOW - timedelta(hours=24) < it.published < NOW
            assert it.summary and it.title
            assert "utm_" not in canonical[it.id]
            hashes.add(it.content_hash)
            ids.add(it.id)
        words_per_item = statistics.mean(len(it.summary.split()) for it in items)
        assert {"headline": (12, 45), "standfirst": (45, 110), "fulltext": (230, 800)}[spec.kind][
            0
        ] <= words_per_item
        assert words_per_item <= {"headline": 45, "standfirst": 110, "fulltext": 800}[spec.kind]
    assert len(hashes) == len(ids) == 437  # nothing is a duplicate the store would drop


def test_retellings_share_most_words_and_unrelated_items_do_not(corpus, entries) -> None:  # type: ignore[no-untyped-def]
    manifest = json.loads((corpus.folder / "manifest.json").read_text(encoding="utf-8"))
    groups = [links for links in manifest["events"].values() if len(links) > 1]
    assert len(groups) > 40
    same = []
    for links in groups:
        assert len({entries[link][0] for link in links}) == len(
            links
        )  # each retelling from a different source
        same += [
            jaccard(words(entries[a][1]), words(entries[b][1])) for a, b in itertools.combinations(links, 2)
        ]
    event_of = {link: ev for ev, links in manifest["events"].items() for link in links}
    rng = random.Random(0)
    pairs = (rng.sample(list(entries), 2) for _ in range(2000))
    other = [
        jaccard(words(entries[a][1]), words(entries[b][1])) for a, b in pairs if event_of[a] != event_of[b]
    ]
    assert statistics.mean(same) > 0.55
    assert statistics.quantiles(same, n=10)[0] > 0.35  # nine in ten retellings above the default similarity
    assert statistics.mean(other) < 0.1
    assert statistics.quantiles(other, n=100)[94] < 0.3


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", 60, seed=9, now=NOW)
    b = generate(tmp_path / "b", 60, seed=9, now=NOW)
    for spec in a.sources:
        assert (a.folder / spec.file).read_bytes() == (b.folder / spec.file).read_bytes()
    c = generate(tmp_path / "c", 60, seed=10, now=NOW)
    assert (c.folder / "feed-000.xml").read_bytes() != (a.folder / "feed-000.xml").read_bytes()


def run_benchmark(tmp_path: Path, *options: str) -> tuple[Path, Path]:
    """`python -m benchmarks.run --items 50 OPTIONS` into tmp_path; its work folder and report."""
    work, report = tmp_path / "work", tmp_path / "results.md"
    cmd = [sys.executable, "-m", "benchmarks.run", "--items", "50", *options]
    cmd += ["--work", str(work), "--results", str(report)]
    cmd += ["--idle-wait", "0"]  # a test records the load; it does not wait for an idle machine
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return work, report


def test_runner_measures_every_stage_at_a_tiny_size(tmp_path: Path) -> None:
    work, report = run_benchmark(tmp_path, "--quick")
    data = json.loads((work / "results.json").read_text(encoding="utf-8"))
    size = data["sizes"][0]
    stages = size["stages"]
    assert stages["items_fetched"] == stages["items_new"] == stages["items_in_window"] == 50
    for name in REQUIRED_STAGES:
        row = stages["stages"][name]
        assert row["seconds"] > 0 and row["items_per_s"] > 0, name
        assert row["maxrss_mib"] > 0
    assert stages["peak_rss_mib"] > 0 and size["e2e"]["peak_rss_mib"] > 0
    floors = size["floors"]
    assert floors["feedparser_entries"] == 50 and floors["feedparser_s"] > 0
    assert (
        floors["texts"] == 50
        and floors["tokens"] > 50 * 20
        and floors["spacy_s"] > floors["spacy_load_s"] > 0
    )
    e2e = size["e2e"]
    assert e2e["summary"]["items_new"] == 50 and e2e["run_s"] > 0
    assert e2e["rerun_unchanged"] is True and e2e["rerun_new"] == 0
    ratios = data["summary"]["ratios"]["50"]
    assert ratios["ingest_over_feedparser"] > 0 and ratios["analyse_over_spacy"] > 0
    md = report.read_text(encoding="utf-8")
    for name in REQUIRED_STAGES:
        assert re.search(rf"^\| {re.escape(name)} \| \d", md, re.M), name
    assert "2 cores" in md or f"{data['machine']['cpus']} cores" in md
    assert "## Targets" in md
    engines = {r["label"]: r for r in size["engines"]}
    assert {"local, one process", "processes, 2 workers", "dask LocalCluster, 2 workers"} <= set(engines)
    for r in engines.values():
        assert r["items"] == 50 and r["run_s"] > 0 and r["same_results"], r["label"]
        assert r["busy"] == (r["loadavg"] >= 0.5)
    assert engines["processes, 2 workers"]["engine"] == "processes"
    assert engines["dask LocalCluster, 2 workers"]["engine"] == "dask"
    assert "## Engines" in md and "| processes, 2 workers | 2 |" in md


def test_pairs_time_the_analysis_and_its_spacy_floor_in_alternating_order(tmp_path: Path) -> None:
    work, report = run_benchmark(tmp_path, "--pairs", "2", "--pairs-only")
    pairs = json.loads((work / "results.json").read_text(encoding="utf-8"))["sizes"][0]["pairs"]
    runs = pairs["runs"]
    assert [r["order"] for r in runs] == ["analysis ner", "ner analysis"]
    for r in runs:
        assert r["analysis"]["items"] == 50 and r["analysis"]["seconds"] > 0 and r["ner"]["seconds"] > 0
        assert r["ratio"] == pytest.approx(r["analysis"]["seconds"] / r["ner"]["seconds"])
        assert r["ner"]["n_process"] == r["analysis"]["workers"]
    assert pairs["median_ratio"] == pytest.approx(statistics.median(r["ratio"] for r in runs))
    # the floor reads exactly the texts the analysis gives spaCy
    from benchmarks.run import parsed_items
    from briefing import analyse, config

    seen: list[str] = []

    def finder(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        seen.extend(texts)
        return [[] for _ in texts]

    settings = config.load(work / "n50" / "pairs.toml", environ={})
    analyse.analyse_items(parsed_items(work / "n50" / "feeds"), analyse.resources(settings), finder)
    floor_texts = json.loads((work / "n50" / "pair-texts.json").read_text(encoding="utf-8"))
    assert floor_texts == seen and len(seen) >= 50
    md = report.read_text(encoding="utf-8")
    assert "## The analysis against bare spaCy, interleaved pairs" in md
    assert re.search(r"^\| 2 \| ner analysis \| [\d.]+ s \|", md, re.M)
    assert "median of 2 interleaved pairs (50 items)" in md
