"""Every real feed of the corpus goes through parse_feed and analyse, and what comes out holds together."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing import config, ingest
from briefing import summary as summary_step
from briefing.actors import KINDS
from briefing.analyse import analyse, analyse_json, theatre_names
from briefing.claims import STATUSES
from briefing.config import Source
from briefing.models import Item
from briefing.stories import sort_stories

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.model
FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
BIG = "reuters-france24_2026-01-08_fulltext_venezuela.xml"


def read(path: Path) -> list[Item]:
    items, status, reason, _ = ingest.parse_feed(path.read_bytes(), Source(name=path.stem, path=path))
    assert status in ("ok", "warning"), reason
    return items


def made_of_sentences(summary: str, texts: list[str]) -> bool:
    """True when the summary is a run of passages each found word for word in one of the texts (a space a feed
    left before a comma or full stop aside: summary.tidy closes it up)."""
    texts = [summary_step.tidy(t) for t in texts]
    rest = summary
    while rest:
        ends = [m.start() for m in re.finditer(r"\s", rest)] + [len(rest)]
        cut = max((e for e in ends if any(rest[:e] in t for t in texts)), default=0)
        if not cut:
            return False
        rest = rest[cut:].lstrip()
        if rest.startswith(summary_step.PASSAGE_BREAK.strip()):  # after a standfirst with no full stop
            rest = rest[1:].lstrip()
    return True


FILES = sorted(FEEDS.glob("*.xml"))


def test_the_whole_corpus_is_here() -> None:
    assert len(FILES) >= 20


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=p.name, marks=[pytest.mark.slow] if p.name == BIG else []) for p in FILES]
)
def test_feed_analyses_without_error(path: Path, settings: config.Settings) -> None:
    items = read(path)
    out, stories = analyse(items, settings)
    names = theatre_names(settings)

    assert [it.id for it in out] == [it.id for it in items]
    for it in out:
        assert it.theatres and set(it.theatres) <= set(names)
        assert len(set(it.theatres)) == len(it.theatres)
        assert all(a.kind in KINDS and a.name and a.mentions >= 1 for a in it.actors)
        assert all(c.status in STATUSES and c.cues and c.text for c in it.claims)
        assert all(c.item_id == it.id for c in it.claims)

    # every item is in exactly one story
    placed = [i for st in stories for i in st.item_ids]
    assert sorted(placed) == sorted(it.id for it in items)

    by_id = {it.id: it for it in out}
    for st in stories:
        assert st.theatre == st.theatres[0]
        assert 1 <= st.sources <= len(st.item_ids)
        publishers = {by_id[i].publisher or by_id[i].source for i in st.item_ids}
        assert set(st.publishers) == publishers
        assert st.sources <= len(publishers)  # fewer when outlets ran an agency's copy (test_analyse_stories)
        assert 1 <= st.credibility <= 6
        assert st.headline in {by_id[i].title for i in st.item_ids}
        assert all(a.kind != "outlet" for a in st.actors)
        dates = [by_id[i].published for i in st.item_ids if by_id[i].published]
        assert st.published == (max(dates) if dates else None)
        assert made_of_sentences(st.summary, [by_id[i].summary for i in st.item_ids])

    # in the brief's order (tests/test_story_order.py checks that order on stories made by hand)
    assert stories == sort_stories(stories, names, by_id)


def test_json_of_a_feed_is_serialisable(settings: config.Settings) -> None:
    items = read(FEEDS / "bbc_2025-06-23_world_raw.xml")
    data = analyse_json(items, settings)
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    assert len(data["items"]) == len(items)


def test_no_feed_puts_everything_in_one_theatre_by_accident(settings: config.Settings) -> None:
    # a mixed world-news feed spreads over the theatres; a regional one leans to its region
    world, _ = analyse(read(FEEDS / "bbc_2025-06-23_world_raw.xml"), settings)
    assert len({it.theatres[0] for it in world}) == 3
    donbas, _ = analyse(read(FEEDS / "novynydonbasu_2026-01-04_articles_ru.xml"), settings)
    share = sum(it.theatres[0] == "Europe" for it in donbas) / len(donbas)
    assert share > 0.6
