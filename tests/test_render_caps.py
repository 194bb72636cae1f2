"""A story told by many reports lists a dozen of them and its first claims; the rest are counted, not dropped."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

from briefing import render
from briefing.models import Brief, Claim, Story, TheatreSection
from tests.conftest import make_item

PUBLISHERS = ("Reuters", "AP", "TASS")


def _big_brief(reports: int, claims: int) -> Brief:
    items = [
        replace(
            make_item(f"Report {n} on the summit", f"Text {n}."),
            url=f"https://example.org/{n}",
            publisher=PUBLISHERS[0] if n < reports - 2 else PUBLISHERS[n - reports + 3],
        )
        for n in range(reports)
    ]
    story = Story(
        id="big",
        theatre="Europe",
        theatres=("Europe",),
        headline="Leaders meet at the summit",
        summary="Leaders met.",
        item_ids=tuple(it.id for it in items),
        sources=3,
        credibility=2,
        claims=tuple(
            Claim(f"Claim number {n} was made.", "reported", item_id=items[0].id) for n in range(claims)
        ),
        publishers=PUBLISHERS,
    )
    when = datetime(2026, 1, 5, tzinfo=UTC)
    section = TheatreSection(name="Europe", bluf="", stories=(story,))
    return Brief(date(2026, 1, 5), "Brief", when, when, when, (section,), tuple(items), ())


def test_a_story_of_many_reports_lists_a_dozen_with_every_publisher_and_counts_the_rest() -> None:
    brief = _big_brief(40, 25)
    html = render.render_html(brief)
    text = render.render_text(brief)
    shown = [n for n in range(40) if f"Report {n} on the summit" in html]
    assert len(shown) == render.MAX_SOURCE_LINKS
    assert 38 in shown and 39 in shown  # the two other publishers' only reports are among them
    assert "and 28 more reports." in html and "(and 28 more reports)" in text
    assert html.count("Claim number") == render.MAX_CLAIMS_SHOWN
    assert "and 15 more flagged claims" in html and "15 more flagged claims" in text
    data = json.loads(render.render_json(brief))
    assert len(data["stories"][0]["item_ids"]) == 40 and len(data["stories"][0]["claims"]) == 25


def test_a_small_story_lists_every_report_and_claim() -> None:
    brief = _big_brief(5, 3)
    html = render.render_html(brief)
    assert all(f"Report {n} on the summit" in html for n in range(5)) and "more report" not in html
    assert html.count("Claim number") == 3 and "more flagged claim" not in html
