"""Sources at scale: with 2,000 feeds the appendix lists the failed and degraded ones and those that gave a
story, and sums up the rest in one line, so a two-story brief stays a few pages long."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from briefing import config, render
from briefing.models import SourceStatus
from tests.test_render import sample_brief


@pytest.fixture
def settings(demo_settings: config.Settings) -> config.Settings:
    return replace(
        demo_settings,
        brief=replace(demo_settings.brief, templates_dir="", archive_url="https://brief.example.org/archive"),
    )


def many_sources(n: int = 2000, failed: int = 7, degraded: int = 3) -> tuple[SourceStatus, ...]:
    out = []
    for i in range(n):
        st, reason = "ok", ""
        if i < failed:
            st, reason = "error", f"HTTP 50{i % 10} Server Error"
        elif i < failed + degraded:
            st, reason = "warning", "feed has errors but 4 items were read"
        out.append(
            SourceStatus(
                f"Feed {i:04d}", f"https://f{i}.example.org/rss", "feed", st, reason, items_seen=5, grade="F"
            )
        )
    return tuple(out)


def test_two_thousand_sources_make_a_short_appendix(settings: config.Settings) -> None:
    small = sample_brief()
    used = {s.name for s in small.sources if s.items_used}
    brief = replace(small, sources=small.sources + many_sources())
    text = render.render_text(brief, settings)
    html = render.render_html(brief, settings)
    for name in [f"Feed {i:04d}" for i in range(10)] + sorted(used):
        assert name in text and name in html, name
    assert "Feed 0010" not in text and "Feed 1999" not in html
    assert "1,990 other sources read without problems: 9,950 items read, 0 used." in text
    assert "https://brief.example.org/archive/sources.html" in html
    assert len(text.encode()) < 20_000  # was 139 KB for 2,000 feeds
    pdf = PdfReader(io.BytesIO(render.render_pdf(brief, settings)))
    small_pages = len(PdfReader(io.BytesIO(render.render_pdf(small, settings))).pages)
    assert len(pdf.pages) <= small_pages + 1  # was 65 pages


def test_a_short_list_is_shown_whole(settings: config.Settings) -> None:
    brief = sample_brief()
    text = render.render_text(brief, settings)
    for s in brief.sources:
        assert f"- {s.name} [grade {s.grade}]" in text
    assert "other sources read without problems" not in text


def test_thousands_of_failures_are_capped_and_counted(settings: config.Settings) -> None:
    brief = replace(sample_brief(), sources=many_sources(3000, failed=2500))
    ctx = render.appendix(brief.sources)
    assert len(ctx["rows"]) == render.APPENDIX_MAX_ROWS
    text = render.render_text(brief, settings)
    assert f"{2500 + 3 - render.APPENDIX_MAX_ROWS} more failed or degraded and 497 other sources" in text


def test_a_shortened_email_counts_the_whole_brief(settings: config.Settings) -> None:
    import re

    brief = sample_brief(stories_per_theatre=30)
    html = render.render_email_html(brief, settings, max_bytes=40_000)
    shown = html.count("<article")
    header = re.search(r'class="meta"[^>]*>([^<]*)', html)
    assert header is not None
    total = len(brief.stories)
    assert header.group(1).startswith(
        f"{total} stories ({shown} in this email), {brief.flagged_claims} flagged"
    )
    assert f"{total - shown} more stories" in html  # the note says the same
