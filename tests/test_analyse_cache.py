"""The analysis cache: an item whose text has not changed is never read by spaCy again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing import analyse as analysis
from briefing import config, ingest
from briefing.actors import NLP_STATS
from briefing.config import Source
from briefing.models import Item
from briefing.store import Store
from briefing.text import content_hash

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.model
FEED = Path(__file__).resolve().parent / "data" / "feeds" / "bbc_2025-06-23_world_raw.xml"


@pytest.fixture
def items() -> list[Item]:
    found, *_ = ingest.parse_feed(FEED.read_bytes(), Source(name="BBC", path=FEED))
    return found[:12]


def snapshot(out: list[Item]) -> list[tuple[object, ...]]:
    return [(it.id, it.theatres, it.actors, it.claims) for it in out]


def test_second_run_reads_everything_from_the_cache(
    tmp_path: Path, settings: config.Settings, items: list[Item]
) -> None:
    store = Store(f"sqlite:///{tmp_path}/b.db")
    try:
        before = NLP_STATS["docs"]
        first, first_stories = analysis.analyse(items, settings, store)
        read = NLP_STATS["docs"] - before
        assert read == len({it.content_hash for it in items if it.language == "en"}) > 0

        before = NLP_STATS["docs"]
        second, second_stories = analysis.analyse(items, settings, store)
        assert NLP_STATS["docs"] == before  # spaCy was not called again
        assert snapshot(second) == snapshot(first)
        assert second_stories == first_stories
    finally:
        store.close()


def test_only_a_changed_item_is_analysed_again(
    tmp_path: Path, settings: config.Settings, items: list[Item]
) -> None:
    store = Store(f"sqlite:///{tmp_path}/b.db")
    try:
        analysis.analyse(items, settings, store)
        summary = items[0].summary + " Officials said the talks would resume on Monday."
        changed = replace(items[0], summary=summary, content_hash=content_hash(items[0].title, summary))
        before = NLP_STATS["docs"]
        out, _ = analysis.analyse([changed, *items[1:]], settings, store)
        assert NLP_STATS["docs"] - before == 1
        assert any("Officials said the talks" in c.text for c in out[0].claims)
    finally:
        store.close()


def test_without_a_store_there_is_no_cache(settings: config.Settings, items: list[Item]) -> None:
    analysis.analyse(items, settings)
    before = NLP_STATS["docs"]
    analysis.analyse(items, settings)
    assert NLP_STATS["docs"] > before


def test_a_new_analysis_version_ignores_old_results(
    tmp_path: Path, settings: config.Settings, items: list[Item], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(f"sqlite:///{tmp_path}/b.db")
    try:
        analysis.analyse(items, settings, store)
        old = analysis.cache_version(settings, analysis.resources(settings))
        monkeypatch.setattr(analysis, "ANALYSIS_VERSION", analysis.ANALYSIS_VERSION + "-next")
        assert analysis.cache_version(settings, analysis.resources(settings)) != old
        assert len(analysis.cache_version(settings, analysis.resources(settings))) <= 32  # the column's width
        before = NLP_STATS["docs"]
        analysis.analyse(items, settings, store)
        assert NLP_STATS["docs"] > before
    finally:
        store.close()


def test_the_model_is_loaded_once(settings: config.Settings, items: list[Item]) -> None:
    analysis.analyse(items[:2], settings)
    loads = NLP_STATS["loads"]
    analysis.analyse(items[2:4], settings)
    assert NLP_STATS["loads"] == loads >= 1


def test_a_change_to_the_analysis_code_is_a_new_version(
    tmp_path: Path, settings: config.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade that changes a rule re-analyses cached items even when nobody bumped ANALYSIS_VERSION."""
    rules = tmp_path / "claims.py"
    rules.write_text("CUES = ['said']\n", encoding="utf-8")
    before = analysis.code_digest((rules,))
    rules.write_text("CUES = ['said', 'told']\n", encoding="utf-8")
    assert analysis.code_digest.__wrapped__((rules,)) != before
    assert all(path.is_file() for path in analysis.CODE_FILES)  # the installed package ships every one
    res = analysis.resources(settings)
    old = analysis.cache_version(settings, res)
    monkeypatch.setattr(analysis, "code_digest", lambda: "the next release")
    assert analysis.cache_version(settings, res) != old


def test_every_claims_module_is_part_of_the_code_version() -> None:
    """A rule changed in any module of the claims package (status, speakers, headlines, the pronoun pass) re-analyses
    cached items, and the version does not depend on the order the file system lists them in."""
    modules = set((analysis.PACKAGE / "claims").glob("*.py"))
    assert len(modules) > 1
    assert [path for path in analysis.CODE_FILES if path in modules] == sorted(modules)


def test_every_actors_module_is_part_of_the_code_version() -> None:
    """A rule changed in any module of the actors package (words, repairs, finders, the run's pass) re-analyses
    cached items."""
    modules = set((analysis.PACKAGE / "actors").glob("*.py"))
    assert len(modules) > 1
    assert modules <= set(analysis.CODE_FILES)
