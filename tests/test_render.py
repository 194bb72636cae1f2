"""Render: golden HTML, text and email for a hand-made Brief; the PDF read back with pypdf; the template context.

The Brief is built by hand (fixed datetimes, two theatres, every claim status, a cross-theatre actor, changes,
a failed source), so the goldens do not move when the analysis improves. Regenerate them on purpose only:
    BRIEFING_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_render.py
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefing import config, render, serialize
from briefing.models import Actor, Brief, Bullet, Claim, Item, SourceStatus, Story, TheatreSection

GOLDEN = Path(__file__).resolve().parent / "golden"
REGEN = os.environ.get("BRIEFING_REGEN_GOLDEN") == "1"
DAY = date(2025, 12, 11)
GENERATED = datetime(2025, 12, 11, 6, 0, 12, tzinfo=UTC)

MADURO = Actor("Nicolás Maduro", "person", role="President of Venezuela", mentions=3)
TRUMP = Actor("Donald Trump", "person", role="US President", mentions=2)
BUDANOV = Actor("Kyrylo Budanov", "person", role="Ukrainian intelligence chief", mentions=2)
MAKAREVICH = Actor("Oleg Makarevich", "person", role="Colonel General")
CARTEL = Actor("Cartel de los Soles", "organisation")
RUSSIA = Actor("Russia", "state", mentions=4)
FORD = Actor("USS Gerald R. Ford", "vessel")


def _item(n: int, source: str, publisher: str, title: str, url: str = "", hours: int = 2) -> Item:
    return Item(
        id=f"i{n}",
        source=source,
        title=title,
        url=url,
        published=GENERATED - timedelta(hours=hours),
        publisher=publisher,
        summary=title,
    )


def sample_brief(stories_per_theatre: int = 0) -> Brief:
    """The hand-made Brief of the goldens; `stories_per_theatre` > 0 pads each theatre with filler stories."""
    items = [
        _item(
            1,
            "WSJ World News",
            "Wall Street Journal",
            "U.S. builds up forces in the Caribbean",
            "https://www.wsj.com/world/americas/caribbean-buildup?mod=rss&x=1",
        ),
        _item(
            2,
            "Fox News World",
            "Fox News",
            "Trump weighs strikes on Venezuela",
            "https://www.foxnews.com/world/venezuela-strikes",
        ),
        _item(3, "seeds", "", "Russia sends a commander to Venezuela", "", hours=5),
        _item(
            4,
            "WSJ World News",
            "Wall Street Journal",
            "U.S. proposals ease Russia's cease-fire terms",
            "https://www.wsj.com/world/europe/ceasefire",
        ),
        _item(
            5,
            "The Kyiv Independent",
            "The Kyiv Independent",
            "Kyiv wary of the U.S. cease-fire plan",
            "https://kyivindependent.com/ceasefire-plan/",
        ),
        _item(
            6,
            "BBC News World",
            "BBC",
            'Odd <b>characters</b> & "quotes" in a headline',
            "https://www.bbc.co.uk/news/world-1?a=1&b=2",
        ),
        _item(
            7,
            "Washington Post Opinions",
            "The Washington Post",
            "Opinion | The Caribbean build-up is a bluff",
            "https://www.washingtonpost.com/opinions/2025/12/11/caribbean-bluff/",
        ),
        _item(
            8,
            "The Guardian",
            "The Guardian",
            "The Guardian view on winter in Kyiv | Editorial",
            "https://www.theguardian.com/commentisfree/2025/dec/11/kyiv-winter",
        ),
        replace(
            _item(
                9,
                "El Pitazo",
                "El Pitazo",
                "EE.UU. despliega buques frente a Venezuela",
                "https://elpitazo.net/1",
            ),
            language="es",
            actors=(Actor("United States", "state"), Actor("Venezuela", "state")),
        ),
    ]
    caribbean = [
        Story(
            id="st-carib-1",
            theatre="Caribbean",
            theatres=("Caribbean",),
            headline="U.S. expands its military presence in the Caribbean as pressure on Maduro grows",
            summary="The largest U.S. deployment in Southern Command's area in a generation, with the USS Gerald R. Ford "
            "heading for the Caribbean Sea, follows strikes on alleged cartel boats off Venezuela.",
            item_ids=("i1", "i2", "i9"),
            sources=2,
            credibility=3,
            actors=(MADURO, TRUMP, CARTEL, FORD),
            claims=(
                Claim(
                    "President Donald Trump has reportedly approved CIA covert measures inside Venezuela.",
                    "reported",
                    cues=("reportedly",),
                    attributed_to="The New York Times",
                    item_id="i1",
                ),
                Claim(
                    "Many believe the U.S. could soon launch direct strikes on Venezuelan territory.",
                    "speculative",
                    cues=("many believe", "could"),
                    item_id="i2",
                ),
            ),
            published=GENERATED - timedelta(hours=2),
            publishers=("Wall Street Journal", "Fox News"),
            is_new=False,
            new_sources=1,
            status="developing",
            new_reports=1,
            score=9.5,
            commentary=("i7",),
        ),
        Story(
            id="st-carib-2",
            theatre="Caribbean",
            theatres=("Caribbean", "Europe"),
            headline="Russian general moved from the Ukrainian front to Venezuela, Kyiv says",
            summary="Colonel General Oleg Makarevich now heads Russia's Equator Task Force, about 120 troops "
            "training Venezuelan forces.",
            item_ids=("i3",),
            sources=1,
            credibility=4,
            actors=(MAKAREVICH, BUDANOV, RUSSIA, MADURO),
            claims=(
                Claim(
                    "Fox News Digital has not independently verified Budanov's claim.",
                    "unverified",
                    cues=("has not independently verified",),
                    attributed_to="Kyrylo Budanov",
                    item_id="i3",
                ),
                Claim(
                    "Makarevich oversees roughly 120 troops training Venezuelan forces, Budanov told The War Zone.",
                    "attributed",
                    cues=("told",),
                    attributed_to="Kyrylo Budanov",
                    item_id="i3",
                ),
            ),
            published=GENERATED - timedelta(hours=5),
            publishers=("seed",),
        ),
    ]
    europe = [
        Story(
            id="st-eur-1",
            theatre="Europe",
            theatres=("Europe", "Caribbean"),
            headline="Washington's cease-fire proposals would ease Russia's terms",
            summary="U.S. proposals aimed at easing Russia's terms for a cease-fire with Ukraine worry Kyiv.",
            item_ids=("i4", "i5"),
            sources=2,
            credibility=2,
            actors=(TRUMP, RUSSIA, BUDANOV),
            claims=(
                Claim(
                    "Russia is unlikely to support Maduro militarily, said Seth Krummrich.",
                    "attributed",
                    cues=("said",),
                    attributed_to="Seth Krummrich",
                    corroborated=True,
                    item_id="i4",
                ),
            ),
            published=GENERATED - timedelta(hours=3),
            publishers=("Wall Street Journal", "The Kyiv Independent"),
            is_new=False,
            status="continuing",
            score=7.0,
        ),
        Story(
            id="st-eur-2",
            theatre="Europe",
            theatres=("Europe",),
            headline='Odd <b>characters</b> & "quotes" in a headline',
            summary="Escaping test: <script>alert(1)</script> & émigré.",
            item_ids=("i6",),
            sources=1,
            credibility=6,
            published=None,
            publishers=("BBC",),
        ),
    ]
    for n in range(stories_per_theatre):
        for theatre, bucket in (("Europe", europe), ("Caribbean", caribbean)):
            iid = f"pad-{theatre[:3]}-{n}"
            items.append(
                _item(1000 + n, "BBC News World", "BBC", f"Filler {n}", f"https://example.org/{iid}")
            )
            items[-1] = replace(items[-1], id=iid)
            bucket.append(
                Story(
                    id=f"s-{iid}",
                    theatre=theatre,
                    theatres=(theatre,),
                    headline=f"{theatre} filler story number {n} about the Russia-Ukraine war and Venezuela",
                    summary=("Long summary text about events, forces and statements. " * 8).strip(),
                    item_ids=(iid,),
                    sources=1,
                    credibility=5,
                    actors=(RUSSIA, MADURO),
                    claims=(Claim(f"Filler claim {n} could happen.", "speculative", cues=("could",)),),
                    published=GENERATED - timedelta(hours=6),
                    publishers=("BBC",),
                )
            )
    editorial = Story(
        id="st-eur-op",
        theatre="Europe",
        theatres=("Europe",),
        headline="The Guardian view on winter in Kyiv | Editorial",
        summary="",
        item_ids=("i8",),
        sources=1,
        credibility=3,
        publishers=("The Guardian",),
    )
    sections = (
        TheatreSection(
            "Europe",
            "U.S. proposals aimed at easing Russia's terms for a cease-fire with Ukraine worry Kyiv. "
            "(Wall Street Journal, The Kyiv Independent; probably true) 2 stories from 3 publishers; 1 flagged claim.",
            tuple(europe),
            (TRUMP, RUSSIA, BUDANOV),
            bullets=(
                Bullet(
                    "st-eur-1",
                    "U.S. proposals aimed at easing Russia's terms for a cease-fire with Ukraine worry Kyiv.",
                    ("Wall Street Journal", "The Kyiv Independent"),
                    2,
                ),
            ),
            counts="2 stories from 3 publishers; 1 flagged claim; 1 commentary piece.",
            commentary=(editorial,),
        ),
        TheatreSection(
            "Caribbean",
            "The U.S. military build-up near Venezuela is the largest in a generation. (Wall Street Journal, Fox News; "
            "possibly true) Colonel General Oleg Makarevich now heads Russia's Equator Task Force. (seed; doubtful; "
            "unverified: ...) 2 stories from 3 publishers; 4 flagged claims.",
            tuple(caribbean),
            (MADURO, TRUMP, MAKAREVICH, BUDANOV),
            bullets=(
                Bullet(
                    "st-carib-1",
                    "The U.S. military build-up near Venezuela is the largest in a generation.",
                    ("Wall Street Journal", "Fox News"),
                    3,
                ),
                Bullet(
                    "st-carib-2",
                    "Colonel General Oleg Makarevich now heads Russia's Equator Task Force.",
                    ("seed",),
                    4,
                    unverified="Fox News Digital has not independently verified Budanov's claim.",
                ),
            ),
            counts="2 stories from 3 publishers; 4 flagged claims.",
        ),
    )
    sources = (
        SourceStatus(
            "WSJ World News",
            "https://feeds.example.org/wsj.xml",
            "feed",
            "ok",
            items_seen=73,
            items_used=2,
            grade="B",
        ),
        SourceStatus(
            "Fox News World",
            "https://feeds.example.org/fox.xml",
            "feed",
            "warning",
            "feed is not well-formed XML; 12 entries kept",
            12,
            12,
            1,
            "C",
        ),
        SourceStatus(
            "The Kyiv Independent",
            "https://feeds.example.org/kyiv.xml",
            "feed",
            "not-modified",
            items_seen=20,
            items_used=1,
            grade="C",
        ),
        SourceStatus(
            "BBC News World",
            "https://feeds.example.org/bbc.xml",
            "feed",
            "ok",
            items_seen=28,
            items_used=1,
            grade="B",
        ),
        SourceStatus(
            "Broken Wire",
            "https://feeds.example.org/broken.xml",
            "feed",
            "error",
            "HTTP 500 Internal Server Error",
            grade="D",
        ),
        SourceStatus("seeds", "seeds", "seed", "ok", items_seen=1, items_used=1, grade="F"),
    )
    return Brief(
        date=DAY,
        title="Daily Intelligence Brief",
        window_start=datetime(2025, 12, 11, 0, 0, tzinfo=UTC),
        window_end=datetime(2025, 12, 12, 0, 0, tzinfo=UTC),
        generated_at=GENERATED,
        sections=sections,
        items=tuple(items),
        sources=sources,
        cross_theatre=((BUDANOV, ("Europe", "Caribbean")), (TRUMP, ("Europe", "Caribbean"))),
        changes=(
            "New in Caribbean (seed): Russian general moved from the Ukrainian front to Venezuela, Kyiv says",
            "Developing (1 new report, new sources Fox News): U.S. expands its military presence in the Caribbean "
            "as pressure on Maduro grows",
            "Continuing: 1 story carried over with no new reports.",
        ),
        language="en",
    )


def big_brief(stories: int = 100) -> Brief:
    """A brief with about `stories` stories, for timing and for the email size limit."""
    return sample_brief(stories_per_theatre=(stories - 4) // 2)


@pytest.fixture
def settings(demo_settings: config.Settings) -> config.Settings:
    """The demo settings without the demo's user template folder, so the built-in templates are what is tested."""
    return replace(demo_settings, brief=replace(demo_settings.brief, templates_dir="", archive_url=""))


def _blank(text: str) -> str:
    return text.replace(render.GENERATOR, "briefing VERSION")


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    text = _blank(text)
    if REGEN or not path.exists():
        if not REGEN:
            pytest.fail(f"golden file {name} is missing; create it on purpose with BRIEFING_REGEN_GOLDEN=1")
        path.write_text(text, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{name} differs from its golden copy; if the change is intended, regenerate with BRIEFING_REGEN_GOLDEN=1"
    )


# --- golden files --------------------------------------------------------------------------------------------


def test_html_matches_golden(settings: config.Settings) -> None:
    check_golden("brief.html", render.render_html(sample_brief(), settings))


def test_text_matches_golden(settings: config.Settings) -> None:
    check_golden("brief.txt", render.render_text(sample_brief(), settings))


def test_email_matches_golden(settings: config.Settings) -> None:
    check_golden("email.html", render.render_email_html(sample_brief(), settings))


# --- structure, in every format ------------------------------------------------------------------------------

STRUCTURE = [
    "Daily Intelligence Brief",
    "Bottom line up front",
    "Europe",
    "Caribbean",
    "What changed since the last brief",
    "Actors across theatres",
    "Flags and credibility",
    "Sources",
    "Nicolás Maduro",
    "President of Venezuela",
    "The New York Times",
    "has not independently verified",
    "HTTP 500 Internal Server Error",
    "Credibility 3",
]


@pytest.mark.parametrize("fmt", ["html", "text", "email"])
def test_every_format_carries_the_structure(settings: config.Settings, fmt: str) -> None:
    brief = sample_brief()
    out = {
        "html": lambda: render.render_html(brief, settings),
        "text": lambda: render.render_text(brief, settings),
        "email": lambda: render.render_email_html(brief, settings),
    }[fmt]()
    out = html.unescape(out) if fmt != "text" else out
    low = out.lower()
    for needle in STRUCTURE:
        assert needle.lower() in low, f"{fmt} lacks {needle!r}"
    for status in render.STATUS_LABELS.values():
        assert status.lower() in low
    # BLUF first, then theatres in brief order, then the appendix
    assert (
        low.index("bottom line up front")
        < low.index("washington's cease-fire proposals would ease")
        < low.rindex("russian general moved")
    )
    assert (
        low.index("russian general moved") < low.rindex("flags and credibility") < low.rindex("broken wire")
    )
    for url in ("https://www.wsj.com/world/europe/ceasefire", "https://kyivindependent.com/ceasefire-plan/"):
        assert url in out


def test_html_escapes_text_and_is_semantic(settings: config.Settings) -> None:
    page = render.render_html(sample_brief(), settings)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Odd &lt;b&gt;characters&lt;/b&gt; &amp; &#34;quotes&#34;" in page
    assert 'href="https://www.bbc.co.uk/news/world-1?a=1&amp;b=2"' in page
    assert page.count("<h1>") == 1
    assert '<html lang="en">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert re.search(r"<main[ >]", page) and "<header" in page and "<footer>" in page
    assert "<link" not in page and "<script" not in page


def test_foreign_language_stories_are_marked(settings: config.Settings) -> None:
    brief = sample_brief()
    items = tuple(replace(it, language="es") if it.id == "i3" else it for it in brief.items)
    page = render.render_html(replace(brief, items=items), settings)
    assert '<h3 id="s-st-carib-2" lang="es">' in page
    # the headline and the summary, and the Spanish source of the other story; not the English labels around them
    assert page.count('lang="es"') == 3
    assert (
        "[ES: United States, Venezuela]" in page
    )  # its language and the English names of its actors and places


def test_a_headlines_dash_credit_shows_the_credit_as_its_cue(settings: config.Settings) -> None:
    brief = sample_brief()
    section = brief.sections[1]
    first = section.stories[0]
    credited = Claim(
        "US will release the tankers within a week \u2014 Vice President", "attributed", ("\u2014",), "Delcy"
    )
    unnamed = Claim("Strikes to resume on Monday \u2014", "reported", ("\u2014",))
    story = replace(first, claims=(credited, unnamed))
    brief = replace(
        brief,
        sections=(
            brief.sections[0],
            replace(section, stories=(story, *section.stories[1:])),
            *brief.sections[2:],
        ),
    )
    page = render.render_html(brief, settings)
    text = " ".join(render.render_text(brief, settings).split())
    assert "Cue: &ldquo;\u2014 Vice President&rdquo;" in page and 'Cue: "\u2014 Vice President"' in text
    assert (
        "Cue: &ldquo;credit after a dash&rdquo;" in page
    )  # no words after the dash: it says what the cue is
    assert "&ldquo;\u2014&rdquo;" not in page and 'Cue: "\u2014".' not in text


def test_key_actors_are_who_not_where(settings: config.Settings) -> None:
    # places say where (the theatre does that); outlets cited are sources, not actors
    brief = sample_brief()
    cast = (
        Actor("Caracas", "place", mentions=9),
        Actor("Donald Trump", "person", "President of the United States", mentions=3),
        Actor("Reuters", "outlet", mentions=2),
        Actor("Venezuela", "state", mentions=2),
    )
    sec = brief.sections[0]
    first = replace(sec.stories[0], actors=cast)
    sec = replace(sec, stories=(first, *sec.stories[1:]))
    brief = replace(brief, sections=(sec, *brief.sections[1:]))
    text = render.render_text(brief, settings)
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("Key actors:"))
    assert "Donald Trump (President of the United States), Venezuela" in line
    assert "Caracas" not in line and "Reuters" not in line
    page = render.render_html(brief, settings)
    shown = re.findall(r'<p class="actors"><strong>Key actors:</strong>(.*?)</p>', page, re.S)
    assert any("Donald Trump" in p for p in shown) and not any("Caracas" in p for p in shown)


def test_user_template_folder_is_searched_first(settings: config.Settings, tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text("custom {{ brief.title }} {{ stats.stories }}\n", encoding="utf-8")
    (tmp_path / "brief.css").write_text("body { color: #000001; }\n", encoding="utf-8")
    mine = replace(settings, brief=replace(settings.brief, templates_dir=str(tmp_path)))
    assert render.render_text(sample_brief(), mine) == "custom Daily Intelligence Brief 4\n"
    assert "#000001" in render.render_html(sample_brief(), mine)  # brief.css is found there too
    assert "custom" not in render.render_text(sample_brief(), settings)


def test_context_is_documented(settings: config.Settings) -> None:
    """Every key a template can use is in CONTEXT_DOCS, and every documented key exists."""
    env = render.environment(settings)
    ctx = render.context(sample_brief(), settings)
    assert set(ctx) | {k for k in env.globals if k.isupper()} == set(render.CONTEXT_DOCS)
    with pytest.raises(TypeError, match="unknown template context keys: nope"):
        render.context(sample_brief(), settings, nope=1)


def test_json_round_trips(settings: config.Settings) -> None:
    brief = sample_brief()
    again = serialize.brief_from_dict(json.loads(render.render_json(brief)))
    assert again == brief
    assert render.render_html(again, settings) == render.render_html(brief, settings)


# --- email ---------------------------------------------------------------------------------------------------


def test_email_is_inlined_and_self_contained(settings: config.Settings) -> None:
    mail = render.render_email_html(sample_brief(), settings)
    assert len(mail.encode()) < render.EMAIL_MAX_BYTES
    assert 'style="' in mail
    assert "<link" not in mail and "<script" not in mail and "<img" not in mail
    assert "url(" not in mail  # no background images or fonts to fetch
    assert "Shortened for email" not in mail
    assert "Broken Wire" in mail  # the sources appendix is there in full


def test_large_email_is_cut_to_the_bluf_and_top_stories(settings: config.Settings) -> None:
    brief = big_brief(100)
    with_url = replace(
        settings, brief=replace(settings.brief, archive_url="https://brief.example.org/archive/")
    )
    full = render.render_email_html(brief, with_url, max_bytes=10_000_000)
    assert len(full.encode()) > 100_000, "the test brief must be larger than the limit"
    mail = render.render_email_html(brief, with_url, max_bytes=100_000)
    assert len(mail.encode()) <= 100_000
    text = html.unescape(mail)
    assert "Shortened for email" in mail
    assert 'href="https://brief.example.org/archive/2025-12-11/"' in mail
    for sec in brief.sections:
        assert sec.counts in text and all(b.text in text for b in sec.bullets)
    assert "Washington's cease-fire proposals would ease Russia's terms" in text  # the top story of Europe
    assert "filler story number 40" not in mail
    assert "Broken Wire" not in mail  # the appendix is left to the archive copy
    small = render.render_email_html(brief, settings, max_bytes=20_000)
    assert len(small.encode()) <= 20_000
    # without an archive URL no recipient could open a path of this machine: the PDF is named instead
    assert "the full brief in the attached PDF" in small and "output folder" not in small


def test_text_part_is_not_made_from_html(settings: config.Settings) -> None:
    text = render.render_text(sample_brief(), settings)
    assert "<" not in text.replace('Odd <b>characters</b> & "quotes"', "").replace(
        "<script>alert(1)</script>", ""
    )
    assert 'Odd <b>characters</b> & "quotes" in a headline' in text


# --- PDF -----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_a4(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    return PdfReader(io.BytesIO(render.render_pdf(sample_brief(), None)))


def _text(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def _outline_titles(reader: PdfReader) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(nodes: list[Any], depth: int) -> None:
        for node in nodes:
            if isinstance(node, list):
                walk(node, depth + 1)
            else:
                out.append((depth, str(node.title)))

    walk(reader.outline, 1)
    return out


def test_pdf_pages_toc_and_running_header(pdf_a4: PdfReader) -> None:
    pages = _text(pdf_a4)
    n = len(pages)
    assert n >= 3
    first = pages[0]
    assert "Daily Intelligence Brief" in first and "Thursday 11 December 2025" in first
    assert "Contents" in first
    for i, text in enumerate(pages, start=1):
        assert f"Page {i} of {n}" in text
    # the TOC gives each theatre's page number, and that is the page whose header names the theatre
    for theatre in ("Europe", "Caribbean"):
        m = re.search(rf"{theatre}\s*\.*\s*(\d+)", first)
        assert m, f"no TOC line for {theatre}"
        page = int(m.group(1))
        header = f"Daily Intelligence Brief \u2014 2025-12-11 {theatre}"
        assert header in pages[page - 1]


def test_pdf_metadata_and_bookmarks(pdf_a4: PdfReader) -> None:
    meta = pdf_a4.metadata
    assert meta is not None
    assert meta.title == "Daily Intelligence Brief \u2014 2025-12-11"
    assert meta.creation_date is not None and meta.creation_date.year == 2025
    assert str(pdf_a4.trailer["/Root"]["/Lang"]) == "en"
    titles = _outline_titles(pdf_a4)
    top = [t for depth, t in titles if depth == 1]
    assert "Europe" in top and "Caribbean" in top and "Sources" in top
    stories = [t for depth, t in titles if depth == 2]
    assert "Washington's cease-fire proposals would ease Russia's terms" in stories
    box = pdf_a4.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_pdf_letter_and_pdfa(settings: config.Settings) -> None:
    letter = replace(settings, pdf=replace(settings.pdf, page_size="Letter", pdfa=True))
    reader = PdfReader(io.BytesIO(render.render_pdf(sample_brief(), letter)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode()
    assert 'pdfaid:part="3"' in raw and 'pdfaid:conformance="B"' in raw
    plain = PdfReader(io.BytesIO(render.render_pdf(sample_brief(), settings)))
    assert plain.xmp_metadata is None or "pdfaid" not in plain.xmp_metadata.stream.get_data().decode()


@pytest.mark.slow
def test_pdf_of_100_stories_grows_linearly(settings: config.Settings) -> None:
    """A 100-story brief lays out to a long PDF, and four times the stories cost about four times the CPU of
    a 26-story one, not sixteen (CPU time of this process: other work on the machine does not decide it)."""

    def cpu_seconds(n: int) -> tuple[float, int]:
        brief = big_brief(n)
        assert len(brief.stories) == n
        started = time.process_time()
        pdf = render.render_pdf(brief, settings)
        spent = time.process_time() - started
        return spent, len(PdfReader(io.BytesIO(pdf)).pages)

    cpu_seconds(6)  # fonts and styles loaded once, outside the comparison
    (small, small_pages), (big, big_pages) = cpu_seconds(26), cpu_seconds(100)
    assert big_pages > 10 and big_pages > 2 * small_pages
    assert big < 8 * small + 1.0, (small, big)
