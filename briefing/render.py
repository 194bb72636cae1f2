"""Render: the Brief -> HTML, email HTML, plain text, JSON and PDF, from Jinja2 templates (a user folder searched first).

Every format is made from the same Brief; none is made from another (the plain text is not scraped from the HTML).
The template context is the same for every template and is documented in `CONTEXT_DOCS`.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
import warnings
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2

from briefing import __version__, serialize
from briefing.config import Settings
from briefing.models import (
    CREDIBILITY_LEGEND,
    FLAG_LEGEND,
    STORY_KEY_ACTORS,
    Brief,
    Claim,
    Item,
    SourceStatus,
    Story,
)

log = logging.getLogger(__name__)
BUILTIN_TEMPLATES = Path(__file__).parent / "templates"
GENERATOR = f"briefing {__version__}"
EMAIL_MAX_BYTES = 100_000
EMAIL_MAX_CHANGES = 10  # "what changed" lines kept in a shortened email
# A story told by 150 reports lists a dozen of them (one per publisher first) and its first claims; the rest are
# counted, and all of them stay in brief.json. Without this one big story fills pages of the PDF.
MAX_SOURCE_LINKS = 12
MAX_CLAIMS_SHOWN = 10

STATUS_LABELS = {
    "unverified": "Unverified",
    "reported": "Reported",
    "attributed": "Attributed",
    "speculative": "Speculative",
}
CREDIBILITY = {n: text.split(":")[0] for n, text in CREDIBILITY_LEGEND.items()}

CONTEXT_DOCS: dict[str, str] = {
    "brief": "The Brief: title, date, window_start, window_end, generated_at, sections, items, sources "
    "(SourceStatus: name, status, reason, items_seen, items_used, grade), cross_theatre ((Actor, theatres) pairs), "
    "changes (lines), language, sources_down (names of the failed feeds when more than "
    "brief.sources_down_share failed, else empty).",
    "sections": "brief.sections, in brief order: TheatreSection(name, bluf (bullets and counts as one line of text), "
    "bullets (Bullet: story_id, text, publishers, credibility, unverified, language, names), counts, stories, "
    "commentary (Story list), actors); stories most important first "
    "(Story: headline, summary, theatres, credibility 1-6, sources, publishers, published, is_new, new_sources, "
    "status (new, developing, continuing), new_reports, score, event_type, commentary (item ids), "
    "actors (Actor: name, kind, role), claims (Claim: text, status, cues, attributed_to, corroborated)).",
    "story_items": "story_items(story): the story's source Items (title, url, publisher, source, published).",
    "shown_items": "shown_items(story): (items, more): at most MAX_SOURCE_LINKS of story_items(story), one per "
    "publisher first, in story order, and how many are left out.",
    "shown_claims": "shown_claims(story): (claims, more): the story's first MAX_CLAIMS_SHOWN claims and how many "
    "are left out.",
    "commentary_items": "commentary_items(story): the opinion and analysis Items folded into the story.",
    "english_names": "english_names(item): for an item not in the brief's language, the English canonical names "
    "of its actors and places (else []).",
    "anchor": "anchor(story): the HTML id of a story, 's-<story id>'.",
    "section_anchor": "section_anchor(name): the HTML id of a theatre section, 't-<slug>'.",
    "stats": "Counts: stories, claims, claims_by_status ({status: n}), sources_ok, sources_failed, feeds_due "
    "(feeds not disabled), shown (stories in this rendering: fewer than stories in a shortened email, whose "
    "counts are the full brief's).",
    "appendix": "The sources appendix: rows (SourceStatus to list: all of them for a short list, else the failed and "
    "degraded ones and those that gave a story, at most APPENDIX_MAX_ROWS), rest (how many are summed up in one "
    "line), rest_seen and rest_used (their items read and used), more_problems (failed or degraded ones not listed), "
    "page (URL of the archive's sources.html, or '').",
    "stylesheet": "The text of brief.css (a brief.css in the user template folder wins).",
    "page_size": "pdf.page_size: 'A4' or 'Letter'.",
    "pdf": "True when rendering the PDF (WeasyPrint).",
    "email": "True when rendering the HTML part of the email.",
    "truncated": "True when the email brief was cut to the BLUF and the top stories.",
    "omitted": "How many stories a shortened email leaves out.",
    "max_changes": "How many 'what changed' lines the email shows.",
    "archive_link": "URL of this brief's page in the archive (brief.archive_url/DATE/), or '' when unknown.",
    "archive_note": "Where the archive copy lives when there is no archive URL (a relative path).",
    "archive_nav": "Archive pages only: dict with home, search (or ''), theatres, feed, sources, prev, next, downloads "
    "(list of (label, href)); None elsewhere.",
    "generator": "'briefing <version>'.",
    "STATUS_LABELS": "Global: claim status -> badge label.",
    "FLAG_LEGEND": "Global: claim status -> what the flag means.",
    "CREDIBILITY": "Global: story credibility 1-6 -> its meaning.",
    "STORY_KEY_ACTORS": "Global: how many of a story's people and bodies it shows as key actors (the brief's actors "
    "across theatres are read from these).",
}


def template_paths(settings: Settings | None = None) -> list[str]:
    """The user's template folder (settings.brief.templates_dir, relative to the config file) then the built-in one."""
    paths = []
    if settings and settings.brief.templates_dir:
        user = Path(settings.brief.templates_dir)
        if not user.is_absolute() and settings.config_path:
            user = settings.config_path.parent / user
        paths.append(str(user))
    paths.append(str(BUILTIN_TEMPLATES))
    return paths


def environment(settings: Settings | None = None) -> jinja2.Environment:
    """Jinja2 with autoescape on for HTML and XML; the user's template folder is searched before the built-in one."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_paths(settings)),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["when"] = _when
    env.filters["cue"] = cue_label
    env.globals.update(
        STATUS_LABELS=STATUS_LABELS,
        FLAG_LEGEND=FLAG_LEGEND,
        CREDIBILITY=CREDIBILITY,
        STORY_KEY_ACTORS=STORY_KEY_ACTORS,
    )
    return env


DASH_CUE = "\u2014"  # the cue of a headline's credit after a dash ("... \u2014 security official")


def cue_label(cue: str, text: str = "") -> str:
    """A claim's cue as the reader sees it: its words, or for a headline's dash credit the credit itself ("\u2014
    security official"), since a lone dash tells the reader nothing."""
    if cue != DASH_CUE:
        return cue
    from briefing.claims.headlines import (
        dash_credit,
    )  # only for a dash credit: the claim rules are a heavy import

    return dash_credit(text) or "credit after a dash"


def _when(value: datetime | date | None, fmt: str = "%d %b %Y %H:%M %Z") -> str:
    if value is None:
        return "date unknown"
    if isinstance(value, datetime):
        return value.strftime(fmt).strip()
    return value.strftime("%d %b %Y")


def slug(text: str) -> str:
    """A file-safe slug: ASCII letters, digits and dashes only (no dots, so never `..`)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return s[:60] or "x"


def stylesheet(settings: Settings | None = None) -> str:
    """The text of brief.css, from the user's template folder if it has one."""
    for folder in template_paths(settings):
        path = Path(folder) / "brief.css"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError("brief.css")  # pragma: no cover - the built-in one ships with the package


def archive_link(brief: Brief, settings: Settings | None = None) -> str:
    """The public URL of this brief's archive page, or '' when no archive URL is configured."""
    base = brief.archive_url or (settings.brief.archive_url if settings else "")
    return f"{base.rstrip('/')}/{brief.date.isoformat()}/" if base else ""


APPENDIX_FULL = 25  # up to this many sources, the appendix lists them all
APPENDIX_MAX_ROWS = 100
PROBLEMS = ("error", "gone", "warning")


def _archive_base(brief: Brief, settings: Settings | None) -> str:
    return (brief.archive_url or (settings.brief.archive_url if settings else "")).rstrip("/")


def appendix(
    sources: tuple[SourceStatus, ...] | list[SourceStatus], archive_base: str = ""
) -> dict[str, Any]:
    """Which sources the appendix lists one by one, and the counts of the rest (one summary line).

    A long list (2,000 feeds) would turn a two-story brief into a 65-page PDF: it shows the failed and
    degraded sources first, then those that gave a story in the brief; every other source is counted.
    """
    page = f"{archive_base}/sources.html" if archive_base else ""
    if len(sources) <= APPENDIX_FULL:
        return {
            "rows": list(sources),
            "rest": 0,
            "rest_seen": 0,
            "rest_used": 0,
            "more_problems": 0,
            "page": page,
        }
    problems = [s for s in sources if s.status in PROBLEMS]
    used = [s for s in sources if s.status not in PROBLEMS and s.items_used]
    rows = (problems + used)[:APPENDIX_MAX_ROWS]
    listed = {id(s) for s in rows}
    rest = [s for s in sources if id(s) not in listed]
    return {
        "rows": rows,
        "rest": len(rest),
        "rest_seen": sum(s.items_seen for s in rest),
        "rest_used": sum(s.items_used for s in rest),
        "more_problems": sum(1 for s in rest if s.status in PROBLEMS),
        "page": page,
    }


def context(brief: Brief, settings: Settings | None = None, **extra: Any) -> dict[str, Any]:
    """The documented template context (see CONTEXT_DOCS); keyword arguments override entries."""
    items = {it.id: it for it in brief.items}

    def story_items(story: Story) -> list[Item]:
        return [items[i] for i in story.item_ids if i in items]

    def commentary_items(story: Story) -> list[Item]:
        return [items[i] for i in story.commentary if i in items]

    def shown_items(story: Story) -> tuple[list[Item], int]:
        every = story_items(story)
        if len(every) <= MAX_SOURCE_LINKS:
            return every, 0
        seen: set[str] = set()
        firsts: list[Item] = []
        for it in every:
            if (it.publisher or it.source) not in seen:
                seen.add(it.publisher or it.source)
                firsts.append(it)
        picked = {it.id for it in (firsts + [it for it in every if it not in firsts])[:MAX_SOURCE_LINKS]}
        kept = [it for it in every if it.id in picked]
        return kept, len(every) - len(kept)

    def shown_claims(story: Story) -> tuple[tuple[Claim, ...], int]:
        return story.claims[:MAX_CLAIMS_SHOWN], max(0, len(story.claims) - MAX_CLAIMS_SHOWN)

    def english_names(item: Item) -> list[str]:
        if item.language in ("", brief.language):
            return []
        return list(dict.fromkeys(a.name for a in item.actors if a.kind != "outlet"))[:6]

    ctx: dict[str, Any] = {
        "brief": brief,
        "sections": brief.sections,
        "story_items": story_items,
        "commentary_items": commentary_items,
        "shown_items": shown_items,
        "shown_claims": shown_claims,
        "english_names": english_names,
        "anchor": lambda story: "s-" + story.id,
        "section_anchor": lambda name: "t-" + slug(name),
        "stats": serialize.brief_counts(brief),
        "appendix": appendix(brief.sources, _archive_base(brief, settings)),
        "stylesheet": stylesheet(settings),
        "page_size": settings.pdf.page_size if settings else "A4",
        "pdf": False,
        "email": False,
        "truncated": False,
        "omitted": 0,
        "max_changes": len(brief.changes),
        "archive_link": archive_link(brief, settings),
        "archive_note": f"archive/{brief.date.isoformat()}/index.html in the briefing output folder",
        "archive_nav": None,
        "generator": GENERATOR,
    }
    unknown = set(extra) - set(ctx)
    if unknown:
        raise TypeError(f"unknown template context keys: {', '.join(sorted(unknown))}")
    ctx.update(extra)
    return ctx


def render_html(brief: Brief, settings: Settings | None = None, **extra: Any) -> str:
    """The HTML brief (brief.html), self-contained: the stylesheet is embedded."""
    return environment(settings).get_template("brief.html").render(context(brief, settings, **extra))


def render_text(brief: Brief, settings: Settings | None = None, **extra: Any) -> str:
    """The plain-text brief (brief.txt), from the same data as the HTML; no escaping."""
    env = environment(settings)
    env.autoescape = False
    return env.get_template("brief.txt").render(context(brief, settings, **extra))


def _inline(html: str) -> str:
    import css_inline

    inliner = css_inline.CSSInliner(
        keep_style_tags=False,
        keep_link_tags=False,
        keep_at_rules=True,  # the small-screen @media rules survive in a <style> for clients that honour it
        load_remote_stylesheets=False,
        minify_css=True,
    )
    return inliner.inline(html)


def screen_css(css: str) -> str:
    """The stylesheet without its @page and @media print rules: what a mail client can use."""
    import tinycss2

    kept = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "page":
            continue
        if (
            rule.type == "at-rule"
            and rule.lower_at_keyword == "media"
            and tinycss2.serialize(rule.prelude).strip().lower() == "print"
        ):
            continue
        kept.append(rule.serialize())
    return "\n".join(kept) + "\n"


def _email_once(brief: Brief, settings: Settings | None, **extra: Any) -> str:
    env = environment(settings)
    ctx = context(brief, settings, email=True, **extra)
    ctx["stylesheet"] = screen_css(ctx["stylesheet"])
    return _inline(env.get_template("email.html").render(ctx))


def _size(text: str) -> int:
    """Bytes as sent: mail goes out with CRLF line ends, so each line break counts twice."""
    return len(text.encode("utf-8")) + text.count("\n") - text.count("\r\n")


def _cut(brief: Brief, per_theatre: int, bluf_chars: int = 0) -> tuple[Brief, int]:
    """The brief with only the top `per_theatre` stories of each theatre; return it and how many were left out."""
    sections = []
    for sec in brief.sections:
        bluf = sec.bluf
        if bluf_chars and len(bluf) > bluf_chars:
            bluf = bluf[:bluf_chars].rsplit(" ", 1)[0] + " \u2026"
        bullets = sec.bullets[:1] if bluf_chars else sec.bullets
        sections.append(replace(sec, stories=sec.stories[:per_theatre], bluf=bluf, bullets=bullets))
    cut = replace(brief, sections=tuple(sections))
    return cut, len(brief.stories) - len(cut.stories)


def render_email_html(
    brief: Brief, settings: Settings | None = None, max_bytes: int = EMAIL_MAX_BYTES
) -> str:
    """The HTML part of the email: CSS inlined, no external resources, at most `max_bytes` bytes of UTF-8.

    A brief too large for that is cut to the BLUF and the top stories of each theatre (as many as fit), with a
    link to the full brief in the archive (settings.brief.archive_url) or a note saying where it is.
    """
    full = _email_once(brief, settings)
    if _size(full) <= max_bytes:
        return full
    shortened = {"truncated": True, "max_changes": min(EMAIL_MAX_CHANGES, len(brief.changes))}
    most = max((len(sec.stories) for sec in brief.sections), default=0)
    whole = context(brief, settings)["stats"]  # the header counts the whole brief, as the PDF and archive do

    def counted(cut: Brief) -> dict[str, Any]:
        return {**whole, "shown": len(cut.stories)}

    best = ""
    lo, hi = 0, most - 1
    # The size grows with the number of stories kept per theatre: bisect for the largest number that fits.
    while lo <= hi:
        mid = (lo + hi) // 2
        cut, omitted = _cut(brief, mid)
        html = _email_once(cut, settings, omitted=omitted, stats=counted(cut), **shortened)
        if _size(html) <= max_bytes:
            best, lo = html, mid + 1
        else:
            hi = mid - 1
    if best:
        return best
    cut, omitted = _cut(brief, 0, bluf_chars=280)
    html = _email_once(cut, settings, omitted=omitted, stats=counted(cut), **{**shortened, "max_changes": 0})
    if _size(html) > max_bytes:
        log.warning("email HTML is %d bytes even cut to the bottom line (limit %d)", _size(html), max_bytes)
    return html


def render_json(brief: Brief) -> str:
    return json.dumps(serialize.brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"


def render_pdf(brief: Brief, settings: Settings | None = None) -> bytes:
    """PDF via WeasyPrint from the print variant of the HTML brief; PDF/A-3b when settings.pdf.pdfa is on.

    Metadata comes from the HTML: <title> -> /Title, <meta name=author|description|keywords|generator> ->
    /Author, /Subject, /Keywords, /Creator, <meta name=dcterms.created> -> /CreationDate, <html lang> -> /Lang.
    """
    import weasyprint
    from weasyprint.urls import URLFetcher

    for noisy in ("weasyprint", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    html = render_html(brief, settings, pdf=True)
    # Local files (a logo in a user template) and data: URIs only: rendering never touches the network.
    fetcher = URLFetcher(allowed_protocols={"file", "data"})
    doc = weasyprint.HTML(string=html, base_url=template_paths(settings)[0] + "/", url_fetcher=fetcher)
    options: dict[str, Any] = {}
    if settings and settings.pdf.pdfa:
        options["pdf_variant"] = "pdf/a-3b"
    with warnings.catch_warnings():
        # WeasyPrint 70 opens its bundled sRGB profile for PDF/A and never closes it: an unclosed-file
        # ResourceWarning, not ours to fix, that would otherwise fail runs with warnings turned into errors.
        warnings.simplefilter("ignore", ResourceWarning)
        pdf = doc.write_pdf(**options)
    assert pdf is not None
    return bytes(pdf)


@dataclass(frozen=True)
class Rendered:
    """One brief in every format, and where each was written."""

    html: str
    text: str
    json: str
    pdf: bytes | None
    folder: Path | None = None
