"""The demo seed article through the whole analysis: theatres, actors, claim flags, outlets, summary, JSON."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from briefing import config, ingest
from briefing.analyse import analyse, analyse_json, theatre_names
from briefing.models import Item
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.model
SEED = Path(__file__).resolve().parent / "data" / "seeds" / "000_2acbd5839c8338c4.txt"
OUTLETS = ("The War Zone", "Fox News Digital", "The New York Times")
pytestmark = pytest.mark.model  # the real spaCy model, through the whole analysis


# every test runs twice: with the project's watch list, and with config/actors.toml empty (the analysis must
# stand without it; only canonical names and aliases come from the list)
@pytest.fixture(scope="module", params=["actors.toml", "no actors.toml"])
def settings(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> config.Settings:
    actors = None if request.param == "actors.toml" else ""
    return make_settings(tmp_path_factory.mktemp("seedcfg"), actors=actors)


@pytest.fixture(scope="module")
def seed() -> Item:
    return ingest.read_seed(SEED, SEED.parent, 1_000_000)


@pytest.fixture(scope="module")
def data(seed: Item, settings: config.Settings) -> dict[str, Any]:
    return analyse_json([seed], settings)


@pytest.fixture(scope="module")
def item(data: dict[str, Any]) -> dict[str, Any]:
    assert len(data["items"]) == 1
    return data["items"][0]


def actor(item: dict[str, Any], name: str) -> dict[str, Any]:
    found = [a for a in item["actors"] if a["name"] == name]
    assert found, f"{name} not among {[a['name'] for a in item['actors']]}"
    return found[0]


def claim_containing(item: dict[str, Any], words: str) -> dict[str, Any]:
    found = [c for c in item["claims"] if words in c["text"]]
    assert len(found) == 1, f"{words!r} in {len(found)} claims"
    return found[0]


def test_seed_lies_in_europe_and_the_caribbean_with_one_primary(
    item: dict[str, Any], data: dict[str, Any]
) -> None:
    assert sorted(item["theatres"]) == ["Caribbean", "Europe"]
    story = data["stories"][0]
    assert story["theatre"] == story["theatres"][0] in ("Caribbean", "Europe")
    assert sorted(story["theatres"]) == ["Caribbean", "Europe"]


def test_seed_names_the_key_actors_under_canonical_names(item: dict[str, Any]) -> None:
    kinds = {
        "Donald Trump": "person",
        "Nicolás Maduro": "person",
        "Oleg Makarevich": "person",
        "Kyrylo Budanov": "person",
        "Seth Krummrich": "person",
        "Cartel de los Soles": "organisation",
        "CIA": "organisation",
        "USS Gerald R. Ford": "vessel",
    }
    for name, kind in kinds.items():
        assert actor(item, name)["kind"] == kind


def test_aliases_and_surnames_join_the_canonical_actor(item: dict[str, Any]) -> None:
    names = [a["name"] for a in item["actors"]]
    assert "Maduro" not in names and "Budanov" not in names
    text = SEED.read_text(encoding="utf-8")
    # "Maduro's regime", "Maduro militarily", "Nicolás Maduro": every mention counts for the one actor
    assert actor(item, "Nicolás Maduro")["mentions"] == len(re.findall(r"\bMaduro\b", text))
    assert actor(item, "Kyrylo Budanov")["mentions"] == len(re.findall(r"\bBudanov\b", text))


def test_titles_are_moved_into_the_role(item: dict[str, Any]) -> None:
    budanov = actor(item, "Kyrylo Budanov")
    assert "Lt. Gen." in budanov["role"]
    assert actor(item, "Oleg Makarevich")["role"] == "Colonel General"
    assert "retired U.S. Army colonel" in actor(item, "Seth Krummrich")["role"]
    assert not any(a["name"].startswith(("Lt.", "Colonel", "President")) for a in item["actors"])


def test_places_are_states_or_places(item: dict[str, Any]) -> None:
    for name in ("Venezuela", "Russia", "Ukraine"):
        assert actor(item, name)["kind"] == "state"
    assert actor(item, "Moscow")["kind"] == "place"


def test_makarevich_claim_is_unverified_and_comes_from_budanov(item: dict[str, Any]) -> None:
    claim = claim_containing(item, "Makarevich")
    assert claim["text"].endswith("Ukrainian intelligence chief Lt. Gen. Kyrylo Budanov told The War Zone.")
    assert claim["status"] == "unverified"
    assert claim["attributed_to"] == "Kyrylo Budanov"
    assert "has not independently verified" in claim["cues"]
    # the non-verification itself is not a claim: it marks the one it refers to
    assert not [c for c in item["claims"] if c["text"].startswith("Fox News Digital has not")]


def test_reportedly_with_a_named_outlet_is_reported_and_attributed(item: dict[str, Any]) -> None:
    claim = claim_containing(item, "reportedly approved CIA covert measures")
    assert claim["status"] in ("reported", "attributed")
    assert claim["attributed_to"] == "The New York Times"
    assert "reportedly" in claim["cues"]


def test_forecast_is_speculative(item: dict[str, Any]) -> None:
    claim = claim_containing(item, "Many believe the U.S. could soon launch")
    assert claim["status"] == "speculative"
    assert {"many believe", "could soon"} <= set(claim["cues"])


def test_named_speaker_makes_an_attributed_claim(item: dict[str, Any]) -> None:
    claim = claim_containing(item, "Seth Krummrich, a retired")
    assert claim["status"] == "attributed"
    assert claim["attributed_to"] == "Seth Krummrich"


def test_cited_media_are_outlets_not_actors(
    seed: Item, settings: config.Settings, item: dict[str, Any]
) -> None:
    for name in OUTLETS:
        assert actor(item, name)["kind"] == "outlet"
    _, stories = analyse([seed], settings)
    ranked = [a.name for a in stories[0].actors]
    assert "Nicolás Maduro" in ranked
    assert not set(OUTLETS) & set(ranked)
    assert all(a.kind != "outlet" for a in stories[0].actors)


def test_story_actors_are_ranked_by_mentions(seed: Item, settings: config.Settings) -> None:
    _, stories = analyse([seed], settings)
    mentions = [a.mentions for a in stories[0].actors]
    assert mentions == sorted(mentions, reverse=True)


def test_summary_is_two_or_three_of_the_articles_own_sentences(seed: Item, data: dict[str, Any]) -> None:
    summary = data["stories"][0]["summary"]
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", summary)
    assert 2 <= len(sentences) <= 3
    for sentence in sentences:
        assert sentence in seed.summary


def test_json_contract(data: dict[str, Any], settings: config.Settings) -> None:
    item_keys = {"id", "source", "title", "url", "published", "language", "theatres", "actors", "claims"}
    story_keys = {"id", "theatre", "theatres", "headline", "summary", "item_ids", "sources", "credibility"}
    assert set(data) >= {"items", "stories"}
    for it in data["items"]:
        assert set(it) >= item_keys
        assert set(it["theatres"]) <= set(theatre_names(settings))
        for a in it["actors"]:
            assert set(a) >= {"name", "kind", "role"}
        for c in it["claims"]:
            assert set(c) >= {"text", "status", "cues", "attributed_to", "corroborated"}
            assert c["status"] in ("unverified", "reported", "attributed", "speculative")
    for st in data["stories"]:
        assert set(st) >= story_keys
        assert 1 <= st["credibility"] <= 6
    assert data["stories"][0]["item_ids"] == [data["items"][0]["id"]]


def test_seed_from_an_unrated_source_cannot_be_judged(data: dict[str, Any]) -> None:
    # the seed folder is no configured source: grade F, and one source alone cannot confirm anything
    assert data["items"][0]["source"] == "seeds"
    assert data["stories"][0]["sources"] == 1
    assert data["stories"][0]["credibility"] == 6
